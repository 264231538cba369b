// Updater animations and helpers (manim/animation/updaters/, numbers.py, v0.18.0):
// UpdateFromFunc, UpdateFromAlphaFunc, MaintainPositionRelativeTo, ChangingDecimal,
// ChangeDecimalToValue, always_redraw, always_shift, always_rotate,
// turn_animation_into_updater, cycle_animation.
#pragma once
#include <functional>

#include "manim/animation/animation.hpp"
#include "manim/mobject/numbers.hpp"

namespace manim {

// Calls update_function(mobject) every frame; the mobject's own updaters keep running.
class UpdateFromFunc : public Animation {
 public:
  UpdateFromFunc(Mobject mobject, std::function<void(Mobject&)> update_function,
                 const AnimArgs& args = {});
  void interpolate(double alpha) override;

 private:
  std::function<void(Mobject&)> f_;
};

// Calls update_function(mobject, rate_func(alpha)) every frame.
class UpdateFromAlphaFunc : public Animation {
 public:
  UpdateFromAlphaFunc(Mobject mobject, std::function<void(Mobject&, double)> update_function,
                      const AnimArgs& args = {});
  void interpolate(double alpha) override;

 private:
  std::function<void(Mobject&, double)> f_;
};

// Keeps the offset between the mobject's centre and the tracked mobject's (as at construction).
class MaintainPositionRelativeTo : public Animation {
 public:
  MaintainPositionRelativeTo(Mobject mobject, Mobject tracked_mobject, const AnimArgs& args = {});
  void interpolate(double alpha) override;

 private:
  Mobject tracked_;
  Vec3 diff_;
};

// decimal.set_value(number_update_func(rate_func(alpha))) every frame.
class ChangingDecimal : public Animation {
 public:
  ChangingDecimal(DecimalNumber decimal, std::function<double(double)> number_update_func,
                  const AnimArgs& args = {});
  void interpolate(double alpha) override;

 private:
  std::function<double(double)> f_;
};

// From the decimal's value now to target_number.
class ChangeDecimalToValue : public ChangingDecimal {
 public:
  ChangeDecimalToValue(DecimalNumber decimal, double target_number, const AnimArgs& args = {});
};

// A mobject rebuilt by func() every frame (it becomes func()'s result): the returned handle
// is the one to add to the scene.
Mobject always_redraw(std::function<Mobject()> func);
// The mobject moves at `rate` units per second along direction.
Mobject& always_shift(Mobject& mobject, const Vec3& direction = RIGHT, double rate = 0.1);
// The mobject turns at `rate` radians per second.
Mobject& always_rotate(Mobject& mobject, double rate = 20 * DEGREES, const Vec3& axis = OUT);
// Plays the animation through the mobject's updaters (in scene time), then removes the
// updater (cycle: restarts forever).
Mobject turn_animation_into_updater(const AnimationPtr& animation, bool cycle = false);
Mobject cycle_animation(const AnimationPtr& animation);

}  // namespace manim
