// Text against Manim CE v0.18.0's measured numbers (docs/manim_facts.md §1, §7).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "manim/manim.hpp"
#include "mobject/text/pango_backend.hpp"
#include "mobject/text/text_layout.hpp"

using namespace manim;
namespace dt = manim::detail::text;

namespace {

// Runs a block with Manim's whole-unit glyph advances on or off, restoring the setting.
class KerningMode {
 public:
  explicit KerningMode(bool manim) : saved_(config().manim_text_kerning) {
    config().manim_text_kerning = manim;
  }
  ~KerningMode() { config().manim_text_kerning = saved_; }

 private:
  bool saved_;
};

// Extent of a glyph's own points along y.
double min_y(const Mobject& m) {
  double y = INFINITY;
  for (const Vec3& p : m.points()) y = std::min(y, p.y);
  return y;
}

// Glyph origins (SVG units) of a single-setting layout, as Manim's SVG would place them.
std::vector<double> origins(const std::string& s, double fs, bool round) {
  std::lock_guard<std::mutex> lk(dt::pango_mutex());
  dt::U8Text t(s);
  dt::SettingsRequest req;
  req.defaults.slant = "NORMAL";
  req.defaults.weight = "NORMAL";
  dt::LayoutOptions opt;
  opt.size_pt = fs / 4.8;
  opt.line_spacing = fs * 1.3 / 4.8;
  opt.round_positions = round;
  std::vector<double> xs;
  for (const auto& g : dt::layout_text(t, dt::text_to_settings(t, req), opt).glyphs)
    xs.push_back(g.x);
  return xs;
}

struct HamburgRow {
  const char* font;
  double fs, width, height;
};

}  // namespace

// §1.2: the Hamburg table, with Manim's rounding of advances.
TEST(Text, HamburgTableMatchesManim) {
  KerningMode k(true);
  const HamburgRow rows[] = {
      {"", 10, 0.667969, 0.139063},
      {"", 24, 1.463281, 0.333594},
      {"", 48, 3.025781, 0.666406},
      {"", 72, 4.487500, 1.000000},
      {"Monospace", 10, 0.661719, 0.135156},
      {"Monospace", 24, 1.346875, 0.325000},
      {"Monospace", 48, 2.694531, 0.649219},
      {"Monospace", 72, 4.041406, 0.975000},
      {"Times New Roman", 10, 0.463281, 0.126562},
      {"Times New Roman", 24, 1.200781, 0.303125},
      {"Times New Roman", 48, 2.500781, 0.606250},
      {"Times New Roman", 72, 3.702344, 0.909375},
  };
  for (const auto& r : rows) {
    TextArgs a{.font_size = r.fs};
    if (*r.font) a.font = r.font;
    Text t("Hamburg", a);
    SCOPED_TRACE(std::string(r.font) + " fs " + std::to_string(r.fs));
    EXPECT_EQ(t.size(), 7u);
    EXPECT_NEAR(t.width(), r.width, 2e-6);
    EXPECT_NEAR(t.height(), r.height, 2e-6);
  }
  // Bold at fs 48 uses the real bold faces.
  EXPECT_NEAR(Text("Hamburg", {.weight = BOLD}).width(), 3.200781, 2e-6);
  Text mono_bold("Hamburg", {.font = "Monospace", .weight = BOLD});
  EXPECT_NEAR(mono_bold.width(), 2.711719, 2e-6);
  EXPECT_NEAR(mono_bold.height(), 0.644531, 2e-6);
}

// §1.2: baseline offset and ink extents of the default font at fs 48.
TEST(Text, HamburgBaselineMatchesManim) {
  KerningMode k(true);
  Text t("Hamburg");
  const double base = min_y(t[0]);  // "H" sits on the baseline
  EXPECT_NEAR(base, -0.173047, 2e-6);
  EXPECT_NEAR(t.get_top().y - base, 0.506250, 2e-6);
  EXPECT_NEAR(base - t.get_bottom().y, 0.160156, 2e-6);
}

