// Graphing (NumberLine, Axes, NumberPlane, plot) against docs/manim_facts.md §9, numpy's legacy
// RandomState against §10, and the convex hull against scipy.spatial.ConvexHull.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "manim/manim.hpp"

using namespace manim;

namespace {

constexpr double kEps = 1e-9;

void expect_point(const Vec3& p, double x, double y, double eps = kEps) {
  EXPECT_NEAR(p.x, x, eps);
  EXPECT_NEAR(p.y, y, eps);
  EXPECT_NEAR(p.z, 0, eps);
}

// The §9 reference Axes.
Axes fact_axes() {
  return Axes({.x_range = {0, 10, 2},
               .y_range = {0, 100, 20},
               .x_length = 5,
               .y_length = 3.5,
               .axis_config = {.include_numbers = false}});
}

}  // namespace

// ---------------------------------------------------------------- Axes
TEST(Axes, CoordsToPointMatchesManim) {
  Axes ax = fact_axes();
  expect_point(ax.c2p(0, 0), -2.5, -1.75);
  expect_point(ax.c2p(10, 100), 2.5, 1.75);
  expect_point(ax.c2p(5, 50), 0, 0);
  expect_point(ax.c2p(2, 20), -1.5, -1.05);
  expect_point(ax.get_origin(), -2.5, -1.75);
  EXPECT_NEAR(ax.get_x_unit_size(), 0.5, kEps);
  EXPECT_NEAR(ax.get_y_unit_size(), 0.035, kEps);
  auto [x, y] = ax.p2c({0, 0, 0});
  EXPECT_NEAR(x, 5, kEps);
  EXPECT_NEAR(y, 50, kEps);
}

TEST(Axes, CoordsFollowLaterShiftsAndScales) {
  Axes ax = fact_axes();
  ax.shift(DOWN * 0.5 + RIGHT);
  expect_point(ax.c2p(0, 0), -1.5, -2.25);
  expect_point(ax.c2p(10, 100), 3.5, 1.25);
  ax.scale(2, {.about_point = ORIGIN});
  expect_point(ax.c2p(5, 50), 2, -1);
  Axes moved = fact_axes().move_to(ORIGIN);  // the bbox centre (-0.0875, -0.0875) goes to 0
  expect_point(moved.c2p(5, 50), 0.0875, 0.0875);
}

TEST(Axes, StructureAndStyle) {
  Axes ax = fact_axes();
  ASSERT_EQ(ax.size(), 2u);
  EXPECT_EQ(ax[0], ax.x_axis());
  EXPECT_EQ(ax[1], ax.y_axis());
  for (const NumberLine& axis : {ax.x_axis(), ax.y_axis()}) {
    ASSERT_EQ(axis.size(), 2u);  // [tip, ticks]
    EXPECT_EQ(axis[0].kind(), "ArrowTriangleFilledTip");
    EXPECT_EQ(axis[1].kind(), "VGroup");
    EXPECT_NEAR(axis.get_stroke_width(), 2, kEps);
    EXPECT_EQ(axis.get_stroke_color(), WHITE);
  }
  // The line stops at the tip's base; the tip spans 2.15 -> 2.5, 0.35 wide.
  NumberLine xa = ax.x_axis();
  expect_point(xa.points().front(), -2.5, -1.75);
  expect_point(xa.points().back(), 2.15, -1.75);
  Mobject tip = xa[0];
  EXPECT_NEAR(tip.get_left().x, 2.15, kEps);
  EXPECT_NEAR(tip.get_right().x, 2.5, kEps);
  EXPECT_NEAR(tip.height(), 0.35, kEps);
  EXPECT_NEAR(tip.get_fill_opacity(), 1, kEps);
  EXPECT_NEAR(tip.get_stroke_width(), 2, kEps);
  Mobject ytip = ax.y_axis()[0];
  EXPECT_NEAR(ytip.get_bottom().y, 1.4, kEps);
  EXPECT_NEAR(ytip.get_top().y, 1.75, kEps);
  EXPECT_NEAR(ytip.width(), 0.35, kEps);
}

