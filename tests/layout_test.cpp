// Bounding boxes (docs/manim_facts.md §0) and layout (§6). Shapes are built by hand here so the
// test only depends on the core object model: Circle = 8 cubics with anchors at k*PI/4 and handles
// r*(PI/4)/3 along the tangent; Square = side 2, anchors UR, UL, DL, DR as straight cubics.
#include <gtest/gtest.h>

#include <cmath>

#include "manim/core/config.hpp"
#include "manim/mobject/mobject.hpp"
#include "manim/mobject/vmobject.hpp"

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
void expect_vec(const Vec3& v, double x, double y, double tol = 1e-6) {
  EXPECT_NEAR(v.x, x, tol);
  EXPECT_NEAR(v.y, y, tol);
}
}  // namespace

TEST(Bounds, RotatedCircleUsesHandlesForWidthAnchorsForEdges) {
  VMobject c = circle();
  c.rotate(PI / 8);
  EXPECT_NEAR(c.width(), 2.048132, 1e-6);
  EXPECT_NEAR(c.get_right().x, 0.923880, 1e-6);
  // A plain Group measures every point, handles included.
  Group g(c);
  EXPECT_NEAR(g.get_right().x, 2.048132 / 2, 1e-6);
}

TEST(Bounds, EmptyGroupCountsAsZeroForWidth) {
  VGroup g(square(), VGroup());
  g.shift(RIGHT * 3);
  EXPECT_NEAR(g.width(), 4.0, 1e-12);
  expect_vec(g.get_center(), 3, 0);
  EXPECT_NEAR(g.height(), 2.0, 1e-12);
  VGroup empty;
  EXPECT_EQ(empty.width(), 0);
  expect_vec(empty.get_center(), 0, 0);
}

TEST(Bounds, CriticalPoints) {
  VMobject s = square();
  s.shift(Vec3{1, 2, 0});
  expect_vec(s.get_corner(UL), 0, 3);
  expect_vec(s.get_bottom(), 1, 1);
  EXPECT_DOUBLE_EQ(s.get_x(), 1);
  EXPECT_DOUBLE_EQ(s.get_y(), 2);
}

TEST(Layout, ToEdgeAndCorner) {
  ASSERT_NEAR(config().frame_width / 2, 7.111111, 1e-6);
  VMobject a = square();
  a.to_edge(LEFT);
  EXPECT_NEAR(a.get_left().x, -6.611111, 1e-6);
  EXPECT_NEAR(a.get_center().y, 0, 1e-12);  // only the edge axis moves
  VMobject b = square();
  b.shift(RIGHT);
  b.to_edge(UP);
  EXPECT_NEAR(b.get_top().y, 3.5, 1e-12);
  EXPECT_NEAR(b.get_center().x, 1, 1e-12);
  VMobject c = square();
  c.to_corner(DL);
  expect_vec(c.get_corner(DL), -6.611111, -3.5);
  VMobject d = square();
  d.to_corner(UR, 1);
  expect_vec(d.get_corner(UR), 6.111111, 3.0);
}

TEST(Layout, NextTo) {
  VMobject b = square();
  VMobject a = square();
  a.next_to(b);
  expect_vec(a.get_center(), 2.25, 0);
  VMobject small = square(1);
  small.next_to(b, RIGHT, 0.25, UP);  // tops aligned
  expect_vec(small.get_center(), 1.75, 0.5);
  VMobject below = square(1);
  below.next_to(b, DOWN, 0.1, LEFT);
  expect_vec(below.get_corner(UL), -1, -1.1);
  VMobject onpoint = square();
  onpoint.next_to(Vec3{0, 0, 0}, UP, 0.1);
  expect_vec(onpoint.get_center(), 0, 1.1);
}

