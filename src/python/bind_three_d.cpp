// Manim's three-dimensional mobjects (ThreeDVMobject, Surface, Sphere, Dot3D, Torus, Cone,
// Cylinder, Line3D, Arrow3D, Cube, Prism) and three_d_utils, with Manim's keywords and
// positional order. VMobject gains Manim's `shade_in_3d` attribute here.
#include <cmath>
#include <memory>

#include "python/bind_common.hpp"
#include "python/py_attributes.hpp"

namespace manim::python {

namespace {

std::pair<double, double> range_of(py::handle o, const std::string& fn, const char* arg) {
  auto v = convert<std::vector<double>>(o, fn, arg, "a pair of numbers (min, max)");
  if (v.size() != 2)
    throw py::type_error(fn + ": argument '" + arg + "' must have 2 numbers, got " +
                         std::to_string(v.size()));
  return {v[0], v[1]};
}

void get_range(Kw& k, const char* name, std::pair<double, double>& out) {
  py::object o = k.take(name);
  if (o) out = range_of(o, k.fn(), name);
}

// Manim's tuplify: an int gives the same count along u and v.
void get_resolution(Kw& k, std::pair<int, int>& out) {
  py::object o = k.take("resolution");
  if (!o) return;
  if (py::isinstance<py::int_>(o)) {
    const int r = o.cast<int>();
    out = {r, r};
    return;
  }
  auto v = convert<std::vector<int>>(o, k.fn(), "resolution", "an integer or a pair of integers");
  if (v.size() == 1)
    out = {v[0], v[0]};
  else if (v.size() == 2)
    out = {v[0], v[1]};
  else
    throw py::type_error(k.fn() + ": argument 'resolution' must have 1 or 2 entries, got " +
                         std::to_string(v.size()));
}

// checkerboard_colors: a list of colours, or anything false (False, None, []) for none.
void get_checkerboard(Kw& k, std::optional<std::vector<Color>>& out) {
  if (!k.has("checkerboard_colors")) return;
  py::object o = k.take("checkerboard_colors");
  if (!o || !py::bool_(o)) {
    out = std::vector<Color>{};
    return;
  }
  out =
      convert<std::vector<Color>>(o, k.fn(), "checkerboard_colors", "a list of colours (or False)");
}

// The keywords every Surface subclass passes on to Surface.
template <class A>
void surface_keywords(Kw& k, A& a) {
  read_style(k, a);
  get_resolution(k, a.resolution);
  get_checkerboard(k, a.checkerboard_colors);
  k.get("should_make_jagged", a.should_make_jagged);
  k.get("pre_function_handle_to_anchor_scale_factor", a.pre_function_handle_to_anchor_scale_factor);
  k.take("surface_piece_config");  // stored by Manim, used only by its OpenGL renderer
}

SurfaceFunction surface_function(py::object f, const std::string& fn) {
  if (!PyCallable_Check(f.ptr()))
    throw py::type_error(fn + ": argument 'func' must be a function (u, v) -> point, got " +
                         type_name(f));
  // The surface keeps the function (copies share it): a shared holder whose last owner drops
  // the Python reference under the GIL, wherever the copy dies.
  std::shared_ptr<py::object> held(new py::object(f), [](py::object* p) {
    py::gil_scoped_acquire gil;
    delete p;
  });
  return [held, fn](double u, double v) {
    py::gil_scoped_acquire gil;
    return convert<Vec3>((*held)(u, v), fn, "func", "a function returning a point (3 numbers)");
  };
}

// A start/end argument: a point, or a mobject (its centre, or its boundary point facing the
// other end).
struct End {
  std::optional<Mobject> mob;
  Vec3 point;
};
End end_of(Kw& k, const char* name, Vec3 fallback) {
  py::object o = k.take(name);
  if (!o) return {std::nullopt, fallback};
  if (py::isinstance<Mobject>(o)) return {o.cast<Mobject>(), {}};
  return {std::nullopt, convert<Vec3>(o, k.fn(), name, "a point or a Mobject")};
}

Line3D make_line3d(const End& s, const End& e, const Line3DArgs& a) {
  if (s.mob && e.mob) return Line3D(*s.mob, *e.mob, a);
  if (s.mob) return Line3D(*s.mob, e.point, a);
  if (e.mob) return Line3D(s.point, *e.mob, a);
  return Line3D(s.point, e.point, a);
}

template <class A>
void line_keywords(Kw& k, A& a) {
  read_style(k, a);
  get_checkerboard(k, a.checkerboard_colors);
  k.get("should_make_jagged", a.should_make_jagged);
  k.get("pre_function_handle_to_anchor_scale_factor", a.pre_function_handle_to_anchor_scale_factor);
  k.take("surface_piece_config");
  if (k.has("resolution")) {
    std::pair<int, int> r;
    get_resolution(k, r);
    a.resolution = r;
  }
  k.get("thickness", a.thickness);
  get_range(k, "v_range", a.v_range);
  k.get("show_ends", a.show_ends);
}

// Manim's colorscale for set_fill_by_value: (colour, value) tuples, or colours spread over the
// axis range.
py::object set_fill_by_value(py::object self, py::object axes, py::object colorscale, int axis,
                             py::kwargs kw) {
  const std::string fn = "Surface.set_fill_by_value";
  if (kw.contains("colors") && colorscale.is_none()) {
    colorscale = kw["colors"];
    PyDict_DelItemString(kw.ptr(), "colors");
  }
  for (auto item : kw)
    throw py::value_error("Unsupported keyword argument(s): " + item.first.cast<std::string>());
  if (colorscale.is_none()) {
    py::module_::import("logging").attr("getLogger")("manim").attr("warning")(
        "The value passed to the colorscale keyword argument was None, the surface fill "
        "color has not been changed");
    return self;
  }
  Surface s = self.cast<Surface>();
  if (axis < 0 || axis > 2)
    throw py::value_error(fn + ": axis must be 0, 1 or 2, got " + std::to_string(axis));
  auto to_coords = [axes, fn](const Vec3& p) {
    py::object c = axes.attr("point_to_coords")(p);
    auto v =
        convert<std::vector<double>>(c, fn, "axes", "axes whose point_to_coords gives numbers");
    while (v.size() < 3) v.push_back(0);
    return Vec3(v[0], v[1], v[2]);
  };
  py::list scale(colorscale);
  if (py::len(scale) == 0) throw py::value_error(fn + ": the colorscale is empty");
  if (py::isinstance<py::tuple>(scale[0])) {
    std::vector<ColorPivot> pivots;
    for (auto item : scale) {
      auto t = convert<py::tuple>(item, fn, "colorscale", "a list of (colour, value) tuples");
      if (py::len(t) != 2)
        throw py::type_error(fn + ": each colorscale entry must be a (colour, value) pair");
      pivots.push_back({convert<Color>(t[0], fn, "colorscale", Expect<Color>::name),
                        convert<double>(t[1], fn, "colorscale", "a number")});
    }
    s.set_fill_by_value(to_coords, pivots, axis);
    return self;
  }
  // Manim reads all three ranges first (a 2D Axes has no z_range: AttributeError).
  std::vector<std::pair<double, double>> ranges;
  for (const char* r : {"x_range", "y_range", "z_range"}) {
    auto v = convert<std::vector<double>>(axes.attr(r), fn, r, "a list of numbers");
    if (v.size() < 2) throw py::value_error(fn + ": axes." + r + " has fewer than 2 numbers");
    ranges.emplace_back(v[0], v[1]);
  }
  auto colors = convert<std::vector<Color>>(colorscale, fn, "colorscale", "a list of colours");
  s.set_fill_by_value(to_coords, ranges, colors, axis);
  return self;
}

// Line3D.parallel_to / perpendicular_to as classmethods: `cls(start, end, **kwargs)`.
py::object line_through(py::object cls, const Line3D& line, Vec3 point, double length,
                        py::kwargs kw, bool perpendicular) {
  const char* fn = perpendicular ? "Line3D.perpendicular_to" : "Line3D.parallel_to";
  if (!std::isfinite(length)) throw py::value_error(std::string(fn) + ": length must be finite");
  Vec3 v;
  if (perpendicular) {
    const Vec3 normal = line.vect().cross(point - line.get_start());
    if (normal == Vec3{}) throw py::value_error("Could not find the perpendicular.");
    const Vec3 p1 = line.get_start(), p2 = line.get_end();
    const Vec3 d = (p1 - p2).cross(normal), m = (p1 + p2) / 2;
    v = ((m - d) - (m + d)).normalized();
  } else {
    v = line.vect().normalized();
  }
  return cls(point + v * (length / 2), point - v * (length / 2), **kw);
}

}  // namespace

MANIM_PY_BINDING(bind_three_d, 35);
void bind_three_d(py::module_& m) {
  // Manim's VMobject.shade_in_3d: a 3D camera shades and depth-sorts such a mobject.
  auto vm = py::reinterpret_borrow<py::class_<VMobject>>(py::type::of<VMobject>());
  vm.def_property(
      "shade_in_3d", [](const VMobject& v) { return v.node().shade_in_3d; },
      [](VMobject& v, bool on) { v.node().shade_in_3d = on; });

  // ---------------------------------------------------------------- ThreeDVMobject
  py::class_<ThreeDVMobject, VMobject> tdv(m, "ThreeDVMobject");
  tdv.def(py::init([](py::args args, py::kwargs kw) {
    Kw k("ThreeDVMobject", args, kw, {"shade_in_3d"});
    StyleArgs s;
    s.shade_in_3d = true;
    read_style(k, s);
    k.finish();
    return ThreeDVMobject(s);
  }));
  add_kind<ThreeDVMobject>();
  auto cell = [](const ThreeDVMobject& f, const char* what) {
    auto c = f.uv_cell();
    if (!c)
      throw py::attribute_error(std::string("'ThreeDVMobject' object has no attribute '") + what +
                                "' (only the faces of a Surface have one)");
    return *c;
  };
  tdv.def_property_readonly("u_index",
                            [cell](const ThreeDVMobject& f) { return cell(f, "u_index").u_index; })
      .def_property_readonly("v_index",
                             [cell](const ThreeDVMobject& f) { return cell(f, "v_index").v_index; })
      .def_property_readonly("u1", [cell](const ThreeDVMobject& f) { return cell(f, "u1").u1; })
      .def_property_readonly("u2", [cell](const ThreeDVMobject& f) { return cell(f, "u2").u2; })
      .def_property_readonly("v1", [cell](const ThreeDVMobject& f) { return cell(f, "v1").v1; })
      .def_property_readonly("v2", [cell](const ThreeDVMobject& f) { return cell(f, "v2").v2; });

  // ---------------------------------------------------------------- Surface
  py::class_<Surface, VGroup> surface(m, "Surface");
  surface.def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Surface", args, kw,
         {"func", "u_range", "v_range", "resolution", "surface_piece_config", "fill_color",
          "fill_opacity", "checkerboard_colors", "stroke_color", "stroke_width",
          "should_make_jagged", "pre_function_handle_to_anchor_scale_factor"});
    py::object f = k.take("func");
    if (!f) throw py::type_error("Surface() missing required argument 'func'");
    SurfaceArgs a;
    get_range(k, "u_range", a.u_range);
    get_range(k, "v_range", a.v_range);
    surface_keywords(k, a);
    k.finish();
    return Surface(surface_function(f, "Surface"), a);
  }));
  add_kind<Surface>();
  surface.def("func", &Surface::func, py::arg("u"), py::arg("v"))
      .def_property_readonly(
          "u_range",
          [](const Surface& s) { return py::make_tuple(s.u_range().first, s.u_range().second); })
      .def_property_readonly(
          "v_range",
          [](const Surface& s) { return py::make_tuple(s.v_range().first, s.v_range().second); })
      .def_property_readonly("resolution",
                             [](const Surface& s) {
                               return py::make_tuple(s.resolution().first, s.resolution().second);
                             })
      .def_property_readonly("checkerboard_colors",
                             [](const Surface& s) -> py::object {
                               auto c = s.checkerboard_colors();
                               if (c.empty()) return py::bool_(false);
                               return py::cast(c);
                             })
      .def(
          "set_fill_by_checkerboard",
          [](py::object self, py::args colors, py::object opacity) {
            std::vector<Color> cs;
            for (auto c : colors)
              cs.push_back(convert<Color>(c, "Surface.set_fill_by_checkerboard", "colors",
                                          Expect<Color>::name));
            std::optional<double> op;
            if (!opacity.is_none())
              op = convert<double>(opacity, "Surface.set_fill_by_checkerboard", "opacity",
                                   "a number");
            self.cast<Surface&>().set_fill_by_checkerboard(cs, op);
            return self;
          },
          py::kw_only(), py::arg("opacity") = py::none())
      .def("set_fill_by_value", &set_fill_by_value, py::arg("axes"),
           py::arg("colorscale") = py::none(), py::arg("axis") = 2);

  // ---------------------------------------------------------------- Sphere, Dot3D, Torus
  py::class_<Sphere, Surface>(m, "Sphere")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Sphere", args, kw, {"center", "radius", "resolution", "u_range", "v_range"});
        SphereArgs a;
        k.get("center", a.center);
        k.get("radius", a.radius);
        get_range(k, "u_range", a.u_range);
        get_range(k, "v_range", a.v_range);
        surface_keywords(k, a);
        k.finish();
        return Sphere(a);
      }))
      .def_property_readonly("radius", &Sphere::radius);
  add_kind<Sphere>();

  py::class_<Dot3D, Sphere>(m, "Dot3D").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Dot3D", args, kw, {"point", "radius", "color", "resolution"});
    Dot3DArgs a;
    Vec3 point = ORIGIN;
    k.get("point", point);
    k.get("radius", a.radius);
    get_range(k, "u_range", a.u_range);
    get_range(k, "v_range", a.v_range);
    surface_keywords(k, a);
    k.finish();
    return Dot3D(point, a);
  }));
  add_kind<Dot3D>();

  py::class_<Torus, Surface>(m, "Torus")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Torus", args, kw,
             {"major_radius", "minor_radius", "u_range", "v_range", "resolution"});
        TorusArgs a;
        k.get("major_radius", a.major_radius);
        k.get("minor_radius", a.minor_radius);
        get_range(k, "u_range", a.u_range);
        get_range(k, "v_range", a.v_range);
        surface_keywords(k, a);
        k.finish();
        return Torus(a);
      }))
      .def_property_readonly("R", &Torus::major_radius)
      .def_property_readonly("r", &Torus::minor_radius);
  add_kind<Torus>();

  // ---------------------------------------------------------------- Cone, Cylinder
  py::class_<Cone, Surface>(m, "Cone")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Cone", args, kw,
             {"base_radius", "height", "direction", "show_base", "v_range", "u_min",
              "checkerboard_colors"});
        ConeArgs a;
        k.get("base_radius", a.base_radius);
        k.get("height", a.height);
        k.get("direction", a.direction);
        k.get("show_base", a.show_base);
        get_range(k, "v_range", a.v_range);
        k.get("u_min", a.u_min);
        surface_keywords(k, a);
        k.finish();
        return Cone(a);
      }))
      .def(
          "set_direction", [](py::object self, Vec3 d) { self.cast<Cone&>().set_direction(d); },
          py::arg("direction"))
      .def("get_direction", &Cone::get_direction)
      .def_property_readonly("direction", &Cone::get_direction)
      .def_property_readonly("theta", &Cone::theta)
      .def_property_readonly("base_circle", [](const Cone& c) { return wrap(c.base_circle()); });
  add_kind<Cone>();

  py::class_<Cylinder, Surface>(m, "Cylinder")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Cylinder", args, kw,
             {"radius", "height", "direction", "v_range", "show_ends", "resolution"});
        CylinderArgs a;
        k.get("radius", a.radius);
        k.get("height", a.height);
        k.get("direction", a.direction);
        get_range(k, "v_range", a.v_range);
        k.get("show_ends", a.show_ends);
        surface_keywords(k, a);
        k.finish();
        return Cylinder(a);
      }))
      .def(
          "set_direction", [](py::object self, Vec3 d) { self.cast<Cylinder&>().set_direction(d); },
          py::arg("direction"))
      .def("get_direction", &Cylinder::get_direction)
      .def_property_readonly("direction", &Cylinder::get_direction)
      .def_property_readonly("radius", &Cylinder::radius)
      .def_property_readonly("base_top", [](const Cylinder& c) { return wrap(c.base_top()); })
      .def_property_readonly("base_bottom",
                             [](const Cylinder& c) { return wrap(c.base_bottom()); });
  add_kind<Cylinder>();

  // ---------------------------------------------------------------- Line3D, Arrow3D
  py::class_<Line3D, Cylinder>(m, "Line3D")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Line3D", args, kw, {"start", "end", "thickness", "color"});
        Line3DArgs a;
        const End s = end_of(k, "start", LEFT), e = end_of(k, "end", RIGHT);
        line_keywords(k, a);
        k.finish();
        return make_line3d(s, e, a);
      }))
      .def("get_start", &Line3D::get_start)
      .def("get_end", &Line3D::get_end)
      .def_property_readonly("start", &Line3D::get_start)
      .def_property_readonly("end", &Line3D::get_end)
      .def_property_readonly("vect", &Line3D::vect)
      .def_property_readonly("length", &Line3D::get_length)
      .def_property_readonly("thickness", &Line3D::thickness)
      .def(
          "pointify",
          [](const Line3D&, py::object mob_or_point, py::object direction) -> Vec3 {
            std::optional<Vec3> d;
            if (!direction.is_none())
              d = convert<Vec3>(direction, "Line3D.pointify", "direction", Expect<Vec3>::name);
            if (py::isinstance<Mobject>(mob_or_point))
              return Line3D::pointify(mob_or_point.cast<Mobject>(), d);
            return convert<Vec3>(mob_or_point, "Line3D.pointify", "mob_or_point",
                                 "a point or a Mobject");
          },
          py::arg("mob_or_point"), py::arg("direction") = py::none())
      .def_static(
          "parallel_to",
          [](const Line3D& line, Vec3 point, double length, py::kwargs kw) {
            return line_through(py::type::of<Line3D>(), line, point, length, kw, false);
          },
          py::arg("line"), py::arg("point") = ORIGIN, py::arg("length") = 5)
      .def_static(
          "perpendicular_to",
          [](const Line3D& line, Vec3 point, double length, py::kwargs kw) {
            return line_through(py::type::of<Line3D>(), line, point, length, kw, true);
          },
          py::arg("line"), py::arg("point") = ORIGIN, py::arg("length") = 5);
  add_kind<Line3D>();

  py::class_<Arrow3D, Line3D>(m, "Arrow3D")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Arrow3D", args, kw, {"start", "end", "thickness", "height", "base_radius", "color"});
        Arrow3DArgs a;
        Vec3 start = LEFT, end = RIGHT;
        k.get("start", start);
        k.get("end", end);
        line_keywords(k, a);
        k.get("height", a.height);
        k.get("base_radius", a.base_radius);
        k.finish();
        return Arrow3D(start, end, a);
      }))
      .def_property_readonly("cone", [](const Arrow3D& a) { return wrap(a.cone()); })
      .def_static(
          "parallel_to",
          [](const Line3D& line, Vec3 point, double length, py::kwargs kw) {
            return line_through(py::type::of<Arrow3D>(), line, point, length, kw, false);
          },
          py::arg("line"), py::arg("point") = ORIGIN, py::arg("length") = 5)
      .def_static(
          "perpendicular_to",
          [](const Line3D& line, Vec3 point, double length, py::kwargs kw) {
            return line_through(py::type::of<Arrow3D>(), line, point, length, kw, true);
          },
          py::arg("line"), py::arg("point") = ORIGIN, py::arg("length") = 5);
  add_kind<Arrow3D>();

  // ---------------------------------------------------------------- Cube, Prism
  py::class_<Cube, VGroup>(m, "Cube")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Cube", args, kw, {"side_length", "fill_opacity", "fill_color", "stroke_width"});
        CubeArgs a;
        k.get("side_length", a.side_length);
        read_style(k, a);
        k.finish();
        return Cube(a);
      }))
      .def_property_readonly("side_length", &Cube::side_length);
  add_kind<Cube>();

  py::class_<Prism, Cube>(m, "Prism")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Prism", args, kw, {"dimensions"});
        PrismArgs a;
        k.get("dimensions", a.dimensions);
        k.get("side_length", a.side_length);
        read_style(k, a);
        k.finish();
        return Prism(a);
      }))
      .def_property_readonly("dimensions", &Prism::dimensions);
  add_kind<Prism>();

  // ---------------------------------------------------------------- three_d_utils
  m.def("get_3d_vmob_gradient_start_and_end_points", [](const Mobject& v) {
    auto [a, b] = get_3d_vmob_gradient_start_and_end_points(v);
    return py::make_tuple(a, b);
  });
  m.def("get_3d_vmob_start_corner_index",
        [](const Mobject& v) { return get_3d_vmob_start_corner_index(v); });
  m.def("get_3d_vmob_end_corner_index",
        [](const Mobject& v) { return get_3d_vmob_end_corner_index(v); });
  m.def("get_3d_vmob_start_corner", [](const Mobject& v) { return get_3d_vmob_start_corner(v); });
  m.def("get_3d_vmob_end_corner", [](const Mobject& v) { return get_3d_vmob_end_corner(v); });
  m.def(
      "get_3d_vmob_unit_normal",
      [](const Mobject& v, long i) {
        const long n = static_cast<long>(v.points().size());
        if (i < 0) i += n;
        if (i < 0 || (n > 0 && i >= n))
          throw py::index_error("get_3d_vmob_unit_normal: point_index out of range");
        return get_3d_vmob_unit_normal(v, static_cast<std::size_t>(i));
      },
      py::arg("vmob"), py::arg("point_index"));
  m.def("get_3d_vmob_start_corner_unit_normal",
        [](const Mobject& v) { return get_3d_vmob_start_corner_unit_normal(v); });
  m.def("get_3d_vmob_end_corner_unit_normal",
        [](const Mobject& v) { return get_3d_vmob_end_corner_unit_normal(v); });
}

}  // namespace manim::python
