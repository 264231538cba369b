// Shared by the binding files of the `manimcpp` Python module: Vec3 <-> numpy conversion,
// keyword-argument parsing with Manim's names, and wrapping a C++ handle in its most-derived
// Python class.
#pragma once
#include <pybind11/functional.h>
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "manim/manim.hpp"

namespace py = pybind11;

// Points and directions are numpy float arrays of length 3; lists and tuples of 2 or 3 numbers
// are accepted where Manim accepts them (z defaults to 0).
namespace pybind11::detail {
template <>
struct type_caster<manim::Vec3> {
  PYBIND11_TYPE_CASTER(manim::Vec3, const_name("numpy.ndarray[3]"));
  bool load(handle src, bool) {
    if (!src || PyUnicode_Check(src.ptr()) || PyBytes_Check(src.ptr()) ||
        !PySequence_Check(src.ptr()))
      return false;
    const Py_ssize_t n = PySequence_Size(src.ptr());
    if (n != 2 && n != 3) {
      PyErr_Clear();
      return false;
    }
    double v[3] = {0, 0, 0};
    for (Py_ssize_t i = 0; i < n; ++i) {
      PyObject* item = PySequence_GetItem(src.ptr(), i);
      if (!item) {
        PyErr_Clear();
        return false;
      }
      const bool number = PyFloat_Check(item) || PyLong_Check(item) || PyNumber_Check(item);
      double d = number ? PyFloat_AsDouble(item) : -1;
      Py_DECREF(item);
      if (!number || (d == -1 && PyErr_Occurred())) {
        PyErr_Clear();
        return false;
      }
      v[i] = d;
    }
    value = manim::Vec3(v[0], v[1], v[2]);
    return true;
  }
  static handle cast(const manim::Vec3& v, return_value_policy, handle) {
    py::array_t<double> a(3);
    auto r = a.mutable_unchecked<1>();
    r(0) = v.x;
    r(1) = v.y;
    r(2) = v.z;
    return a.release();
  }
};
}  // namespace pybind11::detail

namespace manim::python {

// The Python object of the most-derived bound class for this handle (Square, Arrow, VGroup...).
py::object wrap(const Mobject& m);
py::list wrap_all(const std::vector<Mobject>& ms);
void register_kind_caster(const std::string& kind, std::function<py::object(const Mobject&)> f);

// An existing engine object, handed to a bound class's __init__ to give a Python subclass's
// instance back its C++ object (py_attributes.hpp).
struct NodeRef {
  Mobject mobject;
};

template <class T>
void add_kind() {
  register_kind_caster(T::kind_name(), [](const Mobject& m) { return py::cast(m.as<T>()); });
  auto cls = py::reinterpret_borrow<py::class_<T>>(py::type::of<T>());
  // Prepended: the generic (*args, **kwargs) constructors would otherwise take it first.
  cls.def(py::init([](const NodeRef& r) { return r.mobject.template as<T>(); }), py::prepend());
}

// A readable name of a Python value's type, for error messages.
std::string type_name(py::handle h);

// Converts `o` to T; a TypeError names the function, the argument and the type given.
template <class T>
T convert(py::handle o, const std::string& fn, const char* arg, const char* expected) {
  try {
    return o.cast<T>();
  } catch (const py::cast_error&) {
    throw py::type_error(fn + ": argument '" + arg + "' must be " + expected + ", got " +
                         type_name(o) + " " + py::repr(o).cast<std::string>());
  }
}

template <class T>
struct Expect;
template <>
struct Expect<double> {
  static constexpr const char* name = "a number";
};
template <>
struct Expect<int> {
  static constexpr const char* name = "an integer";
};
template <>
struct Expect<long> {
  static constexpr const char* name = "an integer";
};
template <>
struct Expect<bool> {
  static constexpr const char* name = "a bool";
};
template <>
struct Expect<std::string> {
  static constexpr const char* name = "a string";
};
template <>
struct Expect<Color> {
  static constexpr const char* name = "a colour (ManimColor or '#RRGGBB' string)";
};
template <>
struct Expect<Vec3> {
  static constexpr const char* name = "a point (array of 2 or 3 numbers)";
};
template <>
struct Expect<RateFunc> {
  static constexpr const char* name = "a rate function (callable float -> float)";
};
template <>
struct Expect<std::vector<Vec3>> {
  static constexpr const char* name = "a list of points";
};
template <>
struct Expect<std::vector<Color>> {
  static constexpr const char* name = "a list of colours";
};
template <>
struct Expect<std::map<std::string, Color>> {
  static constexpr const char* name = "a dict str -> colour";
};
template <>
struct Expect<std::map<std::string, std::string>> {
  static constexpr const char* name = "a dict str -> str";
};
template <>
struct Expect<std::vector<std::string>> {
  static constexpr const char* name = "a list of strings";
};
template <>
struct Expect<Mobject> {
  static constexpr const char* name = "a Mobject";
};

// Python-style arguments of one call: positional ones are matched to `names` in order, keyword
// ones by name; every argument must be consumed (finish() raises TypeError for the rest).
class Kw {
 public:
  Kw(std::string fn, const py::args& args, const py::dict& kwargs,
     std::vector<const char*> positional = {})
      : fn_(std::move(fn)) {
    if (args.size() > positional.size())
      throw py::type_error(fn_ + "() takes " + std::to_string(positional.size()) +
                           " positional argument(s) but " + std::to_string(args.size()) +
                           " were given");
    for (std::size_t i = 0; i < args.size(); ++i) d_[py::str(positional[i])] = args[i];
    for (auto item : kwargs) {
      if (d_.contains(item.first))
        throw py::type_error(fn_ + "() got multiple values for argument '" +
                             item.first.cast<std::string>() + "'");
      d_[item.first] = item.second;
    }
  }
  // The raw value (None counts as not given); removes it from the pending set.
  py::object take(const char* name) {
    py::str key(name);
    if (!d_.contains(key)) return py::object();
    py::object o = d_[key];
    PyDict_DelItem(d_.ptr(), key.ptr());
    if (o.is_none()) return py::object();
    return o;
  }
  bool has(const char* name) const { return d_.contains(py::str(name)); }
  template <class T>
  bool get(const char* name, T& out) {
    py::object o = take(name);
    if (!o) return false;
    out = convert<T>(o, fn_, name, Expect<T>::name);
    return true;
  }
  template <class T>
  bool get(const char* name, std::optional<T>& out) {
    py::object o = take(name);
    if (!o) return false;
    out = convert<T>(o, fn_, name, Expect<T>::name);
    return true;
  }
  void finish() {
    for (auto item : d_)
      throw py::type_error(fn_ + "() got an unexpected keyword argument '" +
                           item.first.cast<std::string>() + "'");
  }
  const std::string& fn() const { return fn_; }

