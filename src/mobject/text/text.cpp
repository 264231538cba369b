#include "manim/mobject/text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <set>
#include <stdexcept>

#include "manim/core/config.hpp"
#include "manim/mobject/geometry.hpp"
#include "mobject/text/text_layout.hpp"
#include "mobject/text/text_settings.hpp"

namespace manim {
namespace {

// Manim's constants for the SVG route (manim/constants.py, text_mobject.py).
constexpr double TEXT2SVG_ADJUSTMENT_FACTOR = 4.8;
constexpr double TEXT_MOB_SCALE_FACTOR = 0.05;
constexpr double DEFAULT_LINE_SPACING_SCALE = 0.3;

struct TextNode : detail::MobjectNode {
  std::string original_text;
  std::string text;  // without spaces and newlines
  double font_size = DEFAULT_FONT_SIZE;
  double initial_height = 0;
  std::map<std::string, Color> t2c;
  std::map<std::string, std::vector<Color>> t2g;
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<TextNode>(*this);
  }
};

std::mutex& defaults_mutex() {
  static std::mutex m;
  return m;
}
TextArgs& class_defaults() {
  static TextArgs d;
  return d;
}

// Fields set in `over` replace those of `base`.
TextArgs merged(TextArgs base, const TextArgs& over) {
#define MANIM_TEXT_TAKE(f) \
  if (over.f) base.f = over.f;
  MANIM_TEXT_TAKE(color)
  MANIM_TEXT_TAKE(fill_color)
  MANIM_TEXT_TAKE(fill_opacity)
  MANIM_TEXT_TAKE(stroke_color)
  MANIM_TEXT_TAKE(stroke_width)
  MANIM_TEXT_TAKE(stroke_opacity)
  MANIM_TEXT_TAKE(background_stroke_color)
  MANIM_TEXT_TAKE(background_stroke_width)
  MANIM_TEXT_TAKE(background_stroke_opacity)
  MANIM_TEXT_TAKE(z_index)
  MANIM_TEXT_TAKE(font_size)
  MANIM_TEXT_TAKE(font)
  MANIM_TEXT_TAKE(weight)
  MANIM_TEXT_TAKE(slant)
  MANIM_TEXT_TAKE(line_spacing)
  MANIM_TEXT_TAKE(disable_ligatures)
  MANIM_TEXT_TAKE(tab_width)
  MANIM_TEXT_TAKE(warn_missing_font)
#undef MANIM_TEXT_TAKE
  if (!over.t2c.empty()) base.t2c = over.t2c;
  if (!over.t2w.empty()) base.t2w = over.t2w;
  if (!over.t2s.empty()) base.t2s = over.t2s;
  if (!over.t2f.empty()) base.t2f = over.t2f;
  if (!over.t2g.empty()) base.t2g = over.t2g;
  if (!over.gradient.empty()) base.gradient = over.gradient;
  return base;
}

std::string short_repr(const std::string& s) { return detail::text::short_repr("Text", s); }

void check_finite(const std::optional<double>& v, const char* name, const std::string& who,
                  bool positive) {
  if (!v) return;
  if (!std::isfinite(*v) || (positive && *v <= 0) || (!positive && *v < 0))
    throw std::invalid_argument(who + ": " + name + " must be finite and " +
                                (positive ? "> 0" : ">= 0") + ", got " + std::to_string(*v));
}

void set_glyph_style(detail::MobjectNode& n, const TextArgs& a, const Color& fill) {
  VStyle& st = n.style;
  st.fill_color = a.fill_color ? *a.fill_color : fill;
  st.fill_opacity = a.fill_opacity.value_or(1.0);
  st.stroke_color = a.stroke_color.value_or(WHITE);
  st.stroke_width = a.stroke_width.value_or(0.0);
  st.stroke_opacity = a.stroke_opacity.value_or(1.0);
  if (a.background_stroke_color) st.background_stroke_color = *a.background_stroke_color;
  st.background_stroke_width = a.background_stroke_width.value_or(0.0);
  if (a.background_stroke_opacity) st.background_stroke_opacity = *a.background_stroke_opacity;
  n.z_index = a.z_index.value_or(0.0);
}

bool is_space(const detail::text::U8Text& t, std::size_t i) {
  const std::string c = t.substr(i, i + 1);
  return c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\v" || c == "\f" ||
         c == "\u00a0" || c == "\u3000";
}

// With ligatures disabled Manim's Text has one submobject per character of the given string:
// each whitespace character (a tab counts once) becomes an invisible zero-radius Dot at the
// centre of the glyph before it (of the first glyph when the string starts with it), so that
// Paragraph and Code can index characters by position.
void add_space_dots(detail::MobjectNode& n, const detail::text::U8Text& str) {
  std::vector<std::shared_ptr<detail::MobjectNode>> glyphs = std::move(n.submobjects);
  n.submobjects.clear();
  std::size_t next = 0;
  for (std::size_t i = 0; i < str.size(); ++i) {
    if (!is_space(str, i)) {
      if (next < glyphs.size()) n.submobjects.push_back(glyphs[next++]);
      continue;
    }
    Vec3 at = ORIGIN;
    if (!glyphs.empty()) {
      const auto& ref = glyphs[next == 0 ? 0 : next - 1];
      at = Mobject(ref).get_center();
    }
    Dot dot(at, {.fill_opacity = 0.0, .stroke_opacity = 0.0, .radius = 0.0});
    auto& pts = dot.node().points;
    if (!pts.empty()) pts.insert(pts.end(), 4, pts.back());  // Text's closing line
    n.submobjects.push_back(dot.node_ptr());
  }
  for (; next < glyphs.size(); ++next) n.submobjects.push_back(glyphs[next]);
}

TextNode& text_node(const Mobject& m) {
  auto* n = dynamic_cast<TextNode*>(&m.node());
  if (!n) throw std::logic_error("Text: the object (" + m.kind() + ") has no text data");
  return *n;
}

}  // namespace

