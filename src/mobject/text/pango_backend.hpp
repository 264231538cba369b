// Internal: the one Pango font map all Text objects share, font-family checks and the glyph
// outline cache. Pango objects are not thread-safe, so every call into Pango goes through
// pango_mutex().
#pragma once
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "manim/core/vec3.hpp"

typedef struct _PangoContext PangoContext;
typedef struct _PangoFont PangoFont;

namespace manim::detail::text {

// Held by every caller of the functions below.
std::mutex& pango_mutex();

// A context on the shared cairo font map at 96 dpi with unhinted outlines and metrics.
// `round_positions` is Pango's rounding of glyph positions to whole device units (SVG units),
// which is what Manim's SVG route does. Owned by the backend; valid while the mutex is held.
PangoContext* pango_context(bool round_positions);

// True when `family` names an installed family or one of Pango's generic aliases (serif, sans,
// monospace...), compared case-insensitively, as Manim checks its font list.
bool family_installed(const std::string& family);
// The family Pango actually uses for `family` (e.g. "Liberation Serif" for "Times New Roman").
std::string resolved_family(const std::string& family);
// Prints one warning per missing family to stderr: "warning: font 'Foo' is not installed; using
// 'Noto Sans'". Needs the mutex.
void warn_if_missing(const std::string& family);
// Forgets which families were already warned about (tests).
void reset_font_warnings();

// Makes the fonts of a font file usable by family name (fontconfig's application fonts), and
// forgets them again; both refresh the shared font map. Need the mutex. add_font_file returns
// false when fontconfig cannot read the file.
bool add_font_file(const std::string& path);
void clear_font_files();

// A glyph outline in SVG units relative to the glyph origin (y down), as Manim's Text stores
// it: cubic quadruplets, lines as cubics with handles at 1/3 and 2/3, each subpath closed and
// ended by the degenerate closing curve Manim's Text appends.
using Outline = std::vector<Vec3>;

// The outline of glyph `glyph` of `font`, cached per (font, glyph). Needs the mutex.
std::shared_ptr<const Outline> glyph_outline(PangoFont* font, unsigned glyph);
std::size_t glyph_cache_size();

}  // namespace manim::detail::text
