// DecimalNumber and Integer with Manim's keywords (mob_class, show_ellipsis, unit,
// edge_to_fix...) and the font_size property.
#include "python/bind_common.hpp"

namespace manim::python {

namespace {

void read_decimal_args(Kw& k, DecimalNumberArgs& a) {
  read_style(k, a);
  k.get("num_decimal_places", a.num_decimal_places);
  k.get("include_sign", a.include_sign);
  k.get("group_with_commas", a.group_with_commas);
  k.get("digit_buff_per_font_unit", a.digit_buff_per_font_unit);
  k.get("font_size", a.font_size);
  k.get("show_ellipsis", a.show_ellipsis);
  k.get("unit", a.unit);
  k.get("unit_buff_per_font_unit", a.unit_buff_per_font_unit);
  k.get("include_background_rectangle", a.include_background_rectangle);
  k.get("edge_to_fix", a.edge_to_fix);
  if (py::object c = k.take("mob_class")) {
    if (!PyCallable_Check(c.ptr()))
      throw py::type_error(k.fn() +
                           ": argument 'mob_class' must be a class such as MathTex or "
                           "Text, got " +
                           type_name(c));
    const std::string fn = k.fn();
    a.mob_class = [c, fn](const std::string& tex, double font_size) {
      Mobject m = convert<Mobject>(c(tex), fn, "mob_class", "a class returning a Mobject");
      // Manim sets mob.font_size on the character.
      py::object o = wrap(m);
      if (!py::hasattr(o, "font_size"))
        throw py::type_error(
            fn + ": mob_class objects need a font_size (MathTex, Tex, Text), got " + m.kind());
      o.attr("font_size") = font_size;
      return o.cast<Mobject>();
    };
  }
}

py::object set_value(py::object self, double v) {
  self.cast<DecimalNumber&>().set_value(v);
  return self;
}

}  // namespace

MANIM_PY_BINDING(bind_numbers, 45);
void bind_numbers(py::module_& m) {
  py::class_<DecimalNumber, VMobject>(m, "DecimalNumber")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("DecimalNumber", args, kw, {"number", "num_decimal_places", "mob_class"});
        double x = 0;
        k.get("number", x);
        DecimalNumberArgs a;
        read_decimal_args(k, a);
        k.finish();
        return DecimalNumber(x, a);
      }))
      .def("get_value", &DecimalNumber::get_value)
      .def("set_value", &set_value, py::arg("number"))
      .def(
          "increment_value",
          [](py::object self, double d) {
            self.cast<DecimalNumber&>().increment_value(d);
            return self;
          },
          py::arg("delta_t") = 1)
      .def_property_readonly("number", &DecimalNumber::get_value)
      .def_property("font_size", &DecimalNumber::font_size,
                    [](DecimalNumber& d, double fs) {
                      if (!(fs > 0)) throw py::value_error("font_size must be greater than 0.");
                      d.set_font_size(fs);
                    })
      .def_property_readonly("num_decimal_places",
                             [](const DecimalNumber& d) { return d.args().num_decimal_places; })
      .def_property_readonly("include_sign",
                             [](const DecimalNumber& d) { return d.args().include_sign; })
      .def_property_readonly("edge_to_fix",
                             [](const DecimalNumber& d) { return d.args().edge_to_fix; })
      .def_property_readonly("unit_sign", [](const DecimalNumber& d) -> py::object {
        auto u = d.unit_sign();
        if (!u) throw py::attribute_error("'DecimalNumber' object has no attribute 'unit_sign'");
        return wrap(*u);
      });
  add_kind<DecimalNumber>();

  py::class_<Integer, DecimalNumber>(m, "Integer")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Integer", args, kw, {"number", "num_decimal_places"});
        double x = 0;
        k.get("number", x);
        DecimalNumberArgs a;
        read_decimal_args(k, a);
        k.finish();
        return Integer(std::lround(x), a);
      }))
      .def("get_value", &Integer::get_value);
  add_kind<Integer>();
}

}  // namespace manim::python
