// SingleStringMathTex, MathTex and Tex on top of the MathJax worker.
#include "manim/mobject/tex.hpp"

#include <algorithm>
#include <cctype>
#include <regex>
#include <stdexcept>

#include "mobject/family.hpp"
#include "mobject/svg/svg_mobject.hpp"
#include "mobject/tex/tex_file_writing.hpp"
#include "mobject/tex/tex_renderer.hpp"

namespace manim {

namespace {

using detail::SvgLeafNode;
using detail::SvgNode;

// A 10 pt TeX em is 9.96264 bp and Manim maps 1 bp to font_size/960 scene units; MathJax's SVG
// unit is 1/1000 em.
double unit_scale(double font_size) { return font_size * (10.0 * 72.0 / 72.27) / 960.0 / 1000.0; }

std::string strip(const std::string& s) {
  auto b = s.find_first_not_of(" \t\n\r");
  if (b == std::string::npos) return "";
  auto e = s.find_last_not_of(" \t\n\r");
  return s.substr(b, e - b + 1);
}

std::string no_space(const std::string& s) {
  std::string o;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c))) o += c;
  return o;
}

bool ends_with(const std::string& s, const std::string& suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size())
    s.replace(p, from.size(), to);
  return s;
}

// Manim's fix-ups so that a fragment of a formula typesets on its own (only used to count the
// fragment's glyphs).
std::string modify_special_strings(std::string tex) {
  tex = strip(tex);
  if (tex == "\\over" || tex == "\\overline" || tex == "\\sqrt" || tex == "\\sqrt{" ||
      ends_with(tex, "_") || ends_with(tex, "^") || ends_with(tex, "dot"))
    tex += "{\\quad}";
  if (tex == "\\substack" || tex.empty()) tex = "\\quad";
  if (tex.rfind("\\\\", 0) == 0) tex = replace_all(tex, "\\\\", "\\quad\\\\");
  auto count_delims = [&](const std::string& cmd) {
    int n = 0;
    for (std::size_t p = 0; (p = tex.find(cmd, p)) != std::string::npos; p += cmd.size()) {
      std::size_t q = p + cmd.size();
      if (q < tex.size() && std::string("(){}[]|.\\").find(tex[q]) != std::string::npos) ++n;
    }
    return n;
  };
  if (count_delims("\\left") != count_delims("\\right")) {
    tex = replace_all(tex, "\\left", "\\big");
    tex = replace_all(tex, "\\right", "\\big");
  }
  auto count = [&](const std::string& sub) {
    long n = 0;
    for (std::size_t p = 0; (p = tex.find(sub, p)) != std::string::npos; p += sub.size()) ++n;
    return n;
  };
  long lefts = count("{") - count("\\{") + count("\\\\{");
  long rights = count("}") - count("\\}") + count("\\\\}");
  for (; rights > lefts; ++lefts) tex = "{" + tex;
  for (; lefts > rights; ++rights) tex += "}";
  bool b = tex.find("\\begin{array}") != std::string::npos;
  bool e = tex.find("\\end{array}") != std::string::npos;
  if (b != e) tex = "";
  return tex;
}

std::string text_mode_for_mathjax(const std::string& tex);

// A text-mode environment MathJax cannot lay out (reported with the document by typeset()).
struct TextEnvError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};
[[noreturn]] void text_env_error(const std::string&, const std::string& msg) {
  throw TextEnvError(msg);
}

// Splits `body` at top-level (outside braces and $...$) occurrences of `sep`, a control word
// ("\item") or a separator ("\\", "&").
std::vector<std::string> split_top_level(const std::string& body, const std::string& sep) {
  std::vector<std::string> out(1);
  bool math = false;
  int depth = 0;
  const bool word = std::isalpha(static_cast<unsigned char>(sep.back()));
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (!math && depth == 0 && body.compare(i, sep.size(), sep) == 0 &&
        (!word || i + sep.size() >= body.size() ||
         !std::isalpha(static_cast<unsigned char>(body[i + sep.size()])))) {
      out.emplace_back();
      i += sep.size() - 1;
      continue;
    }
    const char c = body[i];
    if (c == '\\' && i + 1 < body.size()) {
      out.back() += body.substr(i, 2);
      ++i;
      continue;
    }
    if (c == '$') math = !math;
    if (c == '{') ++depth;
    if (c == '}') --depth;
    out.back() += c;
  }
  return out;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\n\r") == std::string::npos; }

