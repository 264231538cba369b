// MarkupText, Paragraph, Code, and VGroup's + / += / - / -= operators.
#include "mobject/text/code_highlighter.hpp"
#include "python/bind_common.hpp"

namespace manim::python {

void read_text_args(Kw& k, TextArgs& a);  // bind_text.cpp

MANIM_PY_BINDING(bind_markup, 45);
void bind_markup(py::module_& m) {
  py::class_<MarkupText, VMobject>(m, "MarkupText")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("MarkupText", args, kw, {"text"});
        std::string text;
        if (!k.get("text", text)) throw py::type_error("MarkupText() missing argument 'text'");
        MarkupTextArgs a;
        read_style(k, a);
        k.get("font_size", a.font_size);
        k.get("line_spacing", a.line_spacing);
        k.get("font", a.font);
        k.get("slant", a.slant);
        k.get("weight", a.weight);
        k.get("justify", a.justify);
        k.get("gradient", a.gradient);
        k.get("tab_width", a.tab_width);
        k.get("height", a.height);
        k.get("width", a.width);
        k.get("should_center", a.should_center);
        k.get("disable_ligatures", a.disable_ligatures);
        k.get("warn_missing_font", a.warn_missing_font);
        k.finish();
        return MarkupText(text, a);
      }))
      .def_property_readonly("text", &MarkupText::text)
      .def_property_readonly("original_text", &MarkupText::original_text)
      .def_property_readonly("chars",
                             [](const MarkupText& t) { return wrap(VGroup(t.submobjects())); })
      .def_property("font_size", &MarkupText::font_size,
                    [](MarkupText& t, double s) { t.set_font_size(s); });
  add_kind<MarkupText>();

  py::class_<Paragraph, VGroup>(m, "Paragraph")
      .def(py::init([](py::args args, py::kwargs kw) {
        std::vector<std::string> lines;
        for (std::size_t i = 0; i < args.size(); ++i)
          lines.push_back(convert<std::string>(args[i], "Paragraph", "text", "a string"));
        Kw k("Paragraph", py::args(), kw);
        ParagraphArgs a;
        if (py::object al = k.take("alignment"))
          a.alignment = convert<std::string>(al, "Paragraph", "alignment",
                                             "\"left\", \"right\", \"center\" or None");
        read_text_args(k, a.text);
        k.finish();
        return Paragraph(lines, a);
      }))
      .def_property_readonly("chars", [](const Paragraph& p) { return wrap(p.chars()); })
      .def_property_readonly("lines_text", [](const Paragraph& p) { return wrap(p.lines_text()); })
      .def_property_readonly("alignment",
                             [](const Paragraph& p) -> py::object {
                               auto al = p.alignments();
                               if (al.empty() || al[0].empty()) return py::none();
                               return py::str(al[0]);
                             })
      .def_property_readonly("lines",
                             [](const Paragraph& p) {
                               py::list aligns;
                               for (const auto& a : p.alignments())
                                 aligns.append(a.empty() ? py::object(py::none()) : py::str(a));
                               return py::make_tuple(wrap_all(p.submobjects()), aligns);
                             })
      .def(
          "_set_all_lines_alignments",
          [](py::object self, const std::string& a) {
            self.cast<Paragraph&>().set_all_lines_alignments(a);
            return self;
          },
          py::arg("alignment"))
      .def(
          "_set_line_alignment",
          [](py::object self, const std::string& a, long line_no) {
            self.cast<Paragraph&>().set_line_alignment(a, line_no);
            return self;
          },
          py::arg("alignment"), py::arg("line_no"))
      .def("_set_all_lines_to_initial_positions",
           [](py::object self) {
             self.cast<Paragraph&>().set_all_lines_to_initial_positions();
             return self;
           })
      .def(
          "_set_line_to_initial_position",
          [](py::object self, long line_no) {
            self.cast<Paragraph&>().set_line_to_initial_position(line_no);
            return self;
          },
          py::arg("line_no"));
  add_kind<Paragraph>();

  // Code highlights in this interpreter (no subprocess) with the same script C++ scenes run.
  detail::code::set_highlighter([](const std::string& request) {
    py::gil_scoped_acquire gil;
    static py::object fn = [] {
      py::module_ util = py::module_::import("importlib.util");
      py::object spec = util.attr("spec_from_file_location")("_manimcpp_code_highlight",
                                                             detail::code::script_path());
      py::object mod = util.attr("module_from_spec")(spec);
      spec.attr("loader").attr("exec_module")(mod);
      return py::object(mod.attr("highlight_lines"));
    }();
    return fn(request).cast<std::string>();
  });
  py::class_<Code, VGroup> code(m, "Code");
  code.def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Code", args, kw, {"file_name", "code"});
        CodeArgs a;
        k.get("file_name", a.file_name);
        k.get("code", a.code);
        k.get("tab_width", a.tab_width);
        k.get("line_spacing", a.line_spacing);
        k.get("font_size", a.font_size);
        k.get("font", a.font);
        k.get("stroke_width", a.stroke_width);
        k.get("margin", a.margin);
        k.get("indentation_chars", a.indentation_chars);
        k.get("background", a.background);
        k.get("background_stroke_width", a.background_stroke_width);
        k.get("background_stroke_color", a.background_stroke_color);
        k.get("corner_radius", a.corner_radius);
        k.get("insert_line_no", a.insert_line_no);
        k.get("line_no_from", a.line_no_from);
        k.get("line_no_buff", a.line_no_buff);
        k.get("style", a.style);
        k.get("language", a.language);
        k.get("warn_missing_font", a.warn_missing_font);
        bool html = false;
        k.get("generate_html_file", html);
        if (html)
          throw py::value_error(
              "Code: generate_html_file is not supported by manim.cpp; drop the argument");
        k.finish();
        return Code(a);
      }))
      .def_property_readonly("background_mobject",
                             [](const Code& c) { return wrap(c.background_mobject()); })
      .def_property_readonly("line_numbers", [](const Code& c) { return wrap(c.line_numbers()); })
      .def_property_readonly("code", [](const Code& c) { return wrap(c.code()); })
      .def_property_readonly("code_string", &Code::code_string)
      .def_property_readonly("background_color", &Code::background_color)
      .def_property_readonly("default_color", &Code::default_color)
      .def_property_readonly("tab_spaces", &Code::tab_spaces)
      .def_property_readonly("code_json", [](const Code& c) {
        py::list out;
        for (const auto& line : c.code_json()) {
          py::list l;
          for (const auto& [text, color] : line) l.append(py::make_tuple(text, color));
          out.append(l);
        }
        return out;
      });
  try {
    code.attr("styles_list") =
        py::module_::import("pygments.styles").attr("get_all_styles")().cast<py::list>();
  } catch (py::error_already_set&) {
    code.attr("styles_list") = py::list();  // no Pygments: Code() itself says how to install it
  }
  add_kind<Code>();

  // Manim's VGroup operators: `group += Text("x")` adds in place, `group + m` makes a new group.
  py::object vgroup = m.attr("VGroup");
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
  vgroup.attr("__isub__") =
      py::cpp_function([](py::object self, py::object other) { return self.attr("remove")(other); },
                       py::is_method(vgroup));
  vgroup.attr("__sub__") = py::cpp_function(
      [vgroup](py::object self, py::object other) {
        py::object copy = vgroup(*py::tuple(self.attr("submobjects")));
        copy.attr("remove")(other);
        return copy;
      },
      py::is_method(vgroup));
}

}  // namespace manim::python
