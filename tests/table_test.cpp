// Table layout against Manim's rules worked by hand: columns as wide as their widest entry,
// h_buff / v_buff apart, centred; lines half a buff outside the entries.
#include <gtest/gtest.h>

#include <stdexcept>

#include "manim/manim.hpp"

using namespace manim;

namespace {
std::vector<std::vector<Mobject>> unit_squares(int rows, int cols) {
  std::vector<std::vector<Mobject>> t(rows);
  for (auto& r : t)
    for (int c = 0; c < cols; ++c) r.push_back(Square(1));
  return t;
}
}  // namespace

TEST(Table, TwoByTwoGridLinesAndCells) {
  Table t(unit_squares(2, 2), {.include_outer_lines = true});
  // Centres at +-(0.5 + 1.3 / 2) horizontally, +-(0.5 + 0.8 / 2) vertically.
  Mobject e11 = t.get_entries({1, 1}), e22 = t.get_entries({2, 2});
  EXPECT_NEAR(e11.get_center().x, -1.15, 1e-9);
  EXPECT_NEAR(e11.get_center().y, 0.9, 1e-9);
  EXPECT_NEAR(e22.get_center().x, 1.15, 1e-9);
  EXPECT_NEAR(e22.get_center().y, -0.9, 1e-9);
  VGroup h = t.get_horizontal_lines(), v = t.get_vertical_lines();
  ASSERT_EQ(h.size(), 3u);  // top, bottom, middle
  ASSERT_EQ(v.size(), 3u);
  EXPECT_NEAR(h[0].get_center().y, 1.4 + 0.4, 1e-9);
  EXPECT_NEAR(h[2].get_center().y, 0, 1e-9);
  EXPECT_NEAR(h[0].get_left().x, -1.65 - 0.65, 1e-9);
  EXPECT_NEAR(v[2].get_center().x, 0, 1e-9);
  EXPECT_NEAR(v[0].get_top().y, 1.8, 1e-9);
  Polygon cell = t.get_cell({1, 2});
  EXPECT_NEAR(cell.get_left().x, 0.65 - 0.65, 1e-9);
  EXPECT_NEAR(cell.get_right().x, 1.65 + 0.65, 1e-9);  // 2.3
  EXPECT_NEAR(cell.get_top().y, 1.8, 1e-9);
  EXPECT_NEAR(cell.get_bottom().y, 0, 1e-9);
  // Scaling scales the buffs too, so cells follow.
  t.scale(2);
  EXPECT_NEAR(t.h_buff(), 2.6, 1e-9);
  EXPECT_NEAR(t.get_cell({1, 2}).get_right().x, 4.6, 1e-9);
}

TEST(Table, LabelsAndEntries) {
  std::vector<Mobject> rows{Square(0.5), Square(0.5)}, cols{Circle(0.25), Circle(0.25)};
  Table t(unit_squares(2, 2), {.row_labels = rows, .col_labels = cols});
  EXPECT_EQ(t.get_rows().size(), 3u);
  EXPECT_EQ(t.get_columns().size(), 3u);
  EXPECT_EQ(t.get_entries().size(), 8u);  // the empty corner is left out
  EXPECT_EQ(t.get_entries_without_labels().size(), 4u);
  EXPECT_EQ(t.get_labels().size(), 4u);
  EXPECT_TRUE(t.get_entries({1, 2}) == cols[0]);
  EXPECT_TRUE(t.get_entries({2, 1}) == rows[0]);
  // Row labels share their row's centre line; the column label sits above its column.
  EXPECT_NEAR(rows[0].get_center().y, t.get_entries_without_labels({1, 1}).get_center().y, 1e-9);
  EXPECT_NEAR(cols[1].get_center().x, t.get_entries_without_labels({1, 2}).get_center().x, 1e-9);
  t.set_row_colors({RED});
  EXPECT_EQ(cols[0].get_color(), RED);
}

TEST(Table, BadInputAndBigTables) {
  std::vector<std::vector<Mobject>> ragged{{Square()}, {Square(), Square()}};
  EXPECT_THROW(Table(ragged, {}), std::invalid_argument);
  try {
    Table(ragged, {});
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("same length"), std::string::npos);
  }
  EXPECT_THROW(Table(unit_squares(1, 1), {}).get_cell({2, 1}), std::out_of_range);
  Table big(unit_squares(50, 50), {});
  EXPECT_EQ(big.get_entries().size(), 2500u);
  EXPECT_EQ(big.get_horizontal_lines().size(), 49u);
}

// The layout measures each entry once and moves its box with it: the lines must still sit
// where measuring the finished rows and columns puts them (Manim's _add_*_lines), for entries
// of mixed sizes, a corner alignment, labels and an empty entry.
TEST(Table, LinesSitBetweenMeasuredRowsAndColumns) {
  std::vector<std::vector<Mobject>> cells{
      {Square(0.4), Circle(1.1), Dot()},
      {Rectangle({.width = 2.5, .height = 0.3}), Square(1.6), Triangle()},
      {VMobject(), Star(), Square(0.2).shift(3 * UP)}};
  TableArgs a;
  a.include_outer_lines = true;
  a.cell_alignment = UL;
  a.row_labels = std::vector<Mobject>{Square(0.3), Square(0.5), Square(0.7)};
  a.col_labels = std::vector<Mobject>{Circle(0.2), Circle(0.4), Circle(0.6)};
  a.h_buff = 0.9;
  a.v_buff = 0.45;
  Table t(cells, a);
  EXPECT_NEAR(t.get_center().x, 0, 1e-12);
  EXPECT_NEAR(t.get_center().y, 0, 1e-12);
  const VGroup rows = t.get_rows(), cols = t.get_columns();
  const VGroup h = t.get_horizontal_lines(), v = t.get_vertical_lines();
  ASSERT_EQ(h.size(), 2u + 3u);  // outer two, then between 4 rows
  ASSERT_EQ(v.size(), 2u + 3u);
  EXPECT_NEAR(h[0].get_center().y, rows[0].get_top().y + 0.45 / 2, 1e-12);
  EXPECT_NEAR(h[1].get_center().y, rows[-1].get_bottom().y - 0.45 / 2, 1e-12);
  for (long k = 0; k < 3; ++k)
    EXPECT_NEAR(h[2 + k].get_center().y, (rows[k].get_bottom().y + rows[k + 1].get_top().y) / 2,
                1e-12);
  EXPECT_NEAR(v[0].get_center().x, cols[0].get_left().x - 0.45, 1e-12);
  EXPECT_NEAR(v[1].get_center().x, cols[-1].get_right().x + 0.45, 1e-12);
  for (long k = 0; k < 3; ++k)
    EXPECT_NEAR(v[2 + k].get_center().x, (cols[k].get_right().x + cols[k + 1].get_left().x) / 2,
                1e-12);
  // Every line spans the entries and half a buff more.
  const VGroup entries = t.get_entries();
  EXPECT_NEAR(h[3].get_left().x, entries.get_left().x - 0.45, 1e-12);
  EXPECT_NEAR(v[3].get_top().y, entries.get_top().y + 0.225, 1e-12);
  // Each entry's upper left corner is its cell's (UL alignment): row 2 (first data row), its
  // label at the left edge of the columns' first cell.
  const Mobject e = t.get_entries({2, 3});
  EXPECT_NEAR(e.get_top().y, rows[1].get_top().y, 1e-12);
  EXPECT_NEAR(e.get_left().x, cols[2].get_left().x, 1e-12);
}