// Leading \hline (and \cline{..}) commands of a tabular row, moved out of the row's text.
std::string take_rules(std::string& row) {
  std::string rules;
  while (true) {
    const std::string t = strip(row);
    if (t.rfind("\\hline", 0) == 0) {
      rules += "\\hline ";
      row = t.substr(6);
    } else {
      row = t;
      return rules;
    }
  }
}

// One cell or item of text: MathJax's text mode (logos, rows) around its content.
std::string text_cell(const std::string& s) {
  const std::string t = strip(s);
  return t.empty() ? "" : text_mode_for_mathjax(t);
}

std::string list_for_mathjax(const std::string& tex, const std::string& env,
                             const std::string& body) {
  auto items = split_top_level(body, "\\item");
  if (!blank(items[0]))
    text_env_error(tex, "text before the first \\item of " + env + " ('" + strip(items[0]) + "')");
  if (items.size() < 2) text_env_error(tex, env + " has no \\item");
  std::string out = "$\\begin{manimlist}";
  for (std::size_t i = 1; i < items.size(); ++i) {
    std::string item = strip(items[i]);
    std::string label = env == "itemize" ? "\\bullet" : "\\text{" + std::to_string(i) + ".}";
    if (!item.empty() && item[0] == '[') {  // \item[label]
      const auto close = item.find(']');
      if (close == std::string::npos) text_env_error(tex, "\\item[ without its closing ]");
      label = text_cell(item.substr(1, close - 1));
      item = item.substr(close + 1);
    }
    out += (i > 1 ? "\\\\" : "") + label + "&" + text_cell(item);
  }
  return out + "\\end{manimlist}$";
}

std::string tabular_for_mathjax(const std::string& tex, const std::string& spec,
                                const std::string& body) {
  auto rows = split_top_level(body, "\\\\");
  std::string out = "$\\begin{manimtabular}{" + spec + "}";
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::string row = rows[r];
    const std::string rules = take_rules(row);
    if (r + 1 == rows.size() && blank(row)) {  // after the last \\: only rules
      if (!rules.empty()) out += "\\\\" + rules;
      break;
    }
    out += (r ? "\\\\" : "") + rules;
    auto cells = split_top_level(row, "&");
    for (std::size_t c = 0; c < cells.size(); ++c) out += (c ? "&" : "") + text_cell(cells[c]);
  }
  if (out.find("manimtabular}{") == std::string::npos) text_env_error(tex, "empty tabular");
  return out + "\\end{manimtabular}$";
}

// The text-mode environments Manim users put in Tex, rebuilt from typeset pieces as LaTeX lays
// them out: itemize and enumerate (labels right-aligned, \labelsep before the items, items
// \baselineskip + \itemsep + \parsep apart), tabular (columns 2 \tabcolsep apart, \hline and |
// rules). Other environments are an error naming them.
std::string text_environments_for_mathjax(const std::string& tex) {
  std::string out;
  bool math = false;
  for (std::size_t i = 0; i < tex.size(); ++i) {
    if (tex[i] == '\\' && i + 1 < tex.size() && tex[i + 1] == '$') {
      out += "\\$";
      ++i;
      continue;
    }
    if (tex[i] == '$') math = !math;
    if (math || tex.compare(i, 7, "\\begin{") != 0) {
      out += tex[i];
      continue;
    }
    const auto name_end = tex.find('}', i + 7);
    if (name_end == std::string::npos) text_env_error(tex, "\\begin{ without its closing }");
    const std::string env = tex.substr(i + 7, name_end - i - 7);
    if (env != "itemize" && env != "enumerate" && env != "tabular")
      text_env_error(tex, "MathJax has no text-mode environment '" + env + "'");
    // The matching \end{env} (same-named environments nest).
    const std::string b = "\\begin{" + env + "}", e = "\\end{" + env + "}";
    std::size_t pos = name_end + 1, depth = 1, end = std::string::npos;
    while (depth > 0) {
      const auto nb = tex.find(b, pos), ne = tex.find(e, pos);
      if (ne == std::string::npos) text_env_error(tex, b + " without " + e);
      if (nb < ne) {
        ++depth;
        pos = nb + b.size();
      } else {
        --depth;
        end = ne;
        pos = ne + e.size();
      }
    }
    std::size_t body_start = name_end + 1;
    std::string body = tex.substr(body_start, end - body_start);
    for (const char* nested : {"\\begin{itemize}", "\\begin{enumerate}", "\\begin{tabular}"})
      if (body.find(nested) != std::string::npos)
        text_env_error(tex, std::string("nested ") + (nested + 7) + "... inside " + env +
                                " is not supported through MathJax");
    if (env == "tabular") {
      std::size_t k = 0;
      while (k < body.size() && std::isspace(static_cast<unsigned char>(body[k]))) ++k;
      if (k < body.size() && body[k] == '[') {  // [t], [b]: the vertical anchor, no layout change
        const auto close = body.find(']', k);
        if (close == std::string::npos) text_env_error(tex, "\\begin{tabular}[ without ]");
        k = close + 1;
      }
      while (k < body.size() && std::isspace(static_cast<unsigned char>(body[k]))) ++k;
      if (k >= body.size() || body[k] != '{')
        text_env_error(tex, "\\begin{tabular} needs its column specification, e.g. {cc}");
      int d = 0;
      std::size_t s = k;
      for (; s < body.size(); ++s) {
        if (body[s] == '{') ++d;
        if (body[s] == '}' && --d == 0) break;
      }
      if (s >= body.size()) text_env_error(tex, "unclosed tabular column specification");
      out += tabular_for_mathjax(tex, body.substr(k + 1, s - k - 1), body.substr(s + 1));
    } else {
      out += list_for_mathjax(tex, env, body);
    }
    i = pos - 1;
  }
  return out;
}

