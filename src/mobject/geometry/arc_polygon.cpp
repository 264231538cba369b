// ArcPolygon, ArcPolygonFromArcs, TangentLine and Cutout as Manim builds them.
#include "manim/mobject/geometry/arc_polygon.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "manim/mobject/geometry/polygram.hpp"
#include "mobject/geometry/geometry_internal.hpp"

namespace manim {
namespace {

void append(detail::MobjectNode& n, const std::vector<Vec3>& pts) {
  n.points.insert(n.points.end(), pts.begin(), pts.end());
}

std::vector<Mobject> children(const Mobject& m) { return m.submobjects(); }

}  // namespace

ArcPolygon::ArcPolygon(const std::vector<Vec3>& vertices, const ArcPolygonArgs& a)
    : VMobject(geom::style_of(a)) {
  detail::set_kind(node(), "ArcPolygon");
  const std::size_t n = vertices.size();
  if (n < 2)
    throw std::invalid_argument(fmt::format("ArcPolygon: needs at least 2 vertices, got {}", n));
  for (const Vec3& v : vertices) geom::require_finite("ArcPolygon", "vertices", v);
  if (a.arc_config.size() > 1 && a.arc_config.size() != n)
    throw std::invalid_argument(
        fmt::format("ArcPolygon: arc_config has {} entries for {} vertices; give one config or "
                    "one per vertex",
                    a.arc_config.size(), n));
  std::vector<Mobject> arcs;
  for (std::size_t k = 0; k < n; ++k) {
    ArcBetweenPointsArgs conf;
    if (a.arc_config.empty()) {
      // Manim tests `if radius:`, so a radius of 0 means "use the angle".
      if (a.radius && *a.radius != 0)
        conf.radius = a.radius;
      else
        conf.angle = a.angle;
    } else {
      conf = a.arc_config[a.arc_config.size() == 1 ? 0 : k];
    }
    ArcBetweenPoints arc(vertices[k], vertices[(k + 1) % n], conf);
    arcs.push_back(arc);
  }
  add(arcs);
  for (const Mobject& arc : arcs) append(node(), arc.node().points);
}

std::vector<Mobject> ArcPolygon::arcs() const { return children(*this); }

ArcPolygonFromArcs::ArcPolygonFromArcs(const std::vector<Mobject>& arcs, const StyleArgs& style)
    : VMobject(style) {
  detail::set_kind(node(), "ArcPolygonFromArcs");
  for (const Mobject& m : arcs)
    if (!detail::has_kind(m.node(), "Arc"))
      throw std::invalid_argument(
          "ArcPolygonFromArcs: all submobjects must be of type Arc/ArcBetweenPoints, got " +
          m.kind());
  add(arcs);
  for (std::size_t k = 0; k < arcs.size(); ++k) {
    const VMobject arc1 = arcs[k].as<VMobject>();
    const Mobject& arc2 = arcs[(k + 1) % arcs.size()];
    append(node(), arc1.node().points);
    if (arc1.node().points.empty() || arc2.node().points.empty()) continue;
    Line line(arc1.node().points.back(), arc2.node().points.front());
    const double ratio = line.get_length() / arc1.get_arc_length(10);
    if (!std::isfinite(ratio)) continue;
    line.insert_n_curves(static_cast<int>(static_cast<double>(arc1.get_num_curves()) * ratio));
    append(node(), line.node().points);
  }
}

std::vector<Mobject> ArcPolygonFromArcs::arcs() const { return children(*this); }

namespace {
LineArgs tangent_line_args(const TangentLineArgs& a) {
  geom::require_finite("TangentLine", "length", a.length);
  geom::require_finite("TangentLine", "d_alpha", a.d_alpha);
  LineArgs l;
  geom::put_style(l, geom::style_of(a));
  return l;
}
}  // namespace

TangentLine::TangentLine(const VMobject& vmob, double alpha, const TangentLineArgs& a)
    : Line(vmob.point_from_proportion(std::clamp(alpha - a.d_alpha, 0.0, 1.0)),
           vmob.point_from_proportion(std::clamp(alpha + a.d_alpha, 0.0, 1.0)),
           tangent_line_args(a)) {
  detail::set_kind(node(), "TangentLine");
  const double len = get_length();
  if (!(len > 0))
    throw std::invalid_argument(fmt::format(
        "TangentLine: the path has no direction at alpha {} (its points there coincide)", alpha));
  scale(a.length / len);
}

std::string get_direction(const VMobject& m) {
  const auto& p = m.node().points;
  double area = 0;  // numpy.trapz(y, x) over the start anchors
  for (std::size_t i = 4; i < p.size(); i += 4)
    area += (p[i].x - p[i - 4].x) * (p[i].y + p[i - 4].y) / 2;
  return area > 0 ? "CW" : "CCW";
}

void force_direction(VMobject& m, const std::string& target) {
  if (target != "CW" && target != "CCW")
    throw std::invalid_argument("force_direction: the direction must be 'CW' or 'CCW', got '" +
                                target + "'");
  if (get_direction(m) == target) return;
  for (const Mobject& s : m.get_family())
    std::reverse(s.node().points.begin(), s.node().points.end());
}

Cutout::Cutout(const VMobject& main_shape, const std::vector<VMobject>& mobjects,
               const StyleArgs& style)
    : VMobject(style) {
  detail::set_kind(node(), "Cutout");
  append(node(), main_shape.node().points);
  const std::string sub = get_direction(main_shape) == "CW" ? "CCW" : "CW";
  for (VMobject m : mobjects) {
    force_direction(m, sub);
    append(node(), m.node().points);
  }
}

namespace {
Vec3 unit(const Vec3& v) {
  const double n = std::sqrt(v.x * v.x + v.y * v.y + v.z * v.z);
  return n > 0 ? v / n : Vec3(0, 0, 0);
}
double norm3(const Vec3& v) { return std::sqrt(v.x * v.x + v.y * v.y + v.z * v.z); }
}  // namespace

VMobject& round_corners(VMobject& polygram, const std::vector<double>& radius,
                        bool evenly_distribute_anchors, int components_per_rounded_corner) {
  if (!detail::has_kind(polygram.node(), "Polygram") &&
      !detail::has_kind(polygram.node(), "Polygon"))
    throw std::invalid_argument(
        "round_corners: only a Polygram's or Polygon's corners can be rounded, got " +
        polygram.kind());
  if (radius.empty())
    throw std::invalid_argument("round_corners: radius must be a number or a non-empty list");
  for (double r : radius) geom::require_finite("round_corners", "radius", r);
  if (components_per_rounded_corner < 2)
    throw std::invalid_argument(
        fmt::format("round_corners: components_per_rounded_corner must be >= 2, got {}",
                    components_per_rounded_corner));
  if (radius.size() == 1 && radius[0] == 0) return polygram;
  std::vector<Vec3> new_points;
  // Manim's get_vertex_groups: start anchors, a group closing where a curve ends on its first.
  std::vector<std::vector<Vec3>> groups;
  {
    const auto& pts = polygram.node().points;
    std::vector<Vec3> group;
    for (std::size_t i = 0; i + 3 < pts.size(); i += 4) {
      group.push_back(pts[i]);
      const Vec3 d = pts[i + 3] - group.front();
      if (std::abs(d.x) <= 1e-6 && std::abs(d.y) <= 1e-6 && std::abs(d.z) <= 1e-6) {
        groups.push_back(group);
        group.clear();
      }
    }
  }
  for (const auto& vertices : groups) {
    const std::size_t n = vertices.size();
    if (n < 3) continue;
    std::vector<ArcBetweenPoints> arcs;
    for (std::size_t i = 0; i < n; ++i) {
      const double r = radius[i % radius.size()];
      const Vec3 &v1 = vertices[i], &v2 = vertices[(i + 1) % n], &v3 = vertices[(i + 2) % n];
      const Vec3 vect1 = v2 - v1, vect2 = v3 - v2;
      const Vec3 u1 = unit(vect1), u2 = unit(vect2);
      double angle = 2 * std::atan2(norm3(u1 - u2), norm3(u1 + u2));
      angle *= (r > 0) - (r < 0);  // a negative radius gives a concave corner
      const double cut = r * std::tan(angle / 2);
      const double cz = vect1.x * vect2.y - vect1.y * vect2.x;
      const double sign = (cz > 0) - (cz < 0);
      ArcBetweenPointsArgs a;
      a.angle = sign * angle;
      a.num_components = components_per_rounded_corner;
      arcs.emplace_back(v2 - u1 * cut, v2 + u2 * cut, a);
    }
    double per_curve = 1;
    if (evenly_distribute_anchors) {
      double length = 0, curves = 0;
      for (const auto& arc : arcs)
        if (arc.node().points.size() > 4) {
          length += arc.get_arc_length(10);
          curves += static_cast<double>(arc.node().points.size()) / 4;
        }
      if (curves > 0) per_curve = length / curves;
    }
    // Starting with the arc at the first vertex (Manim's [arcs[-1], *arcs[:-1]]).
    std::rotate(arcs.begin(), arcs.end() - 1, arcs.end());
    for (std::size_t i = 0; i < n; ++i) {
      const auto& arc1 = arcs[i];
      const auto& arc2 = arcs[(i + 1) % n];
      new_points.insert(new_points.end(), arc1.node().points.begin(), arc1.node().points.end());
      Line line(arc1.node().points.back(), arc2.node().points.front());
      if (evenly_distribute_anchors)
        line.insert_n_curves(static_cast<int>(std::ceil(line.get_length() / per_curve)));
      new_points.insert(new_points.end(), line.node().points.begin(), line.node().points.end());
    }
  }
  polygram.node().points = std::move(new_points);
  return polygram;
}

}  // namespace manim
