// Manim's shape vocabulary beyond the basic shapes: tips, double arrows, arcs between points,
// sectors, polygrams, stars, angles, dashes. Numbers are worked out by hand in the comments.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>

#include "manim/manim.hpp"

using namespace manim;

namespace {

void expect_vec(const Vec3& got, const Vec3& want, double tol = 1e-6) {
  EXPECT_NEAR(got.x, want.x, tol);
  EXPECT_NEAR(got.y, want.y, tol);
  EXPECT_NEAR(got.z, want.z, tol);
}

template <class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(Star, VerticesAlternateOuterAndInnerCircle) {
  // n = 5, density 2: inner radius = cos(72deg) / cos(36deg) = 0.381966 (where the pentagram's
  // edges cross); the first outer vertex is on top, the first inner one 36 degrees further.
  Star s(5);
  const auto v = s.get_vertices();
  ASSERT_EQ(v.size(), 10u);
  expect_vec(v[0], {0, 1, 0});
  const double ri = std::cos(72 * DEGREES) / std::cos(36 * DEGREES);
  EXPECT_NEAR(ri, 0.381966, 1e-6);
  expect_vec(v[1], {ri * std::cos(126 * DEGREES), ri * std::sin(126 * DEGREES), 0});
  expect_vec(v[1], {-0.224514, 0.309017, 0});
  expect_vec(v[2], {std::cos(162 * DEGREES), std::sin(162 * DEGREES), 0});
  EXPECT_EQ(s.points().size(), 40u);  // one closed path of 10 straight cubics
}

TEST(Star, BadInputNamesTheValue) {
  EXPECT_EQ(error_of([] { Star(1); }), "Star: n must be >= 2 points, got 1");
  EXPECT_NE(error_of([] { Star(4, {.density = 2}); }).find("density 2"), std::string::npos);
  // An explicit inner radius lifts the density rule.
  EXPECT_NO_THROW(Star(4, {.inner_radius = 0.5, .density = 2}));
}

TEST(Angle, DefaultRadiusAndPlacement) {
  // Both lines are 1 long (>= 0.6): radius 0.4, a quarter arc from (0.4, 0) to (0, 0.4).
  Angle a(Line(ORIGIN, RIGHT), Line(ORIGIN, UP));
  ASSERT_EQ(a.points().size(), 32u);  // Arc's 9 anchors -> 8 cubics
  expect_vec(a.points().front(), {0.4, 0, 0});
  expect_vec(a.points().back(), {0, 0.4, 0});
  EXPECT_NEAR(a.get_value(), PI / 2, 1e-12);
  EXPECT_NEAR(a.get_value(true), 90, 1e-9);
  // Shorter lines (0.3 and 0.45 < 0.6): radius = 2/3 of the shorter = 0.2.
  Angle b(Line(ORIGIN, RIGHT * 0.3), Line(ORIGIN, UP * 0.45));
  expect_vec(b.points().front(), {0.2, 0, 0});
  // The reflex angle goes the other way: -(2 pi - pi/2).
  Angle c(Line(ORIGIN, RIGHT), Line(ORIGIN, UP), {.other_angle = true});
  EXPECT_NEAR(c.get_value(), -1.5 * PI, 1e-12);
}

TEST(Angle, DotSitsOnTheBisectorAtDotDistance) {
  // Quarter arc of radius 0.4: its box centre (0.2, 0.2) gives the bisector; the dot sits at
  // 0.4 * 0.55 = 0.22 along it, radius 0.4 / 10.
  Angle a(Line(ORIGIN, RIGHT), Line(ORIGIN, UP), {.dot = true});
  ASSERT_EQ(a.size(), 1u);
  const Vec3 c = a[0].get_center();
  expect_vec(c, {0.22 / std::sqrt(2.0), 0.22 / std::sqrt(2.0), 0});
  EXPECT_NEAR(a[0].width(), 0.08, 1e-9);
}

TEST(Angle, QuadrantFromThreePointsAndErrors) {
  // Quadrant (-1, 1) opens towards line1's start: the arc starts at (-0.4, 0).
  Angle q(Line(LEFT, RIGHT), Line(ORIGIN, UP), {.quadrant_1 = -1, .quadrant_2 = 1});
  expect_vec(q.points().front(), {-0.4, 0, 0});
  // from_three_points(A, B, C) is the angle at B from BA to BC.
  auto t = Angle::from_three_points(RIGHT * 2, ORIGIN, UP * 2);
  EXPECT_NEAR(t.get_value(), PI / 2, 1e-12);
  EXPECT_NE(error_of([] { Angle(Line(ORIGIN, RIGHT), Line(UP, UP + RIGHT)); }).find("parallel"),
            std::string::npos);
  EXPECT_NE(error_of([] {
              Angle(Line(ORIGIN, RIGHT), Line(ORIGIN, UP), {.quadrant_1 = 2});
            }).find("got 2"),
            std::string::npos);
}

TEST(RightAngle, ElbowCorners) {
  RightAngle r(Line(ORIGIN, RIGHT), Line(ORIGIN, UP), {.length = 0.5});
  ASSERT_EQ(r.points().size(), 8u);
  expect_vec(r.points()[0], {0.5, 0, 0});
  expect_vec(r.points()[3], {0.5, 0.5, 0});
  expect_vec(r.points()[7], {0, 0.5, 0});
  EXPECT_THROW(r.get_value(), std::logic_error);
  Elbow e;  // UP -> UP+RIGHT -> RIGHT scaled to width 0.2 about the origin
  expect_vec(e.points()[0], {0, 0.2, 0});
  expect_vec(e.points()[3], {0.2, 0.2, 0});
  expect_vec(e.points()[7], {0.2, 0, 0});
}

TEST(Tips, ShapesAndLengths) {
  ArrowTriangleFilledTip t;
  EXPECT_NEAR(t.length(), DEFAULT_ARROW_TIP_LENGTH, 1e-12);
  EXPECT_NEAR(t.tip_angle(), PI, 1e-12);  // unpositioned tips point left
  EXPECT_EQ(t.get_fill_opacity(), 1);
  ArrowTriangleTip open;
  EXPECT_EQ(open.get_fill_opacity(), 0);
  EXPECT_EQ(open.get_stroke_width(), 3);
  // A square tip's point and base are opposite corners: the diagonal is the length.
  ArrowSquareTip sq;
  EXPECT_NEAR(sq.length(), DEFAULT_ARROW_TIP_LENGTH * std::sqrt(2.0), 1e-12);
  // A circle tip: point on the right, base on the left, one diameter apart.
  ArrowCircleTip ci;
  EXPECT_NEAR(ci.length(), DEFAULT_ARROW_TIP_LENGTH, 1e-9);
  EXPECT_NEAR(ci.tip_angle(), 0, 1e-9);
  StealthTip st;  // length counts 1.6 times the point-to-base distance
  EXPECT_NEAR(st.length(), DEFAULT_ARROW_TIP_LENGTH / 2, 1e-12);
  EXPECT_NEAR(st.vector().norm(), DEFAULT_ARROW_TIP_LENGTH / 2 / 1.6, 1e-12);
}

TEST(DoubleArrow, TwoTipsShaftBetweenBases) {
  // buff 0.25 trims to [-1.75, 1.75]; tips 0.35 long (< 0.25 * 3.5); the shaft runs between the
  // two bases at -1.4 and 1.4.
  DoubleArrow d(LEFT * 2, RIGHT * 2);
  EXPECT_TRUE(d.has_tip());
  EXPECT_TRUE(d.has_start_tip());
  expect_vec(d.get_start(), {-1.75, 0, 0});
  expect_vec(d.get_end(), {1.75, 0, 0});
  expect_vec(d.points().front(), {-1.4, 0, 0});
  expect_vec(d.points().back(), {1.4, 0, 0});
  expect_vec(d.get_start_tip().points().front(), {-1.75, 0, 0});
  // pop_tips restores the shaft over the whole length.
  auto tips = d.pop_tips();
  EXPECT_EQ(tips.size(), 2u);
  expect_vec(d.points().front(), {-1.75, 0, 0});
  expect_vec(d.points().back(), {1.75, 0, 0});
  DoubleArrow c(LEFT, RIGHT,
                {.tip_shape_end = TipShape::SquareFilled, .tip_shape_start = TipShape::Circle});
  EXPECT_EQ(c.get_tip().kind(), "ArrowSquareFilledTip");
  EXPECT_EQ(c.get_start_tip().kind(), "ArrowCircleTip");
}

TEST(Vector, FromOriginNoBuff) {
  Vector v(UP * 2);
  expect_vec(v.get_start(), ORIGIN);
  expect_vec(v.get_end(), {0, 2, 0});
  expect_vec(v.points().back(), {0, 2 - DEFAULT_ARROW_TIP_LENGTH, 0});
}

TEST(ArcBetweenPoints, EndsAndCentre) {
  // A quarter arc mapped onto LEFT -> RIGHT: centre (0, 1), radius sqrt(2), dipping to y = 1 -
  // sqrt 2.
  ArcBetweenPoints a(LEFT, RIGHT);
  expect_vec(a.points().front(), LEFT);
  expect_vec(a.points().back(), RIGHT);
  expect_vec(a.get_arc_center(), {0, 1, 0});
  expect_vec(a.point_from_proportion(0.5), {0, 1 - std::sqrt(2.0), 0}, 1e-4);
  // radius sqrt(2) gives the same quarter arc; radius 0.5 cannot span 2 units.
  ArcBetweenPoints b(LEFT, RIGHT, {.radius = std::sqrt(2.0)});
  expect_vec(b.get_arc_center(), {0, 1, 0});
  EXPECT_NE(error_of([] { ArcBetweenPoints(LEFT, RIGHT, {.radius = 0.5}); }).find("radius 0.5"),
            std::string::npos);
  CurvedArrow c(LEFT, RIGHT);
  EXPECT_TRUE(c.has_tip());
  expect_vec(c.get_end(), RIGHT);
  CurvedDoubleArrow cd(LEFT, RIGHT);
  expect_vec(cd.get_start(), LEFT, 1e-9);
  expect_vec(cd.get_end(), RIGHT, 1e-9);
}

TEST(Sectors, PointLayouts) {
  // Sector: inner arc (radius 0, 8 cubics), line out, outer arc backwards (8), line in.
  Sector s;
  ASSERT_EQ(s.points().size(), 72u);
  expect_vec(s.points()[0], ORIGIN);
  expect_vec(s.points()[36], {0, 1, 0});
  expect_vec(s.points()[67], {1, 0, 0});
  expect_vec(s.points()[71], ORIGIN);
  EXPECT_EQ(s.get_fill_opacity(), 1);
  EXPECT_EQ(s.get_stroke_width(), 0);
  // Annulus: outer circle (radius 2) then the inner one reversed.
  Annulus an;
  ASSERT_EQ(an.points().size(), 64u);
  expect_vec(an.points()[0], {2, 0, 0});
  expect_vec(an.points()[32], {1, 0, 0});
  AnnularSector as({.inner_radius = 1, .outer_radius = 2, .angle = PI});
  expect_vec(as.points()[31], {-1, 0, 0});
  expect_vec(as.points()[36], {-2, 0, 0});
  AnnotationDot d;
  EXPECT_EQ(d.get_fill_color().to_hex(), BLUE.to_hex());
  EXPECT_EQ(d.get_stroke_width(), 5);
  EXPECT_NEAR(d.width(), 2 * DEFAULT_DOT_RADIUS * 1.3, 1e-9);
}

TEST(Polygram, GroupsAndRegularPolygram) {
  Polygram p({{{0, 2, 0}, {-1, -1, 0}, {1, -1, 0}}, {{-1, 1, 0}, {0, -2, 0}, {1, 1, 0}}});
  EXPECT_EQ(p.points().size(), 24u);
  EXPECT_EQ(p.get_vertex_groups().size(), 2u);
  // {6/2}: gcd 2, so two triangles; the first starts on top (odd count after dividing).
  RegularPolygram r(6);
  const auto g = r.get_vertex_groups();
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[0].size(), 3u);
  expect_vec(g[0][0], {0, 1, 0});
  // {5/2}: one pentagram visiting every second vertex.
  RegularPolygram five(5);
  const auto v = five.get_vertices();
  ASSERT_EQ(v.size(), 5u);
  expect_vec(v[1], {std::cos(90 * DEGREES + 2 * TAU / 5), std::sin(90 * DEGREES + 2 * TAU / 5), 0});
}

