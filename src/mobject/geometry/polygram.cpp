// Polygram, RegularPolygram and Star with Manim's vertex order and point layout (each group one
// closed subpath of straight cubics).
#include "manim/mobject/geometry/polygram.hpp"

#include <cmath>
#include <numeric>

#include "mobject/geometry/geometry_internal.hpp"
#include "mobject/path_ops.hpp"

namespace manim {

namespace {

// Manim's regular_vertices: n points on a circle from start_angle (default: a vertex on top for
// odd n, on the right for even n).
std::vector<Vec3> regular_vertices(int n, double radius, double start_angle) {
  std::vector<Vec3> v;
  for (int k = 0; k < n; ++k) {
    const double a = start_angle + k * TAU / n;
    v.push_back({radius * std::cos(a), radius * std::sin(a), 0});
  }
  return v;
}

double default_start(int n) { return n % 2 == 0 ? 0.0 : TAU / 4; }

std::vector<std::vector<Vec3>> polygram_groups(int num_vertices, const RegularPolygramArgs& a) {
  const char* cls = "RegularPolygram";
  geom::check_style(cls, geom::style_of(a));
  if (num_vertices < 1)
    geom::fail(cls, "num_vertices must be >= 1, got " + std::to_string(num_vertices));
  if (a.density < 1) geom::fail(cls, "density must be >= 1, got " + std::to_string(a.density));
  geom::require_non_negative(cls, "radius", a.radius);
  if (a.start_angle) geom::require_finite(cls, "start_angle", *a.start_angle);
  const int gons = std::gcd(num_vertices, a.density);
  const int n = num_vertices / gons, d = a.density / gons;
  const double start = a.start_angle.value_or(default_start(n));
  auto group = [&](double s) {
    const auto reg = regular_vertices(n, a.radius, s);
    std::vector<Vec3> out;
    int i = 0;
    do {
      out.push_back(reg[i]);
      i = (i + d) % n;
    } while (i != 0);
    return out;
  };
  std::vector<std::vector<Vec3>> groups;
  for (int g = 0; g < gons; ++g) groups.push_back(group(start + (double(g) / gons) * TAU / n));
  return groups;
}

StyleArgs polygram_style(const RegularPolygramArgs& a) { return geom::style_of(a); }

std::vector<std::vector<Vec3>> star_groups(int n, const StarArgs& a) {
  const char* cls = "Star";
  geom::check_style(cls, geom::style_of(a));
  if (n < 2) geom::fail(cls, "n must be >= 2 points, got " + std::to_string(n));
  geom::require_non_negative(cls, "outer_radius", a.outer_radius);
  geom::require_finite(cls, "start_angle", a.start_angle);
  const double inner_angle = TAU / (2 * n);
  double inner = 0;
  if (a.inner_radius) {
    geom::require_non_negative(cls, "inner_radius", *a.inner_radius);
    inner = *a.inner_radius;
  } else {
    if (a.density <= 0 || a.density >= n / 2.0)
      geom::fail(cls, "density " + std::to_string(a.density) + " is incompatible with n = " +
                          std::to_string(n) + " points (it must be in (0, n/2))");
    // Where the edges of the {n/density} polygram cross.
    const double outer_angle = TAU * a.density / n;
    const double inverse_x =
        1 - std::tan(inner_angle) * ((std::cos(outer_angle) - 1) / std::sin(outer_angle));
    inner = a.outer_radius / (std::cos(inner_angle) * inverse_x);
  }
  const auto outer_v = regular_vertices(n, a.outer_radius, a.start_angle);
  const auto inner_v = regular_vertices(n, inner, a.start_angle + inner_angle);
  std::vector<Vec3> v;
  for (int k = 0; k < n; ++k) {
    v.push_back(outer_v[k]);
    v.push_back(inner_v[k]);
  }
  return {v};
}

StyleArgs blue_under(const StyleArgs& a) {
  StyleArgs s;
  s.color = BLUE;
  return geom::merge(s, a);
}

}  // namespace

Polygram::Polygram(const std::vector<std::vector<Vec3>>& groups, const StyleArgs& a) : VMobject() {
  geom::check_style("Polygram", a);
  detail::set_kind(node(), "Polygram");
  auto& p = node().points;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].empty())
      geom::fail("Polygram", "vertex group " + std::to_string(g) + " is empty");
    for (const auto& v : groups[g]) geom::require_finite("Polygram", "vertex", v);
    auto sub = geom::polygon_points(groups[g]);
    p.insert(p.end(), sub.begin(), sub.end());
  }
  geom::apply_style(node(), blue_under(a));
}

std::vector<Vec3> Polygram::get_vertices() const {
  std::vector<Vec3> v;
  for (std::size_t i = 0; i + 3 < points().size(); i += 4) v.push_back(points()[i]);
  return v;
}

std::vector<std::vector<Vec3>> Polygram::get_vertex_groups() const {
  std::vector<std::vector<Vec3>> groups;
  std::vector<Vec3> group;
  for (std::size_t i = 0; i + 3 < points().size(); i += 4) {
    group.push_back(points()[i]);
    if (detail::points_close(points()[i + 3], group.front())) {
      groups.push_back(group);
      group.clear();
    }
  }
  return groups;
}

RegularPolygram::RegularPolygram(int num_vertices, const RegularPolygramArgs& a)
    : Polygram(polygram_groups(num_vertices, a), polygram_style(a)) {
  detail::set_kind(node(), "RegularPolygram");
}

Star::Star(int n, const StarArgs& a) : Polygram(star_groups(n, a), geom::style_of(a)) {
  detail::set_kind(node(), "Polygon");
  detail::set_kind(node(), "Star");
}

}  // namespace manim
