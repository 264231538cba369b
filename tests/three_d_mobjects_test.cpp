// Manim's 3D mobjects: point layouts, colours and geometry of Surface, Sphere, Torus, Cone,
// Cylinder, Line3D, Arrow3D, Cube, Prism and the polyhedra, plus three_d_utils. Every number
// is worked out by hand in the comments (parametrisations and rotations as Manim v0.18.0).
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

void expect_color(const Color& got, const Color& want) {
  EXPECT_NEAR(got.r, want.r, 1e-9);
  EXPECT_NEAR(got.g, want.g, 1e-9);
  EXPECT_NEAR(got.b, want.b, 1e-9);
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

// The corners of a 4-curve face: anchors 0, 4, 8, 12.
Vec3 corner(const Mobject& face, int k) { return face.points()[static_cast<std::size_t>(4 * k)]; }

}  // namespace

// ------------------------------------------------------------------ Surface
TEST(Surface, PlaneFaceIsTheUvSquareWithStraightThirdHandles) {
  // f(u, v) = (u, v, 0) on [0,1]^2 with one face: the corners in Manim's order
  // (u1,v1) (u2,v1) (u2,v2) (u1,v2), handles at 1/3 and 2/3 of each edge.
  Surface s([](double u, double v) { return Vec3(u, v, 0); }, {.resolution = {1, 1}});
  ASSERT_EQ(s.size(), 1u);
  const Mobject f = s[0];
  ASSERT_EQ(f.points().size(), 16u);
  expect_vec(f.points()[0], {0, 0, 0});
  expect_vec(f.points()[1], {1.0 / 3, 0, 0}, 1e-8);
  expect_vec(f.points()[2], {2.0 / 3, 0, 0}, 1e-8);
  expect_vec(f.points()[3], {1, 0, 0});
  expect_vec(corner(f, 1), {1, 0, 0});
  expect_vec(corner(f, 2), {1, 1, 0});
  expect_vec(corner(f, 3), {0, 1, 0});
  expect_vec(f.points()[15], {0, 0, 0});
  EXPECT_TRUE(f.node().shade_in_3d);
  EXPECT_TRUE(f.is<ThreeDVMobject>());
  EXPECT_FALSE(s.node().shade_in_3d);
}

TEST(Surface, HandlesFollowTheFunctionsDerivative) {
  // f = (u, v, u^2), one face. Edge (0,0)->(1,0): h1 = a + J(a)(1/3, 0) = (1/3, 0, 0),
  // h2 = b + J(b)(-1/3, 0) = (1,0,1) + (-1/3, 0, -2/3) = (2/3, 0, 1/3): the cubic that traces
  // the parabola exactly. The finite difference (step 1e-5 of the handle) errs by ~1e-6.
  Surface s([](double u, double v) { return Vec3(u, v, u * u); }, {.resolution = {1, 1}});
  const auto& p = s[0].points();
  expect_vec(p[1], {1.0 / 3, 0, 0}, 1e-5);
  expect_vec(p[2], {2.0 / 3, 0, 1.0 / 3}, 1e-5);
  // should_make_jagged puts the handles back on the chord: (1/3, 0, 1/3) and (2/3, 0, 2/3).
  Surface j([](double u, double v) { return Vec3(u, v, u * u); },
            {.resolution = {1, 1}, .should_make_jagged = true});
  expect_vec(j[0].points()[1], {1.0 / 3, 0, 1.0 / 3}, 1e-9);
  expect_vec(j[0].points()[2], {2.0 / 3, 0, 2.0 / 3}, 1e-9);
}

