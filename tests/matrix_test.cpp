// Matrix layout against docs/manim_facts.md §3; DecimalNumber / Integer formatting.
#include "manim/mobject/matrix.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <cmath>

#include "mobject/tex/tex_renderer.hpp"

using namespace manim;

namespace {
class MatrixEnv : public ::testing::Environment {
 public:
  void TearDown() override { detail::tex::shutdown_worker(); }
};
const auto* kEnv = ::testing::AddGlobalTestEnvironment(new MatrixEnv);

void expect_xy(const Vec3& p, double x, double y, double tol, const std::string& what) {
  EXPECT_NEAR(p.x, x, tol) << what;
  EXPECT_NEAR(p.y, y, tol) << what;
}
}  // namespace

TEST(Matrix, PythonStrOfEntries) {
  EXPECT_EQ(MatrixEntry(1).tex, "1");
  EXPECT_EQ(MatrixEntry(-10).tex, "-10");
  EXPECT_EQ(MatrixEntry(0.2).tex, "0.2");
  EXPECT_EQ(MatrixEntry(1.0).tex, "1.0");
  EXPECT_EQ(MatrixEntry("show").tex, "show");
  EXPECT_EQ(python_float_str(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(python_float_str(1e-5), "1e-05");
  EXPECT_EQ(python_float_str(123456.0), "123456.0");
  EXPECT_EQ(python_float_str(1e16), "1e+16");
  EXPECT_EQ(python_float_str(-2.5), "-2.5");
  EXPECT_EQ(python_float_str(0.0001), "0.0001");
}

// Entry positions follow from glyph sizes: MathJax's TeX-font "1" is 0.007 wider than
// dvisvgm's, which moves centres of right-aligned "1"s by 0.0037; "files" lacks TeX's italic
// corrections (0.017). Sizes of brackets and buffs are exact.
TEST(Matrix, IntegerMatrixLayoutMatchesManim) {
  Matrix m({{1, 0, 0}, {-2, 1, 0}, {-1, 1, 1}});
  ASSERT_EQ(m.size(), 3u);
  ASSERT_EQ(m[0].size(), 9u);
  EXPECT_EQ(m[0][0].size(), 1u);                // each entry is a MathTex of one part
  EXPECT_THROW(m[0][1][1], std::out_of_range);  // the user scenes' IndexError
  EXPECT_TRUE(m[1].is<MathTex>());
  EXPECT_EQ(m[1].size(), 1u);
  EXPECT_EQ(m[1][0].size(), 4u);  // n = 4 bracket: top, 2 extenders, bottom
  EXPECT_NEAR(m.width(), 4.001510, 2e-3);
  EXPECT_NEAR(m.height(), 2.442715, 2e-3);
  VGroup entries = m.get_entries();
  EXPECT_NEAR(entries.get_right().x, 1.584877, 2e-3);
  EXPECT_NEAR(entries.get_top().y, 0.971357, 2e-3);
  double cx[3][3] = {
      {-1.09731, 0.18002, 1.48002}, {-1.30000, 0.20269, 1.48002}, {-1.29253, 0.20269, 1.50269}};
  double cy[3][3] = {
      {0.79452, 0.80000, 0.80000}, {-0.00548, -0.00548, 0.00000}, {-0.80548, -0.80548, -0.80548}};
  auto mm = m.get_mob_matrix();
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j)
      expect_xy(mm[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)].get_center(), cx[i][j],
                cy[i][j], 5e-3, "entry " + std::to_string(i) + "," + std::to_string(j));
  // Brackets: 0.165878 wide, full height, centred at x = -+1.91782.
  EXPECT_NEAR(m[1].width(), 0.165878, 1e-6);
  EXPECT_NEAR(m[1].height(), 2.442715, 2e-3);
  EXPECT_NEAR(m[1].get_center().x, -1.91782, 2e-3);
  EXPECT_NEAR(m[2].get_center().x, 1.91782, 2e-3);
  EXPECT_NEAR(m[1].get_left().x, -2.000755, 2e-3);
  // The top arm's thickness grows with the vertical stretch: 0.03437 * 2.442715 / natural.
  Mobject top = m[1][0][0];
  std::vector<double> ys;
  for (std::size_t k = 0; k < top.points().size(); ++k)
    if (k % 4 == 0 || k % 4 == 3) ys.push_back(top.points()[k].y);  // anchors
  std::sort(ys.rbegin(), ys.rend());
  ys.erase(
      std::unique(ys.begin(), ys.end(), [](double a, double b) { return std::abs(a - b) < 1e-9; }),
      ys.end());
  ASSERT_GE(ys.size(), 2u);
  EXPECT_NEAR(ys[0] - ys[1], 0.03513, 1e-4);
  EXPECT_NEAR(m.get_center().x, 0, 1e-9);
  EXPECT_NEAR(m.get_center().y, 0, 1e-9);
}

