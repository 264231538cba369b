// Tex in text mode through MathJax: \\ line breaks as LaTeX's center environment sets them,
// \LaTeX and \TeX, and errors for what MathJax's text mode lacks.
#include <gtest/gtest.h>

#include <string>

#include "manim/manim.hpp"

using namespace manim;

// Rows split at top-level \\ are stacked and centred on each other.
TEST(TexTextMode, LineBreaksStackCentredRows) {
  Tex t("one\\\\two words");
  ASSERT_EQ(t.family_members_with_points().size(), 11u);
  auto g = t.family_members_with_points();
  VGroup first(std::vector<Mobject>(g.begin(), g.begin() + 3));
  VGroup second(std::vector<Mobject>(g.begin() + 3, g.end()));
  EXPECT_GT(first.get_bottom().y, second.get_top().y);  // one row above the other
  EXPECT_NEAR(first.get_center().x, second.get_center().x, 0.02);
  // A trailing \\ (as BulletedList writes) adds nothing.
  EXPECT_NEAR(Tex("abc\\\\").width(), Tex("abc").width(), 1e-9);
  // Parts keep their glyphs when each ends with \\.
  Tex parts({"Item 1\\\\", "Item 2\\\\"});
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].size(), 5u);
  EXPECT_EQ(parts[1].size(), 5u);
  EXPECT_GT(parts[0].get_center().y, parts[1].get_center().y);
  // \\ inside math or braces is not a text line break.
  EXPECT_NO_THROW(Tex("$\\begin{matrix}a\\\\b\\end{matrix}$"));
}

TEST(TexTextMode, Logos) {
  EXPECT_EQ(Tex("\\LaTeX").family_members_with_points().size(), 5u);
  EXPECT_EQ(Tex("\\TeX{} and \\LaTeX").family_members_with_points().size(), 3u + 3u + 5u);
  EXPECT_NO_THROW(Tex("\\textbf{bold} \\textit{it} \\emph{em} \\texttt{tt}"));
}

TEST(TexTextMode, UnknownMacroNamesItAndTheMode) {
  try {
    Tex("\\notamacro x");
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    const std::string m = e.what();
    EXPECT_NE(m.find("notamacro"), std::string::npos) << m;
    EXPECT_NE(m.find("text mode"), std::string::npos) << m;
  }
}

// Manim's Title: at the top edge (buff 0.5), underline a Line 0.25 below, frame width minus 2.
TEST(TexLayouts, Title) {
  Title t("Attention");
  Mobject u = t.underline();
  EXPECT_NEAR(u.width(), config().frame_width - 2, 1e-9);
  EXPECT_NEAR(t[0].get_bottom().y - u.get_top().y, 0.25, 1e-9);
  EXPECT_NEAR(t[0].get_top().y, config().frame_height / 2 - 0.5, 1e-9);
  Title m("Attention", {.match_underline_width_to_text = true});
  EXPECT_NEAR(m.underline().width(), m[0].width(), 1e-9);
  Title none("x", {.include_underline = false});
  EXPECT_THROW(none.underline(), std::logic_error);
}

// BulletedList: one part per item with the bullet first, items 0.5 apart, left edges aligned.
TEST(TexLayouts, BulletedList) {
  BulletedList l({"Queries", "Keys", "Values"});
  ASSERT_EQ(l.size(), 3u);
  for (long i = 0; i < 3; ++i) {
    Mobject part = l[i];
    EXPECT_NEAR(part.get_left().x, l[0].get_left().x, 1e-9);
    EXPECT_LT(part[0].get_right().x, part[1].get_left().x);  // the dot, then the text
  }
  EXPECT_EQ(l[1].size(), 5u);  // dot + "Keys"
  EXPECT_NEAR(l[0].get_bottom().y - l[1].get_top().y, 0.5, 1e-9);
  l.fade_all_but(1);
  EXPECT_EQ(l[0][1].get_fill_opacity(), 0.5);
  EXPECT_EQ(l[1][1].get_fill_opacity(), 1.0);
  l.fade_all_but("Values", 0.2);
  EXPECT_EQ(l[1][1].get_fill_opacity(), 0.2);
  EXPECT_EQ(l[2][1].get_fill_opacity(), 1.0);
}
