// Mobject.arrange_in_grid with Manim v0.18.0's rules: rows and columns from the options (or as
// square as possible, columns first), the grid filled bottom-up in the flow order, each cell as
// tall as its row and as wide as its column, each member aligned in its cell by its row's and
// column's alignment, then the group moved back to its old centre.
#include "manim/mobject/arrange_in_grid.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace manim {
namespace {

// rows / cols given, else the length of the alignment string, else of the size list.
std::optional<int> implied_size(const std::optional<int>& n, const std::optional<std::string>& al,
                                const std::optional<std::vector<std::optional<double>>>& sizes) {
  if (n) return n;
  if (al) return static_cast<int>(al->size());
  if (sizes) return static_cast<int>(sizes->size());
  return std::nullopt;
}

// One alignment vector per row (or column): the letters mapped, or the cell alignment's
// component along `axis` when no string is given.
std::vector<Vec3> alignments(const std::optional<std::string>& letters, int n, const Vec3& cell,
                             bool row, const char* name) {
  if (!letters) {
    // Manim: cell_alignment * RIGHT for rows, * UP for columns.
    const Vec3 v = row ? Vec3(cell.x, 0, 0) : Vec3(0, cell.y, 0);
    return std::vector<Vec3>(static_cast<std::size_t>(n), v);
  }
  if (static_cast<int>(letters->size()) != n)
    throw std::invalid_argument(std::string(name) + "_alignments has a mismatching size.");
  std::vector<Vec3> out;
  for (char ch : *letters) {
    if (row ? ch == 'u' : ch == 'r')
      out.push_back(row ? UP : RIGHT);
    else if (row ? ch == 'd' : ch == 'l')
      out.push_back(row ? DOWN : LEFT);
    else if (ch == 'c')
      out.push_back(ORIGIN);
    else
      throw std::out_of_range(std::string("arrange_in_grid: '") + ch + "' in " + name +
                              "_alignments is not one of " +
                              (row ? "'u', 'c', 'd'" : "'l', 'c', 'r'"));
  }
  return out;
}

// Given sizes with the measured ones filling the gaps.
std::vector<double> sizes(const std::optional<std::vector<std::optional<double>>>& given,
                          const std::vector<double>& measured, const char* name) {
  if (!given) return measured;
  if (given->size() != measured.size())
    throw std::invalid_argument(std::string(name) + " has a mismatching size.");
  std::vector<double> out(measured.size());
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = (*given)[i].value_or(measured[i]);
  return out;
}

}  // namespace

Mobject& arrange_in_grid(Mobject& m, const GridOptions& o) {
  const std::vector<Mobject> mobs = m.submobjects();
  const int n = static_cast<int>(mobs.size());
  const Vec3 start = m.get_center();

  std::optional<int> cols = implied_size(o.cols, o.col_alignments, o.col_widths);
  std::optional<int> rows = implied_size(o.rows, o.row_alignments, o.row_heights);
  if (!rows && !cols) cols = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n))));
  if ((rows && *rows <= 0) || (cols && *cols <= 0)) {
    if (n > 0) throw std::invalid_argument("Too few rows and columns to fit all submobjetcs.");
  }
  if (!rows) rows = *cols > 0 ? (n + *cols - 1) / *cols : 0;
  if (!cols) cols = *rows > 0 ? (n + *rows - 1) / *rows : 0;
  const int R = *rows, C = *cols;
  if (R * C < n) throw std::invalid_argument("Too few rows and columns to fit all submobjetcs.");

  // Row alignments carry the cell alignment's x, column alignments its y, as in Manim (the
  // sum of the two is the cell alignment when neither string is given).
  std::vector<Vec3> row_al = alignments(o.row_alignments, R, o.cell_alignment, true, "row");
  std::vector<Vec3> col_al = alignments(o.col_alignments, C, o.cell_alignment, false, "col");

  // index of the submobject in cell (r, c), r counted from the bottom row.
  auto index = [&](int r, int c) -> long {
    const std::string& f = o.flow_order;
    if (f == "dr") return (R - r - 1) + c * R;
    if (f == "dl") return (R - r - 1) + (C - c - 1) * R;
    if (f == "ur") return r + c * R;
    if (f == "ul") return r + (C - c - 1) * R;
    if (f == "rd") return (R - r - 1) * C + c;
    if (f == "ld") return (R - r - 1) * C + (C - c - 1);
    if (f == "ru") return r * C + c;
    if (f == "lu") return r * C + (C - c - 1);
    return -2;
  };
  if (index(0, 0) == -2)
    throw std::invalid_argument(
        "flow_order must be one of the following values: \"dr\", \"rd\", \"ld\" \"dl\", \"ru\", "
        "\"ur\", \"lu\", \"ul\".");
  // -1: an empty cell (Manim's placeholder Mobject, zero size, never moved).
  auto cell = [&](int r, int c) -> long {
    const long i = index(r, c);
    return i < n ? i : -1;
  };
  std::reverse(row_al.begin(), row_al.end());  // the grid is filled bottom-up
  std::optional<std::vector<std::optional<double>>> row_heights = o.row_heights;
  if (row_heights) std::reverse(row_heights->begin(), row_heights->end());

  std::vector<double> measured_h(static_cast<std::size_t>(R), 0.0);
  std::vector<double> measured_w(static_cast<std::size_t>(C), 0.0);
  for (int r = 0; r < R; ++r)
    for (int c = 0; c < C; ++c)
      if (long i = cell(r, c); i >= 0) {
        measured_h[r] = std::max(measured_h[r], mobs[i].height());
        measured_w[c] = std::max(measured_w[c], mobs[i].width());
      }
  const std::vector<double> heights = sizes(row_heights, measured_h, "row_heights");
  const std::vector<double> widths = sizes(o.col_widths, measured_w, "col_widths");

  double y = 0;
  for (int r = 0; r < R; ++r) {
    double x = 0;
    for (int c = 0; c < C; ++c) {
      if (long i = cell(r, c); i >= 0) {
        const Vec3 a = row_al[r] + col_al[c];
        // The cell's critical point in direction a (the box from (x, y) to (x+w, y+h)).
        auto pick = [](double lo, double len, double d) {
          return d < 0 ? lo : d > 0 ? lo + len : lo + len / 2;
        };
        const Vec3 target(pick(x, widths[c], a.x), pick(y, heights[r], a.y), 0.0);
        Mobject mob = mobs[i];
        mob.move_to(target, a);
      }
      x += widths[c] + o.buff_x;
    }
    y += heights[r] + o.buff_y;
  }
  m.move_to(start);
  return m;
}

}  // namespace manim
