// ShowIncreasingSubsets, ShowSubmobjectsOneByOne, AddText*ByLetter, AddTextWordByWord and
// LaggedStartMap with Manim's keywords (manim/animation/creation.py, composition.py).
#include "manim/animation/subsets.hpp"
#include "python/bind_common.hpp"
#include "python/py_animation.hpp"

namespace manim::python {

namespace {

template <class T, class Base>
using Cls = py::class_<T, Base, std::shared_ptr<T>>;

Mobject required_mob(Kw& k, const char* arg) {
  py::object o = k.take(arg);
  if (!o) throw py::type_error(k.fn() + "() missing required argument '" + arg + "'");
  return convert<Mobject>(o, k.fn(), arg, "a Mobject");
}

SubsetsArgs read_subsets(Kw& k) {
  SubsetsArgs s;
  if (py::object f = k.take("int_func")) {
    if (!PyCallable_Check(f.ptr()))
      throw py::type_error(k.fn() +
                           ": argument 'int_func' must be a callable (np.floor, "
                           "np.ceil...), got " +
                           type_name(f));
    s.int_func = [f](double x) {
      py::gil_scoped_acquire gil;
      return f(x).cast<double>();
    };
  }
  bool r;
  if (k.get("reverse_rate_function", r)) s.reverse_rate_function = r;
  return s;
}

TextByLetterArgs read_letters(Kw& k) {
  TextByLetterArgs t;
  k.get("time_per_char", t.time_per_char);
  k.get("run_time", t.run_time);
  return t;
}

// A C++ invalid_argument becomes Manim's ValueError.
template <class F>
auto value_errors(F&& f) {
  try {
    return f();
  } catch (const std::invalid_argument& e) {
    throw py::value_error(e.what());
  }
}

}  // namespace

MANIM_PY_BINDING(bind_anim_subsets, 76);
void bind_anim_subsets(py::module_& m) {
  Cls<ShowIncreasingSubsets, Animation>(m, "ShowIncreasingSubsets")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("ShowIncreasingSubsets", args, kw, {"group"});
        const Mobject g = required_mob(k, "group");
        const SubsetsArgs s = read_subsets(k);
        const AnimArgs a = read_animation_kwargs(k);
        k.finish();
        return std::make_shared<ShowIncreasingSubsets>(g, a, s);
      }))
      .def_property_readonly(
          "all_submobs", [](const ShowIncreasingSubsets& a) { return wrap_all(a.all_submobs()); });

  Cls<ShowSubmobjectsOneByOne, ShowIncreasingSubsets>(m, "ShowSubmobjectsOneByOne")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("ShowSubmobjectsOneByOne", args, kw, {"group"});
        py::object g = k.take("group");
        if (!g) throw py::type_error("ShowSubmobjectsOneByOne() missing required argument 'group'");
        std::vector<Mobject> ms;
        for (py::handle h : py::iter(g))
          ms.push_back(convert<Mobject>(h, k.fn(), "group", "an iterable of Mobjects"));
        const SubsetsArgs s = read_subsets(k);
        const AnimArgs a = read_animation_kwargs(k);
        k.finish();
        return std::make_shared<ShowSubmobjectsOneByOne>(ms, a, s);
      }));

  Cls<AddTextLetterByLetter, ShowIncreasingSubsets>(m, "AddTextLetterByLetter")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("AddTextLetterByLetter", args, kw, {"text"});
        const Mobject t = required_mob(k, "text");
        const TextByLetterArgs l = read_letters(k);
        const SubsetsArgs s = read_subsets(k);
        const AnimArgs a = read_animation_kwargs(k);
        k.finish();
        return value_errors([&] { return std::make_shared<AddTextLetterByLetter>(t, l, a, s); });
      }))
      .def_property_readonly("time_per_char", &AddTextLetterByLetter::time_per_char);

  Cls<RemoveTextLetterByLetter, AddTextLetterByLetter>(m, "RemoveTextLetterByLetter")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("RemoveTextLetterByLetter", args, kw, {"text"});
        const Mobject t = required_mob(k, "text");
        const TextByLetterArgs l = read_letters(k);
        const SubsetsArgs s = read_subsets(k);
        const AnimArgs a = read_animation_kwargs(k);
        k.finish();
        return value_errors([&] { return std::make_shared<RemoveTextLetterByLetter>(t, l, a, s); });
      }));

  Cls<AddTextWordByWord, Succession>(m, "AddTextWordByWord")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("AddTextWordByWord", args, kw, {"text_mobject", "run_time", "time_per_char"});
        const Mobject t = required_mob(k, "text_mobject");
        k.take("run_time");  // Manim accepts and ignores it
        double tpc = 0.06;
        k.get("time_per_char", tpc);
        GroupArgs g;
        k.get("rate_func", g.rate_func);
        k.get("lag_ratio", g.lag_ratio);
        k.get("remover", g.remover);
        k.get("introducer", g.introducer);
        k.finish();
        return value_errors([&] { return std::make_shared<AddTextWordByWord>(t, tpc, g); });
      }))
      .def_property_readonly("time_per_char", &AddTextWordByWord::time_per_char);

  // LaggedStartMap(AnimationClass, mobject, arg_creator=None, run_time=2, **kwargs): one
  // AnimationClass(*args, **kwargs without lag_ratio) per submobject, args = (submob,) or
  // arg_creator(submob); the LaggedStart itself gets run_time and the group keywords.
  py::class_<LaggedStartMap, LaggedStart, std::shared_ptr<LaggedStartMap>>(m, "LaggedStartMap")
      .def(py::init([](py::args args, py::kwargs kw) {
        const char* fn = "LaggedStartMap";
        Kw k(fn, args, kw, {"AnimationClass", "mobject", "arg_creator", "run_time"});
        py::object cls = k.take("AnimationClass");
        if (!cls)
          throw py::type_error("LaggedStartMap() missing required argument 'AnimationClass'");
        if (!PyCallable_Check(cls.ptr()))
          throw py::type_error(
              "LaggedStartMap: argument 'AnimationClass' must be an animation "
              "class or callable, got " +
              type_name(cls));
        py::object mob = k.take("mobject");
        if (!mob) throw py::type_error("LaggedStartMap() missing required argument 'mobject'");
        py::object creator = k.take("arg_creator");
        double run_time = 2;
        k.get("run_time", run_time);
        // Everything else goes to each animation (lag_ratio only to the group).
        py::dict rest;
        for (const char* key : {"rate_func", "lag_ratio", "remover", "introducer", "group", "name",
                                "suspend_mobject_updating"})
          if (kw.contains(key)) rest[key] = kw[key];
        py::dict anim_kw;
        for (auto item : kw) {
          const std::string key = item.first.cast<std::string>();
          if (key == "AnimationClass" || key == "mobject" || key == "arg_creator" ||
              key == "run_time" || key == "lag_ratio")
            continue;
          anim_kw[item.first] = item.second;
        }
        std::vector<Anim> anims;
        std::size_t i = 0;
        for (py::handle sub : py::iter(mob)) {
          py::object cargs = creator ? creator(sub) : py::make_tuple(sub);
          py::tuple t = py::isinstance<py::tuple>(cargs) ? cargs.cast<py::tuple>()
                                                         : py::tuple(py::iter(cargs));
          anims.push_back(to_anim(cls(*t, **anim_kw), fn, i++));
        }
        GroupArgs g;
        g.run_time = run_time;
        Kw gk(fn, py::args(), rest);
        gk.get("rate_func", g.rate_func);
        gk.get("lag_ratio", g.lag_ratio);
        gk.get("remover", g.remover);
        gk.get("introducer", g.introducer);
        return std::make_shared<LaggedStartMap>(std::move(anims), g);
      }));
}

}  // namespace manim::python