// §1.1: glyph origins: rounded advances (Manim) and exact ones (our default).
TEST(Text, GlyphOriginsRoundedAndExact) {
  const std::vector<std::vector<double>> rounded = {
      {30, 32, 34, 37, 39, 41, 42},
      {30, 35, 39, 45, 49, 53, 56},
      {30, 41, 49, 62, 70, 78, 84},
      {30, 46, 57, 76, 88, 101, 110},
  };
  const double sizes[] = {10, 24, 48, 72};
  for (int i = 0; i < 4; ++i) {
    auto xs = origins("Hamburg", sizes[i], true);
    ASSERT_EQ(xs.size(), 7u);
    for (int j = 0; j < 7; ++j) EXPECT_DOUBLE_EQ(xs[j], rounded[i][j]) << sizes[i] << " " << j;
  }
  // Unrounded advances at fs 48: 10.573 7.507 12.598 8.184 8.464 6.283 (em 0.793 0.563 ...).
  const double adv[] = {10.573, 7.507, 12.598, 8.184, 8.464, 6.283};
  auto xs = origins("Hamburg", 48, false);
  ASSERT_EQ(xs.size(), 7u);
  double x = 30;
  for (int j = 0; j < 6; ++j) {
    x += adv[j];
    EXPECT_NEAR(xs[j + 1], x, 0.01) << j;
  }
  // Kerning is applied before rounding: "AV" and "To" at fs 72.
  EXPECT_DOUBLE_EQ(origins("AV", 72, true)[1], 43);
  EXPECT_DOUBLE_EQ(origins("To", 72, true)[1], 41);
}

TEST(Text, ExactAdvancesStayCloseToManim) {
  KerningMode k(false);
  Text t("Hamburg");
  EXPECT_NEAR(t.width(), 3.025781, 0.03);
  EXPECT_NEAR(t.height(), 0.666406, 2e-6);  // vertical metrics are not rounded
}

// §1.3: submobject counts and sizes at fs 48.
TEST(Text, SubmobjectsMatchManim) {
  KerningMode k(true);
  struct Row {
    const char* s;
    std::size_t n;
    double w, h;
  };
  const Row rows[] = {
      {"a b", 2, 0.889063, 0.513281},          {"a  b", 2, 1.039062, 0.513281},
      {"a\nb", 2, 0.360938, 1.021094},         {"A\n\nB", 2, 0.469531, 1.775781},
      {"office", 4, 1.686719, 0.523438},       {"fi fl ffi", 3, 1.841406, 0.516406},
      {"Hello World", 10, 3.771875, 0.513281}, {"→ ✓ ✗ × • ⊙ ² √ ·", 9, 4.886719, 0.563281},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(r.s);
    Text t(r.s);
    EXPECT_EQ(t.size(), r.n);
    EXPECT_NEAR(t.width(), r.w, 2e-6);
    EXPECT_NEAR(t.height(), r.h, 2e-6);
  }
  EXPECT_EQ(Text("Hello World").text(), "HelloWorld");
  EXPECT_EQ(Text("a\tb c\nd").text(), "abcd");
  // A tab is four spaces.
  EXPECT_NEAR(Text("a\tb").width(), Text("a    b").width(), 1e-12);
}

TEST(Text, DisableLigaturesGivesOneGlyphPerCharacter) {
  EXPECT_EQ(Text("office", {.disable_ligatures = true}).size(), 6u);
  // 7 glyphs and, as in Manim, an invisible Dot for each of the 2 spaces.
  EXPECT_EQ(Text("fi fl ffi", {.disable_ligatures = true}).size(), 9u);
}

// Each glyph: closed subpaths of cubics, lines with handles at 1/3 and 2/3, holes as subpaths.
TEST(Text, GlyphOutlinesAreClosedCubics) {
  Text t("oH", {.font = "Monospace"});  // DejaVu Sans Mono's H is straight lines only
  ASSERT_EQ(t.size(), 2u);
  for (const Mobject& g : t) {
    const auto& p = g.points();
    ASSERT_FALSE(p.empty());
    ASSERT_EQ(p.size() % 4, 0u);
    EXPECT_TRUE(g.is_vectorized());
  }
  // "o": two closed subpaths (outer contour and hole); subpaths split where a curve does not
  // start at the previous end.
  auto count_subpaths = [](const std::vector<Vec3>& p) {
    int n = 1;
    for (std::size_t i = 4; i < p.size(); i += 4)
      if (!(p[i] == p[i - 1])) ++n;
    return n;
  };
  EXPECT_EQ(count_subpaths(t[0].points()), 2);
  EXPECT_EQ(count_subpaths(t[1].points()), 1);
  // "H" is all straight lines: handles at thirds.
  const auto& h = t[1].points();
  for (std::size_t i = 0; i < h.size(); i += 4) {
    Vec3 d1 = h[i + 1] - (h[i] + (h[i + 3] - h[i]) / 3.0);
    Vec3 d2 = h[i + 2] - (h[i] + (h[i + 3] - h[i]) * (2.0 / 3.0));
    EXPECT_LT(d1.norm(), 1e-9);
    EXPECT_LT(d2.norm(), 1e-9);
  }
  // Every subpath ends where it starts.
  std::size_t start = 0;
  for (std::size_t i = 4; i <= h.size(); i += 4) {
    if (i == h.size() || !(h[i] == h[i - 1])) {
      EXPECT_LT((h[i - 1] - h[start]).norm(), 1e-9);
      start = i;
    }
  }
}

