// Axes' CoordinateSystem helpers, BarChart and DecimalNumber options against numbers worked
// out by hand from Manim CE v0.18.0's formulas (docs/graphing.md).
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "manim/manim.hpp"

using namespace manim;

namespace {

constexpr double kEps = 1e-9;

// x: 1 scene unit per unit, y: 0.25 per unit; c2p(0, 0) = (-2, -2).
Axes square_axes() {
  return Axes(
      {.x_range = {0, 4, 1}, .y_range = {0, 16, 4}, .x_length = 4, .y_length = 4, .tips = false});
}

void expect_color(const Color& c, const Color& want) {
  EXPECT_NEAR(c.r, want.r, 1e-6);
  EXPECT_NEAR(c.g, want.g, 1e-6);
  EXPECT_NEAR(c.b, want.b, 1e-6);
}

}  // namespace

TEST(Riemann, LeftRectanglesOfXSquaredHaveHandWorkedSizes) {
  Axes ax = square_axes();
  auto g = ax.plot([](double x) { return x * x; });
  VGroup rects = ax.get_riemann_rectangles(g, {.x_range = std::vector<double>{0, 2}, .dx = 0.5});
  ASSERT_EQ(rects.size(), 4u);
  const double xs[] = {0, 0.5, 1, 1.5};
  double area = 0;
  for (int i = 0; i < 4; ++i) {
    Mobject r = rects[i];
    const double h = xs[i] * xs[i] * 0.25;  // f(x) in scene units
    EXPECT_NEAR(r.width(), 0.5 * 1.001, kEps);
    EXPECT_NEAR(r.height(), h, kEps);
    EXPECT_NEAR(r.get_left().x, -2 + xs[i], kEps);
    EXPECT_NEAR(r.get_bottom().y, -2, kEps);
    area += xs[i] * xs[i] * 0.5;
  }
  EXPECT_NEAR(area, 1.75, kEps);  // the left sum of x^2 over [0, 2] with dx 0.5
  // Default colours (BLUE, GREEN) spread over the four; black stroke of width 1, opaque.
  expect_color(rects[0].get_fill_color(), BLUE);
  expect_color(rects[3].get_fill_color(), GREEN);
  expect_color(rects[1].get_stroke_color(), BLACK);
  EXPECT_DOUBLE_EQ(rects[1].get_stroke_width(), 1);
  EXPECT_DOUBLE_EQ(rects[1].get_fill_opacity(), 1);
}

TEST(Riemann, RightAndCenterSamplesAndSignedArea) {
  Axes ax(
      {.x_range = {-2, 2, 1}, .y_range = {-2, 2, 1}, .x_length = 4, .y_length = 4, .tips = false});
  auto g = ax.plot([](double x) { return x - 1; });
  VGroup right = ax.get_riemann_rectangles(g, {.x_range = std::vector<double>{0, 2},
                                               .dx = 1,
                                               .input_sample_type = "right",
                                               .color = {RED}});
  ASSERT_EQ(right.size(), 2u);
  EXPECT_NEAR(right[0].height(), 0, kEps);  // f(1) = 0
  EXPECT_NEAR(right[1].height(), 1, kEps);  // f(2) = 1
  VGroup center = ax.get_riemann_rectangles(g, {.x_range = std::vector<double>{0, 2},
                                                .dx = 1,
                                                .input_sample_type = "center",
                                                .color = {RED}});
  EXPECT_NEAR(center[0].height(), 0.5, kEps);  // |f(0.5)|
  // f(0.5) < 0: the colour is inverted (1 - rgb) under show_signed_area.
  const Color red = RED;
  expect_color(center[0].get_fill_color(), Color(1 - red.r, 1 - red.g, 1 - red.b));
  expect_color(center[1].get_fill_color(), red);
  EXPECT_NEAR(center[0].get_top().y, 0, kEps);  // hangs from the x axis
}

TEST(Riemann, ThousandRectanglesAndBadInput) {
  Axes ax = square_axes();
  auto g = ax.plot([](double x) { return x; });
  EXPECT_EQ(ax.get_riemann_rectangles(g, {.dx = 0.004}).size(), 1000u);
  EXPECT_THROW(ax.get_riemann_rectangles(g, {.dx = 0}), std::invalid_argument);
  EXPECT_THROW(ax.get_riemann_rectangles(g, {.input_sample_type = "middle"}),
               std::invalid_argument);
}

