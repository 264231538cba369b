// The animation vocabulary (trackers, updaters, paths, Transform family, indications,
// movements, ChangeSpeed, wait_until) against positions worked out by hand from Manim CE
// v0.18.0's formulas, and exact frame counts.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "manim/manim.hpp"

using namespace manim;

namespace {

struct FpsGuard {
  double saved;
  explicit FpsGuard(double fps) : saved(config().frame_rate) { config().frame_rate = fps; }
  ~FpsGuard() { config().frame_rate = saved; }
};

class FnScene : public Scene {
 public:
  explicit FnScene(std::function<void(Scene&)> f) : f_(std::move(f)) {}
  void construct() override { f_(*this); }

 private:
  std::function<void(Scene&)> f_;
};

bool in_scene(const Scene& s, const Mobject& m) {
  return std::find(s.mobjects().begin(), s.mobjects().end(), m) != s.mobjects().end();
}

void expect_vec(const Vec3& got, const Vec3& want, double tol = 1e-9) {
  EXPECT_NEAR(got.x, want.x, tol);
  EXPECT_NEAR(got.y, want.y, tol);
  EXPECT_NEAR(got.z, want.z, tol);
}

double lin(double t) { return std::clamp(t, 0.0, 1.0); }

}  // namespace

TEST(ValueTracker, GetSetIncrementAndOperators) {
  ValueTracker t(1.5);
  EXPECT_EQ(t.get_value(), 1.5);
  t.increment_value(2);
  EXPECT_EQ(t.get_value(), 3.5);
  t += 1;
  t *= 2;
  EXPECT_EQ(t.get_value(), 9);
  EXPECT_TRUE(static_cast<bool>(t));
  ValueTracker a(1.0), b(2.5);
  EXPECT_DOUBLE_EQ(ValueTracker().interpolate(a, b, 0.7).get_value(), 2.05);
  ComplexValueTracker z({2, -3});
  EXPECT_EQ(z.get_value(), std::complex<double>(2, -3));
}

TEST(ValueTracker, NanIsAnErrorNamingTheTracker) {
  ValueTracker t;
  try {
    t.set_value(std::nan(""));
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("ValueTracker.set_value"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("NaN"), std::string::npos) << e.what();
  }
  EXPECT_EQ(t.get_value(), 0);
}

TEST(ValueTracker, AnimateSetValueInterpolatesTheValue) {
  ValueTracker t(0);
  Mobject target = t.copy();
  target.as<ValueTracker>().set_value(10);
  Transform tr(t, target);
  tr.begin();
  tr.interpolate(0.5);  // smooth(0.5) = 0.5
  EXPECT_DOUBLE_EQ(t.get_value(), 5);
  tr.finish();
  EXPECT_EQ(t.get_value(), 10);
}

TEST(Paths, ArcClockwiseAndSpiralPositions) {
  const std::vector<Vec3> a{{1, 0, 0}}, b{{-1, 0, 0}};
  // Half-turn arcs: centre at the midpoint, the point is a quarter turn along at alpha 0.5.
  expect_vec(counterclockwise_path()(a, b, 0.5)[0], {0, 1, 0});
  expect_vec(clockwise_path()(a, b, 0.5)[0], {0, -1, 0});
  // A quarter-turn arc from (0,0) to (0,3): centre (-1.5, 1.5), at alpha 0.5 turned by 45deg.
  expect_vec(path_along_arc(PI / 2)({{0, 0, 0}}, {{0, 3, 0}}, 0.5)[0],
             {-1.5 + 1.5 * std::sqrt(2.0), 1.5, 0});
  // spiral: start + alpha * R((alpha - 1) angle)(end - start).
  const double r = 0.5 * std::sqrt(0.5);
  expect_vec(spiral_path(PI / 2)({{0, 0, 0}}, {{1, 0, 0}}, 0.5)[0], {r, -r, 0});
  // Below the threshold the path is straight.
  expect_vec(path_along_arc(0.001)(a, b, 0.25)[0], {0.5, 0, 0});
}

