// ArcPolygon, ArcPolygonFromArcs, TangentLine, Cutout and get_direction / force_direction:
// point counts and positions worked out by hand from Manim's constructions.
#include "manim/mobject/geometry/arc_polygon.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>

#include "manim/mobject/geometry/polygram.hpp"

using namespace manim;

namespace {
void expect_near(const Vec3& a, const Vec3& b, double tol = 1e-9) {
  EXPECT_NEAR(a.x, b.x, tol);
  EXPECT_NEAR(a.y, b.y, tol);
  EXPECT_NEAR(a.z, b.z, tol);
}
std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST(ArcPolygon, ArcsBetweenConsecutiveVerticesMakeOnePath) {
  const Vec3 a(0, 0, 0), b(2, 0, 0), c(0, 2, 0);
  ArcPolygon ap({a, b, c});
  ASSERT_EQ(ap.arcs().size(), 3u);
  // Each ArcBetweenPoints has 9 anchors (8 cubics, 32 points); the path is the three in order.
  ASSERT_EQ(ap.node().points.size(), 96u);
  expect_near(ap.node().points[0], a);
  expect_near(ap.node().points[31], b);
  expect_near(ap.node().points[32], b);
  expect_near(ap.node().points[64], c);
  expect_near(ap.node().points[95], a);
  EXPECT_EQ(ap.kind(), "ArcPolygon");
  // The default angle is PI/4: the arc a->b bulges below the chord (counter-clockwise arc) by
  // r (1 - cos(pi/8)) with r = 1 / sin(pi/8).
  const double r = 1 / std::sin(PI / 8), sag = r * (1 - std::cos(PI / 8));
  EXPECT_NEAR(ap.arcs()[0].get_bottom().y, -sag, 1e-6);
  // radius= picks the angle for every arc; one arc_config is used for all of them.
  ArcPolygonArgs ra;
  ra.radius = 2;
  EXPECT_EQ(ArcPolygon({a, b, c}, ra).node().points.size(), 96u);
  ArcPolygonArgs bad;
  bad.arc_config.resize(2);
  EXPECT_NE(error_of([&] {
              ArcPolygon({a, b, c}, bad);
            }).find("arc_config has 2 entries"),
            std::string::npos);
}

TEST(ArcPolygonFromArcs, ArcsJoinedByLinesSplitByLength) {
  const Vec3 a(-1, 0, 0), b(1, 0, 0), c(0, std::sqrt(3.0), 0);
  ArcBetweenPointsArgs r2;
  r2.radius = 2;
  ArcBetweenPoints arc0(a, b, r2), arc1(b, c, r2), arc2(c, a, r2);
  ArcPolygonFromArcs tri({arc0, arc1, arc2});
  // Seamless arcs: each arc's 32 points and a zero-length line (one cubic, 0 inserted curves).
  ASSERT_EQ(tri.node().points.size(), 3u * (32 + 4));
  expect_near(tri.node().points[32], b, 1e-12);
  expect_near(tri.node().points[35], b, 1e-12);
  // A gap: arcs 0 and 2 only: the line b -> c (length 2) over arc length 2.0944 (radius 2,
  // angle pi/3): int(8 * 0.9549) = 7 curves inserted, 8 cubics.
  ArcPolygonFromArcs gap({arc0, arc2});
  EXPECT_EQ(gap.node().points.size(), 32u + 32u + 32u + 4u);
  EXPECT_NE(error_of([&] {
              ArcPolygonFromArcs({arc0, Square()});
            }).find("Arc/ArcBetweenPoints"),
            std::string::npos);
}

TEST(TangentLine, LineOfLengthAlongTheDirectionAtAlpha) {
  Circle circle;  // radius 1, starting at (1, 0) counter-clockwise
  TangentLine t(circle, 0);
  EXPECT_NEAR(t.get_length(), 1, 1e-9);
  expect_near(t.get_start(), Vec3(1, -0.5, 0), 1e-5);
  expect_near(t.get_end(), Vec3(1, 0.5, 0), 1e-5);
  TangentLineArgs la;
  la.length = 3;
  TangentLine top(circle, 0.25, la);  // at (0, 1), heading left
  expect_near(top.get_start(), Vec3(1.5, 1, 0), 1e-5);
  expect_near(top.get_end(), Vec3(-1.5, 1, 0), 1e-5);
}

TEST(Cutout, HolesAreTurnedAgainstTheMainShape) {
  Square big(4), small(1);
  EXPECT_EQ(get_direction(big), "CCW");  // UR, UL, DL, DR: trapezoid sum -4 * 4
  const Vec3 small_last = small.node().points.back();
  Cutout c(big, {small});
  ASSERT_EQ(c.node().points.size(), 32u);
  expect_near(c.node().points[0], big.node().points[0]);
  expect_near(c.node().points[16], small_last);
  EXPECT_EQ(get_direction(small), "CW");  // reversed in place, as Manim's force_direction
  force_direction(small, "CCW");
  EXPECT_EQ(get_direction(small), "CCW");
  EXPECT_NE(error_of([&] { force_direction(small, "up"); }).find("'up'"), std::string::npos);
}

TEST(RoundCorners, ArcsAtEachVertexJoinedByLines) {
  Square sq(2);  // vertices UR, UL, DL, DR; every corner turns by 90 degrees
  round_corners(sq, {0.5});
  // 4 corners x (arc of 2 anchors = 1 cubic + line of 1 cubic) = 8 cubics.
  const auto& p = sq.node().points;
  ASSERT_EQ(p.size(), 32u);
  // The first arc is at UR (Manim starts with the last arc, at the first vertex): it runs from
  // 0.5 * tan(45 deg) below UR on the right edge to 0.5 left of UR on the top edge.
  expect_near(p[0], Vec3(1, 0.5, 0), 1e-12);
  expect_near(p[3], Vec3(0.5, 1, 0), 1e-12);
  expect_near(p[4], Vec3(0.5, 1, 0), 1e-12);
  expect_near(p[7], Vec3(-0.5, 1, 0), 1e-12);
  // A radius list is repeated over the vertices; 0 alone changes nothing.
  Square sq2(2);
  round_corners(sq2, {0.5, 0.25});
  expect_near(sq2.node().points[8], Vec3(-1 + 0.5, 1, 0), 1e-12);  // the arc at UL: radius 0.5
  expect_near(sq2.node().points[11], Vec3(-1, 1 - 0.5, 0), 1e-12);
  expect_near(sq2.node().points[0], Vec3(1, 1 - 0.25, 0), 1e-12);  // at UR: the 4th radius
  Square same(2);
  const auto before = same.node().points;
  round_corners(same, {0});
  EXPECT_EQ(same.node().points.size(), before.size());
  Circle c;
  EXPECT_NE(error_of([&] { round_corners(c, {1}); }).find("only a Polygram's or Polygon's"),
            std::string::npos);
}