// §1.4: Text("H\nH\nH") baselines and the line-spacing table.
TEST(Text, LineSpacingMatchesManim) {
  KerningMode k(true);
  Text t("H\nH\nH");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_NEAR(min_y(t[0]), 0.412109, 2e-6);
  EXPECT_NEAR(min_y(t[1]), -0.237891, 2e-6);
  EXPECT_NEAR(min_y(t[2]), -0.887891, 2e-6);
  // Lines are left-aligned.
  EXPECT_NEAR(t[0].get_left().x, t[2].get_left().x, 1e-12);

  struct Row {
    std::optional<double> ls;
    double d24, d48;
  };
  const Row rows[] = {
      {std::nullopt, 0.325, 0.650}, {0.5, 0.375, 0.750}, {1.2, 0.550, 1.100}, {1.3, 0.575, 1.150}};
  for (const auto& r : rows) {
    for (double fs : {24.0, 48.0}) {
      Text two("H\nH", {.font_size = fs, .line_spacing = r.ls});
      EXPECT_NEAR(min_y(two[0]) - min_y(two[1]), fs == 24 ? r.d24 : r.d48, 1e-9);
    }
  }
  // The distance does not depend on the font.
  Text mono("H\nH", {.font = "Monospace"});
  EXPECT_NEAR(min_y(mono[0]) - min_y(mono[1]), 0.65, 1e-9);
}

// §1.5: style defaults, color= fills only.
TEST(Text, StyleDefaultsAndColor) {
  Text t("ab", {.color = RED});
  for (const Mobject& g : t) {
    EXPECT_EQ(g.get_fill_color(), RED);
    EXPECT_DOUBLE_EQ(g.get_fill_opacity(), 1.0);
    EXPECT_EQ(g.get_stroke_color(), WHITE);
    EXPECT_DOUBLE_EQ(g.get_stroke_width(), 0.0);
    EXPECT_DOUBLE_EQ(g.node().style.background_stroke_width, 0.0);
  }
  Text w("a");
  EXPECT_EQ(w[0].get_fill_color(), WHITE);
  EXPECT_TRUE(w.is<Text>());
  EXPECT_TRUE(w.is<VMobject>());
  EXPECT_EQ(w.kind(), "Text");
}

TEST(Text, T2cT2wAndGradient) {
  Text t("a b c", {.t2c = {{"b", RED}}});
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].get_fill_color(), WHITE);
  EXPECT_EQ(t[1].get_fill_color(), RED);
  EXPECT_EQ(t[1].get_stroke_color(), WHITE);  // fill only, as Manim's SVG colour
  EXPECT_EQ(t[2].get_fill_color(), WHITE);
  // Every occurrence; slices index code points including spaces.
  Text u("xax ax", {.t2c = {{"a", GREEN}, {"[0:1]", BLUE}}});
  ASSERT_EQ(u.size(), 5u);
  EXPECT_EQ(u[0].get_fill_color(), BLUE);
  EXPECT_EQ(u[1].get_fill_color(), GREEN);
  EXPECT_EQ(u[2].get_fill_color(), WHITE);
  EXPECT_EQ(u[3].get_fill_color(), GREEN);
  // Gradient: one colour per character, spread from first to last.
  Text g("ab", {.gradient = {RED, BLUE}});
  EXPECT_EQ(g[0].get_fill_color(), RED);
  EXPECT_EQ(g[1].get_fill_color(), BLUE);
  // t2w: the bold word is wider than the regular one.
  KerningMode k(true);
  Text plain("word word");
  Text bold("word word", {.t2w = {{"word", BOLD}}});
  EXPECT_GT(bold.width(), plain.width() + 0.05);
  EXPECT_THROW(Text("ab", {.t2c = {{"ab", RED}, {"b", BLUE}}}), std::invalid_argument);
}

// §1.5: set_default accumulates, explicit arguments win, set_default() resets.
TEST(Text, SetDefaultAccumulatesAndResets) {
  KerningMode k(true);
  Text::set_default({.font = "Times New Roman"});
  Text::set_default({.font_size = 24});
  EXPECT_NEAR(Text("Hamburg").width(), 1.200781, 2e-6);
  EXPECT_NEAR(Text("Hamburg", {.font_size = 48}).width(), 2.500781, 2e-6);
  Text::set_default();
  EXPECT_NEAR(Text("Hamburg").width(), 3.025781, 2e-6);
}

TEST(Text, FontSizeFollowsScale) {
  Text t("Hamburg");
  EXPECT_DOUBLE_EQ(t.font_size(), 48);
  t.scale(0.5);
  EXPECT_NEAR(t.font_size(), 24, 1e-9);
  Text s("x", {.font_size = 30});
  s.set_font_size(60);
  EXPECT_NEAR(s.font_size(), 60, 1e-9);
  auto c = s.copy();
  EXPECT_EQ(c.text(), "x");
  EXPECT_NEAR(c.font_size(), 60, 1e-9);
}

