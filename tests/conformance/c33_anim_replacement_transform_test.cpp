// Conformance c33: ReplacementTransform square -> circle (1 s), then .animate on the circle, which
// has replaced the square in the scene (0.6 s), then MathTex "@" -> "=" together with
// .animate.scale().move_to() on two rectangles (1 s); 15 + 9 + 15 = 39 frames.
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

class C33AnimReplacementTransform : public Scene {
 public:
  void construct() override {
    auto sq = Square(1.6, {.color = BLUE, .fill_opacity = 0.4}).move_to({-4, 1.8, 0});
    auto circ = Circle({.color = GREEN, .fill_opacity = 0.4, .radius = 0.8}).move_to({-1, 1.8, 0});
    add(sq);
    play(ReplacementTransform(sq, circ));
    play(circ.animate().shift(RIGHT * 2), {.run_time = 0.6});
    auto left = Rectangle({.color = YELLOW, .width = 2, .height = 1.5}).move_to({-3, -1.8, 0});
    auto right = Rectangle({.color = ORANGE, .width = 2, .height = 1.5}).move_to({3, -1.8, 0});
    auto at = MathTex("@", {.font_size = 48}).move_to({0, -1.8, 0});
    auto eq = MathTex("=", {.font_size = 48}).move_to({0, -1.8, 0});
    add(left, right, at);
    play(ReplacementTransform(at, eq), left.animate().scale(0.7).move_to({-5, -1.8, 0}),
         right.animate().scale(0.7).move_to({-2.5, -1.8, 0}));
  }
};

double item_width(const PathItem& item) {
  double lo = 1e300, hi = -1e300;
  for (std::size_t i = 0; i < item.xy.size(); i += 2) {
    lo = std::min(lo, item.xy[i]);
    hi = std::max(hi, item.xy[i]);
  }
  return hi - lo;
}

}  // namespace

TEST(C33AnimReplacementTransform, MatchesManimFrames) {
  config().manim_text_kerning = true;
  C33AnimReplacementTransform scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()),
            mt::reference_frame_count("c33_anim_replacement_transform"));
  mt::expect_frames_match_reference("c33_anim_replacement_transform", run, kMinSsim);
}

TEST(C33AnimReplacementTransform, TargetReplacesSourceAndMovesLater) {
  C33AnimReplacementTransform scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(run.frames.size(), 39u);
  // Play 1: the square's centre travels (-4, 1.8) -> (-1, 1.8).
  for (int k : {0, 7, 14}) {
    const Frame& f = *run.frames[k];
    ASSERT_EQ(f.items.size(), 1u);
    EXPECT_NEAR(mt::item_center(f.items[0]).x, -4 + 3 * smooth_ref(k / 15.0), 1e-6);
  }
  // Play 2 (frames 15..23): the circle (now in the scene in the square's place) shifts 2 right.
  for (int m : {0, 4, 8}) {
    const Frame& f = *run.frames[15 + m];
    ASSERT_EQ(f.items.size(), 1u);
    EXPECT_NEAR(mt::item_center(f.items[0]).x, -1 + 2 * smooth_ref(m / 9.0), 1e-6);
    EXPECT_NEAR(f.items[0].stroke.g, GREEN.g, 1e-9);
  }
  // Play 3 (frames 24..38): items are circle, left, right, then the "@" glyph(s). The left
  // rectangle shrinks to 0.7 and goes to x = -5; the right one to x = -2.5.
  for (int m : {0, 7, 14}) {
    const Frame& f = *run.frames[24 + m];
    ASSERT_GE(f.items.size(), 4u);
    const double e = smooth_ref(m / 15.0);
    EXPECT_NEAR(item_width(f.items[1]), 2 * (1 - 0.3 * e), 1e-6);
    EXPECT_NEAR(mt::item_center(f.items[1]).x, -3 - 2 * e, 1e-6);
    EXPECT_NEAR(mt::item_center(f.items[2]).x, 3 - 5.5 * e, 1e-6);
    EXPECT_NEAR(mt::item_center(f.items[2]).y, -1.8, 1e-9);
  }
}
