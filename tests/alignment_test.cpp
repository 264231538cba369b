// Transform alignment (docs/manim_facts.md §8), interpolation and partial paths (§7 Create), with
// the Bezier helpers of src/mobject/family.hpp.
#include <gtest/gtest.h>

#include <cmath>

#include "manim/mobject/mobject.hpp"
#include "manim/mobject/vmobject.hpp"
#include "mobject/family.hpp"

using namespace manim;

namespace {
VMobject circle(double r = 1) {
  VMobject c({.color = RED});
  const double d = PI / 4, h = r * d / 3;
  for (int k = 0; k < 8; ++k) {
    double a0 = k * d, a1 = (k + 1) * d;
    Vec3 p0{r * std::cos(a0), r * std::sin(a0)}, p1{r * std::cos(a1), r * std::sin(a1)};
    Vec3 t0{-std::sin(a0), std::cos(a0)}, t1{-std::sin(a1), std::cos(a1)};
    c.add_cubic_bezier_curve(p0, p0 + t0 * h, p1 - t1 * h, p1);
  }
  return c;
}
VMobject square(double side = 2) {
  VMobject s;
  const double h = side / 2;
  s.set_points_as_corners({{h, h}, {-h, h}, {-h, -h}, {h, -h}, {h, h}});
  return s;
}
void expect_vec(const Vec3& v, double x, double y, double tol = 1e-9) {
  EXPECT_NEAR(v.x, x, tol);
  EXPECT_NEAR(v.y, y, tol);
}
// A one-curve horizontal segment at height y, to recognise children after padding.
VMobject marker(double y) {
  VMobject m;
  m.set_points_as_corners({{0, y}, {1, y}});
  return m;
}
}  // namespace

TEST(Alignment, SquareToCircle) {
  Mobject sq = square();
  Mobject ci = circle();
  detail::align_data(sq, ci);
  ASSERT_EQ(sq.get_num_points(), 32u);
  ASSERT_EQ(ci.get_num_points(), 32u);
  const double anchors[8][2] = {{1, 1},   {0, 1},  {-1, 1}, {-1, 0},
                                {-1, -1}, {0, -1}, {1, -1}, {1, 0}};
  for (int k = 0; k < 8; ++k)
    expect_vec(sq.points()[4 * static_cast<std::size_t>(k)], anchors[k][0], anchors[k][1]);
  // Straight halves stay straight: handles at 1/3 and 2/3 of each half edge.
  expect_vec(sq.points()[1], 2.0 / 3, 1);
  // At alpha 0.5 the first point is halfway from (1,1) to (1,0); colour WHITE -> RED.
  VMobject mid;
  detail::interpolate_node(mid.node(), sq.node(), ci.node(), 0.5);
  expect_vec(mid.points()[0], 1, 0.5);
  EXPECT_NEAR(mid.get_stroke_color().r, 0.994, 1e-3);
  EXPECT_NEAR(mid.get_stroke_color().g, 0.692, 1e-3);
  EXPECT_NEAR(mid.get_stroke_color().b, 0.667, 1e-3);
  detail::interpolate_node(mid.node(), sq.node(), ci.node(), 1.0);
  EXPECT_EQ(mid.points(), ci.points());
  EXPECT_EQ(mid.get_stroke_color(), RED);
}

TEST(Alignment, SubmobjectPaddingFiveToNine) {
  VGroup src, dst;
  for (int k = 0; k < 5; ++k) src.add(marker(k));
  for (int k = 0; k < 9; ++k) dst.add(marker(10 + k));
  std::vector<Mobject> originals = src.submobjects();
  Mobject a = src, b = dst;
  detail::align_data(a, b);
  ASSERT_EQ(src.size(), 9u);
  ASSERT_EQ(dst.size(), 9u);
  const int repeat[9] = {0, 0, 1, 1, 2, 2, 3, 3, 4};
  for (int k = 0; k < 9; ++k) {
    Mobject child = src[k];
    EXPECT_NEAR(child.points()[0].y, repeat[k], 1e-12) << k;
    const bool original = k == 0 || repeat[k] != repeat[k - 1];
    // Originals are kept (same objects); copies follow them with opacity 0.
    EXPECT_EQ(child == originals[static_cast<std::size_t>(repeat[k])], original) << k;
    EXPECT_EQ(child.get_stroke_opacity(), original ? 1.0 : 0.0) << k;
    EXPECT_EQ(child.get_fill_opacity(), 0.0);
  }
}

