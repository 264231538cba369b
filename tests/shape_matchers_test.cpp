// Cross, Underline, ScreenRectangle, FullScreenRectangle, LabeledLine, LabeledArrow: positions
// and sizes worked out by hand from Manim's construction.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include "manim/mobject/geometry/shape_matchers.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "manim/manim.hpp"
#include "manim/mobject/geometry/labeled.hpp"

using namespace manim;

namespace {

void expect_vec(const Vec3& got, const Vec3& want, double tol = 1e-9) {
  EXPECT_NEAR(got.x, want.x, tol);
  EXPECT_NEAR(got.y, want.y, tol);
  EXPECT_NEAR(got.z, want.z, tol);
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

}  // namespace

TEST(Cross, TwoRedDiagonalsOfTheTwoByTwoSquare) {
  Cross c;
  ASSERT_EQ(c.submobjects().size(), 2u);
  const Line a = c.submobjects()[0].as<Line>(), b = c.submobjects()[1].as<Line>();
  expect_vec(a.get_start(), {-1, 1, 0});
  expect_vec(a.get_end(), {1, -1, 0});
  expect_vec(b.get_start(), {1, 1, 0});
  expect_vec(b.get_end(), {-1, -1, 0});
  EXPECT_EQ(a.get_stroke_color(), RED);
  EXPECT_EQ(a.get_stroke_width(), 6);
}

TEST(Cross, StretchedOverTheMobjectThenScaled) {
  // A 4 x 2 rectangle centred at (1, 0): the cross spans x in [-1, 3], y in [-1, 1]; scaled by
  // 0.5 about (1, 0) the first line starts at (1, 0) + 0.5 * (-2, 1) = (0, 0.5).
  Rectangle r;
  r.shift(RIGHT);
  CrossArgs args;
  args.scale_factor = 0.5;
  args.cross_stroke_width = 3;
  Cross c(r, args);
  const Line a = c.submobjects()[0].as<Line>();
  expect_vec(a.get_start(), {0, 0.5, 0});
  expect_vec(a.get_end(), {2, -0.5, 0});
  EXPECT_EQ(a.get_stroke_width(), 3);
}

TEST(Underline, AsWideAsTheMobjectAndBuffBelowIt) {
  // Line(LEFT, RIGHT, buff=0.1) runs from -0.9 to 0.9; matched to the square's width 2 it runs
  // from -1 to 1, and next_to(DOWN, buff=0.1) puts it at y = -1 - 0.1.
  Square s;
  Underline u(s);
  expect_vec(u.get_start(), {-1, -1.1, 0});
  expect_vec(u.get_end(), {1, -1.1, 0});
}

TEST(ScreenRectangle, SixteenByNineOfHeightFour) {
  ScreenRectangle r;
  EXPECT_NEAR(r.width(), 4 * 16.0 / 9.0, 1e-12);
  EXPECT_NEAR(r.height(), 4, 1e-12);
  EXPECT_NEAR(r.aspect_ratio(), 16.0 / 9.0, 1e-12);
  r.set_aspect_ratio(1);
  EXPECT_NEAR(r.width(), 4, 1e-12);
  FullScreenRectangle f;
  EXPECT_NEAR(f.height(), config().frame_height, 1e-12);
  EXPECT_NEAR(f.width(), config().frame_height * 16.0 / 9.0, 1e-12);
  EXPECT_NE(error_of([] {
              ScreenRectangleArgs a;
              a.height = std::nan("");
              ScreenRectangle bad(a);
            }).find("ScreenRectangle: height must be finite"),
            std::string::npos);
}

TEST(LabeledLine, LabelBoxedAtTheGivenFraction) {
  // From (-2, 0) to (2, 0), a quarter of the way is (-1, 0); the background and frame are the
  // label's box grown by buff 0.05 on each side: 0.5 + 0.1 wide.
  Square label(0.5);
  LabelArgs a;
  a.label_position = 0.25;
  LabeledLine l(label, LEFT * 2, RIGHT * 2, {}, a);
  const auto kids = l.submobjects();
  ASSERT_EQ(kids.size(), 3u);
  EXPECT_TRUE(kids[0].is<BackgroundRectangle>());
  EXPECT_TRUE(kids[1].is<SurroundingRectangle>());
  EXPECT_TRUE(kids[2] == label);
  expect_vec(label.get_center(), {-1, 0, 0});
  EXPECT_NEAR(kids[0].width(), 0.6, 1e-9);
  EXPECT_NEAR(kids[1].width(), 0.6, 1e-9);
  EXPECT_EQ(kids[1].get_stroke_width(), 0.5);
  EXPECT_DOUBLE_EQ(kids[0].get_fill_opacity(), 1);
  a.label_frame = false;
  EXPECT_EQ(LabeledLine(Square(0.5), LEFT, RIGHT, {}, a).submobjects().size(), 2u);
}

TEST(LabeledArrow, TipFirstThenTheLabelParts) {
  // The arrow keeps its tip as first child; the label sits halfway between the tip-aware ends.
  Square label(0.3);
  LabeledArrow arr(label, LEFT * 3, RIGHT * 3);
  const auto kids = arr.submobjects();
  ASSERT_EQ(kids.size(), 4u);
  EXPECT_TRUE(kids[0].is<ArrowTip>());
  EXPECT_TRUE(arr.is<LabeledLine>());
  expect_vec(label.get_center(), (arr.get_start() + arr.get_end()) / 2.0);
}
