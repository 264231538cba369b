// PolarPlane: Axes over a grid of circles and rays, with azimuth labels in fractions of pi,
// degrees or gradians (Manim's PolarPlane; facts in docs/graphing.md).
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "manim/mobject/graphing_planes.hpp"
#include "manim/mobject/numbers.hpp"
#include "manim/mobject/tex.hpp"
#include "mobject/geometry/geometry_internal.hpp"
#include "mobject/graphing/graphing_internal.hpp"

namespace manim {

namespace {

struct PolarPlaneNode : graphing::AxesNode {
  PolarPlaneArgs args;
  std::shared_ptr<detail::MobjectNode> clone_self() const override {
    return std::make_shared<PolarPlaneNode>(*this);
  }
};

PolarPlaneNode& pp_node(detail::MobjectNode& n) {
  auto* p = dynamic_cast<PolarPlaneNode*>(&n);
  if (!p) throw std::logic_error(n.kind + ": expected a PolarPlane node");
  return *p;
}

double default_azimuth_step(const std::optional<std::string>& units) {
  if (!units) return 1;
  if (*units == "degrees") return 36;
  if (*units == "gradians") return 40;
  return 20;  // PI radians, TAU radians
}

AxesArgs polar_axes_args(const PolarPlaneArgs& a) {
  const char* cls = "PolarPlane";
  if (a.azimuth_units && *a.azimuth_units != "PI radians" && *a.azimuth_units != "TAU radians" &&
      *a.azimuth_units != "degrees" && *a.azimuth_units != "gradians")
    geom::fail(cls,
               "azimuth_units must be 'PI radians', 'TAU radians', 'degrees', 'gradians' "
               "or None, got '" +
                   *a.azimuth_units + "'");
  if (a.azimuth_direction != "CW" && a.azimuth_direction != "CCW")
    geom::fail(cls, "azimuth_direction must be 'CW' or 'CCW', got '" + a.azimuth_direction + "'");
  if (!(a.radius_max > 0) || !std::isfinite(a.radius_max))
    geom::fail(cls, "radius_max must be finite and > 0, got " + std::to_string(a.radius_max));
  if (!(a.radius_step > 0))
    geom::fail(cls, "radius_step must be > 0, got " + std::to_string(a.radius_step));
  if (a.azimuth_step && !(*a.azimuth_step > 0))
    geom::fail(cls, "azimuth_step must be > 0, got " + std::to_string(*a.azimuth_step));
  if (a.faded_line_ratio < 0)
    geom::fail(cls, "faded_line_ratio must be >= 0, got " + std::to_string(a.faded_line_ratio));
  AxesArgs r;
  r.x_range = {-a.radius_max, a.radius_max, a.radius_step};
  r.y_range = r.x_range;
  r.x_length = a.size;
  r.y_length = a.size;
  NumberLineArgs radius;
  radius.stroke_width = 2;
  radius.include_ticks = false;
  radius.include_tip = false;
  radius.line_to_number_buff = SMALL_BUFF;
  radius.label_direction = DL;
  radius.font_size = 24;
  r.axis_config = merge_number_line_args(radius, a.radius_config);
  return r;
}

}  // namespace

PolarPlane::PolarPlane(const PolarPlaneArgs& a)
    : Axes(std::make_shared<PolarPlaneNode>(), polar_axes_args(a), "PolarPlane") {
  auto& n = pp_node(node());
  n.args = a;
  if (!n.args.azimuth_step) n.args.azimuth_step = default_azimuth_step(a.azimuth_units);
  LineStyle bg{BLUE_D, 2.0, 1.0};
  if (a.background_line_style.stroke_color) bg.stroke_color = a.background_line_style.stroke_color;
  if (a.background_line_style.stroke_width) bg.stroke_width = a.background_line_style.stroke_width;
  if (a.background_line_style.stroke_opacity)
    bg.stroke_opacity = a.background_line_style.stroke_opacity;
  LineStyle faded = bg;
  if (a.faded_line_style) {
    faded = *a.faded_line_style;
  } else {
    faded.stroke_width = *bg.stroke_width * 0.5;
    faded.stroke_opacity = *bg.stroke_opacity * 0.5;
  }

  // Circles every rstep from 0 to radius_max (inclusive), rays every astep of a turn; the k-th
  // of each is a background line when k % ratio == 0, else a faded one.
  const int ratio = a.faded_line_ratio == 0 ? 1 : a.faded_line_ratio;
  const NumberLine xa = x_axis();
  const Vec3 center = get_origin();
  const double rstep = xa.x_range()[2] / ratio;
  const double astep = TAU / *n.args.azimuth_step / ratio;
  const double unit = xa.get_unit_vector().x;
  VGroup rays1, rays2, circles1, circles2;
  const std::vector<double> rinput = graphing::np_arange(0, xa.x_range()[1] + rstep, rstep);
  for (std::size_t k = 0; k < rinput.size(); ++k) {
    Circle c(rinput[k] * unit);
    (k % static_cast<std::size_t>(ratio) == 0 ? circles1 : circles2).add(c);
  }
  const Line ray(center, xa.get_end());
  const std::vector<double> ainput = graphing::np_arange(0, TAU, astep);
  for (std::size_t k = 0; k < ainput.size(); ++k) {
    Line l = ray.copy();
    l.rotate(ainput[k] + a.azimuth_offset, OUT, About{.about_point = center});
    (k % static_cast<std::size_t>(ratio) == 0 ? rays1 : rays2).add(l);
  }
  VGroup background, faded_lines;
  for (const auto& m : rays1) background.add(m);
  for (const auto& m : circles1) background.add(m);
  for (const auto& m : rays2) faded_lines.add(m);
  for (const auto& m : circles2) faded_lines.add(m);
  background.set_stroke(bg.stroke_color, bg.stroke_width, bg.stroke_opacity);
  faded_lines.set_stroke(faded.stroke_color, faded.stroke_width, faded.stroke_opacity);
  add_to_back({faded_lines, background});
}

VGroup PolarPlane::background_lines() const { return (*this)[1].as<VGroup>(); }
VGroup PolarPlane::faded_lines() const { return (*this)[0].as<VGroup>(); }
const PolarPlaneArgs& PolarPlane::args() const { return pp_node(node()).args; }

std::pair<long long, long long> limit_denominator(double x, long long max_denominator) {
  // The double's exact value n / d (d a power of two).
  int exp = 0;
  const double mant = std::frexp(x, &exp);  // x = mant * 2^exp, 0.5 <= |mant| < 1
  __int128 n = static_cast<__int128>(std::ldexp(mant, 53));
  __int128 d = 1;
  int e = exp - 53;
  if (e >= 0) {
    n <<= e;
  } else {
    d <<= -e;
  }
  while (d > 1 && n % 2 == 0) {
    n /= 2;
    d /= 2;
  }
  if (d <= max_denominator) return {static_cast<long long>(n), static_cast<long long>(d)};
  const __int128 N = n, D = d;
  __int128 p0 = 0, q0 = 1, p1 = 1, q1 = 0;
  while (true) {
    __int128 a = n / d;
    if (n % d != 0 && ((n < 0) != (d < 0))) --a;  // floor division
    const __int128 q2 = q0 + a * q1;
    if (q2 > max_denominator) break;
    const __int128 np1 = p0 + a * p1;
    p0 = p1;
    q0 = q1;
    p1 = np1;
    q1 = q2;
    const __int128 nd = n - a * d;
    n = d;
    d = nd;
  }
  const __int128 k = (max_denominator - q0) / q1;
  const __int128 b1p = p0 + k * p1, b1q = q0 + k * q1;
  // |p/q - N/D| compared exactly: |p*D - N*q| / (q*D).
  auto dist = [&](__int128 p, __int128 q, __int128 other_q) {
    __int128 v = p * D - N * q;
    if (v < 0) v = -v;
    return v * other_q;
  };
  if (dist(p1, q1, b1q) <= dist(b1p, b1q, q1))
    return {static_cast<long long>(p1), static_cast<long long>(q1)};
  return {static_cast<long long>(b1p), static_cast<long long>(b1q)};
}

MathTex PolarPlane::get_radian_label(double number, double font_size) const {
  const auto& units = args().azimuth_units;
  if (!units || (*units != "PI radians" && *units != "TAU radians"))
    geom::fail("PolarPlane", "get_radian_label needs azimuth_units 'PI radians' or 'TAU radians'");
  const bool pi = *units == "PI radians";
  const std::string c = pi ? "\\pi" : "\\tau";
  const auto [num, den] = limit_denominator(number * (pi ? 2 : 1), 100);
  const std::string ns = std::to_string(num), ds = std::to_string(den);
  std::string s;
  if (num == 0)
    s = "0";
  else if (num == 1 && den == 1)
    s = c;
  else if (num == 1)
    s = args().azimuth_compact_fraction ? "\\tfrac{" + c + "}{" + ds + "}"
                                        : "\\tfrac{1}{" + ds + "}" + c;
  else if (den == 1)
    s = ns + c;
  else
    s = args().azimuth_compact_fraction ? "\\tfrac{" + ns + c + "}{" + ds + "}"
                                        : "\\tfrac{" + ns + "}{" + ds + "}" + c;
  return MathTex(s, {.font_size = font_size});
}

VGroup PolarPlane::get_coordinate_labels(std::optional<std::vector<double>> r_values,
                                         std::optional<std::vector<double>> a_values) {
  const PolarPlaneArgs& a = args();
  NumberLine xa = x_axis();
  if (!r_values) {
    r_values.emplace();
    for (double r : xa.get_tick_range())
      if (r >= 0) r_values->push_back(r);
  }
  if (!a_values) a_values = graphing::np_arange(0, 1, 1 / *a.azimuth_step);
  xa.add_numbers(*r_values);
  const double d = a.azimuth_direction == "CW" ? -1 : 1;
  // The plane's right edge, the radius numbers included (they were just added).
  const double right = get_right().x;
  VGroup labels;
  for (double i : *a_values) {
    const double angle = d * (i * TAU) + a.azimuth_offset;
    const Vec3 p{right * std::cos(angle), right * std::sin(angle), 0};
    Mobject label;
    char buf[64];
    if (!a.azimuth_units) {
      std::snprintf(buf, sizeof buf, "%g", i);
      label = MathTex(buf, {.font_size = a.azimuth_label_font_size});
    } else if (*a.azimuth_units == "degrees") {
      std::snprintf(buf, sizeof buf, "%g", 360 * i);
      label = MathTex(std::string(buf) + "^{\\circ}", {.font_size = a.azimuth_label_font_size});
    } else if (*a.azimuth_units == "gradians") {
      std::snprintf(buf, sizeof buf, "%g", 400 * i);
      label = MathTex(std::string(buf) + "^{g}", {.font_size = a.azimuth_label_font_size});
    } else {
      label = get_radian_label(i, a.azimuth_label_font_size);
    }
    label.next_to(p, p, a.azimuth_label_buff, p);
    labels.add(label);
  }
  auto& n = graphing::axes_data(node());
  VGroup coordinate_labels(xa, labels);
  n.coordinate_labels = coordinate_labels.node_ptr();
  return coordinate_labels;
}

PolarPlane& PolarPlane::add_coordinates(std::optional<std::vector<double>> r_values,
                                        std::optional<std::vector<double>> a_values) {
  add(get_coordinate_labels(std::move(r_values), std::move(a_values)));
  return *this;
}

Arrow PolarPlane::get_vector(double x, double y, ArrowArgs a) const {
  a.buff = 0;
  return Arrow(coords_to_point(0, 0), coords_to_point(x, y), a);
}

PolarPlane& PolarPlane::prepare_for_nonlinear_transform(int num_inserted_curves) {
  for (Mobject m : family_members_with_points()) {
    if (!m.is<VMobject>()) continue;
    VMobject v = m.as<VMobject>();
    const auto curves = static_cast<int>(v.get_num_curves());
    if (num_inserted_curves > curves) v.insert_n_curves(num_inserted_curves - curves);
  }
  return *this;
}

}  // namespace manim
