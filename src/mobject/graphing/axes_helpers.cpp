// Axes' CoordinateSystem helpers: axis and graph labels, lines to points, Riemann rectangles,
// areas, tangents, derivative / antiderivative graphs, secant groups, line graphs and polar
// plots, with Manim CE v0.18.0's defaults and point layouts (docs/graphing.md).
#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

#include "manim/mobject/color_gradients.hpp"
#include "manim/mobject/graphing/three_d_axes.hpp"
#include "manim/mobject/tex.hpp"
#include "manim/scene/config.hpp"
#include "mobject/geometry/geometry_internal.hpp"
#include "mobject/graphing/graphing_internal.hpp"

namespace manim {

// Manim's shift_onto_screen: each edge beyond the frame (less `buff`) is pulled to it.
void graphing::shift_onto_screen(Mobject& m, double buff) {
  const double rx = config().frame_width / 2, ry = config().frame_height / 2;
  for (const Vec3& v : {UP, DOWN, LEFT, RIGHT}) {
    const double max_val = (v.x != 0 ? rx : ry) - buff;
    if (m.get_edge_center(v).dot(v) > max_val) m.to_edge(v, buff);
  }
}

namespace {

using graphing::shift_onto_screen;

double origin_of(const std::vector<double>& r) {
  if (r[0] > 0) return r[0];
  if (r[1] < 0) return r[1];
  return 0;
}

const std::function<double(double)>& require_underlying(const ParametricFunction& g,
                                                        const char* what) {
  const auto& f = g.underlying_function();
  if (!f)
    throw std::invalid_argument(std::string("Axes.") + what +
                                ": the graph was not made by Axes.plot (it has no "
                                "underlying_function); plot it with Axes.plot");
  return f;
}

Color inverted(const Color& c) { return Color(1 - c.r, 1 - c.g, 1 - c.b, c.a); }

}  // namespace

// A 2D Axes has no z axis (Manim zips the coordinates with the axes): z is dropped.
Vec3 Axes::coords_to_point(double x, double y, double z) const {
  if (is<ThreeDAxes>()) return as<ThreeDAxes>().coords_to_point(x, y, z);
  return coords_to_point(x, y);
}

Vec3 Axes::input_to_graph_point(double x, const VMobject& graph) const {
  if (graph.is<ParametricFunction>()) {
    const auto pf = graph.as<ParametricFunction>();
    if (pf.underlying_function()) return pf.function(x);
  }
  // Manim's binary_search over the proportion, to a tolerance of 1e-4 in x.
  auto x_at = [&](double a) { return point_to_coords(graph.point_from_proportion(a)).first; };
  double lo = 0, hi = 1;
  const double tol = 1e-4;
  double lh = x_at(lo), rh = x_at(hi);
  double mh = (lo + hi) / 2;  // Manim returns the last midpoint tried
  while (std::abs(hi - lo) > tol) {
    mh = (lo + hi) / 2;
    const double lx = x_at(lo), mx = x_at(mh), rx = x_at(hi);
    lh = lx;
    rh = rx;
    if (lx == x) return graph.point_from_proportion(lo);
    if (rx == x) return graph.point_from_proportion(hi);
    if (lx <= x && rx >= x) {
      (mx > x ? hi : lo) = mh;
    } else if (lx >= x && rx <= x) {
      (mx > x ? lo : hi) = mh;
    } else {
      std::ostringstream os;
      os << "Axes.input_to_graph_point: x=" << x << " is not in the range of the graph (["
         << x_at(0) << ", " << x_at(1) << "])";
      throw std::invalid_argument(os.str());
    }
  }
  (void)lh;
  (void)rh;
  return graph.point_from_proportion(mh);
}

std::pair<double, double> Axes::input_to_graph_coords(double x,
                                                      const ParametricFunction& graph) const {
  return {x, require_underlying(graph, "input_to_graph_coords")(x)};
}

// ---------------------------------------------------------------- labels

namespace {
Mobject place_axis_label(Mobject label, const NumberLine& axis, const Vec3& edge,
                         const Vec3& direction, double buff) {
  label.next_to(axis.get_edge_center(edge), direction, buff);
  shift_onto_screen(label, MED_SMALL_BUFF);
  return label;
}
}  // namespace

Mobject Axes::get_x_axis_label(const Mobject& label, const Vec3& edge, const Vec3& direction,
                               double buff) const {
  return place_axis_label(label, x_axis(), edge, direction, buff);
}
Mobject Axes::get_x_axis_label(const std::string& label, const Vec3& edge, const Vec3& direction,
                               double buff) const {
  return get_x_axis_label(x_axis().create_label_tex(label), edge, direction, buff);
}
Mobject Axes::get_y_axis_label(const Mobject& label, const Vec3& edge, const Vec3& direction,
                               double buff) const {
  return place_axis_label(label, y_axis(), edge, direction, buff);
}
Mobject Axes::get_y_axis_label(const std::string& label, const Vec3& edge, const Vec3& direction,
                               double buff) const {
  return get_y_axis_label(x_axis().create_label_tex(label), edge, direction, buff);
}
VGroup Axes::get_axis_labels(const Mobject& x_label, const Mobject& y_label) const {
  return VGroup(get_x_axis_label(x_label), get_y_axis_label(y_label));
}
VGroup Axes::get_axis_labels(const std::string& x_label, const std::string& y_label) const {
  return get_axis_labels(x_axis().create_label_tex(x_label), x_axis().create_label_tex(y_label));
}

Mobject Axes::get_graph_label(const ParametricFunction& graph, const Mobject& label_in,
                              const GraphLabelArgs& a) const {
  Mobject label = label_in;
  label.set_color(a.color.value_or(graph.get_color()));
  Vec3 point;
  if (a.x_val) {
    point = input_to_graph_point(*a.x_val, graph);
  } else {  // from the right end leftwards, the first point below the frame's top
    const std::vector<double> r = x_range();
    const int n = 100;
    for (int i = 0; i < n; ++i) {
      const double x = r[1] + (r[0] - r[1]) * i / (n - 1);
      point = input_to_graph_point(x, graph);
      if (point.y < config().frame_height / 2) break;
    }
  }
  label.next_to(point, a.direction, a.buff);
  shift_onto_screen(label, DEFAULT_MOBJECT_TO_EDGE_BUFFER);
  if (a.dot) label.add(Dot(point, a.dot_config));
  return label;
}

Mobject Axes::get_graph_label(const ParametricFunction& graph, const std::string& label,
                              const GraphLabelArgs& a) const {
  return get_graph_label(graph, x_axis().create_label_tex(label), a);
}

Axes& Axes::add_coordinates(std::optional<std::vector<double>> x,
                            std::optional<std::vector<double>> y) {
  VGroup labels;
  NumberLine xa = x_axis(), ya = y_axis();
  xa.add_numbers(x);
  ya.add_numbers(y);
  labels.add(*xa.numbers(), *ya.numbers());
  graphing::axes_data(node()).coordinate_labels = labels.node_ptr();
  return *this;
}

Axes& Axes::add_coordinates(const std::vector<std::pair<double, Mobject>>& x_labels,
                            std::optional<std::vector<std::pair<double, Mobject>>> y_labels) {
  VGroup labels;
  NumberLine xa = x_axis(), ya = y_axis();
  xa.add_labels(x_labels);
  labels.add(*xa.labels());
  if (y_labels) {
    ya.add_labels(*y_labels);
    labels.add(*ya.labels());
  } else {
    ya.add_numbers();
    labels.add(*ya.numbers());
  }
  graphing::axes_data(node()).coordinate_labels = labels.node_ptr();
  return *this;
}

VGroup Axes::coordinate_labels() const {
  const auto& p = graphing::axes_data(node()).coordinate_labels;
  if (!p)
    throw std::invalid_argument(kind() +
                                ".coordinate_labels: no coordinates yet; call add_coordinates()");
  return Mobject(p).as<VGroup>();
}

// ---------------------------------------------------------------- lines

Line Axes::get_line_from_axis_to_point(int index, const Vec3& point, const AxisLineArgs& a) const {
  if (index != 0 && index != 1)
    throw std::invalid_argument(kind() +
                                ".get_line_from_axis_to_point: index must be 0 (x) or 1 (y), got " +
                                std::to_string(index));
  const NumberLine axis = index == 0 ? x_axis() : y_axis();
  // Line.get_projection: the point dropped onto the axis' line.
  const Vec3 s = axis.get_start(), e = axis.get_end();
  const Vec3 u = (e - s).normalized();
  const Vec3 from = s + u * (point - s).dot(u);
  const Color c = a.color.value_or(WHITE);
  if (a.dashed) {
    DashedLineArgs d;
    d.color = c;
    d.stroke_width = a.stroke_width;
    if (a.dashed_ratio) d.dashed_ratio = *a.dashed_ratio;
    if (a.dash_length) d.dash_length = *a.dash_length;
    return DashedLine(from, point, d);
  }
  return Line(from, point, {.color = c, .stroke_width = a.stroke_width});
}

VGroup Axes::get_lines_to_point(const Vec3& point, const AxisLineArgs& a) const {
  return VGroup(get_horizontal_line(point, a), get_vertical_line(point, a));
}

VGroup Axes::get_vertical_lines_to_graph(const ParametricFunction& graph,
                                         std::optional<std::vector<double>> x_range, int num_lines,
                                         const AxisLineArgs& a) const {
  const std::vector<double> r = x_range.value_or(this->x_range());
  if (r.size() < 2)
    throw std::invalid_argument(kind() + ".get_vertical_lines_to_graph: x_range needs [min, max]");
  VGroup lines;
  for (int i = 0; i < num_lines; ++i) {
    const double x = num_lines == 1 ? r[0] : r[0] + (r[1] - r[0]) * i / (num_lines - 1);
    lines.add(get_vertical_line(input_to_graph_point(x, graph), a));
  }
  return lines;
}

VGroup Axes::get_T_label(double x_val, const ParametricFunction& graph, const TLabelArgs& a) const {
  VGroup group;
  RegularPolygon triangle(3, {.stroke_width = 0, .start_angle = PI / 2});
  triangle.set_fill(a.triangle_color, 1);
  triangle.set_height(a.triangle_size);
  triangle.move_to(coords_to_point(x_val, 0), UP);
  if (a.label) {
    Mobject label = *a.label;
    if (a.label_color) label.set_color(*a.label_color);
    label.next_to(triangle, DOWN);
    group.add(label);
  }
  AxisLineArgs line;
  line.dashed = a.dashed;
  line.color = a.line_color;
  group.add(triangle, get_vertical_line(input_to_graph_point(x_val, graph), line));
  return group;
}

// ---------------------------------------------------------------- calculus

VGroup Axes::get_riemann_rectangles(const ParametricFunction& graph, const RiemannArgs& a) const {
  const char* fn = "Axes.get_riemann_rectangles";
  if (!(a.dx > 0) || !std::isfinite(a.dx)) {
    std::ostringstream os;
    os << fn << ": dx must be finite and > 0, got " << a.dx;
    throw std::invalid_argument(os.str());
  }
  double lo, hi;
  if (a.x_range) {
    if (a.x_range->size() < 2)
      throw std::invalid_argument(std::string(fn) + ": x_range needs [min, max]");
    lo = (*a.x_range)[0];
    hi = (*a.x_range)[1];
  } else if (a.bounded_graph) {
    lo = std::max(graph.t_min(), a.bounded_graph->t_min());
    hi = std::min(graph.t_max(), a.bounded_graph->t_max());
  } else {
    lo = graph.t_min();
    hi = graph.t_max();
  }
  double offset;
  if (a.input_sample_type == "left")
    offset = 0;
  else if (a.input_sample_type == "right")
    offset = 1;
  else if (a.input_sample_type == "center")
    offset = 0.5;
  else
    throw std::invalid_argument(std::string(fn) +
                                ": input_sample_type must be 'left', 'right' or 'center', got '" +
                                a.input_sample_type + "'");
  if (a.color.empty()) throw std::invalid_argument(std::string(fn) + ": color needs a colour");
  const std::vector<double> xs = graphing::np_arange(lo, hi, a.dx);
  const std::vector<Color> colors = color_gradient(a.color, static_cast<int>(xs.size()));
  const std::function<double(double)>* bounded = nullptr;
  if (a.bounded_graph) bounded = &require_underlying(*a.bounded_graph, "get_riemann_rectangles");
  const double base_y = origin_of(y_range());
  VGroup rects;
  // A unit rectangle reused as the template (Manim builds Rectangle() each time).
  const Rectangle proto;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    const double x = xs[i];
    const Vec3 graph_point = input_to_graph_point(x + offset * a.dx, graph);
    const double y_point = bounded ? (*bounded)(x) : base_y;
    const Vec3 p0 = coords_to_point(x, y_point);
    const Vec3 p1 = coords_to_point(x + a.width_scale_factor * a.dx, y_point);
    // Rectangle().replace(points, stretch=True): the box of the three points.
    const double x0 = std::min({p0.x, p1.x, graph_point.x}),
                 x1 = std::max({p0.x, p1.x, graph_point.x});
    const double y0 = std::min({p0.y, p1.y, graph_point.y}),
                 y1 = std::max({p0.y, p1.y, graph_point.y});
    Rectangle rect = proto.copy();
    rect.stretch_to_fit_width(x1 - x0);
    rect.stretch_to_fit_height(y1 - y0);
    rect.shift(Vec3{(x0 + x1) / 2, (y0 + y1) / 2, 0} - rect.get_center());
    Color color = colors[i];
    if (point_to_coords(graph_point).second < y_point && a.show_signed_area)
      color = inverted(color);
    const Color stroke = a.blend ? color : a.stroke_color;
    auto& st = rect.node().style;
    st.fill_color = color;
    st.fill_opacity = a.fill_opacity;
    st.stroke_color = stroke;
    st.stroke_width = a.stroke_width;
    rects.add(rect);
  }
  return rects;
}

