// LabeledLine and LabeledArrow: Manim's label box (background, frame, label) on a line.
#include "manim/mobject/geometry/labeled.hpp"

#include "mobject/geometry/geometry_internal.hpp"

namespace manim {

void attach_line_label(Line& line, Mobject label, const LabelArgs& a) {
  geom::require_finite(line.kind().c_str(), "label_position", a.label_position);
  geom::require_finite(line.kind().c_str(), "frame_fill_opacity", a.frame_fill_opacity);
  const Vec3 start = line.get_start(), end = line.get_end();
  label.move_to(start + (end - start) * a.label_position);
  BackgroundRectangleArgs box;
  box.buff = 0.05;
  box.color = a.frame_fill_color.value_or(BLACK);
  box.fill_opacity = a.frame_fill_opacity;
  box.stroke_width = 0.5;
  line.add({BackgroundRectangle(label, box)});
  if (a.label_frame) {
    SurroundingRectangleArgs frame;
    frame.buff = 0.05;
    frame.color = a.label_color;
    frame.stroke_width = 0.5;
    line.add({SurroundingRectangle(label, frame)});
  }
  line.add({label});
}

LabeledLine::LabeledLine(const Mobject& label, const Vec3& start, const Vec3& end,
                         const LineArgs& line, const LabelArgs& a)
    : Line(start, end, line) {
  detail::set_kind(node(), "LabeledLine");
  attach_line_label(*this, label, a);
}

LabeledArrow::LabeledArrow(const Mobject& label, const Vec3& start, const Vec3& end,
                           const ArrowArgs& arrow, const LabelArgs& a)
    : Arrow(start, end, arrow) {
  detail::set_kind(node(), "LabeledLine");
  detail::set_kind(node(), "LabeledArrow");
  attach_line_label(*this, label, a);
}

}  // namespace manim
