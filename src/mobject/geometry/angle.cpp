// Elbow, Angle and RightAngle with Manim's radius rule, arc placement and point layout.
#include "manim/mobject/geometry/angle.hpp"

#include <cmath>

#include "mobject/geometry/geometry_internal.hpp"

namespace manim {

namespace {

struct AngleNode : detail::MobjectNode {
  std::optional<double> angle_value;
  std::shared_ptr<detail::MobjectNode> clone_self() const override {
    return std::make_shared<AngleNode>(*this);
  }
};

double angle_of(const Vec3& v) { return std::atan2(v.y, v.x); }

}  // namespace

Vec3 line_intersection(const Vec3& a1, const Vec3& a2, const Vec3& b1, const Vec3& b2) {
  for (const Vec3* p : {&a1, &a2, &b1, &b2})
    if (p->z != 0)
      throw std::invalid_argument(
          "line_intersection: coordinates must be in the xy-plane, got z = " +
          std::to_string(p->z));
  const Vec3 l1 = Vec3{a1.x, a1.y, 1}.cross(Vec3{a2.x, a2.y, 1});
  const Vec3 l2 = Vec3{b1.x, b1.y, 1}.cross(Vec3{b2.x, b2.y, 1});
  const Vec3 h = l1.cross(l2);
  if (h.z == 0)
    throw std::invalid_argument(
        "line_intersection: the lines are parallel, there is no unique "
        "intersection point");
  return {h.x / h.z, h.y / h.z, 0};
}

Elbow::Elbow(const ElbowArgs& a) : VMobject() {
  geom::check_style("Elbow", geom::style_of(a));
  geom::require_non_negative("Elbow", "width", a.width);
  geom::require_finite("Elbow", "angle", a.angle);
  detail::set_kind(node(), "Elbow");
  geom::apply_style(node(), geom::style_of(a));
  set_points_as_corners({UP, UP + RIGHT, RIGHT});
  About o;
  o.about_point = ORIGIN;
  scale_to_fit_width(a.width, o);
  rotate(a.angle, OUT, o);
}

Angle::Angle(const Line& line1, const Line& line2, const AngleArgs& a)
    : VMobject(geom::make_vmobject_node<AngleNode>(), Mobject::Unchecked{}) {
  const char* cls = "Angle";
  geom::check_style(cls, geom::style_of(a));
  if (a.radius) geom::require_non_negative(cls, "radius", *a.radius);
  if (a.dot_radius) geom::require_non_negative(cls, "dot_radius", *a.dot_radius);
  geom::require_finite(cls, "dot_distance", a.dot_distance);
  for (int q : {a.quadrant_1, a.quadrant_2})
    if (q != 1 && q != -1)
      geom::fail(cls, "quadrant entries must be 1 or -1, got " + std::to_string(q));
  detail::set_kind(node(), "Angle");
  geom::apply_style(node(), geom::style_of(a));
  Vec3 inter;
  try {
    inter =
        line_intersection(line1.get_start(), line1.get_end(), line2.get_start(), line2.get_end());
  } catch (const std::invalid_argument& e) {
    geom::fail(cls, e.what());
  }
  double radius;
  if (a.radius) {
    radius = *a.radius;
  } else {
    const double d1 = ((a.quadrant_1 == 1 ? line1.get_end() : line1.get_start()) - inter).norm();
    const double d2 = ((a.quadrant_2 == 1 ? line2.get_end() : line2.get_start()) - inter).norm();
    const double m = std::min(d1, d2);
    radius = m < 0.6 ? (2.0 / 3.0) * m : 0.4;
  }
  const Vec3 u1 = line1.get_unit_vector(), u2 = line2.get_unit_vector();
  const Vec3 anchor1 = inter + u1 * (a.quadrant_1 * radius);
  const Vec3 anchor2 = inter + u2 * (a.quadrant_2 * radius);
  if (a.elbow) {
    const Vec3 middle = inter + u1 * (a.quadrant_1 * radius) + u2 * (a.quadrant_2 * radius);
    set_points_as_corners({anchor1, middle, anchor2});
    return;
  }
  const double angle1 = angle_of(anchor1 - inter), angle2 = angle_of(anchor2 - inter);
  double value;
  if (!a.other_angle)
    value = angle2 > angle1 ? angle2 - angle1 : 2 * PI - (angle1 - angle2);
  else
    value = angle2 < angle1 ? -angle1 + angle2 : -2 * PI + (angle2 - angle1);
  static_cast<AngleNode&>(node()).angle_value = value;
  ArcArgs arc;
  arc.radius = radius;
  arc.angle = value;
  arc.start_angle = angle1;
  arc.arc_center = inter;
  Arc arc_mob(arc);
  if (a.dot) {
    DotArgs d;
    d.radius = a.dot_radius.value_or(radius / 10);
    d.color = a.dot_color;
    Dot dot(ORIGIN, d);
    const Vec3 c = arc_mob.get_center() - inter;
    dot.move_to(inter + c / c.norm() * radius * a.dot_distance);
    add(dot);
  }
  node().points = arc_mob.points();
}

Angle Angle::from_three_points(const Vec3& A, const Vec3& B, const Vec3& C, const AngleArgs& a) {
  return Angle(Line(B, A), Line(B, C), a);
}

double Angle::get_value(bool degrees) const {
  const auto* n = dynamic_cast<const AngleNode*>(&node());
  if (!n || !n->angle_value)
    throw std::logic_error(kind() + ".get_value: an elbow (right angle) mark has no angle value");
  return degrees ? *n->angle_value / DEGREES : *n->angle_value;
}

namespace {
AngleArgs right_angle_args(const RightAngleArgs& r) {
  AngleArgs a;
  geom::put_style(a, geom::style_of(r));
  a.radius = r.length;
  a.quadrant_1 = r.quadrant_1;
  a.quadrant_2 = r.quadrant_2;
  a.elbow = true;
  return a;
}
}  // namespace

RightAngle::RightAngle(const Line& line1, const Line& line2, const RightAngleArgs& a)
    : Angle(line1, line2, right_angle_args(a)) {
  detail::set_kind(node(), "RightAngle");
}

}  // namespace manim
