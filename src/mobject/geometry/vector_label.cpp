#include "manim/mobject/geometry/vector_label.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace manim {

std::vector<MatrixEntry> coordinate_label_entries(const Vector& v, bool integer_labels, int n_dim) {
  if (n_dim < 1 || n_dim > 3)
    throw std::invalid_argument("Vector.coordinate_label: n_dim must be 1, 2 or 3, got " +
                                std::to_string(n_dim));
  const Vec3 end = v.get_end();
  std::vector<MatrixEntry> out;
  for (int i = 0; i < n_dim; ++i) {
    // numpy's round is half to even, as nearbyint in the default rounding mode.
    if (integer_labels)
      out.emplace_back(static_cast<long>(std::nearbyint(end[i])));
    else
      out.emplace_back(end[i]);
  }
  return out;
}

Matrix& place_coordinate_label(const Vector& v, Matrix& label, const std::optional<Color>& color) {
  label.scale(LARGE_BUFF - 0.2);
  const Vec3 end = v.get_end();
  Vec3 shift = end;
  if (end.x >= 0)
    shift -= label.get_left() + DEFAULT_MOBJECT_TO_MOBJECT_BUFFER * LEFT;
  else
    shift -= label.get_right() + DEFAULT_MOBJECT_TO_MOBJECT_BUFFER * RIGHT;
  label.shift(shift);
  if (color) label.set_color(*color);
  return label;
}

Matrix coordinate_label(const Vector& v, const CoordinateLabelArgs& a) {
  std::vector<std::vector<MatrixEntry>> rows;
  for (auto& e : coordinate_label_entries(v, a.integer_labels, a.n_dim)) rows.push_back({e});
  Matrix label(rows, a.matrix);
  place_coordinate_label(v, label, a.color);
  return label;
}

}  // namespace manim