// The symbols of the user scenes all come from installed fonts (no missing-glyph boxes).
TEST(Text, UnicodeGlyphsAllRender) {
  const std::string s = "✓ Q·Kᵀ/√d 1536 → 24×64 N² ⊙ •";
  dt::U8Text u8(s);
  std::size_t non_space = 0;
  for (std::size_t i = 0; i < u8.size(); ++i) non_space += u8.substr(i, i + 1) != " ";
  Text t(s);
  EXPECT_EQ(t.size(), non_space);
  for (const Mobject& g : t) EXPECT_GE(g.points().size(), 8u);
  std::lock_guard<std::mutex> lk(dt::pango_mutex());
  dt::SettingsRequest req;
  req.defaults.slant = "NORMAL";
  req.defaults.weight = "NORMAL";
  auto laid = dt::layout_text(u8, dt::text_to_settings(u8, req), {});
  EXPECT_TRUE(laid.missing.empty());
  EXPECT_EQ(laid.glyphs.size(), non_space);
}

TEST(Text, MissingFontWarnsOncePerFamily) {
  {
    std::lock_guard<std::mutex> lk(dt::pango_mutex());
    dt::reset_font_warnings();
  }
  ::testing::internal::CaptureStderr();
  Text("a", {.font = "Foo"});
  Text("b", {.font = "Foo"});
  Text("c", {.font = "Times New Roman"});
  Text("d", {.font = "Times New Roman"});
  Text("e", {.font = "Monospace"});
  Text("f", {.font = "serif"});
  const std::string err = ::testing::internal::GetCapturedStderr();
  auto count = [&](const std::string& needle) {
    std::size_t n = 0;
    for (auto p = err.find(needle); p != std::string::npos; p = err.find(needle, p + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("font 'Foo' is not installed; using '"), 1u) << err;
  EXPECT_EQ(count("font 'Times New Roman' is not installed; using 'Liberation Serif'"), 1u) << err;
  EXPECT_EQ(count("warning"), 2u) << err;
}

TEST(Text, LongTextWrapsAtPixelWidth) {
  const int saved = config().pixel_width;
  config().pixel_width = 854;  // ql: the layout is 42.7 units wide at the requested size
  std::string s;
  for (int i = 0; i < 30; ++i) s += "word ";
  Text t(s);
  config().pixel_width = saved;
  EXPECT_LE(t.width(), 42.7);
  // Wrapped lines use the font's own line height (Noto Serif 1.362 em = 0.908 at fs 48).
  EXPECT_GT(t.height(), 0.9);
}

TEST(Text, BadArgumentsThrowClearErrors) {
  EXPECT_THROW(Text("x", {.font_size = 0}), std::invalid_argument);
  EXPECT_THROW(Text("x", {.font_size = NAN}), std::invalid_argument);
  EXPECT_THROW(Text("x", {.weight = "HEAVYISH"}), std::invalid_argument);
  EXPECT_THROW(Text("x", {.slant = "SIDEWAYS"}), std::invalid_argument);
  EXPECT_THROW(Text("\xff\xfe"), std::invalid_argument);
  try {
    Text("x", {.weight = "HEAVYISH"});
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("HEAVYISH"), std::string::npos);
  }
  Text empty("");
  EXPECT_EQ(empty.size(), 0u);
  EXPECT_DOUBLE_EQ(empty.font_size(), 48);
}

TEST(Text, GlyphOutlinesAreCached) {
  Text warm("grid label 1234567890");
  std::size_t before;
  {
    std::lock_guard<std::mutex> lk(dt::pango_mutex());
    before = dt::glyph_cache_size();
  }
  for (int i = 0; i < 20; ++i) Text("label " + std::to_string(i));
  std::lock_guard<std::mutex> lk(dt::pango_mutex());
  EXPECT_EQ(dt::glyph_cache_size(), before);
}

// §7: Write on a Text: n glyphs -> run_time 1 below 15 else 2, lag_ratio min(4/n, 0.2).
TEST(Text, WriteTimingFollowsGlyphCount) {
  Write w3(Text("abc"));
  EXPECT_DOUBLE_EQ(w3.get_run_time(), 1.0);
  EXPECT_DOUBLE_EQ(w3.lag_ratio(), 0.2);
  Write w16(Text("abcdefghijklmnop"));
  EXPECT_DOUBLE_EQ(w16.get_run_time(), 2.0);
  Write w40(Text(std::string(40, 'x')));
  EXPECT_DOUBLE_EQ(w40.get_run_time(), 2.0);
  EXPECT_DOUBLE_EQ(w40.lag_ratio(), 0.1);
}
