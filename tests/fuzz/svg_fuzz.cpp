// libFuzzer target: arbitrary bytes as an SVG document, path data and transform list. Any input
// must either parse or throw std::invalid_argument; never crash, hang or read out of bounds.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

#include "mobject/svg/svg_parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  namespace svg = manim::detail::svg;
  try {
    svg::parse_svg(text, "fuzz");
  } catch (const std::invalid_argument&) {
  }
  try {
    svg::parse_path_data(text);
  } catch (const std::invalid_argument&) {
  }
  try {
    svg::parse_transform(text);
  } catch (const std::invalid_argument&) {
  }
  return 0;
}
