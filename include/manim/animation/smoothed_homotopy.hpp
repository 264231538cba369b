// Manim's SmoothedVectorizedHomotopy: a Homotopy whose every frame is made smooth afterwards
// (the moved anchors get the handles of the cubic spline through them).
#pragma once
#include "manim/animation/movement.hpp"

namespace manim {

class SmoothedVectorizedHomotopy : public Homotopy {
 public:
  SmoothedVectorizedHomotopy(HomotopyFunc homotopy, Mobject mobject, const AnimArgs& args = {});
  void interpolate_submobject(std::vector<Mobject>& members, double sub_alpha) override;
};

}  // namespace manim
