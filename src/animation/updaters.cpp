// Updater animations and helpers (Manim's updaters/update.py, mobject_update_utils.py,
// numbers.py).
#include "manim/animation/updaters.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "animation/anim_util.hpp"

namespace manim {

namespace {
AnimArgs keep_updating(AnimArgs a, const char* cls, const Mobject& m) {
  if (!a.suspend_mobject_updating) a.suspend_mobject_updating = false;
  return detail::named(std::move(a), cls, m);
}
}  // namespace

UpdateFromFunc::UpdateFromFunc(Mobject mobject, std::function<void(Mobject&)> update_function,
                               const AnimArgs& args)
    : Animation(mobject, keep_updating(args, "UpdateFromFunc", mobject)),
      f_(std::move(update_function)) {
  if (!f_) throw std::invalid_argument(name_ + ": the update function is empty");
}

void UpdateFromFunc::interpolate(double) { f_(mobject_); }

UpdateFromAlphaFunc::UpdateFromAlphaFunc(Mobject mobject,
                                         std::function<void(Mobject&, double)> update_function,
                                         const AnimArgs& args)
    : Animation(mobject, keep_updating(args, "UpdateFromAlphaFunc", mobject)),
      f_(std::move(update_function)) {
  if (!f_) throw std::invalid_argument(name_ + ": the update function is empty");
}

void UpdateFromAlphaFunc::interpolate(double alpha) { f_(mobject_, rate_func_(alpha)); }

MaintainPositionRelativeTo::MaintainPositionRelativeTo(Mobject mobject, Mobject tracked_mobject,
                                                       const AnimArgs& args)
    : Animation(mobject, detail::named(args, "MaintainPositionRelativeTo", mobject)),
      tracked_(std::move(tracked_mobject)),
      diff_(mobject.get_center() - tracked_.get_center()) {}

void MaintainPositionRelativeTo::interpolate(double) {
  mobject_.shift(tracked_.get_center() - mobject_.get_center() + diff_);
}

ChangingDecimal::ChangingDecimal(DecimalNumber decimal,
                                 std::function<double(double)> number_update_func,
                                 const AnimArgs& args)
    : Animation(decimal, keep_updating(args, "ChangingDecimal", decimal)),
      f_(std::move(number_update_func)) {
  if (!f_) throw std::invalid_argument(name_ + ": the number update function is empty");
}

void ChangingDecimal::interpolate(double alpha) {
  mobject_.as<DecimalNumber>().set_value(f_(rate_func_(alpha)));
}

ChangeDecimalToValue::ChangeDecimalToValue(DecimalNumber decimal, double target_number,
                                           const AnimArgs& args)
    : ChangingDecimal(
          decimal,
          [start = decimal.get_value(), target_number](double a) {
            return (1 - a) * start + a * target_number;
          },
          detail::named(args, "ChangeDecimalToValue", decimal)) {}

Mobject always_redraw(std::function<Mobject()> func) {
  if (!func) throw std::invalid_argument("always_redraw: the function is empty");
  Mobject mob = func();
  if (!mob.node_ptr())
    throw std::invalid_argument("always_redraw: the function must return a Mobject");
  mob.add_updater([func](Mobject& m) { m.become(func()); });
  return mob;
}

Mobject& always_shift(Mobject& mobject, const Vec3& direction, double rate) {
  const double n = direction.norm();
  const Vec3 unit = n == 0 ? ORIGIN : direction * (1.0 / n);
  return mobject.add_updater([unit, rate](Mobject& m, double dt) { m.shift(unit * (dt * rate)); });
}

Mobject& always_rotate(Mobject& mobject, double rate, const Vec3& axis) {
  return mobject.add_updater([rate, axis](Mobject& m, double dt) { m.rotate(dt * rate, axis); });
}

Mobject turn_animation_into_updater(const AnimationPtr& animation, bool cycle) {
  if (!animation) throw std::invalid_argument("turn_animation_into_updater: null animation");
  Mobject mobject = animation->mobject();
  animation->set_suspend_mobject_updating(false);
  animation->begin();
  auto total_time = std::make_shared<double>(0.0);
  const auto key = reinterpret_cast<std::uintptr_t>(total_time.get());
  mobject.add_updater(
      [animation, total_time, cycle, key](Mobject& m, double dt) {
        const double run_time = animation->get_run_time();
        const double ratio = *total_time / run_time;
        double alpha;
        if (cycle) {
          alpha = std::fmod(ratio, 1.0);  // Python's % for ratio >= 0
        } else {
          alpha = std::clamp(ratio, 0.0, 1.0);
          if (alpha >= 1) {
            animation->finish();
            m.remove_updater(key);
            return;
          }
        }
        animation->interpolate(alpha);
        animation->update_mobjects(dt);
        *total_time += dt;
      },
      true, key, std::nullopt, false);
  return mobject;
}

Mobject cycle_animation(const AnimationPtr& animation) {
  return turn_animation_into_updater(animation, true);
}

}  // namespace manim