TEST(Surface, FaceOrderStyleAndCheckerboard) {
  // resolution (3, 2): faces u-major (i * 2 + j); (i + j) even -> BLUE_D, odd -> BLUE_E.
  Surface s([](double u, double v) { return Vec3(u, v, 0); },
            {.u_range = {0, 3}, .v_range = {0, 2}, .resolution = {3, 2}});
  ASSERT_EQ(s.size(), 6u);
  expect_vec(corner(s[3], 0), {1, 1, 0});  // face (1, 1) starts at (u1, v1) = (1, 1)
  const auto cell = s[3].as<ThreeDVMobject>().uv_cell();
  ASSERT_TRUE(cell.has_value());
  EXPECT_EQ(cell->u_index, 1);
  EXPECT_EQ(cell->v_index, 1);
  EXPECT_DOUBLE_EQ(cell->u2, 2);
  expect_color(s[0].get_fill_color(), BLUE_D);
  expect_color(s[1].get_fill_color(), BLUE_E);
  expect_color(s[2].get_fill_color(), BLUE_E);
  expect_color(s[3].get_fill_color(), BLUE_D);
  EXPECT_DOUBLE_EQ(s[0].get_fill_opacity(), 1.0);
  expect_color(s[0].get_stroke_color(), LIGHT_GREY);
  EXPECT_DOUBLE_EQ(s[0].get_stroke_width(), 0.5);
  // Checkerboard off: every face in fill_color.
  Surface plain(
      [](double u, double v) { return Vec3(u, v, 0); },
      {.fill_color = RED, .resolution = {2, 2}, .checkerboard_colors = std::vector<Color>{}});
  for (const Mobject& f : plain) expect_color(f.get_fill_color(), RED);
  plain.set_fill_by_checkerboard({GREEN, YELLOW, PINK}, 0.5);
  expect_color(plain[1].get_fill_color(), YELLOW);  // (0, 1): 1 % 3
  expect_color(plain[3].get_fill_color(), PINK);    // (1, 1): 2 % 3
  EXPECT_DOUBLE_EQ(plain[3].get_fill_opacity(), 0.5);
}

TEST(Surface, NaNFaceIsLeftOutWithOneWarning) {
  // 2x2 faces on [0,1]^2; the function is NaN where u > 0.75 and v > 0.75, which only the
  // face (1, 1) = [0.5,1] x [0.5,1] reaches (its corner (1, 1)).
  testing::internal::CaptureStderr();
  Surface s(
      [](double u, double v) { return Vec3(u, v, (u > 0.75 && v > 0.75) ? std::nan("") : 0.0); },
      {.resolution = {2, 2}});
  const std::string err = testing::internal::GetCapturedStderr();
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s.num_dropped_faces(), 1u);
  EXPECT_EQ(s[2].as<ThreeDVMobject>().uv_cell()->u_index, 1);  // (1, 0) survives
  EXPECT_EQ(s[2].as<ThreeDVMobject>().uv_cell()->v_index, 0);
  expect_color(s[2].get_fill_color(), BLUE_E);  // checkerboard by the cell, not the position
  EXPECT_NE(err.find("warning: Surface: the function is not finite on 1 of 4 faces"),
            std::string::npos)
      << err;
  EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1);
}

TEST(Surface, SetFillByValue) {
  // f = (u, v, u), 2 faces along u. Face 0's path (0,0,0)->(.5,0,.5)->(.5,1,.5)->(0,1,0):
  // edge lengths .7071, 1, .7071, 1, so half the length ends edge 2 at (.5, 1, .5): z 0.5.
  // Face 1 likewise reaches (1, 1, 1): z 1.
  auto identity = [](const Vec3& p) { return p; };
  Surface s([](double u, double v) { return Vec3(u, v, u); }, {.resolution = {2, 1}});
  s.set_fill_by_value(identity, std::vector<ColorPivot>{{RED, 0}, {BLUE, 1}});
  expect_color(s[0].get_fill_color(), interpolate_color(RED, BLUE, 0.5));
  expect_color(s[0].get_stroke_color(), interpolate_color(RED, BLUE, 0.5));
  expect_color(s[1].get_fill_color(), BLUE);
  // Plain colours spread over the range (0, 1): pivots 0, 0.5, 1; 0.5 is GREEN exactly.
  s.set_fill_by_value(identity, {{0, 1}, {0, 1}, {0, 1}}, {RED, GREEN, BLUE});
  expect_color(s[0].get_fill_color(), GREEN);
  expect_color(s[1].get_fill_color(), BLUE);
  EXPECT_NE(error_of([&] {
              s.set_fill_by_value(identity, {{0, 1}}, {RED, BLUE}, 3);
            }).find("axis must be 0, 1 or 2"),
            std::string::npos);
}

