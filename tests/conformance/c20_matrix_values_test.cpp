// Conformance c20: Matrix layout with ints, floats, strings, vectors and custom buffs (static).
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <gtest/gtest.h>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Reached 0.9959 (entries are single-font digits and words; brackets match Manim's sizes).
constexpr double kMinSsim = 0.99;

class C20MatrixValues : public Scene {
 public:
  void construct() override {
    auto m_int = Matrix({{0, 1, 0}, {0, 0, 1}, {1, 0, 0}}).scale(0.8).move_to({-4.6, 2.0, 0});
    auto m_buff = Matrix({{1, 0, 0}, {-2, 1, 0}, {-1, 1, 1}}, {.v_buff = 1.5, .h_buff = 1.5})
                      .scale(0.7)
                      .move_to({0.3, 1.7, 0});
    auto m_mixed = Matrix({{0, 0, 0.2, 0.3}, {0, 1, 0, 0}}).scale(0.6).move_to({4.6, 2.2, 0});
    auto m_str = Matrix({{"show", "me"}, {"my", "files"}, {"please", "find"}})
                     .scale(0.5)
                     .move_to({-4.6, -2.0, 0});
    auto col = Matrix({{1}, {0}, {0}}).scale(0.6).move_to({-1.6, -2.0, 0});
    auto col_s = Matrix({{"0.7"}, {"0.2"}, {"0.1"}}).scale(0.4).move_to({0.2, -2.0, 0});
    auto row = Matrix({{1, 0, 0}}).scale(0.7).move_to({3.4, -1.2, 0});
    auto one = Matrix({{2}}).scale(0.7).move_to({3.4, -2.6, 0});
    auto neg = Matrix({{-10, 24}, {3, -6}}).scale(0.6).move_to({5.6, -2.2, 0});
    add(m_int, m_buff, m_mixed, m_str, col, col_s, row, one, neg);
    wait(1);
  }
};

}  // namespace

TEST(C20MatrixValues, MatchesManimFrames) {
  C20MatrixValues scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()), mt::reference_frame_count("c20_matrix_values"));
  auto s = mt::expect_frames_match_reference("c20_matrix_values", run, kMinSsim, 1);
  ASSERT_EQ(s.size(), 1u);
  std::printf("c20 SSIM %.4f\n", s[0].ssim);
}

TEST(C20MatrixValues, MixedEntriesPrintAsPython) {
  Matrix m({{0, 0, 0.2, 0.3}, {0, 1, 0, 0}});
  auto mm = m.get_mob_matrix();
  EXPECT_EQ(mm[0][0].as<MathTex>().tex_string(), "0");
  EXPECT_EQ(mm[0][2].as<MathTex>().tex_string(), "0.2");
  // Decimal entries are right-aligned on the column's DR corner like the rest.
  EXPECT_NEAR(mm[0][2].get_right().x, mm[1][2].get_right().x, 1e-9);
}