TEST(Axes, TicksFourPerAxisWithoutOriginAndTippedEnd) {
  Axes ax = fact_axes();
  const std::vector<double> xs = ax.x_axis().get_tick_range();
  ASSERT_EQ(xs, (std::vector<double>{2, 4, 6, 8}));
  const std::vector<double> ys = ax.y_axis().get_tick_range();
  ASSERT_EQ(ys, (std::vector<double>{20, 40, 60, 80}));
  VGroup xt = ax.x_axis().get_tick_marks(), yt = ax.y_axis().get_tick_marks();
  ASSERT_EQ(xt.size(), 4u);
  ASSERT_EQ(yt.size(), 4u);
  const double sx[] = {-1.5, -0.5, 0.5, 1.5}, sy[] = {-1.05, -0.35, 0.35, 1.05};
  for (int i = 0; i < 4; ++i) {
    expect_point(xt[i].get_center(), sx[i], -1.75);
    EXPECT_NEAR(xt[i].height(), 0.2, kEps);
    EXPECT_NEAR(xt[i].width(), 0, 1e-12);
    expect_point(yt[i].get_center(), -2.5, sy[i]);
    EXPECT_NEAR(yt[i].width(), 0.2, 1e-9);
    EXPECT_NEAR(xt[i].get_stroke_width(), 2, kEps);
  }
}

TEST(Axes, TickRuleForRangesThroughZero) {
  Axes ax({.x_range = {-3, 3}});
  EXPECT_EQ(ax.x_range(), (std::vector<double>{-3, 3, 1}));
  const std::vector<double> xs = ax.x_axis().get_tick_range();
  ASSERT_EQ(xs.size(), 5u);
  const double want[] = {-3, -2, -1, 1, 2};
  for (int i = 0; i < 5; ++i) EXPECT_NEAR(xs[i], want[i], kEps);
  // Without a tip the end tick stays (<= x_max + 1e-6), and the origin tick of a bare line too.
  NumberLine nl({.x_range = std::vector<double>{-2, 2, 1}});
  EXPECT_EQ(nl.get_tick_range().size(), 5u);
  EXPECT_EQ(nl.get_tick_marks().size(), 5u);
  // All-positive ranges run from x_min up to, not including, x_max (with a tip).
  NumberLine pos({.x_range = std::vector<double>{1, 5, 1}, .include_tip = true});
  EXPECT_EQ(pos.get_tick_range(), (std::vector<double>{1, 2, 3, 4}));
}

TEST(Axes, DefaultsMatchManim) {
  Axes ax;
  EXPECT_EQ(ax.x_range(), (std::vector<double>{-7, 7, 1}));
  EXPECT_EQ(ax.y_range(), (std::vector<double>{-4, 4, 1}));
  EXPECT_NEAR(ax.x_axis().get_length(), 12, kEps);  // start -> tip point
  EXPECT_NEAR(ax.y_axis().get_length(), 6, kEps);
  expect_point(ax.c2p(0, 0), 0, 0);
  expect_point(ax.c2p(7, 4), 6, 3);
  ASSERT_TRUE(ax.x_axis().get_tip().has_value());
  Axes no_tips({.tips = false});
  EXPECT_FALSE(no_tips.x_axis().get_tip().has_value());
  EXPECT_EQ(no_tips.x_axis().get_tick_range().size(), 14u);  // -7..7 without 0
}

TEST(Axes, BoundingBoxIncludesTipHalfWidth) {
  Axes ax = fact_axes();
  EXPECT_NEAR(ax.width(), 5.175, kEps);
  EXPECT_NEAR(ax.height(), 3.675, kEps);
  expect_point(ax.get_center(), -0.0875, -0.0875);
}

TEST(Axes, AxisConfigColourReachesLineTicksAndTip) {
  Axes ax({.x_range = {0, 10, 2},
           .y_range = {0, 100, 20},
           .x_length = 5,
           .y_length = 3.5,
           .axis_config = {.color = "#666677"}});
  const Color c("#666677");
  for (const Mobject& m : ax.get_family())
    if (m.has_points()) {
      EXPECT_EQ(m.get_stroke_color(), c) << m.kind();
    }
  EXPECT_EQ(ax.x_axis()[0].get_fill_color(), c);
  // x_axis_config overrides axis_config key by key.
  Axes ax2({.axis_config = {.color = RED, .tick_size = 0.2}, .x_axis_config = {.color = BLUE}});
  EXPECT_EQ(ax2.x_axis().get_stroke_color(), BLUE);
  EXPECT_EQ(ax2.y_axis().get_stroke_color(), RED);
  EXPECT_NEAR(ax2.x_axis().get_tick_marks()[0].height(), 0.4, kEps);
}

