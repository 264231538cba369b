// Manim's animation vocabulary beyond the basics: trackers and updaters, the Transform family,
// indications, movements, Broadcast; Scene.wait_until / wait(stop_condition=...).
#include <complex>

#include "python/bind_common.hpp"
#include "python/py_animation.hpp"

namespace manim::python {

namespace {

Mobject mob_of(py::handle h, const std::string& fn, const char* arg = "mobject") {
  return convert<Mobject>(h, fn, arg, "a Mobject");
}

// Arguments of Manim's (positional..., **kwargs) constructors; the required ones must be there.
py::object need(Kw& k, const char* name) {
  py::object o = k.take(name);
  if (!o) throw py::type_error(k.fn() + "() missing required argument '" + name + "'");
  return o;
}

// A point or a mobject (Manim accepts either for Flash, FocusOn...).
PointOrMobject point_or_mobject(py::handle h, const std::string& fn, const char* arg) {
  if (py::isinstance<Mobject>(h)) return h.cast<Mobject>();
  return convert<Vec3>(h, fn, arg, "a point or a Mobject");
}

std::function<void(Mobject&)> py_mob_func(py::function f) {
  return [f](Mobject& m) {
    py::gil_scoped_acquire gil;
    f(wrap(m));
  };
}

std::function<Vec3(const Vec3&)> py_point_func(py::function f, std::string fn) {
  return [f, fn](const Vec3& p) {
    py::gil_scoped_acquire gil;
    return convert<Vec3>(f(p), fn, "function's return value", "a point (3 numbers)");
  };
}

// Mobject.add_updater with Manim's rule: the updater takes dt when it has a parameter named dt.
bool takes_dt(py::handle f) {
  try {
    py::object params = py::module_::import("inspect").attr("signature")(f).attr("parameters");
    return params.contains("dt");
  } catch (const py::error_already_set&) {
    return false;
  }
}

Updater python_updater(py::function f, bool with_dt) {
  return [f, with_dt](Mobject& m, double dt) {
    py::gil_scoped_acquire gil;
    if (with_dt)
      f(wrap(m), dt);
    else
      f(wrap(m));
  };
}

template <class T>
py::class_<T> class_of() {
  return py::reinterpret_borrow<py::class_<T>>(py::type::of<T>());
}

template <class T, class Base>
using Cls = py::class_<T, Base, std::shared_ptr<T>>;

// The same-shaped bindings go through these: Manim's positional names, then the animation
// keywords (and Transform's path keywords when the class takes PathArgs); unknown keywords are
// a TypeError naming them.

// T(mobject, AnimArgs[, PathArgs]).
template <class T, class Base, bool WithPath = false>
Cls<T, Base> mob_anim(py::module_& m, const char* name) {
  Cls<T, Base> c(m, name);
  c.def(py::init([name](py::args args, py::kwargs kw) {
    Kw k(name, args, kw, {"mobject"});
    Mobject a = mob_of(need(k, "mobject"), k.fn());
    AnimArgs aa = read_animation_kwargs(k);
    if constexpr (WithPath) {
      PathArgs p = read_path_args(k);
      k.finish();
      return std::make_shared<T>(a, aa, p);
    } else {
      k.finish();
      return std::make_shared<T>(a, aa);
    }
  }));
  return c;
}

// T(mobject, second, AnimArgs[, PathArgs]); `pos` names the positional arguments (the second
// is the other mobject: target_mobject, path, tracked_mobject...).
template <class T, class Base, bool WithPath = false>
Cls<T, Base> pair_anim(py::module_& m, const char* name, std::vector<const char*> pos) {
  Cls<T, Base> c(m, name);
  c.def(py::init([name, pos](py::args args, py::kwargs kw) {
    Kw k(name, args, kw, pos);
    Mobject a = mob_of(need(k, pos[0]), k.fn(), pos[0]);
    Mobject b = mob_of(need(k, pos[1]), k.fn(), pos[1]);
    AnimArgs aa = read_animation_kwargs(k);
    if constexpr (WithPath) {
      PathArgs p = read_path_args(k);
      k.finish();
      return std::make_shared<T>(a, b, aa, p);
    } else {
      k.finish();
      return std::make_shared<T>(a, b, aa);
    }
  }));
  return c;
}

// T(mobject, Opts, AnimArgs): `read` fills the class's own options struct from the keywords.
template <class T, class Base, class Opts>
Cls<T, Base> opts_anim(py::module_& m, const char* name, std::vector<const char*> pos,
                       void (*read)(Kw&, Opts&)) {
  Cls<T, Base> c(m, name);
  c.def(py::init([name, pos, read](py::args args, py::kwargs kw) {
    Kw k(name, args, kw, pos);
    Mobject a = mob_of(need(k, pos[0]), k.fn(), pos[0]);
    Opts o;
    read(k, o);
    AnimArgs aa = read_animation_kwargs(k);
    k.finish();
    return std::make_shared<T>(a, o, aa);
  }));
  return c;
}

// FadeTransform(mobject, target_mobject, stretch=True, dim_to_match=1, **kw) and its Pieces.
template <class T, class Base>
void fade_transform_anim(py::module_& m, const char* name) {
  Cls<T, Base>(m, name).def(py::init([name](py::args args, py::kwargs kw) {
    Kw k(name, args, kw, {"mobject", "target_mobject", "stretch", "dim_to_match"});
    Mobject a = mob_of(need(k, "mobject"), k.fn());
    Mobject b = mob_of(need(k, "target_mobject"), k.fn(), "target_mobject");
    FadeTransformArgs f;
    k.get("stretch", f.stretch);
    k.get("dim_to_match", f.dim_to_match);
    AnimArgs aa = read_animation_kwargs(k);
    k.finish();
    return std::make_shared<T>(a, b, aa, f);
  }));
}

// CyclicReplace(*mobjects, **kw) and Swap.
template <class T, class Base>
void cyclic_anim(py::module_& m, const char* name) {
  Cls<T, Base>(m, name).def(py::init([name](py::args args, py::kwargs kw) {
    std::vector<Mobject> ms;
    for (py::handle h : args) ms.push_back(mob_of(h, name, "mobjects"));
    Kw k(name, py::args(), kw);
    AnimArgs aa = read_animation_kwargs(k);
    PathArgs p = read_path_args(k);
    k.finish();
    return std::make_shared<T>(ms, aa, p);
  }));
}

void read_indicate(Kw& k, IndicateArgs& a) {
  k.get("scale_factor", a.scale_factor);
  k.get("color", a.color);
}

void read_thinning(Kw& k, ThinningFlashArgs& t) {
  k.get("n_segments", t.n_segments);
  k.get("time_width", t.time_width);
  k.get("remover", t.remover);
}

void read_wave(Kw& k, ApplyWaveArgs& w) {
  k.get("direction", w.direction);
  k.get("amplitude", w.amplitude);
  k.get("wave_func", w.wave_func);
  k.get("time_width", w.time_width);
  k.get("ripples", w.ripples);
}

void read_wiggle(Kw& k, WiggleArgs& w) {
  k.get("scale_value", w.scale_value);
  k.get("rotation_angle", w.rotation_angle);
  k.get("n_wiggles", w.n_wiggles);
  k.get("scale_about_point", w.scale_about_point);
  k.get("rotate_about_point", w.rotate_about_point);
}

py::list point_list(const Vec3& p) {
  py::list l;
  for (double v : {p.x, p.y, p.z}) l.append(v);
  return l;
}

}  // namespace

MANIM_PY_BINDING(bind_value_tracker, 25);
void bind_value_tracker(py::module_& m) {
  py::class_<ValueTracker, Mobject> vt(m, "ValueTracker");
  add_kind<ValueTracker>();
  vt.def(py::init([](py::args args, py::kwargs kw) {
      Kw k("ValueTracker", args, kw, {"value"});
      double v = 0;
      k.get("value", v);
      k.finish();
      return ValueTracker(v);
    }))
      .def("get_value", &ValueTracker::get_value)
      .def(
          "set_value",
          [](py::object self, double v) {
            self.cast<ValueTracker&>().set_value(v);
            return self;
          },
          py::arg("value"))
      .def(
          "increment_value",
          [](py::object self, double d) {
            self.cast<ValueTracker&>().increment_value(d);
            return self;
          },
          py::arg("d_value"))
      .def("__bool__", [](const ValueTracker& t) { return t.get_value() != 0; })
      .def(
          "interpolate",
          [](py::object self, const ValueTracker& a, const ValueTracker& b, double alpha,
             py::object path_func) {
            (void)path_func;
            self.cast<ValueTracker&>().interpolate(a, b, alpha);
            return self;
          },
          py::arg("mobject1"), py::arg("mobject2"), py::arg("alpha"),
          py::arg("path_func") = py::none());
  // Manim's in-place operators (a += 1 keeps the same tracker).
  auto inplace = [&vt](const char* name, double (*op)(double, double)) {
    vt.def(name, [op](py::object self, double d) {
      ValueTracker& t = self.cast<ValueTracker&>();
      t.set_value(op(t.get_value(), d));
      return self;
    });
  };
  inplace("__iadd__", [](double a, double b) { return a + b; });
  inplace("__isub__", [](double a, double b) { return a - b; });
  inplace("__imul__", [](double a, double b) { return a * b; });
  inplace("__itruediv__", [](double a, double b) {
    if (b == 0) throw py::value_error("ValueTracker /= 0: division by zero");
    return a / b;
  });
  inplace("__ifloordiv__", [](double a, double b) {
    if (b == 0) throw py::value_error("ValueTracker //= 0: division by zero");
    return std::floor(a / b);
  });
  inplace("__imod__", [](double a, double b) {
    if (b == 0) throw py::value_error("ValueTracker %= 0: modulo by zero");
    const double r = std::fmod(a, b);
    return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;  // Python's sign rule
  });
  inplace("__ipow__", [](double a, double b) { return std::pow(a, b); });

  py::class_<ComplexValueTracker, ValueTracker> cvt(m, "ComplexValueTracker");
  add_kind<ComplexValueTracker>();
  cvt.def(py::init([](py::args args, py::kwargs kw) {
       Kw k("ComplexValueTracker", args, kw, {"value"});
       std::complex<double> v = 0;
       if (py::object o = k.take("value")) v = o.cast<std::complex<double>>();
       k.finish();
       return ComplexValueTracker(v);
     }))
      .def("get_value", [](const ComplexValueTracker& t) { return t.get_value(); })
      .def(
          "set_value",
          [](py::object self, py::object z) {
            self.cast<ComplexValueTracker&>().set_value(
                py::module_::import("builtins").attr("complex")(z).cast<std::complex<double>>());
            return self;
          },
          py::arg("z"));

  // ---- Mobject: saved copies, keyed updaters, point functions ----
  auto mob = class_of<Mobject>();
  mob.def(
         "generate_target",
         [](py::object self, bool) {
           self.cast<Mobject&>().generate_target();
           return wrap(self.cast<Mobject&>().target());
         },
         py::arg("use_deepcopy") = false)
      .def_property(
          "target",
          [](const Mobject& a) -> py::object {
            if (!a.has_target())
              throw py::attribute_error(
                  "'" + a.kind() + "' object has no attribute 'target' (call generate_target())");
            return wrap(a.target());
          },
          [](Mobject& a, const Mobject& t) { a.set_target(t); })
      .def("save_state",
           [](py::object self) {
             self.cast<Mobject&>().save_state();
             return self;
           })
      .def_property_readonly("saved_state",
                             [](const Mobject& a) -> py::object {
                               if (!a.has_saved_state()) return py::none();
                               return wrap(a.saved_state());
                             })
      .def("restore",
           [](py::object self) {
             self.cast<Mobject&>().restore();
             return self;
           })
      .def(
          "apply_complex_function",
          [](py::object self, py::function f) {
            self.cast<Mobject&>().apply_complex_function([f](std::complex<double> z) {
              py::gil_scoped_acquire gil;
              return py::module_::import("builtins")
                  .attr("complex")(f(z))
                  .cast<std::complex<double>>();
            });
            return self;
          },
          py::arg("function"))
      .def(
          "rotate_about_origin",
          [](py::object self, double angle, const Vec3& axis) {
            self.cast<Mobject&>().rotate_about_origin(angle, axis);
            return self;
          },
          py::arg("angle"), py::arg("axis") = OUT)
      .def("get_updaters", [](const Mobject& a) { return a.num_updaters(); })
      .def(
          "remove_updater",
          [](py::object self, py::object f) {
            self.cast<Mobject&>().remove_updater(reinterpret_cast<std::uintptr_t>(f.ptr()));
            return self;
          },
          py::arg("update_function"));
  // Replaces the basic add_updater: keyed (for remove_updater), with index, dt by name.
  py::setattr(mob, "add_updater",
              py::cpp_function(
                  [](py::object self, py::function f, py::object index, bool call) {
                    std::optional<std::size_t> at;
                    if (!index.is_none()) at = index.cast<std::size_t>();
                    const bool dt = takes_dt(f);
                    self.cast<Mobject&>().add_updater(python_updater(f, dt), dt,
                                                      reinterpret_cast<std::uintptr_t>(f.ptr()), at,
                                                      call);
                    return self;
                  },
                  py::name("add_updater"), py::is_method(mob), py::arg("update_function"),
                  py::arg("index") = py::none(), py::arg("call_updater") = false));

  // ---- always_redraw & co ----
  m.def("always_redraw", [](py::function func) {
    Mobject mob = convert<Mobject>(func(), "always_redraw", "func's return value", "a Mobject");
    py::object obj = wrap(mob);
    mob.add_updater(
        [func](Mobject& me, double) {
          py::gil_scoped_acquire gil;
          me.become(convert<Mobject>(func(), "always_redraw", "func's return value", "a Mobject"));
        },
        false, reinterpret_cast<std::uintptr_t>(func.ptr()), std::nullopt, false);
    return obj;
  });
  auto bound_method = [](py::handle method, const char* fn) {
    if (!py::hasattr(method, "__self__") || !py::isinstance<Mobject>(method.attr("__self__")))
      throw py::type_error(std::string(fn) +
                           ": pass a mobject's method, e.g. always(dot.move_to, other)");
    return std::make_pair(py::object(method.attr("__self__")), py::object(method.attr("__name__")));
  };
  m.def("always", [bound_method](py::object method, py::args args, py::kwargs kw) {
    auto [self, name] = bound_method(method, "always");
    self.attr("add_updater")(
        py::cpp_function([name = name, args, kw](py::object mob) { mob.attr(name)(*args, **kw); }));
    return self;
  });
  m.def("f_always", [bound_method](py::object method, py::args gens, py::kwargs kw) {
    auto [self, name] = bound_method(method, "f_always");
    self.attr("add_updater")(py::cpp_function([name = name, gens, kw](py::object mob) {
      py::list args;
      for (py::handle g : gens) args.append(g());
      mob.attr(name)(*args, **kw);
    }));
    return self;
  });
  m.def(
      "always_shift",
      [](py::object self, const Vec3& d, double rate) {
        Mobject mob = mob_of(self, "always_shift");
        always_shift(mob, d, rate);
        return self;
      },
      py::arg("mobject"), py::arg("direction") = RIGHT, py::arg("rate") = 0.1);
  m.def(
      "always_rotate",
      [](py::object self, double rate, const Vec3& axis) {
        Mobject mob = mob_of(self, "always_rotate");
        always_rotate(mob, rate, axis);
        return self;
      },
      py::arg("mobject"), py::arg("rate") = 20 * DEGREES, py::arg("axis") = OUT);
  m.def(
      "turn_animation_into_updater",
      [](py::object anim, bool cycle) {
        Anim a = to_anim(anim, "turn_animation_into_updater", 0);
        return wrap(turn_animation_into_updater(a.ptr(), cycle));
      },
      py::arg("animation"), py::arg("cycle") = false);
  m.def(
      "cycle_animation",
      [](py::object anim) {
        Anim a = to_anim(anim, "cycle_animation", 0);
        return wrap(cycle_animation(a.ptr()));
      },
      py::arg("animation"));
}

MANIM_PY_BINDING(bind_anim_vocab, 75);
void bind_anim_vocab(py::module_& m) {
  // ---- groups: Manim's introspection ----
  auto group = class_of<AnimationGroup>();
  group
      .def_property_readonly("animations",
                             [](const AnimationGroup& g) {
                               py::list out;
                               for (const Anim& a : g.animations()) out.append(py::cast(a.ptr()));
                               return out;
                             })
      .def_property_readonly("anims_with_timings", [](const AnimationGroup& g) {
        py::list out;
        for (std::size_t i = 0; i < g.animations().size(); ++i)
          out.append(py::make_tuple(py::cast(g.animations()[i].ptr()), g.starts()[i], g.ends()[i]));
        return out;
      });
  auto succ = class_of<Succession>();
  succ.def_property_readonly("active_index", &Succession::active_index)
      .def_property_readonly("active_animation", [](const Succession& s) -> py::object {
        if (!s.has_begun()) throw py::attribute_error("'Succession' has no active_animation yet");
        Animation* a = s.active_animation();
        if (!a) return py::none();
        return py::cast(s.animations()[s.active_index()].ptr());
      });

  // ---- Transform family ----
  pair_anim<TransformFromCopy, Transform, true>(m, "TransformFromCopy",
                                                {"mobject", "target_mobject"});
  pair_anim<ClockwiseTransform, Transform, true>(m, "ClockwiseTransform",
                                                 {"mobject", "target_mobject", "path_arc"});
  pair_anim<CounterclockwiseTransform, Transform, true>(m, "CounterclockwiseTransform",
                                                        {"mobject", "target_mobject", "path_arc"});
  Cls<MoveToTarget, Transform>(m, "MoveToTarget").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("MoveToTarget", args, kw, {"mobject"});
    Mobject a = mob_of(need(k, "mobject"), k.fn());
    AnimArgs aa = read_animation_kwargs(k);
    PathArgs p = read_path_args(k);
    k.finish();
    if (!a.has_target())
      throw py::value_error(
          "MoveToTarget called on mobject without attribute 'target' (call "
          "generate_target() first)");
    return std::make_shared<MoveToTarget>(a, aa, p);
  }));
  Cls<ApplyMethod, Transform>(m, "ApplyMethod").def(py::init([](py::args args, py::kwargs kw) {
    if (args.size() < 1) throw py::type_error("ApplyMethod() missing argument 'method'");
    py::object method = args[0];
    if (!py::hasattr(method, "__self__") || !py::isinstance<Mobject>(method.attr("__self__")))
      throw py::value_error(
          "ApplyMethod: pass a mobject's method, not its result (Whoops, looks like you "
          "accidentally invoked the method you want to animate)");
    py::object self = method.attr("__self__");
    py::object name = method.attr("__name__");
    py::list margs;
    py::dict mkw;
    for (std::size_t i = 1; i < args.size(); ++i) margs.append(args[i]);
    // Manim: a trailing dict is the method's keyword arguments.
    if (py::len(margs) > 0 && py::isinstance<py::dict>(margs[py::len(margs) - 1])) {
      mkw = margs[py::len(margs) - 1];
      margs.attr("pop")();
    }
    Kw k("ApplyMethod", py::args(), kw);
    AnimArgs aa = read_animation_kwargs(k);
    PathArgs p = read_path_args(k);
    k.finish();
    py::tuple targs(margs);
    return std::make_shared<ApplyMethod>(
        mob_of(self, "ApplyMethod"),
        [name, targs, mkw](Mobject& t) {
          py::gil_scoped_acquire gil;
          wrap(t).attr(name)(*targs, **mkw);
        },
        aa, p);
  }));
  Cls<ApplyFunction, Transform>(m, "ApplyFunction").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("ApplyFunction", args, kw, {"function", "mobject"});
    py::function f = need(k, "function");
    Mobject a = mob_of(need(k, "mobject"), k.fn());
    AnimArgs aa = read_animation_kwargs(k);
    PathArgs p = read_path_args(k);
    k.finish();
    return std::make_shared<ApplyFunction>(
        [f](Mobject c) {
          py::gil_scoped_acquire gil;
          py::object r = f(wrap(c));
          if (!py::isinstance<Mobject>(r))
            throw py::type_error(
                "Functions passed to ApplyFunction must return object of type Mobject");
          return r.cast<Mobject>();
        },
        a, aa, p);
  }));
  Cls<ApplyPointwiseFunction, ApplyMethod>(m, "ApplyPointwiseFunction")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("ApplyPointwiseFunction", args, kw, {"function", "mobject", "run_time"});
        py::function f = need(k, "function");
        Mobject a = mob_of(need(k, "mobject"), k.fn());
        AnimArgs aa = read_animation_kwargs(k);
        PathArgs p = read_path_args(k);
        k.finish();
        return std::make_shared<ApplyPointwiseFunction>(py_point_func(f, k.fn()), a, aa, p);
      }));
  Cls<ApplyPointwiseFunctionToCenter, ApplyMethod>(m, "ApplyPointwiseFunctionToCenter")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("ApplyPointwiseFunctionToCenter", args, kw, {"function", "mobject"});
        py::function f = need(k, "function");
        Mobject a = mob_of(need(k, "mobject"), k.fn());
        AnimArgs aa = read_animation_kwargs(k);
        PathArgs p = read_path_args(k);
        k.finish();
        return std::make_shared<ApplyPointwiseFunctionToCenter>(py_point_func(f, k.fn()), a, aa, p);
      }));
  Cls<ApplyMatrix, ApplyPointwiseFunction>(m, "ApplyMatrix")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("ApplyMatrix", args, kw, {"matrix", "mobject", "about_point"});
        py::object mat = need(k, "matrix");
        Mobject a = mob_of(need(k, "mobject"), k.fn());
        Vec3 about = ORIGIN;
        k.get("about_point", about);
        AnimArgs aa = read_animation_kwargs(k);
        PathArgs p = read_path_args(k);
        k.finish();
        std::vector<std::vector<double>> rows;
        try {
          rows = py::module_::import("numpy")
                     .attr("asarray")(mat, "float")
                     .attr("tolist")()
                     .cast<std::vector<std::vector<double>>>();
        } catch (const py::error_already_set&) {
          throw py::value_error("ApplyMatrix: matrix has bad dimensions");
        } catch (const py::cast_error&) {
          throw py::value_error("ApplyMatrix: matrix has bad dimensions");
        }
        try {
          return std::make_shared<ApplyMatrix>(ApplyMatrix::to_matrix(rows), a, about, aa, p);
        } catch (const std::invalid_argument& e) {
          throw py::value_error(e.what());
        }
      }));
  Cls<ApplyComplexFunction, ApplyMethod>(m, "ApplyComplexFunction")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("ApplyComplexFunction", args, kw, {"function", "mobject"});
        py::function f = need(k, "function");
        Mobject a = mob_of(need(k, "mobject"), k.fn());
        AnimArgs aa = read_animation_kwargs(k);
        PathArgs p = read_path_args(k);
        k.finish();
        return std::make_shared<ApplyComplexFunction>(
            [f](std::complex<double> z) {
              py::gil_scoped_acquire gil;
              return py::module_::import("builtins")
                  .attr("complex")(f(z))
                  .cast<std::complex<double>>();
            },
            a, aa, p);
      }));
  Cls<FadeToColor, ApplyMethod>(m, "FadeToColor").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("FadeToColor", args, kw, {"mobject", "color"});
    Mobject a = mob_of(need(k, "mobject"), k.fn());
    Color c = convert<Color>(need(k, "color"), k.fn(), "color", Expect<Color>::name);
    AnimArgs aa = read_animation_kwargs(k);
    k.finish();
    return std::make_shared<FadeToColor>(a, c, aa);
  }));
  Cls<ScaleInPlace, ApplyMethod>(m, "ScaleInPlace").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("ScaleInPlace", args, kw, {"mobject", "scale_factor"});
    Mobject a = mob_of(need(k, "mobject"), k.fn());
    double f = convert<double>(need(k, "scale_factor"), k.fn(), "scale_factor", "a number");
    AnimArgs aa = read_animation_kwargs(k);
    k.finish();
    return std::make_shared<ScaleInPlace>(a, f, aa);
  }));
  mob_anim<ShrinkToCenter, ScaleInPlace>(m, "ShrinkToCenter");
  mob_anim<Restore, ApplyMethod, true>(m, "Restore");
  cyclic_anim<CyclicReplace, Transform>(m, "CyclicReplace");
  cyclic_anim<Swap, CyclicReplace>(m, "Swap");
  fade_transform_anim<FadeTransform, Transform>(m, "FadeTransform");
  fade_transform_anim<FadeTransformPieces, FadeTransform>(m, "FadeTransformPieces");

  // ---- movements ----
  Cls<Homotopy, Animation>(m, "Homotopy").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Homotopy", args, kw, {"homotopy", "mobject", "run_time"});
    py::function f = need(k, "homotopy");
    Mobject a = mob_of(need(k, "mobject"), k.fn());
    k.take("apply_function_kwargs");
    AnimArgs aa = read_animation_kwargs(k);
    k.finish();
    return std::make_shared<Homotopy>(
        [f](double x, double y, double z, double t) {
          py::gil_scoped_acquire gil;
          return convert<Vec3>(f(x, y, z, t), "Homotopy", "homotopy's return value",
                               "a point (3 numbers)");
        },
        a, aa);
  }));
  Cls<ComplexHomotopy, Homotopy>(m, "ComplexHomotopy")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("ComplexHomotopy", args, kw, {"complex_homotopy", "mobject"});
        py::function f = need(k, "complex_homotopy");
        Mobject a = mob_of(need(k, "mobject"), k.fn());
        AnimArgs aa = read_animation_kwargs(k);
        k.finish();
        return std::make_shared<ComplexHomotopy>(
            [f](std::complex<double> z, double t) {
              py::gil_scoped_acquire gil;
              return py::module_::import("builtins")
                  .attr("complex")(f(z, t))
                  .cast<std::complex<double>>();
            },
            a, aa);
      }));
  Cls<PhaseFlow, Animation>(m, "PhaseFlow").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("PhaseFlow", args, kw, {"function", "mobject", "virtual_time"});
    py::function f = need(k, "function");
    Mobject a = mob_of(need(k, "mobject"), k.fn());
    double vt = 1;
    k.get("virtual_time", vt);
    AnimArgs aa = read_animation_kwargs(k);
    k.finish();
    return std::make_shared<PhaseFlow>(py_point_func(f, "PhaseFlow"), a, vt, aa);
  }));
  pair_anim<MoveAlongPath, Animation>(m, "MoveAlongPath", {"mobject", "path"});
  auto rotation = [](Kw& k, RotationArgs& r) {
    k.get("axis", r.axis);
    k.get("about_point", r.about_point);
    k.get("about_edge", r.about_edge);
  };
  Cls<Rotating, Animation>(m, "Rotating").def(py::init([rotation](py::args args, py::kwargs kw) {
    Kw k("Rotating", args, kw,
         {"mobject", "axis", "radians", "about_point", "about_edge", "run_time", "rate_func"});
    Mobject a = mob_of(need(k, "mobject"), k.fn());
    double radians = TAU;
    k.get("radians", radians);
    RotationArgs r;
    rotation(k, r);
    AnimArgs aa = read_animation_kwargs(k);
    k.finish();
    return std::make_shared<Rotating>(a, radians, r, aa);
  }));
  Cls<Rotate, Transform>(m, "Rotate").def(py::init([rotation](py::args args, py::kwargs kw) {
    Kw k("Rotate", args, kw, {"mobject", "angle", "axis", "about_point", "about_edge"});
    Mobject a = mob_of(need(k, "mobject"), k.fn());
    double angle = PI;
    k.get("angle", angle);
    RotationArgs r;
    rotation(k, r);
    AnimArgs aa = read_animation_kwargs(k);
    PathArgs p = read_path_args(k);
    k.finish();
    return std::make_shared<Rotate>(a, angle, r, aa, p);
  }));

  // ---- indications ----
  Cls<ShowPartial, Animation>(m, "ShowPartial");
  Cls<ShowPassingFlash, ShowPartial>(m, "ShowPassingFlash")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("ShowPassingFlash", args, kw, {"mobject", "time_width"});
        Mobject a = mob_of(need(k, "mobject"), k.fn());
        double tw = 0.1;
        k.get("time_width", tw);
        AnimArgs aa = read_animation_kwargs(k);
        k.finish();
        return std::make_shared<ShowPassingFlash>(a, tw, aa);
      }));
  opts_anim<ShowPassingFlashWithThinningStrokeWidth, AnimationGroup, ThinningFlashArgs>(
      m, "ShowPassingFlashWithThinningStrokeWidth",
      {"vmobject", "n_segments", "time_width", "remover"}, read_thinning);
  opts_anim<Indicate, Transform, IndicateArgs>(
      m, "Indicate", {"mobject", "scale_factor", "color", "rate_func"}, read_indicate);
  Cls<Flash, AnimationGroup>(m, "Flash").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Flash", args, kw,
         {"point", "line_length", "num_lines", "flash_radius", "line_stroke_width", "color",
          "time_width", "run_time"});
    PointOrMobject p = point_or_mobject(need(k, "point"), k.fn(), "point");
    FlashArgs f;
    k.get("line_length", f.line_length);
    k.get("num_lines", f.num_lines);
    k.get("flash_radius", f.flash_radius);
    k.get("line_stroke_width", f.line_stroke_width);
    k.get("color", f.color);
    k.get("time_width", f.time_width);
    k.get("run_time", f.run_time);
    AnimArgs aa = read_animation_kwargs(k);
    k.finish();
    return std::make_shared<Flash>(p, f, aa);
  }));
  Cls<Circumscribe, Succession>(m, "Circumscribe").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Circumscribe", args, kw,
         {"mobject", "shape", "fade_in", "fade_out", "time_width", "buff", "color", "run_time",
          "stroke_width"});
    Mobject a = mob_of(need(k, "mobject"), k.fn());
    CircumscribeArgs c;
    if (py::object shape = k.take("shape")) {
      py::module_ eng = py::module_::import("manimcpp");
      if (shape.is(eng.attr("Circle")))
        c.shape = CircumscribeShape::Circle;
      else if (!shape.is(eng.attr("Rectangle")))
        throw py::value_error("Circumscribe: shape should be either Rectangle or Circle.");
    }
    k.get("fade_in", c.fade_in);
    k.get("fade_out", c.fade_out);
    k.get("time_width", c.time_width);
    k.get("buff", c.buff);
    k.get("color", c.color);
    k.get("run_time", c.run_time);
    k.get("stroke_width", c.stroke_width);
    GroupArgs g;
    k.get("rate_func", g.rate_func);
    k.get("lag_ratio", g.lag_ratio);
    k.finish();
    return std::make_shared<Circumscribe>(a, c, g);
  }));
  Cls<ShowCreationThenFadeOut, Succession>(m, "ShowCreationThenFadeOut")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("ShowCreationThenFadeOut", args, kw, {"mobject", "remover"});
        Mobject a = mob_of(need(k, "mobject"), k.fn());
        GroupArgs g;
        k.get("remover", g.remover);
        read_anim_args(k, g);
        k.finish();
        return std::make_shared<ShowCreationThenFadeOut>(a, g);
      }));
  opts_anim<ApplyWave, Homotopy, ApplyWaveArgs>(
      m, "ApplyWave",
      {"mobject", "direction", "amplitude", "wave_func", "time_width", "ripples", "run_time"},
      read_wave);
  opts_anim<Wiggle, Animation, WiggleArgs>(m, "Wiggle",
                                           {"mobject", "scale_value", "rotation_angle", "n_wiggles",
                                            "scale_about_point", "rotate_about_point", "run_time"},
                                           read_wiggle)
      .def("get_scale_about_point",
           [](const Wiggle& w) { return point_list(w.get_scale_about_point()); })
      .def("get_rotate_about_point",
           [](const Wiggle& w) { return point_list(w.get_rotate_about_point()); });
  Cls<FocusOn, Transform>(m, "FocusOn").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("FocusOn", args, kw, {"focus_point", "opacity", "color", "run_time"});
    PointOrMobject p = point_or_mobject(need(k, "focus_point"), k.fn(), "focus_point");
    FocusOnArgs f;
    k.get("opacity", f.opacity);
    k.get("color", f.color);
    AnimArgs aa = read_animation_kwargs(k);
    k.finish();
    return std::make_shared<FocusOn>(p, f, aa);
  }));

  // ---- updaters as animations ----
  Cls<UpdateFromFunc, Animation>(m, "UpdateFromFunc")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("UpdateFromFunc", args, kw, {"mobject", "update_function"});
        Mobject a = mob_of(need(k, "mobject"), k.fn());
        py::function f = need(k, "update_function");
        AnimArgs aa = read_animation_kwargs(k);
        k.finish();
        return std::make_shared<UpdateFromFunc>(a, py_mob_func(f), aa);
      }));
  Cls<UpdateFromAlphaFunc, Animation>(m, "UpdateFromAlphaFunc")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("UpdateFromAlphaFunc", args, kw, {"mobject", "update_function"});
        Mobject a = mob_of(need(k, "mobject"), k.fn());
        py::function f = need(k, "update_function");
        AnimArgs aa = read_animation_kwargs(k);
        k.finish();
        return std::make_shared<UpdateFromAlphaFunc>(
            a,
            [f](Mobject& mob, double alpha) {
              py::gil_scoped_acquire gil;
              f(wrap(mob), alpha);
            },
            aa);
      }));
  pair_anim<MaintainPositionRelativeTo, Animation>(m, "MaintainPositionRelativeTo",
                                                   {"mobject", "tracked_mobject"});
  Cls<ChangingDecimal, Animation>(m, "ChangingDecimal")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("ChangingDecimal", args, kw, {"decimal_mob", "number_update_func"});
        DecimalNumber d = convert<DecimalNumber>(need(k, "decimal_mob"), k.fn(), "decimal_mob",
                                                 "a DecimalNumber");
        py::function f = need(k, "number_update_func");
        AnimArgs aa = read_animation_kwargs(k);
        k.finish();
        return std::make_shared<ChangingDecimal>(
            d,
            [f](double a) {
              py::gil_scoped_acquire gil;
              return f(a).cast<double>();
            },
            aa);
      }));
  Cls<ChangeDecimalToValue, ChangingDecimal>(m, "ChangeDecimalToValue")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("ChangeDecimalToValue", args, kw, {"decimal_mob", "target_number"});
        DecimalNumber d = convert<DecimalNumber>(need(k, "decimal_mob"), k.fn(), "decimal_mob",
                                                 "a DecimalNumber");
        double t = convert<double>(need(k, "target_number"), k.fn(), "target_number", "a number");
        AnimArgs aa = read_animation_kwargs(k);
        k.finish();
        return std::make_shared<ChangeDecimalToValue>(d, t, aa);
      }));

  // ---- ChangeSpeed ----
  Cls<ChangeSpeed, Animation>(m, "ChangeSpeed")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("ChangeSpeed", args, kw, {"anim", "speedinfo", "rate_func", "affects_speed_updaters"});
        Anim inner = to_anim(need(k, "anim"), "ChangeSpeed", 0);
        std::map<double, double> info;
        try {
          info = need(k, "speedinfo").cast<std::map<double, double>>();
        } catch (const py::cast_error&) {
          throw py::type_error("ChangeSpeed: speedinfo must be a dict {progress: speed}");
        }
        RateFunc rf;
        k.get("rate_func", rf);
        bool affects = true;
        k.get("affects_speed_updaters", affects);
        AnimArgs aa = read_animation_kwargs(k);
        k.finish();
        return std::make_shared<ChangeSpeed>(inner, info, rf, affects, aa);
      }))
      .def_static(
          "add_updater",
          [](py::object mob, py::function f, py::object index, bool call) {
            std::optional<std::size_t> at;
            if (!index.is_none()) at = index.cast<std::size_t>();
            const bool dt = takes_dt(f);
            Mobject& target = mob.cast<Mobject&>();
            ChangeSpeed::add_updater(target, python_updater(f, dt), dt,
                                     reinterpret_cast<std::uintptr_t>(f.ptr()), at, call);
          },
          py::arg("mobject"), py::arg("update_function"), py::arg("index") = py::none(),
          py::arg("call_updater") = false);

  // ---- creation / specialized ----
  Cls<SpinInFromNothing, GrowFromCenter>(m, "SpinInFromNothing")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("SpinInFromNothing", args, kw, {"mobject", "angle", "point_color"});
        Mobject a = mob_of(need(k, "mobject"), k.fn());
        double angle = PI / 2;
        k.get("angle", angle);
        if (k.take("point_color"))
          throw py::type_error("SpinInFromNothing: point_color is not supported by manim.cpp");
        AnimArgs aa = read_animation_kwargs(k);
        k.finish();
        return std::make_shared<SpinInFromNothing>(a, angle, aa);
      }));
  Cls<Broadcast, LaggedStart>(m, "Broadcast").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Broadcast", args, kw,
         {"mobject", "focal_point", "n_mobs", "initial_opacity", "final_opacity", "initial_width",
          "remover", "lag_ratio", "run_time"});
    Mobject a = mob_of(need(k, "mobject"), k.fn());
    BroadcastArgs b;
    k.get("focal_point", b.focal_point);
    k.get("n_mobs", b.n_mobs);
    k.get("initial_opacity", b.initial_opacity);
    k.get("final_opacity", b.final_opacity);
    k.get("initial_width", b.initial_width);
    k.get("remover", b.remover);
    k.get("lag_ratio", b.lag_ratio);
    k.get("run_time", b.run_time);
    GroupArgs g;
    k.get("rate_func", g.rate_func);
    k.finish();
    return std::make_shared<Broadcast>(a, b, g);
  }));
}