TEST(Surface, BadInputIsAClearError) {
  auto f = [](double u, double v) { return Vec3(u, v, 0); };
  EXPECT_NE(error_of([&] {
              Surface(f, {.resolution = {0, 4}});
            }).find("resolution must be at least 1"),
            std::string::npos);
  EXPECT_NE(error_of([&] {
              Surface(f, {.u_range = {0, INFINITY}});
            }).find("u_range must be finite"),
            std::string::npos);
  EXPECT_NE(error_of([&] { Surface(SurfaceFunction{}); }).find("func is empty"), std::string::npos);
}

// ------------------------------------------------------------------ Sphere, Dot3D, Torus
TEST(Sphere, DefaultLayoutAndFirstFace) {
  // 24 x 12 faces; face 0 = u in [0, 15deg], v in [0, 15deg] of
  // (cos u sin v, sin u sin v, -cos v): corners (0,0,-1), (0,0,-1) (the pole),
  // (cos15 sin15, sin15 sin15, -cos15) = (0.25, 0.0669873, -0.9659258), (sin15, 0, -cos15).
  Sphere s;
  ASSERT_EQ(s.size(), 288u);
  expect_vec(corner(s[0], 0), {0, 0, -1});
  expect_vec(corner(s[0], 1), {0, 0, -1});
  expect_vec(corner(s[0], 2), {0.25, 0.0669873, -0.9659258});
  expect_vec(corner(s[0], 3), {0.2588190, 0, -0.9659258});
  // Edge (u1,v2)->(u1,v1) leaves along -d/dv = -(cos v, 0, sin v) * (15deg / 3):
  // (0.258819, 0, -0.965926) - 0.0872665 * (0.965926, 0, 0.258819) = (0.174526, 0, -0.988512).
  expect_vec(s[0].points()[13], {0.174526, 0, -0.988512}, 1e-5);
  expect_color(s[13].get_fill_color(), BLUE_D);  // face (1, 1)
  Sphere big({.center = {1, 2, 3}, .radius = 2, .resolution = {4, 2}});
  ASSERT_EQ(big.size(), 8u);
  expect_vec(corner(big[0], 0), {1, 2, 1});
  EXPECT_DOUBLE_EQ(big.radius(), 2);
  expect_vec(big.get_center(), {1, 2, 3}, 1e-9);
}

TEST(Dot3D, SmallWhiteSphere) {
  Dot3D d({1, 0, 0}, {.color = RED});
  ASSERT_EQ(d.size(), 64u);  // 8 x 8
  expect_vec(d.get_center(), {1, 0, 0}, 1e-9);
  // Anchors span the diameter; width() also counts the handles, which bulge ~3% out.
  EXPECT_NEAR(d.get_critical_point(UP).y, DEFAULT_DOT_RADIUS, 1e-9);
  EXPECT_NEAR(d.height(), 2 * DEFAULT_DOT_RADIUS, 0.01);
  for (const Mobject& f : d) {
    expect_color(f.get_fill_color(), RED);
    expect_color(f.get_stroke_color(), RED);
  }
  expect_color(Dot3D()[5].get_fill_color(), WHITE);
}

TEST(Torus, FirstCornerAndExtent) {
  // (R - r cos v)(cos u, sin u, 0) - r sin v OUT at (0, 0): (3 - 1, 0, 0) = (2, 0, 0).
  Torus t;
  ASSERT_EQ(t.size(), 576u);
  expect_vec(corner(t[0], 0), {2, 0, 0});
  EXPECT_DOUBLE_EQ(t.major_radius(), 3);
  EXPECT_DOUBLE_EQ(t.minor_radius(), 1);
  // Anchors: the outer equator (u = 0, v = pi) at x = R + r = 4, the top (v = 270deg) at z = 1.
  EXPECT_NEAR(t.get_critical_point(RIGHT).x, 4, 1e-9);
  EXPECT_NEAR(t.get_critical_point(OUT).z, 1, 1e-9);
}

