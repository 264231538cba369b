#include "mobject/text/text_layout.hpp"

#include <pango/pangocairo.h>

#include <cmath>
#include <stdexcept>
#include <utility>

namespace manim::detail::text {

int pango_weight(const std::string& name) {
  static const std::pair<const char*, PangoWeight> table[] = {
      {"NORMAL", PANGO_WEIGHT_NORMAL},     {"BOLD", PANGO_WEIGHT_BOLD},
      {"THIN", PANGO_WEIGHT_THIN},         {"ULTRALIGHT", PANGO_WEIGHT_ULTRALIGHT},
      {"LIGHT", PANGO_WEIGHT_LIGHT},       {"SEMILIGHT", PANGO_WEIGHT_SEMILIGHT},
      {"BOOK", PANGO_WEIGHT_BOOK},         {"MEDIUM", PANGO_WEIGHT_MEDIUM},
      {"SEMIBOLD", PANGO_WEIGHT_SEMIBOLD}, {"ULTRABOLD", PANGO_WEIGHT_ULTRABOLD},
      {"HEAVY", PANGO_WEIGHT_HEAVY},       {"ULTRAHEAVY", PANGO_WEIGHT_ULTRAHEAVY}};
  for (const auto& [n, w] : table)
    if (name == n) return w;
  throw std::invalid_argument("Text: unknown weight '" + name +
                              "'; use NORMAL, BOLD, THIN, ULTRALIGHT, LIGHT, SEMILIGHT, BOOK, "
                              "MEDIUM, SEMIBOLD, ULTRABOLD, HEAVY or ULTRAHEAVY");
}

int pango_style(const std::string& name) {
  if (name == "NORMAL") return PANGO_STYLE_NORMAL;
  if (name == "ITALIC") return PANGO_STYLE_ITALIC;
  if (name == "OBLIQUE") return PANGO_STYLE_OBLIQUE;
  throw std::invalid_argument("Text: unknown slant '" + name + "'; use NORMAL, ITALIC or OBLIQUE");
}

LayoutResult layout_text(const U8Text& text, const std::vector<TextSetting>& settings,
                         const LayoutOptions& opt) {
  LayoutResult out;
  PangoContext* ctx = pango_context(opt.round_positions);
  PangoLayout* layout = pango_layout_new(ctx);
  pango_layout_set_width(layout, pango_units_from_double(opt.width));
  PangoAttrList* attrs = nullptr;
  if (opt.disable_ligatures) {
    attrs = pango_attr_list_new();
    pango_attr_list_insert(attrs, pango_attr_font_features_new("liga=0,dlig=0,clig=0,hlig=0"));
  }

  double offset_x = 0;
  long last_line = 0;
  for (const TextSetting& s : settings) {
    if (s.line_num != last_line) {
      offset_x = 0;
      last_line = s.line_num;
    }
    if (s.end <= s.start) continue;
    const std::size_t byte0 = text.offsets[s.start];
    std::string piece = text.substr(s.start, s.end);
    for (char& c : piece)
      if (c == '\n') c = ' ';

    PangoFontDescription* desc = pango_font_description_new();
    pango_font_description_set_size(desc, pango_units_from_double(opt.size_pt));
    if (!s.font.empty()) pango_font_description_set_family(desc, s.font.c_str());
    pango_font_description_set_style(desc, static_cast<PangoStyle>(pango_style(s.slant)));
    pango_font_description_set_weight(desc, static_cast<PangoWeight>(pango_weight(s.weight)));
    pango_layout_set_font_description(layout, desc);
    pango_font_description_free(desc);
    pango_layout_set_text(layout, piece.data(), static_cast<int>(piece.size()));
    pango_layout_set_attributes(layout, attrs);

    // Manim moves cairo's current point here, which cairo stores in 24.8 fixed point.
    auto fixed = [](double v) { return std::nearbyint(v * 256.0) / 256.0; };
    const double ox = fixed(START_X + offset_x);
    const double oy = fixed(START_Y + opt.line_spacing * static_cast<double>(s.line_num));
    PangoLayoutIter* it = pango_layout_get_iter(layout);
    do {
      PangoLayoutRun* run = pango_layout_iter_get_run_readonly(it);
      if (!run) continue;
      PangoRectangle logical;
      pango_layout_iter_get_run_extents(it, nullptr, &logical);
      const int baseline = pango_layout_iter_get_baseline(it);
      int x = logical.x;
      PangoGlyphString* gs = run->glyphs;
      for (int i = 0; i < gs->num_glyphs; ++i) {
        const PangoGlyphInfo& info = gs->glyphs[i];
        const int gx = x + info.geometry.x_offset;
        const int gy = baseline + info.geometry.y_offset;
        x += info.geometry.width;
        const std::size_t byte = byte0 + static_cast<std::size_t>(run->item->offset) +
                                 static_cast<std::size_t>(gs->log_clusters[i]);
        const std::size_t ci = text.index_of_byte(byte);
        if (info.glyph == PANGO_GLYPH_EMPTY) continue;
        if (info.glyph & PANGO_GLYPH_UNKNOWN_FLAG) {
          out.missing.push_back(ci);
          continue;
        }
        auto outline = glyph_outline(run->item->analysis.font, info.glyph);
        if (outline->empty()) continue;  // spaces and other blank glyphs draw nothing
        out.glyphs.push_back({std::move(outline), ox + gx / double(PANGO_SCALE),
                              oy + gy / double(PANGO_SCALE), s.color, ci});
      }
    } while (pango_layout_iter_next_run(it));
    pango_layout_iter_free(it);

    int w = 0;
    pango_layout_get_size(layout, &w, nullptr);
    offset_x += w / double(PANGO_SCALE);
  }
  if (attrs) pango_attr_list_unref(attrs);
  g_object_unref(layout);
  return out;
}

}  // namespace manim::detail::text
