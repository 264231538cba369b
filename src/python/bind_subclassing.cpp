// What Python subclasses of the bound classes need: Animation's constructor and overridable
// lifecycle (PyAnimation), and a test whether an instance's C++ object has been constructed,
// so a subclass whose __init__ does not call super().__init__(...) still gets one
// (manim/_subclass.py).
#include "python/py_animation.hpp"

namespace manim::python {

namespace {

// The script's override of `name`, or nullptr when only the bound method exists.
py::function override_of(const PyAnimation* self, const char* name) {
  return py::get_override(static_cast<const Animation*>(self), name);
}

}  // namespace

void PyAnimation::begin() {
  py::gil_scoped_acquire gil;
  if (py::function f = override_of(this, "begin")) {
    f();
    return;
  }
  Animation::begin();
}

void PyAnimation::finish() {
  py::gil_scoped_acquire gil;
  if (py::function f = override_of(this, "finish")) {
    f();
    return;
  }
  Animation::finish();
}

bool PyAnimation::call_interpolate_mobject(double alpha) {
  py::gil_scoped_acquire gil;
  if (py::function f = override_of(this, "interpolate_mobject")) {
    f(alpha);
    return true;
  }
  return false;
}

void PyAnimation::interpolate(double alpha) {
  py::gil_scoped_acquire gil;
  // Manim's interpolate(alpha) calls interpolate_mobject(alpha); a script overrides either.
  if (py::function f = override_of(this, "interpolate")) {
    f(alpha);
    return;
  }
  if (call_interpolate_mobject(alpha)) return;
  Animation::interpolate(alpha);
}

PyAnimation::~PyAnimation() {
  if (self_ref && Py_IsInitialized()) {
    py::gil_scoped_acquire gil;
    self_ref = py::object();
  }
}

void PyAnimation::clean_up_from_scene(Scene& scene) {
  py::gil_scoped_acquire gil;
  // The scene's play() still holds this animation, so dropping the Python object is safe.
  py::object keep = std::move(self_ref);
  if (py::function f = override_of(this, "clean_up_from_scene")) {
    f(py::cast(&scene, py::return_value_policy::reference));
    return;
  }
  Animation::clean_up_from_scene(scene);
}

void PyAnimation::setup_scene(Scene& scene) {
  py::gil_scoped_acquire gil;
  if (py::function f = override_of(this, "_setup_scene")) {
    f(py::cast(&scene, py::return_value_policy::reference));
    return;
  }
  Animation::setup_scene(scene);
}

MANIM_PY_BINDING(bind_subclassing, 75);
void bind_subclassing(py::module_& m) {
  auto anim =
      py::reinterpret_borrow<py::class_<Animation, PyAnimation, std::shared_ptr<Animation>>>(
          m.attr("Animation"));
  // Manim's Animation(mobject, lag_ratio=0, run_time=1, rate_func=smooth,
  // reverse_rate_function=False, name=None, remover=False, suspend_mobject_updating=True,
  // introducer=False); mobject None is an empty Mobject.
  anim.def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Animation", args, kw, {"mobject"});
    py::object mo = k.take("mobject");
    Mobject mob = mo ? convert<Mobject>(mo, "Animation", "mobject", "a Mobject") : Mobject();
    AnimArgs a;
    read_anim_args(k, a);
    k.get("name", a.name);
    bool remover = false, introducer = false, suspend = true, reverse = false;
    k.get("remover", remover);
    k.get("introducer", introducer);
    k.get("suspend_mobject_updating", suspend);
    k.get("reverse_rate_function", reverse);
    k.finish();
    auto p = std::make_shared<PyAnimation>(mob, a);
    p->set_flags(remover, introducer, suspend, reverse);
    return std::static_pointer_cast<Animation>(p);
  }));
  auto as_py = [](Animation& a) -> PyAnimation* { return dynamic_cast<PyAnimation*>(&a); };
  anim.def(
          "interpolate",
          [as_py](Animation& a, double alpha) {
            // Manim's interpolate: the script's interpolate_mobject when it has one, else
            // the engine's step (this is what a script's interpolate override's super() is).
            if (PyAnimation* p = as_py(a)) {
              if (!p->call_interpolate_mobject(alpha)) a.Animation::interpolate(alpha);
            } else {
              a.interpolate(alpha);
            }
          },
          py::arg("alpha"))
      .def(
          "interpolate_mobject",
          [as_py](Animation& a, double alpha) {
            if (as_py(a))
              a.Animation::interpolate(alpha);
            else
              a.interpolate(alpha);
          },
          py::arg("alpha"))
      .def("begin",
           [as_py](Animation& a) {
             if (as_py(a))
               a.Animation::begin();
             else
               a.begin();
           })
      .def("finish",
           [as_py](Animation& a) {
             if (as_py(a))
               a.Animation::finish();
             else
               a.finish();
           })
      .def(
          "get_sub_alpha",
          [](const Animation& a, double alpha, std::size_t index, std::size_t n) {
            return a.get_sub_alpha(alpha, index, n);
          },
          py::arg("alpha"), py::arg("index"), py::arg("num_submobjects"))
      .def_property(
          "rate_func", [](const Animation& a) { return a.rate_func(); },
          [](Animation& a, RateFunc f) { a.set_rate_func(std::move(f)); })
      .def("get_rate_func", [](const Animation& a) { return a.rate_func(); })
      .def_property_readonly("name", [](const Animation& a) { return a.name(); })
      .def_property_readonly("remover", &Animation::is_remover)
      .def("is_remover", &Animation::is_remover)
      .def_property_readonly("introducer", &Animation::is_introducer)
      .def("is_introducer", &Animation::is_introducer)
      .def_property_readonly("starting_mobject",
                             [as_py](Animation& a) -> py::object {
                               if (PyAnimation* p = as_py(a)) return wrap(p->starting_mobject());
                               return py::none();
                             })
      .def("__str__", [](const Animation& a) { return a.name(); });

  // Keeps a script's Animation subclass instance alive until it has been played.
  m.def("_retain_animation", [](py::object obj) {
    if (!py::isinstance<Animation>(obj)) return;
    if (auto* p = dynamic_cast<PyAnimation*>(&obj.cast<Animation&>())) p->self_ref = obj;
  });

  // Whether every C++ part of `obj` has been constructed (its bound __init__ has run).
  m.def("_is_constructed", [](py::handle obj) {
    if (py::detail::all_type_info(Py_TYPE(obj.ptr())).empty()) return true;
    auto* inst = reinterpret_cast<py::detail::instance*>(obj.ptr());
    for (auto v_h : py::detail::values_and_holders(inst))
      if (!v_h.holder_constructed()) return false;
    return true;
  });
}

}  // namespace manim::python
