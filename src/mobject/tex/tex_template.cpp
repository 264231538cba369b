// TexTemplate, TexTemplateFromFile, TexTemplateLibrary and config's template slot.
#include "manim/mobject/tex_template.hpp"

#include <fstream>
#include <mutex>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "manim/core/config.hpp"

namespace manim {

// Manim's default template text; media/Tex file names hash the whole document, so these must
// be byte-identical to Manim's for the names to agree.
const char* const TexTemplate::default_documentclass = "\\documentclass[preview]{standalone}";
const char* const TexTemplate::default_preamble =
    "\n\\usepackage[english]{babel}\n\\usepackage{amsmath}\n\\usepackage{amssymb}\n";
const char* const TexTemplate::default_placeholder_text = "YourTextHere";
const char* const TexTemplate::default_tex_compiler = "latex";
const char* const TexTemplate::default_output_format = ".dvi";

namespace {

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  if (from.empty()) return s;
  for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size())
    s.replace(p, from.size(), to);
  return s;
}

void refuse_file(const TexTemplate& t) {
  if (!t.template_file().empty())
    throw std::logic_error("TexTemplateFromFile('" + t.template_file() +
                           "'): cannot modify a TexTemplate read from a template file; edit "
                           "the file or use TexTemplate(preamble=...)");
}

// 3b1b's preamble as Manim's TexTemplateLibrary has it (byte-identical: it is hashed).
const char* const k3b1b_preamble =
    "\n\\usepackage[english]{babel}\n\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n"
    "\\usepackage{lmodern}\n\\usepackage{amsmath}\n\\usepackage{amssymb}\n"
    "\\usepackage{dsfont}\n\\usepackage{setspace}\n\\usepackage{tipa}\n\\usepackage{relsize}\n"
    "\\usepackage{textcomp}\n\\usepackage{mathrsfs}\n\\usepackage{calligra}\n"
    "\\usepackage{wasysym}\n\\usepackage{ragged2e}\n\\usepackage{physics}\n"
    "\\usepackage{xcolor}\n\\usepackage{microtype}\n"
    "\\DisableLigatures{encoding = *, family = * }\n\\linespread{1}\n";

std::mutex g_mutex;
std::optional<TexTemplate>& slot() {
  static std::optional<TexTemplate> s;
  return s;
}

}  // namespace

std::string TexTemplate::body() const {
  if (!template_file_.empty()) return file_body_;
  return documentclass + "\n" + preamble + "\n\\begin{document}\n" + post_doc_commands + "\n" +
         placeholder_text + "\n\n\\end{document}\n";
}

TexTemplate& TexTemplate::add_to_preamble(const std::string& txt, bool prepend) {
  refuse_file(*this);
  preamble = prepend ? txt + "\n" + preamble : preamble + "\n" + txt;
  return *this;
}

TexTemplate& TexTemplate::add_to_document(const std::string& txt) {
  refuse_file(*this);
  post_doc_commands += "\n" + txt + "\n";
  return *this;
}

std::string TexTemplate::get_texcode_for_expression(const std::string& expression) const {
  return replace_all(body(), placeholder_text, expression);
}

std::string TexTemplate::get_texcode_for_expression_in_env(const std::string& expression,
                                                           const std::string& environment) const {
  if (environment.empty())
    throw std::invalid_argument("TexTemplate: tex_environment is empty; use e.g. 'align*'");
  std::string env = environment;
  if (env.rfind("\\begin", 0) == 0) env = env.substr(6);
  if (!env.empty() && env[0] == '{') env = env.substr(1);
  std::string begin = "\\begin{" + env;
  if (begin.back() != '}' && begin.back() != ']') begin += "}";
  std::string end = "\\end{" + env.substr(0, env.find('}')) + "}";
  return replace_all(body(), placeholder_text, begin + "\n" + expression + "\n" + end);
}

TexTemplate TexTemplate::from_file(const std::string& tex_filename) {
  std::ifstream in(tex_filename, std::ios::binary);
  if (!in)
    throw std::invalid_argument("TexTemplateFromFile: cannot read the template file '" +
                                tex_filename + "'; pass tex_filename= an existing .tex file");
  std::ostringstream ss;
  ss << in.rdbuf();
  TexTemplate t;
  t.template_file_ = tex_filename;
  t.file_body_ = ss.str();
  return t;
}

bool TexTemplate::operator==(const TexTemplate& o) const {
  return body() == o.body() && tex_compiler == o.tex_compiler && output_format == o.output_format &&
         post_doc_commands == o.post_doc_commands;
}

TexTemplate TexTemplateLibrary::default_() { return threeb1b(); }

TexTemplate TexTemplateLibrary::threeb1b() {
  TexTemplate t;
  t.preamble = k3b1b_preamble;
  return t;
}

TexTemplate TexTemplateLibrary::ctex() {
  TexTemplate t;
  t.tex_compiler = "xelatex";
  t.output_format = ".xdv";
  t.compiler_given = true;
  t.preamble = replace_all(k3b1b_preamble, "\\DisableLigatures{encoding = *, family = * }",
                           "\\usepackage[UTF8]{ctex}");
  return t;
}

TexTemplate TexTemplateLibrary::simple() { return TexTemplate(); }

TexTemplate config_tex_template() {
  std::lock_guard lock(g_mutex);
  if (slot()) return *slot();
  const std::string& fn = config().tex_template_file;
  return fn.empty() ? TexTemplate() : TexTemplate::from_file(fn);
}

void set_config_tex_template(const TexTemplate& t) {
  std::lock_guard lock(g_mutex);
  slot() = t;
}

void reset_config_tex_template() {
  std::lock_guard lock(g_mutex);
  slot().reset();
}

}  // namespace manim
