#include "manim/mobject/markup_text.hpp"

#include <cairo-svg.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <regex>
#include <stdexcept>

#include "manim/core/config.hpp"
#include "mobject/svg/svg_mobject.hpp"
#include "mobject/svg/svg_parser.hpp"
#include "mobject/text/pango_backend.hpp"
#include "mobject/text/text_layout.hpp"
#include "mobject/text/text_settings.hpp"

namespace manim {
namespace {

// Manim's constants for its MarkupText route (text_mobject.py, ManimPango's text2svg call).
constexpr double TEXT2SVG_ADJUSTMENT_FACTOR = 4.8;
constexpr double TEXT_MOB_SCALE_FACTOR = 0.05;
constexpr double SVG_WIDTH = 600, SVG_HEIGHT = 400, PANGO_WIDTH = 500;

struct MarkupNode : detail::MobjectNode {
  std::string original_text;
  std::string text;
  double font_size = DEFAULT_FONT_SIZE;
  double initial_height = 0;
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<MarkupNode>(*this);
  }
};

MarkupNode& markup_node(const Mobject& m) {
  auto* n = dynamic_cast<MarkupNode*>(&m.node());
  if (!n) throw std::logic_error("MarkupText: the object (" + m.kind() + ") has no text data");
  return *n;
}

std::string short_repr(const std::string& s) { return detail::text::short_repr("MarkupText", s); }

// Manim's _count_real_chars: characters outside tags, entities counting once, spaces and tabs
// not counted (newlines are).
std::size_t count_real_chars(const std::string& s) {
  static const std::regex entity("&[^;]+;");
  const detail::text::U8Text t(std::regex_replace(s, entity, "x"));
  std::size_t count = 0;
  int level = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const std::string c = t.substr(i, i + 1);
    if (c == "<") ++level;
    if (c == ">" && level > 0)
      --level;
    else if (c != " " && c != "\t" && level == 0)
      ++count;
  }
  return count;
}

// A <gradient> or <color> tag found in the original markup, as a glyph range.
struct TagRange {
  std::size_t start = 0, end = 0;
  std::string from, to;  // colours (to empty for <color>)
  long start_offset = 0, end_offset = 0;
};

long parse_offset(const std::string& s, const std::string& who) {
  if (s.empty()) return 0;
  try {
    std::size_t used = 0;
    long v = std::stol(s, &used);
    if (used == s.size()) return v;
  } catch (const std::exception&) {
  }
  throw std::invalid_argument(who + ": bad offset '" + s +
                              "' in a <gradient>/<color> tag; write offset=\"start,end\" with "
                              "whole numbers");
}

