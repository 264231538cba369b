// MathTex through MathJax: sizes and structure against docs/manim_facts.md §2, errors, cache.
#include "manim/mobject/tex.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <cmath>
#include <filesystem>

#include "mobject/tex/tex_renderer.hpp"
#include "support/test_support.hpp"

using namespace manim;

namespace {

const char* kAttention =
    R"(\operatorname{Attention}(Q,K,V)=\operatorname{softmax}\!\left(\frac{QK^\top}{\sqrt{d_k}}\right)\!V)";

std::size_t leaf_count(const Mobject& m) { return m.family_members_with_points().size(); }

// Every test process uses its own cache so that "warm" and "cold" are under our control.
const bool kTexCache = manim::testing::use_private_tex_cache("tex_test");

}  // namespace

// MathJax's TeX font (the default, closest to Manim's frames) draws the same Computer Modern
// shapes with slightly different side bearings: 'x' is 2.2 % narrower, '1' 4 % wider; heights
// agree to 0.5 %. MathJax's New Computer Modern reproduces 'x' exactly (0.248070 x 0.225654)
// but matches the frames less well overall (c18 SSIM 0.918 against 0.936).
TEST(MathTex, SingleGlyphSizeMatchesManim) {
  MathTex x("x");
  EXPECT_NEAR(x.width(), 0.248070, 0.006);
  EXPECT_NEAR(x.height(), 0.225654, 1e-3);
  EXPECT_EQ(leaf_count(x), 1u);
  MathTex x36("x", {.font_size = 36});
  EXPECT_NEAR(x36.width(), x.width() * 0.75, 1e-12);  // exactly proportional to font_size
  EXPECT_NEAR(x36.height(), 0.169240, 1e-3);
  EXPECT_NEAR(x36.font_size(), 36, 1e-9);
  // Centred on the anchors' box.
  EXPECT_NEAR(x.get_center().x, 0, 1e-12);
  EXPECT_NEAR(x.get_center().y, 0, 1e-12);
}

TEST(MathTex, DigitsAndWordsMatchManim) {
  struct Case {
    const char* tex;
    double w, h;
    std::size_t leaves;
  } cases[] = {{"1", 0.164384, 0.331756, 1},     {"0", 0.209714, 0.342715, 1},
               {"-2", 0.569754, 0.331756, 2},    {"show", 1.080265, 0.351183, 4},
               {"files", 1.042303, 0.453300, 5}, {"QK^\\top", 1.112622, 0.544305, 3}};
  for (const auto& c : cases) {
    MathTex m(c.tex);
    // Widths within 5 % (no italic correction between MathJax's letters: "files" is 3.3 %
    // narrower), heights within 1.5 %.
    EXPECT_NEAR(m.width(), c.w, 0.05 * c.w) << c.tex;
    EXPECT_NEAR(m.height(), c.h, 0.015 * c.h) << c.tex;
    EXPECT_EQ(leaf_count(m), c.leaves) << c.tex;
  }
}

