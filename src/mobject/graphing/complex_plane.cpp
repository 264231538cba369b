// ComplexPlane: a NumberPlane addressed by complex numbers, with "i" on the imaginary labels
// (Manim's ComplexPlane).
#include <cmath>

#include "manim/mobject/graphing_planes.hpp"
#include "mobject/graphing/graphing_internal.hpp"

namespace manim {

ComplexPlane::ComplexPlane(const NumberPlaneArgs& a) : NumberPlane(a) {
  detail::set_kind(node(), "ComplexPlane");
}

Vec3 ComplexPlane::number_to_point(std::complex<double> z) const {
  return coords_to_point(z.real(), z.imag());
}

std::complex<double> ComplexPlane::point_to_number(const Vec3& p) const {
  const auto [x, y] = point_to_coords(p);
  return {x, y};
}

std::vector<std::complex<double>> ComplexPlane::default_coordinate_values() const {
  std::vector<std::complex<double>> out;
  for (double x : x_axis().get_tick_range()) out.emplace_back(x, 0);
  for (double y : y_axis().get_tick_range())
    if (y != 0) out.emplace_back(0, y);
  return out;
}

VGroup ComplexPlane::get_coordinate_labels(std::vector<std::complex<double>> numbers,
                                           double font_size_override) {
  if (numbers.empty()) numbers = default_coordinate_values();
  std::optional<double> fs;
  if (font_size_override >= 0) fs = font_size_override;
  std::optional<std::string> unit;
  VGroup labels;
  for (const auto& z : numbers) {
    if (std::abs(z.imag()) > std::abs(z.real())) {
      unit = "i";  // stays set for the labels after it, as Manim's kwargs["unit"]
      labels.add(y_axis().get_number_mobject(z.imag(), unit, fs));
    } else {
      labels.add(x_axis().get_number_mobject(z.real(), unit, fs));
    }
  }
  graphing::axes_data(node()).coordinate_labels = labels.node_ptr();
  return labels;
}

ComplexPlane& ComplexPlane::add_coordinates(std::vector<std::complex<double>> numbers,
                                            double font_size_override) {
  add(get_coordinate_labels(std::move(numbers), font_size_override));
  return *this;
}

}  // namespace manim
