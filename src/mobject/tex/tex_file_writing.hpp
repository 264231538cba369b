// Internal: Manim's media/Tex files and the two TeX engines behind Tex/MathTex.
//
// Every string Tex/MathTex typeset is placed in its template (TexTemplate) and written to
// <tex_dir>/<hash>.tex, hash = first 16 hex digits of sha256(document) as Manim names them.
//   - LaTeX engine (config.tex_compiler = "latex", or a template with an explicit compiler):
//     Manim's route: <hash>.tex -> latex/xelatex/... -> <hash>.dvi/.xdv/.pdf -> dvisvgm
//     -> <hash>.svg; an existing dvisvgm <hash>.svg is reused (no latex process starts).
//     Without no_latex_cleanup every other file of the folder but .tex and .svg is removed,
//     as Manim does.
//   - MathJax engine (default): the MathJax SVG is also saved as <hash>.svg (marked by a first
//     line comment, so the LaTeX engine never takes it for its own); with no_latex_cleanup a
//     <hash>.log records the engine and the MathJax input; a MathJax error writes <hash>.log.
// A TeX error prints Manim's report (the compiler's message, the offending lines of the .tex)
// through the error reporter and throws TexError ("... See log output above or the log file:
// <hash>.log").
#pragma once
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>

#include "manim/mobject/tex_template.hpp"

namespace manim::detail::tex {

// Manim's ValueError for TeX that does not compile.
struct TexError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

std::string sha256_hex(const std::string& data);
// Manim's tex_hash: the first 16 hex digits of sha256(document).
std::string tex_hash(const std::string& document);

// The document for one string: the template with `expression` in `environment` (none when
// empty).
std::string tex_document(const std::string& expression, const std::string& environment,
                         const TexTemplate& t);

// Writes <tex_dir>/<hash>.tex when missing and returns its path.
std::filesystem::path generate_tex_file(const std::string& document);

// True when this template is typeset by LaTeX (config.tex_compiler or its own compiler).
bool uses_latex(const TexTemplate& t);

// LaTeX engine: the dvisvgm SVG text of the document. Throws TexError for TeX errors (after
// reporting them), std::runtime_error when the compiler or dvisvgm is missing.
std::string latex_svg(const std::string& document, const TexTemplate& t,
                      const std::string& subject);

// MathJax engine: what MathJax must be given before the expression for this template (the
// preamble's definitions); throws TexError naming a package MathJax cannot provide.
std::string mathjax_prefix(const TexTemplate& t, const std::string& document,
                           const std::string& subject);
// MathJax engine bookkeeping in media/Tex (see above).
void record_mathjax_result(const std::string& document, const std::string& mathjax_input,
                           const std::string& svg);
// Reports a MathJax error as Manim reports a LaTeX one and throws TexError.
// `subject` starts the exception's message ("MathTex: cannot typeset 'x'").
// `expression` (the string placed in the document) limits where the offending line is looked
// for.
[[noreturn]] void mathjax_error(const std::string& document, const std::string& message,
                                const std::string& hint, const std::string& subject,
                                const std::string& expression);

// Where error reports go (one call per line). Default: stderr. The Python package sends them
// to stdout as Manim's logger does.
using Reporter = std::function<void(const std::string& level, const std::string& line)>;
void set_reporter(Reporter r);

// How many LaTeX compiler processes this process has started (for tests).
std::size_t latex_run_count();

}  // namespace manim::detail::tex