TEST(MathTex, AttentionFormulaSizeLeavesAndPositions) {
  // The worker follows TeX where MathJax differs: fraction and radical rules (0.04 em, bar as
  // wide as the numerator, no italic correction on the radical sign), cmr10's kerns ("At", "nt"),
  // cmmi10's italic corrections (V 0.222 em) and kerns (K, -0.056 em), scripts at 0.7 with the
  // wider 7 pt advances and superscripts at width + italic correction. So every leaf sits within
  // 0.004 of Manim's; what remains are outline differences (e.g. MathJax's o is 0.011 wider,
  // script glyphs are widened 10 pt outlines, not the 7 pt designs).
  MathTex eq(kAttention);
  EXPECT_NEAR(eq.width(), 8.937214, 0.0005 * 8.937214);
  EXPECT_NEAR(eq.height(), 1.232472, 0.001 * 1.232472);
  auto leaves = eq.family_members_with_points();
  ASSERT_EQ(leaves.size(), 35u);  // Write's lag_ratio is 4/35 for this formula
  // Leaf order follows TeX's: ..., Q, K, ⊤, fraction bar, radical, vinculum, d, k, big ), V.
  struct Leaf {
    int i;
    double x, y, w, h;
  } ref[] = {{0, -4.2980, 0.0348, .3412, .3567},   {1, -4.0374, 0.0069, .1559, .3118},
             {5, -3.1656, 0.0069, .1559, .3118},   {9, -2.2881, -0.0190, .1156, .4981},
             {16, -0.0069, -0.0190, .3313, .1166}, {24, 2.2700, -0.0187, .2451, 1.1950},
             {25, 2.6669, 0.3207, .3442, .4478},   {27, 3.4785, 0.4952, .2577, .2420},
             {28, 3.0647, -0.0190, 1.1887, .0199}, {29, 2.8356, -0.3577, .3885, .4981},
             {30, 3.2723, -0.1186, .5044, .0199},  {32, 3.3913, -0.4712, .1716, .2455},
             {33, 3.8588, -0.0187, .2451, 1.1950}, {34, 4.2910, 0.0211, .3552, .3512}};
  for (const auto& r : ref) {
    Mobject l = leaves[static_cast<std::size_t>(r.i)];
    EXPECT_NEAR(l.get_center().x, r.x, 0.005) << "leaf " << r.i;
    EXPECT_NEAR(l.get_center().y, r.y, 0.004) << "leaf " << r.i;
    EXPECT_NEAR(l.width(), r.w, 0.012) << "leaf " << r.i;
    EXPECT_NEAR(l.height(), r.h, 0.008) << "leaf " << r.i;
  }
  // Style defaults: white fill at opacity 1, no stroke.
  EXPECT_EQ(leaves[0].get_fill_color(), WHITE);
  EXPECT_DOUBLE_EQ(leaves[0].get_fill_opacity(), 1);
  EXPECT_DOUBLE_EQ(leaves[0].get_stroke_width(), 0);
  // fs 36 scales every coordinate by 0.75.
  MathTex eq36(kAttention, {.font_size = 36});
  EXPECT_NEAR(eq36.width(), eq.width() * 0.75, 1e-9);
  EXPECT_NEAR(eq36.family_members_with_points()[34].get_center().x,
              leaves[34].get_center().x * 0.75, 1e-9);
}

TEST(MathTex, ArgumentsSplitIntoSingleStringParts) {
  MathTex m("a", "b", "c");
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m.get_family().size(), 7u);
  for (Mobject part : m) {
    EXPECT_TRUE(part.is<SingleStringMathTex>());
    EXPECT_EQ(part.size(), 1u);
  }
  EXPECT_NEAR(m[0].get_center().x, -0.22161, 0.01);
  EXPECT_NEAR(m[0].get_center().y, -0.06276, 0.01);
  EXPECT_NEAR(m[1].get_center().x, 0.02277, 0.01);
  EXPECT_NEAR(m[2].get_center().x, 0.23879, 0.01);
  EXPECT_NEAR(m.width(), 0.671361, 0.01);
  EXPECT_NEAR(m.height(), 0.351183, 0.005);
  EXPECT_EQ(m[1].as<SingleStringMathTex>().tex_string(), "b");

  MathTex single("x^2 + y");
  ASSERT_EQ(single.size(), 1u);
  EXPECT_EQ(single[0].size(), 4u);

  MathTex braces("{{a}} + {{b}}");
  ASSERT_EQ(braces.size(), 3u);
  EXPECT_EQ(braces.tex_strings(), (std::vector<std::string>{"a", " + ", "b"}));
  EXPECT_EQ(braces[1].size(), 1u);

  MathTex list({"x", "=", "1"}, {.color = RED, .font_size = 36});
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[2][0].get_fill_color(), RED);
  EXPECT_EQ(list[2][0].get_stroke_color(), RED);
}