void Text::set_default(const TextArgs& defaults) {
  std::lock_guard<std::mutex> lk(defaults_mutex());
  class_defaults() = merged(class_defaults(), defaults);
}

void Text::set_default() {
  std::lock_guard<std::mutex> lk(defaults_mutex());
  class_defaults() = TextArgs{};
}

Text::Text(const std::string& str, const TextArgs& given)
    : VMobject(std::make_shared<TextNode>(), Mobject::Unchecked{}) {
  TextArgs a;
  {
    std::lock_guard<std::mutex> lk(defaults_mutex());
    a = merged(class_defaults(), given);
  }
  const std::string who = short_repr(str);
  check_finite(a.font_size, "font_size", who, true);
  check_finite(a.fill_opacity, "fill_opacity", who, false);
  check_finite(a.stroke_width, "stroke_width", who, false);
  if (a.line_spacing && !std::isfinite(*a.line_spacing))
    throw std::invalid_argument(who + ": line_spacing must be finite, got " +
                                std::to_string(*a.line_spacing));
  const int tab_width = a.tab_width.value_or(4);
  if (tab_width < 0)
    throw std::invalid_argument(who + ": tab_width must be >= 0, got " + std::to_string(tab_width));

  const double fs = a.font_size.value_or(DEFAULT_FONT_SIZE);
  const double ls = a.line_spacing.value_or(-1.0);
  const double line_height = ls == -1.0 ? fs + fs * DEFAULT_LINE_SPACING_SCALE : fs + fs * ls;

  std::string expanded;
  for (char c : str) {
    if (c == '\t')
      expanded.append(static_cast<std::size_t>(tab_width), ' ');
    else
      expanded.push_back(c);
  }
  detail::text::U8Text u8(expanded);

  detail::text::SettingsRequest req;
  req.defaults.font = a.font.value_or("");
  req.defaults.slant = a.slant.value_or(NORMAL);
  req.defaults.weight = a.weight.value_or(NORMAL);
  req.defaults.color = a.color.value_or(WHITE);
  req.t2f = a.t2f;
  req.t2s = a.t2s;
  req.t2w = a.t2w;
  req.t2c = a.t2c;
  req.gradient = a.gradient;
  req.t2g = a.t2g;
  // Validate names before Pango sees them.
  detail::text::pango_style(req.defaults.slant);
  detail::text::pango_weight(req.defaults.weight);
  for (const auto& [k, v] : a.t2s) detail::text::pango_style(v);
  for (const auto& [k, v] : a.t2w) detail::text::pango_weight(v);
  auto settings = detail::text::text_to_settings(u8, req);

  detail::text::LayoutOptions opt;
  opt.size_pt = fs / TEXT2SVG_ADJUSTMENT_FACTOR;
  opt.line_spacing = line_height / TEXT2SVG_ADJUSTMENT_FACTOR;
  opt.disable_ligatures = a.disable_ligatures.value_or(false);
  opt.width = config().pixel_width;
  opt.round_positions = config().manim_text_kerning;

  detail::text::LayoutResult laid;
  {
    std::lock_guard<std::mutex> lk(detail::text::pango_mutex());
    if (a.warn_missing_font.value_or(true)) {
      detail::text::warn_if_missing(req.defaults.font);
      for (const auto& [k, f] : a.t2f) detail::text::warn_if_missing(f);
    }
    laid = detail::text::layout_text(u8, settings, opt);
  }
  if (!laid.missing.empty()) {
    static std::mutex warn_m;
    static std::set<std::string> warned;
    std::lock_guard<std::mutex> lk(warn_m);
    for (std::size_t ci : laid.missing) {
      std::string ch = u8.substr(ci, ci + 1);
      if (warned.insert(ch).second)
        std::cerr << "warning: no installed font has a glyph for '" << ch << "' in " << who
                  << "; it is left out\n";
    }
  }

  // Anchor box of the whole text in SVG units: Manim centres the imported SVG on it.
  double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
  for (const auto& g : laid.glyphs) {
    const auto& o = *g.outline;
    for (std::size_t i = 0; i < o.size(); ++i) {
      if (i % 4 != 0 && i % 4 != 3) continue;
      x0 = std::min(x0, o[i].x + g.x);
      x1 = std::max(x1, o[i].x + g.x);
      y0 = std::min(y0, o[i].y + g.y);
      y1 = std::max(y1, o[i].y + g.y);
    }
  }
  const double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;

  auto& n = text_node(*this);
  detail::set_kind(n, "VMobject");
  detail::set_kind(n, "SVGMobject");
  detail::set_kind(n, "Text");
  n.vectorized = true;
  set_glyph_style(n, a, req.defaults.color);
  n.original_text = str;
  n.font_size = fs;
  n.t2c = a.t2c;
  n.t2g = a.t2g;
  for (char c : expanded)
    if (c != ' ' && c != '\n') n.text.push_back(c);

  double ymin = INFINITY, ymax = -INFINITY;
  n.submobjects.reserve(laid.glyphs.size());
  for (const auto& g : laid.glyphs) {
    auto glyph = std::make_shared<detail::MobjectNode>();
    detail::set_kind(*glyph, "VMobject");
    detail::set_kind(*glyph, "VMobjectFromSVGPath");
    glyph->vectorized = true;
    set_glyph_style(*glyph, a, g.color);
    glyph->points.reserve(g.outline->size());
    for (const Vec3& p : *g.outline) {
      Vec3 q((p.x + g.x - cx) * TEXT_MOB_SCALE_FACTOR, -(p.y + g.y - cy) * TEXT_MOB_SCALE_FACTOR,
             0);
      ymin = std::min(ymin, q.y);
      ymax = std::max(ymax, q.y);
      glyph->points.push_back(q);
    }
    n.submobjects.push_back(std::move(glyph));
  }
  n.initial_height = laid.glyphs.empty() ? 0 : ymax - ymin;
  if (opt.disable_ligatures) add_space_dots(n, detail::text::U8Text(str));
}

