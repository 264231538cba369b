// Animation base semantics: defaults, sub-alpha, run_time validation, lifecycle with a Scene,
// `.animate()` and Wait (docs/manim_facts.md §7).
// The option structs are filled with designated initializers, as user scenes do.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "manim/manim.hpp"

using namespace manim;

namespace {

class EmptyScene : public Scene {
 public:
  void construct() override {}
};

bool in_scene(const Scene& s, const Mobject& m) {
  for (const Mobject& top : s.mobjects())
    if (top == m) return true;
  return false;
}

// Plays an animation by hand through Scene::play's lifecycle, stopping at alpha.
void run_to(Scene& s, Animation& a, double alpha) {
  a.setup_scene(s);
  a.begin();
  a.interpolate(alpha);
}

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(Animation, DefaultsMatchManim) {
  Square sq;
  Transform t(sq, Circle());
  EXPECT_DOUBLE_EQ(t.get_run_time(), 1.0);
  EXPECT_DOUBLE_EQ(t.lag_ratio(), 0.0);
  EXPECT_NEAR(t.rate_func()(0.25), 0.070104, 1e-6);  // smooth
  EXPECT_FALSE(t.is_introducer());
  EXPECT_FALSE(t.is_remover());
  EXPECT_EQ(t.name(), "Transform(Square)");

  Create c(sq);
  EXPECT_DOUBLE_EQ(c.lag_ratio(), 1.0);
  EXPECT_TRUE(c.is_introducer());

  DrawBorderThenFill d(sq);
  EXPECT_DOUBLE_EQ(d.get_run_time(), 2.0);
  EXPECT_NEAR(d.rate_func()(0.1), 0.020643, 1e-6);  // double_smooth

  FadeIn fi(sq);
  EXPECT_TRUE(fi.is_introducer());
  FadeOut fo(sq);
  EXPECT_TRUE(fo.is_remover());
  EXPECT_DOUBLE_EQ(fo.get_run_time(), 1.0);
}

TEST(Animation, ArgsOverrideDefaults) {
  Square sq;
  Create c(sq, {.run_time = 3, .rate_func = linear, .lag_ratio = 0.25});
  EXPECT_DOUBLE_EQ(c.get_run_time(), 3.0);
  EXPECT_DOUBLE_EQ(c.lag_ratio(), 0.25);
  EXPECT_DOUBLE_EQ(c.rate_func()(0.3), 0.3);
  Transform t(sq, Circle(), {.name = "morph"});
  EXPECT_EQ(t.name(), "morph");
}

TEST(Animation, SubAlphaFormula) {
  // rate(a * (1 + (n-1) lag) - i * lag), with linear rate: member windows are explicit.
  Square sq;
  Create c(sq, {.rate_func = linear, .lag_ratio = 0.2});
  EXPECT_NEAR(c.get_sub_alpha(0.5, 0, 2), 0.6, 1e-12);
  EXPECT_NEAR(c.get_sub_alpha(0.5, 1, 2), 0.4, 1e-12);
  // Manim's rate functions clamp (linear too): before its window a member sits at 0, after
  // it at 1. Write's default rate is linear.
  Write w(sq);
  EXPECT_DOUBLE_EQ(w.get_sub_alpha(0.05, 1, 2), 0.0);
  EXPECT_DOUBLE_EQ(w.get_sub_alpha(1.0, 0, 2), 1.0);
  // lag_ratio 1, 4 members: member 2 runs during alpha in [0.5, 0.75].
  Create c1(sq, {.rate_func = linear});
  EXPECT_NEAR(c1.get_sub_alpha(0.625, 2, 4), 0.5, 1e-12);
  // The default smooth rate is applied per member, not to the global alpha.
  Create c2(sq, {.lag_ratio = 0.2});
  EXPECT_NEAR(c2.get_sub_alpha(0.5, 1, 2), rate_functions::smooth(0.4), 1e-12);
}

TEST(Animation, BadRunTimeThrowsNamingTheAnimation) {
  Square sq;
  std::string m = message_of([&] { Transform(sq, Circle(), {.run_time = -1}); });
  EXPECT_NE(m.find("run_time must be >= 0"), std::string::npos) << m;
  EXPECT_NE(m.find("Transform(Square)"), std::string::npos) << m;
  m = message_of([&] { FadeIn(sq, {.run_time = std::nan("")}); });
  EXPECT_NE(m.find("FadeIn(Square)"), std::string::npos) << m;
  EXPECT_NE(m.find("nan"), std::string::npos) << m;
  m = message_of([&] { Write(sq, {.run_time = -2}); });
  EXPECT_NE(m.find("Write(Square)"), std::string::npos) << m;
  m = message_of([&] { Uncreate(sq, {.run_time = -2}); });
  EXPECT_NE(m.find("Uncreate(Square)"), std::string::npos) << m;
  m = message_of([&] { GrowArrow(Arrow(), {.run_time = -2}); });
  EXPECT_NE(m.find("GrowArrow(Arrow)"), std::string::npos) << m;
  m = message_of([&] { LaggedStart({FadeIn(sq)}, {.run_time = -1}); });
  EXPECT_NE(m.find("LaggedStart"), std::string::npos) << m;
  m = message_of([&] { Anim a = sq.animate({.run_time = -1}).shift(UP); });
  EXPECT_NE(m.find("run_time must be >= 0"), std::string::npos) << m;

  Create c(sq);
  EXPECT_THROW(c.set_run_time(-0.5), std::invalid_argument);
  EXPECT_THROW(c.set_run_time(INFINITY), std::invalid_argument);
  c.set_run_time(0);
  EXPECT_DOUBLE_EQ(c.get_run_time(), 0.0);
  EXPECT_THROW(Anim(AnimationPtr{}), std::invalid_argument);
}

TEST(Animation, IntroducerAddsOnceAndRemoverRemoves) {
  EmptyScene s;
  Square sq;
  Create c(sq);
  c.setup_scene(s);
  ASSERT_EQ(s.mobjects().size(), 1u);
  EXPECT_TRUE(in_scene(s, sq));
  Create again(sq);
  again.setup_scene(s);
  EXPECT_EQ(s.mobjects().size(), 1u);
  // Not added when it is already inside a group in the scene.
  Circle inner;
  VGroup g(inner);
  s.add(g);
  FadeIn fi(inner);
  fi.setup_scene(s);
  EXPECT_EQ(s.mobjects().size(), 2u);

  Uncreate u(sq);
  run_to(s, u, 0.5);
  u.finish();
  u.clean_up_from_scene(s);
  EXPECT_FALSE(in_scene(s, sq));
}

TEST(Animation, AnimateBuildsATransformToTheEditedCopy) {
  Square sq;
  sq.move_to(ORIGIN);
  Animate builder = sq.animate().shift(RIGHT * 2).set_fill(BLUE, 0.5);
  // Recording does not touch the mobject.
  EXPECT_NEAR(sq.get_center().x, 0, 1e-12);
  EXPECT_NEAR(sq.get_fill_opacity(), 0, 1e-12);
  EXPECT_NEAR(builder.target().get_center().x, 2, 1e-12);

  Anim a = builder;
  EXPECT_DOUBLE_EQ(a->get_run_time(), 1.0);
  EXPECT_EQ(a->name(), "_MethodAnimation(Square)");
  a->begin();
  a->interpolate(0.5);  // smooth(0.5) = 0.5
  EXPECT_NEAR(sq.get_center().x, 1.0, 1e-9);
  EXPECT_NEAR(sq.get_fill_opacity(), 0.25, 1e-9);
  a->interpolate(0.25);
  EXPECT_NEAR(sq.get_center().x, 2 * 0.070104, 1e-6);
  a->finish();
  EXPECT_NEAR(sq.get_center().x, 2.0, 1e-9);
  EXPECT_EQ(sq.get_fill_color(), BLUE);
  EXPECT_NEAR(sq.get_fill_opacity(), 0.5, 1e-12);
}

TEST(Animation, AnimateArgsAndApply) {
  Square sq;
  Anim a =
      sq.animate({.run_time = 3, .rate_func = linear}).apply([](Mobject& t) { t.shift(UP * 4); });
  EXPECT_DOUBLE_EQ(a->get_run_time(), 3.0);
  a->begin();
  a->interpolate(0.25);
  EXPECT_NEAR(sq.get_center().y, 1.0, 1e-9);
  a->finish();
  EXPECT_NEAR(sq.get_center().y, 4.0, 1e-9);

  // z_index is not interpolated; Manim re-applies the method at the end.
  Anim z = sq.animate().set_z_index(3);
  z->begin();
  z->interpolate(0.5);
  z->finish();
  EXPECT_DOUBLE_EQ(sq.z_index(), 3.0);
}

TEST(Animation, AnimateThroughScenePlay) {
  struct S : Scene {
    Square sq;
    void construct() override {
      add(sq);
      play(sq.animate().set_fill(BLUE, 0.5));
      play(sq.animate().shift(RIGHT), PlayArgs{.run_time = 0.5});
    }
  } s;
  s.render(nullptr);
  // len(arange(0, T, 1/fps)) frames per play; the final state is applied after the loop.
  double fps = config().frame_rate;
  std::size_t want = static_cast<std::size_t>(std::ceil(1 * fps) + std::ceil(0.5 * fps));
  EXPECT_EQ(s.frames_emitted(), want);
  EXPECT_NEAR(s.sq.get_fill_opacity(), 0.5, 1e-12);
  EXPECT_EQ(s.sq.get_fill_color(), BLUE);
  EXPECT_NEAR(s.sq.get_center().x, 1.0, 1e-9);
}

TEST(Animation, WaitIsLinearAndDoesNothing) {
  Wait w(2.5);
  EXPECT_DOUBLE_EQ(w.get_run_time(), 2.5);
  EXPECT_DOUBLE_EQ(w.rate_func()(0.3), 0.3);
  w.begin();
  w.interpolate(0.5);
  w.finish();
  EXPECT_THROW(Wait(-1), std::invalid_argument);
}
