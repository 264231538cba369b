// Manim CE's ArcPolygon, ArcPolygonFromArcs (geometry/arc.py), TangentLine (geometry/line.py) and
// Cutout (geometry/polygram.py), with Manim's keywords, defaults and point layouts.
#pragma once
#include <optional>
#include <vector>

#include "manim/mobject/geometry/arc_shapes.hpp"

namespace manim {

struct ArcPolygonArgs {
  MANIM_STYLE_KWARGS
  double angle = PI / 4;
  std::optional<double> radius{};  // when set (and not 0) every arc uses it instead of angle
  // Manim's arc_config: empty, one config for every arc, or one per arc (as many as vertices).
  std::vector<ArcBetweenPointsArgs> arc_config{};
};
// An ArcBetweenPoints from each vertex to the next (the last back to the first); the arcs are
// its submobjects (`arcs`) and their points, in order, are its own path.
class ArcPolygon : public VMobject {
 public:
  explicit ArcPolygon(const std::vector<Vec3>& vertices, const ArcPolygonArgs& a = {});
  MANIM_HANDLE(ArcPolygon, VMobject)
  std::vector<Mobject> arcs() const;
};

// The given Arcs as one path: each arc's points, then a straight line (split into as many
// curves as its length is a fraction of the arc's, times the arc's curve count) to the next
// arc's start; the arcs become submobjects.
class ArcPolygonFromArcs : public VMobject {
 public:
  explicit ArcPolygonFromArcs(const std::vector<Mobject>& arcs, const StyleArgs& style = {});
  MANIM_HANDLE(ArcPolygonFromArcs, VMobject)
  std::vector<Mobject> arcs() const;
};

struct TangentLineArgs {
  MANIM_STYLE_KWARGS
  double length = 1;
  double d_alpha = 1e-6;
};
// The Line through vmob's points at proportions alpha -/+ d_alpha (clipped to [0, 1]), scaled
// about its centre to `length`.
class TangentLine : public Line {
 public:
  TangentLine(const VMobject& vmob, double alpha, const TangentLineArgs& a = {});
  MANIM_HANDLE(TangentLine, Line)
};

// main_shape's points, then each other shape's points turned the opposite way round (Manim's
// shoelace direction of the start anchors), so the nonzero fill leaves them as holes. As in
// Manim, the cut shapes themselves are reversed in place when needed.
class Cutout : public VMobject {
 public:
  Cutout(const VMobject& main_shape, const std::vector<VMobject>& mobjects,
         const StyleArgs& style = {});
  MANIM_HANDLE(Cutout, VMobject)
};

// Manim's VMobject.get_direction: "CW" when the trapezoid sum of the start anchors is positive,
// else "CCW"; force_direction reverses the points (of the family) when they differ.
std::string get_direction(const VMobject& m);
void force_direction(VMobject& m, const std::string& target);

// Manim's Polygram.round_corners: at each vertex an ArcBetweenPoints (components_per_rounded_corner
// anchors) of the corner's turning angle, cut back radius * tan(angle / 2) along both edges,
// joined by straight lines; `radius` is repeated over the vertices (a negative radius rounds
// inwards). With evenly_distribute_anchors the lines get as many curves as the arcs' average
// curve length fits. radius {0} leaves the shape unchanged. Only a Polygram (or subclass).
VMobject& round_corners(VMobject& polygram, const std::vector<double>& radius = {0.5},
                        bool evenly_distribute_anchors = false,
                        int components_per_rounded_corner = 2);

}  // namespace manim
