// Conformance c34: .animate chains: move_to on a card VGroup (0.6 s), scale(0.7).move_to on a
// square (0.8 s), to_edge(UP) on a Text title (0.6 s), move_to(ORIGIN).scale(1.3) (0.6 s);
// 9 + 12 + 9 + 9 = 39 frames.
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

class C34AnimAnimateMoveScale : public Scene {
 public:
  void construct() override {
    auto title = Text("One-Hot Encoding", {.color = YELLOW, .font_size = 48});
    auto card = VGroup(RoundedRectangle({.fill_color = YELLOW,
                                         .fill_opacity = 0.5,
                                         .stroke_color = YELLOW,
                                         .stroke_width = 0.5,
                                         .width = 1.2,
                                         .height = 0.5,
                                         .corner_radius = 0.04}),
                       Text("cat", {.color = WHITE, .font_size = 20, .weight = BOLD}))
                    .move_to({-1, -2.5, 0});
    auto box = Square(1.5, {.color = BLUE, .fill_opacity = 0.3}).move_to({4, -1, 0});
    add(title, card, box);
    play(card.animate().move_to({-4.0, 2.0, 0}), {.run_time = 0.6});
    play(box.animate().scale(0.7).move_to(LEFT * 3), {.run_time = 0.8});
    play(title.animate().to_edge(UP), {.run_time = 0.6});
    play(box.animate().move_to(ORIGIN).scale(1.3), {.run_time = 0.6});
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

double frame_top_of(const Frame& f, std::size_t first, std::size_t last) {
  double hi = -1e300;
  for (std::size_t k = first; k < last; ++k)
    for (std::size_t i = 1; i < f.items[k].xy.size(); i += 2) hi = std::max(hi, f.items[k].xy[i]);
  return hi;
}

}  // namespace

TEST(C34AnimAnimateMoveScale, MatchesManimFrames) {
  config().manim_text_kerning = true;  // Manim's whole-unit glyph advances
  C34AnimAnimateMoveScale scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()),
            mt::reference_frame_count("c34_anim_animate_move_scale"));
  mt::expect_frames_match_reference("c34_anim_animate_move_scale", run, kMinSsim);
}

TEST(C34AnimAnimateMoveScale, ChainsInterpolateTowardTheTargetCopy) {
  config().manim_text_kerning = true;
  C34AnimAnimateMoveScale scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(run.frames.size(), 39u);
  // Items: 15 title glyphs ("One-Hot Encoding" without the space), the card's box, its 3
  // glyphs, the square.
  const std::size_t kTitle = 15, kCardBox = 15, kBox = 19;
  ASSERT_EQ(run.frames[0]->items.size(), 20u);
  // Play 1 (frames 0..8): the card's box centre goes (-1, -2.5) -> (-4, 2).
  for (int k : {0, 4, 8}) {
    const double e = smooth_ref(k / 9.0);
    const Vec3 c = mt::item_center(run.frames[k]->items[kCardBox]);
    EXPECT_NEAR(c.x, -1 - 3 * e, 1e-6) << "frame " << k;
    EXPECT_NEAR(c.y, -2.5 + 4.5 * e, 1e-6) << "frame " << k;
  }
  // Play 2 (frames 9..20): the square shrinks 1.5 -> 1.05 and goes (4, -1) -> (-3, 0).
  for (int m : {0, 6, 11}) {
    const double e = smooth_ref(m / 12.0);
    const PathItem& b = run.frames[9 + m]->items[kBox];
    EXPECT_NEAR(item_width(b), 1.5 - 0.45 * e, 1e-6) << "frame " << 9 + m;
    EXPECT_NEAR(mt::item_center(b).x, 4 - 7 * e, 1e-6) << "frame " << 9 + m;
    EXPECT_NEAR(mt::item_center(b).y, -1 + e, 1e-6) << "frame " << 9 + m;
  }
  // Play 3 (frames 21..29): the title rises until its top is 0.5 below the frame's top (4).
  const double top0 = frame_top_of(*run.frames[21], 0, kTitle);
  for (int m : {0, 4, 8})
    EXPECT_NEAR(frame_top_of(*run.frames[21 + m], 0, kTitle),
                top0 + (3.5 - top0) * smooth_ref(m / 9.0), 1e-6);
  // Play 4 (frames 30..38): back to the origin and 1.05 -> 1.365 wide.
  for (int m : {0, 4, 8}) {
    const double e = smooth_ref(m / 9.0);
    const PathItem& b = run.frames[30 + m]->items[kBox];
    EXPECT_NEAR(item_width(b), 1.05 + 0.315 * e, 1e-6);
    EXPECT_NEAR(mt::item_center(b).x, -3 + 3 * e, 1e-6);
  }
}