TEST(Area, PolygonFromTheAxisAlongTheCurveAndBack) {
  Axes ax = square_axes();
  auto g = ax.plot([](double x) { return 4 * x; });
  Polygon area = ax.get_area(g, {.x_range = std::vector<double>{1, 3}});
  auto v = area.get_vertices();
  ASSERT_GE(v.size(), 4u);
  EXPECT_NEAR(v.front().x, -1, kEps);  // c2p(1, 0)
  EXPECT_NEAR(v.front().y, -2, kEps);
  EXPECT_NEAR(v[1].y, -2 + 1, kEps);  // graph(1) = 4 -> 1 scene unit up
  EXPECT_NEAR(v.back().x, 1, kEps);   // c2p(3, 0)
  EXPECT_NEAR(v.back().y, -2, kEps);
  EXPECT_NEAR(area.get_fill_opacity(), 0.3, kEps);
  expect_color(area.get_fill_color(), BLUE);
  // Bounded: the range is clipped to the bounded graph's.
  auto top = ax.plot([](double) { return 16; }, {.x_range = {2, 4}});
  Polygon between = ax.get_area(g, {.bounded_graph = top});
  EXPECT_NEAR(between.get_left().x, 0, kEps);  // x = 2
}

TEST(Tangent, SlopeDerivativeAndAntiderivative) {
  Axes ax = square_axes();
  auto g = ax.plot([](double x) { return x * x; });
  EXPECT_NEAR(ax.slope_of_tangent(3, g), 6, 1e-5);
  EXPECT_NEAR(ax.angle_of_tangent(0, g), 0, 1e-6);
  auto d = ax.plot_derivative_graph(g);
  EXPECT_NEAR(ax.p2c(d.function(2)).second, 4, 1e-5);
  expect_color(d.get_color(), GREEN);
  // The trapezoid rule is exact for a linear integrand: integral of 2x over [0, 3] = 9.
  auto lin = ax.plot([](double x) { return 2 * x; });
  auto anti = ax.plot_antiderivative_graph(lin, 1);
  EXPECT_NEAR(anti.underlying_function()(3), 10, 1e-9);
  auto polar = Axes().plot_polar_graph([](double) { return 1.0; });
  EXPECT_NEAR(polar.t_max(), TAU, kEps);
  Mobject plain = VMobject();
  EXPECT_THROW(ax.slope_of_tangent(1, ParametricFunction([](double t) {
                                     return Vec3{t, 0, 0};
                                   })),
               std::invalid_argument);
}

TEST(Lines, ToPointFromBothAxes) {
  Axes ax = square_axes();
  const Vec3 p = ax.c2p(2, 8);  // (0, 0)
  VGroup lines = ax.get_lines_to_point(p);
  ASSERT_EQ(lines.size(), 2u);
  Line h = lines[0].as<Line>(), v = lines[1].as<Line>();
  EXPECT_TRUE(h.is<DashedLine>());
  EXPECT_NEAR(h.get_start().x, -2, 1e-6);  // from the y axis
  EXPECT_NEAR(h.get_start().y, 0, 1e-6);
  EXPECT_NEAR(v.get_start().y, -2, 1e-6);  // from the x axis
  EXPECT_DOUBLE_EQ(v.get_stroke_width(), 2);
  Line solid = ax.get_vertical_line(p, {.dashed = false, .color = RED});
  EXPECT_FALSE(solid.is<DashedLine>());
  expect_color(solid.get_color(), RED);
}

TEST(Labels, AxisAndGraphLabelsArePlacedAsManim) {
  Axes ax = square_axes();
  Mobject x = ax.get_x_axis_label(Square(0.2));
  // next_to(x_axis UR corner, UR, buff 0.1).
  EXPECT_NEAR(x.get_left().x, 2 + 0.1, 1e-6);
  EXPECT_NEAR(x.get_bottom().y, ax.x_axis().get_top().y + 0.1, 1e-6);
  VGroup t =
      ax.get_T_label(2, ax.plot([](double x) { return x; }), {.label = Mobject(Square(0.2))});
  ASSERT_EQ(t.size(), 3u);  // label, triangle, line
  EXPECT_NEAR(t[1].get_top().y, -2, 1e-6);
  EXPECT_NEAR(t[1].height(), MED_SMALL_BUFF, 1e-6);
  VGroup lg = ax.plot_line_graph({0, 1, 2}, {0, 4, 8});
  ASSERT_EQ(lg.size(), 2u);
  EXPECT_EQ(lg[1].size(), 3u);
  expect_color(lg[0].get_stroke_color(), YELLOW);
  EXPECT_THROW(ax.plot_line_graph({0, 1}, {0}), std::invalid_argument);
}

