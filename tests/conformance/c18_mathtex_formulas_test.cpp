// Conformance c18: MathTex typesetting of the user-scene formulas (static), against Manim CE.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <gtest/gtest.h>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// The MathJax worker follows TeX's fraction, radical, kerning and word-space rules, cmmi10's
// italic corrections and kerns, and sets scripts at 0.7 with the 7 pt designs' wider advances,
// so every glyph sits within 0.3 px of Manim's at 1080p (reached SSIM 0.9917 here and 0.9934
// against the -qh frames). What remains are outline differences: MathJax's glyphs are not the
// Type 1 Computer Modern that dvisvgm exports (roman o and n are up to 0.011 wider at fs 48),
// and script glyphs are widened 10 pt outlines where TeX draws the bolder 7 pt designs.
constexpr double kMinSsim = 0.98;

class C18MathtexFormulas : public Scene {
 public:
  void construct() override {
    auto full_eq = MathTex(
        R"(\operatorname{Attention}(Q,K,V)=\operatorname{softmax}\!\left(\frac{QK^\top}{\sqrt{d_k}}\right)\!V)",
        {.color = WHITE, .font_size = 36});
    full_eq.to_edge(UP, 0.8);
    auto steps = VGroup(
        MathTex(R"(\text{(1) } S = QK^\top)", {.color = YELLOW, .font_size = 26}),
        MathTex(R"(\text{(2) } S \mathbin{/} \sqrt{d_k})", {.color = ORANGE, .font_size = 26}),
        MathTex(R"(\text{(3) } \operatorname{softmax}\!\left(S \mathbin{/} \sqrt{d_k}\right))",
                {.color = GREEN, .font_size = 26}),
        MathTex(
            R"(\text{(4) } \operatorname{softmax}\!\left(S \mathbin{/} \sqrt{d_k}\right) \cdot V)",
            {.color = BLUE, .font_size = 26}));
    steps.arrange(DOWN, 0.22, LEFT);
    steps.next_to(full_eq, DOWN, 0.6);
    auto big = MathTex(R"(x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a})").next_to(steps, DOWN, 0.5);
    add(full_eq, steps, big);
    wait(1);
  }
};

}  // namespace

TEST(C18MathtexFormulas, MatchesManimFrames) {
  C18MathtexFormulas scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()), mt::reference_frame_count("c18_mathtex_formulas"));
  // The scene is static: the first frame stands for all.
  auto s = mt::expect_frames_match_reference("c18_mathtex_formulas", run, kMinSsim, 1);
  ASSERT_EQ(s.size(), 1u);
  std::printf("c18 SSIM %.4f\n", s[0].ssim);
}

TEST(C18MathtexFormulas, GlyphsAreFilledLeavesInTheFormulaColours) {
  C18MathtexFormulas scene;
  const mt::SceneRun run = mt::run_scene(scene);
  const Frame& f = *run.frames[0];
  // 35 + (8 + 9 + 15 + 17) + big formula leaves, each one filled path without stroke.
  ASSERT_GT(f.items.size(), 35u + 40u);
  EXPECT_EQ(f.items[0].fill, WHITE);
  EXPECT_DOUBLE_EQ(f.items[0].stroke_width, 0);
  EXPECT_EQ(f.items[35].fill, YELLOW);  // first glyph of step (1)
}
