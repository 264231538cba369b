// Manim CE's Variable (manim/mobject/text/numbers.py): a label with "=" added to it and a
// number kept equal to a ValueTracker by an updater.
//   Variable v(0.5, MathTex("\\alpha"));   // "alpha = 0.50"
//   scene.play(v.tracker().animate().set_value(2.0));
#pragma once
#include <string>

#include "manim/mobject/numbers.hpp"
#include "manim/mobject/value_tracker.hpp"
#include "manim/mobject/vmobject.hpp"

namespace manim {

struct VariableArgs {
  // Manim's var_type: DecimalNumber (num_decimal_places digits), or Integer when true.
  bool integer = false;
  int num_decimal_places = 2;
};

class Variable : public VMobject {
 public:
  // `label`: any mobject (Manim: a Tex, MathTex, Text...); the string form makes a MathTex.
  Variable(double var, const Mobject& label, const VariableArgs& a = {});
  Variable(double var, const std::string& label, const VariableArgs& a = {});
  MANIM_HANDLE(Variable, VMobject)

  Mobject label() const;         // the label, "=" its last submobject
  DecimalNumber value() const;   // the number (an Integer for integer variables)
  ValueTracker tracker() const;  // set it (or animate it) to change the number
};

}  // namespace manim
