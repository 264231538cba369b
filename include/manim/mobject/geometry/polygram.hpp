// Manim CE's Polygram family beyond Polygon/RegularPolygon: Polygram (several closed vertex
// groups), RegularPolygram ({n/density} star polygons) and Star.
#pragma once
#include <optional>
#include <vector>

#include "manim/mobject/geometry.hpp"

namespace manim {

// Each vertex group is one closed subpath (BLUE by default).
class Polygram : public VMobject {
 public:
  explicit Polygram(const std::vector<std::vector<Vec3>>& vertex_groups, const StyleArgs& a = {});
  MANIM_HANDLE(Polygram, VMobject)
  std::vector<Vec3> get_vertices() const;  // start anchor of every curve
  std::vector<std::vector<Vec3>> get_vertex_groups() const;
};

struct RegularPolygramArgs {
  MANIM_STYLE_KWARGS
  int density = 2;
  double radius = 1;
  // Manim's default (unset): 90 degrees for odd vertex counts, 0 for even.
  std::optional<double> start_angle{};
};
// gcd(num_vertices, density) interleaved {n/d} polygons on one circle.
class RegularPolygram : public Polygram {
 public:
  explicit RegularPolygram(int num_vertices, const RegularPolygramArgs& a = {});
  MANIM_HANDLE(RegularPolygram, Polygram)
};

struct StarArgs {
  MANIM_STYLE_KWARGS
  double outer_radius = 1;
  // Unset: where the edges of the {n/density} polygram cross (Manim's default).
  std::optional<double> inner_radius{};
  int density = 2;
  double start_angle = TAU / 4;
};
// 2n vertices alternating between the outer and the inner circle, the first outer one at
// start_angle.
class Star : public Polygram {
 public:
  explicit Star(int n = 5, const StarArgs& a = {});
  MANIM_HANDLE(Star, Polygram)
};

}  // namespace manim
