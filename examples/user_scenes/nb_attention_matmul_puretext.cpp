// Port of nb_attention_matmul_puretext.py: notebook 002 cell In[8] (also in
// 004_88a595ebfbb28038.txt), the attention matrix products drawn with Text only (no Matrix, no
// MathTex).
// Render:
// build/manimcpp examples/user_scenes/nb_attention_matmul_puretext.cpp AttentionMatMulPureText -ql
#include <Eigen/Dense>
#include <manim/manim.hpp>

using namespace manim;

namespace nb_attention_matmul_puretext {

// Create matrix display without using Matrix class
inline VGroup create_text_matrix(const Eigen::Matrix3f& data, const std::string& name,
                                 Color color = WHITE) {
  // Convert to integers for display
  const Eigen::Matrix3i data_int = data.cast<int>();

  // Create text for each element
  std::vector<std::vector<Text>> elements;
  for (int i = 0; i < data_int.rows(); ++i) {
    std::vector<Text> row;
    for (int j = 0; j < data_int.cols(); ++j) {
      auto elem = Text(std::to_string(data_int(i, j)), {.font_size = 30});
      row.push_back(elem);
    }
    elements.push_back(row);
  }

  // Arrange in grid
  auto matrix_group = VGroup();
  for (int i = 0; i < static_cast<int>(elements.size()); ++i) {
    for (int j = 0; j < static_cast<int>(elements[i].size()); ++j) {
      auto& elem = elements[i][j];
      elem.move_to(Vec3{j * 0.8 - 0.8, -i * 0.6 + 0.6, 0});
      matrix_group.add(elem);
    }
  }

  // Add brackets manually
  auto left_bracket = Text("[", {.font_size = 60});
  auto right_bracket = Text("]", {.font_size = 60});

  matrix_group.move_to(ORIGIN);
  left_bracket.next_to(matrix_group, LEFT, 0.2);
  right_bracket.next_to(matrix_group, RIGHT, 0.2);

  // Combine everything
  auto full_matrix = VGroup(left_bracket, matrix_group, right_bracket);
  full_matrix.set_color(color);

  // Add label
  auto label = Text(name, {.font_size = 24}).next_to(full_matrix, UP);

  return VGroup(full_matrix, label);
}

}  // namespace nb_attention_matmul_puretext

class AttentionMatMulPureText : public Scene {
 public:
  void construct() override {
    using nb_attention_matmul_puretext::create_text_matrix;
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
    auto hidden_matrix = create_text_matrix(hidden_states, "hidden_states", BLUE);
    auto weights_T_matrix = create_text_matrix(weights_T, "weights.T", GREEN);
    auto queries_matrix = create_text_matrix(queries, "queries", YELLOW);
    auto keys_T_matrix = create_text_matrix(keys.transpose(), "keys.T", ORANGE);
    auto attention_matrix = create_text_matrix(attention_map, "attention_map", RED);

    // Title
    auto title = Text("Attention Mechanism Matrix Multiplication", {.font_size = 36});
    title.to_edge(UP);
    play(Write(title));
    wait();

    // Step 1: Show initial matrices
    auto step1_text = Text("Step 1: Initial Matrices", {.color = BLUE_C, .font_size = 28});
    step1_text.next_to(title, DOWN);
    play(Write(step1_text));

    hidden_matrix.move_to(LEFT * 3.5);
    weights_T_matrix.move_to(RIGHT * 3.5);

    play(FadeIn(hidden_matrix), FadeIn(weights_T_matrix));
    wait(2);

    // Step 2: Compute queries
    play(FadeOut(step1_text));
    auto step2_text =
        Text("Step 2: queries = hidden_states @ weights.T", {.color = GREEN_C, .font_size = 26});
    step2_text.next_to(title, DOWN);
    play(Write(step2_text));

    // Show multiplication
    auto mult_sign = Text("@", {.font_size = 48}).move_to(ORIGIN);
    play(hidden_matrix.animate().move_to(LEFT * 2.5),
         weights_T_matrix.animate().move_to(RIGHT * 2.5), Write(mult_sign));
    wait();

    // Show result
    auto equals_sign = Text("=", {.font_size = 48}).move_to(ORIGIN);
    play(ReplacementTransform(mult_sign, equals_sign),
         hidden_matrix.animate().scale(0.6).move_to(LEFT * 4.5),
         weights_T_matrix.animate().scale(0.6).move_to(LEFT * 2),
         equals_sign.animate().move_to(RIGHT * 0.5));

    queries_matrix.move_to(RIGHT * 3);
    play(FadeIn(queries_matrix));
    wait(2);

    // Show calculation example
    auto calc_text = Text("Example: queries[0,0] = 1*2 + 0*4 + 0*(-2) = 2", {.font_size = 20});
    calc_text.to_edge(DOWN);
    play(Write(calc_text));
    wait(2);
    play(FadeOut(calc_text));

    // Step 3: Compute attention map
    play(FadeOut(hidden_matrix), FadeOut(weights_T_matrix), FadeOut(equals_sign),
         FadeOut(step2_text));

    auto step3_text =
        Text("Step 3: attention_map = queries @ keys.T", {.color = RED_C, .font_size = 26});
    step3_text.next_to(title, DOWN);
    play(Write(step3_text));

    // Move queries to left and create keys.T
    play(queries_matrix.animate().move_to(LEFT * 3.5));
    keys_T_matrix.move_to(RIGHT * 3.5);
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

    // Highlight diagonal elements
    auto highlight_text =
        Text("Diagonal values show self-attention", {.color = GOLD, .font_size = 22});
    highlight_text.to_edge(DOWN);
    play(Write(highlight_text));

    wait(2);

    // Add interpretation text
    play(FadeOut(highlight_text));
    auto interp_text = Text("Higher values = stronger attention", {.color = GRAY, .font_size = 24});
    interp_text.to_edge(DOWN);
    play(Write(interp_text));
    wait(3);

    // Fade out everything
    std::vector<Anim> fade_all;
    for (const Mobject& mob : mobjects()) fade_all.push_back(FadeOut(mob));
    play(fade_all);
  }
};

MANIM_SCENE(AttentionMatMulPureText);
