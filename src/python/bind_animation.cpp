// Animations and Scene. A Python Scene subclass overrides construct(); the C++ Scene runs
// play/wait and the frame loop.
#include <cstdint>

#include "python/bind_common.hpp"
#include "python/py_animation.hpp"
#include "python/py_camera.hpp"

namespace manim::python {

namespace {

Mobject mob_arg(py::handle h, const char* fn) {
  return convert<Mobject>(h, fn, "mobject", "a Mobject");
}

template <class A>
A anim_args(Kw& k) {
  if constexpr (std::is_same_v<A, AnimArgs>) {
    return read_animation_kwargs(k);
  } else {
    A a;
    read_anim_args(k, a);
    return a;
  }
}

// Binds an animation class taking (mobject, **kw) with AnimArgs.
template <class T, class Base>
void simple_anim(py::module_& m, const char* name) {
  py::class_<T, Base, std::shared_ptr<T>>(m, name).def(
      py::init([name](py::args args, py::kwargs kw) {
        Kw k(name, args, kw, {"mobject"});
        py::object mo = k.take("mobject");
        if (!mo) throw py::type_error(std::string(name) + "() missing argument 'mobject'");
        const Mobject mob = mob_arg(mo, name);
        const AnimArgs a = anim_args<AnimArgs>(k);
        k.finish();
        return std::make_shared<T>(mob, a);
      }));
}

// FadeIn(*mobjects, shift=, target_position=, scale=, run_time=...).
template <class T>
std::shared_ptr<T> make_fade(const char* name, py::args args, py::kwargs kw) {
  Kw k(name, py::args(), kw);
  FadeArgs a;
  read_anim_args(k, a);
  k.get("shift", a.shift);
  k.get("target_position", a.target_position);
  k.get("scale", a.scale);
  k.finish();
  std::vector<Mobject> ms;
  for (std::size_t i = 0; i < args.size(); ++i) ms.push_back(mob_arg(args[i], name));
  if (ms.empty()) throw py::type_error(std::string(name) + "() needs at least one mobject");
  if (ms.size() == 1) return std::make_shared<T>(ms[0], a);
  return std::make_shared<T>(ms, a);
}

// Animation keeps its mobject protected; a derived class may name the member.
struct GroupMobjectAccess : Animation {
  static void set(Animation& a, Mobject m) { a.*(&GroupMobjectAccess::mobject_) = std::move(m); }
};

template <class T>
std::shared_ptr<T> make_group(const char* name, py::args args, py::kwargs kw) {
  Kw k(name, py::args(), kw);
  GroupArgs a;
  read_anim_args(k, a);
  k.get("remover", a.remover);
  k.get("introducer", a.introducer);
  // Manim's group=: the group's mobject (the one play() adds to the scene) instead of a Group
  // of the children's mobjects.
  py::object group = k.take("group");
  k.finish();
  auto anim = std::make_shared<T>(to_anims(args, name), a);
  if (group) GroupMobjectAccess::set(*anim, convert<Mobject>(group, name, "group", "a Mobject"));
  return anim;
}

// Python's traceback of the active exception, as the interpreter would print it.
std::string format_traceback(py::error_already_set& e) {
  try {
    py::object lines =
        py::module_::import("traceback").attr("format_exception")(e.type(), e.value(), e.trace());
    return py::str("").attr("join")(lines).cast<std::string>();
  } catch (...) {
    return e.what();
  }
}

// Forwards construct()/setup() to the Python subclass. Errors leave as std::runtime_error
// carrying the Python traceback, so the CLI prints it and exits non-zero.
// -n's early end crossing the user's Python frames: a BaseException, so the script's own
// `except Exception` cannot swallow it.
PyObject* g_end_scene_early = nullptr;

class PyScene : public Scene {
 public:
  using Scene::Scene;
  // Set by _adopt_scene when C++ owns the scene: released in the destructor, so the Python
  // instance lives exactly as long as the C++ object.
  py::object self_ref;
  // Manim's Scene(...) keywords kept as its attributes (always_update_mobjects is Scene's own).
  py::object camera_class = py::none();
  py::object random_seed = py::none();

