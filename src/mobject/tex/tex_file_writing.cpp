// media/Tex files, the LaTeX engine (compiler + dvisvgm) and TeX error reports.
#include "mobject/tex/tex_file_writing.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <mutex>
#include <regex>
#include <sstream>
#include <vector>

#include "core/safe_files.hpp"
#include "manim/core/config.hpp"
#include "manim/mobject/tex_font_templates.hpp"

extern char** environ;

namespace manim::detail::tex {

namespace fs = std::filesystem;

namespace {

constexpr const char* kMathJaxMark =
    "<!-- manim.cpp: typeset by MathJax; the LaTeX engine replaces this file -->\n";

// ---- SHA-256 (FIPS 180-4) ----
constexpr std::array<std::uint32_t, 64> kK = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return {};
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t b = 0;
  while (b < s.size()) {
    std::size_t e = s.find('\n', b);
    if (e == std::string::npos) e = s.size();
    out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

std::mutex g_mutex;
std::atomic<std::size_t> g_latex_runs{0};
Reporter& reporter() {
  static Reporter r = [](const std::string& level, const std::string& line) {
    std::fprintf(stderr, "%-8s %s\n", level.c_str(), line.c_str());
    std::fflush(stderr);
  };
  return r;
}
void report(const std::string& level, const std::string& line) { reporter()(level, line); }

fs::path tex_dir() { return fs::path(config().get_dir("tex_dir")); }

// Runs argv (no shell) with stdin and stdout on /dev/null; returns the exit status (-1 when it
// could not start, errno in `err`).
int run(const std::vector<std::string>& argv, int& err) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  std::vector<char*> args;
  std::vector<std::string> copy = argv;
  for (auto& a : copy) args.push_back(a.data());
  args.push_back(nullptr);
  pid_t pid = 0;
  err = posix_spawnp(&pid, args[0], &fa, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (err != 0) return -1;
  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Manim's report of a failed compile: each "!" line of the log, the .tex lines around the
// "l.N" line that follows it, and a hint for two well-known causes.
void report_log(const fs::path& log_file, const fs::path& tex_file) {
  std::vector<std::string> log = split_lines(read_text(log_file));
  std::vector<std::string> tex = split_lines(read_text(tex_file));
  static const std::regex unicode(
      R"(inputenc Error: Unicode character (?:.*) \(U\+([0-9a-fA-F]+)\))");
  static const std::regex missing(R"(LaTeX Error: File `(.*?[clsty])' not found)");
  for (std::size_t i = 0; i < log.size(); ++i) {
    if (log[i].rfind("!", 0) != 0) continue;
    const std::string msg = log[i].size() > 2 ? log[i].substr(2) : "";
    report("ERROR", "LaTeX compilation error: " + msg);
    long line = -1;
    for (std::size_t j = i; j < log.size() && line < 0; ++j)
      if (log[j].rfind("l.", 0) == 0) line = std::strtol(log[j].c_str() + 2, nullptr, 10) - 1;
    if (line >= 0 && static_cast<std::size_t>(line) < tex.size()) {
      // Manim's window and mark: lines line-3 .. line+2, the arrow on the line before LaTeX's
      // l.N (right for environments such as align*, which report the error at their \end).
      std::string ctx = "Context of error: \n";
      const std::size_t at = static_cast<std::size_t>(line);
      std::size_t from = at >= 3 ? at - 3 : 0;
      std::size_t to = std::min(tex.size(), at + 3);
      if (at + 3 > tex.size()) from = at >= 1 ? at - 1 : 0;
      const std::size_t mark = at >= 1 ? at - 1 : 0;
      for (std::size_t k = from; k < to; ++k) ctx += (k == mark ? "-> " : "") + tex[k] + "\n";
      report("ERROR", ctx);
    }
    std::smatch m;
    if (std::regex_search(msg, m, unicode))
      report("INFO", "TexTemplate does not support the character U+" + m[1].str() +
                         "; use a template with a Unicode engine (TexTemplateLibrary.ctex) or "
                         "a TeX macro for it.");
    if (std::regex_search(msg, m, missing))
      report("INFO", "You do not have the LaTeX package " + m[1].str() +
                         " installed; install it with your TeX distribution (Debian: "
                         "texlive-latex-extra, texlive-science...) or check for typos.");
  }
}

void cleanup_dir(const fs::path& dir) {
  std::error_code ec;
  for (auto& e : fs::directory_iterator(dir, ec)) {
    const auto ext = e.path().extension().string();
    if (ext != ".svg" && ext != ".tex" && e.is_regular_file(ec)) fs::remove(e.path(), ec);
  }
}

bool is_dvisvgm_svg(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  char head[256] = {};
  in.read(head, sizeof head - 1);
  return std::strstr(head, "dvisvgm") != nullptr;
}

std::string strip_comments(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      out += s.substr(i, 2);
      ++i;
    } else if (s[i] == '%') {
      while (i < s.size() && s[i] != '\n') ++i;
      out += '\n';
    } else {
      out += s[i];
    }
  }
  return out;
}

// Position after a balanced {...} group starting at i (or after one token), or npos.
std::size_t skip_group(const std::string& s, std::size_t i) {
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  if (i >= s.size()) return std::string::npos;
  if (s[i] == '\\') {
    std::size_t j = i + 1;
    while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
    return j == i + 1 ? i + 2 : j;
  }
  if (s[i] != '{') return i + 1;
  int depth = 0;
  for (std::size_t j = i; j < s.size(); ++j) {
    if (s[j] == '\\') {
      ++j;
      continue;
    }
    if (s[j] == '{') ++depth;
    if (s[j] == '}' && --depth == 0) return j + 1;
  }
  return std::string::npos;
}

std::size_t skip_optional(const std::string& s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
  if (j < s.size() && s[j] == '[') {
    std::size_t e = s.find(']', j);
    return e == std::string::npos ? std::string::npos : e + 1;
  }
  return i;
}

// LaTeX packages MathJax stands in for: it provides their commands, or they only choose
// fonts, encodings and spacing of the document that MathJax's own layout replaces.
bool mathjax_has_package(const std::string& p) {
  static const char* const ok[] = {
      "babel",    "inputenc",  "fontenc",  "lmodern",   "amsmath",    "amssymb", "amsfonts",
      "amstext",  "amsbsy",    "amsopn",   "mathtools", "xcolor",     "color",   "cancel",
      "textcomp", "microtype", "setspace", "ragged2e",  "mathrsfs",   "dsfont",  "braket",
      "gensymb",  "upgreek",   "extpfeil", "preview",   "standalone", "graphicx"};
  for (const char* o : ok)
    if (p == o) return true;
  return false;
}

}  // namespace

std::string sha256_hex(const std::string& data) {
  std::uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  std::string msg = data;
  const std::uint64_t bits = static_cast<std::uint64_t>(data.size()) * 8;
  msg += static_cast<char>(0x80);
  while (msg.size() % 64 != 56) msg += '\0';
  for (int i = 7; i >= 0; --i) msg += static_cast<char>((bits >> (8 * i)) & 0xff);
  for (std::size_t off = 0; off < msg.size(); off += 64) {
    std::uint32_t w[64];
    for (int i = 0; i < 16; ++i) {
      const auto* b = reinterpret_cast<const unsigned char*>(msg.data() + off + 4 * i);
      w[i] = (std::uint32_t(b[0]) << 24) | (std::uint32_t(b[1]) << 16) |
             (std::uint32_t(b[2]) << 8) | b[3];
    }
    for (int i = 16; i < 64; ++i) {
      std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; ++i) {
      std::uint32_t t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) +
                         kK[static_cast<std::size_t>(i)] + w[i];
      std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      hh = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }
  char out[65];
  for (int i = 0; i < 8; ++i) std::snprintf(out + 8 * i, 9, "%08x", h[i]);
  return std::string(out, 64);
}

std::string tex_hash(const std::string& document) { return sha256_hex(document).substr(0, 16); }

std::string tex_document(const std::string& expression, const std::string& environment,
                         const TexTemplate& t) {
  return environment.empty() ? t.get_texcode_for_expression(expression)
                             : t.get_texcode_for_expression_in_env(expression, environment);
}

fs::path generate_tex_file(const std::string& document) {
  fs::path dir = tex_dir();
  fs::create_directories(dir);
  fs::path f = dir / (tex_hash(document) + ".tex");
  if (!fs::exists(f)) detail::write_file_atomic(f, document);
  return f;
}

bool uses_latex(const TexTemplate& t) {
  return t.compiler_given || config().tex_compiler == "latex";
}

std::string latex_svg(const std::string& document, const TexTemplate& t,
                      const std::string& subject) {
  std::lock_guard lock(g_mutex);
  fs::path tex_file = generate_tex_file(document);
  fs::path svg_file = fs::path(tex_file).replace_extension(".svg");
  if (fs::exists(svg_file) && is_dvisvgm_svg(svg_file)) return read_text(svg_file);
  const std::string& fmt = t.output_format;
  if (fmt != ".dvi" && fmt != ".xdv" && fmt != ".pdf")
    throw std::invalid_argument("TexTemplate: output_format '" + fmt +
                                "' is not one of .dvi, .xdv, .pdf");
  fs::path out = fs::path(tex_file).replace_extension(fmt);
  const std::string dir = tex_file.parent_path().string();
  if (!fs::exists(out)) {
    std::vector<std::string> argv;
    const std::string& c = t.tex_compiler;
    if (c == "latex" || c == "pdflatex" || c == "luatex" || c == "lualatex") {
      argv = {c,
              "-interaction=batchmode",
              "-output-format=" + fmt.substr(1),
              "-halt-on-error",
              "-output-directory=" + dir,
              tex_file.string()};
    } else if (c == "xelatex") {
      if (fmt == ".dvi")
        throw std::invalid_argument("TexTemplate: xelatex writes .xdv or .pdf, not .dvi");
      argv = {"xelatex"};
      if (fmt == ".xdv") argv.push_back("-no-pdf");
      for (const char* a : {"-interaction=batchmode", "-halt-on-error"}) argv.push_back(a);
      argv.push_back("-output-directory=" + dir);
      argv.push_back(tex_file.string());
    } else {
      throw std::invalid_argument("TexTemplate: unknown tex_compiler '" + c +
                                  "'; use latex, pdflatex, xelatex, lualatex or luatex");
    }
    int err = 0;
    ++g_latex_runs;
    int rc = run(argv, err);
    if (rc == -1)
      throw std::runtime_error("Tex: cannot run '" + c + "' (" + std::strerror(err) +
                               "); install LaTeX with `make setup-latex` (Debian's "
                               "texlive-latex-base, texlive-latex-extra, "
                               "texlive-fonts-recommended, dvisvgm) or set "
                               "config.tex_compiler = 'mathjax'");
    if (rc != 0) {
      fs::path log_file = fs::path(tex_file).replace_extension(".log");
      if (!fs::exists(log_file))
        throw std::runtime_error(c +
                                 " failed but did not produce a log file; check your LaTeX "
                                 "installation");
      report_log(log_file, tex_file);
      throw TexError(subject + ": " + c + " error converting to " + fmt.substr(1) +
                     ". See log output above or the log file: " + log_file.string());
    }
  }
  std::vector<std::string> argv = {"dvisvgm"};
  if (fmt == ".pdf") argv.push_back("--pdf");
  for (std::string a : {std::string("-p"), std::string("1"), out.string(), std::string("-n"),
                        std::string("-v"), std::string("0"), std::string("-o"), svg_file.string()})
    argv.push_back(a);
  int err = 0;
  int rc = run(argv, err);
  if (rc == -1)
    throw std::runtime_error(std::string("Tex: cannot run 'dvisvgm' (") + std::strerror(err) +
                             "); install it with `make setup-latex` (Debian's dvisvgm)");
  if (!fs::exists(svg_file) || !is_dvisvgm_svg(svg_file))
    throw std::runtime_error("Tex: dvisvgm could not convert '" + out.string() +
                             "' to SVG; update dvisvgm to 2.4 or later");
  if (!config().no_latex_cleanup) cleanup_dir(tex_file.parent_path());
  return read_text(svg_file);
}

std::string mathjax_prefix(const TexTemplate& t, const std::string& document,
                           const std::string& subject) {
  // A template file: everything before \begin{document} counts as its preamble.
  std::string pre = t.template_file().empty() ? t.preamble : t.body();
  if (auto b = pre.find("\\begin{document}"); b != std::string::npos) pre = pre.substr(0, b);
  pre = strip_comments(pre);
  // A font template sets the font with LaTeX packages (mathastext, fontspec...): name it.
  if (auto font = find_tex_font_template(t))
    mathjax_error(document,
                  std::string("the TeX template is TexFontTemplates.") + font->name + " (" +
                      font->description + "), whose font packages MathJax cannot provide",
                  "install LaTeX with `make setup-latex` and set config.tex_compiler = 'latex' "
                  "(--tex_compiler latex); some font templates also need xelatex or lualatex "
                  "and the font installed",
                  subject, "");
  static const std::regex use(R"(\\(?:usepackage|RequirePackage)\s*(?:\[[^\]]*\])?\s*\{([^}]*)\})");
  for (auto it = std::sregex_iterator(pre.begin(), pre.end(), use); it != std::sregex_iterator();
       ++it) {
    std::stringstream names((*it)[1].str());
    std::string name;
    while (std::getline(names, name, ',')) {
      name.erase(0, name.find_first_not_of(" \t\n"));
      name.erase(name.find_last_not_of(" \t\n") + 1);
      if (!name.empty() && !mathjax_has_package(name))
        mathjax_error(
            document,
            "the TeX template loads the package '" + name + "', which MathJax cannot provide",
            "install LaTeX with `make setup-latex` and set config.tex_compiler = "
            "'latex' (--tex_compiler latex), or remove \\usepackage{" +
                name + "} from the template",
            subject, "");
    }
  }
  // The definitions, in order; other preamble commands (\linespread...) only set the layout of
  // a LaTeX document and have no MathJax counterpart.
  static const char* const defs[] = {
      "newcommand", "renewcommand", "providecommand", "DeclareMathOperator",
      "def",        "let",          "newenvironment", "renewenvironment"};
  std::string out;
  for (std::size_t i = 0; i < pre.size(); ++i) {
    if (pre[i] != '\\') continue;
    std::size_t j = i + 1;
    while (j < pre.size() && std::isalpha(static_cast<unsigned char>(pre[j]))) ++j;
    const std::string cmd = pre.substr(i + 1, j - i - 1);
    bool is_def = false;
    for (const char* d : defs) is_def = is_def || cmd == d;
    if (!is_def) {
      i = j - 1;
      continue;
    }
    std::size_t k = j;
    if (k < pre.size() && pre[k] == '*') ++k;
    k = skip_group(pre, k);  // the name
    if (cmd == "def") {
      while (k != std::string::npos && k < pre.size() && pre[k] != '{') ++k;  // parameters
      k = skip_group(pre, k);
    } else if (cmd == "let") {
      while (k < pre.size() && (std::isspace(static_cast<unsigned char>(pre[k])) || pre[k] == '='))
        ++k;
      k = skip_group(pre, k);
    } else {
      if (k != std::string::npos) k = skip_optional(pre, k);
      if (k != std::string::npos) k = skip_optional(pre, k);
      if (k != std::string::npos) k = skip_group(pre, k);
      if (k != std::string::npos && (cmd == "newenvironment" || cmd == "renewenvironment"))
        k = skip_group(pre, k);
    }
    if (k == std::string::npos)
      mathjax_error(document, "the TeX template's \\" + cmd + " is incomplete", "close its braces",
                    subject, "");
    std::string d = pre.substr(i, k - i);
    // MathJax knows \newcommand and \renewcommand; \providecommand defines only when missing,
    // which for a fresh group is the same.
    if (cmd == "providecommand") d = "\\newcommand" + d.substr(15);
    out += d + " ";
    i = k - 1;
  }
  std::string post = t.template_file().empty() ? t.post_doc_commands : "";
  post.erase(0, post.find_first_not_of(" \t\n"));
  post.erase(post.find_last_not_of(" \t\n") + 1);
  if (!post.empty()) out += post + " ";
  // \begingroup keeps the definitions to this formula (the worker also resets the groups
  // before each formula).
  return out.empty() ? "" : "\\begingroup " + out;
}

void record_mathjax_result(const std::string& document, const std::string& mathjax_input,
                           const std::string& svg) {
  try {
    fs::path tex_file = generate_tex_file(document);
    fs::path svg_file = fs::path(tex_file).replace_extension(".svg");
    if (!fs::exists(svg_file)) detail::write_file_atomic(svg_file, kMathJaxMark + svg);
    if (config().no_latex_cleanup) {
      fs::path log_file = fs::path(tex_file).replace_extension(".log");
      if (!fs::exists(log_file))
        detail::write_file_atomic(log_file, "manim.cpp typeset " + tex_file.filename().string() +
                                                " with MathJax (config.tex_compiler = "
                                                "'mathjax'); MathJax input:\n" +
                                                mathjax_input + "\n");
    }
  } catch (const std::exception& e) {
    // The media/Tex copies are for the user; an unwritable folder only loses them.
    detail::warn(std::string("Tex: cannot write to the TeX folder: ") + e.what());
  }
}

void mathjax_error(const std::string& document, const std::string& message, const std::string& hint,
                   const std::string& subject, const std::string& expression) {
  std::string log_name = "(not written)";
  try {
    fs::path tex_file = generate_tex_file(document);
    fs::path log_file = fs::path(tex_file).replace_extension(".log");
    detail::write_file_atomic(log_file, "! MathJax: " + message + "\n" + hint + "\n");
    log_name = log_file.string();
  } catch (const std::exception&) {
  }
  report("ERROR", "MathJax error: " + message);
  // The offending line of the document's expression: the first naming what MathJax quotes
  // ('name') or the control sequence it names; for brace errors the line whose braces do not
  // balance.
  std::vector<std::string> lines = split_lines(document);
  std::size_t first = 0, last = lines.size();
  const std::size_t at = expression.empty() ? std::string::npos : document.find(expression);
  if (at != std::string::npos) {
    first = static_cast<std::size_t>(std::count(document.begin(), document.begin() + at, '\n'));
    last = first +
           static_cast<std::size_t>(std::count(expression.begin(), expression.end(), '\n')) + 1;
  }
  auto balance = [](const std::string& l) {
    long b = 0;
    for (std::size_t i = 0; i < l.size(); ++i) {
      if (l[i] == '\\') {
        ++i;
        continue;
      }
      b += l[i] == '{' ? 1 : l[i] == '}' ? -1 : 0;
    }
    return b;
  };
  static const std::regex quoted(R"('([^']+)')");
  static const std::regex control(R"((\\[A-Za-z]+))");
  std::smatch m;
  long hit = -1;
  std::string token;
  if (std::regex_search(message, m, quoted) || std::regex_search(message, m, control))
    token = m[1].str();
  for (std::size_t k = first; k < last && hit < 0 && !token.empty(); ++k)
    if (lines[k].find(token) != std::string::npos) hit = static_cast<long>(k);
  if (hit < 0 && message.find("Missing close brace") != std::string::npos)
    for (std::size_t k = first; k < last; ++k)
      if (balance(lines[k]) > 0) hit = static_cast<long>(k);
  if (hit < 0 && message.find("Extra close brace") != std::string::npos)
    for (std::size_t k = first; k < last && hit < 0; ++k)
      if (balance(lines[k]) < 0) hit = static_cast<long>(k);
  // Template errors (no expression) show no context, as Manim shows none outside the input.
  if (hit >= 0 && !expression.empty()) {
    const std::size_t k = static_cast<std::size_t>(hit);
    std::string ctx = "Context of error: \n";
    for (std::size_t q = k >= 3 ? k - 3 : 0; q < std::min(lines.size(), k + 3); ++q)
      ctx += (q == k ? "-> " : "") + lines[q] + "\n";
    report("ERROR", ctx);
  }
  if (!hint.empty()) report("INFO", hint);
  throw TexError(subject + ": MathJax error converting to svg: " + message + " (" + hint +
                 "). See log output above or the log file: " + log_name);
}

void set_reporter(Reporter r) {
  if (r) reporter() = std::move(r);
}

std::size_t latex_run_count() { return g_latex_runs.load(); }

}  // namespace manim::detail::tex
