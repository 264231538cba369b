// MarkupText: Pango markup drawn as glyph outlines, as Manim CE's MarkupText.
//
// The markup is laid out by Pango in one layout (width 500 SVG units, so long lines wrap as in
// Manim) and imported through cairo's SVG output exactly as Manim's route does: one submobject
// per drawn glyph in text order, plus one per underline/strikethrough/background rectangle Pango
// draws. Manim's own tags <gradient from= to= [offset=]> and the deprecated <color col=> are
// applied to glyph ranges after import. Invalid markup throws std::invalid_argument naming the
// problem (Pango's message, e.g. an unknown tag or an unclosed one).
//
//   MarkupText("<b>bold</b> and <span fgcolor=\"#FC6255\">red</span>")
//   MarkupText("<gradient from=\"BLUE\" to=\"GREEN\">shaded</gradient>", {.font_size = 36})
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "manim/mobject/text.hpp"

namespace manim {

struct MarkupTextArgs {
  MANIM_STYLE_KWARGS
  std::optional<double> font_size{};  // 48
  // Accepted for Manim's signature; Manim 0.18 (ManimPango 0.5) does not pass it to Pango, so
  // lines keep Pango's own spacing. Use Paragraph or Text for controlled spacing.
  std::optional<double> line_spacing{};
  std::optional<std::string> font{};  // "" = Pango's default family
  std::optional<std::string> slant{};
  std::optional<std::string> weight{};
  bool justify = false;
  std::vector<Color> gradient{};
  int tab_width = 4;
  // SVGMobject sizing: when either is given the text is scaled to it (instead of 1 em =
  // font_size/72 units).
  std::optional<double> height{};
  std::optional<double> width{};
  bool should_center = true;
  bool disable_ligatures = false;
  bool warn_missing_font = true;
};

class MarkupText : public VMobject {
 public:
  explicit MarkupText(const std::string& text, const MarkupTextArgs& args = {});
  MANIM_HANDLE(MarkupText, VMobject)

  // The markup with tabs expanded and spaces and newlines removed (Manim's MarkupText.text).
  std::string text() const;
  std::string original_text() const;
  // As Text::font_size: follows later scaling.
  double font_size() const;
  MarkupText& set_font_size(double size);
};

}  // namespace manim
