// Cross, Underline, ScreenRectangle, FullScreenRectangle, LabeledLine, LabeledArrow with
// Manim's constructor keywords and positional order.
#include "manim/mobject/geometry/labeled.hpp"
#include "manim/mobject/geometry/shape_matchers.hpp"
#include "python/bind_common.hpp"

namespace manim::python {

using namespace pybind11::literals;

namespace {

Vec3 point_or_center(Kw& k, const char* name, Vec3 fallback) {
  py::object o = k.take(name);
  if (!o) return fallback;
  if (py::isinstance<Mobject>(o)) return o.cast<Mobject>().get_center();
  return convert<Vec3>(o, k.fn(), name, Expect<Vec3>::name);
}

// LabeledLine's own keywords; a string label becomes MathTex(label, color, font_size) as in
// Manim.
Mobject read_label(Kw& k, LabelArgs& a) {
  py::module_ m = py::module_::import("manimcpp");
  py::object label = k.take("label");
  if (!label) throw py::type_error(k.fn() + "() missing argument 'label'");
  k.get("label_position", a.label_position);
  double font_size = 48;
  k.get("font_size", font_size);
  py::object color = k.take("label_color");
  if (color) a.label_color = convert<Color>(color, k.fn(), "label_color", Expect<Color>::name);
  k.get("label_frame", a.label_frame);
  k.get("frame_fill_color", a.frame_fill_color);
  k.get("frame_fill_opacity", a.frame_fill_opacity);
  if (py::isinstance<py::str>(label))
    label = m.attr("MathTex")(label, "color"_a = color ? color : m.attr("WHITE"),
                              "font_size"_a = font_size);
  return convert<Mobject>(label, k.fn(), "label", "a string or a Mobject");
}

}  // namespace

MANIM_PY_BINDING(bind_shape_matchers, 33);
void bind_shape_matchers(py::module_& m) {
  py::class_<Cross, VGroup>(m, "Cross").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Cross", args, kw, {"mobject", "stroke_color", "stroke_width", "scale_factor"});
    std::optional<Mobject> target;
    if (py::object o = k.take("mobject"))
      target = convert<Mobject>(o, "Cross", "mobject", "a Mobject");
    CrossArgs a;
    k.get("stroke_color", a.cross_stroke_color);
    k.get("stroke_width", a.cross_stroke_width);
    k.get("scale_factor", a.scale_factor);
    read_style(k, a);
    k.finish();
    return Cross(target, a);
  }));
  add_kind<Cross>();

  py::class_<Underline, Line>(m, "Underline").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Underline", args, kw, {"mobject", "buff"});
    py::object o = k.take("mobject");
    if (!o) throw py::type_error("Underline() missing argument 'mobject'");
    UnderlineArgs a;
    k.get("buff", a.buff);
    read_style(k, a);
    k.finish();
    return Underline(convert<Mobject>(o, "Underline", "mobject", "a Mobject"), a);
  }));
  add_kind<Underline>();

  py::class_<ScreenRectangle, Rectangle>(m, "ScreenRectangle")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("ScreenRectangle", args, kw, {"aspect_ratio", "height"});
        ScreenRectangleArgs a;
        k.get("aspect_ratio", a.aspect_ratio);
        k.get("height", a.height);
        read_style(k, a);
        k.finish();
        return ScreenRectangle(a);
      }))
      .def_property("aspect_ratio", &ScreenRectangle::aspect_ratio,
                    [](ScreenRectangle& r, double v) { r.set_aspect_ratio(v); });
  add_kind<ScreenRectangle>();

  py::class_<FullScreenRectangle, ScreenRectangle>(m, "FullScreenRectangle")
      .def(py::init([](py::kwargs kw) {
        Kw k("FullScreenRectangle", py::args(), kw);
        ScreenRectangleArgs a;
        k.get("aspect_ratio", a.aspect_ratio);
        k.get("height", a.height);
        read_style(k, a);
        k.finish();
        return FullScreenRectangle(a);
      }));
  add_kind<FullScreenRectangle>();

  py::class_<LabeledLine, Line>(m, "LabeledLine").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("LabeledLine", args, kw,
         {"label", "label_position", "font_size", "label_color", "label_frame", "frame_fill_color",
          "frame_fill_opacity", "start", "end"});
    LabelArgs a;
    Mobject label = read_label(k, a);
    const Vec3 start = point_or_center(k, "start", LEFT), end = point_or_center(k, "end", RIGHT);
    LineArgs l;
    k.get("buff", l.buff);
    read_style(k, l);
    k.finish();
    return LabeledLine(label, start, end, l, a);
  }));
  add_kind<LabeledLine>();

  py::class_<LabeledArrow, Arrow>(m, "LabeledArrow").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("LabeledArrow", args, kw,
         {"label", "label_position", "font_size", "label_color", "label_frame", "frame_fill_color",
          "frame_fill_opacity", "start", "end"});
    LabelArgs a;
    Mobject label = read_label(k, a);
    const Vec3 start = point_or_center(k, "start", LEFT), end = point_or_center(k, "end", RIGHT);
    ArrowArgs ar;
    k.get("buff", ar.buff);
    k.get("tip_length", ar.tip_length);
    k.get("max_tip_length_to_length_ratio", ar.max_tip_length_to_length_ratio);
    k.get("max_stroke_width_to_length_ratio", ar.max_stroke_width_to_length_ratio);
    read_style(k, ar);
    k.finish();
    return LabeledArrow(label, start, end, ar, a);
  }));
  add_kind<LabeledArrow>();
}

}  // namespace manim::python
