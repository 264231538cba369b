// Brace placement, tip and errors; ArcBrace's log-polar construction. Hand-worked numbers in the
// comments.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "manim/manim.hpp"

using namespace manim;

namespace {
void expect_vec(const Vec3& got, const Vec3& want, double tol = 1e-6) {
  EXPECT_NEAR(got.x, want.x, tol);
  EXPECT_NEAR(got.y, want.y, tol);
  EXPECT_NEAR(got.z, want.z, tol);
}
}  // namespace

TEST(Brace, BelowALineAsWideAsIt) {
  // A 6-wide line on y = 0: the brace spans x in [-3, 3] and its top is buff = 0.2 below.
  Line line(LEFT * 3, RIGHT * 3);
  Brace b(line);
  EXPECT_NEAR(b.get_left().x, -3, 1e-9);
  EXPECT_NEAR(b.get_right().x, 3, 1e-9);
  EXPECT_NEAR(b.get_top().y, -0.2, 1e-9);
  // The tip is the middle cusp, at the bottom centre; the direction points down.
  EXPECT_NEAR(b.get_tip().x, 0, 1e-3);
  EXPECT_NEAR(b.get_tip().y, b.get_bottom().y, 1e-9);
  expect_vec(b.get_direction(), DOWN, 1e-9);
  EXPECT_EQ(b.get_fill_opacity(), 1);
  EXPECT_EQ(b.get_stroke_width(), 0);
  // The line is turned back exactly where it was.
  expect_vec(line.get_start(), LEFT * 3, 1e-12);
  // put_at_tip: next_to the tip downwards with the default buff 0.25.
  Dot d;
  b.put_at_tip(d);
  EXPECT_NEAR(d.get_top().y, b.get_tip().y - 0.25, 1e-9);
  EXPECT_NEAR(d.get_x(), b.get_tip().x, 1e-9);
}

TEST(Brace, DirectionTurnsTheBrace) {
  // Brace(direction=UP) on the same line lies above it, its bottom 0.2 above y = 0.
  Line line(LEFT * 2, RIGHT * 2);
  Brace up(line, UP);
  EXPECT_NEAR(up.get_bottom().y, 0.2, 1e-9);
  expect_vec(up.get_direction(), UP, 1e-9);
  // Right of a vertical line: spans its height, left edge at x = 0.2.
  Line v(DOWN, UP);
  Brace r(v, RIGHT);
  EXPECT_NEAR(r.get_left().x, 0.2, 1e-9);
  EXPECT_NEAR(r.height(), 2, 1e-9);
  // BraceBetweenPoints(LEFT, RIGHT): the default side is below (the right-hand normal).
  BraceBetweenPoints bp(LEFT, RIGHT);
  EXPECT_NEAR(bp.get_top().y, -0.2, 1e-9);
}

TEST(Brace, SharpnessOnlyGrowsTheLinearRuns) {
  // Linear section = max(0, (6 * sharpness - 0.90552) / 2): sharpness 0 gives none, so the
  // outline is stretched from its 0.90552 minimum width; both end at width 6.
  Line line(LEFT * 3, RIGHT * 3);
  Brace a(line, DOWN, {.sharpness = 0});
  Brace b(line, DOWN, {.sharpness = 2});
  EXPECT_NEAR(a.width(), 6, 1e-9);
  EXPECT_NEAR(b.width(), 6, 1e-9);
  EXPECT_EQ(a.points().size(), b.points().size());
  EXPECT_GT(a.height(), b.height() - 1e-12);
}

TEST(Brace, BadInput) {
  EXPECT_THROW(Brace(Line(), ORIGIN), std::invalid_argument);
  EXPECT_THROW(BraceBetweenPoints(LEFT, LEFT), std::invalid_argument);
  EXPECT_THROW(ArcBrace({.radius = 0}), std::invalid_argument);
}

TEST(ArcBrace, OutsideTheUnitArc) {
  // The default arc (radius 1, angles -1..1) is the segment x = 0 in log-polar coordinates; the
  // brace lies at x >= buff = 0.2 there, so after exp every point is at least e^0.2 from the
  // centre, and it stays within the arc's angular span.
  ArcBrace b;
  double rmin = std::numeric_limits<double>::infinity();
  double amin = rmin, amax = -rmin;
  for (const Vec3& p : b.points()) {
    rmin = std::min(rmin, p.norm());
    amin = std::min(amin, std::atan2(p.y, p.x));
    amax = std::max(amax, std::atan2(p.y, p.x));
  }
  EXPECT_NEAR(rmin, std::exp(0.2), 1e-6);
  EXPECT_NEAR(amin, -1, 1e-6);
  EXPECT_NEAR(amax, 1, 1e-6);
  // Shifted with the arc's centre.
  ArcBrace c({.arc_center = Vec3{1, 2, 0}});
  expect_vec(c.get_tip() - b.get_tip(), {1, 2, 0}, 1e-9);
}

// Manim braces a mobject without points at the origin (its corners are the origin): a brace of
// width 0 whose top is `buff` below the origin (BraceLabel(Mobject(), ...) in Manim's tests).
TEST(Brace, EmptyMobjectGivesAZeroWidthBraceAtTheOrigin) {
  Brace b{Mobject()};
  EXPECT_NEAR(b.width(), 0, 1e-9);
  EXPECT_NEAR(b.get_top().y, -0.2, 1e-9);
  EXPECT_NEAR(b.get_center().x, 0, 1e-9);
}
