// The Python side of Manim's Animation base class: a script's `class Fade(Animation)` that
// overrides interpolate_mobject / begin / finish / clean_up_from_scene is played by the C++
// Scene through these overrides (pybind11's trampoline pattern).
#pragma once
#include "python/bind_common.hpp"

namespace manim::python {

class PyAnimation : public Animation {
 public:
  using Animation::Animation;
  explicit PyAnimation(const Animation& a) : Animation(a) {}
  ~PyAnimation() override;

  // The script's Python object, held from its construction until the animation has been
  // played (clean_up_from_scene): an animation kept only inside a group (AnimationGroup,
  // LaggedStart) still reaches its overrides.
  py::object self_ref;

  // Manim's flags a script may pass to Animation(...).
  void set_flags(bool remover, bool introducer, bool suspend_updating, bool reverse_rate) {
    remover_ = remover;
    introducer_ = introducer;
    suspend_mobject_updating_ = suspend_updating;
    reverse_rate_function_ = reverse_rate;
  }
  bool suspends_updating() const { return suspend_mobject_updating_; }
  bool reverses_rate() const { return reverse_rate_function_; }
  const Mobject& starting_mobject() const { return starting_mobject_; }

  // Calls the script's interpolate_mobject(alpha) when it has one; false otherwise.
  bool call_interpolate_mobject(double alpha);

  void begin() override;
  void finish() override;
  void interpolate(double alpha) override;
  void clean_up_from_scene(Scene& scene) override;
  void setup_scene(Scene& scene) override;
};

}  // namespace manim::python
