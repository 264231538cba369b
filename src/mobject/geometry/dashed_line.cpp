// DashedLine: a Line whose points are replaced by n dash submobjects (Manim's DashedVMobject on
// an open path): n = max(2, ceil(L / dash_length * dashed_ratio)), the first dash starting at
// the start and the last ending at the end.
#include <algorithm>
#include <cmath>

#include "mobject/geometry/geometry_internal.hpp"

namespace manim {

namespace {

LineArgs checked_line_args(const Vec3& start, const Vec3& end, const DashedLineArgs& a) {
  geom::check_style("DashedLine", geom::style_of(a));
  geom::require_finite("DashedLine", "start", start);
  geom::require_finite("DashedLine", "end", end);
  geom::require_non_negative("DashedLine", "buff", a.buff);
  if (!std::isfinite(a.dash_length) || a.dash_length <= 0)
    geom::fail("DashedLine",
               "dash_length must be finite and > 0, got " + std::to_string(a.dash_length));
  if (!std::isfinite(a.dashed_ratio) || a.dashed_ratio < 0 || a.dashed_ratio > 1)
    geom::fail("DashedLine",
               "dashed_ratio must be in [0, 1], got " + std::to_string(a.dashed_ratio));
  LineArgs l;
  geom::put_style(l, geom::style_of(a));
  l.buff = a.buff;
  return l;
}

}  // namespace

DashedLine::DashedLine(const Vec3& start, const Vec3& end, const DashedLineArgs& a)
    : Line(start, end, checked_line_args(start, end, a)) {
  detail::set_kind(node(), "DashedLine");
  const Vec3 s = node().points.front(), e = node().points.back();
  const double length = (e - s).norm();
  const int n = std::max(2, static_cast<int>(std::ceil(length / a.dash_length * a.dashed_ratio)));
  // Proportions of the path: n dashes of r/n and n-1 gaps of (1-r)/(n-1).
  const double dash = a.dashed_ratio / n;
  const double gap = (1 - a.dashed_ratio) / (n - 1);
  const double period = dash + gap;
  // Each dash is a copy of the line (as Manim's get_subcurve), cut to its part of the path.
  auto proto = node().clone_self();
  proto->submobjects.clear();
  for (int i = 0; i < n; ++i) {
    double t0 = i * period;
    double t1 = std::fmin(1.0, t0 + dash);
    auto d = proto->clone_self();
    d->points.clear();
    geom::append_straight(d->points, interpolate(s, e, t0), interpolate(s, e, t1));
    node().submobjects.push_back(d);
  }
  node().points.clear();
}

}  // namespace manim