TEST(Rotate, PointsTurnOnCirclesAboutTheCentre) {
  Square sq;  // first point (1, 1)
  Rotate r(sq, PI);
  r.begin();
  r.interpolate(0.5);  // smooth(0.5) = 0.5: a quarter turn
  expect_vec(sq.points()[0], {-1, 1, 0});
  r.finish();
  expect_vec(sq.points()[0], {-1, -1, 0});
}

TEST(Rotate, FullTurnsComeBack) {
  Square sq;
  Rotate r(sq, 2 * TAU);
  r.begin();
  r.interpolate(0.5);  // one full turn done
  expect_vec(sq.points()[0], {1, 1, 0});
  r.interpolate(0.25 / 1.0);
  r.finish();
  expect_vec(sq.points()[0], {1, 1, 0});
}

TEST(MoveAlongPath, FollowsArcLength) {
  Dot d;
  Line path(LEFT * 2, RIGHT * 2);
  MoveAlongPath m(d, path, {.rate_func = lin});
  m.begin();
  m.interpolate(0.25);
  expect_vec(d.get_center(), {-1, 0, 0});
  m.interpolate(1);
  expect_vec(d.get_center(), {2, 0, 0});
}

TEST(Homotopy, AppliesToTheStartingPointsEachFrame) {
  Square sq;
  Homotopy h([](double x, double y, double z, double t) { return Vec3(x + 2 * t, y, z); }, sq,
             {.rate_func = lin});
  EXPECT_EQ(h.get_run_time(), 3);
  h.begin();
  h.interpolate(0.25);
  expect_vec(sq.get_center(), {0.5, 0, 0});
  h.interpolate(0.5);  // not cumulative
  expect_vec(sq.get_center(), {1, 0, 0});
}

TEST(ApplyPointwiseFunction, VMobjectHandlesFollowTheFunction) {
  // A square through (x, y) -> (x, y + x^2): Manim pulls handles to 1% before the function
  // and pushes them back after, so the handle at (1, 1/3) of the right edge maps to
  // (1, 1/3 + 1) exactly and the top edge's first handle (1/3, 1) to
  // (1 + (1/3 - 1) ... ) = anchor (1, 2) + 100 * (f(a + 0.01 (h - a)) - f(a)).
  Square sq;
  sq.apply_function([](const Vec3& p) { return Vec3(p.x, p.y + p.x * p.x, p.z); });
  // Top edge: anchor (1,1) -> (1,2); handle 1/3 of the way to (-1,1): h - a = (-2/3, 0).
  // a + 0.01 (h - a) = (1 - 0.02/3, 1) -> y = 1 + (1 - 0.02/3)^2; back: (y - 2) * 100 + 2.
  const double x = 1 - 0.02 / 3;
  const double y = 1 + x * x;
  expect_vec(sq.points()[1], {1 - 2.0 / 3, 2 + (y - 2) * 100, 0}, 1e-9);
}

TEST(Indicate, ScalesAndColoursAtTheMiddle) {
  Square sq;
  Indicate ind(sq);
  ind.begin();
  ind.interpolate(0.5);  // there_and_back(0.5) = smooth(1) = 1
  EXPECT_NEAR(sq.width(), 2.4, 1e-9);
  EXPECT_EQ(sq.get_stroke_color(), YELLOW);
  ind.interpolate(1);
  EXPECT_NEAR(sq.width(), 2, 1e-9);
}

TEST(ShowPassingFlash, WindowOfTimeWidth) {
  Line l(LEFT, RIGHT);
  ShowPassingFlash f(l, 0.1, {.rate_func = lin});
  f.begin();
  f.interpolate(0.5);  // upper 0.55, lower 0.45 of the single curve
  expect_vec(l.get_start(), {-0.1, 0, 0}, 1e-12);
  expect_vec(l.get_end(), {0.1, 0, 0}, 1e-12);
  EXPECT_TRUE(f.is_remover() && f.is_introducer());
}

