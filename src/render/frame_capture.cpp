#include "manim/render/frame_capture.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "manim/scene/scene.hpp"
#include "render/raster.hpp"

namespace manim {

PixelArray capture_pixel_array(const Scene& scene, bool transparent,
                               const std::vector<Mobject>* mobjects) {
  const Camera& cam = scene.camera();
  if (cam.pixel_width <= 0 || cam.pixel_height <= 0)
    throw std::invalid_argument(fmt::format(
        "get_frame: the camera's pixel size must be > 0, got {}x{} (set config.pixel_width and "
        "config.pixel_height)",
        cam.pixel_width, cam.pixel_height));
  detail::RasterTarget target;
  target.width = cam.pixel_width;
  target.height = cam.pixel_height;
  target.transparent = transparent;
  target.raw_background = true;
  PixelArray out;
  out.width = target.width;
  out.height = target.height;
  out.rgba.resize(static_cast<std::size_t>(target.width) * target.height * 4);
  FramePtr frame =
      mobjects ? cam.capture_mobjects(*mobjects, scene.frames_emitted()) : scene.capture_frame();
  detail::rasterize(*frame, target, out.rgba.data());
  // Cairo's ARGB32 is B, G, R, A in memory on little-endian machines: swap to R, G, B, A.
  for (std::size_t i = 0; i < out.rgba.size(); i += 4) std::swap(out.rgba[i], out.rgba[i + 2]);
  return out;
}

}  // namespace manim