TEST(Axes, RangesAwayFromZeroPutTheOriginAtTheRangeStart) {
  Axes ax({.x_range = {2, 6, 1}, .y_range = {-5, -1, 1}, .x_length = 4, .y_length = 4});
  // origin_shift: the axes cross at x = 2 and y = -1; the range middles sit at ORIGIN.
  expect_point(ax.c2p(4, -3), 0, 0);
  expect_point(ax.c2p(2, -5), -2, -2);
  expect_point(ax.x_axis().get_start(), -2, 2);
}

TEST(Axes, BadInputThrowsNamingTheArgument) {
  EXPECT_THROW(Axes({.x_range = {5, 1}}), std::invalid_argument);
  EXPECT_THROW(Axes({.y_range = {0, 1, 0}}), std::invalid_argument);
  EXPECT_THROW(Axes({.x_length = -1}), std::invalid_argument);
  try {
    Axes({.x_range = {1, 2, 3, 4}});
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("x_range"), std::string::npos);
  }
  Axes ax = fact_axes();
  EXPECT_THROW(ax.plot(std::function<double(double)>{}), std::invalid_argument);
  EXPECT_THROW(ax.plot([](double x) { return std::sqrt(x); }, {.x_range = {-1, 1}}),
               std::invalid_argument);  // nan below 0
}

// ---------------------------------------------------------------- plot
TEST(Plot, SamplesEveryTenthOfAStepWith51Anchors) {
  Axes ax = fact_axes();
  ParametricFunction g = ax.plot([](double x) { return x * x; });
  EXPECT_EQ(g.get_num_curves(), 50u);
  // get_anchors lists each curve's start and end: 50 starts + the last end = 51 anchors.
  EXPECT_EQ(g.get_anchors().size(), 100u);
  EXPECT_EQ(g.get_num_points(), 200u);
  EXPECT_NEAR(g.get_stroke_width(), 4, kEps);
  EXPECT_EQ(g.get_stroke_color(), WHITE);
  const auto& p = g.points();
  for (std::size_t k = 0; k < 50; ++k) {  // anchors lie on the curve at x = 0.2 k
    const double x = 0.2 * static_cast<double>(k);
    expect_point(p[4 * k], ax.c2p(x, x * x).x, ax.c2p(x, x * x).y, 1e-9);
  }
  expect_point(p.back(), 2.5, 1.75);
  // Step given: used as is (0.5 -> 20 curves).
  EXPECT_EQ(ax.plot([](double x) { return x; }, {.x_range = {0, 10, 0.5}}).get_num_curves(), 20u);
  // [0.1, 10]: arange(0.1, 10, 0.2) has 50 values, plus 10.
  ParametricFunction g2 = ax.plot([](double x) { return 10 * x; },
                                  {.color = RED, .stroke_width = 3, .x_range = {0.1, 10}});
  EXPECT_EQ(g2.get_num_curves(), 50u);
  expect_point(g2.points().front(), ax.c2p(0.1, 1).x, ax.c2p(0.1, 1).y);
  EXPECT_NEAR(g2.get_stroke_width(), 3, kEps);
  EXPECT_EQ(g2.get_stroke_color(), RED);
}

TEST(Plot, HandlesFormANaturalCubicSpline) {
  Axes ax = fact_axes();
  ParametricFunction g = ax.plot([](double x) { return std::sin(x) * 40 + 50; });
  const auto& p = g.points();
  const std::size_t n = g.get_num_curves();
  auto d1_end = [&](std::size_t k) { return (p[4 * k + 3] - p[4 * k + 2]) * 3; };
  auto d1_start = [&](std::size_t k) { return (p[4 * k + 1] - p[4 * k]) * 3; };
  auto d2_end = [&](std::size_t k) { return (p[4 * k + 3] - p[4 * k + 2] * 2 + p[4 * k + 1]) * 6; };
  auto d2_start = [&](std::size_t k) { return (p[4 * k + 2] - p[4 * k + 1] * 2 + p[4 * k]) * 6; };
  for (std::size_t k = 0; k + 1 < n; ++k) {
    EXPECT_NEAR((d1_end(k) - d1_start(k + 1)).norm(), 0, 1e-9) << "C1 at anchor " << k + 1;
    EXPECT_NEAR((d2_end(k) - d2_start(k + 1)).norm(), 0, 1e-8) << "C2 at anchor " << k + 1;
  }
  EXPECT_NEAR(d2_start(0).norm(), 0, 1e-9);
  EXPECT_NEAR(d2_end(n - 1).norm(), 0, 1e-9);
  // use_smoothing=false: straight handles at 1/3 and 2/3.
  ParametricFunction corners = ax.plot([](double x) { return x * x; }, {.use_smoothing = false});
  const auto& q = corners.points();
  expect_point(q[1], (q[0] * 2 + q[3]).x / 3, (q[0] * 2 + q[3]).y / 3);
}

