// arrange_in_grid: cell positions worked out by hand from Manim v0.18.0's rules, and its errors.
#include "manim/mobject/arrange_in_grid.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "manim/mobject/vmobject.hpp"

using namespace manim;

namespace {

// A w x h rectangle outline centred at the origin.
VMobject rect(double w, double h) {
  VMobject m;
  m.set_points_as_corners({Vec3(-w / 2, -h / 2, 0), Vec3(w / 2, -h / 2, 0), Vec3(w / 2, h / 2, 0),
                           Vec3(-w / 2, h / 2, 0), Vec3(-w / 2, -h / 2, 0)});
  return m;
}

void expect_center(const Mobject& m, double x, double y) {
  const Vec3 c = m.get_center();
  EXPECT_NEAR(c.x, x, 1e-9);
  EXPECT_NEAR(c.y, y, 1e-9);
  EXPECT_NEAR(c.z, 0, 1e-9);
}

VGroup squares(int n) {
  VGroup g;
  for (int i = 0; i < n; ++i) g.add(rect(1, 1));
  return g;
}

}  // namespace

// Four unit squares: cols = ceil(sqrt 4) = 2, rows 2, cells 1 x 1 with 0.25 between them,
// filled right then down; the group's centre stays at the origin, so the centres are +-0.625.
TEST(ArrangeInGrid, DefaultsMakeASquareGrid) {
  VGroup g = squares(4);
  arrange_in_grid(g);
  expect_center(g[0], -0.625, 0.625);
  expect_center(g[1], 0.625, 0.625);
  expect_center(g[2], -0.625, -0.625);
  expect_center(g[3], 0.625, -0.625);
}

// A (2x1), B (1x1), C (1x2) in a 2x2 grid filled down then right: A top-left, B bottom-left,
// C top-right, bottom-right empty. Row heights 1 (bottom) and 2 (top), column widths 2 and 1,
// buff (0.5, 0.1): bottom row y 0..1, top row y 1.1..3.1, columns x 0..2 and 2.5..3.5.
// Top row aligned up, bottom down; left column left, right column right:
// A spans (0..2, 2.1..3.1), C (2.5..3.5, 1.1..3.1), B (0..1, 0..1). The box (0..3.5, 0..3.1)
// is then centred on the origin: shift (-1.75, -1.55).
TEST(ArrangeInGrid, AlignmentsBuffPairAndFlowOrder) {
  VGroup g;
  g.add(rect(2, 1), rect(1, 1), rect(1, 2));
  GridOptions o;
  o.rows = 2;
  o.cols = 2;
  o.buff_x = 0.5;
  o.buff_y = 0.1;
  o.row_alignments = "ud";
  o.col_alignments = "lr";
  o.flow_order = "dr";
  arrange_in_grid(g, o);
  expect_center(g[0], -0.75, 1.05);
  expect_center(g[1], -1.25, -1.05);
  expect_center(g[2], 1.25, 0.55);
}

// Column widths [2, measured 1], cell alignment LEFT: cells x 0..2 and 2.25..3.25, squares at
// 0..1 and 2.25..3.25, box centre 1.625 -> centres -1.125 and 1.125. The group keeps its centre.
TEST(ArrangeInGrid, GivenWidthsAndCellAlignmentKeepTheGroupCentre) {
  VGroup g = squares(2);
  g.shift(Vec3(1, 2, 0));
  GridOptions o;
  o.col_widths = std::vector<std::optional<double>>{2.0, std::nullopt};
  o.cell_alignment = LEFT;
  arrange_in_grid(g, o);  // cols = 2 from the widths, rows = 1
  expect_center(g[0], 1 - 1.125, 2);
  expect_center(g[1], 1 + 1.125, 2);
}

// rows only: 5 members, 2 rows -> 3 columns; flow "ul": up first, then left, so the first
// member is bottom-right. Unit cells with 0.25 gaps, the box 3.5 x 2.25 centred.
TEST(ArrangeInGrid, RowsGivenAndUpLeftFlow) {
  VGroup g = squares(5);
  GridOptions o;
  o.rows = 2;
  o.flow_order = "ul";
  arrange_in_grid(g, o);
  expect_center(g[0], 1.25, -0.625);
  expect_center(g[1], 1.25, 0.625);
  expect_center(g[2], 0, -0.625);
  expect_center(g[3], 0, 0.625);
  expect_center(g[4], -1.25, -0.625);
}

TEST(ArrangeInGrid, ErrorsAsManimWordsThem) {
  auto message = [](GridOptions o, int n) -> std::string {
    VGroup g = squares(n);
    try {
      arrange_in_grid(g, o);
    } catch (const std::exception& e) {
      return e.what();
    }
    return "no error";
  };
  GridOptions few;
  few.rows = 2;
  few.cols = 2;
  EXPECT_EQ(message(few, 5), "Too few rows and columns to fit all submobjetcs.");
  GridOptions rows;
  rows.rows = 3;
  rows.row_alignments = "uc";
  EXPECT_EQ(message(rows, 3), "row_alignments has a mismatching size.");
  GridOptions widths;
  widths.cols = 2;
  widths.col_widths = std::vector<std::optional<double>>{1.0};
  EXPECT_EQ(message(widths, 2), "col_widths has a mismatching size.");
  GridOptions flow;
  flow.flow_order = "xy";
  EXPECT_NE(message(flow, 2).find("flow_order must be one of the following values"),
            std::string::npos);
  GridOptions letter;
  letter.col_alignments = "lx";
  VGroup g = squares(2);
  EXPECT_THROW(arrange_in_grid(g, letter), std::out_of_range);
  EXPECT_EQ(message(letter, 2),
            "arrange_in_grid: 'x' in col_alignments is not one of 'l', 'c', 'r'");
}
