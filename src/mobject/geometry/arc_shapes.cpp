// ArcBetweenPoints, CurvedArrow(s), AnnularSector, Sector, Annulus, AnnotationDot, CubicBezier.
#include "manim/mobject/geometry/arc_shapes.hpp"

#include <algorithm>
#include <cmath>

#include "mobject/geometry/geometry_internal.hpp"

namespace manim {

namespace {

ArcArgs between_arc_args(const Vec3& start, const Vec3& end, const ArcBetweenPointsArgs& a,
                         const char* cls) {
  geom::check_style(cls, geom::style_of(a));
  geom::require_finite(cls, "start", start);
  geom::require_finite(cls, "end", end);
  geom::require_finite(cls, "angle", a.angle);
  ArcArgs r;
  geom::put_style(r, geom::style_of(a));
  r.angle = a.angle;
  r.num_components = a.num_components;
  if (a.radius) {
    // Manim: the angle whose chord between the points has this radius.
    double radius = *a.radius;
    geom::require_finite(cls, "radius", radius);
    const double sign = radius < 0 ? -2 : 2;
    radius = std::abs(radius);
    const double halfdist = (start - end).norm() / 2;
    if (radius < halfdist)
      geom::fail(cls, "radius " + std::to_string(*a.radius) + " is too small for points " +
                          std::to_string(2 * halfdist) +
                          " apart; it must be at least half their distance");
    const double arc_height = radius - std::sqrt(radius * radius - halfdist * halfdist);
    r.angle = std::acos((radius - arc_height) / radius) * sign;
    r.radius = radius;
  }
  return r;
}

}  // namespace

ArcBetweenPoints::ArcBetweenPoints(const Vec3& start, const Vec3& end,
                                   const ArcBetweenPointsArgs& a)
    : Arc(between_arc_args(start, end, a, "ArcBetweenPoints")) {
  detail::set_kind(node(), "ArcBetweenPoints");
  const double angle = between_arc_args(start, end, a, "ArcBetweenPoints").angle;
  if (angle == 0) {
    node().points.clear();
    geom::append_straight(node().points, LEFT, RIGHT);
  }
  geom::put_start_and_end_on(node_ptr(), start, end);
}

namespace {
ArcBetweenPointsArgs curved_args(const CurvedArrowArgs& a) {
  ArcBetweenPointsArgs r;
  geom::put_style(r, geom::style_of(a));
  r.angle = a.angle;
  r.radius = a.radius;
  r.num_components = a.num_components;
  return r;
}
}  // namespace

CurvedArrow::CurvedArrow(const Vec3& start, const Vec3& end, const CurvedArrowArgs& a)
    : ArcBetweenPoints(start, end, curved_args(a)) {
  detail::set_kind(node(), "CurvedArrow");
  add_tip(a.tip_shape);
}

CurvedDoubleArrow::CurvedDoubleArrow(const Vec3& start, const Vec3& end, const CurvedArrowArgs& a)
    : CurvedArrow(start, end, a) {
  detail::set_kind(node(), "CurvedDoubleArrow");
  add_tip(a.tip_shape_start, std::nullopt, std::nullopt, true);
}

// ------------------------------------------------------------------ sectors and annuli
namespace {

StyleArgs filled_white() {
  StyleArgs s;
  s.color = WHITE;
  s.fill_opacity = 1;
  s.stroke_width = 0;
  return s;
}

template <class A>
ArcArgs sector_arc_args(const char* cls, const A& a) {
  geom::check_style(cls, geom::style_of(a));
  geom::require_non_negative(cls, "inner_radius", a.inner_radius);
  geom::require_non_negative(cls, "outer_radius", a.outer_radius);
  geom::require_finite(cls, "angle", a.angle);
  geom::require_finite(cls, "start_angle", a.start_angle);
  geom::require_finite(cls, "arc_center", a.arc_center);
  ArcArgs r;
  geom::put_style(r, geom::merge(filled_white(), geom::style_of(a)));
  r.angle = a.angle;
  r.start_angle = a.start_angle;
  r.arc_center = a.arc_center;
  return r;
}

AnnularSectorArgs sector_as_annular(const SectorArgs& a) {
  AnnularSectorArgs r;
  geom::put_style(r, geom::style_of(a));
  r.inner_radius = a.inner_radius;
  r.outer_radius = a.outer_radius;
  r.angle = a.angle;
  r.start_angle = a.start_angle;
  r.arc_center = a.arc_center;
  return r;
}

std::vector<Vec3> arc_pts(double radius, double start_angle, double angle, const Vec3& c) {
  ArcArgs a;
  a.radius = radius;
  a.start_angle = start_angle;
  a.angle = angle;
  a.arc_center = c;
  return Arc(a).points();
}

}  // namespace

AnnularSector::AnnularSector(const AnnularSectorArgs& a)
    : Arc(sector_arc_args("AnnularSector", a)) {
  detail::set_kind(node(), "AnnularSector");
  auto inner = arc_pts(a.inner_radius, a.start_angle, a.angle, a.arc_center);
  auto outer = arc_pts(a.outer_radius, a.start_angle, a.angle, a.arc_center);
  std::reverse(outer.begin(), outer.end());
  auto& p = node().points;
  p = inner;
  geom::append_straight(p, p.back(), outer.front());
  p.insert(p.end(), outer.begin(), outer.end());
  geom::append_straight(p, p.back(), inner.front());
}

Sector::Sector(const SectorArgs& a) : AnnularSector(sector_as_annular(a)) {
  detail::set_kind(node(), "Sector");
}

namespace {
CircleArgs annulus_circle_args(const AnnulusArgs& a) {
  const char* cls = "Annulus";
  geom::check_style(cls, geom::style_of(a));
  geom::require_non_negative(cls, "inner_radius", a.inner_radius);
  geom::require_non_negative(cls, "outer_radius", a.outer_radius);
  geom::require_finite(cls, "arc_center", a.arc_center);
  CircleArgs c;
  geom::put_style(c, geom::merge(filled_white(), geom::style_of(a)));
  return c;
}
}  // namespace

Annulus::Annulus(const AnnulusArgs& a) : Circle(annulus_circle_args(a)) {
  detail::set_kind(node(), "Annulus");
  auto outer = Circle(a.outer_radius).points();
  auto inner = Circle(a.inner_radius).points();
  std::reverse(inner.begin(), inner.end());
  auto& p = node().points;
  p = outer;
  p.insert(p.end(), inner.begin(), inner.end());
  for (auto& q : p) q += a.arc_center;
}

namespace {
DotArgs annotation_dot_args(const AnnotationDotArgs& a) {
  StyleArgs d;
  d.stroke_width = 5;
  d.stroke_color = WHITE;
  d.fill_color = BLUE;
  DotArgs r;
  // As in Manim, color= does not override the explicit fill and stroke colours.
  geom::put_style(r, geom::merge(d, geom::style_of(a)));
  r.radius = a.radius;
  return r;
}
}  // namespace

AnnotationDot::AnnotationDot(const Vec3& point, const AnnotationDotArgs& a)
    : Dot(point, annotation_dot_args(a)) {
  detail::set_kind(node(), "AnnotationDot");
}

CubicBezier::CubicBezier(const Vec3& a0, const Vec3& h0, const Vec3& h1, const Vec3& a1,
                         const StyleArgs& a)
    : VMobject() {
  geom::check_style("CubicBezier", a);
  for (const Vec3* p : {&a0, &h0, &h1, &a1}) geom::require_finite("CubicBezier", "point", *p);
  detail::set_kind(node(), "CubicBezier");
  node().points = {a0, h0, h1, a1};
  geom::apply_style(node(), a);
}

}  // namespace manim
