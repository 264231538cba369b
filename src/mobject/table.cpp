// Table: Manim's layout. The entries (with labels) are arranged in a grid whose columns are as
// wide as their widest entry and rows as tall as their tallest, h_buff / v_buff apart, each
// entry centred in its cell; the whole is centred, then the lines go half a buff outside the
// rows / columns (docs/graphing.md).
#include "manim/mobject/table.hpp"

#include <algorithm>
#include <stdexcept>

#include "manim/mobject/numbers.hpp"
#include "manim/mobject/paragraph.hpp"
#include "manim/mobject/tex.hpp"
#include "manim/mobject/text.hpp"
#include "mobject/family.hpp"
#include "mobject/geometry/geometry_internal.hpp"

namespace manim {

namespace {

struct TableNode : detail::MobjectNode {
  // mob_table: rows of entries, labels included (null: the empty top-left corner).
  std::vector<std::vector<std::shared_ptr<detail::MobjectNode>>> mob_table;
  std::vector<std::shared_ptr<detail::MobjectNode>> without_labels, row_labels, col_labels;
  std::shared_ptr<detail::MobjectNode> top_left, elements, hlines, vlines;
  double h_buff = 1.3, v_buff = 0.8;
  std::shared_ptr<detail::MobjectNode> clone_self() const override {
    return std::make_shared<TableNode>(*this);
  }
  bool scale_override(const std::shared_ptr<MobjectNode>&, double factor, const About&) override {
    h_buff *= factor;
    v_buff *= factor;
    return false;
  }
};

TableNode& table_node(detail::MobjectNode& n) {
  auto* p = dynamic_cast<TableNode*>(&n);
  if (!p) throw std::logic_error(n.kind + ": expected a Table node");
  return *p;
}

VGroup group_of(const std::vector<std::shared_ptr<detail::MobjectNode>>& nodes) {
  VGroup g;
  for (const auto& n : nodes)
    if (n) g.add(Mobject(n));
  return g;
}

}  // namespace

Table::Table(const std::vector<std::vector<Mobject>>& table, const TableArgs& a)
    : VGroup(geom::make_vmobject_node<TableNode>(), Mobject::Unchecked{}) {
  detail::set_kind(node(), "VGroup");
  detail::set_kind(node(), "Table");
  if (table.empty() || table[0].empty())
    throw std::invalid_argument("Table: the table is empty; pass at least one row with one entry");
  for (std::size_t r = 0; r < table.size(); ++r)
    if (table[r].size() != table[0].size())
      throw std::invalid_argument("Table: not all rows in table have the same length (row 1 has " +
                                  std::to_string(table[0].size()) + " entries, row " +
                                  std::to_string(r + 1) + " has " +
                                  std::to_string(table[r].size()) + ")");
  if (!(a.h_buff >= 0) || !(a.v_buff >= 0))
    throw std::invalid_argument("Table: h_buff and v_buff must be >= 0");
  auto& n = table_node(node());
  n.h_buff = a.h_buff;
  n.v_buff = a.v_buff;
  for (const auto& row : table) {
    std::vector<std::shared_ptr<detail::MobjectNode>> r;
    for (const auto& m : row) {
      r.push_back(m.node_ptr());
      n.without_labels.push_back(m.node_ptr());
    }
    n.mob_table.push_back(std::move(r));
  }
  // Labels: a row label in front of each row, then the column labels (after the top-left
  // entry, or an empty corner, when there are row labels) as a new first row.
  if (a.row_labels) {
    if (a.row_labels->size() > n.mob_table.size())
      throw std::invalid_argument("Table: " + std::to_string(a.row_labels->size()) +
                                  " row_labels for " + std::to_string(n.mob_table.size()) +
                                  " rows");
    for (std::size_t k = 0; k < a.row_labels->size(); ++k) {
      n.row_labels.push_back((*a.row_labels)[k].node_ptr());
      n.mob_table[k].insert(n.mob_table[k].begin(), (*a.row_labels)[k].node_ptr());
    }
  }
  if (a.col_labels) {
    std::vector<std::shared_ptr<detail::MobjectNode>> first;
    if (a.row_labels) {
      if (a.top_left_entry) {
        n.top_left = a.top_left_entry->node_ptr();
        first.push_back(n.top_left);
      } else {
        first.push_back(nullptr);
      }
    }
    for (const auto& c : *a.col_labels) {
      n.col_labels.push_back(c.node_ptr());
      first.push_back(c.node_ptr());
    }
    if (first.size() != n.mob_table[0].size())
      throw std::invalid_argument("Table: " + std::to_string(a.col_labels->size()) +
                                  " col_labels for " + std::to_string(table[0].size()) +
                                  " columns");
    n.mob_table.insert(n.mob_table.begin(), std::move(first));
  }
  for (const auto& row : n.mob_table)
    if (row.size() != n.mob_table[0].size())
      throw std::invalid_argument(
          "Table: row_labels must label every row (got fewer labels "
          "than rows)");

  // arrange_in_grid(rows, cols, buff=(h_buff, v_buff)): cell sizes from the largest entries.
  const std::size_t rows = n.mob_table.size(), cols = n.mob_table[0].size();
  std::vector<double> heights(rows, 0), widths(cols, 0);
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t c = 0; c < cols; ++c)
      if (auto& e = n.mob_table[r][c]) {
        Mobject m(e);
        heights[r] = std::max(heights[r], m.height());
        widths[c] = std::max(widths[c], m.width());
      }
  // Each entry's box is measured once and then moved with it (a shift moves a box's corners
  // exactly as it moves the points), so the rows', columns' and table's boxes below are unions
  // of these instead of walks over thousands of glyphs. `group` is the box as a vectorized
  // group sees the entry (anchors only), the one the rows and the table are measured by.
  std::vector<std::vector<detail::Box>> group(rows, std::vector<detail::Box>(cols));
  auto unite = [](detail::Box& into, const detail::Box& b) {
    if (b.empty) return;
    if (into.empty) {
      into = b;
      return;
    }
    for (std::size_t i = 0; i < 3; ++i) {
      into.min[i] = std::min(into.min[i], b.min[i]);
      into.max[i] = std::max(into.max[i], b.max[i]);
    }
  };
  auto moved = [](detail::Box& b, const Vec3& v) {
    if (!b.empty) b.min += v, b.max += v;
  };
  double y = 0;
  for (std::size_t r = 0; r < rows; ++r) {
    double x = 0;
    for (std::size_t c = 0; c < cols; ++c) {
      if (auto& e = n.mob_table[r][c]) {
        detail::MobjectNode holder;
        holder.vectorized = true;
        holder.submobjects = {e};
        group[r][c] = detail::anchor_box(holder);
        const detail::Box own = e->vectorized ? group[r][c] : detail::anchor_box(*e);
        // move_to(Line(cell UL, cell DR), alignment): the cell box's critical point.
        const Vec3 ul{x, y, 0}, dr{x + widths[c], y - heights[r], 0};
        const Vec3 target{(ul.x + dr.x) / 2 + a.cell_alignment.x * (dr.x - ul.x) / 2,
                          (ul.y + dr.y) / 2 + a.cell_alignment.y * (ul.y - dr.y) / 2, 0};
        Vec3 from{};
        if (!own.empty)
          for (std::size_t i = 0; i < 3; ++i)
            from[i] = a.cell_alignment[i] < 0   ? own.min[i]
                      : a.cell_alignment[i] > 0 ? own.max[i]
                                                : (own.min[i] + own.max[i]) / 2;
        const Vec3 delta = target - from;
        Mobject(e).shift(delta);
        moved(group[r][c], delta);
      }
      x += widths[c] + a.h_buff;
    }
    y -= heights[r] + a.v_buff;
  }