TEST(Alignment, TargetIsPaddedWhenShorter) {
  VGroup src, dst;
  for (int k = 0; k < 9; ++k) src.add(marker(k));
  for (int k = 0; k < 5; ++k) dst.add(marker(10 + k));
  Mobject a = src, b = dst;
  detail::align_data(a, b);
  ASSERT_EQ(dst.size(), 9u);
  for (int k : {1, 3, 5, 7}) EXPECT_EQ(dst[k].get_stroke_opacity(), 0.0) << k;
  for (int k : {0, 2, 4, 6, 8}) EXPECT_EQ(dst[k].get_stroke_opacity(), 1.0) << k;
  EXPECT_NEAR(dst[8].points()[0].y, 14, 1e-12);
}

TEST(Alignment, PointsArePushedIntoAChild) {
  Mobject single = square();
  VGroup pair(square(), circle());
  Mobject p = pair;
  detail::align_data(single, p);
  EXPECT_FALSE(single.has_points());
  ASSERT_EQ(single.size(), 2u);
  // The pushed copy, then an invisible duplicate of it; both point-aligned to their partners.
  EXPECT_EQ(single[0].get_stroke_opacity(), 1.0);
  EXPECT_EQ(single[1].get_stroke_opacity(), 0.0);
  EXPECT_EQ(single[0].get_num_points(), 16u);
  EXPECT_EQ(single[1].get_num_points(), 32u);
}

TEST(Alignment, EmptyGroupGrowsPointMobjects) {
  VGroup empty;
  VGroup full(square());
  Mobject a = empty, b = full;
  detail::align_data(a, b);
  ASSERT_EQ(empty.size(), 1u);
  EXPECT_EQ(empty[0].get_num_points(), 16u);
  for (const auto& p : empty[0].points()) expect_vec(p, 0, 0);
}

TEST(Alignment, MissingSubpathBecomesNullCurvesAtTheEnd) {
  VMobject two = square();  // two subpaths, like an "o"
  VMobject inner = square(1);
  two.append_vectorized_mobject(inner);
  ASSERT_EQ(two.get_subpaths().size(), 2u);
  VMobject one = square();
  one.shift(RIGHT * 5);
  Mobject a = two, b = one;
  detail::align_data(a, b);
  ASSERT_EQ(two.get_num_points(), 32u);
  ASSERT_EQ(one.get_num_points(), 32u);
  const Vec3 last = one.points()[15];
  for (std::size_t i = 16; i < 32; ++i) expect_vec(one.points()[i], last.x, last.y);
}

TEST(Alignment, UnequalSubpathsSplitCurvesEvenly) {
  // 1 curve vs 3 curves: the single curve is split into thirds.
  VMobject line;
  line.set_points_as_corners({ORIGIN, RIGHT * 3});
  VMobject zig;
  zig.set_points_as_corners({ORIGIN, UP, RIGHT, RIGHT * 2});
  Mobject a = line, b = zig;
  detail::align_data(a, b);
  ASSERT_EQ(line.get_num_points(), 12u);
  expect_vec(line.points()[3], 1, 0);
  expect_vec(line.points()[7], 2, 0);
  expect_vec(line.points()[11], 3, 0);
  expect_vec(line.points()[5], 4.0 / 3, 0);
}

TEST(Partial, ByCurveIndex) {
  VMobject sq = square();
  VMobject out;
  out.pointwise_become_partial(sq, 0, 0.5);
  ASSERT_EQ(out.get_num_points(), 12u);  // 2 whole curves + an empty piece of the third
  expect_vec(out.points()[7], -1, -1);
  expect_vec(out.points()[11], -1, -1);
  out.pointwise_become_partial(sq, 0, 0.375);  // 1.5 curves
  ASSERT_EQ(out.get_num_points(), 8u);
  expect_vec(out.points()[7], -1, 0);
  out.pointwise_become_partial(sq, 0.25, 1);
  ASSERT_EQ(out.get_num_points(), 12u);
  expect_vec(out.points()[0], -1, 1);
  expect_vec(out.points()[11], 1, 1);
  out.pointwise_become_partial(sq, 0, 1);
  EXPECT_EQ(out.points(), sq.points());
  out.pointwise_become_partial(sq, 0.3, 0.3);
  ASSERT_EQ(out.get_num_points(), 4u);
  expect_vec(out.points()[0], -1, 0.6);
  expect_vec(out.points()[3], -1, 0.6);
  // Circle: a De Casteljau piece of the next curve lies on the curve.
  VMobject c = circle();
  out.pointwise_become_partial(c, 0, 0.0625);  // half of the first curve
  const Vec3 end = out.points()[3];
  const Vec3* q = c.points().data();
  const Vec3 on = detail::bezier_point(q[0], q[1], q[2], q[3], 0.5);
  expect_vec(end, on.x, on.y, 1e-12);
}