// Text-mode TeX for MathJax's \text: rows split at top-level \\ (outside math and braces)
// and stacked centred, as LaTeX's center environment sets them; \LaTeX and \TeX, which MathJax
// only defines in math mode, are typeset there.
std::string text_mode_for_mathjax(const std::string& tex) {
  std::vector<std::string> rows(1);
  bool math = false;
  int depth = 0;
  for (std::size_t i = 0; i < tex.size(); ++i) {
    const char c = tex[i];
    if (c == '\\' && i + 1 < tex.size()) {
      if (!math && depth == 0 && tex[i + 1] == '\\') {
        rows.emplace_back();
        ++i;
        continue;
      }
      bool logo_done = false;
      for (const char* logo : {"LaTeX", "TeX"}) {
        const std::size_t n = std::char_traits<char>::length(logo);
        if (!logo_done && !math && tex.compare(i + 1, n, logo) == 0 &&
            (i + 1 + n >= tex.size() ||
             !std::isalpha(static_cast<unsigned char>(tex[i + 1 + n])))) {
          rows.back() += "$\\" + std::string(logo) + "$";
          i += n;
          logo_done = true;
        }
      }
      if (logo_done) continue;
      rows.back() += tex.substr(i, 2);
      ++i;
      continue;
    }
    if (c == '$') math = !math;
    if (c == '{') ++depth;
    if (c == '}') --depth;
    rows.back() += c;
  }
  while (rows.size() > 1 && rows.back().find_first_not_of(" \t\n") == std::string::npos)
    rows.pop_back();
  if (rows.size() == 1) return "\\text{" + rows[0] + "}";
  std::string out = "\\begin{manimcenter}";
  for (std::size_t r = 0; r < rows.size(); ++r)
    out += (r ? "\\\\" : "") + ("\\text{" + rows[r] + "}");
  return out + "\\end{manimcenter}";
}

// What MathJax is given for a string in a Manim tex environment.
std::string wrap_for_mathjax(const std::string& tex, const std::string& env) {
  if (env == "center" || env == "text" || env.empty())
    return text_mode_for_mathjax(text_environments_for_mathjax(tex));
  bool multiline = tex.find("\\\\") != std::string::npos;
  for (std::size_t i = 0; i < tex.size() && !multiline; ++i)
    if (tex[i] == '&' && (i == 0 || tex[i - 1] != '\\')) multiline = true;
  if (multiline) return "\\begin{aligned}" + tex + "\\end{aligned}";
  return tex;
}

// {{ }} groups and isolated substrings become separate parts (Manim's _break_up_tex_strings).
std::vector<std::string> break_up_tex_strings(const std::vector<std::string>& strings,
                                              const MathTexArgs& a) {
  std::vector<std::string> split;
  static const std::regex braces("\\{\\{(.*?)\\}\\}");
  for (const std::string& s : strings) {
    // re.split with one capture group: text, group, text, group, ..., text.
    std::size_t last = 0;
    for (auto it = std::sregex_iterator(s.begin(), s.end(), braces); it != std::sregex_iterator();
         ++it) {
      split.push_back(s.substr(last, static_cast<std::size_t>(it->position()) - last));
      split.push_back((*it)[1].str());
      last = static_cast<std::size_t>(it->position() + it->length());
    }
    split.push_back(s.substr(last));
  }
  std::vector<std::string> keys = a.substrings_to_isolate;
  for (auto& [k, c] : a.tex_to_color_map) keys.push_back(k);
  std::vector<std::string> pieces;
  for (const std::string& s : split) {
    // Split at the leftmost occurrence of any key (first key wins at equal positions).
    std::size_t pos = 0;
    while (true) {
      std::size_t best = std::string::npos, len = 0;
      for (const auto& k : keys) {
        if (k.empty()) continue;
        std::size_t f = s.find(k, pos);
        if (f < best) {
          best = f;
          len = k.size();
        }
      }
      if (best == std::string::npos) break;
      pieces.push_back(s.substr(pos, best - pos));
      pieces.push_back(s.substr(best, len));
      pos = best + len;
    }
    pieces.push_back(s.substr(pos));
  }
  std::vector<std::string> out;
  for (auto& p : pieces)
    if (!p.empty()) out.push_back(p);
  return out;
}