// Finds Manim's own tags in `original` and removes them from `text` (keeping their content).
std::vector<TagRange> extract_tags(const std::string& original, std::string& text,
                                   const std::string& who, bool gradient) {
  static const std::regex grad_re(
      R"re(<gradient\s+from="([^"]+)"\s+to="([^"]+)"(\s+offset="([^"]+)")?>([\s\S]+?)</gradient>)re");
  static const std::regex color_re(
      R"re(<color\s+col="([^"]+)"(\s+offset="([^"]+)")?>([\s\S]+?)</color>)re");
  static const std::regex grad_strip(R"re(<gradient[^>]+>([\s\S]+?)</gradient>)re");
  static const std::regex color_strip(R"re(<color[^>]+>([\s\S]+?)</color>)re");
  std::vector<TagRange> out;
  const std::regex& re = gradient ? grad_re : color_re;
  for (auto it = std::sregex_iterator(original.begin(), original.end(), re);
       it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    TagRange r;
    r.start = count_real_chars(original.substr(0, static_cast<std::size_t>(m.position(0))));
    r.end = r.start + count_real_chars(m[gradient ? 5 : 4].str());
    r.from = m[1].str();
    if (gradient) r.to = m[2].str();
    const std::string offsets = m[gradient ? 4 : 3].str();
    if (!offsets.empty()) {
      auto comma = offsets.find(',');
      r.start_offset = parse_offset(offsets.substr(0, comma), who);
      if (comma != std::string::npos) r.end_offset = parse_offset(offsets.substr(comma + 1), who);
    }
    out.push_back(r);
  }
  text = std::regex_replace(text, gradient ? grad_strip : color_strip, "$1");
  return out;
}

// Manim's _parse_color: "#rrggbb" as is, anything else as a Manim colour name.
Color parse_tag_color(const std::string& s, const std::string& who) {
  try {
    return Color(s);
  } catch (const std::exception&) {
    throw std::invalid_argument(who + ": unknown colour '" + s +
                                "' in a <gradient>/<color> tag; use #RRGGBB or a Manim colour "
                                "name such as RED");
  }
}

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Lays the markup out as ManimPango's MarkupUtils.text2svg does and returns cairo's SVG.
std::string markup_to_svg(const std::string& markup, const MarkupTextArgs& a, double size_pt) {
  std::lock_guard<std::mutex> lk(detail::text::pango_mutex());
  std::string svg;
  cairo_surface_t* surface =
      cairo_svg_surface_create_for_stream(append_to_string, &svg, SVG_WIDTH, SVG_HEIGHT);
  cairo_t* cr = cairo_create(surface);
  PangoLayout* layout = pango_layout_new(detail::text::pango_context(config().manim_text_kerning));
  pango_layout_set_width(layout, pango_units_from_double(PANGO_WIDTH));
  if (a.justify) pango_layout_set_justify(layout, TRUE);
  PangoFontDescription* desc = pango_font_description_new();
  pango_font_description_set_size(desc, pango_units_from_double(size_pt));
  const std::string font = a.font.value_or("");
  if (!font.empty()) pango_font_description_set_family(desc, font.c_str());
  pango_font_description_set_style(
      desc, static_cast<PangoStyle>(detail::text::pango_style(a.slant.value_or(NORMAL))));
  pango_font_description_set_weight(
      desc, static_cast<PangoWeight>(detail::text::pango_weight(a.weight.value_or(NORMAL))));
  pango_layout_set_font_description(layout, desc);
  pango_font_description_free(desc);
  cairo_move_to(cr, detail::text::START_X, detail::text::START_Y);
  pango_layout_set_markup(layout, markup.data(), static_cast<int>(markup.size()));
  pango_cairo_show_layout(cr, layout);
  g_object_unref(layout);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
  return svg;
}

// Manim's MarkupText closes every subpath of a glyph with a straight line back to its start
// (a zero-length one when it already ends there), as Text does.
void close_subpaths(std::vector<Vec3>& pts) {
  if (pts.empty()) return;
  std::vector<Vec3> out;
  out.reserve(pts.size() + 16);
  Vec3 curve_start = pts[0];
  auto add_line_to = [&](const Vec3& end) {
    const Vec3 s = out.back();
    out.push_back(s);
    out.push_back((s + s + end) / 3.0);
    out.push_back((s + end + end) / 3.0);
    out.push_back(end);
  };
  for (std::size_t i = 0; i < pts.size(); ++i) {
    out.push_back(pts[i]);
    if (i + 1 != pts.size() && (i + 1) % 4 == 0 && pts[i] != pts[i + 1]) {
      add_line_to(curve_start);
      curve_start = pts[i + 1];
    }
  }
  add_line_to(curve_start);
  pts = std::move(out);
}

// chars[a:b] with Python's slice clamping (a and b may be negative).
std::vector<Mobject> char_slice(const std::vector<Mobject>& chars, long a, long b) {
  const long n = static_cast<long>(chars.size());
  if (a < 0) a = std::max(0L, a + n);
  if (b < 0) b = std::max(0L, b + n);
  a = std::min(a, n);
  b = std::min(b, n);
  std::vector<Mobject> out;
  for (long i = a; i < b; ++i) out.push_back(chars[static_cast<std::size_t>(i)]);
  return out;
}

}  // namespace

MarkupText::MarkupText(const std::string& str, const MarkupTextArgs& a)
    : VMobject(std::make_shared<MarkupNode>(), Mobject::Unchecked{}) {
  const std::string who = short_repr(str);
  const double fs = a.font_size.value_or(DEFAULT_FONT_SIZE);
  if (!std::isfinite(fs) || fs <= 0)
    throw std::invalid_argument(who + ": font_size must be finite and > 0, got " +
                                std::to_string(fs));
  if (a.tab_width < 0)
    throw std::invalid_argument(who + ": tab_width must be >= 0, got " +
                                std::to_string(a.tab_width));
  if (a.height && (!std::isfinite(*a.height) || *a.height <= 0))
    throw std::invalid_argument(who + ": height must be finite and > 0");
  if (a.width && (!std::isfinite(*a.width) || *a.width <= 0))
    throw std::invalid_argument(who + ": width must be finite and > 0");
  detail::text::pango_style(a.slant.value_or(NORMAL));
  detail::text::pango_weight(a.weight.value_or(NORMAL));

  std::string without_tabs;
  for (char c : str) {
    if (c == '\t')
      without_tabs.append(static_cast<std::size_t>(a.tab_width), ' ');
    else
      without_tabs.push_back(c);
  }
  detail::text::U8Text check(str);  // throws on invalid UTF-8

  // Manim extracts its own tags from the original string and lays out the string as given
  // (tabs included: Pango draws them as tab stops).
  std::string markup = str;
  auto colors = extract_tags(str, markup, who, false);
  auto gradients = extract_tags(str, markup, who, true);

  GError* err = nullptr;
  if (!pango_parse_markup(markup.data(), static_cast<int>(markup.size()), 0, nullptr, nullptr,
                          nullptr, &err)) {
    std::string msg = err && err->message ? err->message : "invalid markup";
    if (err) g_error_free(err);
    throw std::invalid_argument(who + ": invalid Pango markup: " + msg +
                                " (use Pango's tags b, i, u, s, sub, sup, big, small, tt, span; "
                                "close every tag; write &lt; &gt; &amp; for < > &)");
  }

  const Color color = a.color.value_or(WHITE);
  std::string final_text = "<span foreground=\"" + color.to_hex() + "\">" + markup + "</span>";
  if (a.disable_ligatures)
    final_text = "<span font_features='liga=0,dlig=0,clig=0,hlig=0'>" + final_text + "</span>";

  {
    std::lock_guard<std::mutex> lk(detail::text::pango_mutex());
    if (a.warn_missing_font) detail::text::warn_if_missing(a.font.value_or(""));
  }
  const std::string svg = markup_to_svg(final_text, a, fs / TEXT2SVG_ADJUSTMENT_FACTOR);
  const detail::svg::Document doc = detail::svg::parse_svg(svg, who);

  auto& n = markup_node(*this);
  detail::set_kind(n, "VMobject");
  detail::set_kind(n, "SVGMobject");
  detail::set_kind(n, "MarkupText");
  n.vectorized = true;
  n.original_text = str;
  n.font_size = fs;
  for (char c : without_tabs)
    if (c != ' ' && c != '\n') n.text.push_back(c);

  auto leaves = detail::svg_leaves(doc, 1.0);
  for (auto& leaf : leaves) {
    close_subpaths(leaf->points);
    VStyle& st = leaf->style;
    // cairo writes colours as percentages; Manim's SVG reader rounds them back to bytes.
    auto byte = [](double v) { return std::round(v * 255.0) / 255.0; };
    st.fill_color =
        Color(byte(st.fill_color.r), byte(st.fill_color.g), byte(st.fill_color.b), st.fill_color.a);
    if (a.fill_color) st.fill_color = *a.fill_color;
    st.fill_opacity = a.fill_opacity.value_or(1.0);
    st.stroke_color = a.stroke_color.value_or(WHITE);
    st.stroke_width = a.stroke_width.value_or(0.0);
    st.stroke_opacity = a.stroke_opacity.value_or(1.0);
    if (a.background_stroke_color) st.background_stroke_color = *a.background_stroke_color;
    st.background_stroke_width = a.background_stroke_width.value_or(0.0);
    if (a.background_stroke_opacity) st.background_stroke_opacity = *a.background_stroke_opacity;
    leaf->z_index = a.z_index.value_or(0.0);
    n.submobjects.push_back(leaf);
  }
  n.style = VStyle{};
  n.style.fill_color = color;
  n.style.fill_opacity = a.fill_opacity.value_or(1.0);
  n.style.stroke_color = a.stroke_color.value_or(WHITE);
  n.style.stroke_width = a.stroke_width.value_or(0.0);
  n.z_index = a.z_index.value_or(0.0);

  if (a.should_center) move_to(ORIGIN);
  if (a.width && !a.height)
    scale_to_fit_width(*a.width);
  else if (a.height)
    scale_to_fit_height(*a.height);

  std::vector<Mobject> chars = submobjects();
  if (!a.gradient.empty()) set_color_by_gradient(*this, a.gradient);
  for (const TagRange& r : colors) {
    const Color c = parse_tag_color(r.from, who);
    for (Mobject& m : char_slice(chars, static_cast<long>(r.start) - r.start_offset,
                                 static_cast<long>(r.end) - r.start_offset - r.end_offset))
      m.set_color(c);
  }
  for (const TagRange& r : gradients) {
    VGroup part(char_slice(chars, static_cast<long>(r.start) - r.start_offset,
                           static_cast<long>(r.end) - r.start_offset - r.end_offset));
    set_color_by_gradient(part, {parse_tag_color(r.from, who), parse_tag_color(r.to, who)});
  }
  if (!a.height && !a.width) scale(TEXT_MOB_SCALE_FACTOR);
  n.initial_height = height();
}

std::string MarkupText::text() const { return markup_node(*this).text; }
std::string MarkupText::original_text() const { return markup_node(*this).original_text; }

double MarkupText::font_size() const {
  const auto& n = markup_node(*this);
  return detail::text::scaled_font_size(n.font_size, n.initial_height, height());
}

MarkupText& MarkupText::set_font_size(double size) {
  const double f = detail::text::font_size_scale(font_size(), size, short_repr(original_text()));
  if (f != 1.0) scale(f);
  return *this;
}

}  // namespace manim
