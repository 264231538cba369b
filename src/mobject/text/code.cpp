#include "manim/mobject/code.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "manim/mobject/geometry.hpp"
#include "mobject/text/code_highlighter.hpp"
#include "mobject/text/text_settings.hpp"

namespace manim {
namespace {

struct CodeNode : detail::MobjectNode {
  std::string code_string, background_color, default_color;
  std::vector<std::vector<std::pair<std::string, std::string>>> code_json;
  std::vector<int> tab_spaces;
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<CodeNode>(*this);
  }
};

CodeNode& code_node(const Mobject& m) {
  auto* n = dynamic_cast<CodeNode*>(&m.node());
  if (!n) throw std::logic_error("Code: the object (" + m.kind() + ") has no code data");
  return *n;
}

std::string read_code_file(const std::string& name, std::string& found) {
  namespace fs = std::filesystem;
  std::string expanded = name;
  if (!name.empty() && name[0] == '~')
    if (const char* home = std::getenv("HOME")) expanded = home + name.substr(1);
  const fs::path candidates[] = {fs::path("assets") / "codes" / name, fs::path(expanded)};
  for (const fs::path& p : candidates) {
    std::error_code ec;
    if (fs::is_regular_file(p, ec)) {
      std::ifstream in(p, std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      found = p.string();
      return ss.str();
    }
  }
  throw std::invalid_argument("Code: cannot find the code file '" + name + "' (looked for " +
                              candidates[0].string() + " and " + candidates[1].string() + " from " +
                              fs::current_path().string() +
                              "); pass an existing file_name or the code itself as code=");
}

}  // namespace

Code::Code(const CodeArgs& a) : VGroup(std::make_shared<CodeNode>(), Mobject::Unchecked{}) {
  auto& n = code_node(*this);
  detail::set_kind(n, "VMobject");
  detail::set_kind(n, "VGroup");
  detail::set_kind(n, "Code");
  n.vectorized = true;
  if (a.background != "rectangle" && a.background != "window")
    throw std::invalid_argument("Code: unknown background '" + a.background +
                                "'; use \"rectangle\" or \"window\"");
  if (!(a.font_size > 0)) throw std::invalid_argument("Code: font_size must be > 0");

  detail::code::HighlightRequest req;
  if (!a.file_name.empty()) {
    n.code_string = read_code_file(a.file_name, req.file_path);
  } else if (!a.code.empty()) {
    n.code_string = a.code;
  } else {
    throw std::invalid_argument(
        "Code: neither a code file nor a code string was given; pass file_name= or code=");
  }
  req.code = n.code_string;
  req.language = a.language;
  req.style = a.style;
  req.indentation_chars = a.indentation_chars;
  req.insert_line_no = a.insert_line_no;
  req.line_no_from = a.line_no_from;
  const detail::code::Highlight h = detail::code::highlight(req);
  n.background_color = h.background;
  n.default_color = h.default_color;
  n.tab_spaces = h.tab_spaces;
  for (const auto& line : h.lines) {
    n.code_json.emplace_back();
    for (const auto& t : line) n.code_json.back().emplace_back(t.text, t.color);
  }

  TextArgs text;
  text.stroke_width = a.stroke_width;
  text.font_size = a.font_size;
  text.font = a.font;
  text.line_spacing = a.line_spacing;
  text.disable_ligatures = true;
  text.warn_missing_font = a.warn_missing_font;

  // The code: each line is its indentation as tabs, then its tokens.
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < h.lines.size(); ++i) {
    std::string s(static_cast<std::size_t>(h.tab_spaces[i]), '\t');
    for (const auto& t : h.lines[i]) s += t.text;
    lines.push_back(s);
  }
  TextArgs code_text = text;
  code_text.tab_width = a.tab_width;
  Paragraph code(lines, {.text = code_text});
  for (std::size_t i = 0; i < h.lines.size() && i < code.size(); ++i) {
    Mobject line = code[static_cast<long>(i)];
    const long count = static_cast<long>(line.size());
    long at = h.tab_spaces[i];
    for (const auto& t : h.lines[i]) {
      const long len = static_cast<long>(detail::text::U8Text(t.text).size());
      const Color c(t.color);
      for (long k = at; k < std::min(at + len, count); ++k) line[k].set_color(c);
      at += len;
    }
  }

  Mobject numbers;
  if (a.insert_line_no) {
    std::vector<std::string> nums;
    for (std::size_t i = 0; i < h.lines.size(); ++i)
      nums.push_back(std::to_string(a.line_no_from + static_cast<long>(i)));
    Paragraph p(nums, {.text = text, .alignment = "right"});
    for (Mobject line : p) line.set_color(Color(h.default_color));
    p.next_to(code, LEFT, a.line_no_buff);
    numbers = p;
  }

  const Color bg(h.background);
  VMobject background;
  Mobject foreground = a.insert_line_no ? Mobject(VGroup(code, numbers)) : Mobject(code);
  if (a.background == "rectangle") {
    background = SurroundingRectangle(foreground, {.color = bg,
                                                   .fill_color = bg,
                                                   .fill_opacity = 1.0,
                                                   .stroke_color = a.background_stroke_color,
                                                   .stroke_width = a.background_stroke_width,
                                                   .buff = a.margin,
                                                   .corner_radius = a.corner_radius});
  } else {
    // Manim's window: a rounded rectangle with three 0.1-radius buttons in its top-left corner.
    const double height = foreground.height() + 0.1 * 3 + 2 * a.margin;
    const double width = foreground.width() + 0.1 * 3 + 2 * a.margin;
    RoundedRectangle rect({.color = bg,
                           .fill_opacity = 1.0,
                           .stroke_color = a.background_stroke_color,
                           .stroke_width = a.background_stroke_width,
                           .width = width,
                           .height = height,
                           .corner_radius = a.corner_radius});
    Dot red(ORIGIN, {.color = Color("#ff5f56"), .stroke_width = 0.0, .radius = 0.1});
    red.shift(LEFT * 0.3);
    Dot yellow(ORIGIN, {.color = Color("#ffbd2e"), .stroke_width = 0.0, .radius = 0.1});
    Dot green(ORIGIN, {.color = Color("#27c93f"), .stroke_width = 0.0, .radius = 0.1});
    green.shift(RIGHT * 0.3);
    VGroup buttons(red, yellow, green);
    buttons.shift(UP * (height / 2 - 0.1 * 2 - 0.05) +
                  LEFT * (width / 2 - 0.1 * 5 - a.corner_radius / 2 - 0.05));
    VGroup window(rect, buttons);
    const double x = (height - foreground.height()) / 2 - 0.1 * 3;
    window.shift(foreground.get_center());
    window.shift(UP * x);
    background = window;
  }
  if (!a.insert_line_no) numbers = Dot(ORIGIN, {.fill_opacity = 0.0, .stroke_opacity = 0.0});
  add({Mobject(background), numbers, Mobject(code)});
  move_to(ORIGIN);
}

VMobject Code::background_mobject() const { return (*this)[0].as<VMobject>(); }
Mobject Code::line_numbers() const { return (*this)[1]; }
Paragraph Code::code() const { return (*this)[2].as<Paragraph>(); }
const std::string& Code::code_string() const { return code_node(*this).code_string; }
const std::string& Code::background_color() const { return code_node(*this).background_color; }
const std::string& Code::default_color() const { return code_node(*this).default_color; }
const std::vector<std::vector<std::pair<std::string, std::string>>>& Code::code_json() const {
  return code_node(*this).code_json;
}
const std::vector<int>& Code::tab_spaces() const { return code_node(*this).tab_spaces; }

}  // namespace manim