TEST(DashedVMobject, OpenLineDashes) {
  // 4 dashes of 1/8 with 3 gaps of 1/6: the first dash covers [-2, -1.5], the last ends at 2.
  DashedVMobject d(Line(LEFT * 2, RIGHT * 2), {.num_dashes = 4});
  ASSERT_EQ(d.size(), 4u);
  expect_vec(d[0].points().front(), {-2, 0, 0});
  expect_vec(d[0].points().back(), {-1.5, 0, 0});
  expect_vec(d[3].points().back(), {2, 0, 0});
  EXPECT_FALSE(d.has_points());
  // A closed circle: 12 dashes, drawn in the circle's colour.
  DashedVMobject c(Circle(), {.num_dashes = 12, .dashed_ratio = 0.9, .dash_offset = 0.1});
  EXPECT_EQ(c.size(), 12u);
  EXPECT_EQ(c[0].get_stroke_color().to_hex(), RED.to_hex());
}

TEST(Circle, FromThreePointsAndTipsOnLines) {
  // Perpendicular bisectors of (-1,0)-(-1,1) (y = 0.5) and (-1,1)-(0,2) (x + y = 1) meet at
  // (0.5, 0.5); radius sqrt(2.5).
  auto c = Circle::from_three_points(LEFT, LEFT + UP, UP * 2);
  expect_vec(c.get_center(), {0.5, 0.5, 0});
  EXPECT_NEAR(c.get_radius(), std::sqrt(2.5), 1e-6);
  EXPECT_NE(error_of([] { Circle::from_three_points(LEFT, ORIGIN, RIGHT); }).find("collinear"),
            std::string::npos);
  Line l(LEFT, RIGHT);
  EXPECT_THROW(l.get_tip(), std::logic_error);
  l.add_tip();
  expect_vec(l.get_end(), RIGHT);
  expect_vec(l.points().back(), {1 - DEFAULT_ARROW_TIP_LENGTH, 0, 0});
  l.add_tip(TipShape::Stealth, std::nullopt, std::nullopt, true);
  EXPECT_EQ(l.get_start_tip().kind(), "StealthTip");
  expect_vec(l.get_start(), LEFT);
}

