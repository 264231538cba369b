// ThreeDAxes with Manim's keywords and defaults: c2p/p2c with z, the z axis label, three axis
// labels and plot_surface (a Surface coloured by a copy of the axes, as Manim's Cairo path).
#include "manim/mobject/graphing/three_d_axes.hpp"
#include "python/bind_graphing.hpp"

namespace manim::python {

namespace {

// A label argument: a Mobject as is; a string or number typeset by the x axis'
// label_constructor (Manim's _create_label_tex).
Mobject label_arg(const ThreeDAxes& ax, py::handle o, const std::string& fn, const char* arg) {
  if (py::isinstance<Mobject>(o)) return o.cast<Mobject>();
  if (py::isinstance<py::str>(o) || py::isinstance<py::int_>(o) || py::isinstance<py::float_>(o))
    return ax.x_axis().create_label_tex(py::str(o).cast<std::string>());
  throw py::type_error(fn + ": argument '" + arg +
                       "' must be a Mobject, a string or a number, got " + type_name(o));
}

ThreeDAxes make(py::args args, py::kwargs kw) {
  Kw k("ThreeDAxes", args, kw,
       {"x_range", "y_range", "z_range", "x_length", "y_length", "z_length", "z_axis_config",
        "z_normal", "num_axis_pieces", "light_source", "depth", "gloss"});
  ThreeDAxesArgs t;
  AxesArgs a;
  a.x_range = t.x_range;
  a.y_range = t.y_range;
  a.x_length = t.x_length;
  a.y_length = t.y_length;
  std::optional<int> zp;
  if (py::object z = k.take("z_range")) {
    t.z_range = numbers(z, k.fn(), "z_range");
    zp = float_step_places(z);
  }
  read_optional_length(k, "z_length", t.z_length);
  t.z_axis_config = number_line_dict(k, "z_axis_config");
  k.get("z_normal", t.z_normal);
  k.get("num_axis_pieces", t.num_axis_pieces);
  k.get("light_source", t.light_source);
  k.get("depth", t.depth);
  k.get("gloss", t.gloss);
  read_axes(k, a);
  StyleArgs style;
  read_style(k, style);
  k.finish();
  if (zp && !a.axis_config.num_decimal_places && !t.z_axis_config.num_decimal_places)
    t.z_axis_config.num_decimal_places = zp;
  t.x_range = a.x_range;
  t.y_range = a.y_range;
  t.x_length = a.x_length;
  t.y_length = a.y_length;
  t.axis_config = a.axis_config;
  t.x_axis_config = a.x_axis_config;
  t.y_axis_config = a.y_axis_config;
  t.tips = a.tips;
  ThreeDAxes ax(t);
  // As Axes: a colour given to the group reaches only the group's own node.
  if (style.color) ax.set_color(*style.color, false);
  return ax;
}

}  // namespace

MANIM_PY_BINDING(bind_three_d_axes, 57);
void bind_three_d_axes(py::module_& m) {
  py::class_<ThreeDAxes, Axes>(m, "ThreeDAxes")
      .def(py::init(&make))
      .def_property_readonly("z_axis", [](const ThreeDAxes& a) { return wrap(a.z_axis()); })
      .def("get_z_axis", [](const ThreeDAxes& a) { return wrap(a.z_axis()); })
      .def("get_axes", [](const ThreeDAxes& a) { return wrap(a.get_axes()); })
      .def_property_readonly("axes", [](const ThreeDAxes& a) { return wrap(a.get_axes()); })
      .def("get_axis",
           [](const ThreeDAxes& a, int index) {
             if (index < 0 || index > 2)
               throw py::index_error("ThreeDAxes.get_axis: index must be 0, 1 or 2, got " +
                                     std::to_string(index));
             return wrap(a.get_axes().submobjects()[index]);
           })
      .def_property_readonly("z_range", &ThreeDAxes::z_range)
      .def_property_readonly("z_length",
                             [](const ThreeDAxes& a) { return a.z_axis().get_length(); })
      .def_property_readonly("z_normal", &ThreeDAxes::z_normal)
      .def_property_readonly("num_axis_pieces", &ThreeDAxes::num_axis_pieces)
      .def_property_readonly("light_source", &ThreeDAxes::light_source)
      .def_property_readonly("dimension", [](const ThreeDAxes&) { return 3; })
      .def_property_readonly("z_axis_config",
                             [](const ThreeDAxes& a) { return axis_config_of(a.z_axis()); })
      .def("get_z_unit_size", &ThreeDAxes::get_z_unit_size)
      .def(
          "get_y_axis_label",
          [](const ThreeDAxes& ax, py::object label, const Vec3& edge, const Vec3& direction,
             double buff, double rotation, const Vec3& rotation_axis) {
            return wrap(
                ax.get_y_axis_label(label_arg(ax, label, "ThreeDAxes.get_y_axis_label", "label"),
                                    edge, direction, buff, rotation, rotation_axis));
          },
          py::arg("label"), py::arg("edge") = UR, py::arg("direction") = UR,
          py::arg("buff") = SMALL_BUFF, py::arg("rotation") = PI / 2,
          py::arg("rotation_axis") = OUT)
      .def(
          "get_z_axis_label",
          [](const ThreeDAxes& ax, py::object label, const Vec3& edge, const Vec3& direction,
             double buff, double rotation, const Vec3& rotation_axis) {
            return wrap(
                ax.get_z_axis_label(label_arg(ax, label, "ThreeDAxes.get_z_axis_label", "label"),
                                    edge, direction, buff, rotation, rotation_axis));
          },
          py::arg("label"), py::arg("edge") = OUT, py::arg("direction") = RIGHT,
          py::arg("buff") = SMALL_BUFF, py::arg("rotation") = PI / 2,
          py::arg("rotation_axis") = RIGHT)
      .def(
          "get_axis_labels",
          [](py::object self, py::object x_label, py::object y_label, py::object z_label) {
            const ThreeDAxes& ax = self.cast<const ThreeDAxes&>();
            const std::string fn = "ThreeDAxes.get_axis_labels";
            // Through the Python methods, so a subclass' overrides are used as in Manim.
            py::object labels =
                py::module_::import("manimcpp")
                    .attr("VGroup")(
                        self.attr("get_x_axis_label")(wrap(label_arg(ax, x_label, fn, "x_label"))),
                        self.attr("get_y_axis_label")(wrap(label_arg(ax, y_label, fn, "y_label"))),
                        self.attr("get_z_axis_label")(wrap(label_arg(ax, z_label, fn, "z_label"))));
            self.attr("axis_labels") = labels;
            return labels;
          },
          py::arg("x_label") = "x", py::arg("y_label") = "y", py::arg("z_label") = "z")
      .def(
          "plot_surface",
          [](py::object self, py::function function, py::object u_range, py::object v_range,
             py::object colorscale, int colorscale_axis, py::kwargs kw) {
            // Manim's Cairo path: Surface(lambda u, v: self.c2p(u, v, function(u, v)), ...),
            // then set_fill_by_value with a copy of the axes.
            py::object mod = py::module_::import("manimcpp");
            py::cpp_function f([self, function](double u, double v) {
              return self.attr("c2p")(u, v, function(u, v));
            });
            py::dict kwargs(kw);
            if (!u_range.is_none()) kwargs["u_range"] = u_range;
            if (!v_range.is_none()) kwargs["v_range"] = v_range;
            py::object surface = mod.attr("Surface")(f, **kwargs);
            if (!colorscale.is_none() && py::len(colorscale) > 0)
              surface.attr("set_fill_by_value")(py::arg("axes") = self.attr("copy")(),
                                                py::arg("colorscale") = colorscale,
                                                py::arg("axis") = colorscale_axis);
            return surface;
          },
          py::arg("function"), py::arg("u_range") = py::none(), py::arg("v_range") = py::none(),
          py::arg("colorscale") = py::none(), py::arg("colorscale_axis") = 2);
  add_kind<ThreeDAxes>();
}

}  // namespace manim::python

