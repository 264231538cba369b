// Mobject, VMobject, VGroup, Group and the `.animate` builder.
#include <functional>

#include "python/bind_common.hpp"
#include "python/py_attributes.hpp"

namespace manim::python {

namespace {

// `m.animate`, `m.animate(rate_func=...)`: any method called on the builder is called on the
// target copy with the same arguments (so every Manim keyword works), and the builder is
// returned for chaining. play() turns it into the Transform Manim's _MethodAnimation is.
struct AnimationBuilder {
  Mobject mobject;
  AnimateArgs args;
  std::shared_ptr<Animate> anim;
  py::object target;  // the target as its most-derived Python class
  bool called = false;
  // Manim's override_animate: the animation a decorated method returned (then no chaining).
  py::object source;  // the mobject's own Python object (a Python subclass keeps its methods)
  py::dict anim_kwargs;
  py::object overridden;
  bool chaining = false;

  explicit AnimationBuilder(Mobject m, AnimateArgs a = {}) : mobject(std::move(m)), args(a) {
    anim = std::make_shared<Animate>(mobject, args);
    target = wrap(anim->target());
  }
  // The overriding animation with the .animate(...) keywords set on it (Manim's build()).
  py::object built_override() const {
    // Manim sets every keyword as an attribute; ones our class cannot hold are skipped.
    for (auto item : anim_kwargs) {
      if (PyObject_SetAttr(overridden.ptr(), item.first.ptr(), item.second.ptr()) != 0)
        PyErr_Clear();
    }
    return overridden;
  }
};

About about(const std::optional<Vec3>& point, const std::optional<Vec3>& edge) {
  return About{.about_point = point, .about_edge = edge};
}

Vec3 vec(py::handle o, const char* fn, const char* arg) {
  return convert<Vec3>(o, fn, arg, Expect<Vec3>::name);
}

bool is_mobject(py::handle o) { return py::isinstance<Mobject>(o); }

// Manim's `mobject[i]` and `mobject[a:b]`.
py::object getitem(const Mobject& m, py::object key) {
  if (py::isinstance<py::slice>(key)) {
    Py_ssize_t start, stop, step, len;
    if (PySlice_Unpack(key.ptr(), &start, &stop, &step) < 0) throw py::error_already_set();
    len = PySlice_AdjustIndices(static_cast<Py_ssize_t>(m.size()), &start, &stop, step);
    std::vector<Mobject> items;
    for (Py_ssize_t i = 0; i < len; ++i) items.push_back(m[static_cast<long>(start + i * step)]);
    const bool all_v =
        std::all_of(items.begin(), items.end(), [](const Mobject& x) { return x.is_vectorized(); });
    if (all_v) return py::cast(VGroup(items));
    return py::cast(Group(items));
  }
  const long i = convert<long>(key, "Mobject.__getitem__", "index", "an integer or a slice");
  const long n = static_cast<long>(m.size());
  if (i >= n || i < -n)
    // Manim's own message (its submobjects are a list), then which object and its size.
    throw py::index_error("list index out of range: " + m.kind() + " index " + std::to_string(i) +
                          ", it has " + std::to_string(n) + " submobject" + (n == 1 ? "" : "s"));
  return wrap(m[i]);
}

std::vector<Mobject> mobject_list(const py::args& args, const char* fn) {
  std::vector<Mobject> out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (!is_mobject(args[i]))
      throw py::type_error(std::string(fn) + ": argument " + std::to_string(i + 1) +
                           " must be a Mobject, got " + type_name(args[i]));
    adopt(args[i]);  // `group[k] is m` afterwards, as in Python
    out.push_back(args[i].cast<Mobject>());
  }
  return out;
}

py::array_t<double> points_array(const std::vector<Vec3>& pts) {
  py::array_t<double> a({static_cast<py::ssize_t>(pts.size()), py::ssize_t(3)});
  auto r = a.mutable_unchecked<2>();
  for (std::size_t i = 0; i < pts.size(); ++i)
    for (int d = 0; d < 3; ++d) r(static_cast<py::ssize_t>(i), d) = pts[i][d];
  return a;
}

// A Python callable as a C++ updater; `with_dt` when it takes (mobject, dt).
Updater python_updater(py::function f) {
  int n = 1;
  try {
    n = static_cast<int>(
        py::len(py::module_::import("inspect").attr("signature")(f).attr("parameters")));
  } catch (const py::error_already_set&) {
  }
  const bool with_dt = n >= 2;
  return [f, with_dt](Mobject& m, double dt) {
    py::gil_scoped_acquire gil;
    if (with_dt)
      f(wrap(m), dt);
    else
      f(wrap(m));
  };
}

// Defines a chain method: `body(Mobject&, args...)`, returning the Python object itself.
template <class... A, class F, class... Extra>
void chain(py::class_<Mobject>& c, const char* name, F body, const Extra&... extra) {
  c.def(
      name,
      [body](py::object self, A... a) {
        Mobject& m = self.cast<Mobject&>();
        body(m, a...);
        return self;
      },
      extra...);
}

using OptV = std::optional<Vec3>;
using OptC = std::optional<Color>;
using OptD = std::optional<double>;

}  // namespace

