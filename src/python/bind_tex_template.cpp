// TexTemplate, TexTemplateFromFile, TexTemplateLibrary (manim.utils.tex, manim.utils.tex_templates)
// and the tex_template keyword of Tex/MathTex.
#include <pybind11/functional.h>

#include "manim/mobject/tex_font_templates.hpp"
#include "manim/mobject/tex_template.hpp"
#include "mobject/tex/tex_file_writing.hpp"
#include "python/bind_common.hpp"

namespace manim::python {

namespace {

// Python's TexTemplateFromFile (a distinct type, so isinstance works as in Manim).
struct TexTemplateFromFilePy : TexTemplate {
  TexTemplateFromFilePy() = default;
  explicit TexTemplateFromFilePy(const TexTemplate& t) : TexTemplate(t) {}
};

void fill(Kw& k, TexTemplate& t) {
  if (k.get("tex_compiler", t.tex_compiler)) t.compiler_given = true;
  k.get("output_format", t.output_format);
  k.get("documentclass", t.documentclass);
  k.get("preamble", t.preamble);
  k.get("placeholder_text", t.placeholder_text);
  k.get("post_doc_commands", t.post_doc_commands);
}

}  // namespace

// The tex_template keyword, else config.tex_template (Manim reads it at construction).
std::optional<TexTemplate> tex_template_arg(Kw& k) {
  py::object o = k.take("tex_template");
  if (!o) {
    try {
      o = py::module_::import("manim").attr("config").attr("tex_template");
    } catch (const py::error_already_set&) {
      return std::nullopt;
    }
    if (o.is_none() || !py::isinstance<TexTemplate>(o)) return std::nullopt;
  }
  if (!py::isinstance<TexTemplate>(o))
    throw py::type_error(k.fn() + "(): tex_template must be a TexTemplate, got " +
                         py::str(py::type::of(o)).cast<std::string>());
  return o.cast<TexTemplate>();
}

MANIM_PY_BINDING(bind_tex_template, 39);
void bind_tex_template(py::module_& m) {
  py::class_<TexTemplate>(m, "TexTemplate")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("TexTemplate", args, kw,
             {"tex_compiler", "output_format", "documentclass", "preamble", "placeholder_text",
              "post_doc_commands"});
        TexTemplate t;
        fill(k, t);
        k.finish();
        return t;
      }))
      .def_readwrite("output_format", &TexTemplate::output_format)
      .def_property(
          "tex_compiler", [](const TexTemplate& t) { return t.tex_compiler; },
          [](TexTemplate& t, const std::string& c) {
            t.tex_compiler = c;
            t.compiler_given = true;
          })
      .def_readwrite("documentclass", &TexTemplate::documentclass)
      .def_readwrite("preamble", &TexTemplate::preamble)
      .def_readwrite("placeholder_text", &TexTemplate::placeholder_text)
      .def_readwrite("post_doc_commands", &TexTemplate::post_doc_commands)
      .def_property_readonly("body", &TexTemplate::body)
      .def_readonly_static("default_documentclass", &TexTemplate::default_documentclass)
      .def_readonly_static("default_preamble", &TexTemplate::default_preamble)
      .def_readonly_static("default_placeholder_text", &TexTemplate::default_placeholder_text)
      .def_readonly_static("default_tex_compiler", &TexTemplate::default_tex_compiler)
      .def_readonly_static("default_output_format", &TexTemplate::default_output_format)
      .def_property_readonly_static("default_post_doc_commands", [](py::object) { return ""; })
      .def(
          "add_to_preamble",
          [](py::object self, const std::string& txt, bool prepend) {
            self.cast<TexTemplate&>().add_to_preamble(txt, prepend);
            return self;
          },
          py::arg("txt"), py::arg("prepend") = false)
      .def(
          "add_to_document",
          [](py::object self, const std::string& txt) {
            self.cast<TexTemplate&>().add_to_document(txt);
            return self;
          },
          py::arg("txt"))
      .def("get_texcode_for_expression", &TexTemplate::get_texcode_for_expression,
           py::arg("expression"))
      .def("get_texcode_for_expression_in_env", &TexTemplate::get_texcode_for_expression_in_env,
           py::arg("expression"), py::arg("environment"))
      .def("copy", [](py::object self) { return self.attr("__deepcopy__")(py::dict()); })
      .def("__copy__", [](py::object self) { return self.attr("__deepcopy__")(py::dict()); })
      .def("__deepcopy__",
           [](py::object self, py::object) -> py::object {
             if (py::isinstance<TexTemplateFromFilePy>(self))
               return py::cast(TexTemplateFromFilePy(self.cast<const TexTemplate&>()));
             return py::cast(self.cast<TexTemplate>());
           })
      .def("__eq__",
           [](const TexTemplate& a, py::object b) {
             return py::isinstance<TexTemplate>(b) && a == b.cast<const TexTemplate&>();
           })
      .def("__repr__", [](const TexTemplate& t) {
        return "TexTemplate(tex_compiler='" + t.tex_compiler + "', output_format='" +
               t.output_format + "')";
      });

  py::class_<TexTemplateFromFilePy, TexTemplate>(m, "TexTemplateFromFile")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("TexTemplateFromFile", py::args(), kw);
        if (args.size() != 0)
          throw py::type_error("TexTemplateFromFile() takes tex_filename= as a keyword");
        py::object fn = k.take("tex_filename");
        std::string name =
            fn ? py::str(py::module_::import("os").attr("fspath")(fn)).cast<std::string>()
               : "tex_template.tex";
        TexTemplateFromFilePy t(TexTemplate::from_file(name));
        fill(k, t);
        k.finish();
        return t;
      }))
      .def_property_readonly(
          "template_file",
          [](const TexTemplate& t) {
            return py::module_::import("pathlib").attr("Path")(t.template_file());
          })
      .def("file_not_mutable", [](const TexTemplate& t) {
        throw std::logic_error("TexTemplateFromFile('" + t.template_file() +
                               "'): cannot modify a TexTemplate read from a template file");
      });

  // Manim's TexTemplateLibrary: class attributes holding templates.
  py::object lib = py::module_::import("types").attr("SimpleNamespace")();
  lib.attr("default") = TexTemplateLibrary::default_();
  lib.attr("threeb1b") = TexTemplateLibrary::threeb1b();
  lib.attr("ctex") = TexTemplateLibrary::ctex();
  lib.attr("simple") = TexTemplateLibrary::simple();
  m.attr("TexTemplateLibrary") = lib;

  // Manim's TexFontTemplates: one template per font (attribute names as Manim's).
  py::object fonts = py::module_::import("types").attr("SimpleNamespace")();
  for (const auto& f : tex_font_templates()) fonts.attr(f.name) = tex_font_template(f.name);
  m.attr("TexFontTemplates") = fonts;

  // TeX error reports go to stdout, where Manim's logger prints them (read at call time, so
  // redirections such as pytest's capsys see them).
  detail::tex::set_reporter([](const std::string& level, const std::string& line) {
    py::gil_scoped_acquire gil;
    py::module_ sys = py::module_::import("sys");
    py::object out = sys.attr("stdout");
    std::string text = level;
    text.resize(std::max<std::size_t>(text.size(), 8), ' ');
    out.attr("write")(text + " " + line + "\n");
    out.attr("flush")();
  });
}

}  // namespace manim::python
