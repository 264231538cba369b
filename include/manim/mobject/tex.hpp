// MathTex, Tex and SingleStringMathTex: TeX typeset by MathJax (no LaTeX installation needed)
// and imported as glyph VMobjects, sized and structured as Manim CE's LaTeX route:
// 1 TeX em = font_size * 0.498132 / 48 scene units, centred, fill white, stroke width 0.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "manim/mobject/svg.hpp"
#include "manim/mobject/tex_template.hpp"

namespace manim {

struct MathTexArgs {
  MANIM_STYLE_KWARGS
  double font_size = DEFAULT_FONT_SIZE;
  std::string arg_separator = " ";
  std::vector<std::string> substrings_to_isolate{};
  std::vector<std::pair<std::string, Color>> tex_to_color_map{};
  std::string tex_environment = "align*";
  // The document the strings are placed in; none: config's (config_tex_template()).
  std::optional<TexTemplate> tex_template{};
};

// One TeX string; its submobjects are the glyphs (and rules: fraction bars, radical bars).
// Invalid TeX throws std::invalid_argument (Manim's ValueError: "... See log output above or the
// log file: media/Tex/<hash>.log") after printing the error and the offending .tex lines.
// Each string is also written to media/Tex as Manim names it (docs/text.md).
class SingleStringMathTex : public SVGMobject {
 public:
  explicit SingleStringMathTex(const std::string& tex_string, const MathTexArgs& a = {});
  MANIM_HANDLE(SingleStringMathTex, SVGMobject)
  const std::string& tex_string() const;
  // Current size in Manim's font-size units (follows later scaling, as Manim's property).
  double font_size() const;
  SingleStringMathTex& set_font_size(double font_size);
};

// MathTex("a", "b") / MathTex({"a", "b"}, {.font_size = 36}): the strings joined by
// arg_separator are typeset once; the glyphs are split into one SingleStringMathTex per string
// (and per {{ }} group and isolated substring), as Manim does.
class MathTex : public SingleStringMathTex {
 public:
  explicit MathTex(const std::string& tex, const MathTexArgs& a = {});
  MathTex(const char* tex, const MathTexArgs& a = {}) : MathTex(std::string(tex), a) {}
  MathTex(const std::vector<std::string>& tex_strings, const MathTexArgs& a = {});
  MathTex(std::initializer_list<std::string> tex_strings, const MathTexArgs& a = {})
      : MathTex(std::vector<std::string>(tex_strings), a) {}
  template <class... S>
  requires(std::is_convertible_v<S, std::string>&&...)
      MathTex(const std::string& first, const std::string& second, const S&... rest)
      : MathTex(std::vector<std::string>{first, second, std::string(rest)...}) {}
  MANIM_HANDLE(MathTex, SingleStringMathTex)

  // The strings after {{ }} and substring splitting (one per submobject).
  std::vector<std::string> tex_strings() const;

  // The parts whose TeX contains `tex` (Manim's rule). Where a matching part holds more than
  // `tex`, only the glyphs that MathJax typeset from exactly that TeX are returned (found via
  // its data-latex attributes), so get_part_by_tex("K^\\top") is the K and the ⊤, not the
  // whole formula. Returns the same objects (colouring them colours the formula).
  VGroup get_parts_by_tex(const std::string& tex, bool substring = true,
                          bool case_sensitive = true) const;
  // The first of get_parts_by_tex; throws std::invalid_argument naming `tex` when none.
  Mobject get_part_by_tex(const std::string& tex, bool substring = true,
                          bool case_sensitive = true) const;
  // Index of the first part whose TeX contains `tex`, -1 when none.
  long index_of_part_by_tex(const std::string& tex, bool substring = true,
                            bool case_sensitive = true) const;
  MathTex& set_color_by_tex(const std::string& tex, const Color& color, bool substring = true,
                            bool case_sensitive = true);
  MathTex& set_color_by_tex_to_color_map(const std::vector<std::pair<std::string, Color>>& map,
                                         bool substring = true, bool case_sensitive = true);
  MathTex& set_opacity_by_tex(const std::string& tex, double opacity,
                              std::optional<double> remaining_opacity = std::nullopt);
};

// Text-mode TeX (Manim's Tex): typeset as \text{...}, where $...$ switches to math. Manim's Tex
// defaults are arg_separator "" and tex_environment "center": the MathTexArgs defaults " " and
// "align*" are read as those.
class Tex : public MathTex {
 public:
  explicit Tex(const std::string& text, const MathTexArgs& a = {});
  Tex(const char* text, const MathTexArgs& a = {}) : Tex(std::string(text), a) {}
  Tex(const std::vector<std::string>& texts, const MathTexArgs& a = {});
  Tex(std::initializer_list<std::string> texts, const MathTexArgs& a = {})
      : Tex(std::vector<std::string>(texts), a) {}
  MANIM_HANDLE(Tex, MathTex)
};

}  // namespace manim