std::string joined(const std::vector<std::string>& v, const std::string& sep) {
  std::string o;
  for (std::size_t i = 0; i < v.size(); ++i) o += (i ? sep : "") + v[i];
  return o;
}

[[noreturn]] void typeset_error(const std::string& tex, const std::string& msg) {
  throw std::invalid_argument("MathTex: cannot typeset '" + tex + "': " + msg);
}

// Scene units per SVG unit at font size 48 (Manim's default; other sizes scale afterwards,
// as Manim's font_size setter does). dvisvgm writes TeX points as bp; Manim maps 1 bp to
// font_size/960 units.
constexpr double kBaseFontSize = DEFAULT_FONT_SIZE;
double latex_unit_scale() { return kBaseFontSize / 960.0; }

struct Typeset {
  std::vector<std::string> svg;  // one per expression; empty when that part failed
  std::vector<std::string> error;
  bool latex = false;
};

// Typesets exprs[0] (the whole string) and the parts after it with the template's engine;
// writes them to media/Tex. An error in exprs[0] is reported (TexError); part errors are
// returned.
Typeset typeset(const std::vector<std::string>& exprs, const std::string& env,
                const TexTemplate& tpl, bool text_mode, const std::string& shown) {
  const std::string subject =
      std::string(text_mode ? "Tex" : "MathTex") + ": cannot typeset '" + shown + "'";
  Typeset out;
  out.svg.resize(exprs.size());
  out.error.resize(exprs.size());
  std::vector<std::string> docs;
  for (const auto& e : exprs) docs.push_back(detail::tex::tex_document(e, env, tpl));
  if (detail::tex::uses_latex(tpl)) {
    out.latex = true;
    for (std::size_t i = 0; i < exprs.size(); ++i) {
      try {
        out.svg[i] = detail::tex::latex_svg(docs[i], tpl, subject);
      } catch (const detail::tex::TexError& e) {
        if (i == 0) throw;
        out.error[i] = e.what();
      }
    }
    return out;
  }
  const std::string prefix = detail::tex::mathjax_prefix(tpl, docs[0], subject);
  std::vector<detail::tex::Request> reqs;
  const std::string suffix = prefix.empty() ? "" : " \\endgroup";
  std::vector<std::string> env_errors(exprs.size());
  for (std::size_t i = 0; i < exprs.size(); ++i) {
    try {
      reqs.push_back({prefix + wrap_for_mathjax(exprs[i], env) + suffix, true});
    } catch (const TextEnvError& e) {
      if (i == 0)
        detail::tex::mathjax_error(docs[0], e.what(),
                                   "Tex lays out itemize, enumerate and tabular through MathJax; "
                                   "use the LaTeX engine (config.tex_compiler = 'latex') for this",
                                   subject, exprs[0]);
      env_errors[i] = e.what();
      reqs.push_back({"\\quad", true});
    }
  }
  auto res = detail::tex::render_batch(reqs);
  if (!res[0].ok())
    detail::tex::mathjax_error(
        docs[0], res[0].error,
        text_mode ? "Tex is typeset by MathJax's text mode, which lacks this; put math in "
                    "$...$, write it without the macro, or use the LaTeX engine "
                    "(config.tex_compiler = 'latex')"
                  : "MathJax lacks this; use the LaTeX engine (config.tex_compiler = 'latex') "
                    "for LaTeX's full vocabulary",
        subject, exprs[0]);
  for (std::size_t i = 0; i < exprs.size(); ++i) {
    if (!env_errors[i].empty()) {
      out.error[i] = env_errors[i];
      continue;
    }
    if (!res[i].ok()) {
      out.error[i] = res[i].error;
      continue;
    }
    out.svg[i] = res[i].svg;
    detail::tex::record_mathjax_result(docs[i], reqs[i].tex, res[i].svg);
  }
  return out;
}

