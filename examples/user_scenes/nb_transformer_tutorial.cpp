// Source: 002 notebook cell In[2] (nb_transformer_tutorial.py), a visual tour of how
// transformers work after e2eml.school/transformers.html.
// Render: build/manimcpp examples/user_scenes/nb_transformer_tutorial.cpp TransformerTutorial -ql
#include <cmath>
#include <manim/manim.hpp>
#include <string>
#include <vector>

using namespace manim;

class TransformerTutorial : public Scene {
 public:
  void construct() override {
    // Title sequence
    auto title = Text("How Transformers Work", {.color = BLUE, .font_size = 72});
    auto subtitle = Text("A Complete Visual Guide", {.color = WHITE, .font_size = 36});
    subtitle.next_to(title, DOWN);

    play(Write(title));
    play(Write(subtitle));
    wait(2);
    play(FadeOut(title), FadeOut(subtitle));

    // Section 1: One-hot Encoding
    one_hot_encoding();

    // Section 2: Dot Product
    dot_product();

    // Section 3: Matrix Multiplication
    matrix_multiplication();

    // Section 4: Matrix as Lookup
    matrix_lookup();

    // Section 5: First Order Markov Model
    first_order_model();

    // Section 6: Second Order Model
    second_order_model();

    // Section 7: Second Order with Skips
    second_order_skips();

    // Section 8: Masking and Attention
    masking_attention();

    // Section 9: Embeddings
    embeddings();

    // Section 10: Positional Encoding
    positional_encoding();

    // Section 11: Multi-head Attention
    multihead_attention();

    // Section 12: Complete Architecture
    complete_architecture();

    // Conclusion
    conclusion();
  }

  void one_hot_encoding() {
    auto section_title = Text("One-Hot Encoding", {.color = YELLOW, .font_size = 48});
    play(Write(section_title));
    wait(1);
    play(section_title.animate().to_edge(UP));

    // Show vocabulary
    auto vocab_text = Text("Vocabulary: files, find, my", {.font_size = 24});
    vocab_text.to_edge(UP).shift(DOWN * 0.8);
    play(Write(vocab_text));

    // Show sentence
    auto sentence = Text("Find my files", {.color = GREEN, .font_size = 32});
    sentence.shift(UP * 2);
    play(Write(sentence));

    // Show word-to-number mapping
    auto mapping = VGroup(Text("files = 1", {.font_size = 24}), Text("find = 2", {.font_size = 24}),
                          Text("my = 3", {.font_size = 24}))
                       .arrange(DOWN, DEFAULT_MOBJECT_TO_MOBJECT_BUFFER, LEFT);
    mapping.shift(LEFT * 4 + UP * 0.5);
    play(Write(mapping));

    // Show number sequence
    auto number_seq = Text("[2, 3, 1]", {.color = ORANGE, .font_size = 28});
    number_seq.next_to(sentence, DOWN);
    play(Write(number_seq));

    wait(1);

    // Transform to one-hot
    auto one_hot_title = Text("One-Hot Representation:", {.font_size = 24});
    one_hot_title.shift(DOWN * 0.5);
    play(Write(one_hot_title));

    // Create one-hot vectors
    auto find_vector = create_vector({0, 1, 0}, "find");
    auto my_vector = create_vector({0, 0, 1}, "my");
    auto files_vector = create_vector({1, 0, 0}, "files");

    auto vectors_group = VGroup(find_vector, my_vector, files_vector);
    vectors_group.arrange(RIGHT, 1).shift(DOWN * 2);

    play(Create(vectors_group));
    wait(2);

    // Show as matrix
    auto matrix_text = Text("As a matrix:", {.font_size = 24});
    matrix_text.shift(DOWN * 3.5);
    play(Write(matrix_text));

    auto matrix = Matrix({{0, 1, 0}, {0, 0, 1}, {1, 0, 0}}).scale(0.8);
    matrix.next_to(matrix_text, DOWN);
    play(Create(matrix));

    wait(2);
    clear_scene();
  }

