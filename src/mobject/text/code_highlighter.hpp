// Internal: Pygments highlighting for Code. The work is done by code_highlight.py (next to this
// file), either in-process through a highlighter the Python front-end installs, or (C++ scenes
// and tests) by one long-lived `python3 code_highlight.py --serve` worker per process, started
// on the first listing the caches do not hold. Results are cached in memory by request and, on
// the worker path, on disk in <user cache root>/code (beside MathJax's <root>/tex) keyed by
// request, script, interpreter and Pygments version: a warm render starts no python3.
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

// ---- for tests and benchmarks ----
// python3 workers started by this process; answers read from the disk cache.
std::size_t python_start_count();
std::size_t disk_hit_count();
// Stops the worker and forgets the in-memory cache (the disk cache stays).
void reset_for_tests();

// Where code_highlight.py is (MANIMCPP_CODE_HIGHLIGHTER overrides).
std::string script_path();

}  // namespace manim::detail::code
