// MathJax's layout of TeX's tables and extensible arrows against LaTeX's. The reference numbers
// were measured on this machine with the LaTeX engine (latex + dvisvgm, Manim's template) at
// font size 48, where 1 TeX em is 9.96264 * 48 / 960 = 0.498132 scene units.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "manim/manim.hpp"
#include "mobject/tex/tex_renderer.hpp"
#include "support/test_support.hpp"

using namespace manim;

namespace {

constexpr double kEm = 9.96264 * 48.0 / 960.0;

// Every test process uses its own cache so that "warm" and "cold" are under our control.
const bool kTexCache = manim::testing::use_private_tex_cache("tex_fidelity");

std::vector<Mobject> glyphs(const Mobject& m) { return m.family_members_with_points(); }

}  // namespace

// align* (Manim's MathTex environment; multi-line MathTex goes to MathJax as aligned): amsmath
// opens rows up by \jot, so baselines are \baselineskip + \jot = 15 pt apart (LaTeX: 0.7472).
// MathJax's own spacing put them 1.3 em apart.
TEST(TexFidelity, AlignRowsAreBaselineskipPlusJotApart) {
  MathTex m("x\\\\x");
  auto g = glyphs(m);
  ASSERT_EQ(g.size(), 2u);
  const double pitch = g[0].get_center().y - g[1].get_center().y;
  EXPECT_NEAR(pitch, 0.7472, 0.002);
  EXPECT_NEAR(pitch, 1.5 * kEm, 0.002);
  // With & columns the rows keep the same pitch (LaTeX: 0.7472 between the '=' signs).
  MathTex a("a&=x\\\\b&=x");
  auto ga = glyphs(a);
  ASSERT_EQ(ga.size(), 6u);
  EXPECT_NEAR(ga[1].get_center().y - ga[4].get_center().y, 0.7472, 0.002);
  // Rows too tall for \baselineskip are \lineskip (1 pt + \jot) apart: LaTeX 1.0924 for two
  // display fractions (MathJax's fractions are 0.01 taller).
  MathTex f("\\frac{a}{b}\\\\\\frac{a}{b}");
  auto gf = glyphs(f);
  ASSERT_EQ(gf.size(), 6u);
  EXPECT_NEAR(gf[0].get_center().y - gf[3].get_center().y, 1.0924, 0.015);
}

// Arrays (matrix, pmatrix, ...) stack rows on their struts with no interline glue: 12 pt apart
// for ordinary rows (LaTeX 0.5977), depth plus height for taller ones; the delimiters grow to the
// same height as LaTeX's (1.195).
TEST(TexFidelity, MatrixRowsSitOnArrayStruts) {
  MathTex m("\\begin{pmatrix}x\\\\x\\end{pmatrix}");
  auto g = glyphs(m);
  ASSERT_EQ(g.size(), 4u);
  EXPECT_NEAR(g[1].get_center().y - g[2].get_center().y, 0.5977, 0.002);
  EXPECT_NEAR(g[0].height(), 1.195, 0.005);
  MathTex b("\\begin{bmatrix}x&y\\\\x&y\\\\x&y\\end{bmatrix}");
  EXPECT_NEAR(b.height(), 1.7923, 0.005);
  MathTex p("\\begin{pmatrix}\\frac{a}{b}\\\\\\frac{a}{b}\\end{pmatrix}");
  auto gp = glyphs(p);
  ASSERT_EQ(gp.size(), 8u);
  EXPECT_NEAR(gp[1].get_center().y - gp[4].get_center().y, 1.0479 - 0.4501, 0.003);
}

// cases sets \arraystretch 1.2: struts 1.2 times as tall, rows 14.4 pt apart (LaTeX 0.7173),
// and the brace as tall as LaTeX's (1.4939).
TEST(TexFidelity, CasesRowsUseArraystretch) {
  MathTex m("f=\\begin{cases}x & a\\\\x & b\\end{cases}");
  auto g = glyphs(m);
  ASSERT_EQ(g.size(), 7u);
  EXPECT_NEAR(g[3].get_center().y - g[5].get_center().y, 0.7173, 0.002);
  EXPECT_NEAR(g[2].height(), 1.4939, 0.005);
}

