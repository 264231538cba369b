// DecimalNumber and Integer: numbers typeset with MathTex, one SingleStringMathTex per character
// (Manim CE's layout: characters arranged left to right, bottoms aligned).
#pragma once
#include <string>

#include "manim/mobject/tex.hpp"

namespace manim {

struct DecimalNumberArgs {
  MANIM_STYLE_KWARGS
  int num_decimal_places = 2;
  bool include_sign = false;
  bool group_with_commas = true;
  double digit_buff_per_font_unit = 0.001;
  double font_size = DEFAULT_FONT_SIZE;
};

class DecimalNumber : public VMobject {
 public:
  explicit DecimalNumber(double number = 0, const DecimalNumberArgs& a = {});
  MANIM_HANDLE(DecimalNumber, VMobject)
  double get_value() const;
  // Re-typesets the number, keeping the left edge and the style (Manim's edge_to_fix=LEFT).
  DecimalNumber& set_value(double number);
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
