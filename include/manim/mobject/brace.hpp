// Manim CE's braces: Brace (its SVG outline, linear sections grown with `sharpness`),
// BraceBetweenPoints and ArcBrace, with get_tip / get_direction / put_at_tip.
#pragma once
#include <optional>

#include "manim/mobject/geometry.hpp"

namespace manim {

struct BraceArgs {
  MANIM_STYLE_KWARGS  // defaults: WHITE fill 1, stroke 0, background stroke BLACK width 0
      double buff = 0.2;
  double sharpness = 2;
};

// A brace under `mobject` as seen looking along `direction` (DOWN: below it), as wide as the
// mobject's extent across that direction. Like Manim, it briefly rotates `mobject` and turns it
// back.
class Brace : public VMobject {
 public:
  explicit Brace(const Mobject& mobject, const Vec3& direction = DOWN, const BraceArgs& a = {});
  MANIM_HANDLE(Brace, VMobject)
  Vec3 get_tip() const;        // the point of the brace's middle cusp (its 29th point)
  Vec3 get_direction() const;  // unit vector from the centre to the tip
  // Places `mob` next to the tip along the rounded direction (use_next_to), else moves it onto
  // the tip and out along the direction by half its width + buff.
  const Brace& put_at_tip(Mobject& mob, bool use_next_to = true,
                          double buff = DEFAULT_MOBJECT_TO_MOBJECT_BUFFER) const;
};

// A brace spanning the segment start-end (on the side `direction`, default: the left normal of
// end - start turned clockwise, as Manim's BraceBetweenPoints).
class BraceBetweenPoints : public Brace {
 public:
  BraceBetweenPoints(const Vec3& start, const Vec3& end,
                     std::optional<Vec3> direction = std::nullopt, const BraceArgs& a = {});
  MANIM_HANDLE(BraceBetweenPoints, Brace)
};

struct ArcBraceArgs {
  MANIM_STYLE_KWARGS
  double buff = 0.2;
  double sharpness = 2;
  // The arc (Manim's default: Arc(start_angle=-1, angle=2, radius=1)).
  double radius = 1;
  double start_angle = -1;
  double angle = 2;
  Vec3 arc_center = ORIGIN;
};
// A brace bent along an arc: a straight brace on the log-polar image of the arc, mapped back by
// the complex exponential.
class ArcBrace : public Brace {
 public:
  explicit ArcBrace(const ArcBraceArgs& a = {}, const Vec3& direction = RIGHT);
  MANIM_HANDLE(ArcBrace, Brace)
};

}  // namespace manim
