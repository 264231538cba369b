// Manim's updater queries on Mobject: get_updaters (the list of functions, as Manim's
// `self.updaters`), get_time_based_updaters / has_time_based_updater (those taking `dt`, on this
// object only, as Manim), get_family_updaters and match_updaters.
#include "python/bind_common.hpp"

namespace manim::python {

namespace {

// The function an updater was added with. Python-added updaters are keyed by the function
// object, which the stored closure keeps alive; engine-made ones (key 0) come back as a callable
// running the stored updater.
py::object updater_function(const detail::MobjectNode::UpdaterEntry& e) {
  if (e.key != 0) return py::reinterpret_borrow<py::object>(reinterpret_cast<PyObject*>(e.key));
  Updater f = e.f;
  return py::cpp_function([f](Mobject& m, double dt) { f(m, dt); }, py::arg("mob"),
                          py::arg("dt") = 0.0);
}

py::list updaters_of(const Mobject& m, bool time_based_only) {
  py::list out;
  for (const auto& e : m.node().updaters)
    if (!time_based_only || e.time_based) out.append(updater_function(e));
  return out;
}

}  // namespace

MANIM_PY_BINDING(bind_updater_queries, 77);
void bind_updater_queries(py::module_& m) {
  auto mob = py::reinterpret_borrow<py::class_<Mobject>>(m.attr("Mobject"));
  // Replaces the earlier binding that returned a count (no overload: Manim returns the list).
  py::setattr(mob, "get_updaters",
              py::cpp_function([](const Mobject& a) { return updaters_of(a, false); },
                               py::name("get_updaters"), py::is_method(mob)));
  mob.def("get_time_based_updaters", [](const Mobject& a) { return updaters_of(a, true); });
  mob.def("has_time_based_updater", [](const Mobject& a) {
    for (const auto& e : a.node().updaters)
      if (e.time_based) return true;
    return false;
  });
  mob.def("get_family_updaters", [](const Mobject& a) {
    py::list out;
    for (const Mobject& f : a.get_family())
      for (auto u : updaters_of(f, false)) out.append(u);
    return out;
  });
  mob.def(
      "match_updaters",
      [](py::object self, py::object other) {
        const Mobject& src =
            convert<const Mobject&>(other, "Mobject.match_updaters", "mobject", "a Mobject");
        py::list fs = updaters_of(src, false);  // before clearing: other may be self
        self.attr("clear_updaters")();
        for (auto f : fs) self.attr("add_updater")(f);
        return self;
      },
      py::arg("mobject"));
}

}  // namespace manim::python
