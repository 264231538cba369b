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
