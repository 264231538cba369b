// Internal: lays out Manim's Text pieces with Pango as Manim's SVG route does, and returns every
// drawn glyph with its origin in SVG units (y down, layout origin (30, 20)).
#pragma once
#include <memory>
#include <vector>

#include "mobject/text/pango_backend.hpp"
#include "mobject/text/text_settings.hpp"

namespace manim::detail::text {

inline constexpr double START_X = 30;
inline constexpr double START_Y = 20;

struct LaidGlyph {
  std::shared_ptr<const Outline> outline;  // never empty
  double x = 0, y = 0;                     // glyph origin, SVG units
  Color color;
  std::size_t char_index = 0;  // code point index of the glyph's cluster start
};

struct LayoutOptions {
  double size_pt = 10;       // Pango font size: font_size / 4.8
  double line_spacing = 13;  // SVG units between the tops of consecutive '\n' lines
  bool disable_ligatures = false;
  double width = 1920;  // layout width in SVG units (Manim: pixel_width); longer lines wrap
  bool round_positions = false;  // Manim's whole-unit glyph advances
};

struct LayoutResult {
  std::vector<LaidGlyph> glyphs;
  std::vector<std::size_t> missing;  // code point indexes no installed font could draw
};

// Needs pango_mutex().
LayoutResult layout_text(const U8Text& text, const std::vector<TextSetting>& settings,
                         const LayoutOptions& opt);

// Pango's values for Manim's weight and slant names; throw std::invalid_argument naming the
// allowed names otherwise.
int pango_weight(const std::string& name);
int pango_style(const std::string& name);

}  // namespace manim::detail::text