TEST(MathTex, PartsByTexUseMathJaxSourceAttributes) {
  MathTex eq(R"(\frac{QK^\top}{\sqrt{d_k}})");
  ASSERT_EQ(eq.family_members_with_points().size(), 8u);  // Q K ⊤ bar √ vinculum d k
  Mobject num = eq.get_part_by_tex(R"(QK^\top)");
  EXPECT_EQ(num.family_members_with_points().size(), 3u);
  Mobject den = eq.get_part_by_tex(R"(\sqrt{d_k})");
  EXPECT_EQ(den.family_members_with_points().size(), 4u);
  Mobject kt = eq.get_part_by_tex(R"(K^\top)");
  EXPECT_EQ(kt.family_members_with_points().size(), 2u);
  // The numerator sits above the denominator.
  EXPECT_GT(num.get_center().y, den.get_center().y);
  eq.set_color_by_tex("d_k", YELLOW);
  std::size_t yellow = 0;
  for (auto& l : eq.family_members_with_points()) yellow += l.get_fill_color() == YELLOW;
  EXPECT_EQ(yellow, 2u);
  EXPECT_THROW(eq.get_part_by_tex("zz"), std::invalid_argument);

  // Isolated substrings become their own parts, coloured by tex_to_color_map.
  MathTex m("a^2 + b^2 = c^2", {.tex_to_color_map = {{"b^2", BLUE}, {"c^2", GREEN}}});
  EXPECT_EQ(m.tex_strings(), (std::vector<std::string>{"a^2 + ", "b^2", " = ", "c^2"}));
  EXPECT_EQ(m.size(), 4u);
  EXPECT_EQ(m[1].family_members_with_points().size(), 2u);
  EXPECT_EQ(m[1][0].get_fill_color(), BLUE);
  EXPECT_EQ(m[3][1].get_fill_color(), GREEN);
  EXPECT_EQ(m[0][0].get_fill_color(), WHITE);
  EXPECT_EQ(m.index_of_part_by_tex("c^2"), 3);
}

TEST(MathTex, UserSceneFormulasTypeset) {
  const char* formulas[] = {
      R"(\text{(1) } S = QK^\top)",
      R"(\text{(2) } S \mathbin{/} \sqrt{d_k})",
      R"(\text{(3) } \operatorname{softmax}\!\left(S \mathbin{/} \sqrt{d_k}\right))",
      R"(\text{(4) } \operatorname{softmax}\!\left(S \mathbin{/} \sqrt{d_k}\right) \cdot V)",
      R"(x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a})",
      "queries[0,0] = 1 \\cdot 2 + 0 \\cdot 4 + 0 \\cdot (-2) = 2",
      "@",
      "=",
      R"(\begin{bmatrix} 1 & 0 \\ 0 & 1 \end{bmatrix})"};
  for (const char* f : formulas) {
    MathTex m(f, {.font_size = 26});
    EXPECT_GT(leaf_count(m), 0u) << f;
    EXPECT_GT(m.width(), 0.1) << f;
  }
  // "(1) " is typeset without a glyph for the space: ( 1 ) S = Q K ⊤.
  EXPECT_EQ(leaf_count(MathTex(formulas[0])), 8u);
  Tex t("Hello $x$");
  EXPECT_EQ(leaf_count(t), 6u);
  EXPECT_TRUE(t.is<MathTex>());
}

