// Internal: the Pillow operations Manim's Cairo camera applies to an ImageMobject's pixel array
// (display_image_mobject): Image.resize with a resampling filter, Image.rotate(expand=True) and
// Image.alpha_composite, reproduced in integer arithmetic so the frames agree with Manim's.
#pragma once
#include <cstdint>
#include <vector>

namespace manim::detail {

// Pillow's Resampling codes (Manim's RESAMPLING_ALGORITHMS values).
enum PilFilter : int {
  kPilNearest = 0,
  kPilLanczos = 1,
  kPilBilinear = 2,
  kPilBicubic = 3,
  kPilBox = 4,
  kPilHamming = 5
};

struct RgbaImage {
  int width = 0, height = 0;
  std::vector<std::uint8_t> px;  // straight (not premultiplied) RGBA rows
};

// Image.resize((w, h), resample) of an RGBA image: nearest picks the pixel under each output
// pixel centre; the other filters convolve separably (support widened by the scale factor when
// shrinking) on alpha-premultiplied values with 22-bit fixed-point weights, horizontal pass
// first, as Pillow's Resample.c.
RgbaImage pil_resize(const RgbaImage& in, int width, int height, int filter);

// Image.rotate(degrees, resample, expand=True): turned counter-clockwise on screen about its
// centre into a canvas holding all four corners, empty where nothing maps. Multiples of 90
// degrees are exact transposes; other angles sample with nearest or bilinear weights.
RgbaImage pil_rotate_expand(const RgbaImage& in, int degrees, int filter);

// Image.alpha_composite(dst, src) at one pixel, both straight RGBA (Pillow's 7-bit fixed-point
// blend); `dst` is updated. A fully transparent source leaves dst unchanged.
void pil_alpha_composite(std::uint8_t dst[4], const std::uint8_t src[4]);

}  // namespace manim::detail
