// Internal: how Manim's Text splits its string into styled pieces ("settings") before layout.
// Each piece is laid out by Pango on its own, after the previous piece of the same line, so
// kerning and ligatures do not cross piece boundaries (as in Manim).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "manim/core/color.hpp"

namespace manim::detail::text {

// A UTF-8 string indexed by code point, as Python indexes str.
struct U8Text {
  std::string bytes;
  std::vector<std::size_t> offsets;  // byte offset of each code point, plus bytes.size()
  explicit U8Text(std::string s);    // throws std::invalid_argument on invalid UTF-8
  std::size_t size() const { return offsets.size() - 1; }
  std::string substr(std::size_t a, std::size_t b) const {
    return bytes.substr(offsets[a], offsets[b] - offsets[a]);
  }
  // Code point index of a byte offset inside the string.
  std::size_t index_of_byte(std::size_t byte) const;
};

struct TextSetting {
  std::size_t start = 0, end = 0;  // code point range
  std::string font, slant, weight;
  Color color;
  long line_num = -1;
};

// Manim's _find_indexes: every non-overlapping occurrence of `word`, or a "[a:b]" slice.
std::vector<std::pair<std::size_t, std::size_t>> find_indexes(const std::string& word,
                                                              const U8Text& text);

struct SettingsRequest {
  TextSetting defaults;  // font/slant/weight/color for unstyled text
  std::map<std::string, std::string> t2f, t2s, t2w;
  std::map<std::string, Color> t2c;
  std::vector<Color> gradient;  // one colour per code point when non-empty
  std::map<std::string, std::vector<Color>> t2g;
};

// Manim's Text._text2settings: styled pieces with overlaps merged, gaps filled with the
// defaults, and pieces split at each '\n' (the '\n' stays at the end of its line's piece).
// Throws std::invalid_argument for two different non-default values of one property.
std::vector<TextSetting> text_to_settings(const U8Text& text, const SettingsRequest& req);

// `Kind("text")` for messages, shortened to 40 characters on one line.
std::string short_repr(const std::string& kind, const std::string& text);

// Manim's font_size property of Text and MarkupText: the size given at creation times the
// scaling since (height / initial_height); the given size when the text has no height.
double scaled_font_size(double font_size, double initial_height, double height);
// The scale factor that makes the font size `size` (Manim's font_size setter); throws
// std::invalid_argument naming `who` for a size that is not finite and > 0. 1 when the
// current size is 0.
double font_size_scale(double now, double size, const std::string& who);

}  // namespace manim::detail::text
