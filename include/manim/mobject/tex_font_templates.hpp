// Manim's TexFontTemplates: 52 TeX templates that typeset text and formulas in other fonts
// (mostly through the mathastext package; some need xelatex or lualatex and a system font).
// They need the LaTeX engine (make setup-latex); under MathJax a formula using one is an error
// naming the template and the fix.
//
//   MathTex("x^2", {.tex_template = tex_font_template("french_cursive")});
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "manim/mobject/tex_template.hpp"

namespace manim {

struct TexFontTemplateInfo {
  const char* name;         // Manim's attribute name, e.g. "comic_sans"
  const char* description;  // e.g. "Comic Sans MS"
};

// Every font template, in Manim's order.
const std::vector<TexFontTemplateInfo>& tex_font_templates();
// The template called `name` (Manim's TexFontTemplates.<name>): Manim's simple AMS template with
// the font's preamble lines added (and its compiler, output format, document commands). Throws
// std::invalid_argument naming the unknown name and listing the valid ones.
TexTemplate tex_font_template(const std::string& name);
// The font template a template was made from (same preamble and document commands), if any.
std::optional<TexFontTemplateInfo> find_tex_font_template(const TexTemplate& t);

}  // namespace manim