// LaTeX's \cdots, \ldots, \vdots and \ddots are three period glyphs each (\mathinner{\cdotp
// \cdotp\cdotp}, a \vbox of three \hbox{.}); MathJax draws one glyph. Each dot becomes a
// shape of its own, left to right (\vdots top to bottom), so tex[0][i] counts as LaTeX's.
void split_dot_glyphs(detail::svg::Document& doc) {
  std::vector<detail::svg::Shape> out;
  out.reserve(doc.shapes.size());
  for (auto& s : doc.shapes) {
    const std::string* c = s.attr("data-c");
    const bool dots = c && (*c == "22EF" || *c == "2026" || *c == "22EE" || *c == "22F1");
    if (!dots || s.points.size() < 8 || s.points.size() % 4 != 0) {
      out.push_back(std::move(s));
      continue;
    }
    std::vector<detail::svg::Shape> parts;
    for (std::size_t i = 0; i < s.points.size(); i += 4) {
      if (i == 0 || (s.points[i] - s.points[i - 1]).norm() > 1e-9) {
        parts.push_back(s);
        parts.back().points.clear();
      }
      parts.back().points.insert(parts.back().points.end(), s.points.begin() + static_cast<long>(i),
                                 s.points.begin() + static_cast<long>(i + 4));
    }
    const bool vertical = *c == "22EE";
    auto key = [&](const detail::svg::Shape& p) {
      double lo = 1e300, hi = -1e300;
      for (const Vec3& q : p.points) {
        const double v = vertical ? q.y : q.x;  // y grows downwards: top first
        lo = std::min(lo, v), hi = std::max(hi, v);
      }
      return (lo + hi) / 2;
    };
    std::stable_sort(parts.begin(), parts.end(),
                     [&](const auto& a, const auto& b) { return key(a) < key(b); });
    for (auto& p : parts) out.push_back(std::move(p));
  }
  doc.shapes = std::move(out);
}

