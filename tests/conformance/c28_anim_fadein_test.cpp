// Conformance c28: FadeIn plain, with shift, with scale < 1 and > 1. The reference scene ends with
// a FadeIn of a Text card; that play is left out (no Text yet) and only the 26 frames before it
// (three plays: 9 + 8 + 9 frames) are compared.
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
// Frames before the left-out Text play (t < 26/15 s in meta.json's kept_frames).
constexpr int kFramesBeforeText = 26;
// The Text play lasts 0.7 s: ceil(0.7 * 15) = 11 frames.
constexpr int kTextPlayFrames = 11;

// Manim's smooth, written out from docs/manim_facts.md §7 (independent of the engine's).
double smooth_ref(double t) {
  auto sigma = [](double x) { return 1 / (1 + std::exp(-x)); };
  const double v = (sigma(10 * (t - 0.5)) - sigma(-5)) / (1 - 2 * sigma(-5));
  return std::clamp(v, 0.0, 1.0);
}

class C28AnimFadeinNoText : public Scene {
 public:
  void construct() override {
    auto a = Square(1.5, {.color = BLUE, .fill_opacity = 0.5}).move_to({-5, 1.5, 0});
    play(FadeIn(a), {.run_time = 0.6});
    auto b = Circle({.color = GREEN, .fill_opacity = 0.3, .radius = 0.8}).move_to({-2, 1.5, 0});
    play(FadeIn(b, {.shift = RIGHT * 0.3}), {.run_time = 0.5});
    auto c = Square(1.5, {.color = YELLOW, .fill_opacity = 0.75}).move_to({1.5, 1.5, 0});
    auto d = Dot({4.5, 1.5, 0}, {.color = RED, .radius = 0.3});
    play(FadeIn(c, {.scale = 0.6}), FadeIn(d, {.scale = 2}), PlayArgs{.run_time = 0.6});
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

TEST(C28AnimFadein, MatchesManimFramesBeforeTheTextPlay) {
  C28AnimFadeinNoText scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()), kFramesBeforeText);
  ASSERT_EQ(static_cast<int>(run.frames.size()),
            mt::reference_frame_count("c28_anim_fadein") - kTextPlayFrames);
  mt::expect_frames_match_reference("c28_anim_fadein", run, kMinSsim, kFramesBeforeText);
}

TEST(C28AnimFadein, PositionsScalesAndOpacitiesFollowSmooth) {
  C28AnimFadeinNoText scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(run.frames.size(), 26u);
  // Play 1 (frames 0..8): a fades in place, fill opacity 0.5 * smooth(t / 0.6).
  for (int k : {0, 4, 8}) {
    const Frame& f = *run.frames[k];
    ASSERT_EQ(f.items.size(), 1u);
    EXPECT_NEAR(f.items[0].fill.a, 0.5 * smooth_ref(k / 15.0 / 0.6), 1e-6) << "frame " << k;
    EXPECT_NEAR(mt::item_center(f.items[0]).x, -5, 1e-9);
  }
  // Play 2 (frames 9..16): b slides from x = -2.3 to -2 while its fill goes 0 -> 0.3.
  for (int m : {0, 3, 7}) {
    const Frame& f = *run.frames[9 + m];
    ASSERT_EQ(f.items.size(), 2u);
    const double e = smooth_ref(m / 15.0 / 0.5);
    EXPECT_NEAR(mt::item_center(f.items[1]).x, -2.3 + 0.3 * e, 1e-6) << "frame " << 9 + m;
    EXPECT_NEAR(f.items[1].fill.a, 0.3 * e, 1e-6) << "frame " << 9 + m;
  }
  // Play 3 (frames 17..25): c grows from 0.6x, d shrinks from 2x, about their own centres.
  for (int m : {0, 4, 8}) {
    const Frame& f = *run.frames[17 + m];
    ASSERT_EQ(f.items.size(), 4u);
    const double e = smooth_ref(m / 15.0 / 0.6);
    EXPECT_NEAR(item_width(f.items[2]), 1.5 * (0.6 + 0.4 * e), 1e-6) << "frame " << 17 + m;
    EXPECT_NEAR(item_width(f.items[3]), 0.6 * (2 - e), 1e-6) << "frame " << 17 + m;
    EXPECT_NEAR(mt::item_center(f.items[3]).x, 4.5, 1e-9);
  }
}
