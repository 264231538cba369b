// Shapes against docs/manim_facts.md §4 (shape table, arc handles, RoundedRectangle, Dot) and §6
// (SurroundingRectangle, BackgroundRectangle), plus lineage casts and bad input.
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

void expect_color(const Color& got, const Color& want) { EXPECT_EQ(got.to_hex(), want.to_hex()); }

template <class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}

// Distance of a curve's midpoint (t = 1/2) from the origin.
double mid_radius(const std::vector<Vec3>& p, std::size_t curve) {
  const Vec3* c = &p[4 * curve];
  Vec3 m = (c[0] + c[1] * 3 + c[2] * 3 + c[3]) / 8;
  return m.norm();
}

}  // namespace

TEST(Circle, DefaultsAndArcHandles) {
  Circle c;
  EXPECT_EQ(c.get_num_points(), 32u);
  expect_color(c.get_stroke_color(), RED);
  expect_color(c.node().style.fill_color, RED);
  EXPECT_DOUBLE_EQ(c.node().style.stroke_width, 4);
  EXPECT_DOUBLE_EQ(c.node().style.fill_opacity, 0);
  expect_vec(c.points()[0], {1, 0, 0});
  // Handle on the tangent at r * (dtheta/3), dtheta = TAU/8: 0.261799.
  expect_vec(c.points()[1], {1, 0.261799, 0});
  // Counter-clockwise: the second anchor is at 45 degrees.
  expect_vec(c.points()[3], {std::sqrt(0.5), std::sqrt(0.5), 0});
  // The short handles make curve midpoints bulge inward to 0.999019 r.
  EXPECT_NEAR(mid_radius(c.points(), 0), 0.999019, 1e-6);
  EXPECT_NEAR(c.get_radius(), 1.0, 1e-12);
  EXPECT_NEAR(c.width(), 2.0, 1e-12);

  Circle c2(2.0);
  EXPECT_NEAR((c2.points()[1] - c2.points()[0]).norm(), 2 * 0.261799, 1e-6);
  EXPECT_NEAR(c2.get_radius(), 2.0, 1e-12);
  EXPECT_TRUE(c2.is<Arc>());
  EXPECT_EQ(c2.node().lineage, "/Mobject/VMobject/TipableVMobject/Arc/Circle/");
}

TEST(Circle, RotatedBoxesAndPointAtAngle) {
  Circle c;
  c.rotate(PI / 8);
  EXPECT_NEAR(c.width(), 2.048132, 1e-6);  // handles stick out
  EXPECT_NEAR(c.get_right().x, 0.923880, 1e-6);
  expect_vec(c.get_arc_center(), {0, 0, 0}, 1e-12);
  Circle d(1.5);
  d.shift(RIGHT * 2);
  expect_vec(d.get_arc_center(), {2, 0, 0}, 1e-12);
  expect_vec(d.point_at_angle(0), {3.5, 0, 0}, 1e-9);
  // PI/4 is an anchor of the 8-cubic circle, so the point is exact.
  expect_vec(d.point_at_angle(PI / 4),
             Vec3{2, 0, 0} + Vec3{std::sqrt(0.5), std::sqrt(0.5), 0} * 1.5, 1e-3);
}

TEST(Arc, DefaultQuarterArc) {
  Arc a;
  EXPECT_EQ(a.get_num_points(), 32u);
  expect_color(a.get_stroke_color(), WHITE);
  expect_vec(a.points().front(), {1, 0, 0});
  expect_vec(a.points().back(), {0, 1, 0}, 1e-12);
  // dtheta = (PI/2)/8, handle r*dtheta/3.
  EXPECT_NEAR((a.points()[1] - a.points()[0]).norm(), (PI / 2) / 8 / 3, 1e-12);
  Arc b(2.0, PI / 2, PI, {.arc_center = Vec3{1, 1, 0}});
  expect_vec(b.points().front(), {1, 3, 0}, 1e-12);
  expect_vec(b.points().back(), {1, -1, 0}, 1e-12);
  expect_vec(b.get_arc_center(), {1, 1, 0}, 1e-9);
}

TEST(Ellipse, DefaultsTwoByOne) {
  Ellipse e;
  EXPECT_EQ(e.get_num_points(), 32u);
  expect_color(e.get_stroke_color(), RED);
  EXPECT_NEAR(e.width(), 2.0, 1e-12);
  EXPECT_NEAR(e.height(), 1.0, 1e-12);
  Ellipse f({.width = 4, .height = 3});
  EXPECT_NEAR(f.width(), 4.0, 1e-12);
  EXPECT_NEAR(f.height(), 3.0, 1e-12);
  EXPECT_TRUE(f.is<Circle>());
}

