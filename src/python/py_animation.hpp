// Python subclasses of Animation (and Transform): the C++ lifecycle calls the script's
// overrides of begin, finish, interpolate / interpolate_mobject, interpolate_submobject,
// update_mobjects, clean_up_from_scene, create_starting_mobject, get_all_mobjects and
// _setup_scene; a method the script does not override costs no Python call per frame beyond
// the override lookup.
#pragma once
#include "python/bind_common.hpp"

namespace manim::python {

template <class Base>
class PyAnimationT : public Base {
 public:
  using Base::Base;
  // A copy is a new animation: it does not hold the original's Python object.
  PyAnimationT(const PyAnimationT& other) : Base(other) {}
  ~PyAnimationT() override {
    if (self_ref && Py_IsInitialized()) {
      py::gil_scoped_acquire gil;
      self_ref = py::object();
    }
  }

  // The script's Python object, held from its construction until the animation has been
  // played (clean_up_from_scene): an animation kept only inside a group (AnimationGroup,
  // LaggedStart) still reaches its overrides (manim/_subclass.py sets it).
  py::object self_ref;

  void begin() override { PYBIND11_OVERRIDE(void, Base, begin, ); }
  void finish() override { PYBIND11_OVERRIDE(void, Base, finish, ); }
  void update_mobjects(double dt) override { PYBIND11_OVERRIDE(void, Base, update_mobjects, dt); }
  void setup_scene(Scene& scene) override {
    {
      py::gil_scoped_acquire gil;
      if (py::function f = py::get_override(static_cast<const Base*>(this), "_setup_scene")) {
        f(py::cast(&scene, py::return_value_policy::reference));
        return;
      }
    }
    Base::setup_scene(scene);
  }
  void clean_up_from_scene(Scene& scene) override {
    {
      py::gil_scoped_acquire gil;
      // The scene's play() still holds this animation, so dropping the Python object is safe.
      py::object keep = std::move(self_ref);
      if (py::function f =
              py::get_override(static_cast<const Base*>(this), "clean_up_from_scene")) {
        f(py::cast(&scene, py::return_value_policy::reference));
        return;
      }
    }
    Base::clean_up_from_scene(scene);
  }
  // Manim: interpolate(alpha) calls interpolate_mobject(alpha); either may be overridden.
  void interpolate(double alpha) override {
    {
      py::gil_scoped_acquire gil;
      if (py::function f = py::get_override(static_cast<const Base*>(this), "interpolate")) {
        f(alpha);
        return;
      }
      if (py::function f =
              py::get_override(static_cast<const Base*>(this), "interpolate_mobject")) {
        f(alpha);
        return;
      }
    }
    Base::interpolate(alpha);
  }
  void interpolate_submobject(std::vector<Mobject>& members, double sub_alpha) override {
    {
      py::gil_scoped_acquire gil;
      if (py::function f =
              py::get_override(static_cast<const Base*>(this), "interpolate_submobject")) {
        py::list args;
        for (const Mobject& m : members) args.append(wrap(m));
        args.append(sub_alpha);
        f(*py::tuple(args));
        return;
      }
    }
    Base::interpolate_submobject(members, sub_alpha);
  }
  Mobject create_starting_mobject() override {
    {
      py::gil_scoped_acquire gil;
      if (py::function f =
              py::get_override(static_cast<const Base*>(this), "create_starting_mobject"))
        return convert<Mobject>(f(), "create_starting_mobject", "return value", "a Mobject");
    }
    return Base::create_starting_mobject();
  }
  std::vector<Mobject> get_all_mobjects() const override {
    {
      py::gil_scoped_acquire gil;
      if (py::function f = py::get_override(static_cast<const Base*>(this), "get_all_mobjects")) {
        std::vector<Mobject> out;
        for (py::handle h : f())
          if (!h.is_none())
            out.push_back(convert<Mobject>(h, "get_all_mobjects", "item", "a Mobject"));
        return out;
      }
    }
    return Base::get_all_mobjects();
  }
};

}  // namespace manim::python

namespace manim::python {

// The trampoline of Animation itself.
using PyAnimation = PyAnimationT<Animation>;

// Transform's extra hook: a script's create_target().
class PyTransform : public PyAnimationT<Transform> {
 public:
  using PyAnimationT<Transform>::PyAnimationT;
  Mobject create_target() override {
    {
      py::gil_scoped_acquire gil;
      if (py::function f = py::get_override(static_cast<const Transform*>(this), "create_target"))
        return convert<Mobject>(f(), "create_target", "return value", "a Mobject");
    }
    return Transform::create_target();
  }
  Mobject base_create_target() { return Transform::create_target(); }
};

// Transform's path keywords: path_func (a Python callable (start, end, alpha) -> points, or
// one of manim.utils.paths' functions), path_arc, path_arc_axis, path_arc_centers.
PathArgs read_path_args(Kw& k);
// Animation's keywords: run_time, rate_func, lag_ratio, name, remover, introducer,
// suspend_mobject_updating (reverse_rate_function / use_override / _on_finish are taken too).
AnimArgs read_animation_kwargs(Kw& k);
// Binds Animation itself (Manim's 20 public methods), subclassable from Python.
void bind_animation_base(py::module_& m);

}  // namespace manim::python
