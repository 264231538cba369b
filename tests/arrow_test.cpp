// Arrow against docs/manim_facts.md §5: every row of the table, tip geometry and style, scale.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "manim/manim.hpp"

using namespace manim;

namespace {

void expect_vec(const Vec3& got, const Vec3& want, double tol = 1e-9) {
  EXPECT_NEAR(got.x, want.x, tol);
  EXPECT_NEAR(got.y, want.y, tol);
  EXPECT_NEAR(got.z, want.z, tol);
}

struct Row {
  const char* name;
  ArrowArgs args;
  double length;
  double start_x, tip_x, shaft_end_x, tip, stroke;
};

}  // namespace

TEST(Arrow, FactsTableEveryRow) {
  const ArrowArgs d{};
  const ArrowArgs thin{.stroke_width = 2, .tip_length = 0.08};
  const ArrowArgs close{.buff = 0.08, .max_tip_length_to_length_ratio = 0.15};
  const ArrowArgs nobuff{.buff = 0};
  const Row rows[] = {
      {"default L=0.3", d, 0.3, 0, 0.3, 0.225, 0.075, 1.5},
      {"default L=1", d, 1, 0.25, 0.75, 0.625, 0.125, 2.5},
      {"default L=2", d, 2, 0.25, 1.75, 1.40, 0.35, 6},
      {"default L=4", d, 4, 0.25, 3.75, 3.40, 0.35, 6},
      {"tip 0.08 L=0.3", thin, 0.3, 0, 0.3, 0.225, 0.075, 1.5},
      {"tip 0.08 L=1", thin, 1, 0.25, 0.75, 0.67, 0.08, 2},
      {"tip 0.08 L=2", thin, 2, 0.25, 1.75, 1.67, 0.08, 2},
      {"tip 0.08 L=4", thin, 4, 0.25, 3.75, 3.67, 0.08, 2},
      {"buff 0.08 L=0.3", close, 0.3, 0.08, 0.22, 0.199, 0.021, 0.7},
      {"buff 0.08 L=1", close, 1, 0.08, 0.92, 0.794, 0.126, 4.2},
      {"buff 0.08 L=2", close, 2, 0.08, 1.92, 1.644, 0.276, 6},
      {"buff 0.08 L=4", close, 4, 0.08, 3.92, 3.57, 0.35, 6},
      {"buff 0 L=1", nobuff, 1, 0, 1, 0.75, 0.25, 5},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.name);
    Arrow a(ORIGIN, RIGHT * r.length, r.args);
    ASSERT_EQ(a.get_num_points(), 4u);  // the shaft: one straight cubic
    EXPECT_NEAR(a.points().front().x, r.start_x, 1e-9);
    EXPECT_NEAR(a.get_start().x, r.start_x, 1e-9);
    EXPECT_NEAR(a.get_end().x, r.tip_x, 1e-9);
    EXPECT_NEAR(a.points().back().x, r.shaft_end_x, 1e-9);
    EXPECT_NEAR(a.get_tip_length(), r.tip, 1e-9);
    EXPECT_NEAR(a.node().style.stroke_width, r.stroke, 1e-9);
    EXPECT_NEAR(a.get_length(), r.tip_x - r.start_x, 1e-9);
    // Tip width (the base) equals its length.
    Mobject tip = a.get_tip();
    EXPECT_NEAR((tip.points()[4] - tip.points()[8]).norm(), r.tip, 1e-9);
    // Handles of the shaft at 1/3 and 2/3.
    EXPECT_NEAR(a.points()[1].x, r.start_x + (r.shaft_end_x - r.start_x) / 3, 1e-9);
  }
}

TEST(Arrow, DefaultsAndTip) {
  Arrow a;
  expect_vec(a.get_start(), {-0.75, 0, 0});
  expect_vec(a.get_end(), {0.75, 0, 0});
  EXPECT_EQ(a.get_stroke_color().to_hex(), "#FFFFFF");
  ASSERT_EQ(a.size(), 1u);
  Mobject tip = a.get_tip();
  EXPECT_TRUE(tip.is<Triangle>());
  EXPECT_EQ(tip.kind(), "ArrowTriangleFilledTip");
  EXPECT_DOUBLE_EQ(tip.node().style.fill_opacity, 1);
  EXPECT_DOUBLE_EQ(tip.node().style.stroke_width, 0);
  ASSERT_EQ(tip.get_num_points(), 12u);
  // Rightward: tip -> upper base corner -> lower base corner -> tip.
  expect_vec(tip.points()[0], {0.75, 0, 0});
  expect_vec(tip.points()[4], {0.4, 0.175, 0});
  expect_vec(tip.points()[8], {0.4, -0.175, 0});
  expect_vec(tip.points()[11], {0.75, 0, 0});
  expect_vec(a.points().back(), {0.4, 0, 0});
  EXPECT_TRUE(a.is<Line>());
  EXPECT_EQ(a.node().lineage, "/Mobject/VMobject/TipableVMobject/Line/Arrow/");
}

TEST(Arrow, ColourGoesToTipAndDiagonalGeometry) {
  Arrow a(ORIGIN, Vec3{0, 2, 0}, {.color = GOLD});
  Mobject tip = a.get_tip();
  EXPECT_EQ(tip.node().style.fill_color.to_hex(), GOLD.to_hex());
  EXPECT_EQ(a.get_stroke_color().to_hex(), GOLD.to_hex());
  // Upward: the first base corner is on the left of the direction.
  expect_vec(tip.points()[0], {0, 1.75, 0});
  expect_vec(tip.points()[4], {-0.175, 1.4, 0});
  expect_vec(tip.points()[8], {0.175, 1.4, 0});

  Arrow diag(Vec3{-1, -1, 0}, Vec3{1, 1, 0}, {.buff = 0});
  expect_vec(diag.get_end(), {1, 1, 0});
  EXPECT_NEAR(diag.get_angle(), PI / 4, 1e-12);
  EXPECT_NEAR(diag.get_tip_length(), 0.35, 1e-12);
}