std::string Text::text() const { return text_node(*this).text; }
std::string Text::original_text() const { return text_node(*this).original_text; }

double Text::font_size() const {
  const auto& n = text_node(*this);
  return detail::text::scaled_font_size(n.font_size, n.initial_height, height());
}

Text& Text::set_font_size(double size) {
  const double f = detail::text::font_size_scale(font_size(), size, short_repr(original_text()));
  if (f != 1.0) scale(f);
  return *this;
}

Text& Text::set_color_by_t2c(const std::map<std::string, Color>& given) {
  const auto& n = text_node(*this);
  const auto& t2c = given.empty() ? n.t2c : given;
  const detail::text::U8Text t(n.text);
  for (const auto& [word, color] : t2c)
    for (auto [a, b] : detail::text::find_indexes(word, t))
      slice(static_cast<long>(a), static_cast<long>(b)).set_color(color);
  return *this;
}

Text& Text::set_color_by_t2g(const std::map<std::string, std::vector<Color>>& given) {
  const auto& n = text_node(*this);
  const auto& t2g = given.empty() ? n.t2g : given;
  const detail::text::U8Text t(n.text);
  for (const auto& [word, colors] : t2g)
    for (auto [a, b] : detail::text::find_indexes(word, t)) {
      VGroup part = slice(static_cast<long>(a), static_cast<long>(b));
      set_color_by_gradient(part, colors);
    }
  return *this;
}

std::string register_font(const std::string& font_file) {
  namespace fs = std::filesystem;
  const fs::path candidates[] = {fs::path(font_file), fs::path("assets") / "fonts" / font_file,
                                 fs::path("font") / font_file};
  for (const fs::path& p : candidates) {
    std::error_code ec;
    if (!fs::is_regular_file(p, ec)) continue;
    const std::string abs = fs::absolute(p).string();
    std::lock_guard<std::mutex> lk(detail::text::pango_mutex());
    if (!detail::text::add_font_file(abs))
      throw std::invalid_argument("register_font: '" + abs +
                                  "' is not a font file fontconfig can read (use a .ttf, .otf "
                                  "or .pfb file)");
    return abs;
  }
  throw std::invalid_argument("register_font: cannot find the font file '" + font_file +
                              "' (looked for it as given, under assets/fonts/ and under font/, "
                              "from " +
                              fs::current_path().string() + ")");
}

void unregister_fonts() {
  std::lock_guard<std::mutex> lk(detail::text::pango_mutex());
  detail::text::clear_font_files();
}

void set_color_by_gradient(Mobject& m, const std::vector<Color>& colors) {
  if (colors.empty()) return;
  std::vector<Mobject> members;
  for (const Mobject& f : m.get_family())
    if (!f.node().points.empty()) members.push_back(f);
  auto cs = colors.size() == 1 ? std::vector<Color>(members.size(), colors[0])
                               : color_gradient(colors, static_cast<int>(members.size()));
  for (std::size_t i = 0; i < members.size(); ++i) members[i].set_color(cs[i], false);
}

}  // namespace manim
