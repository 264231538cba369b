// Scene.renderer.update_frame / get_frame (Manim's CairoRenderer, the renderer being the scene
// here): the current state as Manim's pixel array, height x width x 4 RGBA uint8, over Manim's
// background pixel (background_color, int(background_opacity * 255)).
#include <pybind11/numpy.h>

#include <cmath>
#include <cstdint>
#include <vector>

#include "manim/scene/scene.hpp"
#include "python/bind_common.hpp"
#include "render/raster.hpp"

namespace manim::python {

namespace {

py::array_t<std::uint8_t> frame_array(const Scene& s) {
  const Camera& cam = s.camera();
  detail::RasterTarget t;
  t.width = cam.pixel_width;
  t.height = cam.pixel_height;
  t.transparent = true;  // the background is Manim's pixel value, laid under below
  if (t.width <= 0 || t.height <= 0)
    throw py::value_error("Scene.get_frame: the camera's pixel size must be > 0, got " +
                          std::to_string(t.width) + "x" + std::to_string(t.height));
  std::vector<std::uint8_t> bgra(static_cast<std::size_t>(t.width) * t.height * 4);
  detail::rasterize(*s.capture_frame(), t, bgra.data());
  const Color bg = cam.background_color;
  const double bg_rgb[3] = {std::round(bg.r * 255), std::round(bg.g * 255), std::round(bg.b * 255)};
  const double bg_a = std::trunc(std::clamp(cam.background_opacity, 0.0, 1.0) * 255) / 255;
  py::array_t<std::uint8_t> out({t.height, t.width, 4});
  auto px = out.mutable_unchecked<3>();
  for (int y = 0; y < t.height; ++y)
    for (int x = 0; x < t.width; ++x) {
      const std::uint8_t* p = &bgra[(static_cast<std::size_t>(y) * t.width + x) * 4];
      const double a = p[3] / 255.0;  // premultiplied colour over the straight background
      const double out_a = a + bg_a * (1 - a);
      for (int c = 0; c < 3; ++c) {
        const double src = p[2 - c];  // BGRA -> RGB, premultiplied
        const double v = out_a > 0 ? (src + bg_rgb[c] * bg_a * (1 - a)) / out_a : 0.0;
        px(y, x, c) = static_cast<std::uint8_t>(std::clamp(std::lround(v), 0L, 255L));
      }
      px(y, x, 3) = static_cast<std::uint8_t>(
          a == 0 ? std::trunc(bg_a * 255 + 1e-9) : std::clamp(std::lround(out_a * 255), 0L, 255L));
    }
  return out;
}

}  // namespace

MANIM_PY_BINDING(bind_scene_frame, 87);
void bind_scene_frame(py::module_& m) {
  auto scene = py::reinterpret_borrow<py::class_<Scene>>(py::type::of<Scene>());
  scene
      // Manim's renderer.update_frame(scene, mobjects=None, ...): get_frame() draws the
      // scene's current state, so there is nothing to keep here.
      .def(
          "update_frame", [](Scene&, py::object, py::object, bool, bool, py::kwargs) {},
          py::arg("scene") = py::none(), py::arg("mobjects") = py::none(),
          py::arg("include_submobjects") = true, py::arg("ignore_skipping") = true)
      .def("get_frame", [](const Scene& s) { return frame_array(s); });
  (void)m;
}

}  // namespace manim::python
