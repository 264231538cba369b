// TransformMatchingShapes / TransformMatchingTex with Manim's keywords.
#include "manim/animation/transform_matching_parts.hpp"
#include "python/bind_common.hpp"
#include "python/py_animation.hpp"

namespace manim::python {

namespace {

// A key as our C++ key string: str (tex strings) or bytes (get_mobject_key of shapes).
std::string key_of(py::handle h, const std::string& fn) {
  if (py::isinstance<py::bytes>(h)) return h.cast<std::string>();
  if (py::isinstance<py::str>(h)) return h.cast<std::string>();
  throw py::type_error(fn +
                       ": key_map keys and values must be str (tex strings) or bytes "
                       "(TransformMatchingShapes.get_mobject_key), got " +
                       type_name(h));
}

template <class T>
std::shared_ptr<T> make_matching(const char* fn, py::args args, py::kwargs kw) {
  Kw k(fn, args, kw,
       {"mobject", "target_mobject", "transform_mismatches", "fade_transform_mismatches",
        "key_map"});
  py::object a = k.take("mobject"), b = k.take("target_mobject");
  if (!a) throw py::type_error(std::string(fn) + "() missing required argument 'mobject'");
  if (!b) throw py::type_error(std::string(fn) + "() missing required argument 'target_mobject'");
  TransformMatchingArgs m;
  k.get("transform_mismatches", m.transform_mismatches);
  k.get("fade_transform_mismatches", m.fade_transform_mismatches);
  if (py::object km = k.take("key_map")) {
    if (!py::isinstance<py::dict>(km))
      throw py::type_error(std::string(fn) + ": argument 'key_map' must be a dict, got " +
                           type_name(km));
    for (auto item : km.cast<py::dict>())
      m.key_map.emplace_back(key_of(item.first, fn), key_of(item.second, fn));
  }
  const AnimArgs an = read_animation_kwargs(k);
  m.path = read_path_args(k);
  // Path keywords and anything else go to Transform in Manim; unknown ones are ignored there.
  const Mobject src = convert<Mobject>(a, fn, "mobject", "a Mobject");
  const Mobject tgt = convert<Mobject>(b, fn, "target_mobject", "a Mobject");
  try {
    return std::make_shared<T>(src, tgt, m, an);
  } catch (const std::invalid_argument& e) {
    throw py::value_error(e.what());
  }
}

}  // namespace

MANIM_PY_BINDING(bind_transform_matching, 76);
void bind_transform_matching(py::module_& m) {
  py::class_<TransformMatchingAbstractBase, AnimationGroup,
             std::shared_ptr<TransformMatchingAbstractBase>>(m, "TransformMatchingAbstractBase")
      .def_property_readonly(
          "to_add", [](const TransformMatchingAbstractBase& t) { return wrap(t.to_add()); });
  py::class_<TransformMatchingShapes, TransformMatchingAbstractBase,
             std::shared_ptr<TransformMatchingShapes>>(m, "TransformMatchingShapes")
      .def(py::init([](py::args args, py::kwargs kw) {
        return make_matching<TransformMatchingShapes>("TransformMatchingShapes", args, kw);
      }))
      .def_static("get_mobject_parts",
                  [](const Mobject& mo) {
                    return wrap_all(TransformMatchingShapes::get_mobject_parts(mo));
                  })
      .def_static("get_mobject_key", [](const Mobject& mo) {
        return py::bytes(TransformMatchingShapes::get_mobject_key(mo));
      });
  py::class_<TransformMatchingTex, TransformMatchingAbstractBase,
             std::shared_ptr<TransformMatchingTex>>(m, "TransformMatchingTex")
      .def(py::init([](py::args args, py::kwargs kw) {
        return make_matching<TransformMatchingTex>("TransformMatchingTex", args, kw);
      }))
      .def_static("get_mobject_parts",
                  [](const Mobject& mo) {
                    try {
                      return wrap_all(TransformMatchingTex::get_mobject_parts(mo));
                    } catch (const std::invalid_argument& e) {
                      throw py::value_error(e.what());
                    }
                  })
      .def_static("get_mobject_key", [](const Mobject& mo) {
        try {
          return TransformMatchingTex::get_mobject_key(mo);
        } catch (const std::invalid_argument& e) {
          throw py::value_error(e.what());
        }
      });
}

}  // namespace manim::python