TEST(Bezier, HelpersAndPathQueries) {
  VMobject sq = square();
  EXPECT_TRUE(sq.is_closed());
  EXPECT_EQ(sq.get_num_curves(), 4u);
  EXPECT_EQ(sq.get_anchors().size(), 8u);
  expect_vec(sq.point_from_proportion(0.5), -1, -1);
  expect_vec(sq.point_from_proportion(0.125), 0, 1);
  EXPECT_NEAR(sq.get_arc_length(), 8, 1e-12);
  EXPECT_THROW(sq.point_from_proportion(1.5), std::invalid_argument);
  auto piece = detail::partial_bezier(sq.points().data(), 0.25, 0.75);
  expect_vec(piece[0], 0.5, 1);
  expect_vec(piece[3], -0.5, 1);
  EXPECT_TRUE(detail::points_equal_2d({1, 1, 0}, {1 + 1e-8, 1, 5}));
  // Circle circumference with bulging handles is a little under 2*pi.
  EXPECT_NEAR(circle().get_arc_length(64), 2 * PI, 0.02);
}

TEST(Bezier, InsertNCurves) {
  VMobject sq = square();
  sq.insert_n_curves(4);
  ASSERT_EQ(sq.get_num_curves(), 8u);
  expect_vec(sq.points()[4], 0, 1);
  VMobject tri;
  tri.set_points_as_corners({ORIGIN, RIGHT, UP, ORIGIN});
  tri.insert_n_curves(2);  // 3 -> 5 curves: split factors [2, 2, 1]
  ASSERT_EQ(tri.get_num_curves(), 5u);
  expect_vec(tri.points()[4], 0.5, 0);
  expect_vec(tri.points()[12], 0.5, 0.5);
  expect_vec(tri.points()[16], 0, 1);
}

TEST(VMobjectPaths, BuildingAndSmoothing) {
  VMobject m;
  m.start_new_path(ORIGIN).add_line_to(RIGHT).add_line_to(UP);
  EXPECT_EQ(m.get_num_points(), 8u);
  EXPECT_FALSE(m.is_closed());
  m.close_path();
  EXPECT_TRUE(m.is_closed());
  EXPECT_EQ(m.get_num_curves(), 3u);
  m.start_new_path(Vec3{5, 5, 0}).add_cubic_bezier_curve_to({6, 5, 0}, {6, 6, 0}, {5, 6, 0});
  EXPECT_EQ(m.get_subpaths().size(), 2u);
  EXPECT_THROW(VMobject().add_line_to(RIGHT), std::invalid_argument);

  // Natural cubic spline: C1 and C2 at interior anchors, zero second derivative at the ends.
  VMobject s;
  s.set_points_smoothly({ORIGIN, {1, 1, 0}, {2, 0, 0}, {3, 2, 0}});
  const auto& p = s.points();
  ASSERT_EQ(p.size(), 12u);
  for (std::size_t i = 1; i < 3; ++i) {
    const Vec3 a = p[4 * i], h2prev = p[4 * i - 2], h1next = p[4 * i + 1];
    expect_vec(a - h2prev, (h1next - a).x, (h1next - a).y);  // C1
    const Vec3 d2l = a - h2prev * 2 + p[4 * i - 3], d2r = p[4 * i + 2] - h1next * 2 + a;
    expect_vec(d2l, d2r.x, d2r.y);  // C2
  }
  const Vec3 start2 = p[0] - p[1] * 2 + p[2], end2 = p[11] - p[10] * 2 + p[9];
  expect_vec(start2, 0, 0);
  expect_vec(end2, 0, 0);
}

TEST(VMobjectPaths, ClosedSmoothingIsPeriodic) {
  // Anchors of a closed loop: C1 and C2 also hold where the path meets itself.
  VMobject s;
  s.set_points_smoothly({{1, 0, 0}, {0, 2, 0}, {-1, 0, 0}, {0, -1, 0}, {1, 0, 0}});
  const auto& p = s.points();
  ASSERT_EQ(p.size(), 16u);
  const Vec3 a = p[0], h1 = p[1], h2last = p[14];
  expect_vec(a - h2last, (h1 - a).x, (h1 - a).y);
  const Vec3 d2l = a - h2last * 2 + p[13], d2r = p[2] - h1 * 2 + a;
  expect_vec(d2l, d2r.x, d2r.y);
}