TEST(Plot, ClosedParametricCurvesArePeriodic) {
  ParametricFunction circle(
      [](double t) {
        return Vec3{std::cos(t), std::sin(t), 0};
      },
      {.t_range = {0, TAU, TAU / 8}});
  const auto& p = circle.points();
  ASSERT_EQ(circle.get_num_curves(), 8u);
  // C1 across the seam: the last handle, the start and the first handle are collinear, equal.
  const Vec3 out = p[1] - p[0], in = p.back() - p[p.size() - 2];
  EXPECT_NEAR((out - in).norm(), 0, 1e-9);
  FunctionGraph fg([](double x) { return x; });
  EXPECT_EQ(fg.get_stroke_color(), YELLOW);
  EXPECT_NEAR(fg.points().front().x, -64.0 / 9, 1e-9);
}

// ---------------------------------------------------------------- NumberPlane
TEST(NumberPlane, CoordinatesAndBox) {
  NumberPlane plane({.x_range = {-3, 3, 1}, .y_range = {-3, 3, 1}, .x_length = 5, .y_length = 4});
  expect_point(plane.c2p(1.5, 0.5), 1.25, 1.0 / 3);
  expect_point(plane.c2p(0, 0), 0, 0);
  expect_point(plane.c2p(3, 3), 2.5, 2);
  EXPECT_NEAR(plane.width(), 5, kEps);
  EXPECT_NEAR(plane.height(), 4, kEps);
  expect_point(plane.get_center(), 0, 0);
}

TEST(NumberPlane, SubmobjectOrderAndLines) {
  NumberPlane plane({.x_range = {-3, 3, 1}, .y_range = {-3, 3, 1}, .x_length = 5, .y_length = 4});
  ASSERT_EQ(plane.size(), 4u);
  EXPECT_EQ(plane[0], plane.faded_lines());
  EXPECT_EQ(plane[1], plane.background_lines());
  EXPECT_EQ(plane[2], plane.x_axis());
  EXPECT_EQ(plane[3], plane.y_axis());
  EXPECT_EQ(plane.faded_lines().size(), 0u);
  VGroup bg = plane.background_lines();
  ASSERT_EQ(bg.size(), 10u);
  const double ys[] = {0, 2.0 / 3, 4.0 / 3, -2.0 / 3, -4.0 / 3};
  const double xs[] = {0, 5.0 / 6, 5.0 / 3, -5.0 / 6, -5.0 / 3};
  for (int i = 0; i < 5; ++i) {
    Line h = bg[i].as<Line>(), v = bg[5 + i].as<Line>();
    expect_point(h.get_start(), -2.5, ys[i]);
    expect_point(h.get_end(), 2.5, ys[i]);
    expect_point(v.get_start(), xs[i], -2, 1e-9);
    expect_point(v.get_end(), xs[i], 2, 1e-9);
    EXPECT_EQ(h.get_stroke_color(), BLUE_D);
    EXPECT_EQ(BLUE_D, Color("#29ABCA"));
    EXPECT_NEAR(h.get_stroke_width(), 2, kEps);
    EXPECT_NEAR(h.get_stroke_opacity(), 1, kEps);
  }
  // Axes: WHITE, width 2, no ticks, no tips.
  for (const NumberLine& axis : {plane.x_axis(), plane.y_axis()}) {
    EXPECT_EQ(axis.get_stroke_color(), WHITE);
    EXPECT_NEAR(axis.get_stroke_width(), 2, kEps);
    EXPECT_FALSE(axis.get_tip().has_value());
    EXPECT_EQ(axis.get_tick_marks().size(), 0u);
  }
}

