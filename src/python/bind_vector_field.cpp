// The engine side of Manim's StreamLines colouring (python/manim/mobject/vector_field.py):
// _background_colored_vmobject(image) makes an empty VMobject that the camera draws through
// `image` as Manim's color_using_background_image does.
#include "mobject/background_image.hpp"
#include "python/bind_common.hpp"

namespace manim::python {

MANIM_PY_BINDING(bind_vector_field, 55);
void bind_vector_field(py::module_& m) {
  m.def(
      "_background_colored_vmobject",
      [](py::object image) {
        py::module_ np = py::module_::import("numpy");
        auto arr = py::array_t<std::uint8_t, py::array::c_style | py::array::forcecast>::ensure(
            np.attr("asarray")(image));
        if (!arr || arr.ndim() != 3 || (arr.shape(2) != 3 && arr.shape(2) != 4) ||
            arr.shape(0) < 1 || arr.shape(1) < 1)
          throw py::value_error(
              "color_using_background_image: the image must be a height x width x 3 (RGB) or x 4 "
              "(RGBA) array of bytes");
        const int h = static_cast<int>(arr.shape(0)), w = static_cast<int>(arr.shape(1));
        const int c = static_cast<int>(arr.shape(2));
        auto rgba =
            std::make_shared<std::vector<std::uint8_t>>(static_cast<std::size_t>(w) * h * 4);
        const std::uint8_t* src = arr.data();
        for (std::size_t i = 0; i < static_cast<std::size_t>(w) * h; ++i)
          for (int k = 0; k < 4; ++k)
            (*rgba)[i * 4 + k] = k < c ? src[i * c + k] : 255;  // PIL's convert("RGBA")
        return detail::background_colored_vmobject(std::move(rgba), w, h);
      },
      py::arg("image"),
      "An empty VMobject drawn through `image` (Manim's color_using_background_image).");
}

}  // namespace manim::python
