// Manim's axis scalings LinearBase and LogBase (manim.mobject.graphing.scale). NumberLine and
// the axis_config dicts take them as `scaling=LogBase(...)`.
#include "python/bind_common.hpp"

namespace manim::python {

namespace {

struct PyLinearBase : Scaling {};
struct PyLogBase : Scaling {};

// value may be a number or an array-like; numbers give a float, arrays a numpy array.
py::object apply(const Scaling& s, py::handle value, bool inverse) {
  py::object np = py::module_::import("numpy");
  py::object arr = np.attr("asarray")(value, py::arg("dtype") = "float");
  auto f = [&](double v) { return inverse ? s.inverse_function(v) : s.function(v); };
  try {
    if (arr.attr("ndim").cast<int>() == 0) return py::float_(f(arr.cast<double>()));
    py::object flat = arr.attr("reshape")(-1);
    std::vector<double> out;
    for (auto v : flat) out.push_back(f(v.cast<double>()));
    return np.attr("array")(out).attr("reshape")(arr.attr("shape"));
  } catch (const std::invalid_argument& e) {
    throw py::value_error(e.what());
  }
}

}  // namespace

MANIM_PY_BINDING(bind_scale, 45);
void bind_scale(py::module_& m) {
  py::class_<Scaling>(m, "_ScaleBase")
      .def(
          "function", [](const Scaling& s, py::object v) { return apply(s, v, false); },
          py::arg("value"))
      .def(
          "inverse_function", [](const Scaling& s, py::object v) { return apply(s, v, true); },
          py::arg("value"))
      .def_readwrite("custom_labels", &Scaling::custom_labels);

  py::class_<PyLinearBase, Scaling>(m, "LinearBase")
      .def(py::init([](double scale_factor) {
             if (scale_factor == 0 || !std::isfinite(scale_factor))
               throw py::value_error("LinearBase: scale_factor must be finite and != 0, got " +
                                     std::to_string(scale_factor));
             return PyLinearBase{Scaling::linear(scale_factor)};
           }),
           py::arg("scale_factor") = 1.0)
      .def_readwrite("scale_factor", &Scaling::scale_factor);

  py::class_<PyLogBase, Scaling>(m, "LogBase")
      .def(py::init([](double base, bool custom_labels) {
             if (!(base > 0) || base == 1)
               throw py::value_error("LogBase: base must be > 0 and != 1, got " +
                                     std::to_string(base));
             return PyLogBase{Scaling::log(base, custom_labels)};
           }),
           py::arg("base") = 10.0, py::arg("custom_labels") = true)
      .def_readwrite("base", &Scaling::base)
      .def(
          "get_custom_labels",
          [](const Scaling& s, py::iterable val_range, int unit_decimal_places, py::kwargs kw) {
            // Integer(base, unit="^{k}") per value, k = log_base(value).
            py::object integer = py::module_::import("manimcpp").attr("Integer");
            py::list out;
            for (auto v : val_range) {
              double k;
              try {
                k = s.inverse_function(v.cast<double>());
              } catch (const std::invalid_argument& e) {
                throw py::value_error(e.what());
              }
              char buf[64];
              std::snprintf(buf, sizeof buf, "^{%.*f}", unit_decimal_places, k);
              py::dict args(kw);
              args["unit"] = std::string(buf);
              out.append(integer(std::lround(s.base), **args));
            }
            return out;
          },
          py::arg("val_range"), py::arg("unit_decimal_places") = 0);
}

}  // namespace manim::python
