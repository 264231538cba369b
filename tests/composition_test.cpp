// AnimationGroup / LaggedStart / Succession timing against docs/manim_facts.md §7.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

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

Square filled(double x) {
  Square sq(1.0, {.fill_opacity = 1});
  sq.move_to(RIGHT * x);
  return sq;
}

}  // namespace

TEST(AnimationGroup, LaggedStartWindowsAndOpacities) {
  // §7: windows [0,1], [0.5,2.5], [1.5,2.5]; at a = 0.5 (time 1.25): A 1, B smooth(0.375), C 0.
  EmptyScene s;
  Square a = filled(-2), b = filled(0), c = filled(2);
  LaggedStart g({FadeIn(a), FadeIn(b, {.run_time = 2}), FadeIn(c)}, {.lag_ratio = 0.5});
  EXPECT_DOUBLE_EQ(g.get_run_time(), 2.5);
  EXPECT_DOUBLE_EQ(g.rate_func()(0.3), 0.3);  // linear
  g.setup_scene(s);
  EXPECT_TRUE(in_scene(s, a) && in_scene(s, b) && in_scene(s, c));
  g.begin();
  g.interpolate(0.5);
  EXPECT_NEAR(a.get_fill_opacity(), 1.0, 1e-12);
  EXPECT_NEAR(b.get_fill_opacity(), 0.218938, 1e-6);
  EXPECT_NEAR(c.get_fill_opacity(), 0.0, 1e-12);
  g.interpolate(0.8);  // time 2.0: C at 0.5 of its window
  EXPECT_NEAR(c.get_fill_opacity(), 0.5, 1e-9);
  g.finish();
  EXPECT_NEAR(c.get_fill_opacity(), 1.0, 1e-12);
}

TEST(AnimationGroup, DefaultLagsAndSpans) {
  std::vector<Anim> five;
  for (int i = 0; i < 5; ++i) five.push_back(FadeIn(filled(i)));
  LaggedStart ls(five);
  EXPECT_DOUBLE_EQ(ls.lag_ratio(), 0.05);
  EXPECT_NEAR(ls.get_run_time(), 1.2, 1e-12);

  AnimationGroup together({FadeIn(filled(0)), FadeIn(filled(1), {.run_time = 3})});
  EXPECT_DOUBLE_EQ(together.get_run_time(), 3.0);
  AnimationGroup chained({FadeIn(filled(0)), FadeIn(filled(1), {.run_time = 3})}, {.lag_ratio = 1});
  EXPECT_DOUBLE_EQ(chained.get_run_time(), 4.0);
  EXPECT_DOUBLE_EQ(AnimationGroup({}).get_run_time(), 0.0);
}

TEST(AnimationGroup, GroupRunTimeOnlyStretches) {
  Square a = filled(0), b = filled(1);
  AnimationGroup g({FadeIn(a), FadeIn(b)}, {.run_time = 5, .lag_ratio = 1});
  EXPECT_DOUBLE_EQ(g.get_run_time(), 5.0);
  g.begin();
  g.interpolate(0.25);  // time 0.5 of the 2 s timeline
  EXPECT_NEAR(a.get_fill_opacity(), 0.5, 1e-9);
  EXPECT_NEAR(b.get_fill_opacity(), 0.0, 1e-12);
  g.set_run_time(1);
  g.interpolate(0.75);
  EXPECT_NEAR(b.get_fill_opacity(), 0.5, 1e-9);
}

TEST(AnimationGroup, MixedKindsAndWait) {
  EmptyScene s;
  Square a = filled(0);
  Square gone = filled(3);
  s.add(gone);
  AnimationGroup g({Create(a), Wait(2), FadeOut(gone)});
  EXPECT_DOUBLE_EQ(g.get_run_time(), 2.0);
  EXPECT_EQ(g.mobject().size(), 2u);  // Wait's placeholder is not in the group
  g.setup_scene(s);
  g.begin();
  g.interpolate(0.25);
  g.finish();
  g.clean_up_from_scene(s);
  EXPECT_TRUE(in_scene(s, a));
  EXPECT_FALSE(in_scene(s, gone));
}

TEST(Succession, RunsChildrenBackToBackFromTheirCurrentState) {
  EmptyScene s;
  Square sq = filled(0);
  Square at1 = filled(1);
  Square at1up = filled(1);
  at1up.shift(UP);
  Square late = filled(-3);
  Succession seq({Transform(sq, at1), Transform(sq, at1up), FadeIn(late)});
  EXPECT_DOUBLE_EQ(seq.get_run_time(), 3.0);
  seq.setup_scene(s);
  EXPECT_FALSE(in_scene(s, late));  // children are set up as they start
  seq.begin();
  seq.interpolate(1.0 / 6);  // first transform at 0.5
  EXPECT_NEAR(sq.get_center().x, 0.5, 1e-9);
  seq.interpolate(0.5);  // second transform at 0.5, starting from where the first ended
  EXPECT_NEAR(sq.get_center().x, 1.0, 1e-9);
  EXPECT_NEAR(sq.get_center().y, 0.5, 1e-9);
  EXPECT_FALSE(in_scene(s, late));
  seq.interpolate(0.9);
  EXPECT_TRUE(in_scene(s, late));
  EXPECT_NEAR(late.get_fill_opacity(), rate_functions::smooth(0.7), 1e-9);
  seq.finish();
  EXPECT_NEAR(late.get_fill_opacity(), 1.0, 1e-12);
  EXPECT_NEAR(sq.get_center().y, 1.0, 1e-9);
  EXPECT_THROW(Succession({}), std::invalid_argument);
}

TEST(AnimationGroup, PlayedInAScene) {
  struct S : Scene {
    Square a = filled(-1), b = filled(1);
    void construct() override {
      play(LaggedStart({FadeIn(a), FadeIn(b, {.run_time = 2})}, {.lag_ratio = 0.5}));
    }
  } s;
  s.render(nullptr);
  double fps = config().frame_rate;
  EXPECT_EQ(s.frames_emitted(), static_cast<std::size_t>(std::ceil(2.5 * fps)));
  EXPECT_NEAR(s.b.get_fill_opacity(), 1.0, 1e-12);
  // As in Manim, play() adds the group's Group (LaggedStart is no introducer), so the
  // FadeIns find their mobjects already in the scene.
  ASSERT_EQ(s.mobjects().size(), 1u);
  ASSERT_EQ(s.mobjects()[0].size(), 2u);
  EXPECT_EQ(s.mobjects()[0][0], s.a);
  EXPECT_EQ(s.mobjects()[0][1], s.b);
}
