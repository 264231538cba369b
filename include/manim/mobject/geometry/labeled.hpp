// Manim CE's LabeledLine and LabeledArrow: a line (arrow) with a label boxed at a point along it.
#pragma once
#include <optional>

#include "manim/mobject/geometry.hpp"

namespace manim {

struct LabelArgs {
  double label_position = 0.5;              // fraction of the way from start to end
  Color label_color = WHITE;                // the frame's colour (and a string label's, in Python)
  bool label_frame = true;                  // a SurroundingRectangle around the label
  std::optional<Color> frame_fill_color{};  // unset: BLACK, as Manim's ManimColor(None)
  double frame_fill_opacity = 1;
};

// Adds Manim's label parts to a line-like mobject: the label is moved to
// start + label_position * (end - start), then a BackgroundRectangle (buff 0.05, stroke 0.5),
// the frame (when asked) and the label become the last children.
void attach_line_label(Line& line, Mobject label, const LabelArgs& a);

class LabeledLine : public Line {
 public:
  LabeledLine(const Mobject& label, const Vec3& start = LEFT, const Vec3& end = RIGHT,
              const LineArgs& line = {}, const LabelArgs& a = {});
  MANIM_HANDLE(LabeledLine, Line)
};

class LabeledArrow : public Arrow {
 public:
  LabeledArrow(const Mobject& label, const Vec3& start = LEFT, const Vec3& end = RIGHT,
               const ArrowArgs& arrow = {}, const LabelArgs& a = {});
  MANIM_HANDLE(LabeledArrow, Arrow)
};

}  // namespace manim
