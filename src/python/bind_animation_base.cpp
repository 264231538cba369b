// Animation as Python sees it: Manim's constructor keywords and public methods, subclassable
// (py_animation.hpp), plus the keyword readers the other animation bindings share.
#include "python/bind_common.hpp"
#include "python/py_animation.hpp"

namespace manim::python {

namespace {

// A Python path function (start_points, end_points, alpha) -> points, as numpy arrays.
PathFunc python_path_func(py::function f) {
  return [f](const std::vector<Vec3>& a, const std::vector<Vec3>& b, double alpha) {
    py::gil_scoped_acquire gil;
    auto to_array = [](const std::vector<Vec3>& pts) {
      py::array_t<double> arr({static_cast<py::ssize_t>(pts.size()), py::ssize_t(3)});
      auto r = arr.mutable_unchecked<2>();
      for (std::size_t i = 0; i < pts.size(); ++i)
        for (int d = 0; d < 3; ++d)
          r(static_cast<py::ssize_t>(i), d) = pts[i][static_cast<std::size_t>(d)];
      return arr;
    };
    py::object out = f(to_array(a), to_array(b), alpha);
    auto arr = py::array_t<double, py::array::c_style | py::array::forcecast>::ensure(out);
    if (!arr || arr.ndim() != 2 || arr.shape(1) != 3 ||
        static_cast<std::size_t>(arr.shape(0)) != a.size())
      throw py::value_error("path_func must return an array of shape (" + std::to_string(a.size()) +
                            ", 3)");
    std::vector<Vec3> pts(a.size());
    auto r = arr.unchecked<2>();
    for (std::size_t i = 0; i < pts.size(); ++i)
      pts[i] = Vec3(r(static_cast<py::ssize_t>(i), 0), r(static_cast<py::ssize_t>(i), 1),
                    r(static_cast<py::ssize_t>(i), 2));
    return pts;
  };
}

// Manim's path functions as Python objects: callable like Manim's, and recognised by
// read_path_args so the C++ path runs without calling back into Python.
struct PyPathFunc {
  PathFunc f;
};

}  // namespace

PathArgs read_path_args(Kw& k) {
  PathArgs p;
  if (py::object f = k.take("path_func")) {
    if (py::isinstance<PyPathFunc>(f))
      p.path_func = f.cast<PyPathFunc&>().f;
    else if (PyCallable_Check(f.ptr()))
      p.path_func = python_path_func(py::reinterpret_borrow<py::function>(f));
    else
      throw py::type_error(k.fn() + ": argument 'path_func' must be a callable, got " +
                           type_name(f));
  }
  k.get("path_arc", p.path_arc);
  k.get("path_arc_axis", p.path_arc_axis);
  if (py::object c = k.take("path_arc_centers")) {
    p.path_arc_centers = convert<Vec3>(c, k.fn(), "path_arc_centers", Expect<Vec3>::name);
  }
  return p;
}

AnimArgs read_animation_kwargs(Kw& k) {
  AnimArgs a;
  k.get("run_time", a.run_time);
  k.get("rate_func", a.rate_func);
  k.get("lag_ratio", a.lag_ratio);
  std::string name;
  if (k.get("name", name)) a.name = name;
  k.get("remover", a.remover);
  k.get("introducer", a.introducer);
  k.get("suspend_mobject_updating", a.suspend_mobject_updating);
  k.take("use_override");
  k.take("_on_finish");
  return a;
}

namespace {

class AnimationAccess : public Animation {
 public:
  static void set_reverse(Animation& a, bool r) {
    a.*(&AnimationAccess::reverse_rate_function_) = r;
  }
  static bool reverse(const Animation& a) { return a.*(&AnimationAccess::reverse_rate_function_); }
  static void set_starting(Animation& a, Mobject m) {
    a.*(&AnimationAccess::starting_mobject_) = std::move(m);
  }
};

py::object maybe_wrap(const Mobject& m) {
  if (!m.node_ptr()) return py::none();
  return wrap(m);
}

}  // namespace

void bind_animation_base(py::module_& m) {
  py::class_<PyPathFunc>(m, "_PathFunc")
      .def("__call__",
           [](const PyPathFunc& p, std::vector<Vec3> a, std::vector<Vec3> b, double alpha) {
             std::vector<Vec3> out = p.f(a, b, alpha);
             py::array_t<double> arr({static_cast<py::ssize_t>(out.size()), py::ssize_t(3)});
             auto r = arr.mutable_unchecked<2>();
             for (std::size_t i = 0; i < out.size(); ++i)
               for (int d = 0; d < 3; ++d)
                 r(static_cast<py::ssize_t>(i), d) = out[i][static_cast<std::size_t>(d)];
             return arr;
           });
  m.def("straight_path", [](py::args) { return PyPathFunc{straight_path()}; });
  m.def(
      "path_along_arc",
      [](double arc, const Vec3& axis) { return PyPathFunc{path_along_arc(arc, axis)}; },
      py::arg("arc_angle"), py::arg("axis") = OUT);
  m.def(
      "path_along_circles",
      [](double arc, const Vec3& center, const Vec3& axis) {
        return PyPathFunc{path_along_circles(arc, center, axis)};
      },
      py::arg("arc_angle"), py::arg("circles_centers"), py::arg("axis") = OUT);
  m.def("clockwise_path", [] { return PyPathFunc{clockwise_path()}; });
  m.def("counterclockwise_path", [] { return PyPathFunc{counterclockwise_path()}; });
  m.def(
      "spiral_path",
      [](double angle, const Vec3& axis) { return PyPathFunc{spiral_path(angle, axis)}; },
      py::arg("angle"), py::arg("axis") = OUT);

  using PA = PyAnimation;
  py::class_<Animation, PA, std::shared_ptr<Animation>>(m, "Animation", py::dynamic_attr())
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Animation", args, kw, {"mobject"});
        py::object mo = k.take("mobject");
        AnimArgs a = read_animation_kwargs(k);
        bool reverse = false;
        k.get("reverse_rate_function", reverse);
        k.finish();
        Mobject mob = mo ? convert<Mobject>(mo, "Animation", "mobject", "a Mobject") : Mobject();
        auto* anim = new PA(mob, a);
        if (!a.name.empty())
          anim->set_name(a.name);
        else
          anim->set_name("Animation");
        AnimationAccess::set_reverse(*anim, reverse);
        return anim;
      }))
      .def_property(
          "mobject", [](const Animation& a) { return maybe_wrap(a.mobject()); },
          [](Animation& a, const Mobject& mob) { a.set_mobject(mob); })
      .def_property(
          "starting_mobject", [](const Animation& a) { return maybe_wrap(a.starting_mobject()); },
          [](Animation& a, const Mobject& mob) { AnimationAccess::set_starting(a, mob); })
      .def_property("run_time", &Animation::get_run_time, &Animation::set_run_time)
      .def_property(
          "rate_func", [](const Animation& a) { return a.rate_func(); },
          [](Animation& a, RateFunc f) { a.set_rate_func(std::move(f)); })
      .def_property("lag_ratio", &Animation::lag_ratio, &Animation::set_lag_ratio)
      .def_property("name", &Animation::name, &Animation::set_name)
      .def_property("remover", &Animation::is_remover, &Animation::set_remover)
      .def_property("introducer", &Animation::is_introducer, &Animation::set_introducer)
      .def_property("suspend_mobject_updating", &Animation::suspends_mobject_updating,
                    &Animation::set_suspend_mobject_updating)
      .def_property("reverse_rate_function", &AnimationAccess::reverse,
                    &AnimationAccess::set_reverse)
      .def("begin", &Animation::begin)
      .def("finish", &Animation::finish)
      .def("_setup_scene",
           [](Animation& a, py::object scene) {
             // Anything but a Scene (a test's mock) is accepted and ignored, as Manim only
             // stores it.
             if (py::isinstance<Scene>(scene)) a.setup_scene(scene.cast<Scene&>());
           })
      .def("clean_up_from_scene", &Animation::clean_up_from_scene)
      .def("create_starting_mobject",
           [](Animation& a) { return wrap(a.create_starting_mobject()); })
      .def("get_all_mobjects",
           [](const Animation& a) {
             py::list out;
             for (const Mobject& mob : a.get_all_mobjects()) out.append(maybe_wrap(mob));
             return out;
           })
      .def("get_all_families_zipped",
           [](const Animation& a) {
             std::vector<std::vector<Mobject>> fams;
             std::size_t n = SIZE_MAX;
             for (const Mobject& mob : a.get_all_mobjects()) {
               if (!mob.node_ptr()) continue;
               fams.push_back(mob.family_members_with_points());
               n = std::min(n, fams.back().size());
             }
             py::list out;
             if (fams.empty()) return out;
             for (std::size_t i = 0; i < n; ++i) {
               py::list row;
               for (auto& f : fams) row.append(wrap(f[i]));
               out.append(py::tuple(row));
             }
             return out;
           })
      .def("get_all_mobjects_to_update",
           [](const Animation& a) {
             py::list out;
             for (const Mobject& mob : a.get_all_mobjects())
               if (mob.node_ptr() && mob != a.mobject()) out.append(wrap(mob));
             return out;
           })
      .def("update_mobjects", &Animation::update_mobjects, py::arg("dt"))
      .def("interpolate", &Animation::interpolate, py::arg("alpha"))
      .def(
          "interpolate_mobject", [](Animation& a, double alpha) { a.interpolate(alpha); },
          py::arg("alpha"))
      .def("interpolate_submobject",
           [](Animation& a, py::args args) {
             if (args.size() < 2)
               throw py::type_error(
                   "interpolate_submobject(submobject, starting_submobject, ..., alpha)");
             std::vector<Mobject> members;
             for (std::size_t i = 0; i + 1 < args.size(); ++i)
               members.push_back(
                   convert<Mobject>(args[i], "interpolate_submobject", "submobject", "a Mobject"));
             a.interpolate_submobject(members, args[args.size() - 1].cast<double>());
           })
      .def("get_sub_alpha", &Animation::get_sub_alpha, py::arg("alpha"), py::arg("index"),
           py::arg("num_submobjects"))
      .def("set_run_time",
           [](py::object self, double t) {
             self.cast<Animation&>().set_run_time(t);
             return self;
           })
      .def("get_run_time", &Animation::get_run_time)
      .def("set_rate_func",
           [](py::object self, RateFunc f) {
             self.cast<Animation&>().set_rate_func(std::move(f));
             return self;
           })
      .def("get_rate_func", [](const Animation& a) { return a.rate_func(); })
      .def("set_name",
           [](py::object self, std::string n) {
             self.cast<Animation&>().set_name(std::move(n));
             return self;
           })
      .def("is_remover", &Animation::is_remover)
      .def("is_introducer", &Animation::is_introducer)
      .def("__str__", [](const Animation& a) { return a.name(); })
      .def("__repr__", [](const Animation& a) { return a.name(); });
}

}  // namespace manim::python
