// ValueTracker / ComplexValueTracker (manim/mobject/value_tracker.py): a Mobject holding one
// point whose x (and y) is the value, so Transform and `.animate.set_value(v)` animate it.
#pragma once
#include <complex>

#include "manim/mobject/mobject.hpp"

namespace manim {

class ValueTracker : public Mobject {
 public:
  explicit ValueTracker(double value = 0);
  MANIM_HANDLE(ValueTracker, Mobject)
  double get_value() const;
  // A NaN or infinite value throws std::invalid_argument naming the tracker.
  ValueTracker& set_value(double value);
  ValueTracker& increment_value(double d_value);
  explicit operator bool() const { return get_value() != 0; }
  ValueTracker& operator+=(double d) { return increment_value(d); }
  ValueTracker& operator-=(double d) { return increment_value(-d); }
  ValueTracker& operator*=(double d) { return set_value(get_value() * d); }
  ValueTracker& operator/=(double d) { return set_value(get_value() / d); }
  // Manim's interpolate: the value of a at 1 - alpha plus b at alpha.
  ValueTracker& interpolate(const ValueTracker& a, const ValueTracker& b, double alpha);
};

// The value is the complex number x + iy of the tracker's point.
class ComplexValueTracker : public ValueTracker {
 public:
  explicit ComplexValueTracker(std::complex<double> value = 0);
  MANIM_HANDLE(ComplexValueTracker, ValueTracker)
  std::complex<double> get_value() const;
  ComplexValueTracker& set_value(std::complex<double> value);
};

}  // namespace manim