TEST(Arrow, ScaleKeepsTipSize) {
  // Manim's doctest: Arrow((-1,-1), (1,1), buff=0).scale(2) spans (-2,-2) -> (2,2).
  Arrow a(Vec3{-1, -1, 0}, Vec3{1, 1, 0}, {.buff = 0});
  Arrow& r = a.scale(2);
  EXPECT_TRUE(&r == &a);
  expect_vec(a.get_start(), {-2, -2, 0});
  expect_vec(a.get_end(), {2, 2, 0});
  EXPECT_NEAR(a.get_tip_length(), 0.35, 1e-12);
  EXPECT_NEAR(a.node().style.stroke_width, 6, 1e-12);

  // Arrow(O, 2R): start 0.25, tip 1.75; scaled by 2 about its centre x = 1.
  Arrow b(ORIGIN, RIGHT * 2);
  b.scale(2);
  EXPECT_NEAR(b.get_start().x, -0.5, 1e-12);
  EXPECT_NEAR(b.get_end().x, 2.5, 1e-12);
  EXPECT_NEAR(b.points().back().x, 2.15, 1e-12);
  EXPECT_NEAR(b.get_tip_length(), 0.35, 1e-12);

  // Short arrows: the stroke is recomputed by Manim's chain (Arrow.scale, then the shaft is
  // re-fitted to the tip base through put_start_and_end_on, which calls Arrow.scale again):
  // min(6, 5 * |start -> tip base|). Arrow(O, 1R) is 0.25 -> 0.75 with a 0.125 tip; scaled by
  // 0.5 about x = 0.5 it runs 0.375 -> 0.625 with the same tip, base 0.5: stroke 5 * 0.125.
  Arrow c(ORIGIN, RIGHT);
  c.scale(0.5);
  EXPECT_NEAR(c.get_start().x, 0.375, 1e-12);
  EXPECT_NEAR(c.get_end().x, 0.625, 1e-12);
  EXPECT_NEAR(c.get_tip_length(), 0.125, 1e-12);
  EXPECT_NEAR(c.node().style.stroke_width, 0.625, 1e-12);

  // scale_tips=True scales the tip too, and the stroke follows the length: min(6, 5 * 3.5).
  Arrow e(ORIGIN, RIGHT * 2);
  e.scale_with_tips(2, About{ORIGIN, std::nullopt});
  EXPECT_NEAR(e.get_tip_length(), 0.7, 1e-12);
  EXPECT_NEAR(e.node().style.stroke_width, 6, 1e-12);

  // The override holds through a plain Mobject handle (e.g. from a VGroup), as Python's
  // dynamic dispatch: the tip keeps its size.
  Arrow f(ORIGIN, RIGHT * 2);
  Mobject as_mobject = f;
  as_mobject.scale(2, About{ORIGIN, std::nullopt});
  EXPECT_NEAR(f.get_tip_length(), 0.35, 1e-12);
  EXPECT_NEAR(f.get_end().x, 3.5, 1e-12);
}

TEST(Arrow, CopyKeepsArrowParameters) {
  Arrow a(ORIGIN, RIGHT * 2, {.tip_length = 0.2});
  Arrow b = a.copy();
  b.shift(UP);
  b.scale(3);
  EXPECT_NEAR(b.get_tip_length(), 0.2, 1e-12);
  EXPECT_NEAR(a.get_end().x, 1.75, 1e-12);
  EXPECT_NEAR(a.get_end().y, 0, 1e-12);
  Mobject as_mob = b;
  EXPECT_TRUE(as_mob.as<Arrow>().get_tip() == b.get_tip());
}

TEST(Arrow, PutStartAndEndOnAndZeroLength) {
  Arrow a(ORIGIN, RIGHT * 2, {.buff = 0});
  a.put_start_and_end_on(ORIGIN, Vec3{0, 4, 0});
  // Manim's put_start_and_end_on on an Arrow: the length is scaled through Arrow.scale, which
  // keeps the tip size; the shaft ends at the tip's base, the tip points up.
  expect_vec(a.get_start(), {0, 0, 0});
  expect_vec(a.get_end(), {0, 4, 0});
  expect_vec(a.points().back(), {0, 3.65, 0});
  EXPECT_NEAR(a.get_tip_length(), 0.35, 1e-12);
  EXPECT_NEAR(a.get_angle(), PI / 2, 1e-12);

  Arrow z(ORIGIN, ORIGIN);
  EXPECT_NEAR(z.get_length(), 0, 1e-12);
  EXPECT_NEAR(z.node().style.stroke_width, 0, 1e-12);
  z.scale(2);  // no-op, as Manim's
  z.put_start_and_end_on(ORIGIN, RIGHT * 2);
  EXPECT_NEAR(z.get_end().x, 1.75, 1e-12);
  EXPECT_NEAR(z.get_tip_length(), 0.35, 1e-12);
}

TEST(Arrow, BadInput) {
  try {
    Arrow(ORIGIN, RIGHT, {.tip_length = -1});
    FAIL() << "expected invalid_argument";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("Arrow: tip_length"), std::string::npos) << e.what();
  }
  EXPECT_THROW(Arrow(ORIGIN, Vec3{NAN, 0, 0}), std::invalid_argument);
  EXPECT_THROW(Arrow(ORIGIN, RIGHT, {.buff = -0.1}), std::invalid_argument);
}