TEST(ProportionFromPoint, VerticesOfATriangleAreExactThirds) {
  // An equilateral triangle (all sides 2, shifted and scaled): its vertices are at 0, 1/3, 2/3
  // of the perimeter, the first one exactly 0 (not a bisection residue).
  Polygon abc({Vec3(0, std::sqrt(3.0), 0), Vec3(-1, 0, 0), Vec3(1, 0, 0)});
  abc.shift(LEFT);
  abc.scale(0.8);
  const auto& p = abc.points();  // one straight cubic per side
  EXPECT_EQ(proportion_from_point(abc, p[0]), 0.0);
  EXPECT_NEAR(proportion_from_point(abc, p[4]), 1.0 / 3, 1e-9);
  EXPECT_NEAR(proportion_from_point(abc, p[8]), 2.0 / 3, 1e-9);
}

TEST(PointFromProportion, ErrorsSayWhatManimsSay) {
  VMobject v;
  v.set_points_as_corners({ORIGIN, RIGHT * 4, Vec3(4, 2, 0)});
  // Length 6: half-way (3) is on the first, long line.
  EXPECT_NEAR((v.point_from_proportion(0.5) - Vec3(3, 0, 0)).norm(), 0, 1e-12);
  EXPECT_NE(error_of([&] { v.point_from_proportion(2); }).find("2.000000 is not between 0 and 1"),
            std::string::npos);
  VMobject empty;
  EXPECT_NE(error_of([&] { empty.point_from_proportion(0); }).find("with no points"),
            std::string::npos);
}
