// MarkupText, Paragraph and Text's t2g / set_color_by_t2c / disable_ligatures spaces, against
// Manim CE v0.18.0's rules (text_mobject.py) and numbers worked out by hand.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "manim/manim.hpp"

using namespace manim;

namespace {

std::string hex(const Mobject& m) { return m.get_fill_color().to_hex(); }

}  // namespace

// One submobject per visible glyph; each span's colour on its glyphs; the default colour
// elsewhere (Manim wraps the markup in <span foreground="#FFFFFF">).
TEST(MarkupText, GlyphCountsAndSpanColours) {
  MarkupText t("<b>ab</b> <span foreground=\"#FC6255\">cd</span>e");
  ASSERT_EQ(t.size(), 5u);
  const char* want[] = {"#FFFFFF", "#FFFFFF", "#FC6255", "#FC6255", "#FFFFFF"};
  for (long i = 0; i < 5; ++i) EXPECT_EQ(hex(t[i]), want[i]) << i;
  // `color` is the colour of unstyled text; span colours still win.
  MarkupText c("x<span fgcolor=\"#58C4DD\">y</span>", {.color = YELLOW});
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(hex(c[0]), YELLOW.to_hex());
  EXPECT_EQ(hex(c[1]), "#58C4DD");
  EXPECT_EQ(t.text(), "<b>ab</b><spanforeground=\"#FC6255\">cd</span>e");
}

// Bold glyphs differ from regular ones: <b> reaches Pango.
TEST(MarkupText, BoldChangesTheGlyph) {
  MarkupText plain("a"), bold("<b>a</b>");
  EXPECT_GT(bold.width(), plain.width() * 1.02);
}

// Plain markup is laid out like Text (same Pango layout, 1 em = font_size/72 units): the SVG
// route and Text's direct route agree to cairo's SVG number precision.
TEST(MarkupText, PlainStringMatchesText) {
  MarkupText m("Hello world");
  Text t("Hello world");
  ASSERT_EQ(m.size(), t.size());
  for (long i = 0; i < static_cast<long>(t.size()); ++i) {
    auto a = m[i].points(), b = t[i].points();
    ASSERT_EQ(a.size(), b.size()) << i;
    for (std::size_t k = 0; k < a.size(); ++k) EXPECT_NEAR((a[k] - b[k]).norm(), 0, 2e-4) << i;
  }
  EXPECT_NEAR(m.font_size(), 48, 1e-9);
  m.scale(0.3);
  EXPECT_NEAR(m.font_size(), 14.4, 1e-9);
}

// Manim's own <gradient> and <color> tags colour glyph ranges after import.
TEST(MarkupText, GradientAndColorTags) {
  MarkupText g("<gradient from=\"RED\" to=\"YELLOW\">abc</gradient>d");
  ASSERT_EQ(g.size(), 4u);
  EXPECT_EQ(hex(g[0]), RED.to_hex());
  EXPECT_EQ(hex(g[1]), interpolate_color(RED, YELLOW, 0.5).to_hex());
  EXPECT_EQ(hex(g[2]), YELLOW.to_hex());
  EXPECT_EQ(hex(g[3]), "#FFFFFF");
  MarkupText c("<color col=\"BLUE\">ab</color>c");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(hex(c[0]), BLUE.to_hex());
  EXPECT_EQ(hex(c[2]), "#FFFFFF");
}

// An underline is a rectangle Pango draws after the glyphs: one more submobject.
TEST(MarkupText, UnderlineIsItsOwnSubmobject) {
  EXPECT_EQ(MarkupText("<u>ab</u>").size(), 3u);
  EXPECT_EQ(MarkupText("ab").size(), 2u);
}

TEST(MarkupText, BadMarkupNamesTheProblem) {
  try {
    MarkupText("<invalidtag>foo</invalidtag>");
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("invalidtag"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("MarkupText"), std::string::npos) << e.what();
  }
  EXPECT_THROW(MarkupText("<b>foo"), std::invalid_argument);
  EXPECT_THROW(MarkupText("a < b"), std::invalid_argument);
  EXPECT_NO_THROW(MarkupText("a &lt; b"));
}

// t2g: colours spread over the key's characters, per occurrence.
TEST(TextExtras, T2gGradient) {
  Text t("ab xyz", {.t2g = {{"xyz", {RED, BLUE}}}});
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(hex(t[0]), "#FFFFFF");
  EXPECT_EQ(hex(t[2]), RED.to_hex());
  EXPECT_EQ(hex(t[3]), interpolate_color(RED, BLUE, 0.5).to_hex());
  EXPECT_EQ(hex(t[4]), BLUE.to_hex());
}

