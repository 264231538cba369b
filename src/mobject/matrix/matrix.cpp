// Matrix layout. The brackets are drawn as Computer Modern's "[" glyph would
// be: a filled bracket whose stem and arm thickness, width and natural height (1.2 em per row
// of Manim's bracket array) reproduce Manim's measured brackets, split into TeX's pieces
// (one glyph up to 2 rows; top, extenders and bottom from 3 rows on).
#include "manim/mobject/matrix.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "mobject/family.hpp"
#include "mobject/svg/svg_mobject.hpp"

namespace manim {

std::string python_float_str(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (v == 0) return std::signbit(v) ? "-0.0" : "0.0";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string sci(buf, r.ptr);  // "-1.2345e+02": shortest round-trip digits
  bool neg = sci[0] == '-';
  if (neg) sci.erase(0, 1);
  auto e = sci.find('e');
  int exp = std::stoi(sci.substr(e + 1));
  std::string digits = sci.substr(0, e);
  digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
  std::string out;
  if (exp < -4 || exp >= 16) {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
    out += eb;
  } else if (exp < 0) {
    out = "0." + std::string(static_cast<std::size_t>(-exp - 1), '0') + digits;
  } else {
    auto ip = static_cast<std::size_t>(exp + 1);
    if (digits.size() <= ip)
      out = digits + std::string(ip - digits.size(), '0') + ".0";
    else
      out = digits.substr(0, ip) + "." + digits.substr(ip);
  }
  return neg ? "-" + out : out;
}

MatrixEntry::MatrixEntry(int v) : tex(std::to_string(v)), value(v), numeric(true) {}
MatrixEntry::MatrixEntry(long v)
    : tex(std::to_string(v)), value(static_cast<double>(v)), numeric(true) {}
MatrixEntry::MatrixEntry(long long v)
    : tex(std::to_string(v)), value(static_cast<double>(v)), numeric(true) {}
MatrixEntry::MatrixEntry(double v) : tex(python_float_str(v)), value(v), numeric(true) {}

namespace {

using detail::SvgLeafNode;
using detail::SvgNode;

struct MatrixNode : detail::MobjectNode {
  std::size_t rows = 0, cols = 0;
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<MatrixNode>(*this);
  }
};

// One em of the 10 pt TeX font at font size 48, and the measured bracket glyphs at that size.
constexpr double kEm48 = 10.0 * 72.0 / 72.27 * 48.0 / 960.0;
struct BracketGlyph {
  double width, thickness;
};
BracketGlyph bracket_glyph(int n) {
  if (n == 1) return {0.095641, 0.01993};
  if (n == 2) return {0.131009, 0.02740};
  return {0.165878, 0.03437};
}

std::shared_ptr<SvgLeafNode> polygon_leaf(const std::vector<Vec3>& corners) {
  auto n = detail::make_vnode<SvgLeafNode>();
  set_kind(*n, "VMobjectFromSVGPath");
  for (std::size_t i = 0; i < corners.size(); ++i) {
    const Vec3& a = corners[i];
    const Vec3& b = corners[(i + 1) % corners.size()];
    n->points.insert(n->points.end(),
                     {a, interpolate(a, b, 1.0 / 3), interpolate(a, b, 2.0 / 3), b});
  }
  VStyle s;
  s.fill_color = WHITE;
  s.fill_opacity = 1;
  s.stroke_color = WHITE;
  s.stroke_width = 0;
  n->style = s;
  return n;
}

// A left bracket "[" of n rows with its top-left corner at the origin (x right, y up); the
// right bracket is its mirror image.
std::vector<std::shared_ptr<SvgLeafNode>> bracket_leaves(int n, bool right) {
  BracketGlyph g = bracket_glyph(n);
  double w = g.width, t = g.thickness, h = 1.2 * kEm48 * n;
  std::vector<std::vector<Vec3>> pieces;
  if (n <= 2) {
    pieces.push_back({{0, 0, 0},
                      {w, 0, 0},
                      {w, -t, 0},
                      {t, -t, 0},
                      {t, -(h - t), 0},
                      {w, -(h - t), 0},
                      {w, -h, 0},
                      {0, -h, 0}});
  } else {
    double end = 1.8 * kEm48, ext = 0.6 * kEm48;  // TeX's top/bottom pieces and extenders
    pieces.push_back({{0, 0, 0}, {w, 0, 0}, {w, -t, 0}, {t, -t, 0}, {t, -end, 0}, {0, -end, 0}});
    for (int k = 0; k < 2 * n - 6; ++k) {
      double y0 = -end - k * ext, y1 = y0 - ext;
      pieces.push_back({{0, y0, 0}, {t, y0, 0}, {t, y1, 0}, {0, y1, 0}});
    }
    pieces.push_back({{0, -(h - end), 0},
                      {t, -(h - end), 0},
                      {t, -(h - t), 0},
                      {w, -(h - t), 0},
                      {w, -h, 0},
                      {0, -h, 0}});
  }
  // Each outline starts and turns as the dvisvgm glyph does (Create and Write draw from there):
  // "[" pieces from their bottom-left corner with the outline reversed; "]" pieces, mirrored,
  // from the inner corner of their bottom edge (corner 4 of a top piece or the one-glyph
  // bracket, corner 2 of an extender or the bottom piece).
  std::vector<std::shared_ptr<SvgLeafNode>> out;
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    auto& p = pieces[k];
    if (right) {
      for (auto& v : p) v.x = w - v.x;
      const bool top = k == 0;
      std::rotate(p.begin(), p.begin() + (top ? 4 : 2), p.end());
    } else {
      std::reverse(p.begin(), p.end());
    }
    out.push_back(polygon_leaf(p));
  }
  return out;
}

