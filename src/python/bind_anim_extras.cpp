// SmoothedVectorizedHomotopy, TransformAnimations and VMobject.make_smooth / make_jagged, with
// Manim's names and keywords.
#include "manim/animation/smoothed_homotopy.hpp"
#include "manim/animation/transform_animations.hpp"
#include "manim/mobject/anchor_mode.hpp"
#include "python/bind_common.hpp"
#include "python/py_animation.hpp"

namespace manim::python {

MANIM_PY_BINDING(bind_anim_extras, 76);
void bind_anim_extras(py::module_& m) {
  auto vm = py::reinterpret_borrow<py::class_<VMobject>>(py::type::of<VMobject>());
  vm.def("make_smooth", [](py::object self) {
    Mobject mob = self.cast<Mobject>();
    make_smooth(mob);
    return self;
  });
  vm.def("make_jagged", [](py::object self) {
    Mobject mob = self.cast<Mobject>();
    make_jagged(mob);
    return self;
  });

  py::class_<SmoothedVectorizedHomotopy, Homotopy, std::shared_ptr<SmoothedVectorizedHomotopy>>(
      m, "SmoothedVectorizedHomotopy")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("SmoothedVectorizedHomotopy", args, kw, {"homotopy", "mobject", "run_time"});
        py::object f = k.take("homotopy");
        py::object mo = k.take("mobject");
        if (!f || !mo)
          throw py::type_error("SmoothedVectorizedHomotopy() needs homotopy and mobject");
        if (!PyCallable_Check(f.ptr()))
          throw py::type_error(
              "SmoothedVectorizedHomotopy: homotopy must be a function "
              "(x, y, z, t) -> point");
        Mobject mob = convert<Mobject>(mo, k.fn(), "mobject", "a VMobject");
        k.take("apply_function_kwargs");
        AnimArgs a = read_animation_kwargs(k);
        k.finish();
        py::function fn = f;
        return std::make_shared<SmoothedVectorizedHomotopy>(
            [fn](double x, double y, double z, double t) {
              py::gil_scoped_acquire gil;
              return convert<Vec3>(fn(x, y, z, t), "SmoothedVectorizedHomotopy",
                                   "homotopy's return value", "a point (3 numbers)");
            },
            mob, a);
      }));

  py::class_<TransformAnimations, Transform, std::shared_ptr<TransformAnimations>>(
      m, "TransformAnimations")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("TransformAnimations", args, kw, {"start_anim", "end_anim"});
        py::object s = k.take("start_anim"), e = k.take("end_anim");
        if (!s || !e) throw py::type_error("TransformAnimations() needs start_anim and end_anim");
        Anim sa = to_anim(s, "TransformAnimations", 0);
        Anim ea = to_anim(e, "TransformAnimations", 1);
        AnimArgs a = read_animation_kwargs(k);
        PathArgs p = read_path_args(k);
        k.finish();
        return std::make_shared<TransformAnimations>(sa, ea, a, p);
      }))
      .def_property_readonly("start_anim",
                             [](const TransformAnimations& t) { return t.start_anim().ptr(); })
      .def_property_readonly("end_anim",
                             [](const TransformAnimations& t) { return t.end_anim().ptr(); });
}

}  // namespace manim::python
