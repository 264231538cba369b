// Vector.coordinate_label: entries, rounding and placement worked out by hand from Manim CE
// v0.18.0's rules (scale 0.8, a 0.25 gap beside the tip, left of it for x < 0).
#include "manim/mobject/geometry/vector_label.hpp"

#include <gtest/gtest.h>

#include "mobject/tex/tex_renderer.hpp"

using namespace manim;

namespace {
class VectorLabelEnv : public ::testing::Environment {
 public:
  void TearDown() override { detail::tex::shutdown_worker(); }
};
const auto* kEnv = ::testing::AddGlobalTestEnvironment(new VectorLabelEnv);

std::vector<std::string> texts(const std::vector<MatrixEntry>& es) {
  std::vector<std::string> out;
  for (const auto& e : es) out.push_back(e.tex);
  return out;
}
}  // namespace

TEST(VectorLabel, EntriesRoundHalfToEvenAndKeepDimensions) {
  using V = std::vector<std::string>;
  EXPECT_EQ(texts(coordinate_label_entries(Vector({1, 2, 0}))), (V{"1", "2"}));
  EXPECT_EQ(texts(coordinate_label_entries(Vector({1, 2, 0}), true, 3)), (V{"1", "2", "0"}));
  // numpy.round: 2.5 -> 2, 1.5 -> 2, -0.5 -> -0 (printed "0" as an int).
  EXPECT_EQ(texts(coordinate_label_entries(Vector({2.5, 1.5, 0}))), (V{"2", "2"}));
  EXPECT_EQ(texts(coordinate_label_entries(Vector({-0.5, -2.6, 0}))), (V{"0", "-3"}));
  // Without rounding: Python's str(float).
  EXPECT_EQ(texts(coordinate_label_entries(Vector({1.5, -0.5, 0}), false)), (V{"1.5", "-0.5"}));
  EXPECT_EQ(texts(coordinate_label_entries(Vector({1, 2, 0}), false, 1)), (V{"1.0"}));
}

TEST(VectorLabel, BadDimensionIsAClearError) {
  try {
    coordinate_label_entries(Vector({1, 2, 0}), true, 4);
    FAIL() << "no error";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "Vector.coordinate_label: n_dim must be 1, 2 or 3, got 4");
  }
}

TEST(VectorLabel, PlacedBesideTheTip) {
  // Pointing right: the label's left edge centre 0.25 right of the end (1, 2).
  Matrix right = coordinate_label(Vector({1, 2, 0}));
  EXPECT_NEAR(right.get_left().x, 1.25, 1e-9);
  EXPECT_NEAR(right.get_left().y, 2.0, 1e-9);
  EXPECT_EQ(right.get_entries().size(), 2u);
  // Pointing left: the right edge centre 0.25 left of (-3, -2), and coloured.
  Matrix left = coordinate_label(Vector({-3, -2, 0}), {.color = YELLOW});
  EXPECT_NEAR(left.get_right().x, -3.25, 1e-9);
  EXPECT_NEAR(left.get_right().y, -2.0, 1e-9);
  EXPECT_EQ(left.get_entries()[0].get_color(), YELLOW);
  // Scaled by 0.8: the same matrix unscaled is 1.25 times as tall.
  Matrix plain({{1}, {2}});
  EXPECT_NEAR(plain.height() * 0.8, right.height(), 1e-9);
}