MANIM_PY_BINDING(bind_scene_waits, 85);
void bind_scene_waits(py::module_& m) {
  auto scene = class_of<Scene>();
  auto cond = [](py::object f) -> std::function<bool()> {
    if (f.is_none()) return nullptr;
    return [f]() {
      py::gil_scoped_acquire gil;
      return py::bool_(f()).cast<bool>();
    };
  };
  py::setattr(
      scene, "wait",
      py::cpp_function(
          [cond](Scene& s, double duration, py::object stop_condition, py::object frozen_frame) {
            // frozen_frame None: the scene decides (Manim's should_update_mobjects).
            std::optional<bool> frozen;
            if (!frozen_frame.is_none()) frozen = py::bool_(frozen_frame).cast<bool>();
            s.wait(duration, cond(stop_condition), frozen);
          },
          py::name("wait"), py::is_method(scene), py::arg("duration") = DEFAULT_WAIT_TIME,
          py::arg("stop_condition") = py::none(), py::arg("frozen_frame") = py::none()));
  scene
      .def(
          "wait_until",
          [cond](Scene& s, py::object stop_condition, double max_time) {
            s.wait_until(cond(stop_condition), max_time);
          },
          py::arg("stop_condition"), py::arg("max_time") = 60)
      .def("add_foreground_mobject", [](py::object self, const Mobject& mob) {
        self.cast<Scene&>().add_foreground_mobject(mob);
        return self;
      });
  (void)m;
}

}  // namespace manim::python
