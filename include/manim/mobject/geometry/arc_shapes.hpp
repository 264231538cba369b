// Manim CE's arc-based shapes beyond Arc/Circle/Dot/Ellipse: ArcBetweenPoints, CurvedArrow,
// CurvedDoubleArrow, AnnularSector, Sector, Annulus, AnnotationDot, CubicBezier, with Manim's
// keywords, defaults and point layouts.
#pragma once
#include <optional>

#include "manim/mobject/geometry.hpp"

namespace manim {

struct ArcBetweenPointsArgs {
  MANIM_STYLE_KWARGS
  double angle = TAU / 4;
  // When given, the angle follows from it (negative: the other way round); it must be at least
  // half the distance between the points.
  std::optional<double> radius{};
  int num_components = 9;
};
// An Arc of `angle` moved so that it starts at `start` and ends at `end`.
class ArcBetweenPoints : public Arc {
 public:
  ArcBetweenPoints(const Vec3& start, const Vec3& end, const ArcBetweenPointsArgs& a = {});
  MANIM_HANDLE(ArcBetweenPoints, Arc)
};

struct CurvedArrowArgs {
  MANIM_STYLE_KWARGS
  double angle = TAU / 4;
  std::optional<double> radius{};
  int num_components = 9;
  TipShape tip_shape = TipShape::TriangleFilled;        // the end tip (Manim's tip_shape_end)
  TipShape tip_shape_start = TipShape::TriangleFilled;  // CurvedDoubleArrow only
};
class CurvedArrow : public ArcBetweenPoints {
 public:
  CurvedArrow(const Vec3& start, const Vec3& end, const CurvedArrowArgs& a = {});
  MANIM_HANDLE(CurvedArrow, ArcBetweenPoints)
};
class CurvedDoubleArrow : public CurvedArrow {
 public:
  CurvedDoubleArrow(const Vec3& start, const Vec3& end, const CurvedArrowArgs& a = {});
  MANIM_HANDLE(CurvedDoubleArrow, CurvedArrow)
};

struct AnnularSectorArgs {
  MANIM_STYLE_KWARGS  // defaults: WHITE, fill_opacity 1, stroke_width 0
      double inner_radius = 1;
  double outer_radius = 2;
  double angle = TAU / 4;
  double start_angle = 0;
  Vec3 arc_center = ORIGIN;
};
// The inner arc, a line out, the outer arc backwards, a line in (Manim's point order).
class AnnularSector : public Arc {
 public:
  explicit AnnularSector(const AnnularSectorArgs& a = {});
  MANIM_HANDLE(AnnularSector, Arc)
};

struct SectorArgs {
  MANIM_STYLE_KWARGS
  double outer_radius = 1;
  double inner_radius = 0;
  double angle = TAU / 4;
  double start_angle = 0;
  Vec3 arc_center = ORIGIN;
};
class Sector : public AnnularSector {
 public:
  explicit Sector(const SectorArgs& a = {});
  MANIM_HANDLE(Sector, AnnularSector)
};

struct AnnulusArgs {
  MANIM_STYLE_KWARGS  // defaults: WHITE, fill_opacity 1, stroke_width 0
      double inner_radius = 1;
  double outer_radius = 2;
  Vec3 arc_center = ORIGIN;
};
// The outer circle then the inner circle reversed (so the hole stays empty).
class Annulus : public Circle {
 public:
  explicit Annulus(const AnnulusArgs& a = {});
  MANIM_HANDLE(Annulus, Circle)
};

struct AnnotationDotArgs {
  MANIM_STYLE_KWARGS  // defaults: stroke WHITE width 5, fill BLUE
      double radius = DEFAULT_DOT_RADIUS * 1.3;
};
class AnnotationDot : public Dot {
 public:
  explicit AnnotationDot(const Vec3& point = ORIGIN, const AnnotationDotArgs& a = {});
  MANIM_HANDLE(AnnotationDot, Dot)
};

// One cubic Bezier curve.
class CubicBezier : public VMobject {
 public:
  CubicBezier(const Vec3& start_anchor, const Vec3& start_handle, const Vec3& end_handle,
              const Vec3& end_anchor, const StyleArgs& a = {});
  MANIM_HANDLE(CubicBezier, VMobject)
};

}  // namespace manim