// Manim builds each bracket as MathTex(r"\left[\begin{array}{c}\quad \\ ...\right."): a MathTex
// holding one SingleStringMathTex holding the glyph pieces.
Mobject make_bracket(int n, bool right, const std::string& symbol) {
  std::string arr = "\\begin{array}{c}";
  for (int i = 0; i < n; ++i) arr += "\\quad \\\\";
  arr += "\\end{array}";
  std::string tex =
      right ? "\\left." + arr + "\\right" + symbol : "\\left" + symbol + arr + "\\right.";
  auto part = detail::make_vnode<SvgNode>();
  set_kind(*part, "SVGMobject");
  set_kind(*part, "SingleStringMathTex");
  part->tex_string = tex;
  part->initial_font_size = DEFAULT_FONT_SIZE;
  for (auto& l : bracket_leaves(n, right)) part->submobjects.push_back(l);
  auto whole = detail::make_vnode<SvgNode>();
  set_kind(*whole, "SVGMobject");
  set_kind(*whole, "SingleStringMathTex");
  set_kind(*whole, "MathTex");
  whole->tex_string = tex;
  whole->tex_strings = {tex};
  whole->initial_font_size = DEFAULT_FONT_SIZE;
  whole->submobjects.push_back(part);
  for (auto* node : {static_cast<detail::MobjectNode*>(part.get()),
                     static_cast<detail::MobjectNode*>(whole.get())}) {
    node->style.fill_color = WHITE;
    node->style.fill_opacity = 1;
    node->style.stroke_width = 0;
  }
  Mobject m(whole);
  m.center();
  whole->initial_height = m.height();
  part->initial_height = m.height();
  return m;
}