// TeX ships a vertical list top to bottom, so what is stacked over a base comes before it:
// limits (\sum^n, \xrightarrow{a}, \overbrace{..}^n), accents (\hat, \vec, \widehat) and
// \overline precede their base, an under part follows it; a root's index comes before the
// radical sign; the glyphs of an operator (the pieces of a stretched brace, arrow or delimiter)
// come left to right (top to bottom), as \downbracefill and TeX's delimiter builder place them.
// MathJax writes the base first, then under, then over, and a brace's ends before its middle and
// extenders.
void order_stacks_like_tex(detail::svg::Document& doc) {
  auto& shapes = doc.shapes;
  auto inside = [&](int g, int anc) {
    for (; g >= 0; g = doc.groups[static_cast<std::size_t>(g)].parent)
      if (g == anc) return true;
    return false;
  };
  for (std::size_t gi = 0; gi < doc.groups.size(); ++gi) {
    const int g = static_cast<int>(gi);
    const std::string* kind = doc.groups[gi].attr("data-mml-node");
    if (!kind) continue;
    const bool stack = *kind == "mover" || *kind == "munderover";
    if (!stack && *kind != "mroot" && *kind != "mo") continue;
    std::size_t begin = shapes.size(), end = 0;
    for (std::size_t i = 0; i < shapes.size(); ++i)
      if (inside(shapes[i].group, g)) {
        begin = std::min(begin, i);
        end = i + 1;
      }
    if (begin >= end || end - begin < 2) continue;
    auto first = shapes.begin() + static_cast<long>(begin);
    auto last = shapes.begin() + static_cast<long>(end);
    if (*kind == "mo") {
      double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
      for (auto it = first; it != last; ++it) {
        for (const Vec3& p : it->points) {
          x0 = std::min(x0, p.x), x1 = std::max(x1, p.x);
          y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
        }
      }
      const bool horizontal = x1 - x0 > y1 - y0;
      auto key = [&](const detail::svg::Shape& s) {
        double lo = 1e300, hi = -1e300;
        for (const Vec3& p : s.points) {
          const double v = horizontal ? p.x : p.y;  // y grows downwards: top first
          lo = std::min(lo, v), hi = std::max(hi, v);
        }
        return s.points.empty() ? 0.0 : (lo + hi) / 2;
      };
      std::stable_sort(first, last, [&](const auto& a, const auto& b) { return key(a) < key(b); });
      continue;
    }
    std::vector<int> kids;
    for (std::size_t k = gi + 1; k < doc.groups.size(); ++k)
      if (doc.groups[k].parent == g) kids.push_back(static_cast<int>(k));
    // MathML child order: mover (base, over), munderover (base, under, over), mroot (base, index).
    int front = -1, back = -1;
    if (*kind == "mover" && kids.size() == 2) front = kids[1];
    if (*kind == "munderover" && kids.size() == 3) front = kids[2], back = kids[1];
    if (*kind == "mroot" && kids.size() >= 2) front = kids[1];
    auto rank = [&](const detail::svg::Shape& s) {
      if (front >= 0 && inside(s.group, front)) return 0;
      if (back >= 0 && inside(s.group, back)) return 2;
      return 1;
    };
    std::stable_sort(first, last, [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  }
}

// Puts MathJax's rules where TeX ships them (numerator, fraction bar, denominator; radical sign,
// vinculum, radicand) so the glyph order matches Manim's dvisvgm import.
void order_like_tex(detail::svg::Document& doc) {
  auto& shapes = doc.shapes;
  auto inside = [&](int g, int anc) {
    for (; g >= 0; g = doc.groups[static_cast<std::size_t>(g)].parent)
      if (g == anc) return true;
    return false;
  };
  for (std::size_t i = 0; i < shapes.size(); ++i) {
    if (shapes[i].tag != "rect" || shapes[i].group < 0) continue;
    int g = shapes[i].group;
    const std::string* kind = doc.groups[static_cast<std::size_t>(g)].attr("data-mml-node");
    if (!kind || (*kind != "mfrac" && *kind != "msqrt" && *kind != "mroot")) continue;
    int first_child = -1;
    for (std::size_t k = static_cast<std::size_t>(g) + 1; k < doc.groups.size(); ++k)
      if (doc.groups[k].parent == g) {
        first_child = static_cast<int>(k);
        break;
      }
    if (first_child < 0) continue;
    std::size_t insert_at = i;
    for (std::size_t j = 0; j < i; ++j)
      if (inside(shapes[j].group, first_child)) insert_at = j + 1;
    if (insert_at >= i) continue;
    auto r = std::move(shapes[i]);
    shapes.erase(shapes.begin() + static_cast<long>(i));
    shapes.insert(shapes.begin() + static_cast<long>(insert_at), std::move(r));
  }
  order_stacks_like_tex(doc);
}

std::vector<std::shared_ptr<SvgLeafNode>> leaves_of(const std::string& svg, bool latex,
                                                    const std::string& tex) {
  const double scale = latex ? latex_unit_scale() : unit_scale(kBaseFontSize);
  detail::svg::Document doc;
  try {
    doc = detail::svg::parse_svg(svg, "MathTex('" + tex + "')");
  } catch (const std::invalid_argument& e) {
    typeset_error(tex, std::string("MathJax output unreadable: ") + e.what());
  }
  if (!latex) {
    split_dot_glyphs(doc);
    order_like_tex(doc);
  }
  return detail::svg_leaves(doc, scale);
}

std::size_t glyph_count(const std::string& svg) {
  auto doc = detail::svg::parse_svg(svg, "MathTex part");
  split_dot_glyphs(doc);  // MathJax's dots, as leaves_of splits them (dvisvgm has no data-c)
  std::size_t n = 0;
  for (auto& s : doc.shapes) n += s.points.empty() ? 0 : 1;
  return n;
}

void set_base_tex_style(detail::MobjectNode& n) {
  VStyle s;
  s.fill_color = WHITE;
  s.fill_opacity = 1;
  s.stroke_color = WHITE;
  s.stroke_width = 0;
  n.style = s;
  for (auto& c : n.submobjects) set_base_tex_style(*c);
}

void set_tex_style(detail::MobjectNode& n, const MathTexArgs& a) {
  set_base_tex_style(n);
  detail::apply_style_args(n, a);
}

std::shared_ptr<SvgNode> new_tex_node(bool multi) {
  auto n = detail::make_vnode<SvgNode>();
  set_kind(*n, "SVGMobject");
  set_kind(*n, "SingleStringMathTex");
  if (multi) set_kind(*n, "MathTex");
  return n;
}

void check_font_size(double fs) {
  if (!(fs > 0) || !std::isfinite(fs))
    throw std::invalid_argument("MathTex: font_size must be finite and > 0, got " +
                                std::to_string(fs));
}

TexTemplate template_of(const MathTexArgs& a) {
  return a.tex_template ? *a.tex_template : config_tex_template();
}

// The single-string node: all glyphs of `tex`, centred, at font size 48.
std::shared_ptr<SvgNode> build_single(const std::string& tex, const MathTexArgs& a) {
  check_font_size(a.font_size);
  Typeset ts =
      typeset({modify_special_strings(tex)}, a.tex_environment, template_of(a), false, tex);
  auto leaves = leaves_of(ts.svg[0], ts.latex, tex);
  Vec3 c = detail::anchor_center(leaves);
  auto node = new_tex_node(false);
  node->tex_string = tex;
  for (auto& l : leaves) {
    for (auto& p : l->points) p -= c;
    node->submobjects.push_back(l);
  }
  return node;
}

std::shared_ptr<SvgNode> build_multi(const std::vector<std::string>& raw, const MathTexArgs& a,
                                     bool text_mode) {
  check_font_size(a.font_size);
  std::vector<std::string> parts = break_up_tex_strings(raw, a);
  std::string full = joined(parts, a.arg_separator);
  std::vector<std::string> exprs{modify_special_strings(full)};
  if (parts.size() > 1)
    for (const auto& p : parts) exprs.push_back(modify_special_strings(p));
  Typeset ts = typeset(exprs, a.tex_environment, template_of(a), text_mode, full);
  auto leaves = leaves_of(ts.svg[0], ts.latex, full);
  Vec3 c = detail::anchor_center(leaves);
  for (auto& l : leaves)
    for (auto& p : l->points) p -= c;

  auto node = new_tex_node(true);
  if (text_mode) set_kind(*node, "Tex");
  node->tex_string = full;
  node->tex_strings = parts;
  std::size_t sep_extra = no_space(a.arg_separator).size();
  std::size_t cur = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::size_t n = leaves.size();
    if (parts.size() > 1) {
      if (!ts.error[i + 1].empty())
        throw std::invalid_argument(
            "MathTex: cannot typeset part '" + parts[i] + "' of '" + full +
            "' on its own (needed to split the glyphs): " + ts.error[i + 1]);
      n = glyph_count(ts.svg[i + 1]);
    }
    auto part = new_tex_node(false);
    part->tex_string = parts[i];
    std::size_t end = std::min(leaves.size(), cur + n + sep_extra);
    for (std::size_t k = std::min(cur, leaves.size()); k < end; ++k)
      part->submobjects.push_back(leaves[k]);
    node->submobjects.push_back(part);
    cur += n + sep_extra;
  }
  return node;
}

// Style, then the size: built at font size 48, scaled as Manim's font_size setter does (so
// MathTex(x, font_size=12) and MathTex(x).scale(1/4) agree exactly).
void finish(Mobject& m, SvgNode& node, const MathTexArgs& a) {
  set_tex_style(node, a);
  node.initial_font_size = kBaseFontSize;
  node.initial_height = m.height();
  for (auto& c : node.submobjects)
    if (auto* s = dynamic_cast<SvgNode*>(c.get())) {
      s->initial_font_size = kBaseFontSize;
      s->initial_height = Mobject(c).height();
    }
  if (a.font_size != kBaseFontSize && node.initial_height > 0) m.scale(a.font_size / kBaseFontSize);
}

bool contains(const std::string& hay, const std::string& needle, bool substring, bool cs) {
  std::string h = hay, n = needle;
  if (!cs) {
    std::transform(h.begin(), h.end(), h.begin(),
                   [](unsigned char ch) { return std::tolower(ch); });
    std::transform(n.begin(), n.end(), n.begin(),
                   [](unsigned char ch) { return std::tolower(ch); });
  }
  return substring ? h.find(n) != std::string::npos : h == n;
}

}  // namespace