TEST(Matrix, SecondIntegerMatrixAndBuffs) {
  Matrix m({{2, 1, 1}, {0, -8, -2}, {0, 0, 1}});
  EXPECT_NEAR(m.width(), 3.641470, 3e-3);
  EXPECT_NEAR(m.height(), 2.431756, 2e-3);
  EXPECT_NEAR(m[1].get_center().x, -1.73780, 3e-3);
  expect_xy(m.get_mob_matrix()[1][1].get_center(), -0.18201, 0.00548, 3e-3, "-8");
  Matrix b({{1, 0, 0}, {-2, 1, 0}, {-1, 1, 1}}, {.v_buff = 1.5, .h_buff = 1.5});
  EXPECT_NEAR(b.width(), 4.401510, 2e-3);
  EXPECT_NEAR(b.height(), 3.842715, 2e-3);
  EXPECT_EQ(b[1][0].size(), 8u);  // n = 6
  EXPECT_NEAR(b[2].get_center().x, 2.11782, 2e-3);
}

TEST(Matrix, StringMatrixUsesTwoRowBrackets) {
  Matrix m({{"show", "me"}, {"my", "files"}});
  EXPECT_NEAR(m.width(), 3.142283, 3e-3);
  EXPECT_NEAR(m.height(), 1.651183, 3e-3);
  EXPECT_EQ(m[1][0].size(), 1u);
  EXPECT_NEAR(m[1].width(), 0.131009, 1e-6);
  EXPECT_NEAR(m[1].get_center().x, -1.50564, 3e-3);
  auto mm = m.get_mob_matrix();
  expect_xy(mm[0][0].get_center(), -0.65000, 0.40000, 5e-3, "show");
  expect_xy(mm[0][1].get_center(), 0.87157, 0.33724, 5e-3, "me");
  expect_xy(mm[1][0].get_center(), -0.44337, -0.41445, 5e-3, "my");
  expect_xy(mm[1][1].get_center(), 0.66898, -0.34894, 0.02, "files");
}

TEST(Matrix, RowsColumnsColoursAndErrors) {
  Matrix m({{0, 0, 0.2, 0.3}, {0, 1, 0, 0}});
  EXPECT_EQ(m.num_rows(), 2u);
  EXPECT_EQ(m.num_cols(), 4u);
  EXPECT_EQ(m.get_rows().size(), 2u);
  EXPECT_EQ(m.get_columns().size(), 4u);
  EXPECT_EQ(m.get_mob_matrix()[0][2].as<MathTex>().tex_string(), "0.2");
  m.set_column_colors({RED, GREEN});
  EXPECT_EQ(m.get_mob_matrix()[1][0][0][0].get_fill_color(), RED);
  EXPECT_EQ(m.get_mob_matrix()[1][1][0][0].get_fill_color(), GREEN);
  EXPECT_EQ(m.get_mob_matrix()[1][2][0][0].get_fill_color(), WHITE);
  m.set_row_colors({BLUE});
  EXPECT_EQ(m.get_mob_matrix()[0][3][0][0].get_fill_color(), BLUE);
  EXPECT_EQ(m.get_brackets().size(), 2u);
  Matrix col(std::vector<std::vector<int>>{{1}, {0}, {0}});
  EXPECT_EQ(col.num_rows(), 3u);
  EXPECT_THROW(Matrix(std::vector<std::vector<int>>{{1, 2}, {3}}), std::invalid_argument);
  EXPECT_THROW(Matrix(std::vector<std::vector<int>>{}), std::invalid_argument);
}

