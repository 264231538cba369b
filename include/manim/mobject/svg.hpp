// SVGMobject: an SVG file imported as VMobjects (Manim CE's SVGMobject).
#pragma once
#include <optional>
#include <string>

#include "manim/mobject/vmobject.hpp"

namespace manim {

struct SVGArgs {
  MANIM_STYLE_KWARGS
  // Manim's defaults: scaled to height 2 and centred. Set height = std::nullopt to keep the
  // file's size (1 SVG user unit = 1 scene unit); width, when given, wins over height.
  std::optional<double> height = 2.0;
  std::optional<double> width{};
  bool should_center = true;
};

// Each drawn element (path, rect, circle, ellipse, line, polyline, polygon, also through <use>)
// becomes one leaf VMobject, in document order, styled from the file (fill black when the file
// says nothing, as SVG does; stroke width 0 unless given). Style keywords override the file.
class SVGMobject : public VMobject {
 public:
  // Throws std::invalid_argument naming the file when it cannot be read or parsed.
  explicit SVGMobject(const std::string& file_name, const SVGArgs& a = {});
  // The same from SVG text held in memory.
  static SVGMobject from_string(const std::string& svg_text, const SVGArgs& a = {});
  MANIM_HANDLE(SVGMobject, VMobject)
  const std::string& file_name() const;
};

}  // namespace manim