Polygon Axes::get_area(const ParametricFunction& graph, const AreaArgs& a) const {
  const char* fn = "Axes.get_area";
  double lo = graph.t_min(), hi = graph.t_max();
  if (a.x_range) {
    if (a.x_range->size() != 2)
      throw std::invalid_argument(std::string(fn) + ": x_range must be [min, max]");
    lo = (*a.x_range)[0];
    hi = (*a.x_range)[1];
  }
  if (a.bounded_graph) {
    std::ostringstream os;
    if (a.bounded_graph->t_min() > hi) {
      os << fn << ": ranges not matching: " << a.bounded_graph->t_min() << " < " << hi;
      throw std::invalid_argument(os.str());
    }
    if (a.bounded_graph->t_max() < lo) {
      os << fn << ": ranges not matching: " << a.bounded_graph->t_max() << " > " << lo;
      throw std::invalid_argument(os.str());
    }
    lo = std::max(lo, a.bounded_graph->t_min());
    hi = std::min(hi, a.bounded_graph->t_max());
  }
  auto inner = [&](const ParametricFunction& g) {
    std::vector<Vec3> pts{g.function(lo)};
    for (const Vec3& p : g.points()) {
      const double x = point_to_coords(p).first;
      if (lo <= x && x <= hi) pts.push_back(p);
    }
    pts.push_back(g.function(hi));
    return pts;
  };
  std::vector<Vec3> pts;
  if (!a.bounded_graph) {
    pts.push_back(coords_to_point(lo, 0));
    for (const Vec3& p : inner(graph)) pts.push_back(p);
    pts.push_back(coords_to_point(hi, 0));
  } else {
    pts = inner(graph);
    std::vector<Vec3> b = inner(*a.bounded_graph);
    pts.insert(pts.end(), b.rbegin(), b.rend());
  }
  if (a.color.empty()) throw std::invalid_argument(std::string(fn) + ": color needs a colour");
  Polygon area(pts);
  area.set_opacity(a.opacity);
  // Manim's set_color(color) on the polygon: a list becomes fill and stroke stops, drawn as
  // linear gradients along the sheen direction (the mechanism of every VMobject).
  set_colors(area, a.color);
  return area;
}