 private:
  std::string fn_;
  py::dict d_;
};

// The style keywords every VMobject constructor takes.
template <class A>
void read_style(Kw& k, A& a) {
  k.get("color", a.color);
  k.get("fill_color", a.fill_color);
  k.get("fill_opacity", a.fill_opacity);
  k.get("stroke_color", a.stroke_color);
  k.get("stroke_width", a.stroke_width);
  k.get("stroke_opacity", a.stroke_opacity);
  k.get("background_stroke_color", a.background_stroke_color);
  k.get("background_stroke_width", a.background_stroke_width);
  k.get("background_stroke_opacity", a.background_stroke_opacity);
  k.get("z_index", a.z_index);
  k.get("shade_in_3d", a.shade_in_3d);
}

// The keywords every animation takes.
template <class A>
void read_anim_args(Kw& k, A& a) {
  k.get("run_time", a.run_time);
  k.get("rate_func", a.rate_func);
  k.get("lag_ratio", a.lag_ratio);
}

// Anything play() and the group animations accept: an Animation or an `.animate` builder.
Anim to_anim(py::handle h, const std::string& fn, std::size_t index);
std::vector<Anim> to_anims(const py::args& args, const std::string& fn);

// True while Scene.render() runs from Python: a Python exception in construct() leaves as
// itself (not as a C++ error carrying its traceback, which is what the CLI prints).
extern bool g_propagate_python_errors;

// Binding functions register themselves, so a new bind_*.cpp file needs no edit elsewhere:
//   MANIM_PY_BINDING(bind_tables, 60);
// They run in increasing `order` (a base class must be bound before its subclasses):
// 10 core, 20 mobject, 30 geometry, 40 text, 50 graphing, 70 animation, 80 scene; pick a
// number after everything a file's classes derive from.
using BindFn = void (*)(py::module_&);
struct BindingRegistrar {
  BindingRegistrar(const char* name, int order, BindFn f);
};
// (name, order, function) in run order.
struct Binding {
  const char* name;
  int order;
  BindFn fn;
};
std::vector<Binding>& bindings();

#define MANIM_PY_BINDING(fn, order) \
  void fn(py::module_& m);          \
  static ::manim::python::BindingRegistrar manim_py_binding_##fn(#fn, order, &fn)

}  // namespace manim::python