TEST(MathTex, FractionsKernsAndSpacesFollowTexRules) {
  // One TeX em at fs 48 is 0.498132 units.
  constexpr double em = 0.498132;
  // Fraction bar and vinculum: TeX's 0.04 em default rule (docs/manim_facts.md leaves 28 and 30:
  // .0199).
  MathTex f(R"(\frac{QK^\top}{\sqrt{d_k}})");
  auto leaves = f.family_members_with_points();
  ASSERT_EQ(leaves.size(), 8u);  // Q K ⊤ bar radical vinculum d k
  EXPECT_NEAR(leaves[3].height(), 0.04 * em, 1e-4);
  EXPECT_NEAR(leaves[5].height(), 0.04 * em, 1e-4);
  // The bar spans the numerator box only (1.1887 in Manim), not 0.1 em more on each side.
  EXPECT_NEAR(leaves[3].width(), 1.1887, 0.012);
  // cmr10 kerns "At" by -1/36 em; separate \text groups are not kerned.
  EXPECT_NEAR(MathTex(R"(\text{A}\text{t})").width() - MathTex(R"(\text{At})").width(), em / 36,
              1e-4);
  // A word space in \text is cmr10's 1/3 em.
  EXPECT_NEAR(MathTex(R"(\text{a b})").width() - MathTex(R"(\text{ab})").width(), em / 3, 1e-4);
  // cmmi10 kerns an italic letter against the next symbol of its font (K then comma: -0.0556
  // em, V then comma: -0.1667 em); an empty group between them stops the kern, as in TeX.
  EXPECT_NEAR(MathTex("K{},").width() - MathTex("K,").width(), 0.0556 * em, 1e-4);
  EXPECT_NEAR(MathTex("V{},").width() - MathTex("V,").width(), 0.1667 * em, 1e-4);
  // A subscript sits at the nucleus' width, a superscript further by cmmi10's italic correction
  // (V: 0.2222 em), both without MathJax's extra 0.033 em.
  auto sub = MathTex("V_x").family_members_with_points();
  auto sup = MathTex("V^x").family_members_with_points();
  EXPECT_NEAR(
      (sup[1].get_left().x - sup[0].get_left().x) - (sub[1].get_left().x - sub[0].get_left().x),
      0.2222 * em, 1e-4);
}

TEST(MathTex, InvalidTexThrowsMathJaxMessage) {
  try {
    // (An unclosed brace is not an error: Manim closes stray braces before typesetting.)
    MathTex m(R"(\frac{a})");
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    std::string msg = e.what();
    EXPECT_NE(msg.find("MathTex: cannot typeset '\\frac{a}'"), std::string::npos) << msg;
    EXPECT_NE(msg.find("Missing argument for \\frac"), std::string::npos) << msg;
  }
  try {
    MathTex m(R"(\nosuchmacro x)");
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("Undefined control sequence"), std::string::npos);
  }
  EXPECT_THROW(MathTex("x", {.font_size = 0}), std::invalid_argument);
  // The worker survives errors.
  EXPECT_EQ(leaf_count(MathTex("y")), 1u);
}

TEST(MathTex, WarmCacheStartsNoNode) {
  const char* tex = R"(\sum_{i=1}^{n} i = \frac{n(n+1)}{2})";
  MathTex cold(tex);
  EXPECT_THROW(MathTex(R"(\frac{a})"), std::invalid_argument);  // cold error, now cached
  detail::tex::shutdown_worker();
  std::size_t starts = detail::tex::node_start_count();
  MathTex warm(tex);
  EXPECT_EQ(detail::tex::node_start_count(), starts);
  EXPECT_DOUBLE_EQ(warm.width(), cold.width());
  // Errors are cached too.
  EXPECT_THROW(MathTex(R"(\frac{a})"), std::invalid_argument);
  EXPECT_EQ(detail::tex::node_start_count(), starts);
  // A miss starts exactly one worker for a whole batch of parts.
  MathTex parts({"p_1", "+", "p_2", "+", "p_3"});
  EXPECT_EQ(detail::tex::node_start_count(), starts + 1);
  MathTex more({"q_1", "-", "q_2"});
  EXPECT_EQ(detail::tex::node_start_count(), starts + 1);
}

TEST(MathTex, DeadWorkerGivesClearError) {
  detail::tex::shutdown_worker();
  setenv("MANIMCPP_NODE", "/nonexistent/node", 1);
  try {
    MathTex m("\\alpha_{unique\\_for\\_dead\\_worker}");
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("MathTex"), std::string::npos) << e.what();
  }
  unsetenv("MANIMCPP_NODE");
  EXPECT_EQ(leaf_count(MathTex("\\alpha")), 1u);
}