  VGroup create_vector(const std::vector<int>& values, const std::string& label) {
    std::vector<std::vector<MatrixEntry>> column;
    for (int v : values) column.push_back({v});
    auto vector = Matrix(column).scale(0.6);
    auto label_text = Text(label, {.font_size = 16});
    label_text.next_to(vector, UP);
    return VGroup(vector, label_text);
  }

  void dot_product() {
    auto section_title = Text("Dot Product", {.color = YELLOW, .font_size = 48});
    play(Write(section_title));
    wait(1);
    play(section_title.animate().to_edge(UP));

    // Show dot product definition
    auto definition = Text("Multiply corresponding elements, then add", {.font_size = 24});
    definition.shift(UP * 2.5);
    play(Write(definition));

    // Example vectors
    auto vec_a = Matrix({{1}, {0}, {0}}).scale(0.8);
    auto vec_b = Matrix({{1}, {0}, {0}}).scale(0.8);

    vec_a.shift(LEFT * 3 + UP * 1);
    vec_b.shift(LEFT * 1 + UP * 1);

    auto dot_symbol = Text("•", {.font_size = 32});
    dot_symbol.move_to((vec_a.get_right() + vec_b.get_left()) / 2);

    play(Create(vec_a), Create(vec_b), Write(dot_symbol));

    // Show calculation
    auto calc_text = Text("1×1 + 0×0 + 0×0 = 1", {.font_size = 24});
    calc_text.next_to(vec_b, RIGHT, 1);
    play(Write(calc_text));

    // Key insights
    auto insights = VGroup(Text("One-hot vector • itself = 1", {.color = GREEN, .font_size = 20}),
                           Text("Different one-hot vectors • = 0", {.color = RED, .font_size = 20}))
                        .arrange(DOWN);
    insights.shift(DOWN * 1.5);
    play(Write(insights));

    wait(3);
    clear_scene();
  }