TEST(Layout, ArrangeRecentres) {
  VMobject a = square(), b = square(), c = square();
  VGroup g(a, b, c);
  g.shift(Vec3{4, 4, 0});
  g.arrange(RIGHT, 0.5);
  expect_vec(a.get_center(), -2.5, 0);
  expect_vec(b.get_center(), 0, 0);
  expect_vec(c.get_center(), 2.5, 0);
  VMobject big = square(2), small = square(1);
  VGroup col(big, small);
  col.arrange(DOWN, 0.25, LEFT);
  // Stack height 3.25 centred: big spans y [-0.375, 1.625]; left edges agree; width 2 centred.
  EXPECT_NEAR(big.get_top().y, 1.625, 1e-12);
  EXPECT_NEAR(small.get_top().y, -0.625, 1e-12);
  EXPECT_NEAR(big.get_left().x, small.get_left().x, 1e-12);
  EXPECT_NEAR(big.get_left().x, -1, 1e-12);
  VGroup kept(square(), square());
  kept.shift(UP * 2);
  kept.arrange(RIGHT, 0.25, ORIGIN, false);
  EXPECT_NEAR(kept[0].get_center().y, 2, 1e-12);
}

TEST(Layout, AlignToAndMoveTo) {
  VMobject ref = square();
  ref.shift(LEFT * 3);
  VMobject m = square(1);
  m.shift(UP * 2);
  m.align_to(ref, LEFT);
  EXPECT_NEAR(m.get_left().x, -4, 1e-12);
  EXPECT_NEAR(m.get_center().y, 2, 1e-12);  // only x matched
  m.align_to(Vec3{0, -1, 0}, DOWN);
  EXPECT_NEAR(m.get_bottom().y, -1, 1e-12);
  VMobject s = square();
  s.move_to(Vec3{1, 1, 0}, DL);
  expect_vec(s.get_center(), 2, 2);
  VMobject t = square(1);
  t.move_to(s);
  expect_vec(t.get_center(), 2, 2);
  t.move_to(s, UR);
  expect_vec(t.get_corner(UR), 3, 3);
  t.set_x(-1).set_y(0.5);
  expect_vec(t.get_center(), -1, 0.5);
  t.center();
  expect_vec(t.get_center(), 0, 0);
}

TEST(Layout, ScaleRotateStretchPivots) {
  VMobject s = square();
  s.shift(RIGHT);
  s.scale(2);
  expect_vec(s.get_center(), 1, 0);
  EXPECT_NEAR(s.width(), 4, 1e-12);
  VMobject e = square();
  e.scale(2, {.about_edge = DL});
  expect_vec(e.get_corner(DL), -1, -1);
  expect_vec(e.get_center(), 1, 1);
  VMobject p = square();
  p.scale(0.5, {.about_point = Vec3{1, 1, 0}});
  expect_vec(p.get_corner(UR), 1, 1);
  VMobject r = square();
  r.rotate(PI / 2, OUT, {.about_point = Vec3{1, 0, 0}});
  expect_vec(r.get_center(), 1, -1);
  expect_vec(r.points()[0], 0, 0);  // UR (1,1) turned a quarter about (1,0)
  VMobject f = square();
  f.flip();
  expect_vec(f.points()[0], -1, 1);
  VMobject st = square();
  st.stretch(3, 1);
  EXPECT_NEAR(st.height(), 6, 1e-12);
  EXPECT_NEAR(st.width(), 2, 1e-12);
}

TEST(Layout, SizeSetters) {
  VMobject s = square();
  s.set_width(4);
  EXPECT_NEAR(s.height(), 4, 1e-12);
  s.set_height(1, true);
  EXPECT_NEAR(s.width(), 4, 1e-12);
  EXPECT_NEAR(s.height(), 1, 1e-12);
  VMobject t = square();
  t.stretch_to_fit_width(5);
  EXPECT_NEAR(t.width(), 5, 1e-12);
  EXPECT_NEAR(t.height(), 2, 1e-12);
  t.scale_to_fit_height(4);
  EXPECT_NEAR(t.width(), 10, 1e-12);
  VMobject u = square(1);
  u.match_width(t);
  EXPECT_NEAR(u.width(), 10, 1e-12);
  u.match_height(square());
  EXPECT_NEAR(u.height(), 2, 1e-12);
  VMobject c = circle();
  c.scale_to_fit_width(1, {.about_edge = LEFT});
  EXPECT_NEAR(c.get_left().x, -1, 1e-12);
  VGroup zero;
  EXPECT_NO_THROW(zero.set_width(3));  // zero width: left alone, as Manim
}

TEST(Layout, ChainingKeepsHandleType) {
  VGroup g(square(), square());
  VGroup& same = g.arrange(DOWN).shift(RIGHT).set_color(RED);
  EXPECT_TRUE(same == g);
  EXPECT_NEAR(g.get_center().x, 1, 1e-12);
}
