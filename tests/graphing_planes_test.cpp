// LogBase scaling, PolarPlane, ComplexPlane, ImplicitFunction and NumberPlane's line sets,
// with numbers worked out by hand from Manim's definitions (docs/graphing.md).
#include <gtest/gtest.h>

#include <cmath>

#include "manim/manim.hpp"

using namespace manim;

namespace {

void expect_point(const Vec3& p, double x, double y, double eps = 1e-9) {
  EXPECT_NEAR(p.x, x, eps);
  EXPECT_NEAR(p.y, y, eps);
  EXPECT_NEAR(p.z, 0, eps);
}

}  // namespace

// ---------------------------------------------------------------- LogBase
TEST(LogBase, NumberLineMapsExponents) {
  // Exponents -1..4 over a length of 10: 10^k sits at -5 + 2 (k + 1).
  NumberLine nl(
      {.x_range = std::vector<double>{-1, 4, 1}, .length = 10.0, .scaling = Scaling::log()});
  EXPECT_DOUBLE_EQ(nl.x_min(), 0.1);
  EXPECT_DOUBLE_EQ(nl.x_max(), 10000);
  expect_point(nl.n2p(100), 1, 0);
  expect_point(nl.n2p(0.1), -5, 0);
  expect_point(nl.n2p(10000), 5, 0);
  // Ticks: base ** (-1, 0, 1, 2, 3, 4).
  const std::vector<double> ticks = nl.get_tick_range();
  ASSERT_EQ(ticks.size(), 6u);
  for (std::size_t i = 0; i < ticks.size(); ++i)
    EXPECT_NEAR(ticks[i], std::pow(10.0, static_cast<double>(i) - 1), 1e-9 * ticks[i]);
  // The unit is one exponent: 2 scene units.
  EXPECT_DOUBLE_EQ(nl.get_unit_size(), 2);
  EXPECT_NEAR(nl.get_unit_vector().norm(), 2, 1e-12);
}

TEST(LogBase, NonPositiveNumberIsAnError) {
  NumberLine nl({.x_range = std::vector<double>{0, 3, 1}, .scaling = Scaling::log()});
  EXPECT_THROW(nl.n2p(0), std::invalid_argument);
  EXPECT_THROW(nl.n2p(-5), std::invalid_argument);
  EXPECT_THROW(Scaling::log().inverse_function(0), std::invalid_argument);
  EXPECT_NEAR(Scaling::log(2).inverse_function(8), 3, 1e-12);
  EXPECT_DOUBLE_EQ(Scaling::linear(3).function(2), 6);
}

TEST(LogBase, AxesPutTheOriginAtTheRangeStart) {
  // Manim's test_axes_origin_shift_logbase, with both axes logarithmic.
  Axes ax({.x_range = {5, 10, 1},
           .y_range = {3, 8, 1},
           .x_axis_config = {.scaling = Scaling::log()},
           .y_axis_config = {.scaling = Scaling::log()}});
  const Vec3 p = ax.c2p(1e5, 1e3);
  const Vec3 px = ax.x_axis().n2p(1e5), py = ax.y_axis().n2p(1e3);
  EXPECT_NEAR((p - px).norm(), 0, 1e-9);
  EXPECT_NEAR((p - py).norm(), 0, 1e-9);
  // The middle exponents (7.5, 5.5) are at the centre: x_length 12 over 5 exponents.
  expect_point(ax.c2p(std::pow(10, 7.5), std::pow(10, 5.5)), 0, 0, 1e-9);
  expect_point(p, -6, -3, 1e-9);
  // On a log axis the exponent-0 tick is kept (it is 10^0, not the origin).
  Axes ax2(
      {.x_range = {-1, 2, 1}, .y_range = {0, 3, 1}, .x_axis_config = {.scaling = Scaling::log()}});
  // With the tip the end is left out: exponents -1, 0, 1.
  EXPECT_EQ(ax2.x_axis().get_tick_range().size(), 3u);
  EXPECT_EQ(ax2.x_axis().get_tick_marks().size(), 3u);
}

TEST(LogBase, PlotSamplesScaledInputs) {
  // A log x axis over [-1, 4]: plot samples exponents and hands f base ** t; f(x) = log10(x)
  // makes a straight line from (0.1, -1) to (10^4, 4).
  Axes ax(
      {.x_range = {-1, 4, 1}, .y_range = {-1, 4, 1}, .x_axis_config = {.scaling = Scaling::log()}});
  ParametricFunction g = ax.plot([](double x) { return std::log10(x); });
  const Vec3 s = g.get_start(), e = g.get_end();
  EXPECT_NEAR((s - ax.c2p(0.1, -1)).norm(), 0, 1e-9);
  EXPECT_NEAR((e - ax.c2p(1e4, 4)).norm(), 0, 1e-9);
}

