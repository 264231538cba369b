// A VMobject coloured by a background image (Manim's VMobject.color_using_background_image, used
// by StreamLines): the Cairo camera draws a run of such mobjects on a clear canvas in their own
// colours, multiplies that canvas byte by byte with the image (resized to the frame) and
// alpha-composites the result over the picture. Private to the engine: the vector-field
// binding makes these nodes and the camera draws them.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "manim/mobject/vmobject.hpp"

namespace manim::detail {

struct BackgroundImageNode : MobjectNode {
  // Straight RGBA rows (an RGB image gets alpha 255, as PIL's convert("RGBA")).
  std::shared_ptr<const std::vector<std::uint8_t>> rgba;
  int width = 0, height = 0;

  BackgroundImageNode() = default;
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<BackgroundImageNode>(*this);
  }
};

// A VMobject (no points, Manim's VMobject defaults) drawn through `rgba` (width x height RGBA
// bytes). Throws std::invalid_argument when the size does not match.
VMobject background_colored_vmobject(std::shared_ptr<const std::vector<std::uint8_t>> rgba,
                                     int width, int height);

}  // namespace manim::detail
