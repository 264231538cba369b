// Manim CE's DashedVMobject: any VMobject cut into dashes (its submobjects).
#pragma once
#include "manim/mobject/vmobject.hpp"

namespace manim {

struct DashedVMobjectArgs {
  MANIM_STYLE_KWARGS
  int num_dashes = 15;
  double dashed_ratio = 0.5;
  double dash_offset = 0;  // fraction of one dash period, shifts the pattern along the path
  // Dashes of equal arc length (Manim's default) rather than equal curve-parameter spans.
  bool equal_lengths = true;
};

// Dashes are partial copies of `vmobject` (its style), a closed path wrapping around; the
// DashedVMobject itself takes the style of `vmobject` and has no points.
class DashedVMobject : public VMobject {
 public:
  explicit DashedVMobject(const VMobject& vmobject, const DashedVMobjectArgs& a = {});
  MANIM_HANDLE(DashedVMobject, VMobject)
};

// Manim's VMobject.get_subcurve: a copy of `v` cut to [a, b] of its curves (a > b on a closed
// path wraps through the start).
VMobject get_subcurve(const VMobject& v, double a, double b);

// Manim's VMobject.proportion_from_point: the fraction of the arc length (10 samples per curve)
// at which `point` lies, on the first curve through it (within 1e-6); throws when it is on none.
double proportion_from_point(const VMobject& v, const Vec3& point);

}  // namespace manim
