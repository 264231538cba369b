// Conformance c06: move_to (point, mobject), shift, scale, rotate and stretch_to_fit_height;
// grey outlines mark the untransformed originals (static).
#include <gtest/gtest.h>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

Mobject ghost(const Mobject& m) {
  Mobject g = m.copy();
  g.set_stroke(DARK_GRAY, 2).set_fill(std::nullopt, 0.0);
  return g;
}

class C06LayoutMoveScaleRotate : public Scene {
 public:
  void construct() override {
    auto anchor = Square(0.6, {.color = GRAY}).move_to({4.5, 2.5, 0});
    auto a = Square(1.0, {.color = BLUE, .fill_opacity = 0.5});
    a.move_to(LEFT * 5 + UP * 2.5);  // point
    auto b = Circle({.color = GREEN, .radius = 0.4});
    b.move_to(anchor);  // mobject
    auto c =
        Polygon(std::vector<Vec3>{{-0.5, -0.4, 0}, {0.5, -0.4, 0}, {0, 0.5, 0}}, {.color = YELLOW});
    c.move_to({-2.0, 2.5, 0});  // list
    auto d = Square(1.0, {.color = ORANGE}).move_to({1, 2.5, 0});
    d.shift(RIGHT * 0.8 + DOWN * 0.3);
    add(anchor, a, b, c, d);

    auto e0 = Rectangle({.color = RED, .width = 2, .height = 1}).move_to({-5, -0.5, 0});
    auto e = e0.copy().scale(0.5);
    auto f0 = Rectangle({.color = TEAL, .width = 1.2, .height = 0.6}).move_to({-2, -0.5, 0});
    auto f = f0.copy().scale(1.8);
    auto g0 = Rectangle({.color = PURPLE, .width = 2, .height = 0.6}).move_to({1.5, -0.5, 0});
    auto g = g0.copy().rotate(PI / 2);
    auto h0 = Rectangle({.color = GOLD, .width = 2, .height = 0.6}).move_to({4.5, -0.5, 0});
    auto h = h0.copy().rotate(PI / 6);
    add(ghost(e0), e, ghost(f0), f, ghost(g0), g, ghost(h0), h);

    auto i0 = Square(1.0, {.color = BLUE}).move_to({-4, -3, 0});
    auto i = i0.copy().stretch_to_fit_height(1.8);
    auto j0 = Circle({.color = GREEN, .radius = 0.5}).move_to({-1, -3, 0});
    auto j = j0.copy().stretch_to_fit_height(0.4);
    auto k =
        Square(0.8, {.color = WHITE}).move_to({2, -3, 0}).scale(1.5).rotate(PI / 4).shift(RIGHT);
    add(ghost(i0), i, ghost(j0), j, k);
    wait(1);
  }
};

}  // namespace

TEST(C06LayoutMoveScaleRotate, MatchesManimFrames) {
  C06LayoutMoveScaleRotate scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()),
            mt::reference_frame_count("c06_layout_move_scale_rotate"));
  mt::expect_frames_match_reference("c06_layout_move_scale_rotate", run, kMinSsim);
}
