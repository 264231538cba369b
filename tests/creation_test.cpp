// Create / Uncreate / DrawBorderThenFill / Write / Unwrite against docs/manim_facts.md §7.
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

void expect_vec(const Vec3& got, const Vec3& want, double tol = 1e-9) {
  EXPECT_NEAR(got.x, want.x, tol);
  EXPECT_NEAR(got.y, want.y, tol);
  EXPECT_NEAR(got.z, want.z, tol);
}

// A glyph stand-in: filled, no stroke, as Text's glyphs are.
VMobject glyph(double x, const Color& fill = WHITE) {
  VMobject g({.fill_color = fill, .fill_opacity = 1, .stroke_width = 0});
  g.set_points_as_corners({{x, 0, 0}, {x + 1, 0, 0}, {x + 1, 1, 0}, {x, 1, 0}, {x, 0, 0}});
  return g;
}

}  // namespace

TEST(Create, DrawsByCurveIndex) {
  // Square corners: UR, UL, DL, DR; with a linear rate at 0.375, 1.5 of 4 curves are drawn.
  Square sq;
  Create c(sq, {.rate_func = linear});
  c.begin();
  c.interpolate(0.375);
  ASSERT_FALSE(sq.points().empty());
  expect_vec(sq.points().front(), {1, 1, 0});
  expect_vec(sq.points().back(), {-1, 0, 0});
  c.interpolate(0.5);
  expect_vec(sq.points().back(), {-1, -1, 0});
  c.finish();
  ASSERT_EQ(sq.get_num_points(), 16u);
  expect_vec(sq.points().back(), {1, 1, 0});
}

TEST(Create, MembersRunOneAfterAnother) {
  VGroup g(glyph(0), glyph(2));
  Create c(g, {.rate_func = linear});
  c.begin();
  c.interpolate(0.25);  // member 0 half drawn, member 1 not started
  expect_vec(g[0].points().back(), {1, 1, 0});
  for (const Vec3& p : g[1].points()) expect_vec(p, {2, 0, 0});
  c.interpolate(0.75);
  for (const Vec3& p : g[0].points()) EXPECT_GE(p.x, 0.0);
  expect_vec(g[0].points().back(), {0, 0, 0});  // complete
  expect_vec(g[1].points().back(), {3, 1, 0});
}

TEST(Create, UncreateReversesAndRemoves) {
  EmptyScene s;
  Square sq;
  s.add(sq);
  Uncreate u(sq, {.rate_func = linear});
  EXPECT_FALSE(u.is_introducer());
  EXPECT_TRUE(u.is_remover());
  u.setup_scene(s);
  u.begin();
  expect_vec(sq.points().back(), {1, 1, 0});  // whole at the start
  u.interpolate(0.625);                       // rate(1 - 0.625): 1.5 curves left
  expect_vec(sq.points().back(), {-1, 0, 0});
  u.finish();
  u.clean_up_from_scene(s);
  EXPECT_FALSE(in_scene(s, sq));
}

TEST(DrawBorderThenFill, TwoPhases) {
  Square sq(2.0, {.fill_color = ORANGE, .fill_opacity = 1});
  DrawBorderThenFill d(sq);
  d.begin();
  d.interpolate(0.25);  // double_smooth(0.25) = 0.25: phase 1 at 0.5, two curves of outline
  EXPECT_NEAR(sq.get_stroke_width(), 2.0, 1e-12);
  EXPECT_NEAR(sq.get_fill_opacity(), 0.0, 1e-12);
  EXPECT_EQ(sq.get_stroke_color(), WHITE);
  expect_vec(sq.points().back(), {-1, -1, 0}, 1e-6);
  d.interpolate(0.75);  // s = 0.75: outline -> original at t = 0.5
  EXPECT_NEAR(sq.get_stroke_width(), 3.0, 1e-6);
  EXPECT_NEAR(sq.get_fill_opacity(), 0.5, 1e-6);
  d.finish();
  EXPECT_NEAR(sq.get_stroke_width(), 4.0, 1e-12);
  EXPECT_NEAR(sq.get_fill_opacity(), 1.0, 1e-12);
  EXPECT_EQ(sq.get_fill_color(), ORANGE);

  DrawBorderThenFill custom(sq, {.stroke_width = 5, .stroke_color = GREEN});
  custom.begin();
  custom.interpolate(0.1);
  EXPECT_NEAR(sq.get_stroke_width(), 5.0, 1e-12);
  EXPECT_EQ(sq.get_stroke_color(), GREEN);

  EXPECT_THROW(DrawBorderThenFill{Group(Square())}, std::invalid_argument);
}