// set_color_by_t2c indexes text() (no spaces), so "cd" is glyphs 2 and 3 of "ab cd".
TEST(TextExtras, SetColorByT2c) {
  Text t("ab cd");
  t.set_color_by_t2c({{"cd", GREEN}});
  EXPECT_EQ(hex(t[1]), "#FFFFFF");
  EXPECT_EQ(hex(t[2]), GREEN.to_hex());
  EXPECT_EQ(hex(t[3]), GREEN.to_hex());
  Text u("ab cd", {.t2c = {{"ab", RED}}});
  u.set_color(WHITE);
  u.set_color_by_t2c();  // the t2c given at creation
  EXPECT_EQ(hex(u[0]), RED.to_hex());
}

// With ligatures disabled every character is a submobject: a space is an invisible Dot of
// radius 0 (32 points plus the 4-point closing line) at the previous glyph's centre.
TEST(TextExtras, DisableLigaturesKeepsSpaces) {
  Text t("this is  a text  with spaces!", {.disable_ligatures = true});
  ASSERT_EQ(t.size(), 29u);
  Mobject space = t[4];
  EXPECT_EQ(space.points().size(), 36u);
  EXPECT_EQ(space.get_fill_opacity(), 0.0);
  EXPECT_NEAR((space.get_center() - t[3].get_center()).norm(), 0, 1e-12);
  EXPECT_EQ(Text("this is", {.disable_ligatures = false}).size(), 6u);
}

TEST(Paragraph, LinesAndAlignment) {
  Paragraph p({"one line", "and another longer"}, {.alignment = "right"});
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].size(), 7u);   // "oneline"
  EXPECT_EQ(p[1].size(), 16u);  // "andanotherlonger"
  EXPECT_NEAR(p[0].get_right().x, p[1].get_right().x, 1e-12);
  EXPECT_GT(p[0].get_center().y, p[1].get_center().y);
  // The lines hold the Text's own glyphs.
  EXPECT_TRUE(p[1][0] == p.lines_text()[7]);

  Paragraph l({"a", "bbbb"}, {.alignment = "left"});
  EXPECT_NEAR(l[0].get_left().x, l[1].get_left().x, 1e-12);
  Paragraph c({"a", "bbbb"}, {.alignment = "center"});
  EXPECT_NEAR(c[0].get_center().x, c.get_center().x, 1e-12);

  // line_spacing reaches the Text: the line pitch is font_size * (1 + line_spacing) / 72 * 0.05
  // * 72 / 4.8 ... i.e. (1 + ls) * font_size / 96 units.
  Paragraph s({"x", "x"}, {.text = {.line_spacing = 1.0}});
  EXPECT_NEAR(s[0].get_center().y - s[1].get_center().y, 2 * 48 / 96.0, 1e-9);

  // With ligatures disabled spaces and the newline are characters too.
  Paragraph d({"a b", "c"}, {.text = {.disable_ligatures = true}});
  EXPECT_EQ(d[0].size(), 3u);
  EXPECT_EQ(d[1].size(), 1u);
  EXPECT_THROW(Paragraph({"a"}, {.alignment = "middle"}), std::invalid_argument);
  EXPECT_THROW(p.set_line_alignment("left", 5), std::out_of_range);
}

// register_font: a font file's family becomes usable by name. The test font is DejaVu Sans with
// its family name patched to one no system has ("Manimcpp Zz", same length, in the name table's
// ASCII and UTF-16BE records; FreeType does not check table checksums).
TEST(TextExtras, RegisterFont) {
  const std::string src = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  std::ifstream in(src, std::ios::binary);
  if (!in) GTEST_SKIP() << "fonts-dejavu-core is not installed";
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto patch = [&](const std::string& from, const std::string& to) {
    for (std::size_t at = data.find(from); at != std::string::npos; at = data.find(from, at))
      data.replace(at, from.size(), to);
  };
  auto utf16 = [](const std::string& s) {
    std::string o;
    for (char c : s) o += std::string(1, '\0') + c;
    return o;
  };
  patch("DejaVu Sans", "Manimcpp Zz");
  patch(utf16("DejaVu Sans"), utf16("Manimcpp Zz"));
  const std::string path = "/tmp/manimcpp_register_font_" + std::to_string(::getpid()) + ".ttf";
  std::ofstream(path, std::ios::binary) << data;

  Text before("g", {.font = "Manimcpp Zz", .warn_missing_font = false});
  EXPECT_EQ(register_font(path), path);
  Text after("g", {.font = "Manimcpp Zz"});
  Text sans("g", {.font = "DejaVu Sans"});
  EXPECT_NE(before.width(), after.width());  // the fallback font drew it before
  EXPECT_NEAR(after.width(), sans.width(), 1e-9);
  unregister_fonts();
  std::remove(path.c_str());

  try {
    register_font("no_such_font_file.ttf");
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("assets/fonts"), std::string::npos) << e.what();
  }
  EXPECT_THROW(register_font("/etc/hostname"), std::invalid_argument);
}
