// Conformance c35: style changes through .animate: set_fill(colour, opacity), set_fill_opacity
// (which Manim v0.18.0 shows as no change), set_fill().set_stroke(), set_color on a Text and
// set_opacity(1).set_color() on Texts dimmed with set_opacity(0.2); 3 x 12 = 36 frames.
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

class C35AnimAnimateStyle : public Scene {
 public:
  void construct() override {
    std::vector<Mobject> squares;
    for (int k = 0; k < 5; ++k)
      squares.push_back(Square({.fill_color = interpolate_color(BLUE, RED, k / 4.0),
                                .fill_opacity = 0.75,
                                .stroke_color = GRAY,
                                .stroke_width = 0.5,
                                .side_length = 0.8}));
    auto cells = VGroup(squares).arrange(RIGHT, 0.1);
    cells.move_to(UP * 2.4);
    std::vector<Mobject> rects;
    for (const Color& c : {YELLOW, GREEN, PURPLE})
      rects.push_back(RoundedRectangle({.fill_color = DARK_BLUE,
                                        .fill_opacity = 0.25,
                                        .stroke_color = c,
                                        .stroke_width = 1.5,
                                        .width = 1.8,
                                        .height = 0.5,
                                        .corner_radius = 0.06}));
    auto blocks = VGroup(rects).arrange(DOWN, 0.2).move_to({-4, -0.8, 0});
    auto card_box = RoundedRectangle({.fill_color = YELLOW,
                                      .fill_opacity = 0.5,
                                      .stroke_color = YELLOW,
                                      .stroke_width = 0.5,
                                      .width = 1.4,
                                      .height = 0.6,
                                      .corner_radius = 0.04});
    auto card_txt =
        Text("mat", {.color = YELLOW, .font_size = 20, .weight = BOLD}).move_to(card_box);
    auto card = VGroup(card_box, card_txt).move_to({0, -0.8, 0});
    std::vector<Mobject> texts;
    for (int v : {2, 4, -2, 1, -6}) texts.push_back(Text(std::to_string(v), {.font_size = 30}));
    auto nums = VGroup(texts).arrange(RIGHT, 0.5);
    nums.set_color(YELLOW).move_to({3.5, -0.8, 0});
    nums.set_opacity(0.2);
    add(cells, blocks, card, nums);
    std::vector<Anim> first;
    for (int i = 3; i < 5; ++i) first.push_back(cells[i].animate().set_fill(DARK_GRAY, 0.15));
    first.push_back(cells[0].animate().set_fill(RED, 0.75));
    for (int i = 0; i < 3; ++i) first.push_back(blocks[i].animate().set_fill_opacity(0.6));
    play(first, {.run_time = 0.8});
    play(card_box.animate().set_fill(DARK_BLUE, 0.5).set_stroke(GRAY, 0.5),
         card_txt.animate().set_color(WHITE), nums[0].animate().set_opacity(1).set_color(YELLOW),
         PlayArgs{.run_time = 0.8});
    std::vector<Anim> third;
    for (int i = 1; i < 5; ++i) third.push_back(nums[i].animate().set_opacity(1).set_color(RED));
    play(third, {.run_time = 0.8});
  }
};

}  // namespace

TEST(C35AnimAnimateStyle, MatchesManimFrames) {
  config().manim_text_kerning = true;  // Manim's whole-unit glyph advances
  C35AnimAnimateStyle scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()),
            mt::reference_frame_count("c35_anim_animate_style"));
  mt::expect_frames_match_reference("c35_anim_animate_style", run, kMinSsim);
}

TEST(C35AnimAnimateStyle, FillsAndOpacitiesInterpolate) {
  config().manim_text_kerning = true;
  C35AnimAnimateStyle scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(run.frames.size(), 36u);
  // Items: 5 cells, 3 blocks, card box, 3 card glyphs, then the glyphs of 2 4 -2 1 -6.
  ASSERT_EQ(run.frames[0]->items.size(), 5u + 3 + 1 + 3 + 7);
  const std::size_t kBlock0 = 5, kCardBox = 8, kNum0 = 12;
  // Play 1 (frames 0..11): cell 3's fill goes 0.75 -> 0.15 opacity and toward DARK_GRAY; the
  // blocks' set_fill_opacity(0.6) shows no change, as in Manim v0.18.0.
  for (int k : {0, 6, 11}) {
    const Frame& f = *run.frames[k];
    const double e = smooth_ref(k / 12.0);
    const Color c3 = interpolate_color(BLUE, RED, 0.75);
    EXPECT_NEAR(f.items[3].fill.a, 0.75 - 0.6 * e, 1e-6) << "frame " << k;
    EXPECT_NEAR(f.items[3].fill.r, c3.r + (DARK_GRAY.r - c3.r) * e, 1e-6) << "frame " << k;
    EXPECT_NEAR(f.items[kBlock0].fill.a, 0.25, 1e-9) << "frame " << k;
  }
  // Play 2 (frames 12..23): the card box's fill YELLOW 0.5 -> DARK_BLUE 0.5, its stroke
  // YELLOW -> GRAY; "2" goes from opacity 0.2 to 1.
  for (int m : {0, 6, 11}) {
    const Frame& f = *run.frames[12 + m];
    const double e = smooth_ref(m / 12.0);
    EXPECT_NEAR(f.items[kCardBox].fill.a, 0.5, 1e-9);
    EXPECT_NEAR(f.items[kCardBox].fill.b, YELLOW.b + (DARK_BLUE.b - YELLOW.b) * e, 1e-6);
    EXPECT_NEAR(f.items[kCardBox].stroke.g, YELLOW.g + (GRAY.g - YELLOW.g) * e, 1e-6);
    EXPECT_NEAR(f.items[kNum0].fill.a, 0.2 + 0.8 * e, 1e-6) << "frame " << 12 + m;
  }
  // Play 3 (frames 24..35): "4" goes YELLOW 0.2 -> RED 1.
  for (int m : {0, 6, 11}) {
    const Frame& f = *run.frames[24 + m];
    const double e = smooth_ref(m / 12.0);
    EXPECT_NEAR(f.items[kNum0 + 1].fill.a, 0.2 + 0.8 * e, 1e-6);
    EXPECT_NEAR(f.items[kNum0 + 1].fill.g, YELLOW.g + (RED.g - YELLOW.g) * e, 1e-6);
  }
}
