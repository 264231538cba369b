// Code: a highlighted code listing, as Manim CE's Code.
//
// The code is highlighted by Pygments (Debian's python3-pygments) with Manim's colour rules, so
// every character has the colour Manim gives it; the listing is a VGroup of three parts:
// background_mobject() (a rounded rectangle, or a "window" with three buttons), line_numbers()
// (a right-aligned Paragraph; an invisible Dot when insert_line_no is false) and code() (a
// Paragraph, one VGroup per line with one submobject per character, spaces included).
//
//   Code({.code = "def f(x):\n    return x\n", .language = "python"})
//   Code({.file_name = "hello.cpp", .style = "monokai", .background = "window"})
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "manim/mobject/paragraph.hpp"

namespace manim {

struct CodeArgs {
  std::string file_name = "";  // looked up as given and under assets/codes/
  std::string code = "";       // used when file_name is empty
  int tab_width = 3;
  double line_spacing = 0.3;
  double font_size = 24;
  std::string font = "Monospace";
  double stroke_width = 0;  // of the characters
  double margin = 0.3;
  std::string indentation_chars = "    ";
  std::string background = "rectangle";  // or "window"
  double background_stroke_width = 1;
  Color background_stroke_color = WHITE;
  double corner_radius = 0.2;
  bool insert_line_no = true;
  long line_no_from = 1;
  double line_no_buff = 0.4;
  std::string style = "vim";  // a Pygments style name
  std::string language = "";  // a Pygments lexer name; guessed from file_name when empty
  bool warn_missing_font = true;
};

class Code : public VGroup {
 public:
  // Throws std::invalid_argument for a missing file, no code, an unknown language or style.
  explicit Code(const CodeArgs& args);
  MANIM_HANDLE(Code, VGroup)

  VMobject background_mobject() const;
  Mobject line_numbers() const;  // a Paragraph, or the placeholder Dot without line numbers
  Paragraph code() const;

  // What Manim exposes from its highlighting pass.
  const std::string& code_string() const;
  const std::string& background_color() const;  // "#rrggbb" of the style
  const std::string& default_color() const;     // "#ffffff" or "#000000"
  // Per line: (text, "#rrggbb") tokens, without the leading indentation.
  const std::vector<std::vector<std::pair<std::string, std::string>>>& code_json() const;
  // Per line: how many indentation_chars it starts with.
  const std::vector<int>& tab_spaces() const;
};

}  // namespace manim
