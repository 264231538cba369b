// The Python side of an engine object, kept on its C++ node (a NodeAttachment): the attributes
// a script sets (`full_matrix.elements = ...`), the Python subclass it was made as
// (`class Labeled(VGroup)`) and a weak reference to its live Python object. So a mobject that
// comes back out of a group (`group[0]`) is the same Python object, or one of the same class
// with the same attributes, as Python's own object model would give.
#pragma once
#include "python/bind_common.hpp"

namespace manim::python {

struct PyAttributes final : detail::NodeAttachment {
  PyObject* dict;            // owned: the script's attributes
  PyObject* type = nullptr;  // owned: the Python subclass, when it is one
  PyObject* weak = nullptr;  // owned: weakref to the last Python object of this node
  // The copy clone() is filling: a reference back to this node met meanwhile gets it too.
  mutable std::shared_ptr<PyAttributes> cloning;
  explicit PyAttributes(PyObject* d) : dict(d) {}
  ~PyAttributes() override;
  std::shared_ptr<detail::NodeAttachment> clone(const CopyMap& copied) const override;
};

// The node's PyAttributes; created on demand when `create`.
PyAttributes* py_attributes(const Mobject& m, bool create);

// Records `self` (a bound Mobject or an instance of a Python subclass) as its node's Python
// object: wrap() then returns it while it lives, or a new object of its class.
void adopt(py::handle self);

// wrap()'s first step: the node's live Python object, or a new one of its recorded Python
// class built from `base` (the bound class's object); `base` itself otherwise.
py::object adopted_object(const Mobject& m, py::object base);

}  // namespace manim::python
