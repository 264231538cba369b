// Manim's VMobject style attributes (fill_color, stroke_width, background_stroke_color...) and
// VGroup's container protocol with Manim's errors: add / += / + accept VMobjects only
// (TypeError "All submobjects must be of type VMobject"), item assignment replaces a child.
#include "manim/mobject/color_gradients.hpp"
#include "python/bind_common.hpp"
#include "python/py_attributes.hpp"

namespace manim::python {

namespace {

VStyle& style(const VMobject& v) { return v.node().style; }

// Manim's VGroup.add check: every argument a VMobject, else TypeError (nothing is added).
void require_vmobjects(const py::args& args) {
  for (auto a : args)
    if (!py::isinstance<VMobject>(a))
      throw py::type_error("All submobjects must be of type VMobject");
}

}  // namespace

MANIM_PY_BINDING(bind_vmobject_attrs, 48);
void bind_vmobject_attrs(py::module_& m) {
  auto vm = py::reinterpret_borrow<py::class_<VMobject, Mobject>>(m.attr("VMobject"));
  // Colours set through the properties go to the whole family, as Manim's property setters
  // (set_fill / set_stroke) do; widths and opacities are plain attributes of the object itself.
  vm.def_property(
        "fill_color", [](const VMobject& v) { return v.get_fill_color(); },
        [](VMobject& v, const Color& c) { v.set_fill(c, std::nullopt, true); })
      .def_property(
          "stroke_color", [](const VMobject& v) { return v.get_stroke_color(); },
          [](VMobject& v, const Color& c) { v.set_stroke(c, std::nullopt, std::nullopt, false); })
      .def_property(
          "fill_opacity", [](const VMobject& v) { return style(v).fill_opacity; },
          [](VMobject& v, double o) { v.set_fill(std::nullopt, o, false); })
      .def_property(
          "stroke_opacity", [](const VMobject& v) { return style(v).stroke_opacity; },
          [](VMobject& v, double o) { v.set_stroke(std::nullopt, std::nullopt, o, false, false); })
      .def_property(
          "stroke_width", [](const VMobject& v) { return style(v).stroke_width; },
          [](VMobject& v, double w) { v.set_stroke(std::nullopt, w, std::nullopt, false, false); })
      .def_property(
          "background_stroke_color",
          [](const VMobject& v) { return style(v).background_stroke_color; },
          [](VMobject& v, const Color& c) {
            v.set_stroke(c, std::nullopt, std::nullopt, true, false);
          })
      .def_property(
          "background_stroke_width",
          [](const VMobject& v) { return style(v).background_stroke_width; },
          [](VMobject& v, double w) { v.set_stroke(std::nullopt, w, std::nullopt, true, false); })
      .def_property(
          "background_stroke_opacity",
          [](const VMobject& v) { return style(v).background_stroke_opacity; },
          [](VMobject& v, double o) { v.set_stroke(std::nullopt, std::nullopt, o, true, false); })
      .def_property_readonly_static("n_points_per_cubic_curve", [](py::object) { return 4; });

  vm.def("set_style", [](py::object self, py::kwargs kw) {
    Kw k("VMobject.set_style", py::args(), kw);
    std::optional<Color> fc, sc, bc;
    std::optional<double> fo, sw, so, bw, bo;
    bool family = true;
    k.get("fill_color", fc);
    k.get("fill_opacity", fo);
    k.get("stroke_color", sc);
    k.get("stroke_width", sw);
    k.get("stroke_opacity", so);
    k.get("background_stroke_color", bc);
    k.get("background_stroke_width", bw);
    k.get("background_stroke_opacity", bo);
    k.get("family", family);
    std::optional<double> sheen;
    std::optional<Vec3> sheen_direction;
    k.get("sheen_factor", sheen);
    k.get("sheen_direction", sheen_direction);
    if (k.take("background_image"))
      throw py::value_error(
          "VMobject.set_style: background_image is not supported by manim.cpp; leave it out");
    k.finish();
    VMobject& v = self.cast<VMobject&>();
    v.set_fill(fc, fo, family);
    v.set_stroke(sc, sw, so, false, family);
    v.set_stroke(bc, bw, bo, true, family);
    if (sheen && *sheen != 0) set_sheen(v, *sheen, sheen_direction, family);
    return self;
  });

  // Manim's BackgroundRectangle keeps its black look: only fill_opacity is taken, anything else
  // is logged as ignored.
  py::object bg = m.attr("BackgroundRectangle");
  bg.attr("set_style") = py::cpp_function(
      [](py::object self, py::args args, py::kwargs kw) {
        Kw k("BackgroundRectangle.set_style", args, py::dict(), {"fill_opacity"});
        py::object given = k.take("fill_opacity");
        if (!given && kw.contains("fill_opacity")) {
          given = kw["fill_opacity"];
          PyDict_DelItemString(kw.ptr(), "fill_opacity");
        }
        if (!given)
          throw py::type_error("BackgroundRectangle.set_style() missing argument 'fill_opacity'");
        const double o = convert<double>(given, k.fn(), "fill_opacity", Expect<double>::name);
        VMobject& v = self.cast<VMobject&>();
        v.set_fill(BLACK, o, true);
        v.set_stroke(BLACK, 0.0, std::nullopt, false, true);
        if (py::len(kw) > 0)
          py::module_::import("logging").attr("getLogger")("manim").attr("info")(
              "Argument %s is ignored in BackgroundRectangle.set_style.", kw);
        return self;
      },
      py::is_method(bg));

  py::object vgroup = m.attr("VGroup");
  py::object mobject_add = m.attr("Mobject").attr("add");
  vgroup.attr("add") = py::cpp_function(
      [mobject_add](py::object self, py::args args) {
        require_vmobjects(args);
        return mobject_add(self, *args);
      },
      py::is_method(vgroup));
  vgroup.attr("__iadd__") =
      py::cpp_function([](py::object self, py::object other) { return self.attr("add")(other); },
                       py::is_method(vgroup));
  vgroup.attr("__add__") = py::cpp_function(
      [vgroup](py::object self, py::object other) {
        py::list items;
        for (auto x : self.attr("submobjects")) items.append(x);
        items.append(other);
        return vgroup(*py::tuple(items));
      },
      py::is_method(vgroup));
  vgroup.attr("__setitem__") = py::cpp_function(
      [](py::object self, long key, py::object value) {
        if (!py::isinstance<VMobject>(value))
          throw py::type_error("All submobjects must be of type VMobject");
        auto& kids = self.cast<VGroup&>().node().submobjects;
        const long n = static_cast<long>(kids.size());
        const long i = key < 0 ? key + n : key;
        if (i < 0 || i >= n)
          throw py::index_error("VGroup: index " + std::to_string(key) + " out of range for " +
                                std::to_string(n) + " submobjects");
        adopt(value);
        kids[static_cast<std::size_t>(i)] = value.cast<VMobject&>().node_ptr();
      },
      py::is_method(vgroup));
}

}  // namespace manim::python
