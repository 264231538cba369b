// A VMobject coloured by a background image (Manim's VMobject.color_using_background_image):
// VStyle::background_image holds the picture; the Cairo camera draws a run of such mobjects on
// a clear canvas in their own colours, multiplies that canvas byte by byte with the image
// (resized to the frame) and alpha-composites the result over the picture.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "manim/mobject/vmobject.hpp"

namespace manim::detail {

// The picture `rgba` (width x height straight RGBA bytes, an RGB image given alpha 255 as PIL's
// convert("RGBA")). Throws std::invalid_argument naming the sizes when they do not match.
std::shared_ptr<const BackgroundImage> make_background_image(
    std::shared_ptr<const std::vector<std::uint8_t>> rgba, int width, int height);

// Manim's color_using_background_image: the image is set on every member of the family and
// the family's colour becomes WHITE (fill and stroke, opacities kept). Null: own colours again
// (the colours stay white, as Manim has no way back either).
void color_using_background_image(Mobject& m, std::shared_ptr<const BackgroundImage> image);

// A VMobject (no points, Manim's VMobject defaults) drawn through `rgba` (width x height RGBA
// bytes), as StreamLines makes its lines. Throws std::invalid_argument when the size is wrong.
VMobject background_colored_vmobject(std::shared_ptr<const std::vector<std::uint8_t>> rgba,
                                     int width, int height);

}  // namespace manim::detail