TEST(Dot, DefaultsAndScale) {
  Dot d;
  EXPECT_EQ(d.get_num_points(), 32u);
  EXPECT_NEAR(d.get_radius(), 0.08, 1e-12);
  expect_color(d.node().style.fill_color, WHITE);
  EXPECT_DOUBLE_EQ(d.node().style.fill_opacity, 1);
  EXPECT_DOUBLE_EQ(d.node().style.stroke_width, 0);
  d.scale(1.5);
  EXPECT_NEAR(d.get_radius(), 0.12, 1e-12);

  Dot e(Vec3{1, 2, 0}, {.color = RED, .radius = 0.2});
  expect_vec(e.get_center(), {1, 2, 0}, 1e-12);
  expect_color(e.node().style.fill_color, RED);
  EXPECT_NEAR(e.width(), 0.4, 1e-12);
  EXPECT_EQ(e.node().lineage, "/Mobject/VMobject/TipableVMobject/Arc/Circle/Dot/");
}

TEST(Square, AnchorsOrderAndColour) {
  Square s;
  ASSERT_EQ(s.get_num_points(), 16u);
  expect_color(s.get_stroke_color(), WHITE);
  EXPECT_DOUBLE_EQ(s.node().style.stroke_width, 4);
  const auto& p = s.points();
  expect_vec(p[0], {1, 1, 0});    // UR
  expect_vec(p[4], {-1, 1, 0});   // UL
  expect_vec(p[8], {-1, -1, 0});  // DL
  expect_vec(p[12], {1, -1, 0});  // DR
  expect_vec(p[15], {1, 1, 0});   // closed
  expect_vec(p[1], {1 - 2.0 / 3, 1, 0});
  EXPECT_DOUBLE_EQ(s.side_length(), 2.0);
  EXPECT_EQ(s.node().lineage, "/Mobject/VMobject/Polygon/Rectangle/Square/");
  Polygon as_poly = s.as<Polygon>();
  EXPECT_EQ(as_poly.get_vertices().size(), 4u);
  EXPECT_TRUE(as_poly == s);

  Square small(0.16);
  EXPECT_NEAR(small.width(), 0.16, 1e-12);
  small.scale(2);
  EXPECT_NEAR(small.side_length(), 0.32, 1e-12);

  Square styled({.fill_color = RED, .fill_opacity = 0.5, .side_length = 3});
  expect_color(styled.node().style.fill_color, RED);
  expect_color(styled.get_stroke_color(), WHITE);
  EXPECT_DOUBLE_EQ(styled.node().style.fill_opacity, 0.5);
  EXPECT_NEAR(styled.height(), 3, 1e-12);
}

TEST(Rectangle, DefaultFourByTwo) {
  Rectangle r;
  EXPECT_EQ(r.get_num_points(), 16u);
  EXPECT_NEAR(r.width(), 4, 1e-12);
  EXPECT_NEAR(r.height(), 2, 1e-12);
  expect_color(r.get_stroke_color(), WHITE);
  expect_vec(r.points()[0], {2, 1, 0});
  expect_vec(r.points()[4], {-2, 1, 0});
  Rectangle g({.color = GREEN, .width = 1, .height = 3});
  expect_color(g.get_stroke_color(), GREEN);
  expect_color(g.node().style.fill_color, GREEN);
  EXPECT_NEAR(g.height(), 3, 1e-12);
}

TEST(Polygon, ClosedBlueStraightCubics) {
  Polygon p({Vec3{0, 0, 0}, Vec3{3, 0, 0}, Vec3{3, 1, 0}, Vec3{1, 2, 0}, Vec3{0, 1, 0}});
  EXPECT_EQ(p.get_num_points(), 20u);
  expect_color(p.get_stroke_color(), BLUE);
  expect_vec(p.points()[1], {1, 0, 0});
  expect_vec(p.points()[2], {2, 0, 0});
  expect_vec(p.points().back(), {0, 0, 0});
  auto v = p.get_vertices();
  ASSERT_EQ(v.size(), 5u);
  expect_vec(v[3], {1, 2, 0});
}