// ------------------------------------------------------------------ Cone, Cylinder
TEST(Cone, ApexAtOriginBaseBehindIt) {
  // base_radius 1, height 1: theta = pi - atan(1) = 3pi/4, u up to sqrt(2); the last ring
  // (u = sqrt 2, v = 0) is (sqrt2 sin theta, 0, sqrt2 cos theta) = (1, 0, -1).
  Cone c;
  ASSERT_EQ(c.size(), 1024u);
  EXPECT_NEAR(c.theta(), 3 * PI / 4, 1e-12);
  expect_vec(corner(c[0], 0), {0, 0, 0});
  expect_vec(corner(c[31 * 32], 1), {1, 0, -1});
  for (const Mobject& f : c) expect_color(f.get_fill_color(), BLUE_D);  // no checkerboard
  // direction RIGHT: rotate pi/2 about Y, (x, y, z) -> (z, y, -x): (1,0,-1) -> (-1, 0, -1).
  Cone r({.direction = RIGHT, .show_base = true});
  ASSERT_EQ(r.size(), 1025u);
  expect_vec(corner(r[31 * 32], 1), {-1, 0, -1});
  expect_vec(r.base_circle().get_center(), {-1, 0, 0}, 1e-9);
  expect_vec(r.get_direction(), RIGHT);
  const Cone copy = r.copy();  // the copy's base is its own child
  EXPECT_EQ(copy.base_circle(), copy[1024]);
  EXPECT_NE(copy.base_circle(), r.base_circle());
  r.set_direction(OUT);
  expect_vec(corner(r[31 * 32], 1), {1, 0, -1}, 1e-9);
}

TEST(Cylinder, FacesCapsAndDirection) {
  // radius 1, height 2: u in [-1, 1]; face (0, 0) starts at (cos 0, sin 0, -1) = (1, 0, -1).
  // Caps: base_top at -height/2, base_bottom at +height/2 (Manim's names), BLUE_D, no stroke.
  Cylinder c;
  ASSERT_EQ(c.size(), 578u);
  expect_vec(corner(c[0], 0), {1, 0, -1});
  const Mobject top = c[576], bottom = c[577];
  EXPECT_EQ(c.base_top(), top);
  EXPECT_EQ(c.base_bottom(), bottom);
  EXPECT_TRUE(top.is<Circle>());
  expect_vec(top.get_center(), {0, 0, -1}, 1e-9);
  expect_vec(bottom.get_center(), {0, 0, 1}, 1e-9);
  expect_color(top.get_fill_color(), BLUE_D);
  EXPECT_DOUBLE_EQ(top.get_stroke_width(), 0);
  EXPECT_TRUE(top.node().shade_in_3d);
  // direction UP: theta = pi/2 about Y, then phi = pi/2 about Z: the axis lies along y.
  Cylinder u({.direction = UP});
  expect_vec(u[576].get_center(), {0, -1, 0}, 1e-9);
  EXPECT_NEAR(u.length_over_dim(1), 2, 1e-9);  // the caps at y = +-1
}

// ------------------------------------------------------------------ Line3D, Arrow3D
TEST(Line3D, DefaultRunsAlongX) {
  // A radius-0.02 cylinder of height 2 turned to RIGHT: face 0 corner (0.02, 0, -1) ->
  // (z, y, -x) = (-1, 0, -0.02).
  Line3D l;
  expect_vec(l.get_start(), LEFT);
  expect_vec(l.get_end(), RIGHT);
  expect_vec(l.vect(), {2, 0, 0});
  expect_vec(corner(l[0], 0), {-1, 0, -0.02});
  EXPECT_NEAR(l.width(), 2, 1e-9);
  EXPECT_NEAR(l.height(), 0.04, 1e-3);
  Line3D d({0, 0, 0}, {2, 2, 2}, {.color = RED});
  expect_vec(d.get_center(), {1, 1, 1}, 1e-9);
  EXPECT_NEAR(d.get_length(), std::sqrt(12.0), 1e-12);
  expect_color(d[3].get_fill_color(), RED);
}

