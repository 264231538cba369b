// Conformance c18: MathTex typesetting of the user-scene formulas (static), against Manim CE.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <gtest/gtest.h>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// The MathJax worker follows TeX's fraction, radical, kerning and word-space rules, so line
// widths agree to 2 px at 1080p. What remains (reached SSIM 0.9798): MathJax's glyph outlines
// differ slightly from the Type 1 Computer Modern that dvisvgm exports (e.g. roman n and i are
// 0.007 wider); scripts are scaled 10 pt glyphs where TeX uses the wider 7 pt designs (the
// superscript T is 0.022 narrower and 0.007 shorter at fs 48, so the title is 0.005 shorter and
// the steps below sit 0.005 higher); MathJax's italic corrections are smaller than cmmi10's,
// which moves glyphs after V and K by up to 0.021 (fs 48).
constexpr double kMinSsim = 0.975;

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
