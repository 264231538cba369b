// make_smooth / make_jagged, SmoothedVectorizedHomotopy and TransformAnimations, with values
// worked out by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "manim/manim.hpp"

using namespace manim;

namespace {

void expect_vec(const Vec3& a, const Vec3& b, double tol = 1e-9) {
  EXPECT_NEAR(a.x, b.x, tol);
  EXPECT_NEAR(a.y, b.y, tol);
  EXPECT_NEAR(a.z, b.z, tol);
}

double lin(double t) { return t; }

TEST(AnchorMode, MakeSmoothGivesASquareThePeriodicSplineHandles) {
  // Corners UR, UL, DL, DR (a closed subpath). The periodic spline through 4 corners has
  // tangent D_i = 3/4 (P_{i+1} - P_{i-1}) (the neighbours' tangents cancel), so the first
  // handle is P_i + D_i / 3 = UR + (UL - DR) / 4 = (0.5, 1.5).
  Square sq(2.0);
  make_smooth(sq);
  const auto& p = sq.points();
  ASSERT_EQ(p.size(), 16u);
  expect_vec(p[0], {1, 1, 0});
  expect_vec(p[1], {0.5, 1.5, 0});
  expect_vec(p[2], {-0.5, 1.5, 0});
  expect_vec(p[3], {-1, 1, 0});
  expect_vec(p[15], {1, 1, 0});
  // Jagged again: handles at the thirds of each side.
  make_jagged(sq);
  expect_vec(sq.points()[1], {1.0 / 3, 1, 0});
  expect_vec(sq.points()[2], {-1.0 / 3, 1, 0});
}

TEST(SmoothedVectorizedHomotopy, EachFrameIsTheHomotopyMadeSmooth) {
  Square sq(2.0);
  SmoothedVectorizedHomotopy h(
      [](double x, double y, double z, double t) { return Vec3(x + 2 * t, y, z); }, sq,
      {.rate_func = lin});
  EXPECT_EQ(h.get_run_time(), 3);  // Homotopy's default
  h.begin();
  h.interpolate(0.5);
  // Shifted by 1, then smooth: the first handle is (0.5 + 1, 1.5).
  expect_vec(sq.points()[0], {2, 1, 0});
  expect_vec(sq.points()[1], {1.5, 1.5, 0});
  h.interpolate(0);  // not cumulative: from the starting points again
  expect_vec(sq.points()[1], {0.5, 1.5, 0});
}

TEST(TransformAnimations, TransformsTheFirstMobjectIntoTheSecondsOverTheLongerRunTime) {
  Square a(2.0);
  Square b(4.0);
  Anim s = FadeIn(a, {.run_time = 1});
  Anim e = FadeIn(b, {.run_time = 2.5});
  TransformAnimations t(s, e);
  EXPECT_DOUBLE_EQ(t.get_run_time(), 2.5);
  EXPECT_DOUBLE_EQ(s->get_run_time(), 2.5);  // both take the run time, as Manim
  EXPECT_DOUBLE_EQ(e->get_run_time(), 2.5);
  // squish_rate_func(smooth, 0.4, 0.6): nothing before 0.4, everything after 0.6, and
  // smooth(0.5) = 0.5 in the middle.
  EXPECT_DOUBLE_EQ(t.rate_func()(0.3), 0);
  EXPECT_DOUBLE_EQ(t.rate_func()(0.5), 0.5);
  EXPECT_DOUBLE_EQ(t.rate_func()(0.7), 1);
  t.begin();
  t.interpolate(1);
  t.finish();
  EXPECT_NEAR(a.width(), 4.0, 1e-6);
  TransformAnimations r(s, e, {.run_time = 4});
  EXPECT_DOUBLE_EQ(r.get_run_time(), 4);
}

}  // namespace
