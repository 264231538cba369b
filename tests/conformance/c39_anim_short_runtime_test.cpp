// Conformance c39: frame rounding of very short plays and waits (12 plays of run_time 0.015,
// plays of 0.08 .. 0.3 s, waits of 0.15 and 0.3 s); 37 frames.
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

double item_width(const PathItem& item) {
  double lo = 1e300, hi = -1e300;
  for (std::size_t i = 0; i < item.xy.size(); i += 2) {
    lo = std::min(lo, item.xy[i]);
    hi = std::max(hi, item.xy[i]);
  }
  return hi - lo;
}

class C39AnimShortRuntime : public Scene {
 public:
  void construct() override {
    auto cells = VGroup();
    for (int i = 0; i < 3; ++i) {
      for (int j = 0; j < 4; ++j) {
        auto sq = Square({.fill_color = interpolate_color(BLUE, RED, (i * 4 + j) / 11.0),
                          .fill_opacity = 0.75,
                          .stroke_color = GRAY,
                          .stroke_width = 0.5,
                          .side_length = 0.52});
        sq.move_to({-1.0 + j * 0.56, 1.5 - i * 0.56, 0});
        cells.add(sq);
        play(FadeIn(sq, {.scale = 0.6}), {.run_time = 0.015});
      }
    }
    auto hl = SurroundingRectangle(cells[5], {.color = YELLOW, .stroke_width = 2, .buff = 0.04});
    play(Create(hl), {.run_time = 0.12});
    auto arr =
        Arrow({0, -0.5, 0}, {0, -1.5, 0}, {.color = YELLOW, .stroke_width = 2, .tip_length = 0.08});
    play(FadeIn(arr, {.scale = 0.5}), {.run_time = 0.1});
    std::vector<Anim> dim;
    for (Mobject c : cells) dim.push_back(c.animate().set_fill_opacity(0.2));
    play(dim, {.run_time = 0.12});
    play(FadeOut(arr), FadeOut(hl), PlayArgs{.run_time = 0.08});
    wait(0.15);
    auto dot = Dot({-3, -2.5, 0}, {.color = GREEN});
    play(FadeIn(dot, {.scale = 0.4}), {.run_time = 0.15});
    play(dot.animate().move_to({3, -2.5, 0}), {.run_time = 0.3});
    std::vector<Anim> undim;
    for (Mobject c : cells) undim.push_back(c.animate().set_fill_opacity(0.75));
    play(undim, {.run_time = 0.2});
    wait(0.3);
  }
};

}  // namespace

TEST(C39AnimShortRuntime, MatchesManimFrames) {
  C39AnimShortRuntime scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()),
            mt::reference_frame_count("c39_anim_short_runtime"));
  mt::expect_frames_match_reference("c39_anim_short_runtime", run, kMinSsim);
}

TEST(C39AnimShortRuntime, ShortPlaysShowAlphaZeroThenTheirEndState) {
  C39AnimShortRuntime scene;
  const mt::SceneRun run = mt::run_scene(scene);
  // 12 x 1 + 2 (0.12) + 2 (0.1) + 2 (0.12) + 2 (0.08) + 2 (wait 0.15) + 3 (0.15) + 5 (0.3)
  // + 3 (0.2) + 4 (wait 0.3) = 37.
  ASSERT_EQ(run.frames.size(), 37u);
  // Frame k < 12 shows cell k at FadeIn's alpha 0 (0.6 x 0.52 wide, transparent) and the cells
  // before it at their end state.
  for (int k : {0, 1, 11}) {
    const Frame& f = *run.frames[k];
    ASSERT_EQ(f.items.size(), static_cast<std::size_t>(k + 1));
    EXPECT_NEAR(item_width(f.items[k]), 0.52 * 0.6, 1e-9) << "frame " << k;
    EXPECT_NEAR(f.items[k].fill.a, 0, 1e-9) << "frame " << k;
    if (k > 0) {
      EXPECT_NEAR(item_width(f.items[0]), 0.52, 1e-9) << "frame " << k;
      EXPECT_NEAR(f.items[0].fill.a, 0.75, 1e-9) << "frame " << k;
    }
  }
  // Frames 25..29: the dot moves from x = -3 to 3 over 0.3 s (alpha = m / 15 / 0.3).
  for (int m = 0; m < 5; ++m) {
    const Frame& f = *run.frames[25 + m];
    ASSERT_EQ(f.items.size(), 13u) << "frame " << 25 + m;  // 12 cells + the dot
    EXPECT_NEAR(mt::item_center(f.items[12]).x, -3 + 6 * smooth_ref(m / 15.0 / 0.3), 1e-6)
        << "frame " << 25 + m;
  }
  // Manim CE v0.18.0 has no VMobject.set_fill_opacity: the call goes through Mobject's
  // generic set_* compatibility layer, which only stores a `fill_opacity` attribute, so the
  // two `.animate.set_fill_opacity(...)` plays change nothing on screen (the reference frames
  // 16..32 show every cell at 0.75 throughout).
  for (int k : {17, 20, 31, 36}) {
    const Frame& f = *run.frames[k];
    for (int c = 0; c < 12; ++c)
      EXPECT_NEAR(f.items[c].fill.a, 0.75, 1e-9) << "frame " << k << ", cell " << c;
  }
}
