// The `manimcpp` Python module: Manim CE's Python API over the C++ engine. Python only builds
// the scene (construct()); play/wait and every frame are driven by the C++ Scene.
#include <pybind11/eval.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "python/bind_common.hpp"
#include "python/py_attributes.hpp"

namespace manim::python {

namespace {
std::unordered_map<std::string, std::function<py::object(const Mobject&)>>& kind_casters() {
  static std::unordered_map<std::string, std::function<py::object(const Mobject&)>> m;
  return m;
}
}  // namespace

std::vector<Binding>& bindings() {
  static std::vector<Binding> all;
  return all;
}
BindingRegistrar::BindingRegistrar(const char* name, int order, BindFn f) {
  bindings().push_back({name, order, f});
}

void register_kind_caster(const std::string& kind, std::function<py::object(const Mobject&)> f) {
  kind_casters()[kind] = std::move(f);
}

// Walks the lineage "/Mobject/VMobject/Polygon/Rectangle/Square/" from its most-derived end
// to the first class bound in Python.
py::object wrap(const Mobject& m) {
  const std::string& lin = m.node().lineage;
  auto& casters = kind_casters();
  std::size_t end = lin.size() - 1;
  while (end > 0) {
    const std::size_t start = lin.rfind('/', end - 1);
    if (start == std::string::npos) break;
    auto it = casters.find(lin.substr(start + 1, end - start - 1));
    if (it != casters.end()) return adopted_object(m, it->second(m));
    end = start;
  }
  return adopted_object(m, py::cast(m));
}

py::list wrap_all(const std::vector<Mobject>& ms) {
  py::list out;
  for (const auto& m : ms) out.append(wrap(m));
  return out;
}

std::string type_name(py::handle h) {
  return py::str(py::type::handle_of(h).attr("__name__")).cast<std::string>();
}

namespace {

using RateFn = double (*)(double);

// Plain function pointers: pybind11 hands them back to C++ unwrapped, so the frame loop never
// calls into Python for a built-in rate function.
struct NamedRate {
  const char* name;
  RateFn f;
};
#define MANIM_RATE(n)                                  \
  {                                                    \
#n, +[](double t) { return rate_functions::n(t); } \
  }
const NamedRate kRates[] = {
    MANIM_RATE(linear),
    MANIM_RATE(smooth),
    MANIM_RATE(smoothstep),
    MANIM_RATE(smootherstep),
    MANIM_RATE(smoothererstep),
    MANIM_RATE(rush_into),
    MANIM_RATE(rush_from),
    MANIM_RATE(slow_into),
    MANIM_RATE(double_smooth),
    MANIM_RATE(there_and_back),
    MANIM_RATE(there_and_back_with_pause),
    MANIM_RATE(running_start),
    MANIM_RATE(wiggle),
    MANIM_RATE(lingering),
    MANIM_RATE(exponential_decay),
    MANIM_RATE(ease_in_sine),
    MANIM_RATE(ease_out_sine),
    MANIM_RATE(ease_in_out_sine),
    MANIM_RATE(ease_in_quad),
    MANIM_RATE(ease_out_quad),
    MANIM_RATE(ease_in_out_quad),
    MANIM_RATE(ease_in_cubic),
    MANIM_RATE(ease_out_cubic),
    MANIM_RATE(ease_in_out_cubic),
    MANIM_RATE(ease_in_quart),
    MANIM_RATE(ease_out_quart),
    MANIM_RATE(ease_in_out_quart),
    MANIM_RATE(ease_in_quint),
    MANIM_RATE(ease_out_quint),
    MANIM_RATE(ease_in_out_quint),
    MANIM_RATE(ease_in_expo),
    MANIM_RATE(ease_out_expo),
    MANIM_RATE(ease_in_out_expo),
    MANIM_RATE(ease_in_circ),
    MANIM_RATE(ease_out_circ),
    MANIM_RATE(ease_in_out_circ),
    MANIM_RATE(ease_in_back),
    MANIM_RATE(ease_out_back),
    MANIM_RATE(ease_in_out_back),
    MANIM_RATE(ease_in_elastic),
    MANIM_RATE(ease_out_elastic),
    MANIM_RATE(ease_in_out_elastic),
    MANIM_RATE(ease_in_bounce),
    MANIM_RATE(ease_out_bounce),
    MANIM_RATE(ease_in_out_bounce),
};
#undef MANIM_RATE

// Manim's top-level exports of rate functions (the rest live in `rate_functions`).
const char* const kTopLevelRates[] = {
    "linear",        "smooth",        "rush_into",      "rush_from",
    "slow_into",     "double_smooth", "there_and_back", "there_and_back_with_pause",
    "running_start", "wiggle",        "lingering",      "exponential_decay"};

}  // namespace

MANIM_PY_BINDING(bind_core, 10);
void bind_core(py::module_& m) {
  // ---- constants ----
  const std::pair<const char*, Vec3> vecs[] = {
      {"ORIGIN", ORIGIN}, {"UP", UP},   {"DOWN", DOWN},     {"RIGHT", RIGHT},   {"LEFT", LEFT},
      {"IN", IN},         {"OUT", OUT}, {"X_AXIS", X_AXIS}, {"Y_AXIS", Y_AXIS}, {"Z_AXIS", Z_AXIS},
      {"UL", UL},         {"UR", UR},   {"DL", DL},         {"DR", DR}};
  for (const auto& [n, v] : vecs) m.attr(n) = py::cast(v);
  const std::pair<const char*, double> nums[] = {
      {"PI", PI},
      {"TAU", TAU},
      {"DEGREES", DEGREES},
      {"SMALL_BUFF", SMALL_BUFF},
      {"MED_SMALL_BUFF", MED_SMALL_BUFF},
      {"MED_LARGE_BUFF", MED_LARGE_BUFF},
      {"LARGE_BUFF", LARGE_BUFF},
      {"DEFAULT_MOBJECT_TO_EDGE_BUFFER", DEFAULT_MOBJECT_TO_EDGE_BUFFER},
      {"DEFAULT_MOBJECT_TO_MOBJECT_BUFFER", DEFAULT_MOBJECT_TO_MOBJECT_BUFFER},
      {"DEFAULT_STROKE_WIDTH", DEFAULT_STROKE_WIDTH},
      {"DEFAULT_DOT_RADIUS", DEFAULT_DOT_RADIUS},
      {"DEFAULT_SMALL_DOT_RADIUS", DEFAULT_SMALL_DOT_RADIUS},
      {"DEFAULT_DASH_LENGTH", DEFAULT_DASH_LENGTH},
      {"DEFAULT_ARROW_TIP_LENGTH", DEFAULT_ARROW_TIP_LENGTH},
      {"DEFAULT_WAIT_TIME", DEFAULT_WAIT_TIME},
      {"DEFAULT_FONT_SIZE", DEFAULT_FONT_SIZE},
      {"FRAME_HEIGHT", FRAME_HEIGHT},
      {"FRAME_WIDTH", FRAME_WIDTH},
      {"FRAME_X_RADIUS", FRAME_X_RADIUS},
      {"FRAME_Y_RADIUS", FRAME_Y_RADIUS}};
  for (const auto& [n, v] : nums) m.attr(n) = v;

  // ---- colours ----
  py::class_<Color> color(m, "ManimColor");
  color.def(py::init<const std::string&>(), py::arg("value"))
      .def(py::init([](const Color& c) { return c; }), py::arg("value"))
      .def(py::init<double, double, double, double>(), py::arg("r"), py::arg("g"), py::arg("b"),
           py::arg("a") = 1.0)
      .def_readwrite("r", &Color::r)
      .def_readwrite("g", &Color::g)
      .def_readwrite("b", &Color::b)
      .def_readwrite("a", &Color::a)
      .def("to_hex", &Color::to_hex)
      .def("to_rgb",
           [](const Color& c) {
             return py::array_t<double>(3, std::array{c.r, c.g, c.b}.data());
           })
      .def("to_rgba",
           [](const Color& c) {
             return py::array_t<double>(4, std::array{c.r, c.g, c.b, c.a}.data());
           })
      .def(
          "interpolate",
          [](const Color& a, const Color& b, double t) { return interpolate_color(a, b, t); },
          py::arg("other"), py::arg("alpha"))
      .def("__eq__",
           [](const Color& a, py::handle b) {
             try {
               return a == b.cast<Color>();
             } catch (const py::cast_error&) {
               return false;
             }
           })
      .def("__hash__", [](const Color& c) { return py::hash(py::str(c.to_hex())); })
      .def("__str__", &Color::to_hex)
      .def("__repr__", [](const Color& c) { return "ManimColor('" + c.to_hex() + "')"; });
  py::implicitly_convertible<py::str, Color>();
  m.attr("Color") = color;
  for (const auto& c : palette()) m.attr(c.name) = py::cast(c.color);
  m.def("interpolate_color", &interpolate_color, py::arg("color1"), py::arg("color2"),
        py::arg("alpha"));
  m.def("color_gradient", &color_gradient, py::arg("reference_colors"),
        py::arg("length_of_output"));
  m.def(
      "interpolate",
      [](py::object a, py::object b, double t) { return a + (b - a) * py::float_(t); },
      py::arg("start"), py::arg("end"), py::arg("alpha"));

  // ---- rate functions ----
  py::module_ rf = m.def_submodule("rate_functions", "Manim's rate functions");
  for (const auto& r : kRates) rf.def(r.name, r.f, py::arg("t"));
  for (const char* n : kTopLevelRates) m.attr(n) = rf.attr(n);
  rf.def(
      "squish_rate_func",
      [](RateFunc f, double a, double b) { return rate_functions::squish_rate_func(f, a, b); },
      py::arg("func"), py::arg("a") = 0.4, py::arg("b") = 0.6);
  rf.def(
      "not_quite_there", [](RateFunc f, double p) { return rate_functions::not_quite_there(f, p); },
      py::arg("func"), py::arg("proportion") = 0.7);
  m.attr("squish_rate_func") = rf.attr("squish_rate_func");
  m.attr("not_quite_there") = rf.attr("not_quite_there");
}

}  // namespace manim::python

PYBIND11_MODULE(manimcpp, m) {
  m.doc() = "manim.cpp: Manim CE's Python API on the C++ engine";
  using namespace manim::python;
  auto all = bindings();
  std::stable_sort(all.begin(), all.end(),
                   [](const Binding& a, const Binding& b) { return a.order < b.order; });
  for (const auto& b : all) b.fn(m);

  // Instances of a script's Mobject subclasses record themselves when their __init__ returns,
  // so a group hands them back with their class (py_attributes.hpp).
  m.def("_adopt", [](py::handle self) { adopt(self); });
  py::exec(R"(
def _init_subclass(cls, **kwargs):
    init = cls.__dict__.get("__init__")
    if init is not None:
        def __init__(self, *args, **kw):
            init(self, *args, **kw)
            _adopt(self)
        __init__.__wrapped__ = init
        __init__.__doc__ = init.__doc__
        cls.__init__ = __init__
Mobject.__init_subclass__ = classmethod(_init_subclass)
del _init_subclass
)",
           m.attr("__dict__"));
}
