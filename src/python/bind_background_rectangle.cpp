// Mobject.add_background_rectangle (and its _to_submobjects / _to_family_members_with_points
// forms), as Manim's: a BackgroundRectangle (every keyword of that class) put behind the mobject
// as its first submobject and kept as `background_rectangle`. Vector labels and
// LinearTransformationScene titles use it.
#include "python/bind_common.hpp"

namespace manim::python {

MANIM_PY_BINDING(bind_background_rectangle, 46);
void bind_background_rectangle(py::module_& m) {
  py::object cls = m.attr("Mobject");
  auto add = [](py::object self, py::object color, py::object opacity, py::kwargs kw) {
    kw["color"] = color;
    kw["fill_opacity"] = opacity;
    py::object rect = py::module_::import("manimcpp").attr("BackgroundRectangle")(self, **kw);
    self.attr("background_rectangle") = rect;
    self.attr("add_to_back")(rect);
    return self;
  };
  cls.attr("add_background_rectangle") =
      py::cpp_function(add, py::name("add_background_rectangle"), py::is_method(cls),
                       py::arg("color") = py::none(), py::arg("opacity") = 0.75);
  cls.attr("add_background_rectangle_to_submobjects") = py::cpp_function(
      [](py::object self, py::kwargs kw) {
        for (py::handle sub : self.attr("submobjects")) sub.attr("add_background_rectangle")(**kw);
        return self;
      },
      py::name("add_background_rectangle_to_submobjects"), py::is_method(cls));
  cls.attr("add_background_rectangle_to_family_members_with_points") = py::cpp_function(
      [](py::object self, py::kwargs kw) {
        for (py::handle sub : self.attr("family_members_with_points")())
          sub.attr("add_background_rectangle")(**kw);
        return self;
      },
      py::name("add_background_rectangle_to_family_members_with_points"), py::is_method(cls));
}

}  // namespace manim::python