  VGroup elements;
  std::vector<Mobject> flat;
  for (const auto& row : n.mob_table)
    for (const auto& e : row)
      if (e) flat.emplace_back(e);
  elements.add(flat);
  n.elements = elements.node_ptr();
  add(elements);
  // center(): the table holds only the entries so far.
  detail::Box all;
  for (const auto& row : group)
    for (const auto& b : row) unite(all, b);
  if (!all.empty) {
    const Vec3 delta = -((all.min + all.max) / 2);
    shift(delta);
    for (auto& row : group)
      for (auto& b : row) moved(b, delta);
    moved(all, delta);
  }
  std::vector<detail::Box> row_box(rows), col_box(cols);
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t c = 0; c < cols; ++c) {
      unite(row_box[r], group[r][c]);
      unite(col_box[c], group[r][c]);
    }
  auto top = [](const detail::Box& b) { return b.empty ? 0.0 : b.max.y; };
  auto bottom = [](const detail::Box& b) { return b.empty ? 0.0 : b.min.y; };
  auto left_of = [](const detail::Box& b) { return b.empty ? 0.0 : b.min.x; };
  auto right_of = [](const detail::Box& b) { return b.empty ? 0.0 : b.max.x; };

  const LineArgs& lc = a.line_config;
  VGroup hlines, vlines;
  std::vector<Mobject> hl, vl;
  {
    const double left = left_of(all) - 0.5 * a.h_buff, right = right_of(all) + 0.5 * a.h_buff;
    auto hline = [&](double yy) { hl.push_back(Line({left, yy, 0}, {right, yy, 0}, lc)); };
    if (a.include_outer_lines) {
      hline(top(row_box.front()) + 0.5 * a.v_buff);
      hline(bottom(row_box.back()) - 0.5 * a.v_buff);
    }
    for (std::size_t k = 0; k + 1 < rows; ++k) {
      const double t = top(row_box[k + 1]);
      hline(t + 0.5 * (bottom(row_box[k]) - t));
    }
  }
  {
    const double t = top(all) + 0.5 * a.v_buff;
    const double b = bottom(all) - 0.5 * a.v_buff;
    auto vline = [&](double xx, bool down) {
      vl.push_back(down ? Line({xx, t, 0}, {xx, b, 0}, lc) : Line({xx, b, 0}, {xx, t, 0}, lc));
    };
    if (a.include_outer_lines) {
      vline(left_of(col_box.front()) - 0.5 * a.h_buff, true);
      vline(right_of(col_box.back()) + 0.5 * a.h_buff, true);
    }
    for (std::size_t k = 0; k + 1 < cols; ++k) {
      const double l = left_of(col_box[k + 1]);
      vline(l + 0.5 * (right_of(col_box[k]) - l), false);
    }
  }
  // Manim adds every line to the table one by one, horizontal ones first.
  hlines.add(hl);
  add(hl);
  vlines.add(vl);
  add(vl);
  n.hlines = hlines.node_ptr();
  n.vlines = vlines.node_ptr();
  if (a.add_background_rectangles_to_entries) add_background_to_entries(a.entries_background_color);
  if (a.include_background_rectangle) {
    BackgroundRectangle bg(*this, {.color = a.background_rectangle_color, .fill_opacity = 0.75});
    add_to_back({bg});
  }
}

