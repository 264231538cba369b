// Line: one straight cubic from start to end, optionally trimmed by `buff` at both ends.
#include <cmath>
#include <limits>

#include "mobject/geometry/geometry_internal.hpp"

namespace manim {

namespace geom {

std::shared_ptr<detail::MobjectNode> find_tip(const detail::MobjectNode& n) {
  for (const auto& c : n.submobjects)
    if (detail::has_kind(*c, "ArrowTip") && !is_start_tip(*c)) return c;
  return nullptr;
}

Vec3 line_start(const detail::MobjectNode& n) {
  if (auto tip = find_start_tip(n); tip && !tip->points.empty()) return tip->points.front();
  if (!n.points.empty()) return n.points.front();
  if (!n.submobjects.empty()) return line_start(*n.submobjects.front());
  throw std::logic_error(n.kind + ": has no points, so it has no start");
}

Vec3 line_end(const detail::MobjectNode& n) {
  if (auto tip = find_tip(n); tip && !tip->points.empty()) return tip->points.front();
  if (!n.points.empty()) return n.points.back();
  if (!n.submobjects.empty()) return line_end(*n.submobjects.back());
  throw std::logic_error(n.kind + ": has no points, so it has no end");
}

void put_start_and_end_on(const std::shared_ptr<detail::MobjectNode>& n, const Vec3& start,
                          const Vec3& end) {
  const Vec3 cs = line_start(*n), ce = line_end(*n);
  const bool arrow = detail::has_kind(*n, "Arrow");
  if (cs == ce) {
    if (!detail::has_kind(*n, "Line"))
      fail(n->kind, "put_start_and_end_on: cannot position the endpoints of a closed loop");
    // Nothing to scale or rotate: regenerate between the new points (Manim's Line does too).
    if (arrow && find_tip(*n)) {
      arrow_rebuild(n, start, end);
    } else {
      n->points.clear();
      append_straight(n->points, start, end);
    }
    return;
  }
  const Vec3 curr = ce - cs, target = end - start;
  const double k = target.norm() / curr.norm();
  if (arrow) {
    About about;
    about.about_point = cs;
    arrow_scale(n, k, about);
  } else {
    for_each_in_family(*n, [&](detail::MobjectNode& m) {
      for (auto& p : m.points) p = cs + (p - cs) * k;
    });
  }
  Vec3 cross = curr.cross(target);
  Vec3 axis = cross.norm() != 0 ? cross / cross.norm() : OUT;
  // atan2 keeps tiny angles exact where acos(dot) would turn rounding into ~1e-8 radians.
  double angle = std::atan2(cross.norm(), curr.dot(target));
  const Vec3 shift = start - cs;
  for_each_in_family(*n, [&](detail::MobjectNode& m) {
    for (auto& p : m.points) p = (angle != 0 ? rotate_about(p, angle, axis, cs) : p) + shift;
  });
}

}  // namespace geom

namespace {

// Manim's get_boundary_point: the point of the family furthest along `dir` (the first one on
// ties), over the anchors of a VMobject family or all points of a plain Mobject family.
Vec3 boundary_point(const Mobject& m, const Vec3& dir) {
  const bool anchors_only = m.is_vectorized();
  bool found = false;
  double best = -std::numeric_limits<double>::infinity();
  Vec3 result;
  geom::for_each_in_family(m.node(), [&](detail::MobjectNode& n) {
    for (std::size_t i = 0; i < n.points.size(); ++i) {
      if (anchors_only && n.points.size() > 1 && i % 4 != 0 && i % 4 != 3) continue;
      double d = n.points[i].dot(dir);
      if (!found || d > best) {
        found = true;
        best = d;
        result = n.points[i];
      }
    }
  });
  return result;
}

void check_line_args(const char* cls, const Vec3& start, const Vec3& end, const LineArgs& a) {
  geom::check_style(cls, geom::style_of(a));
  geom::require_finite(cls, "start", start);
  geom::require_finite(cls, "end", end);
  geom::require_non_negative(cls, "buff", a.buff);
}

}  // namespace

namespace geom {
// Shared with DashedLine: the trimmed straight cubic (buff only when the line is long enough).
void set_line_points(detail::MobjectNode& n, const Vec3& start, const Vec3& end, double buff) {
  Vec3 s = start, e = end;
  double length = (end - start).norm();
  if (buff != 0 && length >= 2 * buff) {
    double f = buff / length;
    s = interpolate(start, end, f);
    e = interpolate(start, end, 1 - f);
  }
  n.points.clear();
  append_straight(n.points, s, e);
}
}  // namespace geom

Line::Line(const Vec3& start, const Vec3& end, const LineArgs& a) : TipableVMobject() {
  check_line_args("Line", start, end, a);
  detail::set_kind(node(), "Line");
  geom::set_line_points(node(), start, end, a.buff);
  geom::apply_style(node(), geom::style_of(a));
}

Line::Line(const Mobject& start, const Mobject& end, const LineArgs& a) : TipableVMobject() {
  for (const Mobject* m : {&start, &end}) {
    bool any = false;
    geom::for_each_in_family(m->node(), [&](detail::MobjectNode& n) { any |= !n.points.empty(); });
    if (!any)
      geom::fail("Line", std::string(m == &start ? "start" : "end") + " mobject (" + m->kind() +
                             ") has no points; give it points or pass a point instead");
  }
  // Centres give the direction; then each end snaps to its mobject's boundary along it.
  Vec3 dir = (end.get_center() - start.get_center()).normalized();
  Vec3 s = boundary_point(start, dir), e = boundary_point(end, -dir);
  check_line_args("Line", s, e, a);
  detail::set_kind(node(), "Line");
  geom::set_line_points(node(), s, e, a.buff);
  geom::apply_style(node(), geom::style_of(a));
}

Vec3 Line::get_start() const { return geom::line_start(node()); }
Vec3 Line::get_end() const { return geom::line_end(node()); }
Vec3 Line::get_vector() const { return get_end() - get_start(); }
double Line::get_length() const { return get_vector().norm(); }
Vec3 Line::get_unit_vector() const { return get_vector().normalized(); }

double Line::get_angle() const {
  Vec3 v = get_vector();
  return std::atan2(v.y, v.x);
}

Line& Line::put_start_and_end_on(const Vec3& start, const Vec3& end) {
  geom::require_finite(kind().c_str(), "put_start_and_end_on start", start);
  geom::require_finite(kind().c_str(), "put_start_and_end_on end", end);
  geom::put_start_and_end_on(node_ptr(), start, end);
  return *this;
}

}  // namespace manim
