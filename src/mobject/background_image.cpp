// VMobjects coloured by a background image (see background_image.hpp).
#include "mobject/background_image.hpp"

#include <stdexcept>
#include <string>

#include "mobject/geometry/geometry_internal.hpp"

namespace manim::detail {

VMobject background_colored_vmobject(std::shared_ptr<const std::vector<std::uint8_t>> rgba,
                                     int width, int height) {
  if (!rgba || width <= 0 || height <= 0 ||
      rgba->size() != static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4)
    throw std::invalid_argument(
        "color_using_background_image: the image must be height x width RGBA bytes, got " +
        std::to_string(rgba ? rgba->size() : 0) + " bytes for " + std::to_string(width) + "x" +
        std::to_string(height));
  auto node = geom::make_vmobject_node<BackgroundImageNode>();
  node->rgba = std::move(rgba);
  node->width = width;
  node->height = height;
  return VMobject(node, Mobject::Unchecked{});
}

}  // namespace manim::detail