Anim to_anim(py::handle h, const std::string& fn, std::size_t index) {
  if (py::isinstance<AnimationBuilder>(h)) {
    const AnimationBuilder& b = h.cast<AnimationBuilder&>();
    if (b.overridden) return to_anim(b.built_override(), fn, index);
    return Anim(*b.anim);
  }
  if (py::isinstance<Animation>(h)) return Anim(h.cast<std::shared_ptr<Animation>>());
  if (is_mobject(h))
    throw py::type_error(fn + ": argument " + std::to_string(index + 1) + " is a " + type_name(h) +
                         ", not an animation; did you mean " + type_name(h) + ".animate...?");
  throw py::type_error(fn + ": argument " + std::to_string(index + 1) +
                       " must be an Animation or a .animate builder, got " + type_name(h));
}

std::vector<Anim> to_anims(const py::args& args, const std::string& fn) {
  std::vector<Anim> out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    // A list or generator of animations is flattened, as Manim does.
    if (py::isinstance<py::list>(args[i]) || py::isinstance<py::tuple>(args[i])) {
      for (auto item : args[i]) out.push_back(to_anim(item, fn, i));
    } else {
      out.push_back(to_anim(args[i], fn, i));
    }
  }
  return out;
}

MANIM_PY_BINDING(bind_mobject, 20);
void bind_mobject(py::module_& m) {
  py::class_<NodeRef>(m, "_NodeRef");
  py::class_<Mobject> mob(m, "Mobject");
  add_kind<Mobject>();
  // Python attributes: class members first (methods, properties), then the node's own ones.
  mob.def("__getattr__",
          [](const Mobject& a, const std::string& name) -> py::object {
            if (PyAttributes* d = py_attributes(a, false)) {
              PyObject* v = PyDict_GetItemString(d->dict, name.c_str());
              if (v) return py::reinterpret_borrow<py::object>(v);
            }
            throw py::attribute_error("'" + a.kind() + "' object has no attribute '" + name + "'");
          })
      .def("__setattr__",
           [](py::handle self, py::str name, py::object value) {
             if (py::hasattr(py::type::of(self), name)) {
               if (PyObject_GenericSetAttr(self.ptr(), name.ptr(), value.ptr()) != 0)
                 throw py::error_already_set();
               return;
             }
             adopt(self);
             PyAttributes* d = py_attributes(self.cast<const Mobject&>(), true);
             if (PyDict_SetItem(d->dict, name.ptr(), value.ptr()) != 0)
               throw py::error_already_set();
           })
      .def("__delattr__", [](py::handle self, py::str name) {
        PyAttributes* d = py_attributes(self.cast<const Mobject&>(), false);
        if (!d || PyDict_DelItem(d->dict, name.ptr()) != 0) {
          PyErr_Clear();
          throw py::attribute_error("'" + self.cast<const Mobject&>().kind() +
                                    "' object has no attribute '" + name.cast<std::string>() + "'");
        }
      });
  mob.def(py::init<>())
      .def("__eq__", [](const Mobject& a,
                        py::handle b) { return is_mobject(b) && a == b.cast<const Mobject&>(); })
      .def("__ne__", [](const Mobject& a,
                        py::handle b) { return !(is_mobject(b) && a == b.cast<const Mobject&>()); })
      .def("__hash__",
           [](const Mobject& a) { return std::hash<const void*>()(a.node_ptr().get()); })
      // Manim's Mobject.name: the name= given, else the class's name; repr is str(name).
      .def_property(
          "name",
          [](py::handle self) -> py::object {
            if (PyAttributes* d = py_attributes(self.cast<const Mobject&>(), false))
              if (PyObject* v = PyDict_GetItemString(d->dict, "name"))
                return py::reinterpret_borrow<py::object>(v);
            return py::type::of(self).attr("__name__");
          },
          [](py::handle self, py::object value) {
            adopt(self);
            PyAttributes* d = py_attributes(self.cast<const Mobject&>(), true);
            if (PyDict_SetItemString(d->dict, "name", value.ptr()) != 0)
              throw py::error_already_set();
          })
      .def("__repr__", [](py::handle self) { return py::str(self.attr("name")); })
      .def("__len__", &Mobject::size)
      .def("__getitem__", &getitem)
      .def("__iter__", [](const Mobject& a) { return py::iter(wrap_all(a.submobjects())); })
      .def("__contains__",
           [](const Mobject& a, py::handle b) {
             if (!is_mobject(b)) return false;
             const Mobject& x = b.cast<const Mobject&>();
             for (const Mobject& s : a.submobjects())
               if (s == x) return true;
             return false;
           })
      .def_property_readonly("submobjects",
                             [](const Mobject& a) { return wrap_all(a.submobjects()); })
      .def("add",
           [](py::object self, py::args args) {
             self.cast<Mobject&>().add(mobject_list(args, "add"));
             return self;
           })
      .def("add_to_back",
           [](py::object self, py::args args) {
             self.cast<Mobject&>().add_to_back(mobject_list(args, "add_to_back"));
             return self;
           })
      .def("remove",
           [](py::object self, py::args args) {
             for (const auto& x : mobject_list(args, "remove")) self.cast<Mobject&>().remove(x);
             return self;
           })
      .def("copy", [](const Mobject& a) { return wrap(a.copy()); })
      .def("get_family", [](const Mobject& a) { return wrap_all(a.get_family()); })
      .def("family_members_with_points",
           [](const Mobject& a) { return wrap_all(a.family_members_with_points()); })
      .def("split", [](const Mobject& a) { return wrap_all(a.submobjects()); })
      // ---- points ----
      .def_property(
          "points", [](const Mobject& a) { return points_array(a.points()); },
          [](Mobject& a, std::vector<Vec3> p) { a.set_points(std::move(p)); })
      .def("get_points", [](const Mobject& a) { return points_array(a.points()); })
      .def(
          "set_points",
          [](py::object self, std::vector<Vec3> p) {
            self.cast<Mobject&>().set_points(std::move(p));
            return self;
          },
          py::arg("points"))
      .def("has_points", &Mobject::has_points)
      .def("get_num_points", &Mobject::get_num_points)
      .def(
          "apply_function",
          [](py::object self, py::function f) {
            self.cast<Mobject&>().apply_function([f](const Vec3& p) {
              return convert<Vec3>(f(p), "apply_function", "function",
                                   "a function returning a point");
            });
            return self;
          },
          py::arg("function"))
      // ---- bounds ----
      .def("get_critical_point", &Mobject::get_critical_point, py::arg("direction"))
      .def("get_center", &Mobject::get_center)
      .def("get_top", &Mobject::get_top)
      .def("get_bottom", &Mobject::get_bottom)
      .def("get_left", &Mobject::get_left)
      .def("get_right", &Mobject::get_right)
      .def("get_corner", &Mobject::get_corner, py::arg("direction"))
      .def("get_edge_center", &Mobject::get_edge_center, py::arg("direction"))
      .def("get_boundary_point", &Mobject::get_boundary_point, py::arg("direction"))
      .def("get_x", &Mobject::get_x)
      .def("get_y", &Mobject::get_y)
      .def("get_z", &Mobject::get_z)
      .def("get_start",
           [](const Mobject& a) { return a.is<Line>() ? a.as<Line>().get_start() : a.get_start(); })
      .def("get_end",
           [](const Mobject& a) { return a.is<Line>() ? a.as<Line>().get_end() : a.get_end(); })
      .def("length_over_dim", &Mobject::length_over_dim, py::arg("dim"))
      .def("get_width", &Mobject::width)
      .def("get_height", &Mobject::height)
      .def("get_depth", &Mobject::depth)
      .def_property("width", &Mobject::width, [](Mobject& a, double w) { a.scale_to_fit_width(w); })
      .def_property("height", &Mobject::height,
                    [](Mobject& a, double h) { a.scale_to_fit_height(h); })
      .def_property_readonly("depth", &Mobject::depth)
      // ---- style ----
      .def("get_color", &Mobject::get_color)
      .def("get_fill_color", &Mobject::get_fill_color)
      .def("get_fill_opacity", &Mobject::get_fill_opacity)
      .def("get_stroke_color", &Mobject::get_stroke_color)
      .def("get_stroke_width", &Mobject::get_stroke_width)
      .def("get_stroke_opacity", &Mobject::get_stroke_opacity)
      .def_property_readonly("color", &Mobject::get_color)
      .def_property("z_index", &Mobject::z_index,
                    [](Mobject& a, double z) { a.set_z_index(z, false); })
      // ---- updaters ----
      .def(
          "add_updater",
          [](py::object self, py::function f, py::object index, bool call) {
            (void)index;
            self.cast<Mobject&>().add_updater(python_updater(f), call);
            return self;
          },
          py::arg("update_function"), py::arg("index") = py::none(),
          py::arg("call_updater") = false)
      .def(
          "clear_updaters",
          [](py::object self, bool family) {
            self.cast<Mobject&>().clear_updaters(family);
            return self;
          },
          py::arg("recursive") = true)
      .def(
          "suspend_updating",
          [](py::object self, bool family) {
            self.cast<Mobject&>().suspend_updating(family);
            return self;
          },
          py::arg("recursive") = true)
      .def(
          "resume_updating",
          [](py::object self, bool family) {
            self.cast<Mobject&>().resume_updating(family);
            return self;
          },
          py::arg("recursive") = true)
      .def("has_updaters", &Mobject::has_updaters)
      .def(
          "update",
          [](py::object self, double dt) {
            self.cast<Mobject&>().update(dt);
            return self;
          },
          py::arg("dt") = 0.0)
      .def_property_readonly("animate", [](py::object self) {
        AnimationBuilder b(self.cast<const Mobject&>());
        b.source = self;
        return b;
      });

  // ---- chain methods, with Manim's keyword names ----
  mob.def("shift", [](py::object self, py::args vectors) {
    Vec3 total;
    for (std::size_t i = 0; i < vectors.size(); ++i) total += vec(vectors[i], "shift", "vectors");
    self.cast<Mobject&>().shift(total);
    return self;
  });
  chain<py::object, Vec3>(
      mob, "move_to",
      [](Mobject& m, py::object target, const Vec3& edge) {
        if (is_mobject(target))
          m.move_to(target.cast<Mobject>(), edge);
        else
          m.move_to(vec(target, "move_to", "point_or_mobject"), edge);
      },
      py::arg("point_or_mobject"), py::arg("aligned_edge") = ORIGIN);
  chain<double, OptV, OptV>(
      mob, "scale",
      [](Mobject& m, double f, const OptV& p, const OptV& e) {
        if (m.is<Arrow>())
          m.as<Arrow>().scale(f, about(p, e));
        else
          m.scale(f, about(p, e));
      },
      py::arg("scale_factor"), py::arg("about_point") = py::none(),
      py::arg("about_edge") = py::none());
  chain<double, Vec3, OptV, OptV>(
      mob, "rotate",
      [](Mobject& m, double a, const Vec3& axis, const OptV& p, const OptV& e) {
        m.rotate(a, axis, about(p, e));
      },
      py::arg("angle"), py::arg("axis") = OUT, py::arg("about_point") = py::none(),
      py::arg("about_edge") = py::none());
  chain<Vec3, OptV, OptV>(
      mob, "flip",
      [](Mobject& m, const Vec3& axis, const OptV& p, const OptV& e) { m.flip(axis, about(p, e)); },
      py::arg("axis") = UP, py::arg("about_point") = py::none(),
      py::arg("about_edge") = py::none());
  chain<double, int, OptV, OptV>(
      mob, "stretch",
      [](Mobject& m, double f, int dim, const OptV& p, const OptV& e) {
        m.stretch(f, dim, about(p, e));
      },
      py::arg("factor"), py::arg("dim"), py::arg("about_point") = py::none(),
      py::arg("about_edge") = py::none());
  using SizeFn = Mobject& (Mobject::*)(double, const About&);
  const std::pair<const char*, SizeFn> sizes[] = {
      {"stretch_to_fit_width", &Mobject::stretch_to_fit_width},
      {"stretch_to_fit_height", &Mobject::stretch_to_fit_height},
      {"scale_to_fit_width", &Mobject::scale_to_fit_width},
      {"scale_to_fit_height", &Mobject::scale_to_fit_height}};
  for (const auto& [name, fn] : sizes) {
    const bool width = std::string(name).ends_with("width");
    chain<double, OptV, OptV>(
        mob, name,
        [fn](Mobject& m, double v, const OptV& p, const OptV& e) { (m.*fn)(v, about(p, e)); },
        py::arg(width ? "width" : "height"), py::arg("about_point") = py::none(),
        py::arg("about_edge") = py::none());
  }
  chain<double, bool>(
      mob, "set_width", [](Mobject& m, double w, bool s) { m.set_width(w, s); }, py::arg("width"),
      py::arg("stretch") = false);
  chain<double, bool>(
      mob, "set_height", [](Mobject& m, double h, bool s) { m.set_height(h, s); },
      py::arg("height"), py::arg("stretch") = false);
  chain<double>(
      mob, "set_x", [](Mobject& m, double x) { m.set_x(x); }, py::arg("x"));
  chain<double>(
      mob, "set_y", [](Mobject& m, double y) { m.set_y(y); }, py::arg("y"));
  chain<>(mob, "center", [](Mobject& m) { m.center(); });
  chain<py::object, Vec3, double, Vec3>(
      mob, "next_to",
      [](Mobject& m, py::object target, const Vec3& d, double buff, const Vec3& edge) {
        if (is_mobject(target))
          m.next_to(target.cast<Mobject>(), d, buff, edge);
        else
          m.next_to(vec(target, "next_to", "mobject_or_point"), d, buff, edge);
      },
      py::arg("mobject_or_point"), py::arg("direction") = RIGHT,
      py::arg("buff") = DEFAULT_MOBJECT_TO_MOBJECT_BUFFER, py::arg("aligned_edge") = ORIGIN);
  chain<Vec3, double>(
      mob, "to_edge", [](Mobject& m, const Vec3& e, double b) { m.to_edge(e, b); },
      py::arg("edge") = LEFT, py::arg("buff") = DEFAULT_MOBJECT_TO_EDGE_BUFFER);
  chain<Vec3, double>(
      mob, "to_corner", [](Mobject& m, const Vec3& c, double b) { m.to_corner(c, b); },
      py::arg("corner") = DL, py::arg("buff") = DEFAULT_MOBJECT_TO_EDGE_BUFFER);
  chain<py::object, Vec3>(
      mob, "align_to",
      [](Mobject& m, py::object target, const Vec3& d) {
        if (is_mobject(target))
          m.align_to(target.cast<Mobject>(), d);
        else
          m.align_to(vec(target, "align_to", "mobject_or_point"), d);
      },
      py::arg("mobject_or_point"), py::arg("direction") = ORIGIN);
  chain<Vec3, double, bool, Vec3>(
      mob, "arrange",
      [](Mobject& m, const Vec3& d, double buff, bool center, const Vec3& edge) {
        m.arrange(d, buff, edge, center);
      },
      py::arg("direction") = RIGHT, py::arg("buff") = DEFAULT_MOBJECT_TO_MOBJECT_BUFFER,
      py::arg("center") = true, py::arg("aligned_edge") = ORIGIN);
  chain<Color, bool>(
      mob, "set_color", [](Mobject& m, const Color& c, bool f) { m.set_color(c, f); },
      py::arg("color") = YELLOW_C, py::arg("family") = true);
  chain<OptC, OptD, bool>(
      mob, "set_fill",
      [](Mobject& m, const OptC& c, const OptD& o, bool f) { m.set_fill(c, o, f); },
      py::arg("color") = py::none(), py::arg("opacity") = py::none(), py::arg("family") = true);
  chain<OptC, OptD, OptD, bool, bool>(
      mob, "set_stroke",
      [](Mobject& m, const OptC& c, const OptD& w, const OptD& o, bool bg, bool f) {
        m.set_stroke(c, w, o, bg, f);
      },
      py::arg("color") = py::none(), py::arg("width") = py::none(), py::arg("opacity") = py::none(),
      py::arg("background") = false, py::arg("family") = true);
  chain<double, bool>(
      mob, "set_opacity", [](Mobject& m, double o, bool f) { m.set_opacity(o, f); },
      py::arg("opacity"), py::arg("family") = true);
  chain<double, bool>(
      mob, "set_fill_opacity", [](Mobject& m, double o, bool f) { m.set_fill_opacity(o, f); },
      py::arg("opacity"), py::arg("family") = true);
  chain<double, bool>(
      mob, "set_stroke_opacity", [](Mobject& m, double o, bool f) { m.set_stroke_opacity(o, f); },
      py::arg("opacity"), py::arg("family") = true);
  chain<Color, bool>(
      mob, "set_fill_color",
      [](Mobject& m, const Color& c, bool f) { m.set_fill(c, std::nullopt, f); }, py::arg("color"),
      py::arg("family") = true);
  chain<Color, bool>(
      mob, "set_stroke_color",
      [](Mobject& m, const Color& c, bool f) {
        m.set_stroke(c, std::nullopt, std::nullopt, false, f);
      },
      py::arg("color"), py::arg("family") = true);
  chain<double, bool>(
      mob, "set_stroke_width",
      [](Mobject& m, double w, bool f) { m.set_stroke(std::nullopt, w, std::nullopt, false, f); },
      py::arg("width"), py::arg("family") = true);
  chain<double, bool>(
      mob, "fade", [](Mobject& m, double d, bool f) { m.fade(d, f); }, py::arg("darkness") = 0.5,
      py::arg("family") = true);
  chain<double, bool>(
      mob, "set_z_index", [](Mobject& m, double z, bool f) { m.set_z_index(z, f); },
      py::arg("z_index_value"), py::arg("family") = true);
  chain<Mobject>(
      mob, "match_width", [](Mobject& m, const Mobject& o) { m.match_width(o); },
      py::arg("mobject"));
  chain<Mobject>(
      mob, "match_height", [](Mobject& m, const Mobject& o) { m.match_height(o); },
      py::arg("mobject"));
  chain<Mobject>(
      mob, "match_style", [](Mobject& m, const Mobject& o) { m.match_style(o); },
      py::arg("vmobject"));
  chain<Mobject>(
      mob, "become", [](Mobject& m, const Mobject& o) { m.become(o); }, py::arg("mobject"));

  // ---- the .animate builder ----
  py::class_<AnimationBuilder>(m, "_AnimationBuilder")
      .def("__call__",
           [](AnimationBuilder& b, py::args args, py::kwargs kw) {
             // Manim: arguments first, and only once.
             if (b.called)
               throw py::value_error(
                   "Animation arguments must be passed before accessing methods and can only "
                   "be passed once");
             Kw k("animate", args, kw);
             AnimateArgs a;
             read_anim_args(k, a);
             k.finish();
             AnimationBuilder nb(b.mobject, a);
             nb.called = true;
             nb.source = b.source;
             nb.anim_kwargs = py::dict(kw);
             return nb;
           })
      .def("build",
           [](AnimationBuilder& b) {
             if (b.overridden) return b.built_override();
             // Manim's _MethodAnimation is a MoveToTarget: the mobject's target is the copy.
             b.mobject.set_target(b.anim->target());
             return py::cast(b.anim->build());
           })
      .def("__getattr__",
           [](py::object self, const std::string& name) -> py::object {
             AnimationBuilder& b = self.cast<AnimationBuilder&>();
             if (name.starts_with("__")) throw py::attribute_error(name);
             b.called = true;
             py::object method = b.target.attr(name.c_str());
             if (!PyCallable_Check(method.ptr()))
               throw py::attribute_error("animate: '" + name + "' is not a method of " +
                                         type_name(b.target));
             const bool has_override = py::hasattr(method, "_override_animate");
             if ((b.chaining && has_override) || b.overridden) {
               PyErr_SetString(PyExc_NotImplementedError,
                               "Method chaining is currently not supported for overridden "
                               "animations");
               throw py::error_already_set();
             }
             b.chaining = true;
             return py::cpp_function([self, method, has_override](py::args a, py::kwargs k) {
               AnimationBuilder& b = self.cast<AnimationBuilder&>();
               if (has_override) {
                 py::object src = b.source ? b.source : wrap(b.mobject);
                 py::dict kw(k);
                 kw["anim_args"] = b.anim_kwargs;
                 b.overridden = method.attr("_override_animate")(src, *a, **kw);
               } else {
                 method(*a, **k);
               }
               return self;
             });
           })
      .def_property_readonly("mobject", [](const AnimationBuilder& b) { return wrap(b.mobject); })
      .def_property_readonly("target", [](const AnimationBuilder& b) { return b.target; });

  // ---- VMobject / VGroup / Group ----
  py::class_<VMobject, Mobject> vm(m, "VMobject");
  add_kind<VMobject>();
  vm.def(py::init([](py::args args, py::kwargs kw) {
      Kw k("VMobject", args, kw);
      StyleArgs s;
      read_style(k, s);
      k.finish();
      return VMobject(s);
    }))
      .def(
          "set_points_as_corners",
          [](py::object self, std::vector<Vec3> pts) {
            self.cast<VMobject&>().set_points_as_corners(pts);
            return self;
          },
          py::arg("points"))
      .def(
          "set_points_smoothly",
          [](py::object self, std::vector<Vec3> pts) {
            self.cast<VMobject&>().set_points_smoothly(pts);
            return self;
          },
          py::arg("points"))
      .def(
          "add_points_as_corners",
          [](py::object self, std::vector<Vec3> pts) {
            self.cast<VMobject&>().add_points_as_corners(pts);
            return self;
          },
          py::arg("points"))
      .def(
          "start_new_path",
          [](py::object self, const Vec3& p) {
            self.cast<VMobject&>().start_new_path(p);
            return self;
          },
          py::arg("point"))
      .def(
          "add_line_to",
          [](py::object self, const Vec3& p) {
            self.cast<VMobject&>().add_line_to(p);
            return self;
          },
          py::arg("point"))
      .def(
          "add_cubic_bezier_curve",
          [](py::object self, const Vec3& a0, const Vec3& h0, const Vec3& h1, const Vec3& a1) {
            self.cast<VMobject&>().add_cubic_bezier_curve(a0, h0, h1, a1);
            return self;
          },
          py::arg("anchor1"), py::arg("handle1"), py::arg("handle2"), py::arg("anchor2"))
      .def(
          "add_cubic_bezier_curve_to",
          [](py::object self, const Vec3& h0, const Vec3& h1, const Vec3& a1) {
            self.cast<VMobject&>().add_cubic_bezier_curve_to(h0, h1, a1);
            return self;
          },
          py::arg("handle1"), py::arg("handle2"), py::arg("anchor"))
      .def("close_path",
           [](py::object self) {
             self.cast<VMobject&>().close_path();
             return self;
           })
      .def(
          "append_vectorized_mobject",
          [](py::object self, const VMobject& o) {
            self.cast<VMobject&>().append_vectorized_mobject(o);
            return self;
          },
          py::arg("vectorized_mobject"))
      .def(
          "insert_n_curves",
          [](py::object self, int n) {
            self.cast<VMobject&>().insert_n_curves(n);
            return self;
          },
          py::arg("n"))
      .def(
          "pointwise_become_partial",
          [](py::object self, const VMobject& o, double a, double b) {
            self.cast<VMobject&>().pointwise_become_partial(o, a, b);
            return self;
          },
          py::arg("vmobject"), py::arg("a"), py::arg("b"))
      .def("get_num_curves", &VMobject::get_num_curves)
      .def("get_anchors", [](const VMobject& v) { return points_array(v.get_anchors()); })
      .def("is_closed", &VMobject::is_closed)
      .def("point_from_proportion", &VMobject::point_from_proportion, py::arg("alpha"))
      .def("get_arc_length", &VMobject::get_arc_length, py::arg("sample_points_per_curve") = 16);

  py::class_<VGroup, VMobject>(m, "VGroup").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("VGroup", py::args(), kw);
    StyleArgs s;
    read_style(k, s);
    k.finish();
    std::vector<Mobject> items;
    for (std::size_t i = 0; i < args.size(); ++i) {
      // Manim accepts VMobjects and iterables of them.
      if (py::isinstance<VMobject>(args[i])) {
        adopt(args[i]);
        items.push_back(args[i].cast<Mobject>());
      } else if (!is_mobject(args[i]) && py::hasattr(args[i], "__iter__") &&
                 !py::isinstance<py::str>(args[i])) {
        for (auto x : args[i]) {
          if (!py::isinstance<VMobject>(x))
            throw py::type_error("VGroup: only VMobjects can be added, got " + type_name(x));
          adopt(x);
          items.push_back(x.cast<Mobject>());
        }
      } else {
        throw py::type_error("VGroup: argument " + std::to_string(i + 1) +
                             " must be a VMobject, got " + type_name(args[i]) +
                             " (use Group for other mobjects)");
      }
    }
    VGroup g(items);
    if (s.color || s.fill_color || s.stroke_color || s.fill_opacity || s.stroke_width ||
        s.stroke_opacity) {
      if (s.color) g.set_color(*s.color);
      if (s.fill_color || s.fill_opacity) g.set_fill(s.fill_color, s.fill_opacity);
      if (s.stroke_color || s.stroke_width || s.stroke_opacity)
        g.set_stroke(s.stroke_color, s.stroke_width, s.stroke_opacity);
    }
    if (s.shade_in_3d) g.node().shade_in_3d = *s.shade_in_3d;  // the group itself, as Manim
    return g;
  }));
  add_kind<VGroup>();
  py::class_<Group, Mobject>(m, "Group").def(py::init([](py::args args) {
    std::vector<Mobject> items;
    for (std::size_t i = 0; i < args.size(); ++i) {
      if (is_mobject(args[i])) {
        adopt(args[i]);
        items.push_back(args[i].cast<Mobject>());
      } else if (py::hasattr(args[i], "__iter__") && !py::isinstance<py::str>(args[i])) {
        for (auto x : args[i]) {
          items.push_back(convert<Mobject>(x, "Group", "mobjects", "a Mobject"));
          adopt(x);
        }
      } else {
        throw py::type_error("Group: argument " + std::to_string(i + 1) +
                             " must be a Mobject, got " + type_name(args[i]));
      }
    }
    return Group(items);
  }));
  add_kind<Group>();
}

}  // namespace manim::python
