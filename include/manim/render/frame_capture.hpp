// The scene's current state as pixels: what Manim's `renderer.get_frame()` and
// `camera.pixel_array` hold after a render, for scripts and tests that read pixels back.
#pragma once
#include <cstdint>
#include <vector>

#include "manim/mobject/mobject.hpp"

namespace manim {

class Scene;

// Rows top to bottom, 4 bytes a pixel in R, G, B, A order with the colour premultiplied by
// alpha (Manim hands Cairo's ARGB32 buffer to numpy with its colours drawn reversed, so its
// array reads as premultiplied RGBA).
struct PixelArray {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgba;
};

// Draws the scene's mobjects (or only `mobjects`, as Manim's update_frame(scene, mobjects))
// as its camera sees them now, on the camera's background (transparent: background alpha 0,
// as config.transparent). Throws std::invalid_argument for a camera with no pixels.
PixelArray capture_pixel_array(const Scene& scene, bool transparent,
                               const std::vector<Mobject>* mobjects = nullptr);

}  // namespace manim