Table::Table(const std::vector<std::vector<std::string>>& table, const TableArgs& a,
             const std::function<Mobject(const std::string&)>& element_to_mobject)
    : Table(
          [&] {
            std::vector<std::vector<Mobject>> mobs;
            for (const auto& row : table) {
              std::vector<Mobject> r;
              for (const auto& s : row)
                r.push_back(element_to_mobject ? element_to_mobject(s) : Mobject(Paragraph({s})));
              mobs.push_back(std::move(r));
            }
            return mobs;
          }(),
          a) {}

VGroup Table::get_rows() const {
  VGroup out;
  for (const auto& row : table_node(node()).mob_table) out.add(group_of(row));
  return out;
}

VGroup Table::get_columns() const {
  const auto& t = table_node(node()).mob_table;
  VGroup out;
  for (std::size_t c = 0; c < t[0].size(); ++c) {
    std::vector<std::shared_ptr<detail::MobjectNode>> col;
    for (const auto& row : t) col.push_back(row[c]);
    out.add(group_of(col));
  }
  return out;
}

VGroup Table::get_entries() const { return Mobject(table_node(node()).elements).as<VGroup>(); }

Mobject Table::get_entries(std::pair<int, int> pos) const {
  const auto& n = table_node(node());
  const long cols = static_cast<long>(n.mob_table[0].size());
  // Without a top-left object the flattened list lacks the corner.
  const bool corner_missing = !n.row_labels.empty() && !n.col_labels.empty() && !n.top_left;
  const long index = cols * (pos.first - 1) + pos.second - (corner_missing ? 2 : 1);
  const VGroup e = get_entries();
  if (pos.first < 1 || pos.second < 1 || index < 0 || index >= static_cast<long>(e.size()))
    throw std::out_of_range("Table.get_entries: position (" + std::to_string(pos.first) + ", " +
                            std::to_string(pos.second) + ") is outside the table");
  return e[index];
}

VGroup Table::get_entries_without_labels() const {
  return group_of(table_node(node()).without_labels);
}