double Axes::angle_of_tangent(double x, const ParametricFunction& graph, double dx) const {
  const auto& f = require_underlying(graph, "angle_of_tangent");
  const double y0 = f(x), y1 = f(x + dx);
  return std::atan2(y1 - y0, dx);
}

double Axes::slope_of_tangent(double x, const ParametricFunction& graph, double dx) const {
  return std::tan(angle_of_tangent(x, graph, dx));
}

ParametricFunction Axes::plot_derivative_graph(const ParametricFunction& graph,
                                               const PlotArgs& a) const {
  require_underlying(graph, "plot_derivative_graph");
  PlotArgs p = a;
  if (!p.color) p.color = GREEN;
  const Axes self = *this;
  const ParametricFunction g = graph;
  return plot([self, g](double x) { return self.slope_of_tangent(x, g); }, p);
}

ParametricFunction Axes::plot_antiderivative_graph(const ParametricFunction& graph,
                                                   double y_intercept, int samples,
                                                   const PlotArgs& a) const {
  const auto f = require_underlying(graph, "plot_antiderivative_graph");
  if (samples < 2)
    throw std::invalid_argument("Axes.plot_antiderivative_graph: samples must be >= 2, got " +
                                std::to_string(samples));
  // The trapezoid rule over linspace(0, x, samples), as numpy.trapz.
  return plot(
      [f, samples, y_intercept](double x) {
        double sum = 0, prev_x = 0, prev_y = f(0);
        for (int i = 1; i < samples; ++i) {
          const double xi = x * i / (samples - 1);
          const double yi = f(xi);
          sum += (xi - prev_x) * (yi + prev_y) / 2;
          prev_x = xi;
          prev_y = yi;
        }
        return sum + y_intercept;
      },
      a);
}

