// ImplicitFunction and Axes.plot_implicit_curve with Manim's keywords.
#include "python/bind_graphing.hpp"

namespace manim::python {

namespace {

ImplicitFunction::Function two_arg(py::function f, const std::string& fn) {
  return [f, fn](double x, double y) {
    py::object r = f(x, y);
    try {
      return r.cast<double>();
    } catch (const py::cast_error&) {
      throw py::type_error(fn + ": func(x, y) must return a number, got " + type_name(r));
    }
  };
}

void read_implicit(Kw& k, ImplicitFunctionArgs& a) {
  read_style(k, a);
  if (py::object r = k.take("x_range")) a.x_range = numbers(r, k.fn(), "x_range");
  if (py::object r = k.take("y_range")) a.y_range = numbers(r, k.fn(), "y_range");
  k.get("min_depth", a.min_depth);
  k.get("max_quads", a.max_quads);
  k.get("use_smoothing", a.use_smoothing);
}

}  // namespace

MANIM_PY_BINDING(bind_implicit, 56);
void bind_implicit(py::module_& m) {
  py::class_<ImplicitFunction, VMobject>(m, "ImplicitFunction")
      .def(py::init([](py::function func, py::args args, py::kwargs kw) {
             Kw k("ImplicitFunction", args, kw,
                  {"x_range", "y_range", "min_depth", "max_quads", "use_smoothing"});
             ImplicitFunctionArgs a;
             read_implicit(k, a);
             k.finish();
             return ImplicitFunction(two_arg(func, "ImplicitFunction"), a);
           }),
           py::arg("func"));
  add_kind<ImplicitFunction>();

  auto axes = py::reinterpret_borrow<py::class_<Axes, VGroup>>(m.attr("Axes"));
  axes.def(
      "plot_implicit_curve",
      [](const Axes& ax, py::function func, int min_depth, int max_quads, py::kwargs kw) {
        const std::string fn = "Axes.plot_implicit_curve";
        Kw k(fn, py::args(), kw);
        ImplicitFunctionArgs a;
        read_style(k, a);
        k.get("use_smoothing", a.use_smoothing);
        k.finish();
        return ax.plot_implicit_curve(two_arg(func, fn), min_depth, max_quads, a);
      },
      py::arg("func"), py::arg("min_depth") = 5, py::arg("max_quads") = 1500);
}

}  // namespace manim::python
