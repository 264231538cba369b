// Port of user_scenes/nb_attention_matmul_improved_v1.py (source: 002 notebook cell In[4],
// 'Attempt 2'): hidden_states @ weights.T and queries @ keys.T drawn as text matrices.
// clang-format off
// Render: build/manimcpp examples/user_scenes/nb_attention_matmul_improved_v1.cpp AttentionMatMulImproved -ql
// clang-format on
#include <Eigen/Dense>
#include <manim/manim.hpp>
#include <string>
#include <tuple>
#include <vector>

namespace attention_improved_v1 {
using namespace manim;

// The Python script attaches `elements` and `positions` to the bracketed VGroup
// (`full_matrix.elements = elements`); here they live in a VGroup subclass next to the handle,
// which shares the very Text objects drawn in the scene.
struct TextMatrix : VGroup {
  using VGroup::VGroup;
  std::vector<std::vector<Text>> elements;
  std::vector<std::tuple<int, int, Text>> positions;
};

// create_text_matrix returns VGroup(full_matrix, label); Python's `m[0].elements` is
// `m.full_matrix.elements` here (m[0] and m.full_matrix are the same object).
struct LabeledMatrix : VGroup {
  LabeledMatrix(const TextMatrix& matrix, const Mobject& label)
      : VGroup(matrix, label), full_matrix(matrix) {}
  TextMatrix full_matrix;
};

class AttentionMatMulImproved : public Scene {
 public:
  void construct() override {
    // Define the matrices (float32 in the script; every value is a small integer)
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

    // Create matrix display without using Matrix class
    auto create_text_matrix = [](const Eigen::Matrix3f& data, const std::string& name,
                                 Color color = WHITE) {
      // Convert to integers for display (numpy's astype(int) truncates toward zero)
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
      std::vector<std::tuple<int, int, Text>> positions;
      for (std::size_t i = 0; i < elements.size(); ++i) {
        const auto& row = elements[i];
        for (std::size_t j = 0; j < row.size(); ++j) {
          Text elem = row[j];
          const Vec3 pos{j * 0.8 - 0.8 * (row.size() - 1) / 2.0,
                         -(double)i * 0.6 + 0.6 * (elements.size() - 1) / 2.0, 0};
          elem.move_to(pos);
          matrix_group.add(elem);
          positions.emplace_back((int)i, (int)j, elem);
        }
      }

      // Get the bounding box of all elements
      matrix_group.move_to(ORIGIN);

      // Add brackets that properly encapsulate the matrix
      const double height = elements.size() * 0.6 + 0.4;
      auto left_bracket = Text("[", {.font_size = (double)(int)(60 * (height / 2))});
      auto right_bracket = Text("]", {.font_size = (double)(int)(60 * (height / 2))});

      // Position brackets to encapsulate entire matrix
      left_bracket.stretch_to_fit_height(height);
      right_bracket.stretch_to_fit_height(height);
      left_bracket.next_to(matrix_group, LEFT, 0.2);
      right_bracket.next_to(matrix_group, RIGHT, 0.2);

      // Combine everything
      TextMatrix full_matrix(left_bracket, matrix_group, right_bracket);
      full_matrix.set_color(color);

      // Add label
      auto label = Text(name, {.font_size = 24}).next_to(full_matrix, UP);

      // Store element references for easy access
      full_matrix.elements = elements;
      full_matrix.positions = positions;

      return LabeledMatrix(full_matrix, label);
    };

    // VGroup(*[elements[i][j] for ...]): the cells picked by `pick(k)` for k = 0, 1, 2.
    auto cells = [](auto pick) {
      std::vector<Mobject> v;
      for (int k = 0; k < 3; ++k) v.push_back(pick(k));
      return VGroup(v);
    };

    // Title
    auto title = Text("Attention Mechanism Matrix Multiplication", {.font_size = 36});
    title.to_edge(UP);
    play(Write(title));
    wait();

    // Step 1: Show initial matrices
    auto step1_text = Text("Step 1: Initial Matrices", {.color = BLUE_C, .font_size = 28});
    step1_text.next_to(title, DOWN);
    play(Write(step1_text));

    auto hidden_matrix = create_text_matrix(hidden_states, "hidden_states", BLUE);
    auto weights_T_matrix = create_text_matrix(weights_T, "weights.T", GREEN);

    hidden_matrix.move_to(LEFT * 3.5);
    weights_T_matrix.move_to(RIGHT * 3.5);

    play(FadeIn(hidden_matrix), FadeIn(weights_T_matrix));
    wait(2);

    // Step 2: Compute queries with visualization
    play(FadeOut(step1_text));
    auto step2_text =
        Text("Step 2: queries = hidden_states @ weights.T", {.color = GREEN_C, .font_size = 26});
    step2_text.next_to(title, DOWN);
    play(Write(step2_text));

    // Position matrices for multiplication
    auto mult_sign = Text("@", {.font_size = 48}).move_to(ORIGIN);
    play(hidden_matrix.animate().move_to(LEFT * 2.5),
         weights_T_matrix.animate().move_to(RIGHT * 2.5), Write(mult_sign));
    wait();

    // Create result matrix placeholder
    auto queries_matrix = create_text_matrix(queries, "queries", YELLOW);
    queries_matrix.move_to(DOWN * 2.5);
    queries_matrix.full_matrix.set_opacity(0.2);  // Make matrix semi-transparent initially
    play(FadeIn(queries_matrix));

    const auto& hidden_el = hidden_matrix.full_matrix.elements;
    const auto& weights_T_el = weights_T_matrix.full_matrix.elements;
    const auto& queries_el = queries_matrix.full_matrix.elements;

    // Visualize matrix multiplication for a few elements
    // Show row 0, col 0
    auto row_highlight = SurroundingRectangle(cells([&](int j) { return hidden_el[0][j]; }),
                                              {.color = YELLOW, .buff = 0.1});
    auto col_highlight = SurroundingRectangle(cells([&](int j) { return weights_T_el[j][0]; }),
                                              {.color = YELLOW, .buff = 0.1});

    play(Create(row_highlight), Create(col_highlight));

    // Show calculation
    auto calc_text = Text("1×2 + 0×4 + 0×(-2) = 2", {.color = YELLOW, .font_size = 20});
    calc_text.next_to(queries_matrix, DOWN);
    play(Write(calc_text));
    play(queries_el[0][0].animate().set_opacity(1).set_color(YELLOW), PlayArgs{.run_time = 0.5});
    wait(0.5);

    // Show row 1, col 1 (faster)
    play(row_highlight.animate().move_to(cells([&](int j) { return hidden_el[1][j]; })),
         col_highlight.animate().move_to(cells([&](int j) { return weights_T_el[j][1]; })),
         Transform(calc_text, Text("(-2)×1 + 1×(-6) + 0×7 = -8", {.color = YELLOW, .font_size = 20})
                                  .next_to(queries_matrix, DOWN)),
         PlayArgs{.run_time = 0.5});
    play(queries_el[1][1].animate().set_opacity(1).set_color(YELLOW), PlayArgs{.run_time = 0.3});

    // Fill in remaining elements quickly
    std::vector<Anim> fill_queries;
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 3; ++j)
        if (!(i == 0 && j == 0) && !(i == 1 && j == 1))
          fill_queries.push_back(queries_el[i][j].animate().set_opacity(1).set_color(YELLOW));
    play(FadeOut(row_highlight), FadeOut(col_highlight), FadeOut(calc_text), fill_queries,
         PlayArgs{.run_time = 1});