TEST(Matrix, MobjectIntegerDecimalMatrices) {
  MathTex a("a"), b("b");
  MobjectMatrix mm({{a}, {b}});
  EXPECT_EQ(mm.get_entries()[0], a);  // the very objects
  EXPECT_TRUE(mm.is<Matrix>());
  IntegerMatrix im({{1, -20}, {300, 4}});
  EXPECT_TRUE(im.get_entries()[1].is<Integer>());
  EXPECT_EQ(im.get_entries()[1].as<Integer>().get_value(), -20);
  DecimalMatrix dm({{1.25, 2}}, {});
  EXPECT_EQ(dm.get_entries()[0].as<DecimalNumber>().num_string(),
            "1.2");  // Python's "{:.1f}" of 1.25
}

TEST(DecimalNumber, FormattingAndSetValue) {
  EXPECT_EQ(DecimalNumber::format(3.14159, 2, false, true), "3.14");
  EXPECT_EQ(DecimalNumber::format(-1234.5, 2, false, true), "-1,234.50");
  EXPECT_EQ(DecimalNumber::format(1234567, 0, false, true), "1,234,567");
  EXPECT_EQ(DecimalNumber::format(-0.001, 2, false, true), "0.00");
  EXPECT_EQ(DecimalNumber::format(0.5, 2, true, true), "+0.50");
  DecimalNumber d(3.14159);
  EXPECT_EQ(d.num_string(), "3.14");
  EXPECT_EQ(d.size(), 4u);  // one SingleStringMathTex per character
  EXPECT_NEAR(d.get_value(), 3.14159, 1e-12);
  // Bottoms of the digits align (the dot sits on the baseline).
  EXPECT_NEAR(d[0].get_bottom().y, d[2].get_bottom().y, 0.02);
  Vec3 left = d.get_left();
  d.set_value(-12.5);
  EXPECT_EQ(d.num_string(), "-12.50");
  EXPECT_NEAR(d.get_left().x, left.x, 1e-9);
  Integer i(42);
  EXPECT_EQ(i.num_string(), "42");
  EXPECT_EQ(i.get_value(), 42);
  EXPECT_THROW(DecimalNumber(1, {.num_decimal_places = -1}), std::invalid_argument);
}

// Create / Write draw an outline from its first point, so the bracket outlines start where
// dvisvgm's glyphs start (measured from Manim CE v0.18.0's Matrix([[-3], [-2]]) and
// Matrix([[1], [2], [3], [4]])): "[" at the bottom-left corner going right, "]" at the inner
// corner of its bottom edge going left; the pieces of a tall bracket likewise.
TEST(Matrix, BracketOutlinesStartWhereTheGlyphsDo) {
  Matrix two({{-3}, {-2}});
  auto first_points = [](const Mobject& bracket, std::size_t piece) {
    const auto& pts = bracket[0][piece].node().points;
    return std::vector<Vec3>{pts[0], pts[4], pts[8]};
  };
  VGroup br = two.get_brackets();
  const Vec3 lmin = br[0].get_corner(DL), rmin = br[1].get_corner(DL), rmax = br[1].get_corner(UR);
  auto p = first_points(br[0], 0);
  EXPECT_NEAR(p[0].x, lmin.x, 1e-9);  // bottom-left
  EXPECT_NEAR(p[0].y, lmin.y, 1e-9);
  EXPECT_GT(p[1].x, p[0].x + 0.05);  // then right along the bottom
  EXPECT_NEAR(p[1].y, lmin.y, 1e-9);
  EXPECT_GT(p[2].y, p[1].y);  // then up
  auto q = first_points(br[1], 0);
  EXPECT_LT(q[0].x, rmax.x - 0.01);  // the inner corner, above the bottom
  EXPECT_GT(q[0].y, rmin.y + 0.01);
  EXPECT_NEAR(q[1].x, rmin.x, 1e-9);  // then left to the bracket's left edge
  EXPECT_NEAR(q[1].y, q[0].y, 1e-9);
  EXPECT_NEAR(q[2].y, rmin.y, 1e-9);  // then down to the bottom
  // Four rows: top piece, four extenders, bottom piece (as Manim's); "[" pieces start bottom-left.
  Matrix four({{1}, {2}, {3}, {4}});
  VGroup br4 = four.get_brackets();
  ASSERT_EQ(br4[0][0].size(), 6u);
  for (std::size_t k = 0; k < 6; ++k) {
    const Vec3 b = br4[0][0][k].get_corner(DL);
    const Vec3 s = br4[0][0][k].node().points[0];
    EXPECT_NEAR(s.x, b.x, 1e-9) << "piece " << k;
    EXPECT_NEAR(s.y, b.y, 1e-9) << "piece " << k;
  }
}
