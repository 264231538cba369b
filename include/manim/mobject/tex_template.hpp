// TeX templates (Manim CE v0.18.0's manim.utils.tex and TexTemplateLibrary): the LaTeX
// document a Tex/MathTex string is placed in. Its text decides the file name under
// media/Tex (sha256 of the document, first 16 hex digits, as Manim), and, with the LaTeX
// engine, what latex compiles. With MathJax (the default engine) the preamble's definitions
// (\newcommand, \renewcommand, \def, \DeclareMathOperator...) are applied and the packages
// MathJax provides are accepted; any other package is an error naming it and the fix.
//
//   TexTemplate t;                          // Manim's default template
//   t.add_to_preamble("\\newcommand{\\R}{\\mathbb{R}}");
//   MathTex("x \\in \\R", {.tex_template = t});
#pragma once
#include <string>

namespace manim {

class TexTemplate {
 public:
  static const char* const default_documentclass;  // \documentclass[preview]{standalone}
  static const char* const default_preamble;       // babel (english), amsmath, amssymb
  static const char* const default_placeholder_text;
  static const char* const default_tex_compiler;   // latex
  static const char* const default_output_format;  // .dvi

  std::string tex_compiler = default_tex_compiler;
  std::string output_format = default_output_format;
  std::string documentclass = default_documentclass;
  std::string preamble = default_preamble;
  std::string placeholder_text = default_placeholder_text;
  std::string post_doc_commands;
  // True when the compiler was chosen explicitly (TexTemplate(tex_compiler=...)): such a
  // template is always compiled by that LaTeX compiler, whatever config.tex_compiler says.
  bool compiler_given = false;

  // The whole document (Manim's `body`): documentclass, preamble, \begin{document},
  // post_doc_commands, the placeholder, \end{document}. A template read from a file returns
  // the file's text.
  std::string body() const;
  // Appends (or, with prepend, puts first) a line to the preamble. Throws std::logic_error for
  // a template read from a file (Manim: "Cannot modify TexTemplate when using a template file.").
  TexTemplate& add_to_preamble(const std::string& txt, bool prepend = false);
  // Adds a line right after \begin{document} (e.g. \boldmath).
  TexTemplate& add_to_document(const std::string& txt);
  // The document with the placeholder replaced by `expression`.
  std::string get_texcode_for_expression(const std::string& expression) const;
  // The same inside \begin{env}...\end{env}; env may carry arguments ("tabular}{cc",
  // "{align*}", "\\begin{tabular}[t]{cccl}") as Manim accepts them.
  std::string get_texcode_for_expression_in_env(const std::string& expression,
                                                const std::string& environment) const;

  // Manim's TexTemplateFromFile: the body is the file's text (read now). Throws
  // std::invalid_argument naming the file when it cannot be read.
  static TexTemplate from_file(const std::string& tex_filename);
  const std::string& template_file() const { return template_file_; }

  bool operator==(const TexTemplate& o) const;

 private:
  std::string template_file_, file_body_;
};

// Manim's TexTemplateLibrary: default and threeb1b (3b1b's preamble), ctex (xelatex, .xdv, with
// ctex), simple (babel, amsmath, amssymb).
struct TexTemplateLibrary {
  static TexTemplate default_();
  static TexTemplate threeb1b();
  static TexTemplate ctex();
  static TexTemplate simple();
};

// The template Tex/MathTex use when none is given: config's tex_template (see
// set_config_tex_template), else TexTemplateFromFile(config.tex_template_file) when that is
// set, else TexTemplate().
TexTemplate config_tex_template();
// Sets (or with nullptr-like reset_config_tex_template() clears) config's template.
void set_config_tex_template(const TexTemplate& t);
void reset_config_tex_template();

}  // namespace manim
