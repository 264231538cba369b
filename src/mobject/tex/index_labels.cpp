// index_labels: Manim's debugging labels for submobject indices.
#include "manim/mobject/index_labels.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace manim {

VGroup index_labels(const Mobject& m, const IndexLabelsArgs& a) {
  if (!std::isfinite(a.label_height) || a.label_height <= 0)
    throw std::invalid_argument("index_labels: label_height must be finite and > 0, got " +
                                std::to_string(a.label_height));
  std::vector<Mobject> labels;
  long n = 0;
  for (const Mobject& sub : m.submobjects()) {
    Integer label(n++, a.integer);
    label.set_stroke(a.background_stroke_color, a.background_stroke_width, std::nullopt, true);
    label.set_height(a.label_height);
    label.move_to(sub);
    labels.push_back(label);
  }
  return VGroup(labels);
}

}  // namespace manim
