// Private helper for the Python-side ManimBanner: a character's outline from an installed font.
#include "mobject/text/font_outline.hpp"
#include "python/bind_common.hpp"

namespace manim::python {

MANIM_PY_BINDING(bind_font_outline, 47);
void bind_font_outline(py::module_& m) {
  m.def(
      "_font_glyph_path",
      [](const std::string& family, int weight, const py::str& ch, double size_pt) {
        if (py::len(ch) != 1)
          throw py::value_error("_font_glyph_path: ch must be one character, got '" +
                                ch.cast<std::string>() + "'");
        const auto code = static_cast<char32_t>(PyUnicode_ReadChar(ch.ptr(), 0));
        auto g = detail::text::font_glyph_path(family, weight, code, size_pt);
        return py::make_tuple(g.family, g.d);
      },
      py::arg("family"), py::arg("weight"), py::arg("ch"), py::arg("size_pt") = 10.0);
}

}  // namespace manim::python
