// Manim's VMobjectFromSVGPath: one SVG path's data (a string, or an object with a d() method such
// as an svgelements Path) as a VMobject, point for point as Manim converts path segments.
#include "manim/mobject/vmobject.hpp"
#include "mobject/svg/svg_parser.hpp"
#include "python/bind_common.hpp"

namespace manim::python {

MANIM_PY_BINDING(bind_svg_path, 36);
void bind_svg_path(py::module_& m) {
  m.def("VMobjectFromSVGPath", [](py::args args, py::kwargs kw) {
    Kw k("VMobjectFromSVGPath", args, kw,
         {"path_obj", "long_lines", "should_subdivide_sharp_curves", "should_remove_null_curves"});
    py::object path = k.take("path_obj");
    if (!path) throw py::type_error("VMobjectFromSVGPath() missing argument 'path_obj'");
    std::string d;
    if (py::isinstance<py::str>(path))
      d = path.cast<std::string>();
    else if (py::hasattr(path, "d"))
      d = py::str(path.attr("d")()).cast<std::string>();
    else
      throw py::type_error(
          "VMobjectFromSVGPath: path_obj must be path data (a string) or an "
          "object with a d() method, got " +
          type_name(path));
    for (const char* flag :
         {"long_lines", "should_subdivide_sharp_curves", "should_remove_null_curves"}) {
      bool on = false;
      k.get(flag, on);
      if (on)
        throw py::value_error(std::string("VMobjectFromSVGPath: ") + flag +
                              "=True is not supported by manim.cpp (only Manim's default False)");
    }
    std::optional<Color> color, fill_color, stroke_color;
    std::optional<double> fill_opacity, stroke_width, stroke_opacity, z_index;
    k.get("color", color);
    k.get("fill_color", fill_color);
    k.get("fill_opacity", fill_opacity);
    k.get("stroke_color", stroke_color);
    k.get("stroke_width", stroke_width);
    k.get("stroke_opacity", stroke_opacity);
    k.get("z_index", z_index);
    k.finish();
    VMobject v;
    detail::set_kind(v.node(), "VMobjectFromSVGPath");
    v.set_points(detail::svg::parse_path_data(d));
    if (color) v.set_color(*color);
    if (fill_color || fill_opacity) v.set_fill(fill_color, fill_opacity);
    if (stroke_color || stroke_width || stroke_opacity)
      v.set_stroke(stroke_color, stroke_width, stroke_opacity);
    if (z_index) v.set_z_index(*z_index);
    return wrap(v);
  });
}

}  // namespace manim::python