namespace manim::python {

// Manim's SpecialThreeDScene, in Python over ThreeDScene (bound at order 87).
MANIM_PY_BINDING(bind_special_three_d_scene, 88);
void bind_special_three_d_scene(py::module_& m) {
  py::exec(R"(
class SpecialThreeDScene(ThreeDScene):
    """A ThreeDScene with Manim's stored configs for axes, spheres and the default angle."""

    def __init__(self, cut_axes_at_radius=True,
                 camera_config={"should_apply_shading": True, "exponential_projection": True},
                 three_d_axes_config={
                     "num_axis_pieces": 1,
                     "axis_config": {"unit_size": 2, "numbers_with_elongated_ticks": [0, 1, 2],
                                     "stroke_width": 2},
                 },
                 sphere_config={"radius": 2, "resolution": (24, 48)},
                 default_angled_camera_position={"phi": 70 * DEGREES, "theta": -110 * DEGREES},
                 low_quality_config={
                     "camera_config": {"should_apply_shading": False},
                     "three_d_axes_config": {"num_axis_pieces": 1},
                     "sphere_config": {"resolution": (12, 24)},
                 },
                 **kwargs):
        self.cut_axes_at_radius = cut_axes_at_radius
        self.camera_config = camera_config
        self.three_d_axes_config = three_d_axes_config
        self.sphere_config = sphere_config
        self.default_angled_camera_position = default_angled_camera_position
        self.low_quality_config = low_quality_config
        # As Manim: the stored configs are read by get_axes / get_sphere; the camera is
        # ThreeDScene's unless camera_config is passed as a keyword.
        ThreeDScene.__init__(self, **kwargs)

    def get_axes(self):
        axes = ThreeDAxes(**self.three_d_axes_config)
        for axis in axes:
            if self.cut_axes_at_radius:
                p0 = axis.get_start()
                p1 = axis.number_to_point(-1)
                p2 = axis.number_to_point(1)
                p3 = axis.get_end()
                new_pieces = VGroup(Line(p0, p1), Line(p1, p2), Line(p2, p3))
                for piece in new_pieces:
                    piece.set_shade_in_3d(True)
                pieces = axis.submobjects[-1]
                new_pieces.match_style(pieces)
                pieces.remove(*pieces.submobjects)
                pieces.add(*new_pieces.submobjects)
            for tick in axis.get_tick_marks():
                # Manim adds a VectorizedPoint at 1.5 times the tick's centre (depth sorting).
                tick.add(VMobject().set_points([1.5 * tick.get_center()]))
        return axes

    def get_sphere(self, **kwargs):
        config = dict(self.sphere_config)
        config.update(kwargs)
        return Sphere(**config)

    def get_default_camera_position(self):
        return self.default_angled_camera_position

    def set_camera_to_default_position(self):
        self.set_camera_orientation(**self.default_angled_camera_position)
)",
           m.attr("__dict__"));
}

}  // namespace manim::python