  void construct() override { call("construct"); }
  void setup() override { call("setup"); }
  void tear_down() override { call("tear_down"); }
  ~PyScene() override {
    if (self_ref || camera_class || random_seed) {
      py::gil_scoped_acquire gil;
      self_ref = py::object();
      camera_class = py::object();
      random_seed = py::object();
    }
  }

 private:
  void call(const char* name) {
    py::gil_scoped_acquire gil;
    py::function f = py::get_override(static_cast<const Scene*>(this), name);
    if (!f) return;  // Manim's base construct/setup/tear_down do nothing
    try {
      f();
    } catch (py::error_already_set& e) {
      if (g_end_scene_early && e.matches(g_end_scene_early)) throw detail::EndSceneEarly{};
      if (g_propagate_python_errors) throw;  // Scene.render() from Python: keep the exception
      throw std::runtime_error("Python exception\n" + format_traceback(e));
    }
  }
};

}  // namespace

MANIM_PY_BINDING(bind_animation, 70);
void bind_animation(py::module_& m) {
  g_end_scene_early = PyErr_NewException("manimcpp._EndSceneEarly", PyExc_BaseException, nullptr);
  m.add_object("_EndSceneEarly", py::handle(g_end_scene_early));
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const detail::EndSceneEarly&) {
      PyErr_SetString(g_end_scene_early, "the last animation asked for (-n) has been rendered");
    }
  });
  bind_animation_base(m);

  py::class_<Wait, Animation, std::shared_ptr<Wait>>(m, "Wait").def(
      py::init([](py::args args, py::kwargs kw) {
        Kw k("Wait", args, kw, {"run_time"});
        double t = 1.0;
        k.get("run_time", t);
        AnimArgs a;
        k.get("rate_func", a.rate_func);
        std::function<bool()> stop;
        if (py::object f = k.take("stop_condition"); f && !f.is_none())
          stop = [f]() {
            py::gil_scoped_acquire gil;
            return py::bool_(f()).cast<bool>();
          };
        std::optional<bool> frozen;
        if (py::object f = k.take("frozen_frame"); f && !f.is_none())
          frozen = py::bool_(f).cast<bool>();
        k.finish();
        return std::make_shared<Wait>(t, std::move(stop), frozen, a);
      }));

  simple_anim<Create, Animation>(m, "Create");
  simple_anim<Uncreate, Create>(m, "Uncreate");
  py::class_<DrawBorderThenFill, Animation, std::shared_ptr<DrawBorderThenFill>>(
      m, "DrawBorderThenFill")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("DrawBorderThenFill", args, kw, {"vmobject"});
        py::object mo = k.take("vmobject");
        if (!mo) throw py::type_error("DrawBorderThenFill() missing argument 'vmobject'");
        DrawBorderThenFillArgs a;
        read_anim_args(k, a);
        k.get("stroke_width", a.stroke_width);
        k.get("stroke_color", a.stroke_color);
        k.finish();
        return std::make_shared<DrawBorderThenFill>(mob_arg(mo, "DrawBorderThenFill"), a);
      }));
  py::class_<Write, DrawBorderThenFill, std::shared_ptr<Write>>(m, "Write")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Write", args, kw, {"vmobject"});
        py::object mo = k.take("vmobject");
        if (!mo) throw py::type_error("Write() missing argument 'vmobject'");
        const AnimArgs a = anim_args<AnimArgs>(k);
        k.finish();
        return std::make_shared<Write>(mob_arg(mo, "Write"), a);
      }));
  py::class_<Unwrite, Write, std::shared_ptr<Unwrite>>(m, "Unwrite")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Unwrite", args, kw, {"vmobject"});
        py::object mo = k.take("vmobject");
        if (!mo) throw py::type_error("Unwrite() missing argument 'vmobject'");
        const AnimArgs a = anim_args<AnimArgs>(k);
        k.finish();
        return std::make_shared<Unwrite>(mob_arg(mo, "Unwrite"), a);
      }));

  py::class_<Transform, Animation, PyTransform, std::shared_ptr<Transform>> transform(m,
                                                                                      "Transform");
  transform.def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Transform", args, kw, {"mobject", "target_mobject"});
    py::object a0 = k.take("mobject"), a1 = k.take("target_mobject");
    if (!a0) throw py::type_error("Transform() missing argument 'mobject'");
    AnimArgs a = read_animation_kwargs(k);
    const PathArgs path = read_path_args(k);
    bool replace = false;
    k.get("replace_mobject_with_target_in_scene", replace);
    k.finish();
    auto* t = new PyTransform(
        mob_arg(a0, "Transform"),
        a1 ? convert<Mobject>(a1, "Transform", "target_mobject", "a Mobject") : Mobject(), a, path);
    t->set_replace_mobject_with_target_in_scene(replace);
    return t;
  }));
  transform
      .def_property_readonly("target_mobject", [](const Transform& t) { return wrap(t.target()); })
      .def_property_readonly("path_arc", &Transform::path_arc)
      .def("create_target",
           [](Transform& t) {
             if (auto* p = dynamic_cast<PyTransform*>(&t)) return wrap(p->base_create_target());
             return wrap(t.target());
           })
      .def_property(
          "replace_mobject_with_target_in_scene",
          [](const Transform& t) { return t.replaces_mobject_with_target_in_scene(); },
          [](Transform& t, bool v) { t.set_replace_mobject_with_target_in_scene(v); });
  py::class_<ReplacementTransform, Transform, std::shared_ptr<ReplacementTransform>>(
      m, "ReplacementTransform")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("ReplacementTransform", args, kw, {"mobject", "target_mobject"});
        py::object a0 = k.take("mobject"), a1 = k.take("target_mobject");
        if (!a0 || !a1)
          throw py::type_error("ReplacementTransform() needs mobject and target_mobject");
        const AnimArgs a = read_animation_kwargs(k);
        const PathArgs path = read_path_args(k);
        k.finish();
        return std::make_shared<ReplacementTransform>(
            mob_arg(a0, "ReplacementTransform"),
            convert<Mobject>(a1, "ReplacementTransform", "target_mobject", "a Mobject"), a, path);
      }));

  py::class_<FadeIn, Transform, std::shared_ptr<FadeIn>>(m, "FadeIn")
      .def(py::init(
          [](py::args args, py::kwargs kw) { return make_fade<FadeIn>("FadeIn", args, kw); }));
  py::class_<FadeOut, Transform, std::shared_ptr<FadeOut>>(m, "FadeOut")
      .def(py::init(
          [](py::args args, py::kwargs kw) { return make_fade<FadeOut>("FadeOut", args, kw); }));

  py::class_<GrowFromPoint, Transform, std::shared_ptr<GrowFromPoint>>(m, "GrowFromPoint")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("GrowFromPoint", args, kw, {"mobject", "point"});
        py::object mo = k.take("mobject");
        Vec3 p;
        if (!mo || !k.get("point", p))
          throw py::type_error("GrowFromPoint() needs mobject and point");
        const AnimArgs a = anim_args<AnimArgs>(k);
        k.finish();
        return std::make_shared<GrowFromPoint>(mob_arg(mo, "GrowFromPoint"), p, a);
      }));
  simple_anim<GrowFromCenter, GrowFromPoint>(m, "GrowFromCenter");
  py::class_<GrowFromEdge, GrowFromPoint, std::shared_ptr<GrowFromEdge>>(m, "GrowFromEdge")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("GrowFromEdge", args, kw, {"mobject", "edge"});
        py::object mo = k.take("mobject");
        Vec3 e;
        if (!mo || !k.get("edge", e)) throw py::type_error("GrowFromEdge() needs mobject and edge");
        const AnimArgs a = anim_args<AnimArgs>(k);
        k.finish();
        return std::make_shared<GrowFromEdge>(mob_arg(mo, "GrowFromEdge"), e, a);
      }));
  py::class_<GrowArrow, GrowFromPoint, std::shared_ptr<GrowArrow>>(m, "GrowArrow")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("GrowArrow", args, kw, {"arrow"});
        py::object mo = k.take("arrow");
        if (!mo) throw py::type_error("GrowArrow() missing argument 'arrow'");
        const AnimArgs a = anim_args<AnimArgs>(k);
        k.finish();
        return std::make_shared<GrowArrow>(convert<Mobject>(mo, "GrowArrow", "arrow", "an Arrow"),
                                           a);
      }));

  py::class_<AnimationGroup, Animation, std::shared_ptr<AnimationGroup>>(m, "AnimationGroup")
      .def(py::init([](py::args args, py::kwargs kw) {
        return make_group<AnimationGroup>("AnimationGroup", args, kw);
      }));
  py::class_<LaggedStart, AnimationGroup, std::shared_ptr<LaggedStart>>(m, "LaggedStart")
      .def(py::init([](py::args args, py::kwargs kw) {
        return make_group<LaggedStart>("LaggedStart", args, kw);
      }));
  py::class_<Succession, AnimationGroup, std::shared_ptr<Succession>>(m, "Succession")
      .def(py::init([](py::args args, py::kwargs kw) {
        return make_group<Succession>("Succession", args, kw);
      }));
}