TEST(Line3D, BetweenMobjectsUsesFacingBoundaryPoints) {
  // Dot at (-2,0,0) r 0.08 and a side-1 Square at (2,0,0): direction +x; the dot's furthest
  // anchor along +x is (-1.92, 0, 0); the square's first anchor furthest along -x is its UL
  // corner (1.5, 0.5, 0). The height stays the centres' distance 4, centred between the ends.
  Dot dot({-2, 0, 0});
  Square sq(1.0);
  sq.shift({2, 0, 0});
  Line3D l(dot, sq);
  expect_vec(l.get_start(), {-1.92, 0, 0});
  expect_vec(l.get_end(), {1.5, 0.5, 0});
  expect_vec(l.get_center(), {-0.21, 0.25, 0}, 1e-9);
  EXPECT_NEAR(l.width(), 4, 1e-9);
}

TEST(Line3D, ParallelAndPerpendicular) {
  Line3D line;
  // parallel_to through DOWN + IN, length 5: from point + 2.5 x to point - 2.5 x.
  Line3D p = Line3D::parallel_to(line, DOWN + IN);
  expect_vec(p.get_start(), {2.5, -1, -1});
  expect_vec(p.get_end(), {-2.5, -1, -1});
  // perpendicular_to through UP + OUT: normal = (2,0,0) x ((0,1,1) - (-1,0,0)) = (0,-2,2);
  // bisector direction (-2,0,0) x (0,-2,2) = (0,4,4), so the line runs along -(0,1,1)/sqrt2.
  Line3D q = Line3D::perpendicular_to(line, UP + OUT);
  const double h = 2.5 / std::sqrt(2.0);
  expect_vec(q.get_start(), {0, 1 - h, 1 - h});
  expect_vec(q.get_end(), {0, 1 + h, 1 + h});
  EXPECT_NE(error_of([&] {
              Line3D::perpendicular_to(line, {0.5, 0, 0});
            }).find("could not find the perpendicular"),
            std::string::npos);
}

TEST(Arrow3D, ShaftStopsShortOfTheConeTip) {
  // height 0.3: the shaft runs (-1,0,0) -> (0.7,0,0); the tip's apex is at the end (1,0,0)
  // and its base circle of radius 0.08 at x = 0.7. Without `resolution` the shaft keeps 24x24
  // and the cone 32x32 (Manim passes only what is given).
  Arrow3D a;
  ASSERT_EQ(a.size(), 24u * 24u + 2u + 1u);
  expect_vec(a.get_end(), {0.7, 0, 0}, 1e-12);
  const Cone c = a.cone();
  EXPECT_EQ(c.size(), 1024u);
  expect_vec(c.get_critical_point(RIGHT), {1, 0, 0}, 1e-9);
  EXPECT_NEAR(c.get_critical_point(LEFT).x, 0.7, 1e-9);
  EXPECT_NEAR(c.height(), 0.16, 1e-3);
  for (const Mobject& m : a.family_members_with_points()) expect_color(m.get_fill_color(), WHITE);
  Arrow3D r({0, 0, 0}, {0, 0, 2}, {.color = RED, .resolution = std::pair<int, int>{8, 8}});
  EXPECT_EQ(r.size(), 64u + 2u + 1u);
  EXPECT_EQ(r.cone().size(), 64u);
  expect_vec(r.cone().get_critical_point(OUT), {0, 0, 2}, 1e-9);
  expect_color(r.cone()[0].get_fill_color(), RED);
}

