// Internal: Cairo rasterisation of one Frame into a caller-owned ARGB32 (BGRA in memory) buffer.
#pragma once
#include <cstdint>
#include <vector>

#include "manim/camera/frame.hpp"

namespace manim::detail {

struct RasterTarget {
  int width = 0, height = 0;
  bool transparent = false;  // background not painted (alpha output)
  // Background bytes written as Manim's camera fills its pixel array (each channel and the
  // opacity times 255, truncated, not premultiplied), for renderer.get_frame().
  bool raw_background = false;
};

// Draws `frame` into `bgra` (stride = width * 4): background, then per item background stroke,
// fill, stroke, with the frame's camera view (px = w/2 + (x - cx)*s, py = h/2 - (y - cy)*s,
// s = w/frame.frame_width, as Manim's camera) and line width stroke_width * 0.01 scene units.
void rasterize(const Frame& frame, const RasterTarget& target, std::uint8_t* bgra);

// Writes a BGRA buffer as an RGBA PNG (via cairo). Throws std::runtime_error naming the path.
void write_png(const std::string& path, const std::uint8_t* bgra, int width, int height);

}  // namespace manim::detail