std::vector<std::vector<Mobject>> entry_mobjects(const std::vector<std::vector<MatrixEntry>>& rows,
                                                 const MathTexArgs& cfg) {
  std::vector<std::vector<Mobject>> out;
  for (const auto& row : rows) {
    std::vector<Mobject> r;
    for (const auto& e : row) r.push_back(MathTex(e.tex, cfg));
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

Matrix::Matrix(const std::vector<std::vector<MatrixEntry>>& rows, const MatrixArgs& a)
    : Matrix(Layout{}, entry_mobjects(rows, a.element_to_mobject_config), a, "Matrix") {}

Matrix::Matrix(Layout, const std::vector<std::vector<Mobject>>& mobs, const MatrixArgs& a,
               const char* kind)
    : VMobject(nullptr, Unchecked{}) {
  if (mobs.empty() || mobs[0].empty())
    throw std::invalid_argument(std::string(kind) + ": needs at least one row and one column");
  for (const auto& r : mobs)
    if (r.size() != mobs[0].size())
      throw std::invalid_argument(std::string(kind) + ": rows must all have " +
                                  std::to_string(mobs[0].size()) + " entries, got a row of " +
                                  std::to_string(r.size()));
  for (double v : {a.v_buff, a.h_buff, a.bracket_h_buff, a.bracket_v_buff})
    if (!std::isfinite(v))
      throw std::invalid_argument(std::string(kind) + ": buffs must be finite");
  auto node = detail::make_vnode<MatrixNode>();
  node->rows = mobs.size();
  node->cols = mobs[0].size();
  set_kind(*node, "Matrix");
  if (std::string(kind) != "Matrix") set_kind(*node, kind);
  n_ = node;

  VGroup elements;
  for (std::size_t i = 0; i < mobs.size(); ++i)
    for (std::size_t j = 0; j < mobs[i].size(); ++j) {
      Mobject e = mobs[i][j];
      e.move_to(Vec3{static_cast<double>(j) * a.h_buff, -static_cast<double>(i) * a.v_buff, 0},
                a.element_alignment_corner);
      elements.add(e);
    }
  add(elements);

  // Manim sizes the bracket array by the entries' height: rows of 0.5977 units.
  int n = static_cast<int>(height() / 0.5977) + 1;
  Mobject lb = make_bracket(n, false, a.left_bracket);
  Mobject rb = make_bracket(n, true, a.right_bracket);
  VGroup pair(lb, rb);
  if (a.stretch_brackets) pair.stretch_to_fit_height(height() + 2 * a.bracket_v_buff);
  lb.next_to(*this, LEFT, a.bracket_h_buff);
  rb.next_to(*this, RIGHT, a.bracket_h_buff);
  add(lb, rb);
  center();
  detail::apply_style_args(*node, a);
}

std::size_t Matrix::num_rows() const { return static_cast<const MatrixNode&>(node()).rows; }
std::size_t Matrix::num_cols() const { return static_cast<const MatrixNode&>(node()).cols; }

VGroup Matrix::get_entries() const { return (*this)[0].as<VGroup>(); }

VGroup Matrix::get_brackets() const { return VGroup((*this)[1], (*this)[2]); }

std::vector<std::vector<Mobject>> Matrix::get_mob_matrix() const {
  VGroup entries = get_entries();
  std::size_t rows = num_rows(), cols = num_cols();
  if (entries.size() != rows * cols)
    throw std::logic_error("Matrix: the entries group was changed (has " +
                           std::to_string(entries.size()) + " entries, expected " +
                           std::to_string(rows * cols) + ")");
  std::vector<std::vector<Mobject>> out(rows);
  for (std::size_t i = 0; i < rows; ++i)
    for (std::size_t j = 0; j < cols; ++j)
      out[i].push_back(entries[static_cast<long>(i * cols + j)]);
  return out;
}

VGroup Matrix::get_rows() const {
  VGroup out;
  for (auto& row : get_mob_matrix()) out.add(VGroup(row));
  return out;
}

VGroup Matrix::get_columns() const {
  auto mm = get_mob_matrix();
  VGroup out;
  for (std::size_t j = 0; j < num_cols(); ++j) {
    VGroup col;
    for (auto& row : mm) col.add(row[j]);
    out.add(col);
  }
  return out;
}

Matrix& Matrix::set_column_colors(const std::vector<Color>& colors) {
  VGroup cols = get_columns();
  for (std::size_t j = 0; j < colors.size() && j < cols.size(); ++j)
    cols[static_cast<long>(j)].set_color(colors[j]);
  return *this;
}

Matrix& Matrix::set_row_colors(const std::vector<Color>& colors) {
  VGroup rows = get_rows();
  for (std::size_t i = 0; i < colors.size() && i < rows.size(); ++i)
    rows[static_cast<long>(i)].set_color(colors[i]);
  return *this;
}

// ---------------------------------------------------------------- numeric / mobject matrices
namespace {
template <class T, class F>
std::vector<std::vector<Mobject>> map_entries(const std::vector<std::vector<T>>& rows, F f) {
  std::vector<std::vector<Mobject>> out;
  for (const auto& r : rows) {
    std::vector<Mobject> row;
    for (const auto& v : r) row.push_back(f(v));
    out.push_back(std::move(row));
  }
  return out;
}
DecimalNumberArgs number_args(const MathTexArgs& cfg, int places) {
  DecimalNumberArgs d;
  d.font_size = cfg.font_size;
  d.num_decimal_places = places;
  return d;
}
}  // namespace

IntegerMatrix::IntegerMatrix(const std::vector<std::vector<long>>& rows, const MatrixArgs& a)
    : Matrix(Layout{},
             map_entries(rows,
                         [&](long v) -> Mobject {
                           return Integer(v, number_args(a.element_to_mobject_config, 0));
                         }),
             a, "IntegerMatrix") {}

DecimalMatrix::DecimalMatrix(const std::vector<std::vector<double>>& rows, const MatrixArgs& a,
                             int places)
    : Matrix(Layout{},
             map_entries(rows,
                         [&](double v) -> Mobject {
                           return DecimalNumber(v,
                                                number_args(a.element_to_mobject_config, places));
                         }),
             a, "DecimalMatrix") {}

MobjectMatrix::MobjectMatrix(const std::vector<std::vector<Mobject>>& rows, const MatrixArgs& a)
    : Matrix(Layout{}, rows, a, "MobjectMatrix") {}

}  // namespace manim