TEST(BarChart, BarHeightsColoursAndChanges) {
  BarChart chart({10, 20, -5}, {.y_range = std::vector<double>{-10, 30, 10}, .y_length = 4});
  VGroup bars = chart.bars();
  ASSERT_EQ(bars.size(), 3u);
  // y: 4 scene units for 40 -> 0.1 per unit; x_length = min(3, frame_width - 2) = 3.
  EXPECT_NEAR(bars[0].height(), 1, 1e-9);
  EXPECT_NEAR(bars[1].height(), 2, 1e-9);
  EXPECT_NEAR(bars[2].height(), 0.5, 1e-9);
  EXPECT_NEAR(bars[0].width(), 0.6, 1e-9);
  const double axis_y = chart.c2p(0, 0).y;
  EXPECT_NEAR(bars[0].get_bottom().y, axis_y, 1e-9);
  EXPECT_NEAR(bars[2].get_top().y, axis_y, 1e-9);
  EXPECT_NEAR(bars[1].get_center().x, chart.c2p(1.5, 0).x, 1e-9);
  expect_color(bars[0].get_fill_color(), Color("#003f5c"));
  expect_color(bars[2].get_fill_color(), Color("#ffa600"));
  EXPECT_NEAR(bars[0].get_fill_opacity(), 0.7, 1e-9);
  VGroup labels = chart.get_bar_labels();
  ASSERT_EQ(labels.size(), 3u);
  EXPECT_GT(labels[0].get_bottom().y, bars[0].get_top().y);
  EXPECT_LT(labels[2].get_top().y, bars[2].get_bottom().y);
  chart.change_bar_values({20, -10});
  EXPECT_NEAR(bars[0].height(), 2, 1e-9);
  EXPECT_NEAR(bars[0].get_bottom().y, axis_y, 1e-9);
  EXPECT_NEAR(bars[1].height(), 1, 1e-9);  // flipped below the axis
  EXPECT_NEAR(bars[1].get_top().y, axis_y, 1e-9);
  EXPECT_EQ(chart.values()[1], -10);
  // The default y range: [0, max, round(max / (frame_height - 4), 2)].
  BarChart d({54, 23, 112});
  EXPECT_EQ(d.y_range(), (std::vector<double>{0, 112, 28}));
  EXPECT_THROW(BarChart(std::vector<double>{}), std::invalid_argument);
}

TEST(DecimalNumber, OptionsAndSetValueKeepEdgeAndSize) {
  DecimalNumber plain(1.5);
  DecimalNumber dots(1.5, {.show_ellipsis = true});
  EXPECT_EQ(dots.size(), plain.size() + 1);
  DecimalNumber unit(2, {.unit = std::string("m")});
  ASSERT_TRUE(unit.unit_sign().has_value());
  EXPECT_GT(unit.unit_sign()->get_left().x, unit[unit.size() - 2].get_right().x);
  DecimalNumber d(3.14159, {.num_decimal_places = 3, .include_sign = true});
  EXPECT_EQ(d.num_string(), "+3.142");
  EXPECT_NEAR(d.font_size(), 48, 1e-9);
  d.scale(0.5).shift(RIGHT * 2);
  EXPECT_NEAR(d.font_size(), 24, 1e-9);
  const double left = d.get_left().x;
  d.set_value(-12.5);
  EXPECT_EQ(d.num_string(), "-12.500");
  EXPECT_NEAR(d.get_left().x, left, 1e-9);
  EXPECT_NEAR(d.font_size(), 24, 1e-9);
  DecimalNumber r(5, {.edge_to_fix = RIGHT});
  const double right = r.get_right().x;
  r.set_value(12345);
  EXPECT_NEAR(r.get_right().x, right, 1e-9);
  EXPECT_THROW(d.set_font_size(0), std::invalid_argument);
}

TEST(NumberPlane, UnitIntervalGetVectorAndNonlinearPrep) {
  NumberLine u = UnitInterval();
  EXPECT_NEAR(u.get_length(), 10, 1e-9);  // unit_size 10 over [0, 1]
  EXPECT_EQ(u.get_tick_range().size(), 11u);
  // The ticks at 0 and 1 are elongated (twice 2 * 0.1 tall).
  EXPECT_NEAR(u.get_tick_marks()[0].height(), 0.4, 1e-9);
  EXPECT_NEAR(u.get_tick_marks()[5].height(), 0.2, 1e-9);
  EXPECT_THROW(UnitInterval({.x_range = std::vector<double>{0, 2}}), std::invalid_argument);
  NumberPlane plane;
  Arrow v = plane.get_vector(2, 1);
  EXPECT_NEAR(v.get_end().x, 2, 1e-9);
  EXPECT_NEAR(v.get_end().y, 1, 1e-9);
  EXPECT_NEAR(v.get_start().x, 0, 1e-9);
  plane.prepare_for_nonlinear_transform(20);
  EXPECT_EQ(plane.x_axis().get_num_curves(), 20u);
}

// Manim's _decimal_places_from_step(str(step)) for float steps, through BarChart's computed step.
TEST(BarChart, YNumbersTakeTheDecimalsOfTheFloatStep) {
  BarChart c({25, 46, 50, 10}, {.y_length = 5});  // step round(50 / 5, 2) = 10.0 -> "10.0"
  EXPECT_EQ(c.y_range()[2], 10);
  VGroup nums = *c.y_axis().numbers();
  ASSERT_GT(nums.size(), 0u);
  EXPECT_EQ(nums[0].as<DecimalNumber>().num_string(), "10.0");
  BarChart d({0.3, 0.1}, {.y_length = 4});  // round(0.3 / 4, 2) = 0.07 -> 2 places
  EXPECT_EQ((*d.y_axis().numbers())[0].as<DecimalNumber>().num_string(), "0.07");
}
