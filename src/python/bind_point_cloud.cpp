// Manim's point clouds: PMobject, Mobject1D, Mobject2D, PGroup, PointCloudDot and Point with
// Manim's constructors, the rgbas array (numpy, one RGBA row per point) and the PMobject methods.
#include "manim/mobject/types/point_cloud_mobject.hpp"
#include "python/bind_common.hpp"

namespace manim::python {

namespace {

py::array_t<double> rgbas_array(const std::vector<Color>& cols) {
  py::array_t<double> out({static_cast<py::ssize_t>(cols.size()), py::ssize_t{4}});
  double* d = out.mutable_data();
  for (const Color& c : cols) {
    *d++ = c.r;
    *d++ = c.g;
    *d++ = c.b;
    *d++ = c.a;
  }
  return out;
}

// An (n, 4) array-like of floats, or a list of colours.
std::vector<Color> read_rgbas(py::handle o, const std::string& fn) {
  py::module_ np = py::module_::import("numpy");
  py::array arr;
  try {
    arr = np.attr("asarray")(o, "float64");
  } catch (const py::error_already_set&) {
    return convert<std::vector<Color>>(o, fn, "rgbas", "an (n, 4) array of RGBA values");
  }
  if (arr.ndim() == 1 && arr.shape(0) == 0) return {};
  if (arr.ndim() != 2 || arr.shape(1) != 4)
    throw py::value_error(fn + ": rgbas must have shape (n, 4), got " +
                          py::str(py::getattr(arr, "shape")).cast<std::string>());
  auto a = py::array_t<double, py::array::c_style | py::array::forcecast>::ensure(arr);
  std::vector<Color> out(static_cast<std::size_t>(a.shape(0)));
  const double* d = a.data();
  for (auto& c : out) {
    c = Color(d[0], d[1], d[2], d[3]);
    d += 4;
  }
  return out;
}

template <class A>
void read_pm_style(Kw& k, A& a) {
  k.get("color", a.color);
  k.get("stroke_width", a.stroke_width);
  k.get("z_index", a.z_index);
  std::optional<std::string> name;  // Mobject(name=) is accepted; the class name is kept
  k.get("name", name);
  std::optional<int> dim;
  k.get("dim", dim);
  if (dim && *dim != 3)
    throw py::value_error(k.fn() + ": dim must be 3 (points are 3D), got " + std::to_string(*dim));
}

}  // namespace

MANIM_PY_BINDING(bind_point_cloud, 35);
void bind_point_cloud(py::module_& m) {
  m.attr("DEFAULT_POINT_DENSITY_1D") = static_cast<int>(DEFAULT_POINT_DENSITY_1D);
  m.attr("DEFAULT_POINT_DENSITY_2D") = static_cast<int>(DEFAULT_POINT_DENSITY_2D);

  py::class_<PMobject, Mobject> pm(m, "PMobject");
  pm.def(py::init([](py::args args, py::kwargs kw) {
    Kw k("PMobject", args, kw, {"stroke_width"});
    PMobjectArgs a;
    read_pm_style(k, a);
    k.finish();
    return PMobject(a);
  }));
  add_kind<PMobject>();
  pm.def_property(
        "rgbas", [](const PMobject& p) { return rgbas_array(p.rgbas()); },
        [](PMobject& p, py::object o) { p.set_rgbas(read_rgbas(o, "PMobject.rgbas")); })
      .def_property(
          "stroke_width", [](const PMobject& p) { return p.get_stroke_width(); },
          [](PMobject& p, double w) { p.node().style.stroke_width = w; })
      .def("get_array_attrs",
           [](const PMobject&) {
             return std::vector<std::string>{"points", "rgbas"};
           })
      .def(
          "add_points",
          [](py::object self, std::vector<Vec3> points, py::object rgbas, py::object color,
             double alpha) {
            std::vector<Color> cols;
            if (!rgbas.is_none()) {
              cols = read_rgbas(rgbas, "PMobject.add_points");
              if (cols.size() != points.size())
                throw py::value_error("points and rgbas must have same length");
            }
            std::optional<Color> c;
            if (!color.is_none())
              c = convert<Color>(color, "PMobject.add_points", "color", Expect<Color>::name);
            self.cast<PMobject&>().add_points(points, cols, c, alpha);
            return self;
          },
          py::arg("points"), py::arg("rgbas") = py::none(), py::arg("color") = py::none(),
          py::arg("alpha") = 1.0)
      .def("reset_points",
           [](py::object self) {
             self.cast<PMobject&>().reset_points();
             return self;
           })
      .def("get_color", &PMobject::get_color)
      .def("get_stroke_width", &PMobject::get_stroke_width)
      .def(
          "set_stroke_width",
          [](py::object self, double width, bool family) {
            self.cast<PMobject&>().set_stroke_width(width, family);
            return self;
          },
          py::arg("width"), py::arg("family") = true)
      .def("set_color_by_gradient",
           [](py::object self, py::args colors) {
             std::vector<Color> cs;
             for (auto c : colors)
               cs.push_back(
                   convert<Color>(c, "set_color_by_gradient", "colors", Expect<Color>::name));
             self.cast<PMobject&>().set_color_by_gradient(cs);
             return self;
           })
      .def(
          "set_colors_by_radial_gradient",
          [](py::object self, std::optional<Vec3> center, double radius, const Color& inner,
             const Color& outer) {
            self.cast<PMobject&>().set_colors_by_radial_gradient(center, radius, inner, outer);
            return self;
          },
          py::arg("center") = py::none(), py::arg("radius") = 1.0, py::arg("inner_color") = WHITE,
          py::arg("outer_color") = BLACK)
      .def(
          "match_colors",
          [](py::object self, const PMobject& other) {
            self.cast<PMobject&>().match_colors(other);
            return self;
          },
          py::arg("mobject"))
      .def(
          "filter_out",
          [](py::object self, py::function condition) {
            self.cast<PMobject&>().filter_out(
                [condition](const Vec3& p) { return py::bool_(condition(p)).cast<bool>(); });
            return self;
          },
          py::arg("condition"))
      .def(
          "thin_out",
          [](py::object self, int factor) {
            self.cast<PMobject&>().thin_out(factor);
            return self;
          },
          py::arg("factor") = 5)
      .def(
          "sort_points",
          [](py::object self, py::object function) {
            std::function<double(const Vec3&)> f;
            if (!function.is_none())
              f = [function](const Vec3& p) {
                return convert<double>(function(p), "sort_points", "function", "a number");
              };
            self.cast<PMobject&>().sort_points(f);
            return self;
          },
          py::arg("function") = py::none())
      .def(
          "fade_to",
          [](py::object self, const Color& color, double alpha, bool family) {
            self.cast<PMobject&>().fade_to(color, alpha, family);
            return self;
          },
          py::arg("color"), py::arg("alpha"), py::arg("family") = true)
      .def("get_all_rgbas", [](const PMobject& p) { return rgbas_array(p.get_all_rgbas()); })
      .def("ingest_submobjects",
           [](py::object self) {
             self.cast<PMobject&>().ingest_submobjects();
             return self;
           })
      .def("point_from_proportion", &PMobject::point_from_proportion, py::arg("alpha"))
      .def_static("get_mobject_type_class",
                  []() { return py::module_::import("manimcpp").attr("PMobject"); })
      .def(
          "align_points_with_larger",
          [](PMobject& p, const PMobject& larger) { p.align_points_with_larger(larger); },
          py::arg("larger_mobject"))
      .def(
          "get_point_mobject",
          [](const PMobject& p, std::optional<Vec3> center) {
            return Point(center.value_or(p.get_center()));
          },
          py::arg("center") = py::none())
      .def(
          "interpolate_color",
          [](py::object self, const PMobject& a, const PMobject& b, double alpha) {
            PMobject& out = self.cast<PMobject&>();
            detail::point_cloud_interpolate_color(
                static_cast<detail::PointCloudNode&>(out.node()),
                static_cast<const detail::PointCloudNode&>(a.node()),
                static_cast<const detail::PointCloudNode&>(b.node()), alpha);
            out.set_stroke_width((1 - alpha) * a.get_stroke_width() + alpha * b.get_stroke_width());
            return self;
          },
          py::arg("mobject1"), py::arg("mobject2"), py::arg("alpha"))
      .def(
          "pointwise_become_partial",
          [](PMobject& p, const PMobject& src, double a, double b) {
            p.pointwise_become_partial(src, a, b);
          },
          py::arg("mobject"), py::arg("a"), py::arg("b"));

  py::class_<Mobject1D, PMobject> m1(m, "Mobject1D");
  m1.def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Mobject1D", args, kw, {"density"});
    Mobject1DArgs a;
    k.get("density", a.density);
    read_pm_style(k, a);
    k.finish();
    return Mobject1D(a);
  }));
  add_kind<Mobject1D>();
  m1.def_property_readonly("density", &Mobject1D::density)
      .def_property_readonly("epsilon", &Mobject1D::epsilon)
      .def(
          "add_line",
          [](Mobject1D& p, const Vec3& start, const Vec3& end, std::optional<Color> color) {
            p.add_line(start, end, color);
          },
          py::arg("start"), py::arg("end"), py::arg("color") = py::none());

  py::class_<Mobject2D, PMobject> m2(m, "Mobject2D");
  m2.def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Mobject2D", args, kw, {"density"});
    Mobject2DArgs a;
    k.get("density", a.density);
    read_pm_style(k, a);
    k.finish();
    return Mobject2D(a);
  }));
  add_kind<Mobject2D>();
  m2.def_property_readonly("density", &Mobject2D::density)
      .def_property_readonly("epsilon", &Mobject2D::epsilon);

  py::class_<PGroup, PMobject> pg(m, "PGroup");
  pg.def(py::init([](py::args args, py::kwargs kw) {
    std::vector<Mobject> mobs;
    for (auto a : args) {
      if (!py::isinstance<PMobject>(a))
        throw py::value_error(
            "All submobjects must be of type PMobject or OpenGLPMObject if using the opengl "
            "renderer");
      mobs.push_back(a.cast<Mobject>());
    }
    Kw k("PGroup", py::args(), kw);
    PMobjectArgs pa;
    read_pm_style(k, pa);
    k.finish();
    return PGroup(mobs, pa);
  }));
  add_kind<PGroup>();

  py::class_<PointCloudDot, Mobject1D> pcd(m, "PointCloudDot");
  pcd.def(py::init([](py::args args, py::kwargs kw) {
    Kw k("PointCloudDot", args, kw, {"center", "radius", "stroke_width", "density", "color"});
    PointCloudDotArgs a;
    k.get("center", a.center);
    k.get("radius", a.radius);
    k.get("density", a.density);
    read_pm_style(k, a);
    k.finish();
    return PointCloudDot(a);
  }));
  add_kind<PointCloudDot>();
  pcd.def_property_readonly("radius", &PointCloudDot::radius)
      .def("generate_points", [](py::object self) {
        self.cast<PointCloudDot&>().generate_points();
        return self;
      });

  py::class_<Point, PMobject> pt(m, "Point");
  pt.def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Point", args, kw, {"location", "color"});
    Vec3 location = ORIGIN;
    k.get("location", location);
    PointArgs a;
    read_pm_style(k, a);
    k.finish();
    return Point(location, a);
  }));
  add_kind<Point>();
  pt.def_property_readonly("location", &Point::location);
}

}  // namespace manim::python