TEST(Flash, TwelveLinesAroundThePoint) {
  Flash f(Vec3(1, 0, 0));
  ASSERT_EQ(f.lines().size(), 12u);
  // Line 0 runs from point + 0.1 RIGHT to point + 0.3 RIGHT; line 3 is turned by 90 degrees.
  expect_vec(f.lines()[0].get_start(), {1.1, 0, 0}, 1e-12);
  expect_vec(f.lines()[3].get_end(), {1, 0.3, 0}, 1e-12);
  EXPECT_EQ(f.get_run_time(), 1);
}

TEST(Wiggle, DefaultsAndAboutPoints) {
  Square sq;
  sq.shift(RIGHT);
  Wiggle w(sq, {.scale_about_point = Vec3(1, 2, 3)});
  EXPECT_EQ(w.get_run_time(), 2);
  expect_vec(w.get_scale_about_point(), {1, 2, 3});
  expect_vec(w.get_rotate_about_point(), {1, 0, 0});
}

TEST(TransformFamily, MoveToTargetRestoreAndApplyMethod) {
  Square sq;
  sq.generate_target();
  sq.target().shift(UP * 3);
  MoveToTarget mt(sq);
  mt.begin();
  mt.interpolate(0.5);
  expect_vec(sq.get_center(), {0, 1.5, 0});
  mt.finish();
  expect_vec(sq.get_center(), {0, 3, 0});

  sq.save_state();
  sq.shift(RIGHT * 2);
  Restore r(sq);
  r.begin();
  r.finish();
  expect_vec(sq.get_center(), {0, 3, 0});

  ApplyMethod am(sq, [](Mobject& m) { m.scale(2); });
  am.begin();
  am.interpolate(0.5);
  EXPECT_NEAR(sq.width(), 3, 1e-9);
  EXPECT_THROW(MoveToTarget{Circle()}, std::invalid_argument);
  EXPECT_THROW(Restore{Circle()}, std::invalid_argument);
}

TEST(TransformFamily, CyclicReplaceMovesAlongQuarterArcs) {
  Square a;
  Circle b;
  b.shift(UP * 3);
  CyclicReplace cr({a, b});
  cr.begin();
  cr.interpolate(0.5);
  expect_vec(a.get_center(), {-1.5 + 1.5 * std::sqrt(2.0), 1.5, 0}, 1e-9);
  cr.finish();
  expect_vec(a.get_center(), {0, 3, 0});
  expect_vec(b.get_center(), {0, 0, 0});
}

TEST(TransformFamily, ApplyMatrixAboutAPoint) {
  Square sq;
  ApplyMatrix am(ApplyMatrix::to_matrix({{2, 0}, {0, 1}}), sq, Vec3(1, 0, 0));
  EXPECT_EQ(am.get_run_time(), 3);  // DEFAULT_POINTWISE_FUNCTION_RUN_TIME
  am.begin();
  am.finish();
  // x -> 2 (x - 1) + 1: the square spans [-3, 1].
  EXPECT_NEAR(sq.get_left().x, -3, 1e-9);
  EXPECT_NEAR(sq.get_right().x, 1, 1e-9);
  EXPECT_THROW(ApplyMatrix::to_matrix({{1, 2, 3}}), std::invalid_argument);
}

TEST(TransformFamily, FadeTransformHandsOverTheScene) {
  FpsGuard fps(10);
  Square src;
  Circle dst;
  dst.shift(RIGHT * 3);
  FnScene s([&](Scene& sc) {
    sc.add(src);
    sc.play(FadeTransform(src, dst));
  });
  s.render(nullptr);
  EXPECT_EQ(s.frames_emitted(), 10u);
  EXPECT_FALSE(in_scene(s, src));
  EXPECT_TRUE(in_scene(s, dst));
  // The source is back to its own state (opacity 1, at the origin).
  EXPECT_EQ(src.get_stroke_opacity(), 1);
  expect_vec(src.get_center(), {0, 0, 0});
}