VGroup Axes::get_secant_slope_group(double x, const ParametricFunction& graph,
                                    const SecantSlopeArgs& a) const {
  VGroup group;
  const std::vector<double> r = x_range();
  const double dx = (a.dx && *a.dx != 0) ? *a.dx : (r[1] - r[0]) / 10;
  const Color dy_color = a.dy_line_color.value_or(graph.get_color());
  const Vec3 p1 = input_to_graph_point(x, graph), p2 = input_to_graph_point(x + dx, graph);
  const Vec3 interim{p2.x, p1.y, 0};
  Line dx_line(p1, interim, {.color = a.dx_line_color});
  Line df_line(interim, p2, {.color = dy_color});
  group.add(dx_line, df_line);
  VGroup labels;
  std::optional<Mobject> dx_label = a.dx_label, df_label = a.dy_label;
  if (dx_label) {
    labels.add(*dx_label);
    group.add(*dx_label);
  }
  if (df_label) {
    labels.add(*df_label);
    group.add(*df_label);
  }
  if (!labels.empty()) {
    const double max_width = 0.8 * dx_line.width(), max_height = 0.8 * df_line.height();
    if (labels.width() > max_width) labels.set_width(max_width);
    if (labels.height() > max_height) labels.set_height(max_height);
  }
  const double sign = dx > 0 ? 1 : (dx < 0 ? -1 : 0);
  if (dx_label) {
    dx_label->next_to(dx_line, DOWN * sign, dx_label->height() / 2);
    dx_label->set_color(dx_line.get_color());
  }
  if (df_label) {
    df_label->next_to(df_line, RIGHT * sign, df_label->height() / 2);
    df_label->set_color(df_line.get_color());
  }
  if (a.include_secant_line) {
    Line secant(p1, p2, {.color = a.secant_line_color});
    secant.scale(a.secant_line_length / secant.get_length());
    group.add(secant);
  }
  return group;
}

