// Cross, Underline, ScreenRectangle, FullScreenRectangle as Manim builds them.
#include "manim/mobject/geometry/shape_matchers.hpp"

#include "manim/core/config.hpp"
#include "mobject/geometry/geometry_internal.hpp"

namespace manim {

Cross::Cross(std::optional<Mobject> mobject, const CrossArgs& a)
    : VGroup(Line(UP + LEFT, DOWN + RIGHT), Line(UP + RIGHT, DOWN + LEFT)) {
  geom::check_style("Cross", geom::style_of(a));
  geom::require_finite("Cross", "scale_factor", a.scale_factor);
  geom::require_non_negative("Cross", "stroke_width", a.cross_stroke_width);
  detail::set_kind(node(), "Cross");
  // Manim's VGroup styles itself before the lines are added: the keywords reach this node only.
  geom::apply_style(node(), geom::style_of(a));
  if (mobject) {
    // Manim's replace(mobject, stretch=True): fit width and height, then centre on it.
    if (mobject->width() > 0) stretch_to_fit_width(mobject->width());
    if (mobject->height() > 0) stretch_to_fit_height(mobject->height());
    shift(mobject->get_center() - get_center());
  }
  scale(a.scale_factor);
  set_stroke(a.cross_stroke_color, a.cross_stroke_width);
}

namespace {
LineArgs underline_line(const UnderlineArgs& a) {
  LineArgs l;
  geom::put_style(l, geom::style_of(a));
  geom::require_finite("Underline", "buff", a.buff);
  l.buff = a.buff;
  return l;
}
}  // namespace

Underline::Underline(const Mobject& mobject, const UnderlineArgs& a)
    : Line(LEFT, RIGHT, underline_line(a)) {
  detail::set_kind(node(), "Underline");
  match_width(mobject);
  next_to(mobject, DOWN, a.buff);
}

namespace {
RectangleArgs screen_args(const ScreenRectangleArgs& a, const char* cls) {
  geom::require_finite(cls, "aspect_ratio", a.aspect_ratio);
  geom::require_finite(cls, "height", a.height);
  RectangleArgs r;
  geom::put_style(r, geom::style_of(a));
  r.width = a.aspect_ratio * a.height;
  r.height = a.height;
  return r;
}
}  // namespace

ScreenRectangle::ScreenRectangle(const ScreenRectangleArgs& a)
    : Rectangle(screen_args(a, "ScreenRectangle")) {
  detail::set_kind(node(), "ScreenRectangle");
}

double ScreenRectangle::aspect_ratio() const { return width() / height(); }

ScreenRectangle& ScreenRectangle::set_aspect_ratio(double value) {
  geom::require_finite("ScreenRectangle", "aspect_ratio", value);
  stretch_to_fit_width(value * height());
  return *this;
}

FullScreenRectangle::FullScreenRectangle(const ScreenRectangleArgs& a) : ScreenRectangle(a) {
  detail::set_kind(node(), "FullScreenRectangle");
  scale_to_fit_height(config().frame_height);
}

}  // namespace manim
