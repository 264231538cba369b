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

bool is_empty(const PyAttributes& a) { return !a.type && PyDict_Size(a.dict) == 0; }

py::object follow_copy(py::handle v, const detail::NodeAttachment::CopyMap& copied);

// `to` gets `from`'s class and its attributes as the copy's.
void copy_into(const PyAttributes& from, PyAttributes& to,
               const detail::NodeAttachment::CopyMap& copied) {
  Py_XINCREF(from.type);
  to.type = from.type;
  py::handle d(to.dict);
  for (auto [k, v] : py::reinterpret_borrow<py::dict>(from.dict)) d[k] = follow_copy(v, copied);
}

// The copy of a part an attribute names (`copy.brace`), as the Python object the copy's node
// keeps, so `copy.submobjects[0] is copy.brace` as after Python's deepcopy.
py::object copied_part(const Mobject& part, const std::shared_ptr<detail::MobjectNode>& n,
                       const detail::NodeAttachment::CopyMap& copied) {
  const auto& shared = part.node_ptr()->attachment;
  if (n->attachment && n->attachment == shared) {
    // The copy still shares the original's attachment: deep_copy clones it later (the part is
    // not inside the object being cloned now). Clone it here instead, installed before its
    // attributes are followed so a cycle of references ends; an empty one clones to nothing.
    auto* a = dynamic_cast<const PyAttributes*>(shared.get());
    if (!a || is_empty(*a)) {
      n->attachment.reset();
    } else if (a->cloning) {
      n->attachment = a->cloning;  // met while clone() fills it (a cycle of references)
    } else {
      auto c = std::make_shared<PyAttributes>(PyDict_New());
      n->attachment = c;
      copy_into(*a, *c, copied);
    }
  }
  py::object obj = wrap(Mobject(n));
  adopt(obj);
  return obj;
}

// An attribute value in the copy: mobjects of the copied tree become their copies, also inside
// lists, tuples and dicts (`self.elements[i][j]`); anything else is shared.
py::object follow_copy(py::handle v, const detail::NodeAttachment::CopyMap& copied) {
  if (py::isinstance<Mobject>(v)) {
    const auto& part = v.cast<const Mobject&>();
    if (auto n = copied(part.node_ptr().get())) return copied_part(part, n, copied);
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
  if (is_empty(*this)) return nullptr;
  auto c = std::make_shared<PyAttributes>(PyDict_New());
  cloning = c;
  struct Done {
    const PyAttributes& a;
    ~Done() { a.cloning.reset(); }
  } done{*this};
  copy_into(*this, *c, copied);
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