// ------------------------------------------------------------------ Cube, Prism
TEST(Cube, SixFacesInManimsOrderAndStyle) {
  // Square(2) (UR UL DL DR), flipped about UP -> (-1,1) first, shifted to z = 1, then turned by
  // z_to_vector(vect): IN (x,-y,-z), OUT identity, LEFT (-z,y,x), RIGHT (z,y,-x), UP (x,z,-y),
  // DOWN (x,-z,y).
  Cube c;
  ASSERT_EQ(c.size(), 6u);
  expect_vec(corner(c[0], 0), {-1, -1, -1});
  expect_vec(corner(c[0], 2), {1, 1, -1});
  expect_vec(corner(c[1], 0), {-1, 1, 1});
  expect_vec(corner(c[2], 0), {-1, 1, -1});
  expect_vec(corner(c[3], 0), {1, 1, 1});
  expect_vec(corner(c[4], 0), {-1, 1, -1});
  expect_vec(corner(c[5], 0), {-1, -1, 1});
  for (const Mobject& f : c) {
    EXPECT_EQ(f.points().size(), 16u);
    EXPECT_TRUE(f.is<Square>());
    EXPECT_TRUE(f.node().shade_in_3d);
    expect_color(f.get_fill_color(), BLUE);
    EXPECT_DOUBLE_EQ(f.get_fill_opacity(), 0.75);
    EXPECT_DOUBLE_EQ(f.get_stroke_width(), 0);
  }
  Cube red({.fill_color = RED, .fill_opacity = 1.0, .side_length = 3});
  EXPECT_NEAR(red.width(), 3, 1e-12);
  EXPECT_NEAR(red.depth(), 3, 1e-12);
  expect_color(red[2].get_fill_color(), RED);
}

TEST(Prism, StretchedCube) {
  // dimensions (3, 2, 1): the IN face corner (-1,-1,-1) -> (-1.5, -1, -0.5).
  Prism p;
  expect_vec(corner(p[0], 0), {-1.5, -1, -0.5});
  EXPECT_NEAR(p.width(), 3, 1e-12);
  EXPECT_NEAR(p.height(), 2, 1e-12);
  EXPECT_NEAR(p.depth(), 1, 1e-12);
  Prism q({1, 2, 3});
  EXPECT_NEAR(q.depth(), 3, 1e-12);
  expect_vec(q.dimensions(), {1, 2, 3});
}

// ------------------------------------------------------------------ polyhedra
TEST(Polyhedron, TetrahedronFacesGraphAndEdges) {
  // unit = sqrt2 / 4 = 0.3535534; faces [0,1,2] [3,0,2] [0,1,3] [3,1,2] give 12 cyclic edges,
  // 8 distinct ordered ones: (0,1) (1,2) (2,0) (3,0) (0,2) (2,3) (1,3) (3,1).
  Tetrahedron t;
  ASSERT_EQ(t.size(), 2u);
  const VGroup faces = t.faces(), graph = t.graph();
  ASSERT_EQ(faces.size(), 4u);
  ASSERT_EQ(graph.size(), 4u + 8u);
  EXPECT_EQ(t.edges().size(), 12u);
  const double u = std::sqrt(2.0) / 4;
  expect_vec(faces[1].points()[0], {-u, -u, u});
  expect_vec(faces[0].points()[0], {u, u, u});
  EXPECT_EQ(faces[0].points().size(), 12u);
  EXPECT_TRUE(faces[0].is<Polygon>());
  EXPECT_TRUE(faces[0].node().shade_in_3d);
  EXPECT_DOUBLE_EQ(faces[0].get_fill_opacity(), 0.5);
  expect_color(faces[0].get_fill_color(), BLUE);
  EXPECT_TRUE(graph[0].is<Dot3D>());
  expect_vec(graph[2].get_center(), {-u, u, -u}, 1e-9);
  const Mobject edge = graph[4 + 6];  // (1, 3)
  EXPECT_TRUE(edge.is<Line>());
  EXPECT_DOUBLE_EQ(edge.get_stroke_opacity(), 0);
  EXPECT_DOUBLE_EQ(edge.z_index(), -1);
  expect_vec(edge.get_start(), {u, -u, -u}, 1e-9);
  expect_vec(edge.get_end(), {-u, -u, u}, 1e-9);
}

