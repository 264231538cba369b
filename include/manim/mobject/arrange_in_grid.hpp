// Mobject.arrange_in_grid of Manim v0.18.0: the submobjects placed in the cells of a grid whose
// row heights and column widths are the tallest / widest member of each row / column (or given),
// then the whole group moved back to where its centre was.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "manim/core/constants.hpp"
#include "manim/mobject/mobject.hpp"

namespace manim {

struct GridOptions {
  // Unset: taken from the alignment strings or size lists, else cols = ceil(sqrt(n)) and
  // rows = ceil(n / cols).
  std::optional<int> rows, cols;
  double buff_x = MED_SMALL_BUFF;  // between columns
  double buff_y = MED_SMALL_BUFF;  // between rows
  Vec3 cell_alignment = ORIGIN;    // used where no row / column alignment string is given
  // One letter per row: 'u' (top), 'c', 'd' (bottom); one per column: 'l', 'c', 'r'.
  std::optional<std::string> row_alignments, col_alignments;
  // Per row / column; an unset entry is measured.
  std::optional<std::vector<std::optional<double>>> row_heights, col_widths;
  // First letter: the direction the submobjects fill first, second: the next line's direction.
  std::string flow_order = "rd";
};

// Throws std::invalid_argument with Manim's ValueError messages ("Too few rows and columns to
// fit all submobjetcs." [sic], "row_alignments has a mismatching size.", ...); a letter outside
// an alignment string's alphabet throws std::out_of_range naming the letter (Manim: KeyError).
Mobject& arrange_in_grid(Mobject& m, const GridOptions& options = {});

}  // namespace manim
