// SurroundingRectangle / BackgroundRectangle: a (rounded) rectangle buff larger than the
// mobject's width x height (all points), centred on its centre (anchor box).
#include "mobject/geometry/geometry_internal.hpp"

namespace manim {

namespace {

RoundedRectangleArgs surrounding_args(const char* cls, const Mobject& m,
                                      const SurroundingRectangleArgs& a) {
  geom::check_style(cls, geom::style_of(a));
  geom::require_finite(cls, "buff", a.buff);
  geom::require_non_negative(cls, "corner_radius", a.corner_radius);
  const double w = m.width() + 2 * a.buff, h = m.height() + 2 * a.buff;
  if (w < 0 || h < 0)
    geom::fail(cls, "buff " + std::to_string(a.buff) + " shrinks the rectangle below zero size (" +
                        std::to_string(w) + " x " + std::to_string(h) + "); use a larger buff");
  StyleArgs d;
  d.color = YELLOW;
  RoundedRectangleArgs r;
  geom::put_style(r, geom::merge(d, geom::style_of(a)));
  r.width = w;
  r.height = h;
  r.corner_radius = a.corner_radius;
  return r;
}

SurroundingRectangleArgs background_args(const BackgroundRectangleArgs& a) {
  geom::check_style("BackgroundRectangle", geom::style_of(a));
  geom::require_finite("BackgroundRectangle", "buff", a.buff);
  geom::require_non_negative("BackgroundRectangle", "corner_radius", a.corner_radius);
  // Manim: the background colour, 0.75 fill, no stroke (width and opacity 0), buff 0.
  StyleArgs d;
  d.color = BLACK;
  d.stroke_width = 0;
  d.stroke_opacity = 0;
  d.fill_opacity = 0.75;
  SurroundingRectangleArgs s;
  geom::put_style(s, geom::merge(d, geom::style_of(a)));
  s.buff = a.buff;
  s.corner_radius = a.corner_radius;
  return s;
}

}  // namespace

SurroundingRectangle::SurroundingRectangle(const Mobject& m, const SurroundingRectangleArgs& a)
    : RoundedRectangle(surrounding_args("SurroundingRectangle", m, a)) {
  detail::set_kind(node(), "SurroundingRectangle");
  const Vec3 c = m.get_center();
  for (auto& p : node().points) p += c;
}

BackgroundRectangle::BackgroundRectangle(const Mobject& m, const BackgroundRectangleArgs& a)
    : SurroundingRectangle(m, background_args(a)) {
  detail::set_kind(node(), "BackgroundRectangle");
}

}  // namespace manim
