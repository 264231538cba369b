#include "python/py_attributes.hpp"

namespace manim::python {

PyAttributes::~PyAttributes() {
  if (!Py_IsInitialized()) return;
  py::gil_scoped_acquire gil;
  Py_DECREF(dict);
  Py_XDECREF(type);
  Py_XDECREF(weak);
}

namespace {

// An attribute value in the copy: mobjects of the copied tree become their copies, also inside
// lists, tuples and dicts (`self.elements[i][j]`); anything else is shared.
py::object follow_copy(py::handle v, const detail::NodeAttachment::CopyMap& copied) {
  if (py::isinstance<Mobject>(v)) {
    if (auto n = copied(v.cast<const Mobject&>().node_ptr().get())) return wrap(Mobject(n));
    return py::reinterpret_borrow<py::object>(v);
  }
  if (PyList_CheckExact(v.ptr()) || PyTuple_CheckExact(v.ptr())) {
    py::list out;
    for (auto x : v) out.append(follow_copy(x, copied));
    if (PyTuple_CheckExact(v.ptr())) return py::tuple(out);
    return out;
  }
  if (PyDict_CheckExact(v.ptr())) {
    py::dict out;
    for (auto [k, x] : py::reinterpret_borrow<py::dict>(v)) out[k] = follow_copy(x, copied);
    return out;
  }
  return py::reinterpret_borrow<py::object>(v);
}

}  // namespace

std::shared_ptr<detail::NodeAttachment> PyAttributes::clone(const CopyMap& copied) const {
  // A copy is a new object: same class and attributes, no Python object yet (nothing to carry
  // when the script never set one: the node was only adopted for identity).
  py::gil_scoped_acquire gil;
  if (!type && PyDict_Size(dict) == 0) return nullptr;
  py::dict d;
  for (auto [k, v] : py::reinterpret_borrow<py::dict>(dict)) d[k] = follow_copy(v, copied);
  auto c = std::make_shared<PyAttributes>(d.release().ptr());
  Py_XINCREF(type);
  c->type = type;
  return c;
}

PyAttributes* py_attributes(const Mobject& m, bool create) {
  auto& slot = m.node_ptr()->attachment;
  if (auto* a = dynamic_cast<PyAttributes*>(slot.get())) return a;
  if (!create) return nullptr;
  auto a = std::make_shared<PyAttributes>(PyDict_New());
  slot = a;
  return a.get();
}

namespace {

bool is_python_subclass(PyTypeObject* t) {
  // Bound classes live in the extension module; a script's classes elsewhere.
  py::object mod =
      py::reinterpret_borrow<py::object>(reinterpret_cast<PyObject*>(t)).attr("__module__");
  return mod.cast<std::string>() != "manimcpp";
}

void remember(PyAttributes& a, py::handle obj) {
  PyObject* w = PyWeakref_NewRef(obj.ptr(), nullptr);
  if (!w) {
    PyErr_Clear();
    return;
  }
  Py_XDECREF(a.weak);
  a.weak = w;
}

}  // namespace

void adopt(py::handle self) {
  PyAttributes* a = py_attributes(self.cast<const Mobject&>(), true);
  PyTypeObject* t = Py_TYPE(self.ptr());
  if (is_python_subclass(t) && a->type != reinterpret_cast<PyObject*>(t)) {
    Py_XDECREF(a->type);
    Py_INCREF(t);
    a->type = reinterpret_cast<PyObject*>(t);
  }
  remember(*a, self);
}

py::object adopted_object(const Mobject& m, py::object base) {
  PyAttributes* a = py_attributes(m, false);
  if (!a) return base;
  if (a->weak) {
    PyObject* live = PyWeakref_GetObject(a->weak);
    if (live && live != Py_None) return py::reinterpret_borrow<py::object>(live);
  }
  if (a->type) {
    // A new instance of the script's class around the same engine object, without running the
    // script's __init__ (as unpickling does): the bound class's __init__(_NodeRef).
    py::handle cls(a->type);
    py::object obj = cls.attr("__new__")(cls);
    py::type::of(base).attr("__init__")(obj, NodeRef{m});
    remember(*a, obj);
    return obj;
  }
  remember(*a, base);
  return base;
}

}  // namespace manim::python
