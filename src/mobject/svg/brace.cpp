// Brace, BraceBetweenPoints, ArcBrace: Manim's brace outline (an SVG path whose two pairs of
// horizontal runs grow with the target width times `sharpness`), flipped, stretched to the
// target width and placed `buff` below it, all in the frame where `direction` is DOWN.
#include "manim/mobject/brace.hpp"

#include <charconv>
#include <cmath>
#include <complex>
#include <string>

#include "mobject/geometry/geometry_internal.hpp"
#include "mobject/svg/svg_parser.hpp"

namespace manim {

namespace {

// The outline with {0} = the linear section length and {1} = its negative.
constexpr const char* kBracePath =
    "m0.01216 0c-0.01152 0-0.01216 6.103e-4 -0.01216 0.01311v0.007762c0.06776 "
    "0.122 0.1799 0.1455 0.2307 0.1455h{0}c0.03046 3.899e-4 0.07964 0.00449 "
    "0.1246 0.02636 0.0537 0.02695 0.07418 0.05816 0.08648 0.07769 0.001562 "
    "0.002538 0.004539 0.002563 0.01098 0.002563 0.006444-2e-8 0.009421-2.47e-"
    "5 0.01098-0.002563 0.0123-0.01953 0.03278-0.05074 0.08648-0.07769 0.04491"
    "-0.02187 0.09409-0.02597 0.1246-0.02636h{0}c0.05077 0 0.1629-0.02346 "
    "0.2307-0.1455v-0.007762c-1.78e-6 -0.0125-6.365e-4 -0.01311-0.01216-0.0131"
    "1-0.006444-3.919e-8 -0.009348 2.448e-5 -0.01091 0.002563-0.0123 0.01953-"
    "0.03278 0.05074-0.08648 0.07769-0.04491 0.02187-0.09416 0.02597-0.1246 "
    "0.02636h{1}c-0.04786 0-0.1502 0.02094-0.2185 0.1256-0.06833-0.1046-0.1706"
    "-0.1256-0.2185-0.1256h{1}c-0.03046-3.899e-4 -0.07972-0.004491-0.1246-0.02"
    "636-0.0537-0.02695-0.07418-0.05816-0.08648-0.07769-0.001562-0.002538-"
    "0.004467-0.002563-0.01091-0.002563z";
constexpr double kDefaultMinWidth = 0.90552;

std::string shortest(double v) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

std::string brace_path(double linear) {
  std::string out;
  const std::string pos = shortest(linear), neg = shortest(-linear);
  for (const char* p = kBracePath; *p; ++p) {
    if (p[0] == '{' && (p[1] == '0' || p[1] == '1') && p[2] == '}') {
      out += p[1] == '0' ? pos : neg;
      p += 2;
    } else {
      out += *p;
    }
  }
  return out;
}

// Manim's VMobjectFromSVGPath: a closing line only when the path ends 1e-4 or more away from its
// start (our parser closes on any difference).
std::vector<Vec3> outline_points(double linear) {
  auto pts = detail::svg::parse_path_data(brace_path(linear));
  if (pts.size() >= 8) {
    const Vec3 a = pts[pts.size() - 4], b = pts.back();
    if ((b - a).norm() <= 1e-4 && b == pts.front()) pts.resize(pts.size() - 4);
  }
  return pts;
}

std::shared_ptr<detail::MobjectNode> build_brace(const Mobject& target, const Vec3& direction,
                                                 const BraceArgs& a) {
  const char* cls = "Brace";
  geom::check_style(cls, geom::style_of(a));
  geom::require_finite(cls, "direction", direction);
  geom::require_finite(cls, "buff", a.buff);
  geom::require_non_negative(cls, "sharpness", a.sharpness);
  if (direction.x == 0 && direction.y == 0)
    geom::fail(cls, "direction must have a nonzero x or y, got (0, 0)");
  bool has_points = false;
  geom::for_each_in_family(target.node(),
                           [&](detail::MobjectNode& n) { has_points |= !n.points.empty(); });
  // Manim: angle = -arctan2(x, y) + pi turns `direction` onto DOWN.
  const double angle = -std::atan2(direction.x, direction.y) + PI;
  About origin;
  origin.about_point = ORIGIN;
  Mobject m = target;  // the same object: Manim rotates it and turns it back
  m.rotate(-angle, OUT, origin);
  // A mobject without points has its corners at the origin (Manim's get_critical_point), so
  // its brace is squeezed to width 0 there.
  const Vec3 left = has_points ? m.get_corner(DOWN + LEFT) : ORIGIN;
  const Vec3 right = has_points ? m.get_corner(DOWN + RIGHT) : ORIGIN;
  const double target_width = right.x - left.x;
  const double linear = std::max(0.0, (target_width * a.sharpness - kDefaultMinWidth) / 2);
  VMobject b;
  b.node().points = outline_points(linear);
  StyleArgs d;
  d.fill_opacity = 1;
  d.stroke_width = 0;
  d.background_stroke_width = 0;
  d.background_stroke_color = BLACK;
  geom::apply_style(b.node(), geom::merge(d, geom::style_of(a)));
  b.flip(RIGHT);
  b.stretch_to_fit_width(target_width);
  b.shift(left - b.get_corner(UP + LEFT) + DOWN * a.buff);
  m.rotate(angle, OUT, origin);
  b.rotate(angle, OUT, origin);
  detail::set_kind(b.node(), "VMobjectFromSVGPath");
  detail::set_kind(b.node(), "Brace");
  return b.node_ptr();
}

}  // namespace

Brace::Brace(const Mobject& mobject, const Vec3& direction, const BraceArgs& a)
    : VMobject(build_brace(mobject, direction, a), Mobject::Unchecked{}) {}

Vec3 Brace::get_tip() const {
  if (points().size() <= 28) geom::fail(kind(), "get_tip: the brace has lost its points");
  return points()[28];
}

Vec3 Brace::get_direction() const {
  const Vec3 v = get_tip() - get_center();
  const double n = v.norm();
  return n == 0 ? v : v / n;
}

const Brace& Brace::put_at_tip(Mobject& mob, bool use_next_to, double buff) const {
  if (use_next_to) {
    Vec3 d = get_direction();
    // numpy.round: halves to even.
    d = {std::nearbyint(d.x), std::nearbyint(d.y), std::nearbyint(d.z)};
    mob.next_to(get_tip(), d, buff);
  } else {
    mob.move_to(get_tip());
    mob.shift(get_direction() * (mob.width() / 2.0 + buff));
  }
  return *this;
}

BraceBetweenPoints::BraceBetweenPoints(const Vec3& start, const Vec3& end,
                                       std::optional<Vec3> direction, const BraceArgs& a)
    : Brace(
          [&]() -> Mobject {
            geom::require_finite("BraceBetweenPoints", "point_1", start);
            geom::require_finite("BraceBetweenPoints", "point_2", end);
            if (start == end)
              geom::fail("BraceBetweenPoints", "the two points are the same; a brace needs a span");
            return Line(start, end);
          }(),
          direction.value_or(Vec3{(end - start).y, -(end - start).x, 0}), a) {
  detail::set_kind(node(), "BraceBetweenPoints");
}

namespace {
std::shared_ptr<detail::MobjectNode> build_arc_brace(const ArcBraceArgs& a, const Vec3& direction) {
  const char* cls = "ArcBrace";
  geom::require_non_negative(cls, "radius", a.radius);
  if (a.radius == 0) geom::fail(cls, "radius must be > 0, got 0");
  geom::require_finite(cls, "start_angle", a.start_angle);
  geom::require_finite(cls, "angle", a.angle);
  geom::require_finite(cls, "arc_center", a.arc_center);
  BraceArgs b;
  geom::put_style(b, geom::style_of(a));
  b.buff = a.buff;
  b.sharpness = a.sharpness;
  // The arc in log-polar coordinates is the vertical segment x = log r, y in [start, end].
  Line line(UP * a.start_angle, UP * (a.start_angle + a.angle));
  About origin;
  origin.about_point = ORIGIN;
  Brace brace = [&] {
    if (a.radius >= 1) {
      line.scale(a.radius, origin);
      Brace br(line, direction, b);
      br.scale(1 / a.radius, origin);
      return br;
    }
    return Brace(line, direction, b);
  }();
  brace.shift(RIGHT * std::log(a.radius >= 0.3 ? a.radius : 0.3));
  // VMobject.apply_function: handles pulled to 1/100 of their distance from their anchors before
  // the map and pushed back after, so they follow its derivative.
  auto& pts = brace.node().points;
  auto scale_handles = [&](double f) {
    for (std::size_t i = 0; i + 3 < pts.size(); i += 4) {
      pts[i + 1] = pts[i] + (pts[i + 1] - pts[i]) * f;
      pts[i + 2] = pts[i + 3] + (pts[i + 2] - pts[i + 3]) * f;
    }
  };
  scale_handles(0.01);
  for (auto& p : pts) {
    const std::complex<double> z = std::exp(std::complex<double>(p.x, p.y));
    p = {z.real(), z.imag(), p.z};
  }
  scale_handles(100);
  brace.shift(a.arc_center);
  detail::set_kind(brace.node(), "ArcBrace");
  return brace.node_ptr();
}
}  // namespace

ArcBrace::ArcBrace(const ArcBraceArgs& a, const Vec3& direction)
    : Brace(build_arc_brace(a, direction), Mobject::Unchecked{}) {}

}  // namespace manim
