// Manim's colour methods with several colours (gradients), sheen, the colour-by-position
// helpers, and the point-alignment methods Transform uses (align_data, align_points,
// interpolate) as Python-visible Mobject methods.
#include "manim/mobject/color_gradients.hpp"
#include "mobject/family.hpp"
#include "mobject/path_ops.hpp"
#include "python/bind_common.hpp"
#include "python/py_attributes.hpp"

namespace manim::python {

namespace {

bool is_number(py::handle o) {
  return py::isinstance<py::float_>(o) || py::isinstance<py::int_>(o) ||
         py::hasattr(o, "__float__");
}

// Manim's tuplify(color): a list or tuple of colours, or one colour. A sequence of numbers is
// one colour (RGB / RGBA).
std::vector<Color> colors_arg(py::handle o, const std::string& fn, const char* arg) {
  std::vector<Color> out;
  if ((py::isinstance<py::list>(o) || py::isinstance<py::tuple>(o)) &&
      !(py::len(o) > 0 && is_number(o.cast<py::sequence>()[0]))) {
    for (auto c : o) out.push_back(convert<Color>(c, fn, arg, Expect<Color>::name));
    if (out.empty())
      throw py::value_error(fn + ": argument '" + arg +
                            "' is an empty list; pass a colour or a list of colours");
    return out;
  }
  out.push_back(convert<Color>(o, fn, arg, Expect<Color>::name));
  return out;
}

std::optional<double> opt_double(py::handle o, const std::string& fn, const char* arg) {
  if (o.is_none()) return std::nullopt;
  return convert<double>(o, fn, arg, Expect<double>::name);
}

py::array_t<double> rgba_array(const std::vector<Color>& cs) {
  py::array_t<double> a({static_cast<py::ssize_t>(cs.size()), py::ssize_t(4)});
  auto r = a.mutable_unchecked<2>();
  for (std::size_t i = 0; i < cs.size(); ++i) {
    const auto k = static_cast<py::ssize_t>(i);
    r(k, 0) = cs[i].r;
    r(k, 1) = cs[i].g;
    r(k, 2) = cs[i].b;
    r(k, 3) = cs[i].a;
  }
  return a;
}

py::list color_list(std::vector<Color> cs) {
  py::list out;
  for (Color& c : cs) {
    c.a = 1;  // Manim's get_*_colors are the colours; opacities are separate
    out.append(py::cast(c));
  }
  return out;
}

py::list opacity_list(const std::vector<Color>& cs) {
  py::list out;
  for (const Color& c : cs) out.append(c.a);
  return out;
}

// set_fill / set_stroke with one colour keep the engine's own path (it knows subclasses).
void fill(Mobject& m, py::handle color, std::optional<double> opacity, bool family) {
  if (color.is_none()) {
    m.set_fill(std::nullopt, opacity, family);
    return;
  }
  const auto cs = colors_arg(color, "set_fill", "color");
  if (cs.size() == 1)
    m.set_fill(cs[0], opacity, family);
  else
    set_fill_colors(m, cs, opacity, family);
}

void stroke(Mobject& m, py::handle color, std::optional<double> width,
            std::optional<double> opacity, bool background, bool family) {
  if (color.is_none()) {
    m.set_stroke(std::nullopt, width, opacity, background, family);
    return;
  }
  const auto cs = colors_arg(color, "set_stroke", "color");
  if (cs.size() == 1)
    m.set_stroke(cs[0], width, opacity, background, family);
  else
    set_stroke_colors(m, cs, width, opacity, background, family);
}

std::vector<Color> star_colors(const py::args& args, const char* fn) {
  std::vector<Color> out;
  for (auto a : args)
    for (const Color& c : colors_arg(a, fn, "colors")) out.push_back(c);
  return out;
}

// Manim's set_submobject_colors_by_gradient.
void by_gradient(Mobject& m, const py::args& args, const char* fn) {
  const auto cs = star_colors(args, fn);
  if (cs.empty()) throw py::value_error("Need at least one color");
  if (cs.size() == 1) {
    m.set_color(cs[0], true);
    return;
  }
  auto members = m.family_members_with_points();
  const auto spread = color_gradient(cs, static_cast<int>(members.size()));
  for (std::size_t i = 0; i < members.size(); ++i) members[i].set_color(spread[i], false);
}

}  // namespace

MANIM_PY_BINDING(bind_mobject_styles, 49);
void bind_mobject_styles(py::module_& m) {
  py::object mob = m.attr("Mobject");

  // Keywords and defaults are Manim's: set_color(color=YELLOW_C, family=True).
  mob.attr("set_color") = py::cpp_function(
      [](py::object self, py::object color, bool family) {
        Mobject& x = self.cast<Mobject&>();
        const auto cs = colors_arg(color, "set_color", "color");
        if (cs.size() == 1)
          x.set_color(cs[0], family);
        else
          set_colors(x, cs, family);
        return self;
      },
      py::name("set_color"), py::is_method(mob), py::arg("color") = YELLOW_C,
      py::arg("family") = true);
  mob.attr("set_fill") = py::cpp_function(
      [](py::object self, py::object color, py::object opacity, bool family) {
        fill(self.cast<Mobject&>(), color, opt_double(opacity, "set_fill", "opacity"), family);
        return self;
      },
      py::name("set_fill"), py::is_method(mob), py::arg("color") = py::none(),
      py::arg("opacity") = py::none(), py::arg("family") = true);
  mob.attr("set_stroke") = py::cpp_function(
      [](py::object self, py::object color, py::object width, py::object opacity, bool background,
         bool family) {
        stroke(self.cast<Mobject&>(), color, opt_double(width, "set_stroke", "width"),
               opt_double(opacity, "set_stroke", "opacity"), background, family);
        return self;
      },
      py::name("set_stroke"), py::is_method(mob), py::arg("color") = py::none(),
      py::arg("width") = py::none(), py::arg("opacity") = py::none(), py::arg("background") = false,
      py::arg("family") = true);
  mob.attr("set_background_stroke") = py::cpp_function(
      [](py::object self, py::kwargs kw) {
        Kw k("set_background_stroke", py::args(), kw);
        py::object color = py::none();
        std::optional<double> width, opacity;
        bool family = true;
        if (kw.contains("color")) color = kw["color"];
        k.get("width", width);
        k.get("opacity", opacity);
        k.get("family", family);
        if (kw.contains("color")) PyDict_DelItemString(kw.ptr(), "color");
        k.finish();
        stroke(self.cast<Mobject&>(), color, width, opacity, true, family);
        return self;
      },
      py::name("set_background_stroke"), py::is_method(mob));

  // Manim's VMobject.joint_type: a LineJointType (or its value 0-3), for this object only.
  py::cast<py::class_<Mobject>>(mob).def_property(
      "joint_type",
      [](const Mobject& x) {
        return py::module_::import("manim.constants")
            .attr("LineJointType")(x.node().style.joint_type);
      },
      [](Mobject& x, py::object v) {
        py::object value = py::hasattr(v, "value") ? v.attr("value") : v;
        const int j = convert<int>(value, x.kind() + ".joint_type", "joint_type",
                                   "a LineJointType (AUTO, ROUND, BEVEL or MITER)");
        if (j < 0 || j > 3)
          throw py::value_error(x.kind() + ".joint_type: " + std::to_string(j) +
                                " is not a LineJointType; use LineJointType.AUTO, ROUND, BEVEL "
                                "or MITER");
        x.node().style.joint_type = j;
      });

  // ---- sheen ----
  mob.attr("set_sheen") = py::cpp_function(
      [](py::object self, double factor, std::optional<Vec3> direction, bool family) {
        set_sheen(self.cast<Mobject&>(), factor, direction, family);
        return self;
      },
      py::name("set_sheen"), py::is_method(mob), py::arg("factor"),
      py::arg("direction") = py::none(), py::arg("family") = true);
  mob.attr("set_sheen_direction") = py::cpp_function(
      [](py::object self, const Vec3& d, bool family) {
        set_sheen_direction(self.cast<Mobject&>(), d, family);
        return self;
      },
      py::name("set_sheen_direction"), py::is_method(mob), py::arg("direction"),
      py::arg("family") = true);
  mob.attr("rotate_sheen_direction") = py::cpp_function(
      [](py::object self, double angle, const Vec3& axis, bool family) {
        rotate_sheen_direction(self.cast<Mobject&>(), angle, axis, family);
        return self;
      },
      py::name("rotate_sheen_direction"), py::is_method(mob), py::arg("angle"),
      py::arg("axis") = OUT, py::arg("family") = true);
  py::cast<py::class_<Mobject>>(mob)
      .def("get_sheen_direction", [](const Mobject& x) { return x.node().style.sheen_direction; })
      .def("get_sheen_factor", [](const Mobject& x) { return x.node().style.sheen_factor; })
      .def("get_gradient_start_and_end_points",
           [](const Mobject& x) {
             auto [a, b] = get_gradient_start_and_end_points(x);
             return py::make_tuple(a, b);
           })
      // ---- colour stops ----
      .def("get_fill_rgbas", [](const Mobject& x) { return rgba_array(get_fill_colors(x)); })
      .def(
          "get_stroke_rgbas",
          [](const Mobject& x, bool bg) { return rgba_array(get_stroke_colors(x, bg)); },
          py::arg("background") = false)
      .def("get_fill_colors", [](const Mobject& x) { return color_list(get_fill_colors(x)); })
      .def(
          "get_stroke_colors",
          [](const Mobject& x, bool bg) { return color_list(get_stroke_colors(x, bg)); },
          py::arg("background") = false)
      .def("get_fill_opacities", [](const Mobject& x) { return opacity_list(get_fill_colors(x)); })
      .def(
          "get_stroke_opacities",
          [](const Mobject& x, bool bg) { return opacity_list(get_stroke_colors(x, bg)); },
          py::arg("background") = false)
      // ---- colour by position ----
      .def("set_color_by_gradient",
           [](py::object self, py::args colors) {
             by_gradient(self.cast<Mobject&>(), colors, "set_color_by_gradient");
             return self;
           })
      .def("set_submobject_colors_by_gradient",
           [](py::object self, py::args colors) {
             by_gradient(self.cast<Mobject&>(), colors, "set_submobject_colors_by_gradient");
             return self;
           })
      .def(
          "set_colors_by_radial_gradient",
          [](py::object self, std::optional<Vec3> center, double radius, const Color& inner,
             const Color& outer) {
            set_colors_by_radial_gradient(self.cast<Mobject&>(), center, radius, inner, outer);
            return self;
          },
          py::arg("center") = py::none(), py::arg("radius") = 1.0, py::arg("inner_color") = WHITE,
          py::arg("outer_color") = BLACK)
      .def(
          "set_submobject_colors_by_radial_gradient",
          [](py::object self, std::optional<Vec3> center, double radius, const Color& inner,
             const Color& outer) {
            set_colors_by_radial_gradient(self.cast<Mobject&>(), center, radius, inner, outer);
            return self;
          },
          py::arg("center") = py::none(), py::arg("radius") = 1.0, py::arg("inner_color") = WHITE,
          py::arg("outer_color") = BLACK)
      // The children exactly as listed (Manim's `m.submobjects = [...]` and list mutations);
      // the Python objects are kept, so `m.submobjects[0] is x` afterwards.
      .def("_set_submobjects",
           [](Mobject& self, py::iterable items) {
             std::vector<std::shared_ptr<detail::MobjectNode>> nodes;
             for (auto item : items) {
               Mobject c =
                   convert<Mobject>(item, self.kind() + ".submobjects", "item", "a Mobject");
               adopt(item);
               nodes.push_back(c.node_ptr());
             }
             self.node().submobjects = std::move(nodes);
           })
      // ---- what Transform does, step by step ----
      .def(
          "align_data",
          [](py::object self, py::object other, bool skip_point_alignment) {
            Mobject& a = self.cast<Mobject&>();
            Mobject b = convert<Mobject>(other, "align_data", "mobject", "a Mobject");
            if (skip_point_alignment)
              detail::align_structure(a, b);
            else
              detail::align_data(a, b);
            return self;
          },
          py::arg("mobject"), py::arg("skip_point_alignment") = false)
      .def(
          "align_points",
          [](py::object self, py::object other) {
            Mobject b = convert<Mobject>(other, "align_points", "mobject", "a Mobject");
            detail::align_points(self.cast<Mobject&>().node(), b.node());
            return self;
          },
          py::arg("mobject"))
      .def(
          "interpolate",
          [](py::object self, py::object m1, py::object m2, double alpha, py::object path_func) {
            Mobject a = convert<Mobject>(m1, "interpolate", "mobject1", "a Mobject");
            Mobject b = convert<Mobject>(m2, "interpolate", "mobject2", "a Mobject");
            Mobject& out = self.cast<Mobject&>();
            detail::interpolate_node(out.node(), a.node(), b.node(), alpha);
            // Manim's path_func(points1, points2, alpha) places the points (default straight).
            if (!path_func.is_none())
              out.node().points = convert<std::vector<Vec3>>(
                  path_func(m1.attr("points"), m2.attr("points"), alpha), "interpolate",
                  "path_func", "a function returning a list of points");
            return self;
          },
          py::arg("mobject1"), py::arg("mobject2"), py::arg("alpha"),
          py::arg("path_func") = py::none());
}

}  // namespace manim::python
