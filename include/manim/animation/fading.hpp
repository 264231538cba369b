// FadeIn / FadeOut (manim/animation/fading.py, v0.18.0): a Transform from (to) a transparent
// copy, optionally shifted by -shift (+shift) and scaled by `scale` about its centre.
#pragma once
#include <vector>

#include "manim/animation/transform.hpp"

namespace manim {

struct FadeArgs {
  std::optional<double> run_time;
  RateFunc rate_func;
  std::optional<double> lag_ratio;
  Vec3 shift = ORIGIN;
  std::optional<Vec3> target_position;
  double scale = 1;
};

class FadeIn : public Transform {
 public:
  explicit FadeIn(Mobject m, const FadeArgs& args = {});
  // Several mobjects fade in as one group, as FadeIn(a, b, c).
  explicit FadeIn(const std::vector<Mobject>& ms, const FadeArgs& args = {});

 protected:
  Mobject create_target() override;
  Mobject create_starting_mobject() override;
  FadeArgs fade_;
  bool point_target_ = false;  // target_position given: the start sits at the mobject itself
};

class FadeOut : public Transform {
 public:
  explicit FadeOut(Mobject m, const FadeArgs& args = {});
  explicit FadeOut(const std::vector<Mobject>& ms, const FadeArgs& args = {});
  void clean_up_from_scene(Scene& scene) override;

 protected:
  Mobject create_target() override;
  FadeArgs fade_;
  bool point_target_ = false;
};

}  // namespace manim
