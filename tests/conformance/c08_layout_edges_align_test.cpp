// Conformance c08: to_edge, to_corner and align_to (mobject and point), static.
#include <gtest/gtest.h>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

class C08LayoutEdgesAlign : public Scene {
 public:
  void construct() override {
    add(Rectangle({.color = BLUE, .width = 3, .height = 0.5}).to_edge(UP));  // default buff 0.5
    add(Rectangle({.color = GREEN, .width = 3, .height = 0.5}).to_edge(DOWN, 0.2));
    add(Rectangle({.color = RED, .width = 0.5, .height = 2}).to_edge(LEFT));
    add(Rectangle({.color = YELLOW, .width = 0.5, .height = 2}).to_edge(RIGHT, 1.0));
    add(Rectangle({.color = TEAL, .width = 2, .height = 0.4}).to_edge(UP, 0.35).shift(DOWN * 0.7));
    add(Square(0.6, {.color = ORANGE}).to_corner(UL));
    add(Square(0.6, {.color = PURPLE}).to_corner(UR, 0.1));
    add(Square(0.6, {.color = GOLD}).to_corner(DL, 0.3));
    add(Square(0.6, {.color = WHITE}).to_corner(DR));

    auto ref = Rectangle({.color = GRAY, .width = 3, .height = 1.6}).move_to({-1.5, 0.2, 0});
    auto a = Rectangle({.color = BLUE, .width = 1.2, .height = 0.3})
                 .move_to({-1, -1.2, 0})
                 .align_to(ref, LEFT);
    auto b = Rectangle({.color = RED, .width = 1.0, .height = 0.3})
                 .move_to({-1, -1.7, 0})
                 .align_to(ref, RIGHT);
    auto c = Square(0.4, {.color = GREEN}).move_to({1.2, -1, 0}).align_to(ref, UP);
    add(ref, a, b, c);
    // align_to a point (as Scene4 does: lab.align_to(LEFT * 5.5, LEFT))
    const double widths[] = {0.8, 1.6, 1.2};
    for (int k = 0; k < 3; ++k)
      add(Rectangle({.color = GOLD, .width = widths[k], .height = 0.3})
              .move_to({3.5, 1 - 0.6 * k, 0})
              .align_to(RIGHT * 2.5, LEFT));
    add(DashedLine({2.5, 1.5, 0}, {2.5, -1.5, 0}, {.color = DARK_GRAY}));
    wait(1);
  }
};

}  // namespace

TEST(C08LayoutEdgesAlign, MatchesManimFrames) {
  C08LayoutEdgesAlign scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()),
            mt::reference_frame_count("c08_layout_edges_align"));
  mt::expect_frames_match_reference("c08_layout_edges_align", run, kMinSsim);
}