TEST(NumberPlane, FadedLineRatioTwoGives8BackgroundAnd14Faded) {
  NumberPlane plane({.x_range = {-3, 3, 1},
                     .y_range = {-3, 3, 1},
                     .x_length = 5,
                     .y_length = 4,
                     .faded_line_ratio = 2});
  VGroup bg = plane.background_lines(), faded = plane.faded_lines();
  EXPECT_EQ(bg.size(), 8u);
  EXPECT_EQ(faded.size(), 14u);
  // Faded: width and opacity halved. The first horizontal background line is at y = 1 unit.
  EXPECT_NEAR(faded[0].get_stroke_width(), 1, kEps);
  EXPECT_NEAR(faded[0].get_stroke_opacity(), 0.5, kEps);
  EXPECT_NEAR(bg[0].get_center().y, 2.0 / 3, kEps);
  EXPECT_NEAR(faded[0].get_center().y, 0, kEps);  // the origin line is a faded one
}

TEST(NumberPlane, DefaultsAndStyleOverrides) {
  NumberPlane plane;
  EXPECT_EQ(plane.background_lines().size(), 22u);  // x lines at -3..3, y lines at -7..7
  EXPECT_NEAR(plane.x_axis().get_length(), 128.0 / 9, 1e-9);
  expect_point(plane.c2p(1, 1), 1, 1);
  NumberPlane styled({.x_range = {-3, 3, 1},
                      .y_range = {-3, 3, 1},
                      .background_line_style = {.stroke_color = "#333333", .stroke_width = 1},
                      .axis_config = {.stroke_color = "#666677"}});
  Mobject l = styled.background_lines()[0];
  EXPECT_EQ(l.get_stroke_color(), Color("#333333"));
  EXPECT_NEAR(l.get_stroke_width(), 1, kEps);
  EXPECT_NEAR(l.get_stroke_opacity(), 1, kEps);
  EXPECT_EQ(styled.x_axis().get_stroke_color(), Color("#666677"));
  EXPECT_NEAR(styled.x_axis().get_stroke_width(), 2, kEps);
  NumberPlane copy = styled.copy();
  copy.shift(RIGHT);
  expect_point(copy.c2p(0, 0), 1, 0);
  expect_point(styled.c2p(0, 0), 0, 0);
}

// ---------------------------------------------------------------- NumberLine
TEST(NumberLine, MapsNumbersBothWays) {
  NumberLine nl({.x_range = std::vector<double>{-2, 6, 2}, .length = 4});
  expect_point(nl.n2p(-2), -2, 0);
  expect_point(nl.n2p(6), 2, 0);
  expect_point(nl.n2p(1), -0.5, 0);
  EXPECT_NEAR(nl.p2n({1, 5, 0}), 4, kEps);
  EXPECT_NEAR(nl.get_unit_size(), 0.5, kEps);
  NumberLine rotated({.x_range = std::vector<double>{0, 4, 1}, .rotation = PI / 2});
  expect_point(rotated.n2p(4), 0, 2, 1e-12);
  EXPECT_THROW(NumberLine({.x_range = std::vector<double>{0, 1}, .length = 0}),
               std::invalid_argument);
}

TEST(NumberLine, NumbersAreDecimalLabelsBelowTheTicks) {
  NumberLine nl({.x_range = std::vector<double>{-2, 2, 1}, .include_numbers = true});
  ASSERT_TRUE(nl.numbers().has_value());
  VGroup nums = *nl.numbers();
  ASSERT_EQ(nums.size(), 5u);
  // "0" sits MED_SMALL_BUFF below the line; negative labels centre their digits on the tick.
  Mobject zero = nums[2];
  EXPECT_NEAR(zero.get_top().y, -MED_SMALL_BUFF, 1e-9);
  EXPECT_NEAR(zero.get_center().x, 0, 1e-9);
  Mobject minus_one = nums[1];
  EXPECT_NEAR(minus_one[1].get_center().x, -1, 0.02);
  EXPECT_EQ(minus_one.as<DecimalNumber>().num_string(), "-1");
}

