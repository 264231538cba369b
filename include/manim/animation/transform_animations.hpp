// Manim's TransformAnimations(start_anim, end_anim): a Transform from the first animation's
// mobject to the second's, over the longer of their run times (both are set to it), with
// rate_func squish_rate_func(smooth) (0.4 .. 0.6) by default.
//
// In Manim CE v0.18.0 the two animations are then pointed at the Transform's (still empty)
// starting and target mobjects before those exist, so interpolating them changes nothing
// (and a Transform-family sub-animation raises AttributeError, as it was never begun). Here
// they are not interpolated: what is drawn is the Transform, as in Manim.
#pragma once
#include "manim/animation/transform.hpp"

namespace manim {

class TransformAnimations : public Transform {
 public:
  TransformAnimations(const Anim& start_anim, const Anim& end_anim, const AnimArgs& args = {},
                      const PathArgs& path = {});
  const Anim& start_anim() const { return start_; }
  const Anim& end_anim() const { return end_; }

 private:
  Anim start_, end_;
};

}  // namespace manim
