// Manim CE's Table family (manim/mobject/table.py): entries arranged in a grid with Manim's
// h_buff / v_buff, optional row / column labels and top-left entry, and the separating lines.
//   Table({{"1", "2"}, {"3", "4"}}, {.include_outer_lines = true})
//   MobjectTable({{Circle(), Square()}, {Square(), Circle()}})
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "manim/mobject/geometry.hpp"

namespace manim {

struct TableArgs {
  std::optional<std::vector<Mobject>> row_labels{};
  std::optional<std::vector<Mobject>> col_labels{};
  std::optional<Mobject> top_left_entry{};
  double v_buff = 0.8;
  double h_buff = 1.3;
  bool include_outer_lines = false;
  bool add_background_rectangles_to_entries = false;
  Color entries_background_color = BLACK;
  bool include_background_rectangle = false;
  Color background_rectangle_color = BLACK;
  // arrange_in_grid_config["cell_alignment"] (Manim's default ORIGIN: centred in the cell).
  Vec3 cell_alignment = ORIGIN;
  LineArgs line_config{};  // style of the separating lines (Line's defaults: white, width 4)
};

class Table : public VGroup {
 public:
  // Entries already made (Manim's MobjectTable); every row must have the same length.
  explicit Table(const std::vector<std::vector<Mobject>>& table, const TableArgs& a = {});
  // Strings made into mobjects by `element_to_mobject` (unset: Paragraph, as Manim).
  Table(const std::vector<std::vector<std::string>>& table, const TableArgs& a,
        const std::function<Mobject(const std::string&)>& element_to_mobject = {});
  MANIM_HANDLE(Table, VGroup)

  VGroup get_rows() const;     // one VGroup per row, labels included
  VGroup get_columns() const;  // one VGroup per column, labels included
  // All entries (labels included, an empty top-left corner left out).
  VGroup get_entries() const;
  // The entry at (row, col), counted from (1, 1) at the top left, labels included.
  Mobject get_entries(std::pair<int, int> pos) const;
  VGroup get_entries_without_labels() const;
  Mobject get_entries_without_labels(std::pair<int, int> pos) const;
  VGroup get_row_labels() const;
  VGroup get_col_labels() const;
  VGroup get_labels() const;  // top-left entry, column labels, row labels
  VGroup get_horizontal_lines() const;
  VGroup get_vertical_lines() const;
  Table& set_row_colors(const std::vector<Color>& colors);
  Table& set_column_colors(const std::vector<Color>& colors);
  // The cell at pos as a rectangle reaching half a buff beyond its row and column.
  Polygon get_cell(std::pair<int, int> pos = {1, 1}, const StyleArgs& style = {}) const;
  BackgroundRectangle get_highlighted_cell(std::pair<int, int> pos = {1, 1},
                                           const Color& color = YELLOW) const;
  Table& add_highlighted_cell(std::pair<int, int> pos = {1, 1}, const Color& color = YELLOW);
  Table& add_background_to_entries(const Color& color = BLACK);
  // Current buffs: scaling the table scales them too (Manim's Table.scale), so get_cell
  // stays right.
  double h_buff() const;
  double v_buff() const;
};

// Table with MathTex entries (Manim's MathTable).
Table MathTable(const std::vector<std::vector<std::string>>& table, const TableArgs& a = {});
// Table of Integer / DecimalNumber entries (DecimalTable: 1 decimal place by default).
Table IntegerTable(const std::vector<std::vector<double>>& table, const TableArgs& a = {});
Table DecimalTable(const std::vector<std::vector<double>>& table, const TableArgs& a = {},
                   int num_decimal_places = 1);

}  // namespace manim
