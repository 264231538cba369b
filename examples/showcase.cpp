// A short tour of manim.cpp (about 10 s): a written title and formula, an attention-style
// heatmap fading in cell by cell, labelled boxes linked by growing arrows, a square morphing
// into a circle and a highlighted row.
// Render: build/manimcpp examples/showcase.cpp Showcase -qh
#include <cmath>
#include <manim/manim.hpp>

using namespace manim;

class Showcase : public Scene {
 public:
  void construct() override {
    // Heatmap: causal (lower-triangular) weights decaying away from the diagonal.
    const int n = 6;
    const double cell = 0.55, pitch = 0.62;
    const Vec3 grid_center{-3.4, -0.6, 0};
    auto grid = VGroup();
    std::vector<Anim> appear;
    for (int i = 0; i < n; ++i) {
      for (int j = 0; j < n; ++j) {
        const bool masked = j > i;
        const double w = masked ? 0 : std::exp(-0.75 * (i - j));
        auto sq = Square(
            cell, {.fill_color = masked ? DARKER_GRAY : interpolate_color(DARK_BLUE, YELLOW, w),
                   .fill_opacity = 0.95,
                   .stroke_color = GRAY,
                   .stroke_width = 1});
        sq.move_to(grid_center + Vec3{(j - (n - 1) / 2.0) * pitch, ((n - 1) / 2.0 - i) * pitch, 0});
        grid.add(sq);
        appear.push_back(FadeIn(sq, {.scale = 0.5}));
      }
    }
    auto title = Text("Attention, step by step", {.color = BLUE, .font_size = 40, .weight = BOLD})
                     .to_edge(UP, 0.4);
    auto formula = MathTex(R"(\operatorname{softmax}\!\left(\frac{QK^\top}{\sqrt{d_k}}\right)V)",
                           {.font_size = 34})
                       .next_to(title, DOWN, 0.3);
    play(Write(title), {.run_time = 1.2});
    play(Write(formula));
    play(LaggedStart(appear, {.lag_ratio = 0.04}), {.run_time = 2.2});

    // Two stages on the right, linked by arrows, feeding a square.
    auto box_a = RoundedRectangle(
        {.color = TEAL, .fill_opacity = 0.2, .width = 2.0, .height = 1.1, .corner_radius = 0.2});
    auto box_b = RoundedRectangle(
        {.color = GOLD, .fill_opacity = 0.2, .width = 2.0, .height = 1.1, .corner_radius = 0.2});
    box_a.move_to({1.3, 0.9, 0});
    box_b.move_to({4.6, 0.9, 0});
    auto label_a = Text("scores", {.font_size = 26}).move_to(box_a);
    auto label_b = Text("weights", {.font_size = 26}).move_to(box_b);
    play({FadeIn(VGroup(box_a, label_a), {.shift = UP * 0.3}),
          FadeIn(VGroup(box_b, label_b), {.shift = UP * 0.3})},
         {.run_time = 0.8});

    auto in = Arrow(grid.get_right(), box_a.get_left(), {.color = TEAL, .stroke_width = 3});
    auto link = Arrow(box_a.get_right(), box_b.get_left(), {.color = WHITE, .buff = 0.1});
    play({GrowArrow(in), GrowArrow(link)}, {.run_time = 0.8});

    auto shape = Square(1.6, {.color = BLUE, .fill_opacity = 0.5}).move_to({4.6, -2.2, 0});
    auto feed = Arrow(box_b.get_bottom(), shape.get_top(),
                      {.color = GOLD, .stroke_width = 3, .buff = 0.15});
    play({FadeIn(shape, {.scale = 0.6}), GrowArrow(feed)}, {.run_time = 0.8});

    auto target = Circle({.color = RED, .fill_opacity = 0.35, .radius = 0.95}).move_to(shape);
    play(Transform(shape, target), {.run_time = 1.2});

    // Highlight one row of the heatmap and pulse its cells.
    const int row = 3;
    auto row_cells = grid.slice(row * n, row * n + row + 1);
    auto hl = SurroundingRectangle(row_cells, {.color = YELLOW, .stroke_width = 3, .buff = 0.06});
    play(Create(hl), {.run_time = 0.6});
    std::vector<Anim> pulse;
    for (Mobject c : row_cells)
      pulse.push_back(c.animate({.rate_func = there_and_back}).scale(1.18));
    play(pulse, {.run_time = 0.8});
    wait(1);
  }
};

MANIM_SCENE(Showcase);