// ---------------------------------------------------------------- other plots

VGroup Axes::plot_line_graph(const std::vector<double>& x_values,
                             const std::vector<double>& y_values, const LineGraphArgs& a) const {
  if (x_values.size() != y_values.size() || (a.z_values && a.z_values->size() != x_values.size()))
    throw std::invalid_argument(
        kind() + ".plot_line_graph: x_values, y_values (and z_values) need the same length, got " +
        std::to_string(x_values.size()) + " and " + std::to_string(y_values.size()));
  std::vector<Vec3> vertices;
  for (std::size_t i = 0; i < x_values.size(); ++i)
    vertices.push_back(coords_to_point(x_values[i], y_values[i]));
  StyleArgs style = geom::style_of(a);
  // VGroup(color=line_color, **kwargs): an explicit color keyword wins.
  if (!style.color) style.color = a.line_color;
  VGroup graph;
  geom::apply_style(graph.node(), style);
  graph.set_points_as_corners(vertices);
  VGroup result;
  result.add(graph);
  if (a.add_vertex_dots) {
    VGroup dots;
    for (const Vec3& v : vertices) {
      DotArgs d;
      geom::put_style(d, a.vertex_dot_style);
      d.radius = a.vertex_dot_radius;
      dots.add(Dot(v, d));
    }
    result.add(dots);
  }
  return result;
}

ParametricFunction Axes::plot_parametric_curve(
    const std::function<std::pair<double, double>(double)>& function,
    const ParametricFunctionArgs& a) const {
  if (!function) geom::fail(kind(), "plot_parametric_curve: function is empty");
  const Axes self = *this;
  return ParametricFunction(
      [self, function](double t) {
        const auto [x, y] = function(t);
        return self.coords_to_point(x, y);
      },
      a);
}

Vec3 Axes::polar_to_point(double radius, double azimuth) const {
  return coords_to_point(radius * std::cos(azimuth), radius * std::sin(azimuth));
}

std::pair<double, double> Axes::point_to_polar(const Vec3& point) const {
  const auto [x, y] = point_to_coords(point);
  return {std::hypot(x, y), std::atan2(y, x)};
}

ParametricFunction Axes::plot_polar_graph(const std::function<double(double)>& r_func,
                                          std::vector<double> theta_range,
                                          const ParametricFunctionArgs& a) const {
  if (!r_func) geom::fail(kind(), "plot_polar_graph: r_func is empty");
  ParametricFunctionArgs p = a;
  p.t_range = std::move(theta_range);
  const Axes self = *this;
  ParametricFunction g(
      [self, r_func](double theta) { return self.polar_to_point(r_func(theta), theta); }, p);
  g.set_underlying_function(r_func);
  return g;
}

}  // namespace manim
