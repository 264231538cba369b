// Transform, ReplacementTransform, FadeIn/FadeOut and the Grow animations against
// docs/manim_facts.md §7/§8 numbers.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <gtest/gtest.h>

#include <algorithm>

#include "manim/manim.hpp"

using namespace manim;

namespace {

class EmptyScene : public Scene {
 public:
  void construct() override {}
};

bool in_scene(const Scene& s, const Mobject& m) {
  return std::find(s.mobjects().begin(), s.mobjects().end(), m) != s.mobjects().end();
}

void expect_vec(const Vec3& got, const Vec3& want, double tol = 1e-6) {
  EXPECT_NEAR(got.x, want.x, tol);
  EXPECT_NEAR(got.y, want.y, tol);
  EXPECT_NEAR(got.z, want.z, tol);
}

}  // namespace

TEST(Transform, SquareToCircleAlignsAndInterpolates) {
  Square sq;
  Circle c;  // RED, radius 1, starts at (1,0)
  Transform t(sq, c);
  t.begin();
  // §8: both sides 32 points / 8 curves; the square's first corner (1,1) travels to (1,0).
  ASSERT_EQ(sq.get_num_points(), 32u);
  expect_vec(sq.points()[0], {1, 1, 0});
  t.interpolate(0.5);  // smooth(0.5) = 0.5
  expect_vec(sq.points()[0], {1, 0.5, 0});
  Color mid = sq.get_stroke_color();
  EXPECT_NEAR(mid.r, 0.994, 1e-3);
  EXPECT_NEAR(mid.g, 0.692, 1e-3);
  EXPECT_NEAR(mid.b, 0.667, 1e-3);
  t.finish();
  ASSERT_EQ(sq.get_num_points(), c.get_num_points());
  for (std::size_t i = 0; i < c.get_num_points(); ++i) expect_vec(sq.points()[i], c.points()[i]);
  EXPECT_EQ(sq.get_stroke_color(), c.get_stroke_color());
  // The target itself is untouched (a copy is aligned).
  EXPECT_EQ(c.get_num_points(), 32u);
}

TEST(Transform, GroupCountsArePaddedWithInvisibleCopies) {
  VGroup five, nine;
  for (int i = 0; i < 5; ++i) five.add(Square(0.5).shift(RIGHT * i));
  for (int i = 0; i < 9; ++i) nine.add(Circle(0.2).shift(RIGHT * i + UP));
  Transform t(five, nine);
  t.begin();
  ASSERT_EQ(five.size(), 9u);
  // Repeats [0,0,1,1,2,2,3,3,4]: copies sit on their original, invisible at the start.
  expect_vec(five[1].get_center(), five[0].get_center());
  EXPECT_NEAR(five[1].get_stroke_opacity(), 0.0, 1e-12);
  EXPECT_NEAR(five[0].get_stroke_opacity(), 1.0, 1e-12);
  t.interpolate(0.5);
  EXPECT_NEAR(five[1].get_stroke_opacity(), 0.5, 1e-9);
  t.finish();
  EXPECT_EQ(five.size(), 9u);
  for (int i = 0; i < 9; ++i) expect_vec(five[i].get_center(), nine[i].get_center());
}

TEST(Transform, ReplacementTransformSwapsInPlace) {
  EmptyScene s;
  Square before, a, after;
  Circle b;
  s.add(before, a, after);
  ReplacementTransform rt(a, b);
  rt.setup_scene(s);
  rt.begin();
  rt.interpolate(0.5);
  rt.finish();
  rt.clean_up_from_scene(s);
  ASSERT_EQ(s.mobjects().size(), 3u);
  EXPECT_EQ(s.mobjects()[0], before);
  EXPECT_EQ(s.mobjects()[1], b);  // draw order kept (Manim's Scene.replace)
  EXPECT_EQ(s.mobjects()[2], after);

  // A plain Transform leaves the scene alone.
  Square x;
  s.add(x);
  Transform t(x, Circle());
  t.begin();
  t.finish();
  t.clean_up_from_scene(s);
  EXPECT_TRUE(in_scene(s, x));
}

TEST(Transform, TransformToCopyKeepsTheStateAtConstruction) {
  Square sq;
  Square goal;
  goal.shift(RIGHT * 2);
  TransformToCopy t(sq, goal);
  goal.shift(UP * 5);  // later changes to goal do not matter
  t.begin();
  t.finish();
  expect_vec(sq.get_center(), {2, 0, 0});
}

