// Port of percepta-computer-as-llm/manim_project/scene.py (user scene file
// percepta_computer_as_llm.py): 9 scenes explaining how a transformer can execute programs.
// Render: build/manimcpp examples/user_scenes/percepta_computer_as_llm.cpp Scene1_Intro -ql
#include <cmath>
#include <manim/manim.hpp>
#include <string>
#include <vector>

// The user's palette defines its own GOLD, so the port lives in a namespace where it wins.
namespace percepta {
using namespace manim;

// Color palette
const Color BG = "#0f0f1a";
const Color ACCENT = "#4fc3f7";
const Color ACCENT2 = "#ab47bc";
const Color ACCENT3 = "#66bb6a";
const Color WARN = "#ff7043";
const Color TEXT_COL = "#e0e0e0";
const Color DIM = "#666677";
const Color GOLD = "#ffd54f";

// FadeOut of every mobject on screen (Python's `*[FadeOut(m) for m in self.mobjects]`).
inline std::vector<Anim> fade_out_all(const Scene& scene) {
  std::vector<Anim> anims;
  for (const Mobject& m : scene.mobjects()) anims.push_back(FadeOut(m));
  return anims;
}

// The big question: Can LLMs be computers?
class Scene1_Intro : public Scene {
 public:
  void construct() override {
    camera().background_color = BG;
    auto title = Text("Can LLMs Be Computers?", {.color = ACCENT, .font_size = 56, .weight = BOLD});
    auto sub = Text("Executing programs inside transformers", {.color = DIM, .font_size = 28})
                   .next_to(title, DOWN, 0.4);
    play(Write(title, {.run_time = 1.5}));
    play(FadeIn(sub, {.shift = UP * 0.2}));
    wait(1.5);
    // Fade out title
    play(FadeOut(title), FadeOut(sub));
    // --- What LLMs are good at vs bad at ---
    auto good_title = Text("LLMs are great at…", {.color = ACCENT3, .font_size = 32});
    good_title.to_edge(UP, 0.6);
    auto good_items =
        VGroup(Text("✓ Solving hard math (IMO gold-medal level)",
                    {.color = TEXT_COL, .font_size = 24}),
               Text("✓ Writing code & reasoning about algorithms",
                    {.color = TEXT_COL, .font_size = 24}),
               Text("✓ Understanding natural language", {.color = TEXT_COL, .font_size = 24}))
            .arrange(DOWN, 0.25, LEFT)
            .next_to(good_title, DOWN, 0.4);
    play(Write(good_title));
    for (Mobject item : good_items) play(FadeIn(item, {.shift = RIGHT * 0.3}), {.run_time = 0.5});
    wait(1);
    auto bad_title = Text("…but terrible at simple computation", {.color = WARN, .font_size = 32});
    bad_title.next_to(good_items, DOWN, 0.6);
    auto bad_items =
        VGroup(Text("✗ Multiplying two numbers reliably", {.color = WARN, .font_size = 24}),
               Text("✗ Solving even easy Sudoku puzzles", {.color = WARN, .font_size = 24}),
               Text("✗ Any task needing many exact steps", {.color = WARN, .font_size = 24}))
            .arrange(DOWN, 0.25, LEFT)
            .next_to(bad_title, DOWN, 0.4);
    play(Write(bad_title));
    for (Mobject item : bad_items) play(FadeIn(item, {.shift = RIGHT * 0.3}), {.run_time = 0.5});
    wait(2);
    play(fade_out_all(*this));
  }
};

// How LLMs currently handle computation: tool use (the airplane analogy).
class Scene2_ToolUse : public Scene {
 public:
  void construct() override {
    camera().background_color = BG;
    // --- Airplane analogy ---
    auto analogy_title =
        Text("The Airplane Analogy", {.color = ACCENT, .font_size = 36, .weight = BOLD});
    analogy_title.to_edge(UP, 0.5);
    play(Write(analogy_title));
    auto human_label = Text("Human", {.color = TEXT_COL, .font_size = 28});
    auto human_box =
        RoundedRectangle({.color = ACCENT, .width = 2.2, .height = 1.2, .corner_radius = 0.15});
    auto human_grp = VGroup(human_box, human_label).move_to(LEFT * 3);
    auto plane_label = Text("Airplane", {.color = TEXT_COL, .font_size = 28});
    auto plane_box =
        RoundedRectangle({.color = ACCENT3, .width = 2.2, .height = 1.2, .corner_radius = 0.15});
    auto plane_grp = VGroup(plane_box, plane_label).move_to(RIGHT * 3);
    auto arrow = Arrow(human_box.get_right(), plane_box.get_left(), {.color = DIM, .buff = 0.2});
    auto arrow_label =
        Text("delegates flying", {.color = DIM, .font_size = 20}).next_to(arrow, UP, 0.15);
    auto cant = Text("Humans can't fly.", {.color = WARN, .font_size = 24})
                    .next_to(VGroup(human_grp, plane_grp), DOWN, 0.8);
    auto but = Text("Building airplanes doesn't change that.", {.color = WARN, .font_size = 24})
                   .next_to(cant, DOWN, 0.25);
    play(FadeIn(human_grp), FadeIn(plane_grp));
    play(GrowArrow(arrow), FadeIn(arrow_label));
    wait(0.5);
    play(Write(cant));
    play(Write(but));
    wait(2);
    std::vector<Anim> fade_rest;
    for (const Mobject& m : mobjects())
      if (m != analogy_title) fade_rest.push_back(FadeOut(m));
    play(fade_rest);
    play(FadeOut(analogy_title));
    // --- Tool use diagram ---
    auto tool_title =
        Text("Today: LLMs Use External Tools", {.color = ACCENT, .font_size = 34, .weight = BOLD});
    tool_title.to_edge(UP, 0.5);
    play(Write(tool_title));
    auto llm_box =
        RoundedRectangle({.color = ACCENT, .width = 2.5, .height = 1.4, .corner_radius = 0.2});
    auto llm_label = Text("LLM", {.color = ACCENT, .font_size = 30, .weight = BOLD});
    auto llm_grp = VGroup(llm_box, llm_label).move_to(LEFT * 3.5);
    auto interp_box =
        RoundedRectangle({.color = ACCENT3, .width = 3, .height = 1.4, .corner_radius = 0.2});
    auto interp_label = Text("Interpreter", {.color = ACCENT3, .font_size = 26});
    auto interp_grp = VGroup(interp_box, interp_label).move_to(RIGHT * 3);
    auto a1 = Arrow(llm_box.get_right(), interp_box.get_left(), {.color = GOLD, .buff = 0.2})
                  .shift(UP * 0.2);
    auto a1_label = Text("sends code", {.color = GOLD, .font_size = 18}).next_to(a1, UP, 0.1);
    auto a2 = Arrow(interp_box.get_left(), llm_box.get_right(), {.color = ACCENT3, .buff = 0.2})
                  .shift(DOWN * 0.2);
    auto a2_label =
        Text("returns result", {.color = ACCENT3, .font_size = 18}).next_to(a2, DOWN, 0.1);
    auto note = Text("The LLM describes computation\nbut never executes it.",
                     {.color = WARN, .font_size = 22, .line_spacing = 1.3})
                    .next_to(VGroup(llm_grp, interp_grp), DOWN, 0.9);
    play(FadeIn(llm_grp), FadeIn(interp_grp));
    play(GrowArrow(a1), FadeIn(a1_label));
    play(GrowArrow(a2), FadeIn(a2_label));
    wait(0.5);
    play(Write(note));
    wait(2.5);
    play(fade_out_all(*this));
  }
};

// The breakthrough: building a computer INSIDE the transformer.
class Scene3_KeyIdea : public Scene {
 public:
  void construct() override {
    camera().background_color = BG;
    auto title = Text("The Breakthrough", {.color = GOLD, .font_size = 40, .weight = BOLD});
    title.to_edge(UP, 0.5);
    play(Write(title));
    auto idea =
        Text("Build a computer INSIDE the transformer.", {.color = TEXT_COL, .font_size = 30})
            .next_to(title, DOWN, 0.6);
    play(Write(idea));
    wait(1);
    // Big transformer box
    auto tf_box =
        RoundedRectangle(
            {.color = ACCENT, .stroke_width = 3, .width = 9, .height = 4.5, .corner_radius = 0.25})
            .shift(DOWN * 0.5);
    auto tf_label =
        Text("Transformer", {.color = ACCENT, .font_size = 22}).next_to(tf_box, UP, 0.15);
    // CPU inside
    auto cpu_box =
        RoundedRectangle(
            {.color = GOLD, .stroke_width = 2, .width = 3, .height = 2, .corner_radius = 0.15})
            .move_to(tf_box.get_center() + LEFT * 2.2);
    auto cpu_label =
        Text("Virtual CPU\n(WebAssembly)", {.color = GOLD, .font_size = 20, .line_spacing = 1.2})
            .move_to(cpu_box);
    // Memory inside
    auto mem_box =
        RoundedRectangle(
            {.color = ACCENT3, .stroke_width = 2, .width = 2.5, .height = 2, .corner_radius = 0.15})
            .move_to(tf_box.get_center() + RIGHT * 2);
    auto mem_label =
        Text("Memory\n& Stack", {.color = ACCENT3, .font_size = 20, .line_spacing = 1.2})
            .move_to(mem_box);
    auto conn = Arrow(cpu_box.get_right(), mem_box.get_left(), {.color = DIM, .buff = 0.15});
    play(Create(tf_box), Write(tf_label));
    play(Create(cpu_box), Write(cpu_label));
    play(Create(mem_box), Write(mem_label));
    play(GrowArrow(conn));
    auto result = Text("Arbitrary C programs → tokens → executed by the model itself",
                       {.color = ACCENT, .font_size = 22})
                      .next_to(tf_box, DOWN, 0.5);
    play(Write(result));
    wait(2.5);
    play(fade_out_all(*this));
  }
};

// Side-by-side: tool use vs in-model execution for 3+5.
class Scene4_ToolVsInModel : public Scene {
 public:
  void construct() override {
    camera().background_color = BG;
    auto title =
        Text("Tool Use vs In-Model Execution", {.color = ACCENT, .font_size = 34, .weight = BOLD});
    title.to_edge(UP, 0.4);
    play(Write(title));
    auto divider =
        DashedLine(UP * 2.5, DOWN * 2.5, {.color = DIM, .dash_length = 0.15}).shift(DOWN * 0.3);
    play(Create(divider));
    // LEFT: tool use
    auto left_title = Text("Tool Use", {.color = WARN, .font_size = 26, .weight = BOLD})
                          .move_to(LEFT * 3.5 + UP * 2);
    play(Write(left_title));
    struct Step {
      std::string label_text, code_text;
      Color lc, cc;
    };
    const std::vector<Step> left_steps = {
        {"LLM:", "print(3+5)", ACCENT, GOLD},
        {"→ send to interpreter", "", DIM, DIM},
        {"← result: 8", "", ACCENT3, ACCENT3},
    };
    auto left_grp = VGroup();
    double y = 1.0;
    for (const auto& [label_text, code_text, lc, cc] : left_steps) {
      auto row = VGroup();
      auto lab = Text(label_text, {.color = lc, .font_size = 20}).move_to(LEFT * 5 + UP * y);
      lab.align_to(LEFT * 5.5, LEFT);
      row.add(lab);
      if (!code_text.empty()) {
        auto cd = Text(code_text, {.color = cc, .font_size = 18, .font = "Monospace"})
                      .next_to(lab, RIGHT, 0.2);
        row.add(cd);
      }
      left_grp.add(row);
      y -= 0.7;
    }
    auto opaque = Text("Execution is opaque\n(black box)",
                       {.color = WARN, .font_size = 18, .line_spacing = 1.2});
    opaque.move_to(LEFT * 3.5 + DOWN * 1.5);
    // RIGHT: in-model
    auto right_title = Text("In-Model", {.color = ACCENT3, .font_size = 26, .weight = BOLD})
                           .move_to(RIGHT * 3.5 + UP * 2);
    play(Write(right_title));
    const std::vector<std::string> right_lines = {
        "i32.const 03", "i32.const 05", "i32.add → 08", "output(08)", "halt",
    };
    auto right_grp = VGroup();
    y = 1.0;
    for (const auto& line : right_lines) {
      auto t = Text(line, {.color = ACCENT3, .font_size = 18, .font = "Monospace"})
                   .move_to(RIGHT * 3.5 + UP * y);
      right_grp.add(t);
      y -= 0.55;
    }
    auto transparent = Text("Every step visible\nin the token stream",
                            {.color = ACCENT3, .font_size = 18, .line_spacing = 1.2});
    transparent.move_to(RIGHT * 3.5 + DOWN * 2);
    for (Mobject row : left_grp) play(FadeIn(row, {.shift = RIGHT * 0.2}), {.run_time = 0.5});
    play(Write(opaque));
    wait(0.5);
    for (Mobject t : right_grp) play(FadeIn(t, {.shift = LEFT * 0.2}), {.run_time = 0.4});
    play(Write(transparent));
    wait(2.5);
    play(fade_out_all(*this));
  }
};

// Computation as an append-only trace — the notebook analogy.
class Scene5_AppendOnlyTrace : public Scene {
 public:
  void construct() override {
    camera().background_color = BG;
    auto title = Text("How It Works: The Append-Only Notebook",
                      {.color = ACCENT, .font_size = 32, .weight = BOLD});
    title.to_edge(UP, 0.4);
    play(Write(title));
    // Notebook visual
    auto nb_rect =
        Rectangle({.color = DIM, .stroke_width = 1.5, .width = 7, .height = 4.5}).shift(DOWN * 0.4);
    auto nb_label =
        Text("Notebook (token stream)", {.color = DIM, .font_size = 18}).next_to(nb_rect, UP, 0.1);
    play(Create(nb_rect), Write(nb_label));
    // Lines
    const std::vector<std::string> prompt_words = {"the", "cat",   "runs", "and",
                                                   "dog", "jumps", "over"};
    const std::vector<Color> colors = {DIM, DIM, ACCENT3, DIM, DIM, ACCENT3, DIM};
    auto prompt_label = Text("PROMPT (input words):", {.color = ACCENT, .font_size = 18})
                            .move_to(nb_rect.get_top() + DOWN * 0.4);
    play(Write(prompt_label));
    auto word_mobs = VGroup();
    for (std::size_t i = 0; i < prompt_words.size(); ++i) {
      auto t = Text(prompt_words[i], {.color = colors[i], .font_size = 22, .font = "Monospace"});
      t.move_to(nb_rect.get_top() + DOWN * 0.8 + RIGHT * (static_cast<double>(i) - 3) * 1.0);
      word_mobs.add(t);
    }
    std::vector<Anim> word_fades;
    for (Mobject w : word_mobs) word_fades.push_back(FadeIn(w));
    play(word_fades, {.run_time = 0.8});
    wait(0.5);
    // Trace section
    auto trace_label = Text("EXECUTION TRACE (generated tokens):", {.color = GOLD, .font_size = 18})
                           .move_to(nb_rect.get_center() + UP * 0.3);
    play(Write(trace_label));
    // Show parity counting step by step
    const std::vector<std::string> trace_vals = {"odd=0", "odd=0", "odd=1", "odd=1",
                                                 "odd=1", "odd=0", "odd=0"};
    auto trace_mobs = VGroup();
    for (std::size_t i = 0; i < trace_vals.size(); ++i) {
      auto t = Text(trace_vals[i], {.color = GOLD, .font_size = 20, .font = "Monospace"});
      t.move_to(nb_rect.get_center() + DOWN * 0.3 + RIGHT * (static_cast<double>(i) - 3) * 1.0);
      trace_mobs.add(t);
    }
    auto rule =
        Text("Each new token looks back at (1) the input word and (2) the previous trace token",
             {.color = TEXT_COL, .font_size = 17})
            .move_to(nb_rect.get_bottom() + DOWN * 0.05);
    for (long i = 0; i < static_cast<long>(trace_mobs.size()); ++i) {
      Mobject tm = trace_mobs[i];
      std::vector<Anim> anims = {FadeIn(tm)};
      // Draw arrows from word and previous trace
      auto arr1 = Arrow(word_mobs[i].get_bottom(), tm.get_top(),
                        {.color = ACCENT,
                         .stroke_width = 1.5,
                         .buff = 0.08,
                         .max_tip_length_to_length_ratio = 0.15});
      anims.push_back(GrowArrow(arr1));
      if (i > 0) {
        auto arr2 = Arrow(trace_mobs[i - 1].get_right(), tm.get_left(),
                          {.color = GOLD,
                           .stroke_width = 1.5,
                           .buff = 0.08,
                           .max_tip_length_to_length_ratio = 0.15});
        anims.push_back(GrowArrow(arr2));
      }
      play(anims, {.run_time = 0.6});
    }
    play(Write(rule));
    auto key_insight = Text("Key: only 2 lookbacks per step — cost doesn't grow with length!",
                            {.color = ACCENT3, .font_size = 20, .weight = BOLD})
                           .next_to(nb_rect, DOWN, 0.6);
    play(Write(key_insight));
    wait(2.5);
    play(fade_out_all(*this));
  }
};

// The quadratic cost problem of standard attention.
class Scene6_QuadraticProblem : public Scene {
 public:
  void construct() override {
    camera().background_color = BG;
    auto title = Text("The Problem: Attention Cost Grows",
                      {.color = ACCENT, .font_size = 34, .weight = BOLD});
    title.to_edge(UP, 0.5);
    play(Write(title));
    // Axes
    auto ax = Axes({.x_range = {0, 10, 2},
                    .y_range = {0, 100, 20},
                    .x_length = 5,
                    .y_length = 3.5,
                    .axis_config = {.color = DIM, .include_numbers = false}})
                  .shift(DOWN * 0.5);
    auto x_lab = Text("tokens generated (t)", {.color = DIM, .font_size = 18})
                     .next_to(ax.x_axis(), DOWN, 0.3);
    auto y_lab = Text("work per step", {.color = DIM, .font_size = 18})
                     .next_to(ax.y_axis(), LEFT, 0.3)
                     .rotate(PI / 2);
    play(Create(ax), Write(x_lab), Write(y_lab));
    // Standard: linear cost per step → quadratic total
    auto std_graph = ax.plot([](double x) { return x * 10; },
                             {.color = WARN, .stroke_width = 3, .x_range = {0.1, 10}});
    auto std_label = Text("Standard attention: O(t) per step", {.color = WARN, .font_size = 18});
    std_label.next_to(ax, RIGHT, 0.3).shift(UP * 1);
    play(Create(std_graph), Write(std_label), PlayArgs{.run_time = 1.5});
    wait(1);
    // Log cost
    auto log_graph = ax.plot([](double x) { return std::log2(x + 1) * 8; },
                             {.color = ACCENT3, .stroke_width = 3, .x_range = {0.1, 10}});
    auto log_label = Text("Hull attention: O(log t) per step", {.color = ACCENT3, .font_size = 18});
    log_label.next_to(std_label, DOWN, 0.4);
    play(Create(log_graph), Write(log_label), PlayArgs{.run_time = 1.5});
    auto gap_text = Text("At 1 million steps:\nstandard = 1,000,000 ops/step\nhull = ~20 ops/step",
                         {.color = GOLD, .font_size = 18, .line_spacing = 1.3})
                        .next_to(ax, DOWN, 0.7);
    play(Write(gap_text));
    wait(3);
    play(fade_out_all(*this));
  }
};

// The key unlock: 2D attention heads and convex hull queries.
class Scene7_2DHeads : public Scene {
 public:
  void construct() override {
    camera().background_color = BG;
    auto title = Text("The Key Unlock: 2D Attention Heads",
                      {.color = ACCENT, .font_size = 34, .weight = BOLD});
    title.to_edge(UP, 0.4);
    play(Write(title));
    // Explain head dimension
    auto expl =
        Text("Restrict each attention head to dimension 2\n→ keys & queries become 2D points",
             {.color = TEXT_COL, .font_size = 22, .line_spacing = 1.3})
            .next_to(title, DOWN, 0.5);
    play(Write(expl));
    wait(1);
    // 2D scatter of keys: np.random.seed(42); pts = np.random.randn(n_pts, 2) * 1.2
    global_random_state().seed(42);
    const std::size_t n_pts = 20;
    std::vector<Vec3> pts;
    for (const auto& row : global_random_state().randn(n_pts, 2))
      pts.push_back(Vec3{row[0] * 1.2, row[1] * 1.2, 0});
    auto plane = NumberPlane({.x_range = {-3, 3, 1},
                              .y_range = {-3, 3, 1},
                              .x_length = 5,
                              .y_length = 4,
                              .background_line_style = {.stroke_color = DIM, .stroke_width = 0.5},
                              .axis_config = {.stroke_color = DIM}})
                     .shift(DOWN * 0.7);
    auto dots = VGroup();
    for (const Vec3& pt : pts) {
      auto d = Dot(plane.c2p(pt[0], pt[1]), {.color = ACCENT, .radius = 0.06});
      dots.add(d);
    }
    auto key_label =
        Text("Keys (past tokens)", {.color = ACCENT, .font_size = 16}).next_to(plane, LEFT, 0.3);
    play(Create(plane), Write(key_label));
    std::vector<Anim> dot_fades;
    for (Mobject d : dots) dot_fades.push_back(FadeIn(d, {.scale = 0.5}));
    play(dot_fades, {.run_time = 1});
    wait(0.5);
    // Convex hull (scipy's ConvexHull(pts).vertices)
    std::vector<Vec3> hull_pts;
    for (std::size_t i : convex_hull_indices(pts))
      hull_pts.push_back(plane.c2p(pts[i][0], pts[i][1]));
    hull_pts.push_back(hull_pts[0]);
    auto hull_poly = Polygon(
        hull_pts, {.color = GOLD, .fill_color = GOLD, .fill_opacity = 0.08, .stroke_width = 2});
    auto hull_label =
        Text("Convex Hull", {.color = GOLD, .font_size = 18}).next_to(plane, RIGHT, 0.3).shift(UP);
    play(Create(hull_poly), Write(hull_label));
    wait(0.5);
    // Query point
    auto q_pt = plane.c2p(1.5, 0.5);
    auto q_dot = Dot(q_pt, {.color = WARN, .radius = 0.1});
    auto q_label = Text("Query", {.color = WARN, .font_size = 16}).next_to(q_dot, UR, 0.1);
    play(FadeIn(q_dot, {.scale = 2}), Write(q_label));
    auto insight = Text(
                       "Finding the best-matching key = a geometric query on the hull\n"
                       "→ binary search in O(log t) instead of scanning all t keys",
                       {.color = ACCENT3, .font_size = 18, .line_spacing = 1.3})
                       .next_to(plane, DOWN, 0.5);
    play(Write(insight));
    wait(3);
    play(fade_out_all(*this));
  }
};

// Performance results and what this means.
class Scene8_Results : public Scene {
 public:
  void construct() override {
    camera().background_color = BG;
    auto title =
        Text("Results: What This Enables", {.color = ACCENT, .font_size = 36, .weight = BOLD});
    title.to_edge(UP, 0.5);
    play(Write(title));
    auto results = VGroup(result_card("30,000+ tok/s", "Execution speed on CPU", ACCENT3),
                          result_card("Millions of steps", "Correct execution length", GOLD),
                          result_card("100% accuracy",
                                      "On Sudoku benchmarks\n(incl. world's hardest)", ACCENT))
                       .arrange(RIGHT, 0.6)
                       .next_to(title, DOWN, 0.8);
    for (Mobject card : results) play(FadeIn(card, {.shift = UP * 0.3}), {.run_time = 0.7});
    wait(0.5);
    // Sudoku callout
    auto sudoku_note = Text(
                           "Solves Arto Inkala's Sudoku (\"world's hardest\")\nin under 3 minutes "
                           "— fully inside the transformer",
                           {.color = TEXT_COL, .font_size = 20, .line_spacing = 1.3})
                           .next_to(results, DOWN, 0.8);
    play(Write(sudoku_note));
    wait(2.5);
    play(fade_out_all(*this));
  }