// ---------------------------------------------------------------- PolarPlane
TEST(PolarPlane, CirclesRaysAndMapping) {
  // radius_max 3, size 6: one scene unit per unit; 20 rays (PI radians) and circles of
  // radius 0, 1, 2, 3, all background lines with faded_line_ratio 1.
  PolarPlane p({.radius_max = 3, .size = 6.0});
  EXPECT_EQ(p.background_lines().size(), 24u);
  EXPECT_EQ(p.faded_lines().size(), 0u);
  expect_point(p.polar_to_point(2, PI / 2), 0, 2, 1e-12);
  expect_point(p.get_origin(), 0, 0);
  // Ray 5 points at a quarter turn: from the centre to (0, 3).
  Line ray = p.background_lines()[5].as<Line>();
  expect_point(ray.get_end(), 0, 3, 1e-9);
  // faded_line_ratio 2: every other circle and ray is faded.
  PolarPlane q({.radius_max = 2, .faded_line_ratio = 2});
  // circles at 0, .5, 1, 1.5, 2 (3 background, 2 faded), rays every 1/40 turn (20 and 20).
  EXPECT_EQ(q.background_lines().size(), 23u);
  EXPECT_EQ(q.faded_lines().size(), 22u);
  EXPECT_THROW(PolarPlane({.azimuth_units = std::string("turns")}), std::invalid_argument);
  EXPECT_THROW(PolarPlane({.azimuth_direction = "up"}), std::invalid_argument);
}

TEST(PolarPlane, RadianLabelsAreLimitedFractions) {
  EXPECT_EQ(limit_denominator(0.5), (std::pair<long long, long long>{1, 2}));
  EXPECT_EQ(limit_denominator(0.1), (std::pair<long long, long long>{1, 10}));
  EXPECT_EQ(limit_denominator(1.0 / 3), (std::pair<long long, long long>{1, 3}));
  // Python: Fraction(math.pi).limit_denominator(100) == Fraction(311, 99).
  EXPECT_EQ(limit_denominator(PI, 100), (std::pair<long long, long long>{311, 99}));
  EXPECT_EQ(limit_denominator(2.0), (std::pair<long long, long long>{2, 1}));
  PolarPlane p;
  EXPECT_EQ(p.get_radian_label(0.25).tex_string(), "\\tfrac{\\pi}{2}");
  EXPECT_EQ(p.get_radian_label(0.5).tex_string(), "\\pi");
  EXPECT_EQ(p.get_radian_label(0.75).tex_string(), "\\tfrac{3\\pi}{2}");
  EXPECT_EQ(p.get_radian_label(0).tex_string(), "0");
}

// ---------------------------------------------------------------- ComplexPlane
TEST(ComplexPlane, NumbersArePoints) {
  ComplexPlane c;
  expect_point(c.n2p({1, 2}), 1, 2);
  expect_point(c.n2p({-3, -0.5}), -3, -0.5);
  const std::complex<double> z = c.p2n({2.5, -1.5, 0});
  EXPECT_NEAR(z.real(), 2.5, 1e-12);
  EXPECT_NEAR(z.imag(), -1.5, 1e-12);
  // Default labels: the x ticks (0 excluded) then i * each y tick but 0.
  const auto vals = c.default_coordinate_values();
  const std::size_t nx = c.x_axis().get_tick_range().size();
  ASSERT_EQ(vals.size(), nx + 8);  // y ticks -4..4 without 0
  EXPECT_EQ(vals[nx], std::complex<double>(0, -4));
  c.add_coordinates();
  EXPECT_EQ(c.coordinate_labels().size(), vals.size());
}

// ---------------------------------------------------------------- ImplicitFunction
TEST(ImplicitFunction, CircleAnchorsLieOnTheCircle) {
  ImplicitFunction f([](double x, double y) { return x * x + y * y - 9; });
  const auto& pts = f.node().points;
  ASSERT_GE(pts.size(), 40u);
  ASSERT_EQ(pts.size() % 4, 0u);
  // Every anchor (curve ends) is within 1e-3 of radius 3: bisection down to 1/1000 of the
  // range, then a linear step.
  for (std::size_t i = 0; i < pts.size(); i += 4) {
    EXPECT_NEAR(pts[i].norm(), 3, 1e-3) << "anchor " << i;
    EXPECT_NEAR(pts[i + 3].norm(), 3, 1e-3) << "anchor " << i + 3;
  }
}

