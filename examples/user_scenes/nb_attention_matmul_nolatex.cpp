// Port of nb_attention_matmul_nolatex.py: notebook 002 cell In[6] (also in
// 004_88a595ebfbb28038.txt), the attention matrix products with Text instead of MathTex signs.
// Render:
//   build/manimcpp examples/user_scenes/nb_attention_matmul_nolatex.cpp AttentionMatMulNoLatex -ql
//
// As in Manim CE, this scene stops with an error in the diagonal-highlight loop:
// attention_matrix[0][i][i] is fine for i = 0 but for i = 1 it indexes the left bracket's
// single submobject, so Mobject::operator[] throws std::out_of_range (Python's IndexError).
#include <Eigen/Dense>
#include <manim/manim.hpp>

using namespace manim;

namespace nb_attention_matmul_nolatex {

// Create matrix mobjects
inline VGroup create_matrix(const Eigen::Matrix3f& data, const std::string& name,
                            Color color = WHITE) {
  // data.astype(int)
  std::vector<std::vector<int>> rows;
  for (int i = 0; i < data.rows(); ++i) {
    rows.emplace_back();
    for (int j = 0; j < data.cols(); ++j) rows.back().push_back(static_cast<int>(data(i, j)));
  }
  auto matrix = Matrix(rows, {.v_buff = 1.5, .h_buff = 1.5});
  matrix.set_color(color);
  auto label = Text(name, {.font_size = 24}).next_to(matrix, UP);
  return VGroup(matrix, label);
}

}  // namespace nb_attention_matmul_nolatex

class AttentionMatMulNoLatex : public Scene {
 public:
  void construct() override {
    using nb_attention_matmul_nolatex::create_matrix;
    // Define the matrices
    Eigen::Matrix3f hidden_states;
    hidden_states << 1, 0, 0,  //
        -2, 1, 0,              //
        -1, 1, 1;

    Eigen::Matrix3f weights;
    weights << 2, 1, 1,  //
        4, -6, 0,        //
        -2, 7, 2;

    const Eigen::Matrix3f weights_T = weights.transpose();

    // Compute results
    const Eigen::Matrix3f queries = hidden_states * weights_T;
    const Eigen::Matrix3f keys = queries;  // Same as queries in your code
    const Eigen::Matrix3f attention_map = queries * keys.transpose();

    // Create all matrices
    auto hidden_matrix = create_matrix(hidden_states, "hidden_states", BLUE);
    auto weights_T_matrix = create_matrix(weights_T, "weights.T", GREEN);
    auto queries_matrix = create_matrix(queries, "queries", YELLOW);
    auto keys_T_matrix = create_matrix(keys.transpose(), "keys.T", ORANGE);
    auto attention_matrix = create_matrix(attention_map, "attention_map", RED);

    // Title
    auto title = Text("Attention Mechanism Matrix Multiplication", {.font_size = 36});
    title.to_edge(UP);
    play(Write(title));
    wait();

    // Step 1: Show initial matrices
    auto step1_text = Text("Step 1: Initial Matrices", {.color = BLUE_C, .font_size = 28});
    step1_text.next_to(title, DOWN);
    play(Write(step1_text));

    hidden_matrix.move_to(LEFT * 3);
    weights_T_matrix.move_to(RIGHT * 3);

    play(FadeIn(hidden_matrix), FadeIn(weights_T_matrix));
    wait(2);

    // Step 2: Compute queries
    play(FadeOut(step1_text));
    auto step2_text = Text("Step 2: Compute queries = hidden_states @ weights.T",
                           {.color = GREEN_C, .font_size = 26});
    step2_text.next_to(title, DOWN);
    play(Write(step2_text));

    // Show multiplication using Text instead of MathTex
    auto mult_sign = Text("@", {.font_size = 48}).move_to(ORIGIN);
    play(hidden_matrix.animate().move_to(LEFT * 2), weights_T_matrix.animate().move_to(RIGHT * 2),
         Write(mult_sign));
    wait();

    // Show result
    auto equals_sign = Text("=", {.font_size = 48}).move_to(ORIGIN);
    play(ReplacementTransform(mult_sign, equals_sign),
         hidden_matrix.animate().scale(0.7).move_to(LEFT * 4),
         weights_T_matrix.animate().scale(0.7).move_to(LEFT * 1.5),
         equals_sign.animate().move_to(RIGHT * 0.5));

    queries_matrix.move_to(RIGHT * 3);
    play(FadeIn(queries_matrix));
    wait(2);

    // Highlight computation for one element
    auto highlight_rect =
        SurroundingRectangle(queries_matrix[0][0][0], {.color = YELLOW, .buff = 0.1});
    play(Create(highlight_rect));

    // Show calculation using Text instead of MathTex
    auto calc_text = Text("queries[0,0] = 1×2 + 0×4 + 0×(-2) = 2", {.font_size = 24});
    calc_text.to_edge(DOWN);
    play(Write(calc_text));
    wait(2);
    play(FadeOut(highlight_rect), FadeOut(calc_text));

    // Step 3: Compute attention map
    play(FadeOut(hidden_matrix), FadeOut(weights_T_matrix), FadeOut(equals_sign),
         FadeOut(step2_text));

    auto step3_text =
        Text("Step 3: Compute attention_map = queries @ keys.T", {.color = RED_C, .font_size = 26});
    step3_text.next_to(title, DOWN);
    play(Write(step3_text));

    // Move queries to left and create keys.T
    play(queries_matrix.animate().move_to(LEFT * 3));
    keys_T_matrix.move_to(RIGHT * 3);
    play(FadeIn(keys_T_matrix));

    // Show multiplication
    auto mult_sign2 = Text("@", {.font_size = 48}).move_to(ORIGIN);
    play(Write(mult_sign2));
    wait();

    // Transform to attention map
    play(FadeOut(queries_matrix), FadeOut(keys_T_matrix), FadeOut(mult_sign2),
         FadeIn(attention_matrix.move_to(ORIGIN)));
    wait();

    // Final display with all results
    play(FadeOut(step3_text));
    auto final_text = Text("Final Attention Map", {.color = GOLD, .font_size = 32});
    final_text.next_to(title, DOWN);
    play(Write(final_text));

    // Show the attention pattern
    play(attention_matrix.animate().scale(1.2));

    // Highlight diagonal elements (self-attention)
    for (int i = 0; i < 3; ++i) {
      auto rect = SurroundingRectangle(attention_matrix[0][i][i], {.color = GOLD, .buff = 0.1});
      play(Create(rect), {.run_time = 0.5});
      play(FadeOut(rect), {.run_time = 0.3});
    }

    wait(2);

    // Add interpretation text
    auto interp_text =
        Text("Higher values indicate stronger attention", {.color = GRAY, .font_size = 24});
    interp_text.to_edge(DOWN);
    play(Write(interp_text));
    wait(3);

    // Fade out everything
    std::vector<Anim> fade_all;
    for (const Mobject& mob : mobjects()) fade_all.push_back(FadeOut(mob));
    play(fade_all);
  }
};

MANIM_SCENE(AttentionMatMulNoLatex);
