// VMobjects coloured by a background image (see background_image.hpp).
#include "mobject/background_image.hpp"

#include <stdexcept>
#include <string>
#include <utility>

namespace manim::detail {

std::shared_ptr<const BackgroundImage> make_background_image(
    std::shared_ptr<const std::vector<std::uint8_t>> rgba, int width, int height) {
  if (!rgba || width <= 0 || height <= 0 ||
      rgba->size() != static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4)
    throw std::invalid_argument(
        "color_using_background_image: the image must be height x width RGBA bytes, got " +
        std::to_string(rgba ? rgba->size() : 0) + " bytes for " + std::to_string(width) + "x" +
        std::to_string(height));
  auto image = std::make_shared<BackgroundImage>();
  image->rgba = std::move(rgba);
  image->width = width;
  image->height = height;
  return image;
}

void color_using_background_image(Mobject& m, std::shared_ptr<const BackgroundImage> image) {
  // Manim sets the attribute on this object, whites the family, then recurses: every member
  // ends up with the image and white colours.
  m.set_color(WHITE);
  for (Mobject& member : m.get_family())
    if (member.node().vectorized) member.node().style.background_image = image;
}

VMobject background_colored_vmobject(std::shared_ptr<const std::vector<std::uint8_t>> rgba,
                                     int width, int height) {
  auto image = make_background_image(std::move(rgba), width, height);
  VMobject v;
  v.node().style.background_image = std::move(image);
  return v;
}

}  // namespace manim::detail