TEST(ImplicitFunction, IsolineOfTheUnitCircleOnAFourByFourGrid) {
  // x^2 + y^2 = 1 over [-2, 2]^2 with min_depth 2 and max_quads 16: sixteen unit cells, the
  // circle through the grid vertices (+-1, 0), (0, +-1), where f is exactly 0. One closed
  // curve, walked with positive values (outside) on the right, i.e. counter-clockwise,
  // starting at (-1, 0). Between the vertices it crosses the lines y = +-1/2, x = +-1/2 (the
  // segments from cell corners to the face centres (+-1/2, +-1/2)) and the diagonals, at
  // angles 30, 45 and 60 degrees off the axes. Each zero vertex is met by the five triangles
  // of the walk that end there (the bisection of an edge ending at an exact zero lands on it:
  // the linear step has weight 0 on the other end), so it repeats five times.
  const auto cs =
      plot_isoline([](double x, double y) { return x * x + y * y - 1; }, {-2, -2}, {2, 2}, 2, 16);
  ASSERT_EQ(cs.size(), 1u);
  const auto& c = cs[0];
  ASSERT_EQ(c.size(), 33u);
  const double deg = PI / 180;
  std::size_t i = 0;
  for (int quadrant = 0; quadrant < 4; ++quadrant) {
    const double a0 = 180 + 90 * quadrant;  // the axis vertex the quadrant starts at
    const int repeats = quadrant == 0 ? 1 : 5;
    for (int r = 0; r < repeats; ++r, ++i)
      expect_point(c[i], std::cos(a0 * deg), std::sin(a0 * deg), 1e-15);
    for (double off : {30.0, 45.0, 60.0}) {
      expect_point(c[i], std::cos((a0 + off) * deg), std::sin((a0 + off) * deg), 2e-6);
      ++i;
    }
  }
  for (; i < 33; ++i) expect_point(c[i], -1, 0, 0);  // back at the start, five times
  // The bisection stops below tol = 4 / 1000 and takes one linear step: on the circle to 1.6e-6.
  expect_point(c[1], -0.8660235609480813, -0.5, 1e-15);
  EXPECT_THROW(plot_isoline({}, {0, 0}, {1, 1}), std::invalid_argument);
  EXPECT_THROW(plot_isoline([](double, double) { return 0.0; }, {1, 0}, {0, 1}),
               std::invalid_argument);
}

TEST(ImplicitFunction, PointsAreManimsForTheGraphicalTestCircle) {
  // Measured from Manim CE v0.18.0 (isosurfaces 0.1.0, which it pins): ImplicitFunction(x^2 +
  // y^2 - 9) over the frame is one closed curve of 979 zeros, i.e. 978 cubics (3912 points),
  // starting at (-17/9, -2.330685849766) and walking counter-clockwise; the handles are a
  // closed spline's.
  ImplicitFunction f([](double x, double y) { return x * x + y * y - 9; });
  const auto& pts = f.node().points;
  ASSERT_EQ(pts.size(), 3912u);
  expect_point(pts[0], -17.0 / 9, -2.330685849766, 1e-11);
  expect_point(pts[1], -1.883855940455, -2.334724733213, 1e-11);  // first handle
  expect_point(pts[3], -1.856332276216, -2.356686905371, 1e-11);  // second zero
  expect_point(pts.back(), -17.0 / 9, -2.330685849766, 1e-11);
  // Closed spline: the handles around the start are symmetric about it.
  const Vec3 mid = (pts[1] + pts[pts.size() - 2]) / 2;
  expect_point(mid, pts[0][0], pts[0][1], 1e-12);
  // Without smoothing the handles are the thirds of each chord.
  ImplicitFunction jag([](double x, double y) { return x * x + y * y - 9; },
                       {.use_smoothing = false});
  const auto& q = jag.node().points;
  ASSERT_EQ(q.size(), 3912u);
  expect_point(q[1], (2 * q[0][0] + q[3][0]) / 3, (2 * q[0][1] + q[3][1]) / 3, 1e-14);
}

TEST(ImplicitFunction, AxesPlotUsesTheirCoordinates) {
  // Axes(): 12 / 14 scene units per x unit, 6 / 8 per y unit; x^2 + y^2 = 4 becomes an
  // ellipse with semi-axes 2 * 6/7 and 2 * 3/4.
  Axes ax;
  ImplicitFunction g = ax.plot_implicit_curve([](double x, double y) { return x * x + y * y - 4; });
  EXPECT_NEAR(g.width(), 4 * 6.0 / 7, 5e-3);
  EXPECT_NEAR(g.height(), 4 * 3.0 / 4, 5e-3);
  expect_point(g.get_center(), 0, 0, 5e-3);
  // Manim CE v0.18.0: one curve of 861 zeros (3440 points) from (-0.984375, -1.740977827)
  // in axis units, i.e. (-0.84375, -1.30573337035) on screen.
  ASSERT_EQ(g.node().points.size(), 3440u);
  expect_point(g.node().points[0], -0.84375, -1.30573337035, 1e-10);
  // No zero in the range: no points.
  ImplicitFunction none([](double x, double y) { return x * x + y * y + 1; });
  EXPECT_EQ(none.node().points.size(), 0u);
}

// ---------------------------------------------------------------- NumberPlane lines
TEST(NumberPlane, LineSetsWhenRangesMissZero) {
  // Manim's test_NumberPlane: ceil(7) vertical and floor(4) horizontal lines.
  NumberPlane a({.x_range = {0, 7}, .y_range = {2, 6}});
  EXPECT_EQ(a.y_lines().size(), 7u);
  EXPECT_EQ(a.x_lines().size(), 4u);
  NumberPlane b({.x_range = {-5, 5, 0.5}, .y_range = {-8, 8, 2}});
  EXPECT_EQ(b.x_lines().size(), 7u);
  EXPECT_EQ(b.y_lines().size(), 19u);
}