TEST(Polyhedron, FacesAndEdgesFollowTheVertices) {
  Tetrahedron t;
  t.vertex(0).move_to({1, 2, 3});
  t.update(0);
  expect_vec(t.faces()[0].points()[0], {1, 2, 3}, 1e-9);
  expect_vec(t.faces()[1].points()[4], {1, 2, 3}, 1e-9);  // face [3,0,2]: second corner
  expect_vec(t.graph()[4].get_start(), {1, 2, 3}, 1e-9);  // edge (0, 1)
}

TEST(Polyhedron, PlatonicCountsAndErrors) {
  Octahedron o(2.0);
  EXPECT_EQ(o.faces().size(), 8u);
  EXPECT_EQ(o.edges().size(), 24u);
  expect_vec(o.vertex(0).get_center(), {std::sqrt(2.0), 0, 0}, 1e-9);
  Icosahedron i;
  EXPECT_EQ(i.faces().size(), 20u);
  Dodecahedron d;
  EXPECT_EQ(d.faces().size(), 12u);
  EXPECT_EQ(d.faces()[0].points().size(), 20u);
  EXPECT_EQ(d.edges().size(), 60u);
  // Every edge of a platonic solid with edge_length 1 has length 1 between its endpoints.
  for (const auto& [a, b] : d.edges())
    EXPECT_NEAR((d.vertex_coords()[a] - d.vertex_coords()[b]).norm(), 1.0, 1e-12);
  for (const auto& [a, b] : i.edges())
    EXPECT_NEAR((i.vertex_coords()[a] - i.vertex_coords()[b]).norm(), 1.0, 1e-12);
  EXPECT_NE(error_of([] {
              Polyhedron({{0, 0, 0}, {1, 0, 0}}, {{0, 1, 2}});
            }).find("face 0 names vertex 2, but there are 2 vertices"),
            std::string::npos);
  Polyhedron seen({{0, 0, 0}, {1, 0, 0}, {0, 1, 0}}, {{0, 1, 2}},
                  {.edge_config = LineArgs{.color = RED}});
  EXPECT_DOUBLE_EQ(seen.graph()[3].get_stroke_opacity(), 1);  // given edge_config replaces 0
}

// ------------------------------------------------------------------ three_d_utils
TEST(ThreeDUtils, CornersAndNormals) {
  // The OUT face of a Cube: corners (-1,1,1) (1,1,1) (1,-1,1) (-1,-1,1). End corner index
  // ((16 - 1) / 6) * 3 = 6: the 2/3 handle of edge 2, (1, -1/3, 1). The normal at point 0 from
  // points 3 (1,1,1) and 12 (-1,-1,1): (1,0,0) x (0,-1,0) = (0,0,-1).
  Cube c;
  const Mobject out = c[1];
  EXPECT_EQ(get_3d_vmob_end_corner_index(out), 6u);
  expect_vec(get_3d_vmob_end_corner(out), {1, -1.0 / 3, 1});
  auto [a, b] = get_3d_vmob_gradient_start_and_end_points(out);
  expect_vec(a, {-1, 1, 1});
  expect_vec(b, {1, -1.0 / 3, 1});
  expect_vec(get_3d_vmob_start_corner_unit_normal(out), {0, 0, -1});
  expect_vec(get_3d_vmob_unit_normal(Line().points(), 0), UP);  // one curve
  expect_vec(get_3d_vmob_start_corner(VMobject()), ORIGIN);
  // get_unit_normal of parallel vectors: in the plane with z, ((1,0,0) x z) x (1,0,0) = (0,0,1);
  // along z itself: DOWN.
  expect_vec(get_unit_normal({1, 0, 0}, {2, 0, 0}), {0, 0, 1});
  expect_vec(get_unit_normal(OUT, OUT * 2), DOWN);
  const Mat3 m = z_to_vector(RIGHT);
  expect_vec(apply_mat3(m, {0, 0, 1}), RIGHT);
  expect_vec(apply_mat3(m, {1, 0, 0}), {0, 0, -1});
}
