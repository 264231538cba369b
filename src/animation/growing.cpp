// GrowFromPoint, GrowFromCenter, GrowFromEdge, GrowArrow (Manim's growing.py).
#include "manim/animation/growing.hpp"

#include <stdexcept>

#include "animation/anim_util.hpp"
#include "manim/mobject/geometry.hpp"

namespace manim {

GrowFromPoint::GrowFromPoint(Mobject m, const Vec3& point, const AnimArgs& args)
    : Transform(m, m, detail::named(args, "GrowFromPoint", m)), point_(point) {
  if (!point.is_finite())
    throw std::invalid_argument(name_ + ": the point to grow from must be finite");
  introducer_ = true;
}

Mobject GrowFromPoint::create_target() { return mobject_; }

Mobject GrowFromPoint::create_starting_mobject() {
  Mobject start = mobject_.copy();
  start.scale(0);
  start.move_to(point_);
  return start;
}

GrowFromCenter::GrowFromCenter(Mobject m, const AnimArgs& args)
    : GrowFromPoint(m, m.get_center(), detail::named(args, "GrowFromCenter", m)) {}

SpinInFromNothing::SpinInFromNothing(Mobject m, double angle, const AnimArgs& args)
    : GrowFromCenter(m, detail::named(args, "SpinInFromNothing", m)) {
  set_path({.path_func = spiral_path(angle)});
}

GrowFromEdge::GrowFromEdge(Mobject m, const Vec3& edge, const AnimArgs& args)
    : GrowFromPoint(m, m.get_critical_point(edge), detail::named(args, "GrowFromEdge", m)) {}

GrowArrow::GrowArrow(Mobject arrow, const AnimArgs& args)
    : GrowFromPoint(arrow, arrow.get_start(), detail::named(args, "GrowArrow", arrow)) {}

Mobject GrowArrow::create_starting_mobject() {
  Mobject start = mobject_.copy();
  if (start.is<Arrow>() && start.as<Arrow>().get_length() == 0) return start;  // Manim: no-op
  // Tips scale too (scale_tips=True); the stroke follows the new length: min(w, 5 * 0) = 0.
  About about;
  about.about_point = point_;
  if (start.is<Arrow>())
    start.as<Arrow>().scale_with_tips(0, about);
  else
    start.scale(0, about);
  return start;
}

}  // namespace manim
