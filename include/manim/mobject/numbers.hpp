// DecimalNumber and Integer: numbers typeset with MathTex, one SingleStringMathTex per character
// (Manim CE's layout: characters arranged left to right, bottoms aligned).
#pragma once
#include <functional>
#include <optional>
#include <string>

#include "manim/mobject/tex.hpp"

namespace manim {

struct DecimalNumberArgs {
  MANIM_STYLE_KWARGS  // fill_opacity 1, stroke_width 0 (Manim's defaults)
      int num_decimal_places = 2;
  bool include_sign = false;
  bool group_with_commas = true;
  double digit_buff_per_font_unit = 0.001;
  double font_size = DEFAULT_FONT_SIZE;
  bool show_ellipsis = false;  // a \dots after the digits
  std::optional<std::string>
      unit{};  // TeX after the number; bottom-aligned unless it starts with ^
  double unit_buff_per_font_unit = 0;  // extra space before the unit
  bool include_background_rectangle = false;
  Vec3 edge_to_fix = LEFT;  // set_value keeps this edge in place
  // Makes one character's mobject at `font_size` (Manim's mob_class; unset: MathTex).
  std::function<Mobject(const std::string& tex, double font_size)> mob_class{};
};

class DecimalNumber : public VMobject {
 public:
  explicit DecimalNumber(double number = 0, const DecimalNumberArgs& a = {});
  MANIM_HANDLE(DecimalNumber, VMobject)
  double get_value() const;
  // Re-typesets the number at the current size, keeping edge_to_fix in place and the style
  // (Manim's set_value).
  DecimalNumber& set_value(double number);
  DecimalNumber& increment_value(double delta = 1) { return set_value(get_value() + delta); }
  // Current size in font-size units (follows scaling, as Manim's font_size property).
  double font_size() const;
  DecimalNumber& set_font_size(double font_size);
  // The unit's mobject (Manim's unit_sign), when a unit was given.
  std::optional<Mobject> unit_sign() const;
  const DecimalNumberArgs& args() const;
  // The string that is typeset, e.g. "3.14", "-1,000.00", "+0.50".
  std::string num_string() const;
  // Python's "{:,.Nf}" formatting with Manim's "-0" fix.
  static std::string format(double number, int num_decimal_places, bool include_sign,
                            bool group_with_commas);
};

// DecimalNumber with 0 decimal places; get_value() is rounded to an integer.
class Integer : public DecimalNumber {
 public:
  explicit Integer(long number = 0, DecimalNumberArgs a = {});
  MANIM_HANDLE(Integer, DecimalNumber)
  long get_value() const;
};

}  // namespace manim
