// Conformance c30: GrowArrow on a default Arrow (1 s), then two thin arrows grown together with a
// FadeIn label (1 s), then wait(0.3); 15 + 15 + 4 = 34 frames.
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

class C30AnimGrowarrow : public Scene {
 public:
  void construct() override {
    auto a = Arrow(LEFT * 3 + UP * 2, RIGHT * 3 + UP * 2, {.color = "#666677", .buff = 0.2});
    play(GrowArrow(a));
    auto b = Arrow({-4, -0.5, 0}, {-1, -2.5, 0},
                   {.color = "#4fc3f7",
                    .stroke_width = 1.5,
                    .buff = 0.08,
                    .max_tip_length_to_length_ratio = 0.15});
    auto c =
        Arrow({1, -1.5, 0}, {4, -1.5, 0}, {.color = YELLOW, .stroke_width = 2, .tip_length = 0.08});
    auto lbl = Text("sends code", {.color = "#ffd54f", .font_size = 18}).next_to(c, UP, 0.1);
    play(GrowArrow(b), GrowArrow(c), FadeIn(lbl));
    wait(0.3);
  }
};

double max_x(const Frame& f) {
  double hi = -1e300;
  for (const PathItem& it : f.items)
    for (std::size_t i = 0; i < it.xy.size(); i += 2) hi = std::max(hi, it.xy[i]);
  return hi;
}

}  // namespace

TEST(C30AnimGrowarrow, MatchesManimFrames) {
  config().manim_text_kerning = true;  // Manim's whole-unit glyph advances
  C30AnimGrowarrow scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()), mt::reference_frame_count("c30_anim_growarrow"));
  mt::expect_frames_match_reference("c30_anim_growarrow", run, kMinSsim);
}

TEST(C30AnimGrowarrow, ArrowGrowsAsAScaledCopyAboutItsStart) {
  C30AnimGrowarrow scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(run.frames.size(), 34u);
  // Arrow a runs from (-2.8, 2) to its tip at (2.8, 2) (buff 0.2). At eased value e it is the
  // final arrow scaled by e about (-2.8, 2): the tip sits at x = -2.8 + 5.6 e and the shaft's
  // stroke width is 6 e (min(6, 5 * 5.6) = 6 when grown).
  for (int k : {1, 5, 7, 10, 14}) {
    const Frame& f = *run.frames[k];
    const double e = smooth_ref(k / 15.0);
    ASSERT_EQ(f.items.size(), 2u) << "frame " << k;  // shaft, tip
    EXPECT_NEAR(max_x(f), -2.8 + 5.6 * e, 1e-6) << "frame " << k;
    EXPECT_NEAR(f.items[0].xy[0], -2.8, 1e-9) << "frame " << k;
    EXPECT_NEAR(f.items[0].xy[1], 2, 1e-9) << "frame " << k;
    EXPECT_NEAR(f.items[0].stroke_width, 6 * e, 1e-6) << "frame " << k;
  }
  // The wait (frames 30..33) shows the grown arrows: arrow c's tip at x = 4 - 0.25 = 3.75.
  EXPECT_NEAR(max_x(*run.frames[30]), 3.75, 1e-9);
}