    // Move to final position
    play(FadeOut(mult_sign), FadeOut(hidden_matrix), FadeOut(weights_T_matrix),
         queries_matrix.animate().move_to(LEFT * 3.5).scale(0.9), PlayArgs{.run_time = 1});

    // Step 3: Compute attention map with visualization
    play(FadeOut(step2_text));
    auto step3_text =
        Text("Step 3: attention_map = queries @ keys.T", {.color = RED_C, .font_size = 26});
    step3_text.next_to(title, DOWN);
    play(Write(step3_text));

    // Create keys.T
    auto keys_T_matrix = create_text_matrix(keys.transpose(), "keys.T", ORANGE);
    keys_T_matrix.move_to(RIGHT * 3.5).scale(0.9);
    play(FadeIn(keys_T_matrix));

    // Show multiplication
    auto mult_sign2 = Text("@", {.font_size = 40}).move_to(ORIGIN);
    play(Write(mult_sign2));
    wait();

    // Create attention matrix placeholder
    auto attention_matrix = create_text_matrix(attention_map, "attention_map", RED);
    attention_matrix.move_to(DOWN * 2.5);
    attention_matrix.full_matrix.set_opacity(0.2);
    play(FadeIn(attention_matrix));

    const auto& keys_T_el = keys_T_matrix.full_matrix.elements;
    const auto& attention_el = attention_matrix.full_matrix.elements;