Mobject Table::get_entries_without_labels(std::pair<int, int> pos) const {
  const auto& n = table_node(node());
  const long col_dim = static_cast<long>(n.mob_table[0].size()) - (n.row_labels.empty() ? 0 : 1);
  const long index = col_dim * (pos.first - 1) + pos.second - 1;
  if (pos.first < 1 || pos.second < 1 || pos.second > col_dim ||
      index >= static_cast<long>(n.without_labels.size()))
    throw std::out_of_range("Table.get_entries_without_labels: position (" +
                            std::to_string(pos.first) + ", " + std::to_string(pos.second) +
                            ") is outside the table");
  return Mobject(n.without_labels[index]);
}

VGroup Table::get_row_labels() const { return group_of(table_node(node()).row_labels); }
VGroup Table::get_col_labels() const { return group_of(table_node(node()).col_labels); }

VGroup Table::get_labels() const {
  const auto& n = table_node(node());
  VGroup g;
  if (n.top_left) g.add(Mobject(n.top_left));
  for (const auto& c : n.col_labels) g.add(Mobject(c));
  for (const auto& r : n.row_labels) g.add(Mobject(r));
  return g;
}

VGroup Table::get_horizontal_lines() const {
  return Mobject(table_node(node()).hlines).as<VGroup>();
}
VGroup Table::get_vertical_lines() const { return Mobject(table_node(node()).vlines).as<VGroup>(); }

Table& Table::set_row_colors(const std::vector<Color>& colors) {
  VGroup rows = get_rows();
  for (std::size_t i = 0; i < colors.size() && i < rows.size(); ++i)
    rows[static_cast<long>(i)].set_color(colors[i]);
  return *this;
}

Table& Table::set_column_colors(const std::vector<Color>& colors) {
  VGroup cols = get_columns();
  for (std::size_t i = 0; i < colors.size() && i < cols.size(); ++i)
    cols[static_cast<long>(i)].set_color(colors[i]);
  return *this;
}

Polygon Table::get_cell(std::pair<int, int> pos, const StyleArgs& style) const {
  const auto& n = table_node(node());
  const VGroup rows = get_rows(), cols = get_columns();
  if (pos.first < 1 || pos.second < 1 || pos.first > static_cast<int>(rows.size()) ||
      pos.second > static_cast<int>(cols.size()))
    throw std::out_of_range("Table.get_cell: position (" + std::to_string(pos.first) + ", " +
                            std::to_string(pos.second) + ") is outside the " +
                            std::to_string(rows.size()) + " x " + std::to_string(cols.size()) +
                            " table");
  const Mobject row = rows[pos.first - 1], col = cols[pos.second - 1];
  const double l = col.get_left().x - n.h_buff / 2, r = col.get_right().x + n.h_buff / 2;
  const double t = row.get_top().y + n.v_buff / 2, b = row.get_bottom().y - n.v_buff / 2;
  return Polygon({{l, t, 0}, {r, t, 0}, {r, b, 0}, {l, b, 0}}, style);
}

BackgroundRectangle Table::get_highlighted_cell(std::pair<int, int> pos, const Color& color) const {
  return BackgroundRectangle(get_cell(pos), {.color = color, .fill_opacity = 0.75});
}

Table& Table::add_highlighted_cell(std::pair<int, int> pos, const Color& color) {
  add_to_back({get_highlighted_cell(pos, color)});
  return *this;
}

Table& Table::add_background_to_entries(const Color& color) {
  for (Mobject m : get_entries()) {
    BackgroundRectangle bg(m, {.color = color, .fill_opacity = 0.75});
    m.add_to_back({bg});
  }
  return *this;
}

double Table::h_buff() const { return table_node(node()).h_buff; }
double Table::v_buff() const { return table_node(node()).v_buff; }

Table MathTable(const std::vector<std::vector<std::string>>& table, const TableArgs& a) {
  return Table(table, a, [](const std::string& s) -> Mobject { return MathTex(s); });
}

Table IntegerTable(const std::vector<std::vector<double>>& table, const TableArgs& a) {
  std::vector<std::vector<Mobject>> mobs;
  for (const auto& row : table) {
    std::vector<Mobject> r;
    for (double v : row) r.push_back(Integer(std::lround(v)));
    mobs.push_back(std::move(r));
  }
  return Table(mobs, a);
}

Table DecimalTable(const std::vector<std::vector<double>>& table, const TableArgs& a,
                   int num_decimal_places) {
  std::vector<std::vector<Mobject>> mobs;
  for (const auto& row : table) {
    std::vector<Mobject> r;
    for (double v : row) r.push_back(DecimalNumber(v, {.num_decimal_places = num_decimal_places}));
    mobs.push_back(std::move(r));
  }
  return Table(mobs, a);
}

}  // namespace manim