MANIM_PY_BINDING(bind_scene, 80);
void bind_scene(py::module_& m) {
  // The C++ side owns scenes rendered by the CLI (see _adopt_scene); Python never deletes.
  py::class_<Scene, PyScene, std::unique_ptr<Scene, py::nodelete>>(m, "Scene")
      // Manim's Scene(renderer=None, camera_class=Camera, always_update_mobjects=False,
      // random_seed=None, skip_animations=False); MovingCameraScene and friends pass their
      // camera_class.
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Scene", args, kw,
             {"renderer", "camera_class", "always_update_mobjects", "random_seed",
              "skip_animations"});
        if (py::object r = k.take("renderer"))
          throw py::type_error("Scene: renderer=" + py::repr(r).cast<std::string>() +
                               " cannot be used: manim.cpp scenes draw with their own "
                               "Cairo-equivalent renderer; leave renderer=None");
        py::object camera_class = k.take("camera_class");
        bool always = false, skip = false;
        k.get("always_update_mobjects", always);
        py::object seed = k.take("random_seed");
        k.get("skip_animations", skip);
        k.finish();
        if (seed) {  // as Manim: Python's and numpy's global generators
          py::module_::import("random").attr("seed")(seed);
          py::module_::import("numpy.random").attr("seed")(seed);
        }
        auto* s = new PyScene(make_scene_camera(camera_class));
        s->set_skip_animations(skip);
        s->always_update_mobjects = always;
        s->camera_class =
            camera_class ? camera_class : py::module_::import("manimcpp").attr("Camera");
        s->random_seed = seed ? seed : py::none();
        return s;
      }))
      .def_readwrite("always_update_mobjects", &Scene::always_update_mobjects)
      .def_property(
          "camera_class",
          [](const Scene& s) -> py::object {
            auto* p = dynamic_cast<const PyScene*>(&s);
            return p ? p->camera_class : py::none();
          },
          [](Scene& s, py::object v) {
            if (auto* p = dynamic_cast<PyScene*>(&s)) p->camera_class = std::move(v);
          })
      .def_property(
          "random_seed",
          [](const Scene& s) -> py::object {
            auto* p = dynamic_cast<const PyScene*>(&s);
            return p ? p->random_seed : py::none();
          },
          [](Scene& s, py::object v) {
            if (auto* p = dynamic_cast<PyScene*>(&s)) p->random_seed = std::move(v);
          })
      .def("construct", [](Scene&) {})
      .def("setup", [](Scene&) {})
      .def("tear_down", [](Scene&) {})
      .def("add",
           [](py::object self, py::args args) {
             std::vector<Mobject> ms;
             for (std::size_t i = 0; i < args.size(); ++i)
               ms.push_back(convert<Mobject>(args[i], "Scene.add", "mobjects", "a Mobject"));
             self.cast<Scene&>().add(ms);
             return self;
           })
      .def("add_foreground_mobjects",
           [](py::object self, py::args args) {
             std::vector<Mobject> ms;
             for (std::size_t i = 0; i < args.size(); ++i)
               ms.push_back(convert<Mobject>(args[i], "Scene.add_foreground_mobjects", "mobjects",
                                             "a Mobject"));
             self.cast<Scene&>().add_foreground_mobjects(ms);
             return self;
           })
      .def("remove",
           [](py::object self, py::args args) {
             std::vector<Mobject> ms;
             for (std::size_t i = 0; i < args.size(); ++i)
               ms.push_back(convert<Mobject>(args[i], "Scene.remove", "mobjects", "a Mobject"));
             self.cast<Scene&>().remove(ms);
             return self;
           })
      .def("bring_to_front",
           [](py::object self, py::args args) {
             std::vector<Mobject> ms;
             for (std::size_t i = 0; i < args.size(); ++i)
               ms.push_back(
                   convert<Mobject>(args[i], "Scene.bring_to_front", "mobjects", "a Mobject"));
             self.cast<Scene&>().bring_to_front(ms);
             return self;
           })
      .def("bring_to_back",
           [](py::object self, py::args args) {
             std::vector<Mobject> ms;
             for (std::size_t i = 0; i < args.size(); ++i)
               ms.push_back(
                   convert<Mobject>(args[i], "Scene.bring_to_back", "mobjects", "a Mobject"));
             self.cast<Scene&>().bring_to_back(ms);
             return self;
           })
      .def(
          "replace",
          [](py::object self, const Mobject& a, const Mobject& b) {
            self.cast<Scene&>().replace(a, b);
            return self;
          },
          py::arg("old_mobject"), py::arg("new_mobject"))
      .def("clear",
           [](py::object self) {
             self.cast<Scene&>().clear();
             return self;
           })
      .def_property_readonly("mobjects", [](const Scene& s) { return wrap_all(s.mobjects()); })
      .def_property_readonly(
          "camera", [](Scene& s) -> Camera& { return s.camera(); },
          py::return_value_policy::reference_internal)
      .def_property_readonly("time", &Scene::time)
      .def_property_readonly("renderer", [](py::object self) { return self; })
      .def("play",
           [](Scene& s, py::args args, py::kwargs kw) {
             Kw k("Scene.play", py::args(), kw);
             PlayArgs a;
             k.get("run_time", a.run_time);
             k.get("rate_func", a.rate_func);
             k.get("lag_ratio", a.lag_ratio);
             // Manim's subcaption keywords (any object: its str() is the text).
             if (py::object sub = k.take("subcaption"); sub && py::bool_(sub))
               a.subcaption = py::str(sub).cast<std::string>();
             k.get("subcaption_duration", a.subcaption_duration);
             k.get("subcaption_offset", a.subcaption_offset);
             k.finish();
             std::vector<Anim> anims = to_anims(args, "Scene.play");
             if (anims.empty()) throw py::value_error("Scene.play: called without any animation");
             s.play(anims, a);
           })
      .def(
          "pause", [](Scene& s, double d) { s.pause(d); }, py::arg("duration") = DEFAULT_WAIT_TIME);

  // Hands the scene to C++ ownership (the CLI's renderer deletes it) and returns its address;
  // the C++ object keeps the Python instance alive until then.
  m.def("_adopt_scene", [](py::object obj) {
    Scene& s = obj.cast<Scene&>();
    auto* ps = dynamic_cast<PyScene*>(&s);
    if (!ps) throw py::type_error("_adopt_scene: not a Python Scene subclass instance");
    ps->self_ref = obj;
    return reinterpret_cast<std::uintptr_t>(static_cast<Scene*>(ps));
  });
}

}  // namespace manim::python
