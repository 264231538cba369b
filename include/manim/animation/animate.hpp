// `.animate()`: records chain calls on a copy of the mobject and becomes a Transform to it
// (Manim's _AnimationBuilder / _MethodAnimation).
#pragma once
#include "manim/animation/transform.hpp"

namespace manim {

class Animate {
 public:
  Animate(Mobject mobject, const AnimateArgs& args = {});
#define MANIM_ANIMATE_CHAIN(name, params, args) \
  Animate& name params {                        \
    target_.name args;                          \
    return *this;                               \
  }
  MANIM_CHAIN_METHODS(MANIM_ANIMATE_CHAIN)
#undef MANIM_ANIMATE_CHAIN
  // Any other change to the target: m.animate().apply([](Mobject& t) { ... }).
  Animate& apply(const std::function<void(Mobject&)>& f) {
    f(target_);
    return *this;
  }
  AnimationPtr build() const;
  const Mobject& mobject() const { return mobject_; }
  const Mobject& target() const { return target_; }

 private:
  Mobject mobject_;
  Mobject target_;
  AnimateArgs args_;
};

}  // namespace manim
