// What Python subclasses of the bound classes need beyond Animation's trampoline
// (py_animation.hpp, bound in bind_animation_base.cpp): a test whether an instance's C++ object
// has been constructed, so a subclass whose __init__ does not call super().__init__(...) still
// gets one (manim/_subclass.py).
#include "python/py_animation.hpp"

namespace manim::python {

MANIM_PY_BINDING(bind_subclassing, 75);
void bind_subclassing(py::module_& m) {
  // Keeps a script's Animation (or Transform) subclass instance alive until it has been
  // played.
  m.def("_retain_animation", [](py::object obj) {
    if (!py::isinstance<Animation>(obj)) return;
    Animation& a = obj.cast<Animation&>();
    if (auto* p = dynamic_cast<PyAnimation*>(&a))
      p->self_ref = obj;
    else if (auto* t = dynamic_cast<PyTransform*>(&a))
      t->self_ref = obj;
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
