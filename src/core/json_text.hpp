// Internal: JSON string literals as Python's json.dumps writes them, for the records of the
// log file and the requests to the Pygments and MathJax workers.
#pragma once
#include <string>
#include <string_view>

namespace manim::detail {

// Appends `s` (UTF-8) as a quoted JSON string: \" \\ \n \r \t \b \f, other control characters
// as \u00XX (lower-case hex). With ensure_ascii (json.dumps' default) DEL and every non-ASCII
// character are written as \uXXXX too (a surrogate pair past U+FFFF; a byte that is not
// UTF-8 as \ufffd); without it those bytes are copied.
void append_json_string(std::string& out, std::string_view s, bool ensure_ascii);

inline std::string json_string(std::string_view s, bool ensure_ascii) {
  std::string out;
  out.reserve(s.size() + 2);
  append_json_string(out, s, ensure_ascii);
  return out;
}

}  // namespace manim::detail
