// Vector.coordinate_label: the vector's end point as a column Matrix next to its tip (Manim CE
// v0.18.0's Vector.coordinate_label).
#pragma once
#include <optional>
#include <vector>

#include "manim/mobject/geometry.hpp"
#include "manim/mobject/matrix.hpp"

namespace manim {

struct CoordinateLabelArgs {
  bool integer_labels = true;  // round each coordinate to the nearest integer (half to even)
  int n_dim = 2;               // how many coordinates (1 to 3)
  std::optional<Color> color{};
  MatrixArgs matrix{};  // passed to the Matrix
};

// The first n_dim coordinates of the vector's end, rounded when integer_labels (entries print
// as Python's str(): "2", "-1", "1.5"). Throws for n_dim outside 1..3.
std::vector<MatrixEntry> coordinate_label_entries(const Vector& v, bool integer_labels = true,
                                                  int n_dim = 2);

// Scales a ready-made label by LARGE_BUFF - 0.2 (0.8), puts it beside the tip (its left edge
// one DEFAULT_MOBJECT_TO_MOBJECT_BUFFER right of the end for a vector pointing right, x >= 0;
// its right edge as far left otherwise) and colours it when `color` is given.
Matrix& place_coordinate_label(const Vector& v, Matrix& label,
                               const std::optional<Color>& color = {});

// Both: Manim's vector.coordinate_label(integer_labels, n_dim, color, **matrix_kwargs).
Matrix coordinate_label(const Vector& v, const CoordinateLabelArgs& a = {});

}  // namespace manim
