// Title and BulletedList.
#include "python/bind_common.hpp"

namespace manim::python {

void read_tex_args(Kw& k, MathTexArgs& a);  // bind_text.cpp

namespace {

std::vector<std::string> strings_of(const py::args& args, const char* fn) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < args.size(); ++i)
    out.push_back(convert<std::string>(args[i], fn, "text", "a string"));
  if (out.empty()) throw py::type_error(std::string(fn) + "() needs at least one string");
  return out;
}

}  // namespace

MANIM_PY_BINDING(bind_tex_layouts, 46);
void bind_tex_layouts(py::module_& m) {
  py::class_<Title, Tex>(m, "Title")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Title", py::args(), kw);
        TitleArgs a;
        k.get("include_underline", a.include_underline);
        k.get("match_underline_width_to_text", a.match_underline_width_to_text);
        k.get("underline_buff", a.underline_buff);
        read_tex_args(k, a.tex);
        k.finish();
        return Title(strings_of(args, "Title"), a);
      }))
      .def_property_readonly("underline", [](const Title& t) { return wrap(t.underline()); });
  add_kind<Title>();

  py::class_<BulletedList, Tex>(m, "BulletedList")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("BulletedList", py::args(), kw);
        BulletedListArgs a;
        k.get("buff", a.buff);
        k.get("dot_scale_factor", a.dot_scale_factor);
        read_tex_args(k, a.tex);
        k.finish();
        return BulletedList(strings_of(args, "BulletedList"), a);
      }))
      .def(
          "fade_all_but",
          [](py::object self, py::object which, double opacity) {
            auto& l = self.cast<BulletedList&>();
            if (py::isinstance<py::str>(which))
              l.fade_all_but(which.cast<std::string>(), opacity);
            else if (py::isinstance<py::int_>(which))
              l.fade_all_but(which.cast<long>(), opacity);
            else
              throw py::type_error("BulletedList.fade_all_but: expected int or string, got " +
                                   py::str(py::type::of(which)).cast<std::string>());
            return self;
          },
          py::arg("index_or_string"), py::arg("opacity") = 0.5);
  add_kind<BulletedList>();
}

}  // namespace manim::python
