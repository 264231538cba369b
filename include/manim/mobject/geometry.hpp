// Manim CE's geometry: lines, arrows, polygons, rectangles, arcs, circles, dots.
// Keyword arguments are option structs: style keywords first (MANIM_STYLE_KWARGS), then the
// shape's own, e.g. Arrow(a, b, {.color = GOLD, .stroke_width = 1.5, .buff = 0.08}).
#pragma once
#include <memory>
#include <optional>
#include <vector>

#include "manim/mobject/vmobject.hpp"

namespace manim {

// ---------------------------------------------------------------- tips
// Manim's ArrowTip classes (ArrowTriangleFilledTip, ArrowTriangleTip, ArrowCircleFilledTip,
// ArrowCircleTip, ArrowSquareFilledTip, ArrowSquareTip, StealthTip), as `tip_shape=` names them.
enum class TipShape {
  TriangleFilled,
  Triangle,
  CircleFilled,
  Circle,
  SquareFilled,
  Square,
  Stealth
};

// Manim's TipableVMobject, the base of Arc and Line: tips at the end and/or the start of the
// path. A tip is a child whose point is the path's end (start); the path itself stops at the
// tip's base, as Manim's add_tip does (reset_endpoints_based_on_tip).
class TipableVMobject : public VMobject {
 public:
  TipableVMobject();
  MANIM_HANDLE(TipableVMobject, VMobject)
  // A new tip of `shape` (length and width default to get_default_tip_length()), coloured as
  // the path, turned to continue its first / last tangent.
  TipableVMobject& add_tip(TipShape shape = TipShape::TriangleFilled,
                           std::optional<double> tip_length = std::nullopt,
                           std::optional<double> tip_width = std::nullopt, bool at_start = false);
  // An existing tip (an ArrowTip), re-placed at the end (start).
  TipableVMobject& add_tip(const VMobject& tip, bool at_start = false);
  bool has_tip() const;
  bool has_start_tip() const;
  // Removes the tips (end tip first) and stretches the path back over the whole length.
  VGroup pop_tips();
  VGroup get_tips() const;   // end tip, then start tip
  VMobject get_tip() const;  // the end tip (else the start tip); throws when there is none
  VMobject get_start_tip() const;
  double get_default_tip_length() const;
  Vec3 get_first_handle() const;
  Vec3 get_last_handle() const;
  // The tip points when tipped (Manim's TipableVMobject.get_start/get_end).
  Vec3 get_start() const;
  Vec3 get_end() const;
  double get_length() const;
};

// ---------------------------------------------------------------- arcs and circles
struct ArcArgs {
  MANIM_STYLE_KWARGS
  double radius = 1.0;
  double start_angle = 0;
  double angle = TAU / 4;
  int num_components = 9;
  Vec3 arc_center = ORIGIN;
};
class Arc : public TipableVMobject {
 public:
  explicit Arc(const ArcArgs& a = {});
  Arc(double radius, double start_angle, double angle, const ArcArgs& a = {});
  MANIM_HANDLE(Arc, TipableVMobject)
  Vec3 get_arc_center() const;
};

struct CircleArgs {
  MANIM_STYLE_KWARGS
  double radius = 1.0;
  int num_components = 9;
};
class Circle : public Arc {
 public:
  explicit Circle(const CircleArgs& a = {});  // RED, radius 1
  Circle(double radius, const CircleArgs& a = {});
  MANIM_HANDLE(Circle, Arc)
  double get_radius() const;
  // Point on the circle at `angle` (radians from +x), as Manim's point_at_angle.
  Vec3 point_at_angle(double angle) const;
  // The circle through three points (throws when they are collinear).
  static Circle from_three_points(const Vec3& p1, const Vec3& p2, const Vec3& p3,
                                  const CircleArgs& a = {});
  // Manim's surround: fitted over `m` (its diagonal as width), then scaled by buffer_factor.
  Circle& surround(const Mobject& m, int dim_to_match = 0, bool stretch = false,
                   double buffer_factor = 1.2);
};

struct DotArgs {
  MANIM_STYLE_KWARGS
  double radius = DEFAULT_DOT_RADIUS;
};
class Dot : public Circle {
 public:
  explicit Dot(const Vec3& point = ORIGIN, const DotArgs& a = {});  // WHITE, filled, no stroke
  explicit Dot(const DotArgs& a) : Dot(ORIGIN, a) {}
  MANIM_HANDLE(Dot, Circle)
};

struct EllipseArgs {
  MANIM_STYLE_KWARGS
  double width = 2;
  double height = 1;
};
class Ellipse : public Circle {
 public:
  explicit Ellipse(const EllipseArgs& a = {});
  MANIM_HANDLE(Ellipse, Circle)
};

// ---------------------------------------------------------------- lines and arrows
struct LineArgs {
  MANIM_STYLE_KWARGS
  double buff = 0;
};
class Line : public TipableVMobject {
 public:
  Line(const Vec3& start = LEFT, const Vec3& end = RIGHT, const LineArgs& a = {});
  Line(const Mobject& start, const Mobject& end, const LineArgs& a = {});
  MANIM_HANDLE(Line, TipableVMobject)
  // First / last point as Manim's Line: an Arrow ends at its tip point, a DashedLine at its
  // first / last dash (hides Mobject::get_start/get_end, which read the object's own points).
  Vec3 get_start() const;
  Vec3 get_end() const;
  Vec3 get_vector() const;
  double get_length() const;
  Vec3 get_unit_vector() const;
  double get_angle() const;
  Line& put_start_and_end_on(const Vec3& start, const Vec3& end);
};

struct DashedLineArgs {
  MANIM_STYLE_KWARGS
  double buff = 0;
  double dash_length = DEFAULT_DASH_LENGTH;
  double dashed_ratio = 0.5;
};
// The DashedLine has no points of its own: its dashes are its submobjects (Manim's layout).
class DashedLine : public Line {
 public:
  DashedLine(const Vec3& start = LEFT, const Vec3& end = RIGHT, const DashedLineArgs& a = {});
  MANIM_HANDLE(DashedLine, Line)
};

struct ArrowArgs {
  MANIM_STYLE_KWARGS
  double buff = MED_SMALL_BUFF;
  double tip_length = DEFAULT_ARROW_TIP_LENGTH;
  double max_tip_length_to_length_ratio = 0.25;
  double max_stroke_width_to_length_ratio = 5;
  TipShape tip_shape = TipShape::TriangleFilled;
};
// A straight shaft plus a filled triangle tip (its only submobject), sized by Manim's rules:
// buff trimmed when the arrow is long enough, tip and stroke capped relative to the length.
class Arrow : public Line {
 public:
  Arrow(const Vec3& start = LEFT, const Vec3& end = RIGHT, const ArrowArgs& a = {});
  // scale() keeps the tip size and recomputes the stroke width, as Manim's Arrow.scale (a
  // node-level override, so it holds through any handle to the arrow).
  MANIM_HANDLE(Arrow, Line)
  Mobject get_tip() const;
  double get_tip_length() const;
  // Manim's scale(factor, scale_tips=True): the tip scales with the arrow, then the stroke
  // width is recomputed from the new length.
  Arrow& scale_with_tips(double factor, const About& about = {});
};

struct DoubleArrowArgs {
  MANIM_STYLE_KWARGS
  double buff = MED_SMALL_BUFF;
  double tip_length = DEFAULT_ARROW_TIP_LENGTH;
  double max_tip_length_to_length_ratio = 0.25;
  double max_stroke_width_to_length_ratio = 5;
  TipShape tip_shape_end = TipShape::TriangleFilled;
  TipShape tip_shape_start = TipShape::TriangleFilled;
};
// An Arrow with a second tip at its start (added after the end tip, as Manim does).
class DoubleArrow : public Arrow {
 public:
  DoubleArrow(const Vec3& start = LEFT, const Vec3& end = RIGHT, const DoubleArrowArgs& a = {});
  MANIM_HANDLE(DoubleArrow, Arrow)
};

struct VectorArgs {
  MANIM_STYLE_KWARGS
  double buff = 0;
  double tip_length = DEFAULT_ARROW_TIP_LENGTH;
  double max_tip_length_to_length_ratio = 0.25;
  double max_stroke_width_to_length_ratio = 5;
  TipShape tip_shape = TipShape::TriangleFilled;
};
// An Arrow from the origin to `direction` with no buff.
class Vector : public Arrow {
 public:
  explicit Vector(const Vec3& direction = RIGHT, const VectorArgs& a = {});
  MANIM_HANDLE(Vector, Arrow)
};

// ---------------------------------------------------------------- polygons
class Polygon : public VMobject {
 public:
  explicit Polygon(const std::vector<Vec3>& vertices, const StyleArgs& a = {});  // BLUE
  MANIM_HANDLE(Polygon, VMobject)
  std::vector<Vec3> get_vertices() const;
};

struct RegularPolygonArgs {
  MANIM_STYLE_KWARGS
  double radius = 1;
  // Manim's default (unset): 90 degrees for odd n, 0 for even.
  std::optional<double> start_angle;
};
class RegularPolygon : public Polygon {
 public:
  explicit RegularPolygon(int n = 6, const RegularPolygonArgs& a = {});
  MANIM_HANDLE(RegularPolygon, Polygon)
};
class Triangle : public RegularPolygon {
 public:
  explicit Triangle(const RegularPolygonArgs& a = {});
  MANIM_HANDLE(Triangle, RegularPolygon)
};

struct RectangleArgs {
  MANIM_STYLE_KWARGS
  double width = 4.0;
  double height = 2.0;
};
class Rectangle : public Polygon {
 public:
  explicit Rectangle(const RectangleArgs& a = {});  // WHITE, 4 x 2
  MANIM_HANDLE(Rectangle, Polygon)
};

struct SquareArgs {
  MANIM_STYLE_KWARGS
  double side_length = 2.0;
};
class Square : public Rectangle {
 public:
  explicit Square(const SquareArgs& a = {});
  explicit Square(double side_length, const SquareArgs& a = {});
  MANIM_HANDLE(Square, Rectangle)
  double side_length() const;
};

struct RoundedRectangleArgs {
  MANIM_STYLE_KWARGS
  double width = 4.0;
  double height = 2.0;
  double corner_radius = 0.5;
};
class RoundedRectangle : public Polygon {
 public:
  explicit RoundedRectangle(const RoundedRectangleArgs& a = {});
  MANIM_HANDLE(RoundedRectangle, Polygon)
};

struct SurroundingRectangleArgs {
  MANIM_STYLE_KWARGS
  double buff = SMALL_BUFF;
  double corner_radius = 0;
};
class SurroundingRectangle : public RoundedRectangle {
 public:
  explicit SurroundingRectangle(const Mobject& m, const SurroundingRectangleArgs& a = {});
  MANIM_HANDLE(SurroundingRectangle, RoundedRectangle)
};

struct BackgroundRectangleArgs {
  MANIM_STYLE_KWARGS
  double buff = 0;
  double corner_radius = 0;
};
class BackgroundRectangle : public SurroundingRectangle {
 public:
  explicit BackgroundRectangle(const Mobject& m, const BackgroundRectangleArgs& a = {});
  MANIM_HANDLE(BackgroundRectangle, SurroundingRectangle)
};

}  // namespace manim