// \xrightarrow{long label}: the shaft runs from the arrow's tail into its head (no gap, nothing
// past the head), the arrow is as long as LaTeX's (ink 1.9438: label + 14 script mu, less the
// glyphs' side bearings) and the label clears it by LaTeX's limit spacing (0.1714 from the
// shaft's top to the label's baseline).
TEST(TexFidelity, ExtensibleArrowIsJoinedAndSpacedAsLatex) {
  MathTex m("A\\xrightarrow{\\text{long label}}B");
  auto g = glyphs(m);
  // As LaTeX ships them: A, the label (9 glyphs), \rightarrowfill@'s minus and five leader
  // minuses, the head, B.
  ASSERT_EQ(g.size(), 18u);
  const Mobject& first_l = g[1];
  const Mobject& tail = g[10];
  const Mobject& head = g[16];
  const Mobject& b = g[17];
  for (std::size_t i = 10; i < 16; ++i) {
    EXPECT_NEAR(g[i].width(), 0.3044, 2e-3) << i;  // cmsy10's minus ink, 0.611 em
    EXPECT_NEAR(g[i].height(), 0.04 * kEm, 1e-3) << i;
    EXPECT_NEAR(g[i].get_center().y, head.get_center().y, 1e-3) << i;
    if (i > 10) {
      EXPECT_LT(g[i].get_left().x, g[i - 1].get_right().x) << "joined " << i;
    }
  }
  // Leaders are 0.5556 em apart (LaTeX: 0.2768 units).
  EXPECT_NEAR(g[12].get_center().x - g[11].get_center().x, 0.2768, 1e-3);
  EXPECT_GT(g[15].get_right().x, head.get_left().x + 0.01);
  EXPECT_LT(head.get_right().x, b.get_left().x - 0.1);
  EXPECT_NEAR(head.get_right().x - tail.get_left().x, 1.9438, 0.015);
  EXPECT_NEAR(first_l.get_bottom().y - tail.get_top().y, 0.1714, 0.008);
  // The label is centred over the arrow as LaTeX's (first 'l' 0.1029 right of the tail's ink).
  EXPECT_NEAR(first_l.get_left().x - tail.get_left().x, 0.6388 - 0.5359, 0.01);

  // A short label: A, f, minus, head, B; LaTeX's label sits 0.2686 above the shaft's centre,
  // 0.0393 left of its middle.
  MathTex s("A\\xrightarrow{f}B");
  auto gs = glyphs(s);
  ASSERT_EQ(gs.size(), 5u);
  EXPECT_NEAR(gs[1].get_center().y - gs[3].get_center().y, 0.3986 - 0.1300, 0.006);
  const double arrow_mid = (gs[2].get_left().x + gs[3].get_right().x) / 2;
  EXPECT_NEAR(gs[1].get_center().x - arrow_mid, 0.7373 - 0.7765, 0.01);
  // \xleftarrow mirrors it (A, f, head, minus, B): the label leans to the tail on the right
  // (LaTeX: f's centre 0.0425 right of the middle of the arrow's ink).
  MathTex l("A\\xleftarrow{f}B");
  auto gl = glyphs(l);
  ASSERT_EQ(gl.size(), 5u);
  const double larrow_mid = (gl[2].get_left().x + gl[3].get_right().x) / 2;
  EXPECT_NEAR(gl[1].get_center().x - larrow_mid, 0.0425, 0.005);
  EXPECT_LT(gl[2].get_left().x, gl[3].get_left().x);  // the head is the left end
}

// Tall delimiters are drawn from their end pieces and straight extender rules; a five-row
// matrix' parentheses are as tall as LaTeX's (2.9878).
TEST(TexFidelity, TallDelimitersMatchLatexHeight) {
  MathTex m("\\left(\\begin{matrix}x\\\\x\\\\x\\\\x\\\\x\\end{matrix}\\right)");
  EXPECT_NEAR(m.height(), 2.9878, 0.005);
  for (const Mobject& g : glyphs(m)) EXPECT_LE(g.height(), m.height() + 1e-9);
}

// Tex's rows (LaTeX's center environment) are \baselineskip = 12 pt apart.
TEST(TexFidelity, TexTextRowsAreBaselineskipApart) {
  Tex t("ab\\\\ab");
  auto g = glyphs(t);
  ASSERT_EQ(g.size(), 4u);
  EXPECT_NEAR(g[0].get_center().y - g[2].get_center().y, 1.2 * kEm, 0.002);
}

// Tex's text-mode environments through MathJax, against LaTeX's layout (Manim's template):
// itemize items 20 pt apart (\baselineskip + \itemsep + \parsep: LaTeX 0.9963), the item text
// \labelsep after the right-aligned label (LaTeX: 'F' starts 0.4677 after the bullet's left edge,
// 0.3082 after "1."'s right edge).
TEST(TexFidelity, ItemizeAndEnumerateAsLatex) {
  Tex it("\\begin{itemize}\\item First\\item Second\\end{itemize}");
  auto g = glyphs(it);
  ASSERT_EQ(g.size(), 13u);  // bullet + First, bullet + Second
  EXPECT_NEAR(g[0].get_center().y - g[6].get_center().y, 0.9963, 0.003);
  EXPECT_NEAR(g[1].get_left().x - g[0].get_left().x, 0.4677, 0.03);
  EXPECT_NEAR(g[0].width(), 0.2027, 0.015);  // \textbullet
  Tex en("\\begin{enumerate}\\item First\\item Second\\end{enumerate}");
  auto e = glyphs(en);
  ASSERT_EQ(e.size(), 15u);  // "1." + First, "2." + Second
  EXPECT_NEAR(e[0].get_center().y - e[7].get_center().y, 0.9963, 0.003);
  EXPECT_NEAR(e[2].get_left().x - e[1].get_right().x, 0.3082, 0.015);
  // Custom labels and errors naming what MathJax cannot do.
  EXPECT_EQ(glyphs(Tex("\\begin{itemize}\\item[*] a\\end{itemize}")).size(), 2u);
  EXPECT_THROW(Tex("\\begin{description}\\item x\\end{description}"), std::invalid_argument);
  EXPECT_THROW(Tex("\\begin{itemize}\\item a\\begin{itemize}\\item b\\end{itemize}\\end{itemize}"),
               std::invalid_argument);
  try {
    Tex("\\begin{quote}x\\end{quote}");
    FAIL() << "no exception";
  } catch (const std::invalid_argument& ex) {
    const std::string m = ex.what();
    EXPECT_NE(m.find("'quote'"), std::string::npos) << m;
    EXPECT_NE(m.find("tex_compiler = 'latex'"), std::string::npos) << m;
  }
}