TEST(Fading, FadeInShiftScaleMidway) {
  // §7: square at (1,0), shift UP, scale 0.5, at a = 0.5: centre (1,-0.5), width 1.5, opacity 0.5.
  EmptyScene s;
  Square sq;
  sq.move_to(RIGHT);
  FadeIn f(sq, {.shift = UP, .scale = 0.5});
  f.setup_scene(s);
  EXPECT_TRUE(in_scene(s, sq));
  f.begin();
  EXPECT_NEAR(sq.get_stroke_opacity(), 0.0, 1e-12);
  expect_vec(sq.get_center(), {1, -1, 0});
  f.interpolate(0.5);
  expect_vec(sq.get_center(), {1, -0.5, 0});
  EXPECT_NEAR(sq.width(), 1.5, 1e-9);
  EXPECT_NEAR(sq.get_stroke_opacity(), 0.5, 1e-9);
  f.finish();
  expect_vec(sq.get_center(), {1, 0, 0});
  EXPECT_NEAR(sq.width(), 2.0, 1e-9);
  EXPECT_NEAR(sq.get_stroke_opacity(), 1.0, 1e-12);
}

TEST(Fading, FadeInSeveralMobjectsAsOneGroup) {
  EmptyScene s;
  Square a;
  Circle b;
  FadeIn f(std::vector<Mobject>{a, b});
  ASSERT_EQ(f.mobject().size(), 2u);
  EXPECT_EQ(f.mobject()[0], a);
  f.setup_scene(s);
  ASSERT_EQ(s.mobjects().size(), 1u);
  EXPECT_EQ(s.mobjects()[0], f.mobject());
  f.begin();
  f.interpolate(0.5);
  EXPECT_NEAR(a.get_stroke_opacity(), 0.5, 1e-9);
  EXPECT_NEAR(b.get_stroke_opacity(), 0.5, 1e-9);
  EXPECT_THROW(FadeIn(std::vector<Mobject>{}), std::invalid_argument);
}

TEST(Fading, FadeOutEndsShiftedThenRestores) {
  EmptyScene s;
  Square sq(2.0, {.fill_opacity = 0.8});
  s.add(sq);
  FadeOut f(sq, {.shift = DOWN * 2, .scale = 0.5});
  f.setup_scene(s);
  f.begin();
  f.interpolate(0.5);
  expect_vec(sq.get_center(), {0, -1, 0});
  EXPECT_NEAR(sq.width(), 1.5, 1e-9);
  EXPECT_NEAR(sq.get_fill_opacity(), 0.4, 1e-9);
  f.finish();
  EXPECT_NEAR(sq.get_fill_opacity(), 0.0, 1e-12);
  expect_vec(sq.get_center(), {0, -2, 0});
  f.clean_up_from_scene(s);
  EXPECT_FALSE(in_scene(s, sq));
  // Restored to its pre-fade state once removed.
  expect_vec(sq.get_center(), {0, 0, 0});
  EXPECT_NEAR(sq.get_fill_opacity(), 0.8, 1e-12);
  EXPECT_NEAR(sq.width(), 2.0, 1e-9);
}

TEST(Fading, TargetPositionStartsThere) {
  Square sq;
  FadeIn f(sq, {.target_position = Vec3(4, 0, 0)});
  f.begin();
  expect_vec(sq.get_center(), {4, 0, 0});
  f.interpolate(0.5);
  expect_vec(sq.get_center(), {2, 0, 0});
}

TEST(Growing, GrowArrowHalfway) {
  // §7: at eased value 0.5 the 0.25 -> 1.75 arrow reaches 1.0, stroke 3, tip 0.175.
  EmptyScene s;
  Arrow ar(ORIGIN, RIGHT * 2);
  GrowArrow g(ar);
  g.setup_scene(s);
  EXPECT_TRUE(in_scene(s, ar));
  g.begin();
  EXPECT_NEAR(ar.node().style.stroke_width, 0.0, 1e-12);
  EXPECT_NEAR(ar.get_tip().width(), 0.0, 1e-12);
  g.interpolate(0.5);
  expect_vec(ar.points().front(), {0.25, 0, 0});
  EXPECT_NEAR(ar.get_tip().get_right().x, 1.0, 1e-9);
  EXPECT_NEAR(ar.node().style.stroke_width, 3.0, 1e-9);
  EXPECT_NEAR(ar.get_tip().width(), 0.175, 1e-9);
  g.finish();
  EXPECT_NEAR(ar.get_tip().get_right().x, 1.75, 1e-9);
  EXPECT_NEAR(ar.node().style.stroke_width, 6.0, 1e-12);
}

TEST(Growing, GrowFromCenterAndEdge) {
  Square sq;
  sq.move_to(RIGHT * 2);
  GrowFromCenter g(sq);
  g.begin();
  EXPECT_NEAR(sq.width(), 0.0, 1e-12);
  g.interpolate(0.5);
  EXPECT_NEAR(sq.width(), 1.0, 1e-9);
  expect_vec(sq.get_center(), {2, 0, 0});
  g.finish();

  Square e;
  GrowFromEdge ge(e, LEFT);
  ge.begin();
  ge.interpolate(0.5);
  EXPECT_NEAR(e.get_left().x, -1.0, 1e-9);
  EXPECT_NEAR(e.width(), 1.0, 1e-9);
}
