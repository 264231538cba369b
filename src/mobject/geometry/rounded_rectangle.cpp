// RoundedRectangle: a Rectangle whose corners are replaced by one-cubic quarter arcs (Manim's
// round_corners). The path starts on the right edge at (w/2, h/2 - r): arc UR, top edge, arc UL,
// left edge, arc DL, bottom edge, arc DR, right edge.
#include <cmath>

#include "mobject/geometry/geometry_internal.hpp"

namespace manim {

namespace {

std::vector<Vec3> checked_rect(const RoundedRectangleArgs& a) {
  const char* cls = "RoundedRectangle";
  geom::check_style(cls, geom::style_of(a));
  geom::require_non_negative(cls, "width", a.width);
  geom::require_non_negative(cls, "height", a.height);
  geom::require_non_negative(cls, "corner_radius", a.corner_radius);
  const double w = a.width / 2, h = a.height / 2;
  return {{w, h, 0}, {-w, h, 0}, {-w, -h, 0}, {w, -h, 0}};  // UR, UL, DL, DR
}

StyleArgs white_under(const RoundedRectangleArgs& a) {
  StyleArgs d;
  d.color = WHITE;
  return geom::merge(d, geom::style_of(a));
}

// One cubic arc replacing the corner v2 of the path v1 -> v2 -> v3.
struct Corner {
  Vec3 a0, h0, h1, a1;
};
Corner round_corner(const Vec3& v1, const Vec3& v2, const Vec3& v3, double r) {
  const Vec3 u1 = (v2 - v1).normalized(), u2 = (v3 - v2).normalized();
  const double turn = std::atan2(u1.cross(u2).norm(), u1.dot(u2));
  const double cut = r * std::tan(turn / 2);  // distance from the vertex to the arc's ends
  Corner c;
  c.a0 = v2 - u1 * cut;
  c.a1 = v2 + u2 * cut;
  // An arc of `turn` radians through those ends; handles along the tangents, Manim's
  // radius * angle / 3 for a single component.
  const double chord = (c.a1 - c.a0).norm();
  const double radius = turn > 0 ? chord / (2 * std::sin(turn / 2)) : 0;
  c.h0 = c.a0 + u1 * (radius * turn / 3);
  c.h1 = c.a1 - u2 * (radius * turn / 3);
  return c;
}

}  // namespace

RoundedRectangle::RoundedRectangle(const RoundedRectangleArgs& a)
    : Polygon(checked_rect(a), white_under(a)) {
  detail::set_kind(node(), "RoundedRectangle");
  if (a.corner_radius == 0) return;  // Manim's round_corners(0) leaves the rectangle as it is
  const std::vector<Vec3> v = get_vertices();
  const std::size_t n = v.size();
  // Corner arcs at v[k] for k = 0..n-1, starting with the corner at the first vertex (UR).
  std::vector<Corner> arcs;
  for (std::size_t k = 0; k < n; ++k)
    arcs.push_back(round_corner(v[(k + n - 1) % n], v[k], v[(k + 1) % n], a.corner_radius));
  std::vector<Vec3> pts;
  for (std::size_t k = 0; k < n; ++k) {
    const Corner& c = arcs[k];
    pts.insert(pts.end(), {c.a0, c.h0, c.h1, c.a1});
    geom::append_straight(pts, c.a1, arcs[(k + 1) % n].a0);
  }
  node().points = std::move(pts);
}

}  // namespace manim
