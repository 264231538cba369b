#include "mobject/text/pango_backend.hpp"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iostream>
#include <map>
#include <set>
#include <utility>

namespace manim::detail::text {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

struct Backend {
  PangoFontMap* font_map = nullptr;
  PangoContext* contexts[2] = {nullptr, nullptr};  // [round_positions]
  std::set<std::string> families;                  // lower case
  std::set<std::string> warned;
  std::map<std::pair<PangoFont*, unsigned>, std::shared_ptr<const Outline>> outlines;
  cairo_surface_t* surface = nullptr;  // unbounded: nothing is clipped while extracting paths
  cairo_t* cr = nullptr;

  Backend() {
    font_map = pango_cairo_font_map_new();
    pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(font_map), 96.0);
    cairo_font_options_t* opts = cairo_font_options_create();
    // What cairo's SVG surface reports: no hinting of outlines or metrics.
    cairo_font_options_set_hint_style(opts, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(opts, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(opts, CAIRO_ANTIALIAS_GRAY);
    for (int r = 0; r < 2; ++r) {
      contexts[r] = pango_font_map_create_context(font_map);
      pango_cairo_context_set_font_options(contexts[r], opts);
      pango_context_set_round_glyph_positions(contexts[r], r == 1);
    }
    cairo_font_options_destroy(opts);

    PangoFontFamily** fams = nullptr;
    int n = 0;
    pango_font_map_list_families(font_map, &fams, &n);
    for (int i = 0; i < n; ++i) families.insert(lower(pango_font_family_get_name(fams[i])));
    g_free(fams);

    surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr);
    cr = cairo_create(surface);
  }
  // Lives until exit; Pango objects are deliberately not torn down during static destruction.
};

Backend& backend() {
  static Backend* b = new Backend();
  return *b;
}

// Converts cairo's path of one glyph to Manim's Text points.
Outline to_outline(const cairo_path_t* path) {
  Outline pts;
  Vec3 start, cur;
  bool open = false;  // a subpath with at least one curve
  auto add_cubic = [&](const Vec3& h0, const Vec3& h1, const Vec3& a1) {
    pts.push_back(cur);
    pts.push_back(h0);
    pts.push_back(h1);
    pts.push_back(a1);
    cur = a1;
    open = true;
  };
  auto add_line = [&](const Vec3& a1) {
    add_cubic(cur + (a1 - cur) / 3.0, cur + (a1 - cur) * (2.0 / 3.0), a1);
  };
  // Manim closes each subpath of a Text glyph with a straight line back to its start; when the
  // path already ends there (the usual case) that line has length zero but is still a curve.
  auto finish = [&]() {
    if (open) add_line(start);
    open = false;
  };
  for (int i = 0; i < path->num_data; i += path->data[i].header.length) {
    const cairo_path_data_t* d = &path->data[i];
    switch (d->header.type) {
      case CAIRO_PATH_MOVE_TO:
        finish();
        start = cur = Vec3(d[1].point.x, d[1].point.y, 0);
        break;
      case CAIRO_PATH_LINE_TO:
        add_line(Vec3(d[1].point.x, d[1].point.y, 0));
        break;
      case CAIRO_PATH_CURVE_TO:
        add_cubic(Vec3(d[1].point.x, d[1].point.y, 0), Vec3(d[2].point.x, d[2].point.y, 0),
                  Vec3(d[3].point.x, d[3].point.y, 0));
        break;
      case CAIRO_PATH_CLOSE_PATH:
        // The SVG "Z": a line back to the start only when the path is not already there.
        if (open && (cur - start).norm() > 1e-4) add_line(start);
        finish();
        cur = start;
        break;
    }
  }
  finish();
  return pts;
}

}  // namespace

std::mutex& pango_mutex() {
  static std::mutex m;
  return m;
}

PangoContext* pango_context(bool round_positions) {
  return backend().contexts[round_positions ? 1 : 0];
}

bool family_installed(const std::string& family) {
  std::string f = lower(family);
  if (f == "sans-serif") f = "sans";
  return backend().families.count(f) > 0;
}

std::string resolved_family(const std::string& family) {
  Backend& b = backend();
  PangoFontDescription* desc = pango_font_description_new();
  pango_font_description_set_family(desc, family.c_str());
  pango_font_description_set_size(desc, 12 * PANGO_SCALE);
  std::string out = family;
  if (PangoFont* font = pango_font_map_load_font(b.font_map, b.contexts[0], desc)) {
    PangoFontDescription* got = pango_font_describe(font);
    if (const char* fam = pango_font_description_get_family(got)) out = fam;
    pango_font_description_free(got);
    g_object_unref(font);
  }
  pango_font_description_free(desc);
  return out;
}

void warn_if_missing(const std::string& family) {
  if (family.empty() || family_installed(family)) return;
  Backend& b = backend();
  if (!b.warned.insert(family).second) return;
  std::cerr << "warning: font '" << family << "' is not installed; using '"
            << resolved_family(family) << "'\n";
}

void reset_font_warnings() { backend().warned.clear(); }

namespace {
void refresh_families(Backend& b) {
  pango_fc_font_map_config_changed(PANGO_FC_FONT_MAP(b.font_map));
  b.families.clear();
  PangoFontFamily** fams = nullptr;
  int n = 0;
  pango_font_map_list_families(b.font_map, &fams, &n);
  for (int i = 0; i < n; ++i) b.families.insert(lower(pango_font_family_get_name(fams[i])));
  g_free(fams);
}
}  // namespace

bool add_font_file(const std::string& path) {
  Backend& b = backend();
  if (!FcConfigAppFontAddFile(FcConfigGetCurrent(), reinterpret_cast<const FcChar8*>(path.c_str())))
    return false;
  refresh_families(b);
  return true;
}

void clear_font_files() {
  FcConfigAppFontClear(FcConfigGetCurrent());
  refresh_families(backend());
}

std::shared_ptr<const Outline> glyph_outline(PangoFont* font, unsigned glyph) {
  Backend& b = backend();
  auto key = std::make_pair(font, glyph);
  auto it = b.outlines.find(key);
  if (it != b.outlines.end()) return it->second;

  cairo_scaled_font_t* sf = pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(font));
  cairo_new_path(b.cr);
  cairo_set_scaled_font(b.cr, sf);
  cairo_glyph_t g{glyph, 0.0, 0.0};
  cairo_glyph_path(b.cr, &g, 1);
  cairo_path_t* path = cairo_copy_path(b.cr);
  auto outline = std::make_shared<const Outline>(to_outline(path));
  cairo_path_destroy(path);
  cairo_new_path(b.cr);

  g_object_ref(font);  // the key's pointer must never be reused by another font
  b.outlines.emplace(key, outline);
  return outline;
}

std::size_t glyph_cache_size() { return backend().outlines.size(); }

}  // namespace manim::detail::text