// ---------------------------------------------------------------- numpy random (§10)
TEST(RandomState, MatchesNumpyLegacySeed42) {
  RandomState rs(42);
  EXPECT_EQ(rs.random_uint32(), 1608637542u);
  EXPECT_EQ(rs.random_uint32(), 3421126067u);
  rs.seed(42);
  EXPECT_EQ(rs.random_sample(), 0.3745401188473625);
  EXPECT_EQ(rs.random_sample(), 0.9507143064099162);
  EXPECT_EQ(rs.random_sample(), 0.7319939418114051);
  EXPECT_EQ(rs.random_sample(), 0.5986584841970366);
}

TEST(RandomState, Randn20x2BitForBit) {
  const double want[20][2] = {
      {0.4967141530112327, -0.13826430117118466},   {0.6476885381006925, 1.5230298564080254},
      {-0.23415337472333597, -0.23413695694918055}, {1.5792128155073915, 0.7674347291529088},
      {-0.4694743859349521, 0.5425600435859647},    {-0.46341769281246226, -0.46572975357025687},
      {0.24196227156603412, -1.913280244657798},    {-1.7249178325130328, -0.5622875292409727},
      {-1.0128311203344238, 0.3142473325952739},    {-0.9080240755212109, -1.4123037013352915},
      {1.465648768921554, -0.22577630048653566},    {0.06752820468792384, -1.4247481862134568},
      {-0.5443827245251827, 0.11092258970986608},   {-1.1509935774223028, 0.37569801834567196},
      {-0.600638689918805, -0.2916937497932768},    {-0.6017066122293969, 1.8522781845089378},
      {-0.013497224737933921, -1.0577109289559004}, {0.822544912103189, -1.2208436499710222},
      {0.2088635950047554, -1.9596701238797756},    {-1.3281860488984305, 0.19686123586912352}};
  global_random_state().seed(42);
  const auto got = global_random_state().randn(20, 2);
  ASSERT_EQ(got.size(), 20u);
  for (int i = 0; i < 20; ++i)
    for (int j = 0; j < 2; ++j) EXPECT_EQ(got[i][j], want[i][j]) << "row " << i << " col " << j;
  EXPECT_THROW(RandomState(-1), std::invalid_argument);
}

// ---------------------------------------------------------------- convex hull
TEST(ConvexHull, MatchesScipyOnThePerceptaPoints) {
  // scipy 1.10.1: ConvexHull(np.random.randn(20, 2) * 1.2 after seed 42).vertices.
  RandomState rs(42);
  std::vector<Vec3> pts;
  for (const auto& row : rs.randn(20, 2)) pts.push_back({row[0] * 1.2, row[1] * 1.2, 0});
  EXPECT_EQ(convex_hull_indices(pts), (std::vector<std::size_t>{15, 7, 9, 18, 17, 10, 3, 1}));
  const std::vector<Vec3> hull = convex_hull(pts);
  ASSERT_EQ(hull.size(), 8u);
  EXPECT_NEAR(hull[0].x, -0.72204793, 1e-8);
  EXPECT_NEAR(hull[0].y, 2.22273382, 1e-8);
}

TEST(ConvexHull, CounterClockwiseCycleAsScipy) {
  // seed 7, randn(30, 2): scipy gives [25, 23, 11, 18, 16, 17, 22, 13, 0, 19] (same cycle,
  // possibly another start vertex).
  RandomState rs(7);
  std::vector<Vec3> pts;
  for (const auto& row : rs.randn(30, 2)) pts.push_back({row[0], row[1], 0});
  std::vector<std::size_t> got = convex_hull_indices(pts);
  const std::vector<std::size_t> want = {25, 23, 11, 18, 16, 17, 22, 13, 0, 19};
  ASSERT_EQ(got.size(), want.size());
  auto it = std::find(got.begin(), got.end(), want[0]);
  ASSERT_NE(it, got.end());
  std::rotate(got.begin(), it, got.end());
  EXPECT_EQ(got, want);
  // Edge and interior points are not vertices; collinear input has no hull.
  std::vector<Vec3> square = {{0, 0, 0}, {1, 0, 0}, {2, 0, 0}, {2, 2, 0}, {1, 1, 0}, {0, 2, 0}};
  EXPECT_EQ(convex_hull_indices(square), (std::vector<std::size_t>{5, 0, 2, 3}));
  EXPECT_THROW(convex_hull_indices({{0, 0, 0}, {1, 1, 0}, {2, 2, 0}}), std::invalid_argument);
  EXPECT_THROW(convex_hull_indices({{0, 0, 0}, {1, 1, 0}}), std::invalid_argument);
}
