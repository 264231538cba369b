// Transform and its relatives (manim/animation/transform.py, v0.18.0 semantics): the mobject and
// a copy of the target are aligned (submobject counts, then points per subpath) and interpolated
// linearly in points and RGBA.
#pragma once
#include "manim/animation/animation.hpp"

namespace manim {

class Transform : public Animation {
 public:
  Transform(Mobject mobject, Mobject target, const AnimArgs& args = {});
  void begin() override;
  void clean_up_from_scene(Scene& scene) override;
  void interpolate_submobject(std::vector<Mobject>& members, double sub_alpha) override;
  std::vector<Mobject> get_all_mobjects() const override;
  const Mobject& target() const { return target_; }

 protected:
  // The mobject to become; Transform(a, b) uses b itself, subclasses build it in begin().
  virtual Mobject create_target() { return target_; }
  std::vector<Mobject> get_zipped_mobjects() const override;
  Mobject target_;
  Mobject target_copy_;
  bool replace_mobject_with_target_in_scene_ = false;
};

// As Transform, then the target takes the mobject's place in the scene.
class ReplacementTransform : public Transform {
 public:
  ReplacementTransform(Mobject mobject, Mobject target, const AnimArgs& args = {});
};

// Transform into a target mobject fixed at construction (used by .animate and FadeIn/Out).
class TransformToCopy : public Transform {
 public:
  TransformToCopy(Mobject mobject, Mobject end_state, const AnimArgs& args = {});
};

}  // namespace manim
