// Conformance c37: rate functions given per animation via .animate({.rate_func = ...}) in one
// 1.6 s play, then rate_func linear given to play() for a Create; 36 frames.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

// Manim's rate functions, written out from docs/manim_facts.md §7 (independent of the engine's).
double smooth_ref(double t) {
  auto sigma = [](double x) { return 1 / (1 + std::exp(-x)); };
  const double v = (sigma(10 * (t - 0.5)) - sigma(-5)) / (1 - 2 * sigma(-5));
  return std::clamp(v, 0.0, 1.0);
}
double there_and_back_ref(double t) { return t < 0.5 ? smooth_ref(2 * t) : smooth_ref(2 - 2 * t); }
double rush_into_ref(double t) { return 2 * smooth_ref(t / 2); }

class C37AnimRateFuncs : public Scene {
 public:
  void construct() override {
    const std::vector<RateFunc> funcs{linear, smooth, there_and_back, rush_into};
    const std::vector<Color> colors{BLUE, GREEN, YELLOW, RED};
    auto dots = VGroup();
    for (int k = 0; k < 4; ++k) {
      const double y = 2.8 - 1.2 * k;
      add(Line({-5, y, 0}, {5, y, 0}, {.color = DARK_GRAY, .stroke_width = 2}));
      dots.add(Dot({-5, y, 0}, {.color = colors[k], .radius = 0.2}));
    }
    add(dots);
    std::vector<Anim> moves;
    for (int k = 0; k < 4; ++k)
      moves.push_back(dots[k].animate({.rate_func = funcs[k]}).shift(RIGHT * 10));
    play(moves, {.run_time = 1.6});
    auto circ = Circle({.color = TEAL, .stroke_width = 6, .radius = 0.8}).move_to({0, -2.6, 0});
    play(Create(circ), {.run_time = 0.8, .rate_func = linear});
  }
};

}  // namespace

TEST(C37AnimRateFuncs, MatchesManimFrames) {
  C37AnimRateFuncs scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()), mt::reference_frame_count("c37_anim_rate_funcs"));
  mt::expect_frames_match_reference("c37_anim_rate_funcs", run, kMinSsim);
}

TEST(C37AnimRateFuncs, DotsFollowTheirRateFunctions) {
  C37AnimRateFuncs scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(run.frames.size(), 36u);  // 24 + 12
  // Items 0..3 are the guide lines, 4..7 the dots (the VGroup itself has no points).
  // Frame k < 24 is the first play at alpha k / 24.
  for (int k : {0, 3, 6, 12, 18, 23}) {
    const Frame& f = *run.frames[k];
    ASSERT_EQ(f.items.size(), 8u);
    const double a = k / 24.0;
    EXPECT_NEAR(mt::item_center(f.items[4]).x, -5 + 10 * a, 1e-6) << "linear, frame " << k;
    EXPECT_NEAR(mt::item_center(f.items[5]).x, -5 + 10 * smooth_ref(a), 1e-6)
        << "smooth, frame " << k;
    EXPECT_NEAR(mt::item_center(f.items[6]).x, -5 + 10 * there_and_back_ref(a), 1e-6)
        << "there_and_back, frame " << k;
    EXPECT_NEAR(mt::item_center(f.items[7]).x, -5 + 10 * rush_into_ref(a), 1e-6)
        << "rush_into, frame " << k;
  }
  // Frame 24 (the Create play at alpha 0) shows the end of the first play:
  // there_and_back is back at -5, the others at +5.
  const Frame& f = *run.frames[24];
  EXPECT_NEAR(mt::item_center(f.items[4]).x, 5, 1e-9);
  EXPECT_NEAR(mt::item_center(f.items[5]).x, 5, 1e-9);
  EXPECT_NEAR(mt::item_center(f.items[6]).x, -5, 1e-9);
  EXPECT_NEAR(mt::item_center(f.items[7]).x, 5, 1e-9);
}