 private:
  VGroup result_card(const std::string& big_text, const std::string& small_text,
                     const Color& color) {
    auto box = RoundedRectangle(
        {.color = color, .stroke_width = 2, .width = 3.5, .height = 2.5, .corner_radius = 0.15});
    auto big = Text(big_text, {.color = color, .font_size = 28, .weight = BOLD});
    auto small = Text(small_text, {.color = TEXT_COL, .font_size = 16, .line_spacing = 1.2});
    auto grp = VGroup(big, small).arrange(DOWN, 0.3);
    return VGroup(box, grp);
  }
};

// Final recap and takeaway.
class Scene9_Recap : public Scene {
 public:
  void construct() override {
    camera().background_color = BG;
    auto title = Text("Recap", {.color = ACCENT, .font_size = 40, .weight = BOLD});
    title.to_edge(UP, 0.5);
    play(Write(title));
    struct Step {
      std::string num, text;
      Color color;
    };
    const std::vector<Step> steps = {
        {"1", "LLMs struggle with long, exact computation", TEXT_COL},
        {"2", "Today we bolt on external tools (like airplanes for humans)", DIM},
        {"3", "This team built a real computer inside a transformer", ACCENT3},
        {"4", "C code → WebAssembly tokens → executed by the model itself", GOLD},
        {"5", "2D attention heads enable O(log t) lookups (exponentially faster)", ACCENT},
        {"6", "Result: millions of correct steps, 30k+ tokens/sec, 100% Sudoku", ACCENT3},
    };
    auto grp = VGroup();
    for (const auto& [num, text, color] : steps) {
      auto num_mob = Text(num, {.color = ACCENT2, .font_size = 24, .weight = BOLD});
      auto text_mob = Text(text, {.color = color, .font_size = 21});
      auto row = VGroup(num_mob, text_mob).arrange(RIGHT, 0.3);
      grp.add(row);
    }
    grp.arrange(DOWN, 0.35, LEFT).next_to(title, DOWN, 0.6);
    for (Mobject row : grp) {
      play(FadeIn(row, {.shift = RIGHT * 0.3}), {.run_time = 0.6});
      wait(0.3);
    }
    wait(1);
    auto takeaway = Text(
                        "The model stops being a coordinator of computation\nand becomes a "
                        "computer itself.",
                        {.color = GOLD, .font_size = 24, .weight = BOLD, .line_spacing = 1.3})
                        .next_to(grp, DOWN, 0.7);
    play(Write(takeaway, {.run_time = 2}));
    wait(3);
    play(fade_out_all(*this));
  }
};

MANIM_SCENE(Scene1_Intro);
MANIM_SCENE(Scene2_ToolUse);
MANIM_SCENE(Scene3_KeyIdea);
MANIM_SCENE(Scene4_ToolVsInModel);
MANIM_SCENE(Scene5_AppendOnlyTrace);
MANIM_SCENE(Scene6_QuadraticProblem);
MANIM_SCENE(Scene7_2DHeads);
MANIM_SCENE(Scene8_Results);
MANIM_SCENE(Scene9_Recap);

}  // namespace percepta