TEST(ChangeSpeed, ScaledRunTimeAndWarpedProgress) {
  // Speeds 1 -> 0.5 over [0, 0.5], then 0.5: 0.5 * 2 / 1.5 + 0.5 * 2 / 1 = 5/3 of the time.
  Square sq;
  Mobject target = sq.copy();
  target.shift(RIGHT * 4);
  ChangeSpeed cs(Transform(sq, target, {.rate_func = lin}), {{0.5, 0.5}}, {}, false);
  EXPECT_NEAR(cs.get_run_time(), 5.0 / 3, 1e-12);
  cs.begin();
  // At alpha = 0.4 of 5/3 s the animation is in the first segment: x = (5/3 * 0.4) / 0.5 =
  // 4/3... beyond its end 2/3 / (5/3) = 0.4 exactly, so progress 0.5.
  cs.interpolate(0.4);
  EXPECT_NEAR(sq.get_center().x, 2, 1e-9);
  cs.finish();
  EXPECT_NEAR(sq.get_center().x, 4, 1e-9);
}

TEST(Updaters, AlwaysRedrawAndTurnAnimationIntoUpdater) {
  FpsGuard fps(10);
  ValueTracker t(0);
  Mobject dot = always_redraw([&t] { return Dot(Vec3(t.get_value(), 0, 0)); });
  t.add_updater([](Mobject& m, double dt) { m.as<ValueTracker>().increment_value(dt); });
  Square sq;
  Mobject target = sq.copy();
  target.shift(UP);
  turn_animation_into_updater(std::make_shared<Transform>(sq, target, AnimArgs{.rate_func = lin}));
  FnScene s([&](Scene& sc) {
    sc.add(t, dot, sq);
    sc.wait(2);
  });
  s.render(nullptr);
  EXPECT_EQ(s.frames_emitted(), 20u);  // len(arange(0, 2, 0.1))
  EXPECT_NEAR(t.get_value(), 1.9, 1e-9);
  EXPECT_NEAR(dot.get_center().x, 1.9, 1e-9);
  // The transform ran its second in scene time, then took its updater off.
  expect_vec(sq.get_center(), {0, 1, 0});
  EXPECT_EQ(sq.num_updaters(), 0u);
}

TEST(Scene, WaitUntilStopsAfterTheFrameThatMeetsTheCondition) {
  FpsGuard fps(10);
  ValueTracker t(0);
  t.add_updater([](Mobject& m, double dt) { m.as<ValueTracker>().increment_value(dt); });
  FnScene s([&](Scene& sc) {
    sc.add(t);
    sc.wait_until([&t] { return t.get_value() >= 0.45; });
  });
  s.render(nullptr);
  EXPECT_EQ(s.frames_emitted(), 6u);  // values 0, 0.1, ..., 0.5 were shown
}

TEST(Composition, GroupRemoverIsPassedToChildren) {
  FpsGuard fps(10);
  Square a;
  Circle b;
  auto ca = std::make_shared<Create>(a);
  auto cb = std::make_shared<Create>(b);
  FnScene s([&](Scene& sc) { sc.play(AnimationGroup({Anim(ca), Anim(cb)}, {.remover = true})); });
  s.render(nullptr);
  EXPECT_TRUE(ca->is_remover());
  EXPECT_TRUE(cb->is_remover());
  EXPECT_TRUE(s.mobjects().empty());
}

TEST(Broadcast, FiveRestoresOverThreeSeconds) {
  FpsGuard fps(10);
  Circle c;
  FnScene s([&](Scene& sc) { sc.play(Broadcast(c)); });
  s.render(nullptr);
  EXPECT_EQ(s.frames_emitted(), 30u);
  EXPECT_TRUE(s.mobjects().empty());  // every copy is a remover
}
