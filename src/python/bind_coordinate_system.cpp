// Axes' CoordinateSystem helpers with Manim's names, keywords and defaults: axis and graph
// labels, add_coordinates, lines to points, Riemann rectangles, areas, tangents, derivative and
// antiderivative graphs, secant groups, plot_line_graph, parametric and polar plots.
#include "manim/mobject/graphing/three_d_axes.hpp"
#include "python/bind_graphing.hpp"

namespace manim::python {

namespace {

// A label argument: a Mobject as is; a string (or number) typeset by the x axis'
// label_constructor (MathTex unless configured), as Manim's _create_label_tex.
Mobject label_of(const Axes& ax, py::handle o, const std::string& fn, const char* arg) {
  if (py::isinstance<Mobject>(o)) return o.cast<Mobject>();
  if (py::isinstance<py::str>(o)) return ax.x_axis().create_label_tex(o.cast<std::string>());
  if (py::isinstance<py::int_>(o) || py::isinstance<py::float_>(o))
    return ax.x_axis().create_label_tex(py::str(o).cast<std::string>());
  throw py::type_error(fn + ": argument '" + arg +
                       "' must be a Mobject, a string or a number, got " + type_name(o));
}

// One colour or a list of colours (Manim's color=(A, B, C) gradients).
std::vector<Color> colors_of(py::handle o, const std::string& fn, const char* arg) {
  try {
    return {o.cast<Color>()};
  } catch (const py::cast_error&) {
  }
  return convert<std::vector<Color>>(o, fn, arg, "a colour or a list of colours");
}

ParametricFunction graph_of(py::handle o, const std::string& fn, const char* arg) {
  return convert<ParametricFunction>(o, fn, arg, "a ParametricFunction (from Axes.plot)");
}

py::object np_pair(std::pair<double, double> p) {
  return py::module_::import("numpy").attr("array")(std::vector<double>{p.first, p.second});
}

// get_line_from_axis_to_point's keywords: line_func, line_config, color, stroke_width.
AxisLineArgs axis_line_args(Kw& k, bool dashed_default = true) {
  AxisLineArgs a;
  a.dashed = dashed_default;
  if (py::object f = k.take("line_func")) {
    py::object manim = py::module_::import("manimcpp");
    if (f.is(manim.attr("DashedLine")))
      a.dashed = true;
    else if (f.is(manim.attr("Line")))
      a.dashed = false;
    else
      throw py::type_error(k.fn() + ": argument 'line_func' must be Line or DashedLine, got " +
                           py::repr(f).cast<std::string>());
  }
  if (py::object c = k.take("line_config")) {
    Kw ck(k.fn() + ": line_config", py::args(),
          convert<py::dict>(c, k.fn(), "line_config", "a dict"));
    ck.get("dashed_ratio", a.dashed_ratio);
    ck.get("dash_length", a.dash_length);
    ck.get("color", a.color);
    ck.get("stroke_width", a.stroke_width);
    ck.finish();
  }
  k.get("color", a.color);
  k.get("stroke_width", a.stroke_width);
  return a;
}

std::vector<std::pair<double, Mobject>> label_dict(const Axes& ax, py::handle d,
                                                   const std::string& fn) {
  std::vector<std::pair<double, Mobject>> out;
  for (auto item : convert<py::dict>(d, fn, "axes_numbers", "a dict number -> label")) {
    const double x = convert<double>(item.first, fn, "axes_numbers", "a dict number -> label");
    // Manim's add_labels: strings become Tex when the constructor is MathTex.
    if (py::isinstance<py::str>(item.second))
      out.emplace_back(x, Tex(item.second.cast<std::string>()));
    else
      out.emplace_back(x, label_of(ax, item.second, fn, "axes_numbers"));
  }
  return out;
}

// plot_line_graph's result: Manim returns a VDict, indexed by "line_graph" / "vertex_dots".
struct LineGraphDict : VGroup {
  explicit LineGraphDict(const VGroup& g) : VGroup(g.node_ptr(), Mobject::Unchecked{}) {}
};

}  // namespace

void bind_coordinate_system(py::module_& m) {
  py::class_<LineGraphDict, VGroup>(m, "_LineGraphVDict")
      .def("__getitem__", [](const LineGraphDict& g, py::object key) -> py::object {
        if (py::isinstance<py::str>(key)) {
          const std::string k = key.cast<std::string>();
          if (k == "line_graph") return wrap(g[0]);
          if (k == "vertex_dots" && g.size() > 1) return wrap(g[1]);
          throw py::key_error(k);
        }
        return py::module_::import("manimcpp").attr("VGroup").attr("__getitem__")(g, key);
      });
  auto axes = py::reinterpret_borrow<py::class_<Axes, VGroup>>(m.attr("Axes"));
  axes.def(
      "get_x_axis_label",
      [](const Axes& ax, py::object label, const Vec3& edge, const Vec3& direction, double buff) {
        return wrap(ax.get_x_axis_label(label_of(ax, label, "Axes.get_x_axis_label", "label"), edge,
                                        direction, buff));
      },
      py::arg("label"), py::arg("edge") = UR, py::arg("direction") = UR,
      py::arg("buff") = SMALL_BUFF);
  axes.def(
      "get_y_axis_label",
      [](const Axes& ax, py::object label, const Vec3& edge, const Vec3& direction, double buff) {
        return wrap(ax.get_y_axis_label(label_of(ax, label, "Axes.get_y_axis_label", "label"), edge,
                                        direction, buff));
      },
      py::arg("label"), py::arg("edge") = UR, py::arg("direction") = UP * 0.5 + RIGHT,
      py::arg("buff") = SMALL_BUFF);
  axes.def(
      "get_axis_labels",
      [](py::object self, py::object x_label, py::object y_label) {
        const Axes& ax = self.cast<const Axes&>();
        py::object labels =
            wrap(ax.get_axis_labels(label_of(ax, x_label, "Axes.get_axis_labels", "x_label"),
                                    label_of(ax, y_label, "Axes.get_axis_labels", "y_label")));
        self.attr("axis_labels") = labels;
        return labels;
      },
      py::arg("x_label") = "x", py::arg("y_label") = "y");
  axes.def(
      "get_graph_label",
      [](const Axes& ax, py::object graph, py::object label, py::object x_val,
         const Vec3& direction, double buff, py::object color, bool dot, py::object dot_config) {
        const std::string fn = "Axes.get_graph_label";
        GraphLabelArgs a;
        if (!x_val.is_none()) a.x_val = convert<double>(x_val, fn, "x_val", "a number");
        a.direction = direction;
        a.buff = buff;
        if (!color.is_none()) a.color = convert<Color>(color, fn, "color", Expect<Color>::name);
        a.dot = dot;
        if (!dot_config.is_none()) {
          Kw dk(fn + ": dot_config", py::args(),
                convert<py::dict>(dot_config, fn, "dot_config", "a dict"));
          read_style(dk, a.dot_config);
          dk.get("radius", a.dot_config.radius);
          dk.finish();
        }
        return wrap(
            ax.get_graph_label(graph_of(graph, fn, "graph"), label_of(ax, label, fn, "label"), a));
      },
      py::arg("graph"), py::arg("label") = "f(x)", py::arg("x_val") = py::none(),
      py::arg("direction") = RIGHT, py::arg("buff") = MED_SMALL_BUFF, py::arg("color") = py::none(),
      py::arg("dot") = false, py::arg("dot_config") = py::none());
  axes.def("add_coordinates", [](py::object self, py::args axes_numbers, py::kwargs kw) {
    Axes ax = self.cast<Axes>();
    const std::string fn = "Axes.add_coordinates";
    Kw k(fn, py::args(), kw);
    std::optional<double> font_size;
    k.get("font_size", font_size);
    k.finish();
    std::vector<NumberLine> axis_list = {ax.x_axis(), ax.y_axis()};
    if (ax.is<ThreeDAxes>()) axis_list.push_back(ax.as<ThreeDAxes>().z_axis());
    if (axes_numbers.size() > axis_list.size())
      throw py::type_error(fn + ": " + ax.kind() + " has " + std::to_string(axis_list.size()) +
                           " axes, got " + std::to_string(axes_numbers.size()) +
                           " lists of numbers");
    VGroup labels;
    for (std::size_t i = 0; i < axis_list.size(); ++i) {
      py::object v = i < axes_numbers.size() ? py::object(axes_numbers[i]) : py::object(py::none());
      if (axes_numbers.size() > 0 && i >= axes_numbers.size()) break;  // Manim zips
      if (py::isinstance<py::dict>(v)) {
        axis_list[i].add_labels(label_dict(ax, v, fn), std::nullopt, std::nullopt, font_size);
        labels.add(*axis_list[i].labels());
      } else if (v.is_none() && axis_list[i].scaling().custom_labels) {
        // LogBase: Integer(base, unit="^{k}") at each tick, k with no decimals.
        const Scaling& sc = axis_list[i].scaling();
        std::vector<std::pair<double, Mobject>> custom;
        for (double x : axis_list[i].get_tick_range()) {
          char buf[64];
          std::snprintf(buf, sizeof buf, "^{%.0f}", sc.inverse_function(x));
          custom.emplace_back(x, Integer(std::lround(sc.base), {.unit = std::string(buf)}));
        }
        axis_list[i].add_labels(custom, std::nullopt, std::nullopt, font_size);
        labels.add(*axis_list[i].labels());
      } else {
        std::optional<std::vector<double>> xs;
        if (!v.is_none()) xs = numbers(v, fn, "axes_numbers");
        axis_list[i].add_numbers(xs, std::nullopt, font_size);
        labels.add(*axis_list[i].numbers());
      }
    }
    self.attr("coordinate_labels") = wrap(labels);
    return self;
  });
  axes.def(
      "get_line_from_axis_to_point",
      [](const Axes& ax, int index, const Vec3& point, py::kwargs kw) {
        Kw k("Axes.get_line_from_axis_to_point", py::args(), kw);
        AxisLineArgs a = axis_line_args(k);
        k.finish();
        return wrap(ax.get_line_from_axis_to_point(index, point, a));
      },
      py::arg("index"), py::arg("point"));
  axes.def(
      "get_vertical_line",
      [](const Axes& ax, const Vec3& point, py::kwargs kw) {
        Kw k("Axes.get_vertical_line", py::args(), kw);
        AxisLineArgs a = axis_line_args(k);
        k.finish();
        return wrap(ax.get_vertical_line(point, a));
      },
      py::arg("point"));
  axes.def(
      "get_horizontal_line",
      [](const Axes& ax, const Vec3& point, py::kwargs kw) {
        Kw k("Axes.get_horizontal_line", py::args(), kw);
        AxisLineArgs a = axis_line_args(k);
        k.finish();
        return wrap(ax.get_horizontal_line(point, a));
      },
      py::arg("point"));
  axes.def(
      "get_lines_to_point",
      [](const Axes& ax, const Vec3& point, py::kwargs kw) {
        Kw k("Axes.get_lines_to_point", py::args(), kw);
        AxisLineArgs a = axis_line_args(k);
        k.finish();
        return wrap(ax.get_lines_to_point(point, a));
      },
      py::arg("point"));
  axes.def(
      "get_vertical_lines_to_graph",
      [](const Axes& ax, py::object graph, py::object x_range, int num_lines, py::kwargs kw) {
        const std::string fn = "Axes.get_vertical_lines_to_graph";
        Kw k(fn, py::args(), kw);
        AxisLineArgs a = axis_line_args(k);
        k.finish();
        std::optional<std::vector<double>> r;
        if (!x_range.is_none()) r = numbers(x_range, fn, "x_range");
        return wrap(ax.get_vertical_lines_to_graph(graph_of(graph, fn, "graph"), r, num_lines, a));
      },
      py::arg("graph"), py::arg("x_range") = py::none(), py::arg("num_lines") = 20);
  axes.def(
      "get_T_label",
      [](const Axes& ax, double x_val, py::object graph, py::object label, py::object label_color,
         double triangle_size, py::object triangle_color, py::object line_func,
         py::object line_color) {
        const std::string fn = "Axes.get_T_label";
        TLabelArgs a;
        if (!label.is_none()) a.label = label_of(ax, label, fn, "label");
        if (!label_color.is_none())
          a.label_color = convert<Color>(label_color, fn, "label_color", Expect<Color>::name);
        a.triangle_size = triangle_size;
        if (!triangle_color.is_none())
          a.triangle_color =
              convert<Color>(triangle_color, fn, "triangle_color", Expect<Color>::name);
        if (!line_func.is_none()) {
          py::dict d;
          d["line_func"] = line_func;
          Kw k(fn, py::args(), d);
          a.dashed = axis_line_args(k, false).dashed;
        }
        a.line_color = convert<Color>(line_color, fn, "line_color", Expect<Color>::name);
        return wrap(ax.get_T_label(x_val, graph_of(graph, fn, "graph"), a));
      },
      py::arg("x_val"), py::arg("graph"), py::arg("label") = py::none(),
      py::arg("label_color") = py::none(), py::arg("triangle_size") = MED_SMALL_BUFF,
      py::arg("triangle_color") = WHITE, py::arg("line_func") = py::none(),
      py::arg("line_color") = YELLOW);
  axes.def(
      "get_riemann_rectangles",
      [](const Axes& ax, py::object graph, py::args args, py::kwargs kw) {
        const std::string fn = "Axes.get_riemann_rectangles";
        Kw k(fn, args, kw,
             {"x_range", "dx", "input_sample_type", "stroke_width", "stroke_color", "fill_opacity",
              "color", "show_signed_area", "bounded_graph", "blend", "width_scale_factor"});
        RiemannArgs a;
        if (py::object r = k.take("x_range")) a.x_range = numbers(r, fn, "x_range");
        k.get("dx", a.dx);
        k.get("input_sample_type", a.input_sample_type);
        k.get("stroke_width", a.stroke_width);
        k.get("stroke_color", a.stroke_color);
        k.get("fill_opacity", a.fill_opacity);
        if (py::object c = k.take("color")) a.color = colors_of(c, fn, "color");
        k.get("show_signed_area", a.show_signed_area);
        if (py::object b = k.take("bounded_graph"))
          a.bounded_graph = graph_of(b, fn, "bounded_graph");
        k.get("blend", a.blend);
        k.get("width_scale_factor", a.width_scale_factor);
        k.finish();
        return wrap(ax.get_riemann_rectangles(graph_of(graph, fn, "graph"), a));
      },
      py::arg("graph"));
  axes.def(
      "get_area",
      [](const Axes& ax, py::object graph, py::args args, py::kwargs kw) {
        const std::string fn = "Axes.get_area";
        Kw k(fn, args, kw, {"x_range", "color", "opacity", "bounded_graph"});
        AreaArgs a;
        if (py::object r = k.take("x_range")) a.x_range = numbers(r, fn, "x_range");
        if (py::object c = k.take("color")) a.color = colors_of(c, fn, "color");
        k.get("opacity", a.opacity);
        if (py::object b = k.take("bounded_graph"))
          a.bounded_graph = graph_of(b, fn, "bounded_graph");
        k.finish();
        return wrap(ax.get_area(graph_of(graph, fn, "graph"), a));
      },
      py::arg("graph"));
  axes.def(
      "angle_of_tangent",
      [](const Axes& ax, double x, py::object graph, double dx) {
        return ax.angle_of_tangent(x, graph_of(graph, "Axes.angle_of_tangent", "graph"), dx);
      },
      py::arg("x"), py::arg("graph"), py::arg("dx") = 1e-8);
  axes.def(
      "slope_of_tangent",
      [](const Axes& ax, double x, py::object graph, double dx) {
        return ax.slope_of_tangent(x, graph_of(graph, "Axes.slope_of_tangent", "graph"), dx);
      },
      py::arg("x"), py::arg("graph"), py::arg("dx") = 1e-8);
  axes.def(
      "plot_derivative_graph",
      [](const Axes& ax, py::object graph, py::args args, py::kwargs kw) {
        const std::string fn = "Axes.plot_derivative_graph";
        Kw k(fn, args, kw, {"color"});
        PlotArgs a;
        bool vectorized = false;  // the derivative is computed in C++ either way
        read_plot_args(k, a, vectorized);
        k.finish();
        return wrap(ax.plot_derivative_graph(graph_of(graph, fn, "graph"), a));
      },
      py::arg("graph"));
  axes.def(
      "plot_antiderivative_graph",
      [](const Axes& ax, py::object graph, double y_intercept, int samples, py::kwargs kw) {
        const std::string fn = "Axes.plot_antiderivative_graph";
        Kw k(fn, py::args(), kw);
        PlotArgs a;
        bool vectorized = false;
        read_plot_args(k, a, vectorized);
        k.finish();
        return wrap(
            ax.plot_antiderivative_graph(graph_of(graph, fn, "graph"), y_intercept, samples, a));
      },
      py::arg("graph"), py::arg("y_intercept") = 0, py::arg("samples") = 50);
  axes.def(
      "get_secant_slope_group",
      [](const Axes& ax, double x, py::object graph, py::object dx, py::object dx_line_color,
         py::object dy_line_color, py::object dx_label, py::object dy_label,
         bool include_secant_line, py::object secant_line_color, double secant_line_length) {
        const std::string fn = "Axes.get_secant_slope_group";
        SecantSlopeArgs a;
        if (!dx.is_none()) a.dx = convert<double>(dx, fn, "dx", "a number");
        a.dx_line_color = convert<Color>(dx_line_color, fn, "dx_line_color", Expect<Color>::name);
        if (!dy_line_color.is_none())
          a.dy_line_color = convert<Color>(dy_line_color, fn, "dy_line_color", Expect<Color>::name);
        if (!dx_label.is_none()) a.dx_label = label_of(ax, dx_label, fn, "dx_label");
        if (!dy_label.is_none()) a.dy_label = label_of(ax, dy_label, fn, "dy_label");
        a.include_secant_line = include_secant_line;
        a.secant_line_color =
            convert<Color>(secant_line_color, fn, "secant_line_color", Expect<Color>::name);
        a.secant_line_length = secant_line_length;
        return wrap(ax.get_secant_slope_group(x, graph_of(graph, fn, "graph"), a));
      },
      py::arg("x"), py::arg("graph"), py::arg("dx") = py::none(), py::arg("dx_line_color") = YELLOW,
      py::arg("dy_line_color") = py::none(), py::arg("dx_label") = py::none(),
      py::arg("dy_label") = py::none(), py::arg("include_secant_line") = true,
      py::arg("secant_line_color") = GREEN, py::arg("secant_line_length") = 10);
  axes.def(
      "plot_line_graph",
      [](const Axes& ax, py::object x_values, py::object y_values, py::args args, py::kwargs kw) {
        const std::string fn = "Axes.plot_line_graph";
        Kw k(
            fn, args, kw,
            {"z_values", "line_color", "add_vertex_dots", "vertex_dot_radius", "vertex_dot_style"});
        LineGraphArgs a;
        read_style(k, a);
        if (py::object z = k.take("z_values")) a.z_values = numbers(z, fn, "z_values");
        k.get("line_color", a.line_color);
        k.get("add_vertex_dots", a.add_vertex_dots);
        k.get("vertex_dot_radius", a.vertex_dot_radius);
        if (py::object s = k.take("vertex_dot_style")) {
          Kw sk(fn + ": vertex_dot_style", py::args(),
                convert<py::dict>(s, fn, "vertex_dot_style", "a dict"));
          read_style(sk, a.vertex_dot_style);
          sk.finish();
        }
        k.finish();
        VGroup g = ax.plot_line_graph(numbers(x_values, fn, "x_values"),
                                      numbers(y_values, fn, "y_values"), a);
        return LineGraphDict(g);
      },
      py::arg("x_values"), py::arg("y_values"));
  axes.def(
      "plot_parametric_curve",
      [](const Axes& ax, py::function f, py::kwargs kw) {
        const std::string fn = "Axes.plot_parametric_curve";
        Kw k(fn, py::args(), kw);
        ParametricFunctionArgs a;
        read_style(k, a);
        if (py::object r = k.take("t_range")) a.t_range = numbers(r, fn, "t_range");
        k.get("use_smoothing", a.use_smoothing);
        if (py::object d = k.take("discontinuities"))
          a.discontinuities = numbers(d, fn, "discontinuities");
        k.get("dt", a.dt);
        k.finish();
        return wrap(ax.plot_parametric_curve(
            [f, fn](double t) {
              std::vector<double> xy = numbers(f(t), fn, "function");
              if (xy.size() < 2)
                throw py::value_error(fn + ": the function must return (x, y), got " +
                                      std::to_string(xy.size()) + " numbers");
              return std::pair<double, double>{xy[0], xy[1]};
            },
            a));
      },
      py::arg("function"));
  axes.def(
      "plot_polar_graph",
      [](const Axes& ax, py::function r, py::object theta_range, py::kwargs kw) {
        const std::string fn = "Axes.plot_polar_graph";
        Kw k(fn, py::args(), kw);
        ParametricFunctionArgs a;
        read_style(k, a);
        k.get("use_smoothing", a.use_smoothing);
        k.get("dt", a.dt);
        if (py::object d = k.take("discontinuities"))
          a.discontinuities = numbers(d, fn, "discontinuities");
        k.finish();
        std::vector<double> tr = {0, TAU};
        if (!theta_range.is_none()) tr = numbers(theta_range, fn, "theta_range");
        return wrap(ax.plot_polar_graph(real_function(r, fn), tr, a));
      },
      py::arg("r_func"), py::arg("theta_range") = py::none());
  auto i2gp = [](const Axes& ax, double x, py::object graph) {
    return ax.input_to_graph_point(
        x, convert<VMobject>(graph, "Axes.input_to_graph_point", "graph", "a VMobject"));
  };
  axes.def("input_to_graph_point", i2gp, py::arg("x"), py::arg("graph"));
  axes.def("i2gp", i2gp, py::arg("x"), py::arg("graph"));
  auto i2gc = [](const Axes& ax, double x, py::object graph) {
    return py::make_tuple(
        x,
        ax.input_to_graph_coords(x, graph_of(graph, "Axes.input_to_graph_coords", "graph")).second);
  };
  axes.def("input_to_graph_coords", i2gc, py::arg("x"), py::arg("graph"));
  axes.def("i2gc", i2gc, py::arg("x"), py::arg("graph"));
  auto pr2pt = [](const Axes& ax, double radius, double azimuth) {
    return ax.polar_to_point(radius, azimuth);
  };
  axes.def("polar_to_point", pr2pt, py::arg("radius"), py::arg("azimuth"));
  axes.def("pr2pt", pr2pt, py::arg("radius"), py::arg("azimuth"));
  auto pt2pr = [](const Axes& ax, const Vec3& p) { return np_pair(ax.point_to_polar(p)); };
  axes.def("point_to_polar", pt2pr, py::arg("point"));
  axes.def("pt2pr", pt2pr, py::arg("point"));
  axes.def("get_axis", [](const Axes& ax, int index) {
    if (index == 0) return wrap(ax.x_axis());
    if (index == 1) return wrap(ax.y_axis());
    throw py::index_error("Axes.get_axis: index must be 0 or 1, got " + std::to_string(index));
  });
  axes.def_property_readonly("axes", [](const Axes& ax) { return wrap(ax.get_axes()); });
}

}  // namespace manim::python
