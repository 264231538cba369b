// Animation, Anim and Wait: Manim's animation.py lifecycle and sub-alpha rule.
#include "manim/animation/animation.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "animation/anim_util.hpp"
#include "manim/animation/animate.hpp"
#include "manim/scene/scene.hpp"

namespace manim {

Animation::Animation(Mobject mobject, const AnimArgs& args)
    : mobject_(std::move(mobject)), rate_func_([](double t) { return smooth(t); }) {
  name_ = "Animation(" + mobject_.kind() + ")";
  apply_args(args);
}

void Animation::apply_args(const AnimArgs& args) {
  if (!args.name.empty()) name_ = args.name;
  if (args.run_time) set_run_time(*args.run_time);
  if (args.rate_func) rate_func_ = args.rate_func;
  if (args.lag_ratio) set_lag_ratio(*args.lag_ratio);
  apply_flags(args);
}

void Animation::apply_flags(const AnimArgs& args) {
  if (args.remover) remover_ = *args.remover;
  if (args.introducer) introducer_ = *args.introducer;
  if (args.suspend_mobject_updating) suspend_mobject_updating_ = *args.suspend_mobject_updating;
}

void Animation::set_lag_ratio(double lag) {
  if (!std::isfinite(lag))
    throw std::invalid_argument(name_ + ": lag_ratio must be finite, got " +
                                detail::format_number(lag));
  lag_ratio_ = lag;
}

void Animation::set_run_time(double t) {
  if (!(t >= 0) || !std::isfinite(t))
    throw std::invalid_argument(name_ + ": run_time must be >= 0 and finite, got " +
                                detail::format_number(t) + " (pass a duration in seconds)");
  run_time_ = t;
}

void Animation::setup_scene(Scene& scene) {
  if (!introducer_) return;
  // Manim adds an introduced mobject only when it is not already somewhere in the scene.
  for (const Mobject& top : scene.mobjects())
    for (const Mobject& m : top.get_family())
      if (m == mobject_) return;
  scene.add(mobject_);
}

void Animation::begin() {
  starting_mobject_ = create_starting_mobject();
  if (suspend_mobject_updating_) mobject_.suspend_updating();
  interpolate(0);
}

void Animation::finish() {
  interpolate(1);
  if (suspend_mobject_updating_) mobject_.resume_updating();
}

void Animation::clean_up_from_scene(Scene& scene) {
  if (remover_) scene.remove(mobject_);
}

void Animation::update_mobjects(double dt) {
  // The scene updates the mobject itself; the helpers (copies, targets) are updated here.
  std::vector<Mobject> done;
  for (Mobject& m : get_all_mobjects()) {
    if (m == mobject_ || std::find(done.begin(), done.end(), m) != done.end()) continue;
    done.push_back(m);
    m.update(dt);
  }
}

void Animation::interpolate(double alpha) {
  std::vector<std::vector<Mobject>> families;
  std::size_t n = 0;
  bool first = true;
  for (const Mobject& m : get_zipped_mobjects()) {
    families.push_back(m.family_members_with_points());
    n = first ? families.back().size() : std::min(n, families.back().size());
    first = false;
  }
  std::vector<Mobject> members;
  members.reserve(families.size());
  for (std::size_t i = 0; i < n; ++i) {
    members.clear();
    for (const auto& family : families) members.push_back(family[i]);
    interpolate_submobject(members, get_sub_alpha(alpha, i, n));
  }
}

void Animation::interpolate_submobject(std::vector<Mobject>&, double) {}

Mobject Animation::create_starting_mobject() { return mobject_.copy(); }

std::vector<Mobject> Animation::get_all_mobjects() const { return {mobject_, starting_mobject_}; }

double Animation::get_sub_alpha(double alpha, std::size_t index, std::size_t n) const {
  double full_length = (n == 0 ? 0.0 : static_cast<double>(n - 1)) * lag_ratio_ + 1.0;
  double x = alpha * full_length - static_cast<double>(index) * lag_ratio_;
  return rate_func_(reverse_rate_function_ ? 1.0 - x : x);
}

Anim::Anim(AnimationPtr p) : p_(std::move(p)) {
  if (!p_) throw std::invalid_argument("Anim: got a null animation pointer");
}

Anim::Anim(const Animate& a) : p_(a.build()) {}

Wait::Wait(double run_time, const AnimArgs& args) : Animation(Mobject()) {
  name_ = "Wait";
  rate_func_ = detail::manim_linear;
  set_run_time(run_time);
  apply_args(args);
}

Wait::Wait(double run_time, std::function<bool()> stop, std::optional<bool> frozen,
           const AnimArgs& args)
    : Wait(run_time, args) {
  if (stop && frozen.value_or(false))
    throw std::invalid_argument(
        "Wait: a static Wait animation (frozen_frame=true) cannot have a stop condition; drop "
        "one of them");
  stop_condition = std::move(stop);
  frozen_frame = frozen;
}

}  // namespace manim
