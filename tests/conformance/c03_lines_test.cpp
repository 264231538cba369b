// Conformance c03: Line, DashedLine and set_points_as_corners polylines (static).
#include <gtest/gtest.h>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

class C03Lines : public Scene {
 public:
  void construct() override {
    auto l1 = Line();  // default
    l1.move_to({-4.5, 3.0, 0});
    auto l2 = Line({-6, 2, 0}, {-3, 2, 0}, {.color = GRAY, .stroke_width = 1.5});
    auto l3 = Line({-6, 1, 0}, {-3, 1.6, 0}, {.color = BLUE, .stroke_width = 8});
    auto l4 = Line({-6, 0, 0}, {-6, -3, 0}, {.color = YELLOW, .stroke_width = 2});
    auto d1 = DashedLine({-2, 3, 0}, {2, 3, 0});  // default dash_length
    auto d2 = DashedLine(UP * 2.5, DOWN * 2.5, {.color = "#666677", .dash_length = 0.15})
                  .shift(DOWN * 0.3);
    auto d3 =
        DashedLine({-2, -3, 0}, {2, -2, 0}, {.color = RED, .stroke_width = 3, .dash_length = 0.3});
    auto p1 = VMobject({.color = GRAY, .stroke_width = 1.5});
    p1.set_points_as_corners({{2.5, 2.5, 0}, {2.5, 1.5, 0}, {5.5, 1.5, 0}, {5.5, 0.5, 0}});
    auto p2 = VMobject({.color = GREEN, .stroke_width = 4});
    p2.set_points_as_corners(
        {{2.5, -0.5, 0}, {3.25, 0.2, 0}, {4.0, -0.5, 0}, {4.75, 0.2, 0}, {5.5, -0.5, 0}});
    auto p3 = VMobject();  // default style
    p3.set_points_as_corners({{2.5, -3, 0}, {4, -1.5, 0}, {5.5, -3, 0}, {2.5, -3, 0}});
    add(l1, l2, l3, l4, d1, d2, d3, p1, p2, p3);
    wait(1);
  }
};

}  // namespace

TEST(C03Lines, MatchesManimFrames) {
  C03Lines scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()), mt::reference_frame_count("c03_lines"));
  mt::expect_frames_match_reference("c03_lines", run, kMinSsim);
}
