// `tip_shape=` arguments: one of Manim's ArrowTip classes (by class, or a subclass of one).
#pragma once
#include <string>

#include "python/bind_common.hpp"

namespace manim::python {

inline TipShape tip_shape_of(py::handle cls, const std::string& fn, const char* arg) {
  static const std::pair<const char*, TipShape> names[] = {
      {"ArrowTriangleFilledTip", TipShape::TriangleFilled},
      {"ArrowTriangleTip", TipShape::Triangle},
      {"ArrowCircleFilledTip", TipShape::CircleFilled},
      {"ArrowCircleTip", TipShape::Circle},
      {"ArrowSquareFilledTip", TipShape::SquareFilled},
      {"ArrowSquareTip", TipShape::Square},
      {"StealthTip", TipShape::Stealth}};
  if (PyType_Check(cls.ptr())) {
    // The class itself or the nearest of Manim's tip classes among its bases.
    py::tuple mro = cls.attr("__mro__");
    for (auto c : mro) {
      const std::string name = py::str(c.attr("__name__"));
      for (const auto& [n, s] : names)
        if (name == n) return s;
    }
  }
  throw py::type_error(fn + ": argument '" + arg +
                       "' must be an ArrowTip class (ArrowTriangleFilledTip, ArrowTriangleTip, "
                       "ArrowCircleFilledTip, ArrowCircleTip, ArrowSquareFilledTip, "
                       "ArrowSquareTip, StealthTip), got " +
                       py::repr(cls).cast<std::string>());
}

// Reads keyword `name` as a tip shape when given.
inline bool get_tip_shape(Kw& k, const char* name, TipShape& out) {
  py::object o = k.take(name);
  if (!o) return false;
  out = tip_shape_of(o, k.fn(), name);
  return true;
}

}  // namespace manim::python