// tabular: rows on array struts (12 pt; plus 0.4 pt per \hline), columns 2 \tabcolsep apart,
// rules 0.4 pt thick drawn as filled shapes. LaTeX: {cc} rows 0.5978 apart, 'a' centred over
// "ccc"; {|l|r|} with \hline: 1.2553 tall, rows 0.6177 apart, rules 0.0199 thick.
TEST(TexFidelity, TabularAsLatex) {
  Tex t("\\begin{tabular}{cc}a & bb\\\\ccc & d\\end{tabular}");
  auto g = glyphs(t);
  ASSERT_EQ(g.size(), 7u);
  EXPECT_NEAR(g[0].get_center().y - g[3].get_center().y, 0.5978, 0.002);
  EXPECT_NEAR(g[0].get_center().x - g[4].get_center().x, 0.3239 - 0.3163, 0.005);
  EXPECT_NEAR(t.width(), 1.7813, 0.02);
  Tex r("\\begin{tabular}{|l|r|}\\hline a & bb\\\\\\hline ccc & d\\\\\\hline\\end{tabular}");
  auto gr = glyphs(r);
  ASSERT_EQ(gr.size(), 13u);  // 7 glyphs, 3 horizontal and 3 vertical rules
  EXPECT_NEAR(r.height(), 1.2553, 0.003);
  EXPECT_NEAR(gr[0].get_center().y - gr[3].get_center().y, 0.6177, 0.002);
  EXPECT_NEAR(r.width(), 2.4132, 0.07);
  int rules = 0;
  for (const Mobject& m : gr)
    if (std::min(m.width(), m.height()) < 0.03) {
      ++rules;
      EXPECT_NEAR(std::min(m.width(), m.height()), 0.0199, 0.001);
    }
  EXPECT_EQ(rules, 6);
}

// Manim's test_tex_size: LaTeX's Tex("what") is 1.0420 x 0.3512. MathJax's is 1.0426 wide, and the
// 0.0006 is the glyph outlines, not layout or scale: the height is LaTeX's to 4 digits, 'w' is
// exactly as wide, letters advance by cmr10's widths (to MathJax's 1/1000 em rounding: ten m's
// pitch 0.4149 against 0.4151) and the 't' ends 0.0006 further right because MathJax's TeX font
// draws heavier stems (its 'h' ink is 0.0069 wider, its 't' 0.0010). With MathJax's New Computer
// Modern font (the Latin Modern outlines LaTeX's Type 1 fonts have) the ink is LaTeX's: 1.0421.
TEST(TexFidelity, TexSizeDifferenceIsTheGlyphOutlines) {
  Tex what("what");
  EXPECT_NEAR(what.height(), 0.3512, 5e-5);
  EXPECT_NEAR(what.width(), 1.0426, 5e-5);
  auto g = glyphs(what);
  ASSERT_EQ(g.size(), 4u);
  EXPECT_NEAR(g[0].width(), 0.3412, 5e-5);  // 'w', as LaTeX's
  Tex ms("mmmmmmmmmm");
  auto gm = glyphs(ms);
  ASSERT_EQ(gm.size(), 10u);
  const double pitch = (gm[9].get_left().x - gm[0].get_left().x) / 9;
  EXPECT_NEAR(pitch, 0.833334 * kEm, 3e-4);  // cmr10's m: 0.4151
  EXPECT_NEAR(gm[0].width(), 0.3955, 5e-4);  // LaTeX's m ink: 0.3890

  setenv("MANIMCPP_MATHJAX_FONT", "newcm", 1);
  detail::tex::shutdown_worker();
  Tex newcm("what");
  auto gn = glyphs(newcm);
  unsetenv("MANIMCPP_MATHJAX_FONT");
  detail::tex::shutdown_worker();
  EXPECT_NEAR(newcm.width(), 1.0420, 1.5e-4);
  EXPECT_NEAR(newcm.height(), 0.3512, 5e-5);
  ASSERT_EQ(gn.size(), 4u);
  EXPECT_NEAR(gn[3].width(), 0.1559, 2e-4);  // 't' ink as LaTeX's (MathJax TeX: 0.1569)
}
