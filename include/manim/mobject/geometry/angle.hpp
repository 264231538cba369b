// Manim CE's Elbow, Angle and RightAngle: the arc (or elbow) marking the angle between two lines.
#pragma once
#include <optional>

#include "manim/mobject/geometry.hpp"

namespace manim {

struct ElbowArgs {
  MANIM_STYLE_KWARGS
  double width = 0.2;
  double angle = 0;
};
// Two segments UP -> UP+RIGHT -> RIGHT scaled to `width` about the origin, turned by `angle`.
class Elbow : public VMobject {
 public:
  explicit Elbow(const ElbowArgs& a = {});
  MANIM_HANDLE(Elbow, VMobject)
};

struct AngleArgs {
  MANIM_STYLE_KWARGS
  // Unset: 2/3 of the shorter distance from the intersection to the lines' ends when that is
  // below 0.6, else 0.4 (Manim's rule).
  std::optional<double> radius{};
  // Which end of each line the angle opens towards: +1 its end, -1 its start.
  int quadrant_1 = 1, quadrant_2 = 1;
  bool other_angle = false;  // the reflex (clockwise) angle instead
  bool dot = false;
  std::optional<double> dot_radius{};  // unset: radius / 10
  double dot_distance = 0.55;
  Color dot_color = WHITE;
  bool elbow = false;
};
class Angle : public VMobject {
 public:
  // Throws when the lines are parallel (no intersection) or leave the xy-plane.
  Angle(const Line& line1, const Line& line2, const AngleArgs& a = {});
  MANIM_HANDLE(Angle, VMobject)
  static Angle from_three_points(const Vec3& A, const Vec3& B, const Vec3& C,
                                 const AngleArgs& a = {});
  // The signed angle drawn, radians (degrees when asked); throws for an elbow.
  double get_value(bool degrees = false) const;
};

struct RightAngleArgs {
  MANIM_STYLE_KWARGS
  std::optional<double> length{};
  int quadrant_1 = 1, quadrant_2 = 1;
};
class RightAngle : public Angle {
 public:
  RightAngle(const Line& line1, const Line& line2, const RightAngleArgs& a = {});
  MANIM_HANDLE(RightAngle, Angle)
};

// Manim's line_intersection of two infinite lines in the xy-plane (homogeneous coordinates).
Vec3 line_intersection(const Vec3& a1, const Vec3& a2, const Vec3& b1, const Vec3& b2);

}  // namespace manim
