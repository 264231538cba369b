// Internal: Cairo rasterisation of one Frame into a caller-owned ARGB32 (BGRA in memory) buffer.
#pragma once
#include <cstdint>
#include <vector>

#include "manim/render/frame.hpp"
#include "manim/core/config.hpp"

namespace manim::detail {

struct RasterTarget {
  int width = 0, height = 0;
  double frame_width = 128.0 / 9.0;  // scene units across; height follows the aspect
  bool transparent = false;          // background not painted (alpha output)
};

// Draws `frame` into `bgra` (stride = width * 4): background, then per item background stroke,
// fill, stroke, with Manim's camera mapping (px = w/2 + x*s, py = h/2 - y*s, s = w/frame_width)
// and line width stroke_width * 0.01 scene units.
void rasterize(const Frame& frame, const RasterTarget& target, std::uint8_t* bgra);

// Writes a BGRA buffer as an RGBA PNG (via cairo). Throws std::runtime_error naming the path.
void write_png(const std::string& path, const std::uint8_t* bgra, int width, int height);

}  // namespace manim::detail
