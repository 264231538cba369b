// Manim CE's PolarPlane and ComplexPlane (manim.mobject.graphing.coordinate_systems).
//   PolarPlane({.radius_max = 3, .azimuth_units = "degrees"}).add_coordinates();
//   ComplexPlane().add_coordinates();  plane.n2p({1, 2})  // the point of 1 + 2i
#pragma once
#include <complex>
#include <optional>
#include <string>
#include <vector>

#include "manim/mobject/graphing.hpp"
#include "manim/mobject/tex.hpp"

namespace manim {

// ---------------------------------------------------------------- PolarPlane
struct PolarPlaneArgs {
  double radius_max = 4;         // config frame_y_radius
  std::optional<double> size{};  // length of each axis; unset: 1 unit per unit
  double radius_step = 1;
  std::optional<double> azimuth_step{};  // unset: 20 (PI/TAU radians), 36 (degrees),
                                         // 40 (gradians), 1 (no units)
  // "PI radians", "TAU radians", "degrees", "gradians"; unset: Manim's None (plain numbers).
  std::optional<std::string> azimuth_units = std::string("PI radians");
  bool azimuth_compact_fraction = true;   // \tfrac{\pi}{2} rather than \tfrac{1}{2}\pi
  double azimuth_offset = 0;              // radians
  std::string azimuth_direction = "CCW";  // or "CW"
  double azimuth_label_buff = SMALL_BUFF;
  double azimuth_label_font_size = 24;
  // Over Manim's radius_config defaults: width 2, no ticks, no tips, buff SMALL_BUFF,
  // labels DL, font size 24.
  NumberLineArgs radius_config{};
  LineStyle background_line_style{};            // BLUE_D, width 2, opacity 1
  std::optional<LineStyle> faded_line_style{};  // unset: the background style halved
  int faded_line_ratio = 1;
};

// Axes without ticks over circles every radius_step and rays every 1/azimuth_step of a turn:
// submobjects [faded lines, background lines (rays then circles), x_axis, y_axis].
class PolarPlane : public Axes {
 public:
  explicit PolarPlane(const PolarPlaneArgs& a = {});
  MANIM_HANDLE(PolarPlane, Axes)
  VGroup background_lines() const;
  VGroup faded_lines() const;
  const PolarPlaneArgs& args() const;
  // The azimuth label for `number` turns in PI/TAU radians (Manim's get_radian_label).
  MathTex get_radian_label(double number, double font_size = 24) const;
  // Numbers on the radius (added to the x axis) and azimuth labels around the plane; returns
  // VGroup(x_axis, azimuth labels) as Manim's coordinate_labels. Unset values: the radius
  // ticks >= 0 and arange(0, 1, 1 / azimuth_step) turns.
  VGroup get_coordinate_labels(std::optional<std::vector<double>> r_values = std::nullopt,
                               std::optional<std::vector<double>> a_values = std::nullopt);
  PolarPlane& add_coordinates(std::optional<std::vector<double>> r_values = std::nullopt,
                              std::optional<std::vector<double>> a_values = std::nullopt);
  // An Arrow from the origin to (x, y), buff 0.
  Arrow get_vector(double x, double y, ArrowArgs a = {}) const;
  PolarPlane& prepare_for_nonlinear_transform(int num_inserted_curves = 50);
};

// ---------------------------------------------------------------- ComplexPlane
// A NumberPlane whose points are complex numbers: x the real part, y the imaginary part.
class ComplexPlane : public NumberPlane {
 public:
  explicit ComplexPlane(const NumberPlaneArgs& a = {});
  MANIM_HANDLE(ComplexPlane, NumberPlane)
  Vec3 number_to_point(std::complex<double> z) const;
  Vec3 n2p(std::complex<double> z) const { return number_to_point(z); }
  std::complex<double> point_to_number(const Vec3& p) const;
  std::complex<double> p2n(const Vec3& p) const { return point_to_number(p); }
  // The x ticks, then i * (each non-zero y tick).
  std::vector<std::complex<double>> default_coordinate_values() const;
  // A DecimalNumber per number: on the y axis with unit "i" when |imag| > |real|, else on the
  // x axis (empty `numbers`: the defaults). As Manim, once an imaginary label was made, the
  // labels after it keep the unit "i".
  VGroup get_coordinate_labels(std::vector<std::complex<double>> numbers = {},
                               double font_size_override = -1);
  ComplexPlane& add_coordinates(std::vector<std::complex<double>> numbers = {},
                                double font_size_override = -1);
};

// Python's Fraction(x).limit_denominator(max_denominator): the closest fraction p / q with
// q <= max_denominator (exact continued-fraction search over the double's exact value).
std::pair<long long, long long> limit_denominator(double x, long long max_denominator = 100);

}  // namespace manim