// ---------------------------------------------------------------- SingleStringMathTex
SingleStringMathTex::SingleStringMathTex(const std::string& tex_string, const MathTexArgs& a)
    : SVGMobject(nullptr, Unchecked{}) {
  auto node = build_single(tex_string, a);
  n_ = node;
  finish(*this, *node, a);
}

const std::string& SingleStringMathTex::tex_string() const {
  return static_cast<const SvgNode&>(node()).tex_string;
}

double SingleStringMathTex::font_size() const {
  const auto& n = static_cast<const SvgNode&>(node());
  if (n.initial_height <= 0) return n.initial_font_size;
  return n.initial_font_size * height() / n.initial_height;
}

SingleStringMathTex& SingleStringMathTex::set_font_size(double fs) {
  if (!(fs > 0) || !std::isfinite(fs))
    throw std::invalid_argument("MathTex.set_font_size: font_size must be finite and > 0, got " +
                                std::to_string(fs));
  double cur = font_size();
  if (cur > 0) scale(fs / cur);
  return *this;
}

// ---------------------------------------------------------------- MathTex
MathTex::MathTex(const std::string& tex, const MathTexArgs& a)
    : MathTex(std::vector<std::string>{tex}, a) {}

MathTex::MathTex(const std::vector<std::string>& tex_strings, const MathTexArgs& a)
    : SingleStringMathTex(nullptr, Unchecked{}) {
  if (tex_strings.empty()) throw std::invalid_argument("MathTex: needs at least one TeX string");
  auto node = build_multi(tex_strings, a, false);
  n_ = node;
  finish(*this, *node, a);
  if (!a.tex_to_color_map.empty()) set_color_by_tex_to_color_map(a.tex_to_color_map);
}