    // Quick visualization of one element
    auto row_highlight2 = SurroundingRectangle(cells([&](int j) { return queries_el[0][j]; }),
                                               {.color = RED, .buff = 0.1});
    auto col_highlight2 = SurroundingRectangle(cells([&](int j) { return keys_T_el[j][0]; }),
                                               {.color = RED, .buff = 0.1});

    play(Create(row_highlight2), Create(col_highlight2), PlayArgs{.run_time = 0.5});

    // Show calculation briefly
    auto calc_text2 = Text("2×2 + 4×4 + (-2)×(-2) = 24", {.color = RED, .font_size = 20});
    calc_text2.next_to(attention_matrix, DOWN);
    play(Write(calc_text2), attention_el[0][0].animate().set_opacity(1).set_color(RED),
         PlayArgs{.run_time = 0.5});

    // Fill in remaining elements
    std::vector<Anim> fill_attention;
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 3; ++j)
        if (!(i == 0 && j == 0))
          fill_attention.push_back(attention_el[i][j].animate().set_opacity(1).set_color(RED));
    play(FadeOut(row_highlight2), FadeOut(col_highlight2), FadeOut(calc_text2), fill_attention,
         PlayArgs{.run_time = 1.5});

    // Final arrangement
    play(FadeOut(mult_sign2), FadeOut(queries_matrix), FadeOut(keys_T_matrix),
         attention_matrix.animate().move_to(ORIGIN).scale(1.3), PlayArgs{.run_time = 1});

    // Final display
    play(FadeOut(step3_text));
    auto final_text = Text("Final Attention Map", {.color = GOLD, .font_size = 32});
    final_text.next_to(title, DOWN);
    play(Write(final_text));

    // Highlight diagonal elements
    for (int i = 0; i < 3; ++i) {
      auto rect = SurroundingRectangle(attention_el[i][i], {.color = GOLD, .buff = 0.1});
      play(Create(rect), PlayArgs{.run_time = 0.3});
      play(FadeOut(rect), PlayArgs{.run_time = 0.2});
    }

    // Add interpretation text
    auto interp_text = Text("Diagonal: self-attention scores", {.color = GRAY, .font_size = 24});
    interp_text.to_edge(DOWN);
    play(Write(interp_text));
    wait(3);

    // Fade out everything
    std::vector<Anim> fade_all;
    for (const Mobject& mob : mobjects()) fade_all.push_back(FadeOut(mob));
    play(fade_all);
  }
};

}  // namespace attention_improved_v1

using AttentionMatMulImproved = attention_improved_v1::AttentionMatMulImproved;
MANIM_SCENE(AttentionMatMulImproved);
