// Internal: one character's outline read from an installed font file in its own units, written
// as SVG path data the way dvisvgm writes a TeX glyph. ManimBanner builds its letters with it.
#pragma once
#include <string>

namespace manim::detail::text {

struct FontGlyphPath {
  std::string family;  // the family Pango picked (not the one asked for when it is missing)
  std::string d;       // SVG path data: glyph origin at (0, 0), y down, in big points
};

// The outline of `ch` in the font Pango picks for `family` at `weight` (400 normal, 700 bold)
// and a size of `size_pt` TeX points, as dvisvgm converts a glyph: font units times
// size_pt * 72 / 72.27 / units_per_em, six decimals, y pointing down. Curves stay as the font
// has them (cubic for CFF, quadratic for TrueType). Throws std::invalid_argument naming the
// character when the picked font has no glyph for it.
FontGlyphPath font_glyph_path(const std::string& family, int weight, char32_t ch, double size_pt);

}  // namespace manim::detail::text
