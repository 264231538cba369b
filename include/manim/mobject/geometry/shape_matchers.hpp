// Manim CE's Cross, Underline, ScreenRectangle and FullScreenRectangle (shape_matchers.py,
// frame.py), with Manim's keywords and defaults.
#pragma once
#include <optional>

#include "manim/mobject/geometry.hpp"

namespace manim {

struct CrossArgs {
  MANIM_STYLE_KWARGS
  Color cross_stroke_color = RED;  // Manim's `stroke_color=RED` (applied last, over `color`)
  double cross_stroke_width = 6;   // Manim's `stroke_width=6`
  double scale_factor = 1;
};
// Two lines from the corners of a 2 x 2 square (UL -> DR, UR -> DL), stretched over `mobject`
// when one is given, scaled by scale_factor, stroked red, width 6.
class Cross : public VGroup {
 public:
  explicit Cross(std::optional<Mobject> mobject = std::nullopt, const CrossArgs& a = {});
  MANIM_HANDLE(Cross, VGroup)
};

struct UnderlineArgs {
  MANIM_STYLE_KWARGS
  double buff = SMALL_BUFF;
};
// A Line(LEFT, RIGHT, buff) as wide as the mobject, `buff` below it.
class Underline : public Line {
 public:
  explicit Underline(const Mobject& mobject, const UnderlineArgs& a = {});
  MANIM_HANDLE(Underline, Line)
};

struct ScreenRectangleArgs {
  MANIM_STYLE_KWARGS
  double aspect_ratio = 16.0 / 9.0;
  double height = 4;
};
// A Rectangle of width aspect_ratio * height.
class ScreenRectangle : public Rectangle {
 public:
  explicit ScreenRectangle(const ScreenRectangleArgs& a = {});
  MANIM_HANDLE(ScreenRectangle, Rectangle)
  double aspect_ratio() const;
  // Stretches the width to value * height (Manim's aspect_ratio setter).
  ScreenRectangle& set_aspect_ratio(double value);
};

// A ScreenRectangle scaled to the frame's height (config.frame_height).
class FullScreenRectangle : public ScreenRectangle {
 public:
  explicit FullScreenRectangle(const ScreenRectangleArgs& a = {});
  MANIM_HANDLE(FullScreenRectangle, ScreenRectangle)
};

}  // namespace manim
