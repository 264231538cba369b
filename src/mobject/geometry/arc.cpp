// Arc, Circle, Dot, Ellipse: Manim's arcs of `num_components` anchors, one cubic between
// consecutive anchors with handles on the tangents at distance r * dtheta / 3.
#include <cmath>

#include "manim/mobject/geometry/angle.hpp"
#include "mobject/geometry/geometry_internal.hpp"

namespace manim {

namespace {

std::vector<Vec3> arc_points(double radius, double start_angle, double angle, int num_components,
                             const Vec3& center) {
  std::vector<Vec3> pts;
  const int n = num_components;
  const double d_theta = angle / (n - 1.0);
  auto anchor = [&](int k) {
    double a = start_angle + angle * k / (n - 1.0);
    return Vec3{std::cos(a), std::sin(a), 0};
  };
  pts.reserve(4 * (n - 1));
  for (int k = 0; k + 1 < n; ++k) {
    Vec3 a0 = anchor(k), a1 = anchor(k + 1);
    Vec3 t0{-a0.y, a0.x, 0}, t1{-a1.y, a1.x, 0};  // unit tangents (counter-clockwise)
    pts.push_back(center + a0 * radius);
    pts.push_back(center + (a0 + t0 * (d_theta / 3)) * radius);
    pts.push_back(center + (a1 - t1 * (d_theta / 3)) * radius);
    pts.push_back(center + a1 * radius);
  }
  return pts;
}

ArcArgs checked_arc_args(const char* cls, const ArcArgs& a) {
  geom::check_style(cls, geom::style_of(a));
  geom::require_non_negative(cls, "radius", a.radius);
  geom::require_finite(cls, "start_angle", a.start_angle);
  geom::require_finite(cls, "angle", a.angle);
  geom::require_finite(cls, "arc_center", a.arc_center);
  if (a.num_components < 2)
    geom::fail(cls, "num_components must be >= 2 (anchors of the arc), got " +
                        std::to_string(a.num_components));
  return a;
}

ArcArgs circle_arc_args(const char* cls, const CircleArgs& c, const StyleArgs& defaults) {
  ArcArgs a;
  geom::put_style(a, geom::merge(defaults, geom::style_of(c)));
  a.radius = c.radius;
  a.start_angle = 0;
  a.angle = TAU;
  a.num_components = c.num_components;
  return checked_arc_args(cls, a);
}

CircleArgs dot_circle_args(const Vec3& point, const DotArgs& d) {
  geom::require_finite("Dot", "point", point);
  StyleArgs defaults;
  defaults.color = WHITE;
  defaults.fill_opacity = 1.0;
  defaults.stroke_width = 0;
  CircleArgs c;
  geom::put_style(c, geom::merge(defaults, geom::style_of(d)));
  c.radius = d.radius;
  geom::check_style("Dot", geom::style_of(d));
  geom::require_non_negative("Dot", "radius", d.radius);
  return c;
}

CircleArgs ellipse_circle_args(const EllipseArgs& e) {
  geom::check_style("Ellipse", geom::style_of(e));
  geom::require_non_negative("Ellipse", "width", e.width);
  geom::require_non_negative("Ellipse", "height", e.height);
  CircleArgs c;
  geom::put_style(c, geom::style_of(e));
  return c;
}

StyleArgs red() {
  StyleArgs s;
  s.color = RED;
  return s;
}

}  // namespace

Arc::Arc(const ArcArgs& args) : TipableVMobject() {
  const ArcArgs a = checked_arc_args("Arc", args);
  detail::set_kind(node(), "Arc");
  node().points = arc_points(a.radius, a.start_angle, a.angle, a.num_components, a.arc_center);
  geom::apply_style(node(), geom::style_of(a));
}

Arc::Arc(double radius, double start_angle, double angle, const ArcArgs& a)
    : Arc([&] {
        ArcArgs b = a;
        b.radius = radius;
        b.start_angle = start_angle;
        b.angle = angle;
        return b;
      }()) {}

// Where the normals at the first two anchors meet (Manim's get_arc_center), so it follows
// later shifts, scales and rotations.
Vec3 Arc::get_arc_center() const {
  const auto& p = points();
  if (p.size() < 4)
    throw std::logic_error(kind() + ": get_arc_center needs at least one curve (no points)");
  const Vec3 a1 = p[0], h1 = p[1], h2 = p[2], a2 = p[3];
  if (a1 == a2) return a1;
  Vec3 t1 = h1 - a1, t2 = h2 - a2;
  Vec3 n1{-t1.y, t1.x, 0}, n2{-t2.y, t2.x, 0};
  // Solve a1 + s*n1 = a2 + u*n2 in the plane.
  double det = n1.x * (-n2.y) - n1.y * (-n2.x);
  if (std::abs(det) < 1e-12)
    return ORIGIN;  // parallel normals: Manim warns and falls back to ORIGIN
  Vec3 d = a2 - a1;
  double s = (d.x * (-n2.y) - d.y * (-n2.x)) / det;
  return Vec3{a1.x + s * n1.x, a1.y + s * n1.y, a1.z};
}

Circle::Circle(const CircleArgs& a) : Arc(circle_arc_args("Circle", a, red())) {
  detail::set_kind(node(), "Circle");
}

Circle::Circle(double radius, const CircleArgs& a)
    : Circle([&] {
        CircleArgs b = a;
        b.radius = radius;
        return b;
      }()) {}

double Circle::get_radius() const {
  if (points().empty()) throw std::logic_error(kind() + ": get_radius on a circle without points");
  return (points().front() - get_arc_center()).norm();
}

Vec3 Circle::point_at_angle(double angle) const {
  if (points().empty())
    throw std::logic_error(kind() + ": point_at_angle on a circle without points");
  Vec3 v = points().front() - get_center();
  double start = std::atan2(v.y, v.x);
  double proportion = (angle - start) / TAU;
  proportion -= std::floor(proportion);
  return point_from_proportion(proportion);
}

Circle Circle::from_three_points(const Vec3& p1, const Vec3& p2, const Vec3& p3,
                                 const CircleArgs& a) {
  // Intersection of the perpendicular bisectors of p1p2 and p2p3.
  auto bisector = [](const Vec3& a0, const Vec3& b0) {
    const Vec3 mid = (a0 + b0) / 2;
    const Vec3 d = b0 - a0;
    return std::pair<Vec3, Vec3>{mid, mid + Vec3{-d.y, d.x, 0}};
  };
  const auto [m1, e1] = bisector(p1, p2);
  const auto [m2, e2] = bisector(p2, p3);
  Vec3 center;
  try {
    center = line_intersection(m1, e1, m2, e2);
  } catch (const std::invalid_argument&) {
    geom::fail("Circle.from_three_points", "the three points are collinear (or repeated)");
  }
  CircleArgs c = a;
  c.radius = (p1 - center).norm();
  Circle circle(c);
  circle.shift(center);
  return circle;
}

Circle& Circle::surround(const Mobject& m, int dim_to_match, bool stretch, double buffer_factor) {
  if (dim_to_match < 0 || dim_to_match > 2)
    geom::fail(kind(),
               "surround: dim_to_match must be 0, 1 or 2, got " + std::to_string(dim_to_match));
  // Manim's replace(m, dim_to_match, stretch), then width = diagonal, then scale.
  if (stretch) {
    stretch_to_fit_width(m.width());
    stretch_to_fit_height(m.height());
  } else {
    const double target = m.length_over_dim(dim_to_match), own = length_over_dim(dim_to_match);
    if (own != 0) scale(target / own);
  }
  move_to(m.get_center());
  const double diag = std::sqrt(m.width() * m.width() + m.height() * m.height());
  scale_to_fit_width(diag);
  scale(buffer_factor);
  return *this;
}

Dot::Dot(const Vec3& point, const DotArgs& a) : Circle(dot_circle_args(point, a)) {
  detail::set_kind(node(), "Dot");
  for (auto& p : node().points) p += point;
}

Ellipse::Ellipse(const EllipseArgs& a) : Circle(ellipse_circle_args(a)) {
  detail::set_kind(node(), "Ellipse");
  // The unit circle's full box is exactly 2 x 2 about the origin, so stretching to fit
  // width x height is a plain per-axis scale.
  for (auto& p : node().points) {
    p.x *= a.width / 2;
    p.y *= a.height / 2;
  }
}

}  // namespace manim
