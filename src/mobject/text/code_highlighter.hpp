// Internal: Pygments highlighting for Code. The work is done by code_highlight.py (next to this
// file), either in-process through a highlighter the Python front-end installs, or in a
// /usr/bin/python3 subprocess (C++ scenes and tests). Results are cached by request.
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace manim::detail::code {

struct HighlightRequest {
  std::string code, language, style, file_path, indentation_chars;
  bool insert_line_no = true;
  long line_no_from = 1;
  std::string to_json() const;
};

struct Token {
  std::string text;
  std::string color;  // "#rrggbb"
};

struct Highlight {
  std::string background, default_color;
  std::vector<std::vector<Token>> lines;
  std::vector<int> tab_spaces;
};

// Takes the request as JSON, returns code_highlight.py's line protocol.
using Highlighter = std::function<std::string(const std::string& request_json)>;
void set_highlighter(Highlighter h);

// Throws std::invalid_argument with the script's one-line message (unknown language or style,
// Pygments missing) or std::runtime_error when Python cannot be run.
Highlight highlight(const HighlightRequest& req);

// Where code_highlight.py is (MANIMCPP_CODE_HIGHLIGHTER overrides).
std::string script_path();

}  // namespace manim::detail::code
