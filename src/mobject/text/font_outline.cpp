#include "mobject/text/font_outline.hpp"

#include <hb.h>
#include <pango/pangocairo.h>

#include <cmath>
#include <cstdio>
#include <memory>
#include <stdexcept>

#include "mobject/text/pango_backend.hpp"

namespace manim::detail::text {

namespace {

struct PathWriter {
  double scale = 1;  // font units to big points
  std::string d;

  void num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6f", std::abs(v) < 5e-7 ? 0.0 : v);
    d += buf;
  }
  void cmd(char c, std::initializer_list<double> xy) {
    d += c;
    bool first = true;
    bool is_x = true;
    for (double v : xy) {
      if (!first) d += ' ';
      first = false;
      num(is_x ? v * scale : -v * scale);  // font y points up, SVG y down
      is_x = !is_x;
    }
  }
};

void move_to(hb_draw_funcs_t*, void* w, hb_draw_state_t*, float x, float y, void*) {
  static_cast<PathWriter*>(w)->cmd('M', {x, y});
}
void line_to(hb_draw_funcs_t*, void* w, hb_draw_state_t*, float x, float y, void*) {
  static_cast<PathWriter*>(w)->cmd('L', {x, y});
}
void quadratic_to(hb_draw_funcs_t*, void* w, hb_draw_state_t*, float cx, float cy, float x, float y,
                  void*) {
  static_cast<PathWriter*>(w)->cmd('Q', {cx, cy, x, y});
}
void cubic_to(hb_draw_funcs_t*, void* w, hb_draw_state_t*, float c1x, float c1y, float c2x,
              float c2y, float x, float y, void*) {
  static_cast<PathWriter*>(w)->cmd('C', {c1x, c1y, c2x, c2y, x, y});
}
void close_path(hb_draw_funcs_t*, void* w, hb_draw_state_t*, void*) {
  static_cast<PathWriter*>(w)->d += 'Z';
}

hb_draw_funcs_t* draw_funcs() {
  static hb_draw_funcs_t* funcs = [] {
    hb_draw_funcs_t* f = hb_draw_funcs_create();
    hb_draw_funcs_set_move_to_func(f, move_to, nullptr, nullptr);
    hb_draw_funcs_set_line_to_func(f, line_to, nullptr, nullptr);
    hb_draw_funcs_set_quadratic_to_func(f, quadratic_to, nullptr, nullptr);
    hb_draw_funcs_set_cubic_to_func(f, cubic_to, nullptr, nullptr);
    hb_draw_funcs_set_close_path_func(f, close_path, nullptr, nullptr);
    hb_draw_funcs_make_immutable(f);
    return f;
  }();
  return funcs;
}

std::string utf8(char32_t c) {
  std::string s;
  if (c < 0x80) {
    s += static_cast<char>(c);
  } else if (c < 0x800) {
    s += static_cast<char>(0xC0 | (c >> 6));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (c >> 18));
    s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
  return s;
}

}  // namespace

FontGlyphPath font_glyph_path(const std::string& family, int weight, char32_t ch, double size_pt) {
  if (!(size_pt > 0) || !std::isfinite(size_pt))
    throw std::invalid_argument("font_glyph_path: size_pt must be a positive number, got " +
                                std::to_string(size_pt));
  std::lock_guard<std::mutex> lk(pango_mutex());
  PangoContext* ctx = pango_context(false);
  std::unique_ptr<PangoFontDescription, void (*)(PangoFontDescription*)> desc(
      pango_font_description_new(), pango_font_description_free);
  pango_font_description_set_family(desc.get(), family.c_str());
  pango_font_description_set_weight(desc.get(), static_cast<PangoWeight>(weight));
  pango_font_description_set_size(desc.get(), 12 * PANGO_SCALE);
  std::unique_ptr<PangoFont, void (*)(void*)> font(pango_context_load_font(ctx, desc.get()),
                                                   g_object_unref);
  if (!font)
    throw std::invalid_argument("font_glyph_path: no font at all for family '" + family +
                                "' (is fontconfig configured?)");
  FontGlyphPath out;
  {
    PangoFontDescription* got = pango_font_describe(font.get());
    if (const char* fam = pango_font_description_get_family(got)) out.family = fam;
    pango_font_description_free(got);
  }
  // Pango's hb_font is scaled for its size; a fresh font on the same face works in font units.
  hb_face_t* face = hb_font_get_face(pango_font_get_hb_font(font.get()));
  std::unique_ptr<hb_font_t, void (*)(hb_font_t*)> hb(hb_font_create(face), hb_font_destroy);
  hb_codepoint_t glyph = 0;
  if (!hb_font_get_nominal_glyph(hb.get(), static_cast<hb_codepoint_t>(ch), &glyph))
    throw std::invalid_argument("font_glyph_path: the font '" + out.family +
                                "' has no glyph for '" + utf8(ch) + "'");
  PathWriter w;
  w.scale = size_pt * (72.0 / 72.27) / hb_face_get_upem(face);
#if HB_VERSION_ATLEAST(7, 0, 0)
  hb_font_draw_glyph(hb.get(), glyph, draw_funcs(), &w);
#else
  hb_font_get_glyph_shape(hb.get(), glyph, draw_funcs(), &w);
#endif
  out.d = std::move(w.d);
  return out;
}

}  // namespace manim::detail::text