TEST(Write, TimingFromMemberCount) {
  auto group_of = [](int n) {
    VGroup g;
    for (int i = 0; i < n; ++i) g.add(glyph(i));
    return g;
  };
  Write w3(group_of(3));
  EXPECT_DOUBLE_EQ(w3.get_run_time(), 1.0);
  EXPECT_DOUBLE_EQ(w3.lag_ratio(), 0.2);
  EXPECT_DOUBLE_EQ(w3.rate_func()(0.3), 0.3);  // linear
  EXPECT_TRUE(w3.is_introducer());
  Write w14(group_of(14));
  EXPECT_DOUBLE_EQ(w14.get_run_time(), 1.0);
  Write w15(group_of(15));
  EXPECT_DOUBLE_EQ(w15.get_run_time(), 2.0);
  Write w40(group_of(40));
  EXPECT_DOUBLE_EQ(w40.get_run_time(), 2.0);
  EXPECT_DOUBLE_EQ(w40.lag_ratio(), 0.1);
  Write w35(group_of(35));
  EXPECT_NEAR(w35.lag_ratio(), 0.114286, 1e-6);
  Write fixed(group_of(40), {.run_time = 0.5, .lag_ratio = 0.3});
  EXPECT_DOUBLE_EQ(fixed.get_run_time(), 0.5);
  EXPECT_DOUBLE_EQ(fixed.lag_ratio(), 0.3);
  EXPECT_THROW(Write{VGroup()}, std::invalid_argument);
}

TEST(Write, TwoGlyphsHalfway) {
  // §7: Write(Text("ab")) at a = 0.5: glyph 0 s = 0.6 -> stroke 1.6, fill 0.2; glyph 1 tracing.
  VGroup text(glyph(0, RED), glyph(2, RED));
  Write w(text);
  w.begin();
  w.interpolate(0.5);
  EXPECT_NEAR(text[0].get_stroke_width(), 1.6, 1e-9);
  EXPECT_NEAR(text[0].get_fill_opacity(), 0.2, 1e-9);
  // Glyph 1 at s = 0.4: outline drawn to 0.8 of its 4 curves, width 2, no fill.
  EXPECT_NEAR(text[1].get_stroke_width(), 2.0, 1e-12);
  EXPECT_NEAR(text[1].get_fill_opacity(), 0.0, 1e-12);
  expect_vec(text[1].points().back(), {2, 0.8, 0}, 1e-9);
  // Outline colour is the glyph's stroke colour (white), not its red fill.
  EXPECT_EQ(text[1].get_stroke_color(), WHITE);
  w.finish();
  EXPECT_NEAR(text[1].get_fill_opacity(), 1.0, 1e-12);
  EXPECT_NEAR(text[1].get_stroke_width(), 0.0, 1e-12);

  // set_color(RED) also colours the stroke: the outline is red.
  VGroup red(glyph(0), glyph(2));
  red.set_color(RED);
  Write wr(red);
  wr.begin();
  wr.interpolate(0.3);
  EXPECT_EQ(red[1].get_stroke_color(), RED);
}

TEST(Write, UnwriteErasesFromTheEndAndRemoves) {
  EmptyScene s;
  VGroup text(glyph(0), glyph(2));
  s.add(text);
  Mobject first = text[0], last = text[1];
  Unwrite u(text);
  EXPECT_TRUE(u.is_remover());
  EXPECT_FALSE(u.is_introducer());
  u.setup_scene(s);
  u.begin();
  u.interpolate(0);
  EXPECT_NEAR(first.get_fill_opacity(), 1.0, 1e-12);
  EXPECT_NEAR(last.get_fill_opacity(), 1.0, 1e-12);
  u.interpolate(0.5);
  // The last glyph goes first: it is back to tracing (s = 0.4), the first is filling (s = 0.6).
  EXPECT_NEAR(last.get_stroke_width(), 2.0, 1e-12);
  EXPECT_NEAR(last.get_fill_opacity(), 0.0, 1e-12);
  EXPECT_NEAR(first.get_fill_opacity(), 0.2, 1e-9);
  u.finish();
  EXPECT_EQ(text[0], first);  // order restored
  u.clean_up_from_scene(s);
  EXPECT_FALSE(in_scene(s, text));
}