std::vector<std::string> MathTex::tex_strings() const {
  std::vector<std::string> out;
  for (auto& c : node().submobjects)
    if (auto* s = dynamic_cast<SvgNode*>(c.get()))
      out.push_back(s->tex_string);
    else
      out.emplace_back();
  return out;
}

VGroup MathTex::get_parts_by_tex(const std::string& tex, bool substring, bool cs) const {
  std::vector<Mobject> found;
  std::string want = no_space(tex);
  for (auto& c : node().submobjects) {
    auto* part = dynamic_cast<SvgNode*>(c.get());
    if (!part || !contains(part->tex_string, tex, substring, cs)) continue;
    if (no_space(part->tex_string) == want) {
      found.push_back(Mobject(c));
      continue;
    }
    // The part holds more than `tex`: keep the glyphs MathJax typeset from exactly that TeX.
    std::vector<Mobject> glyphs;
    std::vector<std::shared_ptr<detail::MobjectNode>> fam;
    detail::collect_family(c, fam, true);
    for (auto& f : fam)
      if (auto* leaf = dynamic_cast<SvgLeafNode*>(f.get()))
        for (auto& l : leaf->latex)
          if (no_space(l) == want) {
            glyphs.push_back(Mobject(f));
            break;
          }
    if (glyphs.empty())
      found.push_back(Mobject(c));
    else
      found.push_back(VGroup(glyphs));
  }
  return VGroup(found);
}

Mobject MathTex::get_part_by_tex(const std::string& tex, bool substring, bool cs) const {
  VGroup parts = get_parts_by_tex(tex, substring, cs);
  if (parts.empty())
    throw std::invalid_argument("MathTex.get_part_by_tex: no part of '" + tex_string() +
                                "' contains '" + tex + "'");
  return parts[0];
}

long MathTex::index_of_part_by_tex(const std::string& tex, bool substring, bool cs) const {
  long i = 0;
  for (auto& c : node().submobjects) {
    auto* part = dynamic_cast<SvgNode*>(c.get());
    if (part && contains(part->tex_string, tex, substring, cs)) return i;
    ++i;
  }
  return -1;
}

MathTex& MathTex::set_color_by_tex(const std::string& tex, const Color& color, bool substring,
                                   bool cs) {
  for (Mobject p : get_parts_by_tex(tex, substring, cs)) p.set_color(color);
  return *this;
}

MathTex& MathTex::set_color_by_tex_to_color_map(
    const std::vector<std::pair<std::string, Color>>& map, bool substring, bool cs) {
  for (auto& [t, c] : map) set_color_by_tex(t, c, substring, cs);
  return *this;
}

MathTex& MathTex::set_opacity_by_tex(const std::string& tex, double opacity,
                                     std::optional<double> remaining) {
  if (remaining) set_opacity(*remaining);
  for (Mobject p : get_parts_by_tex(tex)) p.set_opacity(opacity);
  return *this;
}

// ---------------------------------------------------------------- Tex
namespace {
MathTexArgs text_args(MathTexArgs a) {
  if (a.arg_separator == " ") a.arg_separator = "";
  if (a.tex_environment == "align*") a.tex_environment = "center";
  return a;
}
}  // namespace

Tex::Tex(const std::string& text, const MathTexArgs& a) : Tex(std::vector<std::string>{text}, a) {}

Tex::Tex(const std::vector<std::string>& texts, const MathTexArgs& a)
    : MathTex(nullptr, Unchecked{}) {
  if (texts.empty()) throw std::invalid_argument("Tex: needs at least one string");
  MathTexArgs ta = text_args(a);
  auto node = build_multi(texts, ta, true);
  n_ = node;
  finish(*this, *node, ta);
  if (!ta.tex_to_color_map.empty()) set_color_by_tex_to_color_map(ta.tex_to_color_map);
}

}  // namespace manim
