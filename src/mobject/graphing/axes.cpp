// Axes: two NumberLines placed by Manim's _create_axis and centred on the middle of the ranges
// as Manim. Coordinates are always computed from the axes' current positions.
#include <cmath>
#include <stdexcept>

#include "mobject/geometry/geometry_internal.hpp"
#include "mobject/graphing/graphing_internal.hpp"

namespace manim {

namespace {

graphing::AxesNode& axes_node(detail::MobjectNode& n) {
  auto* p = dynamic_cast<graphing::AxesNode*>(&n);
  if (!p) throw std::logic_error(n.kind + ": expected an Axes node");
  return *p;
}

// The n-th NumberLine child (0: x axis, 1: y axis).
NumberLine axis_at(const Mobject& axes, int which) {
  int seen = 0;
  for (const auto& c : axes.node().submobjects)
    if (detail::has_kind(*c, "NumberLine") && seen++ == which) return Mobject(c).as<NumberLine>();
  throw std::logic_error(axes.kind() + ": its " + (which ? "y" : "x") +
                         " axis was removed from its submobjects");
}

}  // namespace

double graphing::origin_shift(double lo, double hi) {
  if (lo > 0) return lo;
  if (hi < 0) return hi;
  return 0;
}

using graphing::origin_shift;

Axes::Axes(const AxesArgs& a) : Axes(geom::make_vmobject_node<graphing::AxesNode>(), a, "Axes") {}

Axes::Axes(std::shared_ptr<detail::MobjectNode> node, const AxesArgs& a, const char* cls)
    : VGroup(std::move(node), Mobject::Unchecked{}) {
  detail::set_kind(this->node(), "VGroup");
  detail::set_kind(this->node(), "Axes");
  if (std::string(cls) != "Axes") detail::set_kind(this->node(), cls);
  const double rx = std::round(128.0 / 9.0 / 2), ry = 4;
  auto& n = axes_node(this->node());
  n.x_range = graphing::complete_range(cls, "x_range", a.x_range, {-rx, rx, 1});
  n.y_range = graphing::complete_range(cls, "y_range", a.y_range, {-ry, ry, 1});
  for (const auto* len : {&a.x_length, &a.y_length})
    if (*len && (!std::isfinite(**len) || **len <= 0))
      geom::fail(cls, std::string(len == &a.x_length ? "x_length" : "y_length") +
                          " must be finite and > 0, got " + std::to_string(**len));

  NumberLineArgs base;
  base.include_tip = a.tips;
  base.numbers_to_exclude = std::vector<double>{0};
  base = merge_number_line_args(base, a.axis_config);
  NumberLineArgs y_own;
  y_own.rotation = PI / 2;
  y_own.label_direction = LEFT;
  NumberLineArgs x_cfg = merge_number_line_args(base, a.x_axis_config);
  NumberLineArgs y_cfg =
      merge_number_line_args(base, merge_number_line_args(y_own, a.y_axis_config));
  // Linear axes drop the origin tick (the other axis passes there); on a LogBase axis the
  // exponent 0 is 10^0, a tick like any other.
  x_cfg.exclude_origin_tick = !x_cfg.scaling || x_cfg.scaling->is_linear();
  y_cfg.exclude_origin_tick = !y_cfg.scaling || y_cfg.scaling->is_linear();

  auto create_axis = [&](NumberLineArgs cfg, const std::vector<double>& range,
                         const std::optional<double>& length) {
    cfg.x_range = range;
    cfg.length = length;
    NumberLine axis(cfg);
    axis.shift(-axis.number_to_point(origin_shift(axis.x_min(), axis.x_max())));
    return axis;
  };
  NumberLine x_axis = create_axis(x_cfg, n.x_range, a.x_length);
  NumberLine y_axis = create_axis(y_cfg, n.y_range, a.y_length);
  add(x_axis, y_axis);
  shift(-coords_to_point(x_axis.scaling().function((n.x_range[0] + n.x_range[1]) / 2),
                         y_axis.scaling().function((n.y_range[0] + n.y_range[1]) / 2)));
}

NumberLine Axes::x_axis() const { return axis_at(*this, 0); }
NumberLine Axes::y_axis() const { return axis_at(*this, 1); }
VGroup Axes::get_axes() const { return VGroup(x_axis(), y_axis()); }
std::vector<double> Axes::x_range() const { return axes_node(node()).x_range; }
std::vector<double> Axes::y_range() const { return axes_node(node()).y_range; }

Vec3 Axes::coords_to_point(double x, double y) const {
  const NumberLine xa = x_axis(), ya = y_axis();
  const Vec3 origin = xa.number_to_point(origin_shift(xa.x_min(), xa.x_max()));
  return origin + (xa.number_to_point(x) - origin) + (ya.number_to_point(y) - origin);
}

std::pair<double, double> Axes::point_to_coords(const Vec3& p) const {
  return {x_axis().point_to_number(p), y_axis().point_to_number(p)};
}

double Axes::get_x_unit_size() const { return x_axis().get_unit_size(); }
double Axes::get_y_unit_size() const { return y_axis().get_unit_size(); }

ParametricFunction Axes::plot(const std::function<double(double)>& function,
                              const PlotArgs& a) const {
  if (!function) geom::fail(kind(), "plot: function is empty; pass a callable x -> y");
  std::vector<double> t_range = axes_node(node()).x_range;
  if (a.x_range.size() > 3)
    geom::fail(kind(), "plot: x_range must be [x_min, x_max] or [x_min, x_max, step]");
  for (std::size_t i = 0; i < a.x_range.size(); ++i) t_range[i] = a.x_range[i];
  // An axis step is a tick spacing; the curve samples ten times per tick.
  if (a.x_range.size() < 3) t_range[2] /= 10;
  ParametricFunctionArgs p;
  geom::put_style(p, geom::style_of(a));
  p.t_range = t_range;
  p.use_smoothing = a.use_smoothing;
  p.discontinuities = a.discontinuities;
  p.dt = a.dt;
  p.scaling = x_axis().scaling();
  const Axes self = *this;
  ParametricFunction graph(
      [self, function](double t) { return self.coords_to_point(t, function(t)); }, p);
  graph.set_underlying_function(function);
  return graph;
}

}  // namespace manim
