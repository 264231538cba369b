// NumberLine, Axes, NumberPlane, ParametricFunction and FunctionGraph with Manim's keywords.
// Config dicts (axis_config={"color": C, "include_numbers": False}) are read key by key into the
// optional fields of NumberLineArgs, so unknown keys raise TypeError naming the dict.
#include "python/bind_graphing.hpp"

#include "manim/mobject/graphing/three_d_axes.hpp"
#include "mobject/graphing/graphing_internal.hpp"
#include "python/bind_tips.hpp"

namespace manim::python {

std::vector<double> numbers(py::handle o, const std::string& fn, const char* arg) {
  return convert<std::vector<double>>(o, fn, arg, "a list of numbers");
}

std::function<double(double)> real_function(py::function f, const std::string& fn,
                                            bool vectorized) {
  if (vectorized) {
    // Manim hands a vectorized function the whole array of inputs; a one-element array gives
    // the same values for every function that accepts arrays.
    py::object np_array = py::module_::import("numpy").attr("array");
    return [f, fn, np_array](double x) {
      py::object r = f(np_array(py::make_tuple(x)));
      py::object v = py::module_::import("numpy").attr("asarray")(r).attr("reshape")(-1);
      if (py::len(v) == 0)
        throw py::value_error(fn + ": the vectorized function returned an empty array");
      return convert<double>(v[py::int_(0)], fn, "function", "a function returning numbers");
    };
  }
  return [f, fn](double x) {
    return convert<double>(f(x), fn, "function", "a function returning a number");
  };
}

void read_plot_args(Kw& k, PlotArgs& a, bool& vectorized) {
  read_style(k, a);
  if (py::object r = k.take("x_range")) a.x_range = numbers(r, k.fn(), "x_range");
  k.get("use_vectorized", vectorized);
  k.get("use_smoothing", a.use_smoothing);
  if (py::object d = k.take("discontinuities"))
    a.discontinuities = numbers(d, k.fn(), "discontinuities");
  k.get("dt", a.dt);
}

// Manim derives the labels' decimal places from str(step): a float step (1.0, 0.5) gives the
// digits after its point, an int step none. The C++ side only sees doubles, so the type is
// read here.
std::optional<int> float_step_places(py::handle range) {
  if (!py::isinstance<py::sequence>(range) || py::len(range) != 3) return std::nullopt;
  py::object step = range[py::int_(2)];
  const bool is_float = PyFloat_Check(step.ptr()) ||
                        py::isinstance(step, py::module_::import("numpy").attr("floating"));
  if (!is_float) return std::nullopt;
  return graphing::float_step_decimal_places(step.cast<double>());
}

namespace {

// `places`, when given, receives float_step_places of the range.
bool get_numbers(Kw& k, const char* name, std::vector<double>& out,
                 std::optional<int>* places = nullptr) {
  py::object o = k.take(name);
  if (!o) return false;
  out = numbers(o, k.fn(), name);
  if (places) *places = float_step_places(o);
  return true;
}

bool get_numbers(Kw& k, const char* name, std::optional<std::vector<double>>& out,
                 std::optional<int>* places = nullptr) {
  std::vector<double> v;
  if (!get_numbers(k, name, v, places)) return false;
  out = std::move(v);
  return true;
}

// An optional length where None means "no fixed length" (Manim's x_length=None).
void get_length(Kw& k, const char* name, std::optional<double>& out) {
  const bool given = k.has(name);
  py::object o = k.take(name);
  if (!given) return;
  if (!o) {
    out.reset();
    return;
  }
  out = convert<double>(o, k.fn(), name, Expect<double>::name);
}

// NumberLine's own keywords (shared by NumberLine() and the axis_config dicts).
void read_number_line(Kw& k, NumberLineArgs& a) {
  read_style(k, a);
  std::optional<int> step_places;
  get_numbers(k, "x_range", a.x_range, &step_places);
  k.get("length", a.length);
  k.get("unit_size", a.unit_size);
  k.get("include_ticks", a.include_ticks);
  k.get("tick_size", a.tick_size);
  get_numbers(k, "numbers_with_elongated_ticks", a.numbers_with_elongated_ticks);
  k.get("longer_tick_multiple", a.longer_tick_multiple);
  k.get("exclude_origin_tick", a.exclude_origin_tick);
  k.get("rotation", a.rotation);
  k.get("include_tip", a.include_tip);
  k.get("tip_width", a.tip_width);
  k.get("tip_height", a.tip_height);
  TipShape shape;
  if (get_tip_shape(k, "tip_shape", shape)) a.tip_shape = shape;
  k.get("include_numbers", a.include_numbers);
  k.get("font_size", a.font_size);
  k.get("label_direction", a.label_direction);
  k.get("line_to_number_buff", a.line_to_number_buff);
  get_numbers(k, "numbers_to_exclude", a.numbers_to_exclude);
  get_numbers(k, "numbers_to_include", a.numbers_to_include);
  if (py::object c = k.take("label_constructor")) {
    if (!PyCallable_Check(c.ptr()))
      throw py::type_error(k.fn() +
                           ": argument 'label_constructor' must be a callable (MathTex, "
                           "Tex, Text...), got " +
                           type_name(c));
    const std::string fn = k.fn();
    a.label_constructor = std::function<Mobject(const std::string&)>([c,
                                                                      fn](const std::string& tex) {
      return convert<Mobject>(c(tex), fn, "label_constructor", "a callable returning a Mobject");
    });
  }
  if (py::object sc = k.take("scaling")) {
    try {
      a.scaling = sc.cast<Scaling>();
    } catch (const py::cast_error&) {
      throw py::type_error(k.fn() + ": argument 'scaling' must be LinearBase() or LogBase(), got " +
                           type_name(sc));
    }
  }
  if (py::object d = k.take("decimal_number_config")) {
    Kw dk(k.fn() + ": decimal_number_config", py::args(),
          convert<py::dict>(d, k.fn(), "decimal_number_config", "a dict"));
    dk.get("num_decimal_places", a.num_decimal_places);
    dk.finish();
  }
  if (!a.num_decimal_places && step_places) a.num_decimal_places = step_places;
}

}  // namespace

NumberLineArgs number_line_dict(Kw& k, const char* name) {
  NumberLineArgs a;
  py::object d = k.take(name);
  if (!d) return a;
  Kw dk(k.fn() + ": " + name, py::args(), convert<py::dict>(d, k.fn(), name, "a dict"));
  read_number_line(dk, a);
  dk.finish();
  return a;
}

void read_axis_configs(Kw& k, AxesArgs& a) {
  a.axis_config = number_line_dict(k, "axis_config");
  a.x_axis_config = number_line_dict(k, "x_axis_config");
  a.y_axis_config = number_line_dict(k, "y_axis_config");
}

namespace {

// Float steps of the Axes' own ranges reach the axes' labels unless a config sets the places.
void apply_step_places(std::optional<int> xp, std::optional<int> yp, NumberLineArgs& axis,
                       NumberLineArgs& x, NumberLineArgs& y) {
  if (xp && !axis.num_decimal_places && !x.num_decimal_places) x.num_decimal_places = xp;
  if (yp && !axis.num_decimal_places && !y.num_decimal_places) y.num_decimal_places = yp;
}

}  // namespace

void read_axes(Kw& k, AxesArgs& a) {
  std::optional<int> xp, yp;
  get_numbers(k, "x_range", a.x_range, &xp);
  get_numbers(k, "y_range", a.y_range, &yp);
  get_length(k, "x_length", a.x_length);
  get_length(k, "y_length", a.y_length);
  read_axis_configs(k, a);
  apply_step_places(xp, yp, a.axis_config, a.x_axis_config, a.y_axis_config);
  k.get("tips", a.tips);
}

void read_optional_length(Kw& k, const char* name, std::optional<double>& out) {
  get_length(k, name, out);
}

LineStyle line_style(Kw& k, const char* name) {
  LineStyle s;
  py::object d = k.take(name);
  if (!d) return s;
  Kw dk(k.fn() + ": " + name, py::args(), convert<py::dict>(d, k.fn(), name, "a dict"));
  dk.get("stroke_color", s.stroke_color);
  if (!s.stroke_color) dk.get("color", s.stroke_color);
  dk.get("stroke_width", s.stroke_width);
  dk.get("stroke_opacity", s.stroke_opacity);
  dk.finish();
  return s;
}

namespace {

// Manim's number_to_point: a number gives a point, a list or array of numbers an (n, 3) array.
py::object n2p(const NumberLine& nl, py::object number) {
  py::object np = py::module_::import("numpy");
  py::object arr = np.attr("asarray")(number, py::arg("dtype") = "float");
  try {
    if (arr.attr("ndim").cast<int>() == 0) return py::cast(nl.number_to_point(arr.cast<double>()));
    std::vector<Vec3> out;
    for (auto v : arr.attr("reshape")(-1)) out.push_back(nl.number_to_point(v.cast<double>()));
    return np.attr("array")(py::cast(out)).attr("reshape")(-1, 3);
  } catch (const std::invalid_argument& e) {
    throw py::value_error(e.what());
  }
}

// Manim's point_to_number: a point gives a float, a list of points an array of floats.
py::object p2n(const NumberLine& nl, py::object point) {
  py::object np = py::module_::import("numpy");
  py::object arr = np.attr("asarray")(point, py::arg("dtype") = "float");
  const int ndim = arr.attr("ndim").cast<int>();
  if (ndim == 1)
    return py::float_(nl.point_to_number(
        convert<Vec3>(arr, "NumberLine.point_to_number", "point", Expect<Vec3>::name)));
  if (ndim != 2)
    throw py::value_error("NumberLine.point_to_number: expected a point or a list of points");
  std::vector<double> out;
  for (auto p : arr)
    out.push_back(nl.point_to_number(
        convert<Vec3>(p, "NumberLine.point_to_number", "point", Expect<Vec3>::name)));
  return np.attr("array")(out);
}

// Manim's coords_to_point(*coords): (x, y[, z]), ([x0, x1...], [y0, y1...]) or
// ([[x0, y0], [x1, y1]...]); arrays come back in the layout they came in.
py::object c2p_any(const Axes& ax, py::args args) {
  const std::string fn = "Axes.coords_to_point";
  py::object np = py::module_::import("numpy");
  py::object coords = np.attr("asarray")(args, py::arg("dtype") = "float");
  const int ndim = coords.attr("ndim").cast<int>();
  bool transposed = false;
  if (ndim == 3) {
    coords = coords[py::int_(0)];
    if (coords.attr("shape")[py::int_(0)].cast<int>() == 1)
      coords = coords[py::int_(0)];
    else {
      coords = coords.attr("T");
      transposed = true;
    }
  }
  const int n = coords.attr("ndim").cast<int>();
  if (n == 0 || py::len(coords) < 1)
    throw py::type_error(fn + ": expected coordinates (x, y), got " +
                         py::repr(args).cast<std::string>());
  const NumberLine xa = ax.x_axis();
  std::vector<NumberLine> others = {ax.y_axis()};
  if (ax.is<ThreeDAxes>()) others.push_back(ax.as<ThreeDAxes>().z_axis());
  const Vec3 origin = xa.number_to_point(graphing::origin_shift(xa.x_min(), xa.x_max()));
  // The x axis' point plus each other axis' offset from the origin (Manim's formula; extra
  // coordinates beyond the axes are dropped, as Manim's zip does).
  auto one = [&](double x, const std::vector<double>& rest) {
    Vec3 p = xa.number_to_point(x);
    for (std::size_t i = 0; i < rest.size() && i < others.size(); ++i)
      p = p + (others[i].number_to_point(rest[i]) - origin);
    return p;
  };
  try {
    if (n == 1) {
      const std::size_t len = py::len(coords);
      if (len > 3)
        throw py::type_error(fn + ": expected 2 or 3 coordinates, got " + std::to_string(len));
      std::vector<double> rest;
      for (std::size_t i = 1; i < len; ++i) rest.push_back(coords[py::int_(i)].cast<double>());
      return py::cast(one(coords[py::int_(0)].cast<double>(), rest));
    }
    // rows: x values, y values (, z values)
    py::object xs = coords[py::int_(0)];
    const std::size_t rows = py::len(coords);
    const std::size_t m = py::len(xs);
    std::vector<Vec3> pts;
    for (std::size_t i = 0; i < m; ++i) {
      std::vector<double> rest;
      for (std::size_t r = 1; r < rows; ++r)
        rest.push_back(coords[py::int_(r)][py::int_(i)].cast<double>());
      pts.push_back(one(xs[py::int_(i)].cast<double>(), rest));
    }
    py::object out = np.attr("array")(py::cast(pts)).attr("reshape")(-1, 3);
    return transposed ? out : out.attr("T");
  } catch (const std::invalid_argument& e) {
    throw py::value_error(e.what());
  }
}

// Manim's point_to_coords: a point gives [x, y], a list of points an (n, 2) array.
py::object n2p_inverse(const NumberLine& nl, py::object arr) { return p2n(nl, arr); }

py::object p2c_any(const Axes& ax, py::object point) {
  py::object np = py::module_::import("numpy");
  py::object arr = np.attr("asarray")(point, py::arg("dtype") = "float");
  const NumberLine xa = ax.x_axis(), ya = ax.y_axis();
  py::object xs = n2p_inverse(xa, arr), ys = n2p_inverse(ya, arr);
  py::object result = ax.is<ThreeDAxes>()
                          ? np.attr("asarray")(py::make_tuple(
                                xs, ys, n2p_inverse(ax.as<ThreeDAxes>().z_axis(), arr)))
                          : np.attr("asarray")(py::make_tuple(xs, ys));
  if (arr.attr("ndim").cast<int>() == 2) return result.attr("T");
  return result;
}

// What an axis was built with, as Manim's x_axis_config / y_axis_config dicts hold it.
py::dict axis_config_dict(const NumberLine& axis) {
  py::dict d;
  d["include_tip"] = axis.get_tip().has_value();
  d["label_direction"] = axis.get_label_direction();
  d["line_to_number_buff"] = axis.get_line_to_number_buff();
  d["font_size"] = axis.get_font_size();
  d["length"] = axis.get_length();
  d["decimal_number_config"] = py::dict(py::arg("num_decimal_places") = axis.num_decimal_places());
  py::object m = py::module_::import("manimcpp");
  const Scaling& s = axis.scaling();
  d["scaling"] = s.is_linear() ? m.attr("LinearBase")(s.scale_factor)
                               : m.attr("LogBase")(s.base, s.custom_labels);
  return d;
}

}  // namespace

py::dict axis_config_of(const NumberLine& axis) { return axis_config_dict(axis); }

namespace {

ParametricFunction plot(const Axes& ax, py::function f, py::args args, py::kwargs kw) {
  Kw k("Axes.plot", args, kw, {"x_range", "use_vectorized"});
  PlotArgs a;
  bool vectorized = false;
  read_plot_args(k, a, vectorized);
  k.finish();
  return ax.plot(real_function(f, "Axes.plot", vectorized), a);
}

}  // namespace

NumberPlaneArgs read_number_plane(Kw& k) {
  NumberPlaneArgs a;
  std::optional<int> xp, yp;
  get_numbers(k, "x_range", a.x_range, &xp);
  get_numbers(k, "y_range", a.y_range, &yp);
  get_length(k, "x_length", a.x_length);
  get_length(k, "y_length", a.y_length);
  a.background_line_style = line_style(k, "background_line_style");
  if (k.has("faded_line_style")) a.faded_line_style = line_style(k, "faded_line_style");
  k.get("faded_line_ratio", a.faded_line_ratio);
  a.axis_config = number_line_dict(k, "axis_config");
  a.x_axis_config = number_line_dict(k, "x_axis_config");
  a.y_axis_config = number_line_dict(k, "y_axis_config");
  apply_step_places(xp, yp, a.axis_config, a.x_axis_config, a.y_axis_config);
  return a;
}

MANIM_PY_BINDING(bind_graphing, 50);
void bind_graphing(py::module_& m) {
  py::class_<ParametricFunction, VMobject>(m, "ParametricFunction")
      .def(py::init([](py::function f, py::kwargs kw) {
             Kw k("ParametricFunction", py::args(), kw);
             ParametricFunctionArgs a;
             read_style(k, a);
             get_numbers(k, "t_range", a.t_range);
             k.get("dt", a.dt);
             get_numbers(k, "discontinuities", a.discontinuities);
             k.get("use_smoothing", a.use_smoothing);
             k.finish();
             return ParametricFunction(
                 [f](double t) {
                   return convert<Vec3>(f(t), "ParametricFunction", "function",
                                        "a function returning a point");
                 },
                 a);
           }),
           py::arg("function"))
      .def("get_point_from_function", &ParametricFunction::get_point_from_function, py::arg("t"));
  add_kind<ParametricFunction>();

  py::class_<FunctionGraph, ParametricFunction>(m, "FunctionGraph")
      .def(py::init([](py::function f, py::kwargs kw) {
             Kw k("FunctionGraph", py::args(), kw);
             FunctionGraphArgs a;
             read_style(k, a);
             get_numbers(k, "x_range", a.x_range);
             k.get("use_smoothing", a.use_smoothing);
             k.finish();
             return FunctionGraph(real_function(f, "FunctionGraph"), a);
           }),
           py::arg("function"));
  add_kind<FunctionGraph>();

  py::class_<NumberLine, Line>(m, "NumberLine")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("NumberLine", args, kw, {"x_range", "length", "unit_size"});
        NumberLineArgs a;
        read_number_line(k, a);
        k.finish();
        return NumberLine(a);
      }))
      .def("number_to_point", &n2p, py::arg("number"))
      .def("n2p", &n2p, py::arg("number"))
      .def("point_to_number", &p2n, py::arg("point"))
      .def("p2n", &p2n, py::arg("point"))
      .def_property_readonly("x_min", &NumberLine::x_min)
      .def_property_readonly("x_max", &NumberLine::x_max)
      .def_property_readonly("x_step", &NumberLine::x_step)
      .def_property_readonly("x_range",
                             [](const NumberLine& n) {
                               return py::module_::import("numpy").attr("array")(n.x_range());
                             })
      .def_property_readonly("scaling",
                             [](const NumberLine& n) -> py::object {
                               py::object m = py::module_::import("manimcpp");
                               const Scaling& s = n.scaling();
                               if (s.is_linear()) return m.attr("LinearBase")(s.scale_factor);
                               return m.attr("LogBase")(s.base, s.custom_labels);
                             })
      .def_property_readonly("decimal_number_config",
                             [](const NumberLine& n) {
                               py::dict d;
                               d["num_decimal_places"] = n.num_decimal_places();
                               return d;
                             })
      .def_property_readonly("unit_size", &NumberLine::get_unit_size)
      .def("get_unit_vector", &NumberLine::get_unit_vector)
      .def("get_unit_size", &NumberLine::get_unit_size)
      .def("get_tick_range",
           [](const NumberLine& n) {
             return py::module_::import("numpy").attr("array")(n.get_tick_range());
           })
      .def_property_readonly("ticks", [](const NumberLine& n) { return wrap(n.get_tick_marks()); })
      .def("get_tick_marks", [](const NumberLine& n) { return wrap(n.get_tick_marks()); })
      .def("get_tip",
           [](const NumberLine& n) -> py::object {
             auto t = n.get_tip();
             if (!t) throw py::attribute_error("NumberLine.get_tip: this line has no tip");
             return wrap(*t);
           })
      .def_property_readonly("numbers",
                             [](const NumberLine& n) -> py::object {
                               auto v = n.numbers();
                               if (!v) return py::none();
                               return wrap(*v);
                             })
      .def(
          "add_labels",
          [](py::object self, py::dict dict_values, py::object direction, py::object buff,
             py::object font_size, py::object label_constructor) {
            NumberLine nl = self.cast<NumberLine>();
            const std::string fn = "NumberLine.add_labels";
            std::vector<std::pair<double, Mobject>> labels;
            for (auto item : dict_values) {
              const double x =
                  convert<double>(item.first, fn, "dict_values", "a dict number -> label");
              py::handle v = item.second;
              Mobject label;
              if (py::isinstance<Mobject>(v))
                label = v.cast<Mobject>();
              else if (!label_constructor.is_none())
                label = convert<Mobject>(label_constructor(v), fn, "label_constructor",
                                         "a callable returning a Mobject");
              else if (py::isinstance<py::str>(v))
                label = Tex(v.cast<std::string>());  // Manim: strings become Tex for MathTex
              else
                label = nl.create_label_tex(py::str(v).cast<std::string>());
              labels.emplace_back(x, label);
            }
            std::optional<Vec3> dir;
            std::optional<double> b, fs;
            if (!direction.is_none())
              dir = convert<Vec3>(direction, fn, "direction", Expect<Vec3>::name);
            if (!buff.is_none()) b = convert<double>(buff, fn, "buff", "a number");
            if (!font_size.is_none()) fs = convert<double>(font_size, fn, "font_size", "a number");
            nl.add_labels(labels, dir, b, fs);
            return self;
          },
          py::arg("dict_values"), py::arg("direction") = py::none(), py::arg("buff") = py::none(),
          py::arg("font_size") = py::none(), py::arg("label_constructor") = py::none())
      .def_property_readonly(
          "labels",
          [](const NumberLine& n) -> py::object {
            auto v = n.labels();
            if (!v) throw py::attribute_error("'NumberLine' object has no attribute 'labels'");
            return wrap(*v);
          })
      .def(
          "add_numbers",
          [](py::object self, py::object x_values, py::object excluding, py::object font_size) {
            std::optional<std::vector<double>> xs, ex;
            std::optional<double> fs;
            if (!x_values.is_none()) xs = numbers(x_values, "NumberLine.add_numbers", "x_values");
            if (!excluding.is_none())
              ex = numbers(excluding, "NumberLine.add_numbers", "excluding");
            if (!font_size.is_none())
              fs = convert<double>(font_size, "NumberLine.add_numbers", "font_size", "a number");
            self.cast<NumberLine&>().add_numbers(xs, ex, fs);
            return self;
          },
          py::arg("x_values") = py::none(), py::arg("excluding") = py::none(),
          py::arg("font_size") = py::none());
  add_kind<NumberLine>();

  struct UnitIntervalT : NumberLine {
    explicit UnitIntervalT(const NumberLine& l) : NumberLine(l.node_ptr(), Mobject::Unchecked{}) {}
  };
  py::class_<UnitIntervalT, NumberLine>(m, "UnitInterval")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("UnitInterval", args, kw,
             {"unit_size", "numbers_with_elongated_ticks", "decimal_number_config"});
        if (k.has("x_range"))
          throw py::type_error("UnitInterval() got multiple values for keyword argument 'x_range'");
        NumberLineArgs a;
        read_number_line(k, a);
        k.finish();
        return UnitIntervalT(UnitInterval(a));
      }));

  py::class_<Axes, VGroup>(m, "Axes")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Axes", args, kw, {"x_range", "y_range", "x_length", "y_length"});
        AxesArgs a;
        read_axes(k, a);
        // VGroup(**kwargs): Manim styles the (pointless) Axes node before the axes are added,
        // so a colour reaches only the node itself.
        StyleArgs style;
        read_style(k, style);
        k.finish();
        Axes ax(a);
        if (style.color) ax.set_color(*style.color, false);
        return ax;
      }))
      .def_property_readonly("x_axis", [](const Axes& a) { return wrap(a.x_axis()); })
      .def_property_readonly("y_axis", [](const Axes& a) { return wrap(a.y_axis()); })
      .def("get_x_axis", [](const Axes& a) { return wrap(a.x_axis()); })
      .def("get_y_axis", [](const Axes& a) { return wrap(a.y_axis()); })
      .def("get_axes", [](const Axes& a) { return wrap(a.get_axes()); })
      .def_property_readonly("x_range", &Axes::x_range)
      .def_property_readonly("y_range", &Axes::y_range)
      .def("coords_to_point", &c2p_any)
      .def("c2p", &c2p_any)
      .def("point_to_coords", &p2c_any, py::arg("point"))
      .def("p2c", &p2c_any, py::arg("point"))
      .def_property_readonly("dimension", [](const Axes&) { return 2; })
      .def_property_readonly("x_axis_config",
                             [](const Axes& a) { return axis_config_dict(a.x_axis()); })
      .def_property_readonly("y_axis_config",
                             [](const Axes& a) { return axis_config_dict(a.y_axis()); })
      .def("_origin_shift",
           [](py::object, py::object r) {
             const std::vector<double> v = numbers(r, "Axes._origin_shift", "axis_range");
             if (v.size() < 2) throw py::value_error("Axes._origin_shift: needs [min, max]");
             return graphing::origin_shift(v[0], v[1]);
           })
      .def("get_origin", &Axes::get_origin)
      .def("get_x_unit_size", &Axes::get_x_unit_size)
      .def("get_y_unit_size", &Axes::get_y_unit_size)
      .def("plot", &plot, py::arg("function"))
      .def("get_graph", &plot, py::arg("function"));
  bind_coordinate_system(m);
  add_kind<Axes>();

  py::class_<NumberPlane, Axes>(m, "NumberPlane")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("NumberPlane", args, kw, {"x_range", "y_range", "x_length", "y_length"});
        NumberPlaneArgs a = read_number_plane(k);
        // As Axes: VGroup(**kwargs) styles only the plane's own node (LinearTransformationScene's
        // background plane passes color=GREY).
        StyleArgs style;
        read_style(k, style);
        k.finish();
        NumberPlane plane(a);
        if (style.color) plane.set_color(*style.color, false);
        return plane;
      }))
      .def(
          "get_vector",
          [](const NumberPlane& p, py::object coords, py::kwargs kw) {
            const std::string fn = "NumberPlane.get_vector";
            std::vector<double> c = numbers(coords, fn, "coords");
            if (c.size() < 2) throw py::type_error(fn + ": coords needs (x, y)");
            Kw k(fn, py::args(), kw);
            ArrowArgs a;
            read_style(k, a);
            k.take("buff");  // Manim forces buff = 0
            k.get("tip_length", a.tip_length);
            k.get("max_tip_length_to_length_ratio", a.max_tip_length_to_length_ratio);
            k.get("max_stroke_width_to_length_ratio", a.max_stroke_width_to_length_ratio);
            k.finish();
            return wrap(p.get_vector(c[0], c[1], a));
          },
          py::arg("coords"))
      .def(
          "prepare_for_nonlinear_transform",
          [](py::object self, int n) {
            self.cast<NumberPlane&>().prepare_for_nonlinear_transform(n);
            return self;
          },
          py::arg("num_inserted_curves") = 50)
      .def_property_readonly("background_lines",
                             [](const NumberPlane& p) { return wrap(p.background_lines()); })
      .def_property_readonly("faded_lines",
                             [](const NumberPlane& p) { return wrap(p.faded_lines()); })
      .def_property_readonly("x_lines", [](const NumberPlane& p) { return wrap(p.x_lines()); })
      .def_property_readonly("y_lines", [](const NumberPlane& p) { return wrap(p.y_lines()); });
  add_kind<NumberPlane>();
}

}  // namespace manim::python
