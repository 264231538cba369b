// register_font: Manim's `with register_font("file.ttf"):` context manager.
#include "python/bind_common.hpp"

namespace manim::python {

namespace {

// The registration made by register_font(); leaving the `with` block forgets the fonts again,
// as Manim does.
struct FontRegistration {
  std::string path;
};

}  // namespace

MANIM_PY_BINDING(bind_register_font, 47);
void bind_register_font(py::module_& m) {
  py::class_<FontRegistration>(m, "_FontRegistration")
      .def("__enter__", [](const FontRegistration& r) { return r.path; })
      .def("__exit__", [](const FontRegistration&, py::args) {
        unregister_fonts();
        return false;
      });
  m.def(
      "register_font",
      [](py::object font_file) {
        try {
          return FontRegistration{register_font(py::str(font_file).cast<std::string>())};
        } catch (const std::invalid_argument& e) {
          // Manim raises FileNotFoundError for a missing file.
          if (std::string(e.what()).find("cannot find") != std::string::npos) {
            PyErr_SetString(PyExc_FileNotFoundError, e.what());
            throw py::error_already_set();
          }
          throw;
        }
      },
      py::arg("font_file"));
}

}  // namespace manim::python
