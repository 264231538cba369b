// Conformance c24: a NumberPlane with ranges, lengths, background_line_style and axis_config
// stroke_color, a second plane with default styling, both drawn with Create, then Dots and a
// Polygon placed with c2p; 30 frames on a dark background.
#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

class C24Numberplane : public Scene {
 public:
  void construct() override {
    camera().background_color = Color("#0f0f1a");
    auto plane =
        NumberPlane({.x_range = {-3, 3, 1},
                     .y_range = {-3, 3, 1},
                     .x_length = 5,
                     .y_length = 4,
                     .background_line_style = {.stroke_color = "#666677", .stroke_width = 0.5},
                     .axis_config = {.stroke_color = "#666677"}})
            .shift(DOWN * 0.7 + LEFT * 3);
    auto plane2 =
        NumberPlane({.x_range = {-2, 2, 1}, .y_range = {-2, 2, 1}, .x_length = 4, .y_length = 4})
            .shift(RIGHT * 3.5);
    play({Create(plane), Create(plane2)});
    const std::vector<std::pair<double, double>> pts = {{1.2, 0.4},  {-1.1, 1.6}, {-2.0, -0.8},
                                                        {0.5, -2.1}, {2.2, -1.0}, {0.0, 0.0}};
    VGroup dots;
    for (auto [x, y] : pts) dots.add(Dot(plane.c2p(x, y), {.color = "#4fc3f7", .radius = 0.06}));
    std::vector<Vec3> corners;
    for (std::size_t i = 0; i < 5; ++i) corners.push_back(plane.c2p(pts[i].first, pts[i].second));
    auto hull = Polygon(
        corners,
        {.color = "#ffd54f", .fill_color = "#ffd54f", .fill_opacity = 0.08, .stroke_width = 2});
    auto q = Dot(plane.c2p(1.5, 0.5), {.color = "#ff7043", .radius = 0.1});
    auto d2 = Dot(plane2.c2p(1, 1), {.color = RED});
    add(hull, dots, q, d2);
    wait(1);
  }
};

}  // namespace

TEST(C24Numberplane, MatchesManimFrames) {
  C24Numberplane scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()), mt::reference_frame_count("c24_numberplane"));
  mt::expect_frames_match_reference("c24_numberplane", run, kMinSsim);
}
