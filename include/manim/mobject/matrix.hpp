// Matrix, IntegerMatrix, DecimalMatrix, MobjectMatrix (Manim CE's layout rules).
//
// m[0] is a VGroup of the entries (row-major), m[1] and m[2] the left and right brackets.
// Entry (i, j) is placed with its element_alignment_corner at (j*h_buff, -i*v_buff); the brackets
// are stretched vertically to the entries' height + 2*bracket_v_buff and put bracket_h_buff
// outside the entries; the whole is centred.
#pragma once
#include <initializer_list>
#include <string>
#include <vector>

#include "manim/mobject/numbers.hpp"
#include "manim/mobject/tex.hpp"

namespace manim {

// One entry as Python's str(item) prints it: 1 -> "1", 0.2 -> "0.2", 1.0 -> "1.0".
struct MatrixEntry {
  std::string tex;
  double value = 0;
  bool numeric = false;
  MatrixEntry(int v);
  MatrixEntry(long v);
  MatrixEntry(long long v);
  MatrixEntry(double v);
  MatrixEntry(float v) : MatrixEntry(static_cast<double>(v)) {}
  MatrixEntry(const char* s) : tex(s) {}
  MatrixEntry(std::string s) : tex(std::move(s)) {}
};

// Python's str(float) (repr): shortest round-trip digits, ".0" for integral values, exponent
// form below 1e-4 and from 1e16.
std::string python_float_str(double v);

struct MatrixArgs {
  MANIM_STYLE_KWARGS
  double v_buff = 0.8;
  double h_buff = 1.3;
  double bracket_h_buff = MED_SMALL_BUFF;
  double bracket_v_buff = MED_SMALL_BUFF;
  Vec3 element_alignment_corner = DR;
  std::string left_bracket = "[";
  std::string right_bracket = "]";
  bool stretch_brackets = true;
  MathTexArgs element_to_mobject_config{};  // font_size etc. of the entries
};

class Matrix : public VMobject {
 public:
  Matrix(const std::vector<std::vector<MatrixEntry>>& rows, const MatrixArgs& a = {});
  // Matrix({{1, 0}, {0.5, "x"}}): a braced literal (preferred over reading {"a", "b"} as
  // MatrixArgs' colours).
  Matrix(std::initializer_list<std::initializer_list<MatrixEntry>> rows, const MatrixArgs& a = {})
      : Matrix(std::vector<std::vector<MatrixEntry>>(rows.begin(), rows.end()), a) {}
  template <class T>
  Matrix(const std::vector<std::vector<T>>& rows, const MatrixArgs& a = {})
      : Matrix(to_entries(rows), a) {}
  MANIM_HANDLE(Matrix, VMobject)

  VGroup get_entries() const;   // m[0]
  VGroup get_brackets() const;  // VGroup(m[1], m[2])
  VGroup get_rows() const;      // one VGroup per row
  VGroup get_columns() const;   // one VGroup per column
  std::vector<std::vector<Mobject>> get_mob_matrix() const;
  Matrix& set_column_colors(const std::vector<Color>& colors);
  Matrix& set_row_colors(const std::vector<Color>& colors);
  std::size_t num_rows() const;
  std::size_t num_cols() const;

 protected:
  // Builds the layout from ready-made entry mobjects (MobjectMatrix and the numeric matrices).
  struct Layout {};
  Matrix(Layout, const std::vector<std::vector<Mobject>>& mobs, const MatrixArgs& a,
         const char* kind);
  template <class T>
  static std::vector<std::vector<MatrixEntry>> to_entries(const std::vector<std::vector<T>>& m) {
    std::vector<std::vector<MatrixEntry>> out;
    for (const auto& row : m) out.emplace_back(row.begin(), row.end());
    return out;
  }
};

// Entries are Integer mobjects.
class IntegerMatrix : public Matrix {
 public:
  IntegerMatrix(const std::vector<std::vector<long>>& rows, const MatrixArgs& a = {});
  MANIM_HANDLE(IntegerMatrix, Matrix)
};

// Entries are DecimalNumber mobjects (Manim's default: 1 decimal place).
class DecimalMatrix : public Matrix {
 public:
  DecimalMatrix(const std::vector<std::vector<double>>& rows, const MatrixArgs& a = {},
                int num_decimal_places = 1);
  MANIM_HANDLE(DecimalMatrix, Matrix)
};

// Entries are the given mobjects (the same objects, moved into place).
class MobjectMatrix : public Matrix {
 public:
  MobjectMatrix(const std::vector<std::vector<Mobject>>& rows, const MatrixArgs& a = {});
  MANIM_HANDLE(MobjectMatrix, Matrix)
};

}  // namespace manim