  void matrix_multiplication() {
    auto section_title = Text("Matrix Multiplication", {.color = YELLOW, .font_size = 48});
    play(Write(section_title));
    wait(1);
    play(section_title.animate().to_edge(UP));

    // Show matrices
    auto mat_a = Matrix({{1, 0, 0}}).scale(0.7);
    auto mat_b = Matrix({{2}, {3}, {1}}).scale(0.7);

    mat_a.shift(LEFT * 2);
    mat_b.shift(RIGHT * 0);

    auto times_symbol = Text("×", {.font_size = 32});
    times_symbol.move_to((mat_a.get_right() + mat_b.get_left()) / 2);

    play(Create(mat_a), Create(mat_b), Write(times_symbol));

    // Show result
    auto equals = Text("=", {.font_size = 32});
    auto result = Matrix({{2}}).scale(0.7);
    equals.next_to(mat_b, RIGHT, 0.5);
    result.next_to(equals, RIGHT, 0.5);

    play(Write(equals), Create(result));

    // Show rule
    auto rule = Text("Columns in A must equal rows in B", {.color = ORANGE, .font_size = 20});
    rule.shift(DOWN * 1.5);
    play(Write(rule));

    // Larger example
    wait(1);
    play(FadeOut(VGroup(mat_a, mat_b, times_symbol, equals, result, rule)));

    auto larger_a = Matrix({{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}).scale(0.6);
    auto larger_b = Matrix({{2, 5}, {3, 6}, {1, 4}}).scale(0.6);

    larger_a.shift(LEFT * 2.5);
    larger_b.shift(RIGHT * 0.5);

    auto times2 = Text("×", {.font_size = 24});
    times2.move_to((larger_a.get_right() + larger_b.get_left()) / 2);

    play(Create(larger_a), Create(larger_b), Write(times2));

    auto equals2 = Text("=", {.font_size = 24});
    auto result2 = Matrix({{2, 5}, {3, 6}, {1, 4}}).scale(0.6);
    equals2.next_to(larger_b, RIGHT, 0.3);
    result2.next_to(equals2, RIGHT, 0.3);

    play(Write(equals2), Create(result2));

    wait(3);
    clear_scene();
  }

  void matrix_lookup() {
    auto section_title =
        Text("Matrix Multiplication as Table Lookup", {.color = YELLOW, .font_size = 40});
    play(Write(section_title));
    wait(1);
    play(section_title.animate().to_edge(UP));

    // Show one-hot matrix
    auto one_hot_matrix = Matrix({{1, 0, 0, 0}, {0, 0, 0, 1}, {0, 0, 1, 0}}).scale(0.6);
    one_hot_matrix.shift(LEFT * 3);

    // Show lookup table
    auto lookup_table =
        Matrix({{"show", "me"}, {"my", "files"}, {"please", "find"}, {"photos", "dirs"}})
            .scale(0.5);
    lookup_table.shift(RIGHT * 1);

    auto times = Text("×", {.font_size = 24});
    times.move_to((one_hot_matrix.get_right() + lookup_table.get_left()) / 2);

    play(Create(one_hot_matrix), Write(times), Create(lookup_table));

    // Show result
    auto equals = Text("=", {.font_size = 24});
    auto result = Matrix({{"show", "me"}, {"photos", "dirs"}, {"please", "find"}}).scale(0.5);
    equals.next_to(lookup_table, RIGHT, 0.3);
    result.next_to(equals, RIGHT, 0.3);

    play(Write(equals), Create(result));

    // Highlight the lookup mechanism
    auto highlight_text =
        Text("One-hot vectors 'pull out' specific rows!", {.color = GREEN, .font_size = 24});
    highlight_text.shift(DOWN * 2.5);
    play(Write(highlight_text));

    auto core_text =
        Text("This is the core of how transformers work", {.color = RED, .font_size = 20});
    core_text.next_to(highlight_text, DOWN);
    play(Write(core_text));

    wait(3);
    clear_scene();
  }

  void first_order_model() {
    auto section_title = Text("First Order Sequence Model", {.color = YELLOW, .font_size = 40});
    play(Write(section_title));
    wait(1);
    play(section_title.animate().to_edge(UP));

    // Show example sentences
    auto sentences = VGroup(Text("Show me my directories please", {.font_size = 20}),
                            Text("Show me my files please", {.font_size = 20}),
                            Text("Show me my photos please", {.font_size = 20}))
                         .arrange(DOWN);
    sentences.shift(UP * 2);
    play(Write(sentences));

    // Show transition matrix concept
    auto matrix_title = Text("Transition Matrix (Markov Chain):", {.font_size = 24});
    matrix_title.shift(UP * 0.5);
    play(Write(matrix_title));

    // Create simplified transition matrix
    auto transition_matrix = Matrix({{0, 1, 0, 0, 0},
                                     {0, 0, 1, 0, 0},
                                     {0, 0, 0, 0.2, 0.3},  // after "my"
                                     {0, 0, 0, 0, 1},
                                     {0, 0, 0, 0, 0}})
                                 .scale(0.6);
    transition_matrix.shift(DOWN * 1);
    play(Create(transition_matrix));

    // Label rows and columns
    auto row_labels = VGroup(Text("show", {.font_size = 12}), Text("me", {.font_size = 12}),
                             Text("my", {.font_size = 12}), Text("dirs", {.font_size = 12}),
                             Text("files", {.font_size = 12}))
                          .arrange(DOWN, 0.8);
    row_labels.next_to(transition_matrix, LEFT);
    play(Write(row_labels));

    // Key insight
    auto insight =
        Text("Each row shows probability of next word", {.color = GREEN, .font_size = 20});
    insight.shift(DOWN * 3);
    play(Write(insight));

    wait(3);
    clear_scene();
  }

  void second_order_model() {
    auto section_title = Text("Second Order Model", {.color = YELLOW, .font_size = 40});
    play(Write(section_title));
    wait(1);
    play(section_title.animate().to_edge(UP));

    // Show the problem
    auto problem = VGroup(Text("Check whether the battery ran down please", {.font_size = 18}),
                          Text("Check whether the program ran please", {.font_size = 18}))
                       .arrange(DOWN);
    problem.shift(UP * 2.5);
    play(Write(problem));

    // Show the insight
    auto insight_text =
        Text("Looking at TWO words gives more context!", {.color = GREEN, .font_size = 24});
    insight_text.shift(UP * 1.5);
    play(Write(insight_text));

    // Show word pairs
    auto pairs = VGroup(Text("'battery ran' → 'down'", {.color = BLUE, .font_size = 20}),
                        Text("'program ran' → 'please'", {.color = BLUE, .font_size = 20}))
                     .arrange(DOWN);
    pairs.shift(UP * 0.5);
    play(Write(pairs));

    // Show matrix size issue
    auto size_text = Text("Second order matrix has N² rows!", {.color = RED, .font_size = 20});
    size_text.shift(DOWN * 0.5);
    play(Write(size_text));

    // Show benefit
    auto benefit =
        Text("More confidence: more 1s, fewer fractions", {.color = GREEN, .font_size = 20});
    benefit.shift(DOWN * 1.5);
    play(Write(benefit));

    wait(3);
    clear_scene();
  }

  void second_order_skips() {
    auto section_title = Text("Second Order with Skips", {.color = YELLOW, .font_size = 40});
    play(Write(section_title));
    wait(1);
    play(section_title.animate().to_edge(UP));

    // Show long-range dependency problem
    auto long_sentence =
        Text("Check the program log and find out whether it ran please", {.font_size = 16});
    long_sentence.shift(UP * 2.5);
    play(Write(long_sentence));

    auto problem_text =
        Text("Need to look back 8 words! N⁸ rows = impossible", {.color = RED, .font_size = 20});
    problem_text.shift(UP * 2);
    play(Write(problem_text));

    // Show solution
    auto solution_title = Text("Solution: Skip connections", {.color = GREEN, .font_size = 24});
    solution_title.shift(UP * 1.2);
    play(Write(solution_title));

    auto solution_text = Text("Pair most recent word with each previous word", {.font_size = 18});
    solution_text.shift(UP * 0.8);
    play(Write(solution_text));

    // Show key insight
    auto key_pairs =
        VGroup(Text("'program, ran' → votes for 'please'", {.color = BLUE, .font_size = 16}),
               Text("'battery, ran' → votes for 'down'", {.color = BLUE, .font_size = 16}))
            .arrange(DOWN);
    key_pairs.shift(UP * 0.2);
    play(Write(key_pairs));

    // Show voting concept
    auto voting_text =
        Text("Features become VOTES, not probabilities", {.color = ORANGE, .font_size = 20});
    voting_text.shift(DOWN * 0.5);
    play(Write(voting_text));

    // Show aggregation
    auto agg_text = Text("Sum all votes to make final prediction", {.font_size = 18});
    agg_text.shift(DOWN * 1.2);
    play(Write(agg_text));

    wait(3);
    clear_scene();
  }

  void masking_attention() {
    auto section_title = Text("Masking = Attention!", {.color = YELLOW, .font_size = 48});
    play(Write(section_title));
    wait(1);
    play(section_title.animate().to_edge(UP));

    // Show the problem with uninformative features
    auto problem =
        Text("Most word pairs give uninformative votes (0.5)", {.color = RED, .font_size = 20});
    problem.shift(UP * 2.5);
    play(Write(problem));

    // Show feature vector
    auto feature_text = Text("Feature Vector:", {.font_size = 20});
    feature_text.shift(UP * 1.8);
    play(Write(feature_text));

    auto feature_vector = Matrix({{1}, {1}, {1}, {1}, {1}}).scale(0.6);
    feature_vector.next_to(feature_text, DOWN);
    play(Create(feature_vector));

    // Show mask
    auto mask_text = Text("Attention Mask:", {.font_size = 20});
    mask_text.next_to(feature_vector, RIGHT, 1);
    play(Write(mask_text));

    auto mask_vector = Matrix({{0}, {1}, {0}, {1}, {0}}).scale(0.6);
    mask_vector.next_to(mask_text, DOWN);
    play(Create(mask_vector));

    // Show element-wise multiplication
    auto multiply_symbol = Text("⊙", {.font_size = 24});
    multiply_symbol.move_to((feature_vector.get_right() + mask_vector.get_left()) / 2);
    play(Write(multiply_symbol));

    // Show result
    auto equals = Text("=", {.font_size = 24});
    auto result_vector = Matrix({{0}, {1}, {0}, {1}, {0}}).scale(0.6);
    equals.next_to(mask_vector, RIGHT, 0.5);
    result_vector.next_to(equals, RIGHT, 0.5);
    play(Write(equals), Create(result_vector));

    // The big reveal
    auto reveal = Text("This selective masking IS attention!", {.color = GREEN, .font_size = 24});
    reveal.shift(DOWN * 1.5);
    play(Write(reveal));

    // Connection to paper
    auto paper_connection =
        Text("QK^T in the attention equation = mask lookup", {.color = BLUE, .font_size = 18});
    paper_connection.shift(DOWN * 2.2);
    play(Write(paper_connection));

    wait(3);
    clear_scene();
  }

  void embeddings() {
    auto section_title = Text("Embeddings", {.color = YELLOW, .font_size = 48});
    play(Write(section_title));
    wait(1);
    play(section_title.animate().to_edge(UP));

    // Show the scaling problem
    auto problem =
        Text("50,000 words → 100+ trillion matrix elements!", {.color = RED, .font_size = 24});
    problem.shift(UP * 2.5);
    play(Write(problem));

    // Show high-dimensional space
    auto high_dim_text = Text("High-dimensional one-hot space:", {.font_size = 20});
    high_dim_text.shift(UP * 1.8);
    play(Write(high_dim_text));

    // Create scattered dots representing high-dim space
    auto high_dim_dots = VGroup();
    for (int i = 0; i < 8; ++i) {
      for (int j = 0; j < 3; ++j) {
        auto dot = Dot({.color = WHITE, .radius = 0.05});
        dot.move_to(Vec3{i * 0.5 - 2, j * 0.5 + 0.5, 0});
        high_dim_dots.add(dot);
      }
    }
    play(Create(high_dim_dots));

    // Show projection arrow
    auto arrow = Arrow(UP * 0.2, DOWN * 0.8, {.color = YELLOW});
    arrow.shift(DOWN * 0.3);
    play(Create(arrow));

    auto projection_text = Text("Project to low-dimensional space", {.font_size = 18});
    projection_text.next_to(arrow, RIGHT);
    play(Write(projection_text));

    // Show 2D embedding space
    auto axes = Axes({.x_range = {-3, 3}, .y_range = {-2, 2}, .x_length = 4, .y_length = 3});
    axes.shift(DOWN * 2.5);
    play(Create(axes));

    // Add word points in 2D space
    auto word_points = VGroup(Dot(axes.coords_to_point(-1, 1), {.color = BLUE}).scale(1.5),
                              Dot(axes.coords_to_point(1, 1), {.color = BLUE}).scale(1.5),
                              Dot(axes.coords_to_point(0, -1), {.color = GREEN}).scale(1.5),
                              Dot(axes.coords_to_point(-2, 0), {.color = RED}).scale(1.5));

    auto word_labels = VGroup(Text("battery", {.font_size = 12}).next_to(word_points[0], UP),
                              Text("program", {.font_size = 12}).next_to(word_points[1], UP),
                              Text("ran", {.font_size = 12}).next_to(word_points[2], DOWN),
                              Text("check", {.font_size = 12}).next_to(word_points[3], LEFT));

    play(Create(word_points), Write(word_labels));

    // Show clustering benefit
    auto benefit = Text("Similar words cluster together!", {.color = GREEN, .font_size = 20});
    benefit.shift(DOWN * 4.2);
    play(Write(benefit));

    wait(3);
    clear_scene();
  }

  void positional_encoding() {
    auto section_title = Text("Positional Encoding", {.color = YELLOW, .font_size = 48});
    play(Write(section_title));
    wait(1);
    play(section_title.animate().to_edge(UP));

    // Show the problem
    auto problem = Text("Embeddings lose word order information!", {.color = RED, .font_size = 24});
    problem.shift(UP * 2.5);
    play(Write(problem));

    // Show solution concept
    auto solution =
        Text("Add circular 'wiggles' based on position", {.color = GREEN, .font_size = 20});
    solution.shift(UP * 2);
    play(Write(solution));

    // Create circular pattern visualization
    auto axes = Axes({.x_range = {-2, 2}, .y_range = {-2, 2}, .x_length = 3, .y_length = 3});
    axes.shift(LEFT * 2 + DOWN * 0.5);
    play(Create(axes));

    // Create circle showing positional encoding
    auto circle = Circle({.color = BLUE, .radius = 1});
    circle.move_to(axes.get_origin());
    play(Create(circle));

    // Show points on circle for different positions
    std::vector<Mobject> positions;
    for (int i = 0; i < 6; ++i) {
      const double angle = i * PI / 3;
      auto point = Dot(axes.coords_to_point(std::cos(angle), std::sin(angle)), {.color = YELLOW});
      positions.push_back(point);
    }

    auto position_group = VGroup(positions);
    play(Create(position_group));

    // Label positions
    auto pos_labels = VGroup();
    for (std::size_t i = 0; i < positions.size(); ++i) {
      auto label = Text("pos" + std::to_string(i), {.font_size = 10});
      label.next_to(positions[i], i < 3 ? UP : DOWN, 0.1);
      pos_labels.add(label);
    }
    play(Write(pos_labels));

    // Show the math concept
    auto math_text =
        VGroup(Text("Different frequencies for different dimensions", {.font_size = 16}),
               Text("sin/cos functions create smooth patterns", {.font_size = 16}))
            .arrange(DOWN);
    math_text.shift(RIGHT * 2.5 + DOWN * 0.5);
    play(Write(math_text));

    // Show addition to embeddings
    auto addition_text = Text("Added to word embeddings", {.color = GREEN, .font_size = 18});
    addition_text.shift(DOWN * 2.5);
    play(Write(addition_text));

    wait(3);
    clear_scene();
  }

  void multihead_attention() {
    auto section_title = Text("Multi-Head Attention", {.color = YELLOW, .font_size = 40});
    play(Write(section_title));
    wait(1);
    play(section_title.animate().to_edge(UP));

    // Show the softmax problem
    auto problem = Text("Softmax focuses on single element", {.color = RED, .font_size = 20});
    problem.shift(UP * 2.5);
    play(Write(problem));

    auto single_att = Text("Single attention: [0.1, 0.8, 0.1]", {.font_size = 16});
    single_att.shift(UP * 2);
    play(Write(single_att));

    // Show solution
    auto solution = Text("Solution: Multiple attention heads!", {.color = GREEN, .font_size = 20});
    solution.shift(UP * 1.4);
    play(Write(solution));

    // Create multiple attention heads visualization
    auto head_titles = VGroup(Text("Head 1", {.font_size = 14}), Text("Head 2", {.font_size = 14}),
                              Text("Head 3", {.font_size = 14}))
                           .arrange(RIGHT, 2);
    head_titles.shift(UP * 0.5);
    play(Write(head_titles));

    // Show different attention patterns
    auto att_patterns = VGroup(Matrix({{"0.7"}, {"0.2"}, {"0.1"}}).scale(0.4),
                               Matrix({{"0.1"}, {"0.7"}, {"0.2"}}).scale(0.4),
                               Matrix({{"0.2"}, {"0.1"}, {"0.7"}}).scale(0.4))
                            .arrange(RIGHT, 1.5);
    att_patterns.next_to(head_titles, DOWN);
    play(Create(att_patterns));

    // Show concatenation
    auto concat_text = Text("Concatenate and project back", {.font_size = 16});
    concat_text.shift(DOWN * 1);
    play(Write(concat_text));

    // Show efficiency trick
    auto efficiency = Text("Use smaller dimensions (d_k, d_v) for efficiency",
                           {.color = ORANGE, .font_size = 16});
    efficiency.shift(DOWN * 1.7);
    play(Write(efficiency));

    // Show dimensions
    auto dims = VGroup(Text("d_model = 512 (paper)", {.font_size = 14}),
                       Text("d_k = d_v = 64 (paper)", {.font_size = 14}),
                       Text("h = 8 heads (paper)", {.font_size = 14}))
                    .arrange(DOWN, DEFAULT_MOBJECT_TO_MOBJECT_BUFFER, LEFT);
    dims.shift(DOWN * 2.8 + LEFT * 3);
    play(Write(dims));

    wait(3);
    clear_scene();
  }

  void complete_architecture() {
    auto section_title =
        Text("Complete Transformer Architecture", {.color = YELLOW, .font_size = 36});
    play(Write(section_title));
    wait(1);
    play(section_title.animate().to_edge(UP));

    // Create encoder stack
    auto encoder_title = Text("Encoder", {.color = BLUE, .font_size = 20});
    encoder_title.shift(LEFT * 4 + UP * 2);
    play(Write(encoder_title));

    auto encoder_blocks = VGroup();
    for (int i = 0; i < 3; ++i) {
      auto block = Rectangle({.color = BLUE, .width = 1.5, .height = 0.8});
      block.shift(LEFT * 4 + UP * (1 - i * 0.9));
      encoder_blocks.add(block);
    }
    play(Create(encoder_blocks));

    // Create decoder stack
    auto decoder_title = Text("Decoder", {.color = GREEN, .font_size = 20});
    decoder_title.shift(RIGHT * 4 + UP * 2);
    play(Write(decoder_title));

    auto decoder_blocks = VGroup();
    for (int i = 0; i < 3; ++i) {
      auto block = Rectangle({.color = GREEN, .width = 1.5, .height = 0.8});
      block.shift(RIGHT * 4 + UP * (1 - i * 0.9));
      decoder_blocks.add(block);
    }
    play(Create(decoder_blocks));

    // Cross-attention connections
    auto connections = VGroup();
    for (int i = 0; i < 3; ++i) {
      auto arrow = Arrow(encoder_blocks[0].get_right() + UP * (0 - i * 0.9),
                         decoder_blocks[i].get_left(), {.color = YELLOW});
      connections.add(arrow);
    }
    play(Create(connections));

    auto cross_att_label = Text("Cross-Attention", {.color = YELLOW, .font_size = 16});
    cross_att_label.shift(UP * 0.5);
    play(Write(cross_att_label));

    // Show data flow
    auto input_text = Text("Source\nSequence", {.font_size = 14});
    input_text.next_to(encoder_blocks, DOWN);
    play(Write(input_text));

    auto output_text = Text("Target\nSequence", {.font_size = 14});
    output_text.next_to(decoder_blocks, DOWN);
    play(Write(output_text));

    // Show key components
    auto components = VGroup(Text("• Multi-head attention", {.font_size = 12}),
                             Text("• Feed forward networks", {.font_size = 12}),
                             Text("• Skip connections", {.font_size = 12}),
                             Text("• Layer normalization", {.font_size = 12}),
                             Text("• Positional encoding", {.font_size = 12}))
                          .arrange(DOWN, DEFAULT_MOBJECT_TO_MOBJECT_BUFFER, LEFT);
    components.shift(DOWN * 2.5);
    play(Write(components));

    wait(3);
    clear_scene();
  }

  void conclusion() {
    // Final title
    auto title = Text("Transformers Demystified!", {.color = GOLD, .font_size = 56});
    play(Write(title));
    wait(1);

    // Key takeaways
    auto takeaways =
        VGroup(Text("✓ Attention is selective masking", {.color = GREEN, .font_size = 20}),
               Text("✓ Matrix multiplication as lookup", {.color = GREEN, .font_size = 20}),
               Text("✓ Embeddings enable scaling", {.color = GREEN, .font_size = 20}),
               Text("✓ Multiple heads provide redundancy", {.color = GREEN, .font_size = 20}),
               Text("✓ Skip connections ensure robustness", {.color = GREEN, .font_size = 20}))
            .arrange(DOWN, 0.4);
    takeaways.shift(DOWN * 1.5);

    play(Write(takeaways));
    wait(2);

    // Final message
    auto final_msg =
        Text("From basic math to state-of-the-art AI!", {.color = BLUE, .font_size = 24});
    final_msg.shift(DOWN * 4);
    play(Write(final_msg));

    wait(3);
  }

  void clear_scene() {
    // FadeOut(*self.mobjects): one mobject fades alone, several fade as one group.
    const std::vector<Mobject> all = mobjects();
    if (all.size() == 1)
      play(FadeOut(all[0]));
    else
      play(FadeOut(all));
    wait(0.5);
  }
};

// To render: build/manimcpp examples/user_scenes/nb_transformer_tutorial.cpp TransformerTutorial
// -ql
MANIM_SCENE(TransformerTutorial);