TEST(RegularPolygon, TriangleAndHexagon) {
  Triangle t;
  EXPECT_EQ(t.get_num_points(), 12u);
  expect_color(t.get_stroke_color(), BLUE);
  EXPECT_NEAR(t.width(), 1.732051, 1e-6);
  EXPECT_NEAR(t.height(), 1.5, 1e-12);
  expect_vec(t.points()[0], {0, 1, 0}, 1e-12);  // odd n: first vertex on top
  EXPECT_EQ(t.node().lineage, "/Mobject/VMobject/Polygon/RegularPolygon/Triangle/");

  RegularPolygon h;
  EXPECT_EQ(h.get_num_points(), 24u);
  expect_vec(h.points()[0], {1, 0, 0}, 1e-12);  // even n: first vertex on the right
  expect_vec(h.points()[4], {0.5, std::sqrt(3) / 2, 0}, 1e-12);
  RegularPolygon sq(4, {.radius = 2, .start_angle = PI / 4});
  expect_vec(sq.points()[0], {std::sqrt(2), std::sqrt(2), 0}, 1e-12);
}

TEST(RoundedRectangle, DefaultAndFactsExample) {
  RoundedRectangle d;
  EXPECT_EQ(d.get_num_points(), 32u);
  expect_color(d.get_stroke_color(), WHITE);
  expect_vec(d.points()[0], {2, 0.5, 0});  // (w/2, h/2 - r) on the right edge
  EXPECT_NEAR(d.width(), 4, 1e-12);
  EXPECT_NEAR(d.height(), 2, 1e-12);

  RoundedRectangle r({.width = 2.2, .height = 1.2, .corner_radius = 0.15});
  ASSERT_EQ(r.get_num_points(), 32u);
  const auto& p = r.points();
  expect_vec(p[0], {1.1, 0.45, 0});
  expect_vec(p[1], {1.1, 0.52854, 0}, 1e-5);
  expect_vec(p[2], {1.02854, 0.6, 0}, 1e-5);
  expect_vec(p[3], {0.95, 0.6, 0});
  // Handles r*(PI/2)/3 = 0.078540; arc midpoint 0.147718 from the corner centre (0.95, 0.45).
  EXPECT_NEAR((p[1] - p[0]).norm(), 0.078540, 1e-6);
  Vec3 mid = (p[0] + p[1] * 3 + p[2] * 3 + p[3]) / 8;
  EXPECT_NEAR((mid - Vec3{0.95, 0.45, 0}).norm(), 0.147718, 1e-6);
  // Then the top edge to the UL arc, which starts at (-0.95, 0.6).
  expect_vec(p[4], {0.95, 0.6, 0});
  expect_vec(p[7], {-0.95, 0.6, 0});
  expect_vec(p[11], {-1.1, 0.45, 0});    // UL arc end on the left edge
  expect_vec(p.back(), {1.1, 0.45, 0});  // right edge closes the path
}

TEST(Line, DefaultsAndBuff) {
  Line l;
  ASSERT_EQ(l.get_num_points(), 4u);
  expect_vec(l.points()[0], {-1, 0, 0});
  expect_vec(l.points()[1], {-1.0 / 3, 0, 0});
  expect_vec(l.points()[2], {1.0 / 3, 0, 0});
  expect_vec(l.points()[3], {1, 0, 0});
  expect_color(l.get_stroke_color(), WHITE);
  EXPECT_DOUBLE_EQ(l.get_length(), 2);
  EXPECT_DOUBLE_EQ(l.get_angle(), 0);

  Line b(ORIGIN, Vec3{0, 4, 0}, {.buff = 0.5});
  expect_vec(b.get_start(), {0, 0.5, 0});
  expect_vec(b.get_end(), {0, 3.5, 0});
  EXPECT_NEAR(b.get_angle(), PI / 2, 1e-12);
  expect_vec(b.get_unit_vector(), {0, 1, 0});
  // Too short for the buff (L < 2 buff): untouched.
  Line s(ORIGIN, Vec3{0.5, 0, 0}, {.buff = 0.3});
  EXPECT_DOUBLE_EQ(s.get_length(), 0.5);
}

TEST(Line, PutStartAndEndOn) {
  Line l;
  l.put_start_and_end_on(UP, Vec3{0, 1, 0} + RIGHT * 3);
  expect_vec(l.points()[0], {0, 1, 0}, 1e-12);
  expect_vec(l.points()[1], {1, 1, 0}, 1e-12);
  expect_vec(l.points()[3], {3, 1, 0}, 1e-12);
  l.put_start_and_end_on(ORIGIN, Vec3{0, -2, 0});
  expect_vec(l.points()[2], {0, -4.0 / 3, 0}, 1e-12);
  EXPECT_NEAR(l.get_angle(), -PI / 2, 1e-12);
}

