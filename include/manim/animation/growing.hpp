// GrowFromPoint, GrowFromCenter, GrowFromEdge, GrowArrow (manim/animation/growing.py).
#pragma once
#include "manim/animation/transform.hpp"

namespace manim {

class GrowFromPoint : public Transform {
 public:
  GrowFromPoint(Mobject m, const Vec3& point, const AnimArgs& args = {});

 protected:
  Mobject create_target() override;
  Mobject create_starting_mobject() override;
  Vec3 point_;
};

class GrowFromCenter : public GrowFromPoint {
 public:
  explicit GrowFromCenter(Mobject m, const AnimArgs& args = {});
};

class GrowFromEdge : public GrowFromPoint {
 public:
  GrowFromEdge(Mobject m, const Vec3& edge, const AnimArgs& args = {});
};

// Grows an arrow from its start: the start is a copy scaled by 0 about get_start().
class GrowArrow : public GrowFromPoint {
 public:
  explicit GrowArrow(Mobject arrow, const AnimArgs& args = {});

 protected:
  Mobject create_starting_mobject() override;
};

// Grows from the centre while spinning in by `angle` (Manim's spiral path).
class SpinInFromNothing : public GrowFromCenter {
 public:
  explicit SpinInFromNothing(Mobject m, double angle = PI / 2, const AnimArgs& args = {});
};

}  // namespace manim
