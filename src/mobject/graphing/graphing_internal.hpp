// Internal helpers of the graphing classes: numpy's arange, range checks.
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

#include "manim/mobject/graphing.hpp"

namespace manim::graphing {

// Axes' own data: the ranges as given (completed to three elements).
struct AxesNode : detail::MobjectNode {
  std::vector<double> x_range, y_range;
  std::shared_ptr<detail::MobjectNode> coordinate_labels;  // set by add_coordinates
  std::size_t n_x_lines = 0;  // NumberPlane: background lines parallel to x come first
  std::shared_ptr<detail::MobjectNode> clone_self() const override {
    return std::make_shared<AxesNode>(*this);
  }
};

inline AxesNode& axes_data(detail::MobjectNode& n) {
  auto* p = dynamic_cast<AxesNode*>(&n);
  if (!p) throw std::logic_error(n.kind + ": expected an Axes node");
  return *p;
}

// Which number makes an axis pass through the other axis: 0, or the range end nearest to it
// (Manim's _origin_shift).
double origin_shift(double lo, double hi);

// numpy.arange(start, stop, step) for doubles: ceil((stop - start) / step) values
// start + i * ((start + step) - start), as numpy fills them.
std::vector<double> np_arange(double start, double stop, double step);

// A [min, max(, step)] range made whole: 2 elements get `default_step`, an empty one becomes
// `fallback`; checks min < max and step > 0, naming `cls` and `arg` in the error.
std::vector<double> complete_range(const char* cls, const char* arg, std::vector<double> r,
                                   const std::vector<double>& fallback, double default_step = 1);

// Manim's _decimal_places_from_step for a step that is a Python float: the digits after the
// point of str(step) (28.0 -> 1, 0.25 -> 2). Integer steps give 0 (the C++ default).
int float_step_decimal_places(double step);

// Manim's `label.font_size = size` for MathTex, Tex, Text and DecimalNumber labels; others
// throw std::invalid_argument (Manim raises AttributeError).
void set_label_font_size(Mobject& label, double font_size);

// Manim's shift_onto_screen: each edge beyond the frame (less `buff`) is pulled to it.
void shift_onto_screen(Mobject& m, double buff);

}  // namespace manim::graphing