TEST(Line, BetweenMobjectsUsesBoundaryPoints) {
  Square s;
  s.shift(LEFT * 3);
  Circle c;
  c.shift(RIGHT * 3);
  Line l(s, c);
  // Along +x the square's first maximal anchor is its UR corner; the circle's leftmost anchor.
  expect_vec(l.get_start(), {-2, 1, 0}, 1e-12);
  expect_vec(l.get_end(), {2, 0, 0}, 1e-12);
  EXPECT_THROW(Line(VGroup(), c), std::invalid_argument);
}

TEST(SurroundingRectangle, SizeColourAndCentre) {
  Circle c(0.5);
  c.shift(Vec3{2, -1, 0});
  SurroundingRectangle r(c);
  EXPECT_EQ(r.get_num_points(), 16u);  // corner_radius 0: a plain rectangle
  EXPECT_NEAR(r.width(), 1.2, 1e-12);
  EXPECT_NEAR(r.height(), 1.2, 1e-12);
  expect_vec(r.get_center(), {2, -1, 0}, 1e-12);
  expect_color(r.get_stroke_color(), YELLOW);
  EXPECT_DOUBLE_EQ(r.node().style.stroke_width, 4);
  EXPECT_DOUBLE_EQ(r.node().style.fill_opacity, 0);
  EXPECT_TRUE(r.is<RoundedRectangle>());

  Square s;
  SurroundingRectangle rr(s, {.color = RED, .buff = 0.5, .corner_radius = 0.2});
  EXPECT_EQ(rr.get_num_points(), 32u);
  EXPECT_NEAR(rr.width(), 3, 1e-12);
  expect_color(rr.get_stroke_color(), RED);
}

TEST(BackgroundRectangle, Defaults) {
  Rectangle m({.width = 3, .height = 1});
  m.shift(UP);
  BackgroundRectangle b(m);
  EXPECT_NEAR(b.width(), 3, 1e-12);
  EXPECT_NEAR(b.height(), 1, 1e-12);
  expect_vec(b.get_center(), {0, 1, 0}, 1e-12);
  expect_color(b.node().style.fill_color, BLACK);
  EXPECT_DOUBLE_EQ(b.node().style.fill_opacity, 0.75);
  EXPECT_DOUBLE_EQ(b.node().style.stroke_width, 0);
  EXPECT_EQ(b.node().lineage,
            "/Mobject/VMobject/Polygon/RoundedRectangle/SurroundingRectangle/BackgroundRectangle/");
}

TEST(Geometry, BadInputNamesClassAndArgument) {
  std::string e = error_of([] { Square(std::nan("")); });
  EXPECT_NE(e.find("Square"), std::string::npos) << e;
  EXPECT_NE(e.find("side_length"), std::string::npos) << e;
  e = error_of([] { Circle(-1.0); });
  EXPECT_NE(e.find("Circle"), std::string::npos) << e;
  EXPECT_NE(e.find("radius"), std::string::npos) << e;
  e = error_of([] { Rectangle({.width = -2}); });
  EXPECT_NE(e.find("Rectangle: width"), std::string::npos) << e;
  e = error_of([] { Line(Vec3{INFINITY, 0, 0}, RIGHT); });
  EXPECT_NE(e.find("Line: start"), std::string::npos) << e;
  e = error_of([] { Polygon({Vec3{0, 0, 0}, Vec3{NAN, 1, 0}}); });
  EXPECT_NE(e.find("Polygon: vertex 1"), std::string::npos) << e;
  e = error_of([] { RoundedRectangle({.corner_radius = -0.1}); });
  EXPECT_NE(e.find("RoundedRectangle: corner_radius"), std::string::npos) << e;
  e = error_of([] { Dot(ORIGIN, {.fill_opacity = 2}); });
  EXPECT_NE(e.find("Dot: fill_opacity"), std::string::npos) << e;
  e = error_of([] { RegularPolygon(2); });
  EXPECT_NE(e.find("RegularPolygon: n"), std::string::npos) << e;
  e = error_of([] { Arc({.num_components = 1}); });
  EXPECT_NE(e.find("Arc: num_components"), std::string::npos) << e;
}

TEST(Geometry, CopiesAreIndependent) {
  Square s;
  Square t = s.copy();
  t.shift(RIGHT);
  expect_vec(s.get_center(), {0, 0, 0});
  expect_vec(t.get_center(), {1, 0, 0});
  EXPECT_EQ(t.node().lineage, s.node().lineage);
}
