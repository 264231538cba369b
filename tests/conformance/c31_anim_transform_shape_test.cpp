// Conformance c31: Transform square -> circle (point alignment, colour and fill interpolation),
// then the same mobject -> a wide rectangle, then a 1 s wait; 45 frames.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

// Manim's smooth, written out from docs/manim_facts.md §7 (independent of the engine's).
double smooth_ref(double t) {
  auto sigma = [](double x) { return 1 / (1 + std::exp(-x)); };
  const double v = (sigma(10 * (t - 0.5)) - sigma(-5)) / (1 - 2 * sigma(-5));
  return std::clamp(v, 0.0, 1.0);
}

class C31AnimTransformShape : public Scene {
 public:
  void construct() override {
    auto sq = Square(2, {.color = BLUE, .fill_opacity = 0.5});
    auto circ = Circle({.color = RED, .fill_opacity = 0.2, .radius = 1.2}).shift(RIGHT * 2);
    add(sq);
    play(Transform(sq, circ));
    auto rect = Rectangle({.color = YELLOW, .stroke_width = 8, .width = 5, .height = 1})
                    .shift(LEFT * 1.5 + DOWN * 1.5);
    play(Transform(sq, rect));
    wait();
  }
};

}  // namespace

TEST(C31AnimTransformShape, MatchesManimFrames) {
  C31AnimTransformShape scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()),
            mt::reference_frame_count("c31_anim_transform_shape"));
  mt::expect_frames_match_reference("c31_anim_transform_shape", run, kMinSsim);
}

TEST(C31AnimTransformShape, PointsAndColoursInterpolateLinearlyAfterSmooth) {
  C31AnimTransformShape scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(run.frames.size(), 45u);  // 15 + 15 + 15
  // Play 1: the aligned square's first anchor (1, 1) travels to the circle's first point
  // (2 + 1.2, 0); the stroke goes BLUE -> RED, the fill opacity 0.5 -> 0.2.
  for (int k : {0, 5, 7, 10, 14}) {
    const Frame& f = *run.frames[k];
    ASSERT_EQ(f.items.size(), 1u);
    const PathItem& it = f.items[0];
    const double e = smooth_ref(k / 15.0);
    EXPECT_NEAR(it.xy[0], 1 + 2.2 * e, 1e-6) << "frame " << k;
    EXPECT_NEAR(it.xy[1], 1 - e, 1e-6) << "frame " << k;
    EXPECT_NEAR(it.stroke.r, BLUE.r + (RED.r - BLUE.r) * e, 1e-6) << "frame " << k;
    EXPECT_NEAR(it.fill.a, 0.5 - 0.3 * e, 1e-6) << "frame " << k;
  }
  // Frame 15 is the second play at alpha 0: exactly the circle (centre (2, 0), width 2.4).
  const PathItem& c = run.frames[15]->items.at(0);
  EXPECT_NEAR(mt::item_center(c).x, 2, 1e-9);
  EXPECT_NEAR(mt::item_center(c).y, 0, 1e-9);
  EXPECT_NEAR(c.stroke.r, RED.r, 1e-9);
  // Frames 30..44 (the wait) show the rectangle: centre (-1.5, -1.5), stroke 8, YELLOW.
  const PathItem& r = run.frames[30]->items.at(0);
  EXPECT_NEAR(mt::item_center(r).x, -1.5, 1e-9);
  EXPECT_NEAR(mt::item_center(r).y, -1.5, 1e-9);
  EXPECT_NEAR(r.stroke_width, 8, 1e-9);
  EXPECT_NEAR(r.stroke.g, YELLOW.g, 1e-9);
}
