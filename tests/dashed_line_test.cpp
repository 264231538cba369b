// DashedLine against docs/manim_facts.md §4: dash counts, dash and gap lengths, positions.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <gtest/gtest.h>

#include <stdexcept>

#include "manim/manim.hpp"

using namespace manim;

namespace {

double dash_len(const Mobject& d) { return (d.points().back() - d.points().front()).norm(); }

}  // namespace

TEST(DashedLine, CountsTable) {
  struct Row {
    double length, dash_length;
    std::size_t n;
    double dash, gap;
  };
  const Row rows[] = {
      {5, 0.15, 17, 0.147059, 0.156250}, {2, 0.05, 20, 0.05, 0.052632},
      {1, 0.05, 10, 0.05, 0.055556},     {1, 0.1, 5, 0.1, 0.125},
      {3, 0.2, 8, 0.1875, 0.214286},     {2.2, 0.15, 8, 0.1375, 0.157143},
      {0.1, 0.05, 2, 0.025, 0.05},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.length);
    DashedLine d(ORIGIN, RIGHT * r.length, {.dash_length = r.dash_length});
    EXPECT_FALSE(d.has_points());
    ASSERT_EQ(d.size(), r.n);
    for (const Mobject& dash : d) {
      ASSERT_EQ(dash.get_num_points(), 4u);
      EXPECT_NEAR(dash_len(dash), r.dash, 1e-6);
    }
    EXPECT_NEAR(d[1].points().front().x - d[0].points().back().x, r.gap, 1e-6);
    EXPECT_NEAR(d[0].points().front().x, 0, 1e-12);
    EXPECT_NEAR(d[-1].points().back().x, r.length, 1e-12);
  }
}

TEST(DashedLine, VerticalExamplePositions) {
  DashedLine d(UP * 2.5, DOWN * 2.5, {.dash_length = 0.15});
  ASSERT_EQ(d.size(), 17u);
  EXPECT_NEAR(d[0].points().front().y, 2.5, 1e-9);
  EXPECT_NEAR(d[0].points().back().y, 2.352941, 1e-6);
  EXPECT_NEAR(d[1].points().front().y, 2.196691, 1e-6);
  EXPECT_NEAR(d[1].points().back().y, 2.049632, 1e-6);
  EXPECT_NEAR(d[16].points().front().y, -2.352941, 1e-6);
  EXPECT_NEAR(d[16].points().back().y, -2.5, 1e-9);
  EXPECT_NEAR(d.get_start().y, 2.5, 1e-12);
  EXPECT_NEAR(d.get_end().y, -2.5, 1e-12);
  EXPECT_NEAR(d.get_length(), 5, 1e-12);
}

TEST(DashedLine, DefaultStyleAndBuff) {
  DashedLine d;
  ASSERT_EQ(d.size(), 20u);
  EXPECT_EQ(d.node().lineage, "/Mobject/VMobject/TipableVMobject/Line/DashedLine/");
  DashedLine red(LEFT, RIGHT, {.color = RED, .stroke_width = 2});
  for (const Mobject& dash : red) {
    EXPECT_EQ(dash.get_stroke_color().to_hex(), RED.to_hex());
    EXPECT_DOUBLE_EQ(dash.node().style.stroke_width, 2);
  }
  // buff trims first: L = 3 - 2 * 0.5 = 2 gives the default 20 dashes.
  DashedLine b(ORIGIN, RIGHT * 3, {.buff = 0.5});
  EXPECT_EQ(b.size(), 20u);
  EXPECT_NEAR(b.get_start().x, 0.5, 1e-12);
  EXPECT_NEAR(b.get_end().x, 2.5, 1e-12);
  EXPECT_THROW(DashedLine(LEFT, RIGHT, {.dash_length = 0}), std::invalid_argument);
  EXPECT_THROW(DashedLine(LEFT, RIGHT, {.dashed_ratio = 1.5}), std::invalid_argument);
}
