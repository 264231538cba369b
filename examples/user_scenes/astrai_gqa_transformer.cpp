// Source: astrai_gqa_transformer.py (AstrAI promo: Grouped-Query Attention, then scaled
// dot-product attention, an attention heatmap and an auto-regressive generation demo).
// Render: build/manimcpp examples/user_scenes/astrai_gqa_transformer.cpp Transformer -ql
//
// Shows the Grouped-Query Attention (GQA) mechanism with orthogonal data-flow lines:
// Input -> Q/K/V Projections -> Repeat KV -> SDPA -> O Projection -> Output
#include <algorithm>
#include <cmath>
#include <limits>
#include <manim/manim.hpp>
#include <string>
#include <utility>
#include <vector>

using namespace manim;

namespace astrai {

// An L-shaped orthogonal line from start to end (vertical first, then horizontal).
inline VMobject orth_line(const Vec3& start, const Vec3& end, const Color& color = GRAY) {
  const Vec3 mid{start.x, end.y, 0};
  auto path = VMobject({.color = color, .stroke_width = 1.5});
  path.set_points_as_corners({start, mid, end});
  return path;
}

// Animates the GQA attention mechanism with orthogonal connection lines.
class Transformer : public Scene {
 public:
  void construct() override {
    Text::set_default({.font = "Times New Roman"});

    auto title = Text("Grouped-Query Attention (GQA)", {.color = BLUE, .font_size = 42});
    title.to_edge(UP, 0.35);
    play(Write(title));

    // ── Helper: box ──
    auto mk = [](const std::string& name, const Color& color, double w = 2.6, double h = 0.72,
                 double fs = 10) {
      auto box = Rectangle(
          {.color = color, .fill_opacity = 0.12, .stroke_width = 1.5, .width = w, .height = h});
      auto lbl = Text(name, {.color = color, .font_size = fs});
      return VGroup(box, lbl);
    };

    // ── Layout ──
    auto inp = Text("x (hidden states)", {.color = GRAY, .font_size = 15});
    inp.move_to(UP * 2.6);

    const double y1 = 1.5;
    auto q_grp = mk("Q Projection\n1536 → 24×64", YELLOW);
    auto k_grp = mk("K Projection\n1536 → 4×64", YELLOW);
    auto v_grp = mk("V Projection\n1536 → 4×64", YELLOW);
    q_grp.move_to(LEFT * 3.0 + UP * y1);
    k_grp.move_to(UP * y1);
    v_grp.move_to(RIGHT * 3.0 + UP * y1);

    const double y2 = 0.0;
    auto repeat_grp = mk("Repeat KV\n4 heads → 24 heads", GREEN, 2.4, 0.68, 10);
    repeat_grp.move_to(UP * y2);

    const double y3 = -1.6;
    auto sdpa_grp = mk("Scaled Dot-Product\nAttention Q·K^T/√d", BLUE, 2.8, 0.74, 10);
    sdpa_grp.move_to(UP * y3);

    const double y4 = -2.9;
    auto o_grp = mk("O Projection\n1536 → 1536", PURPLE, 2.2, 0.68, 10);
    o_grp.move_to(UP * y4);

    auto out = Text("x' (hidden states)", {.color = GRAY, .font_size = 15});
    out.next_to(o_grp, DOWN, 0.4);

    // ── Animate boxes ──
    play(Write(inp));
    const std::vector<VGroup> all_boxes{q_grp, k_grp, v_grp, repeat_grp, sdpa_grp, o_grp};
    for (const VGroup& g : all_boxes) play(FadeIn(g, {.shift = UP * 0.1}), {.run_time = 0.2});

    // ── Input trunk → branch → Q/K/V (enter from directly above) ──
    const LineArgs gray_line{.color = GRAY, .stroke_width = 1.5};
    const Vec3 trunk_bottom{0, q_grp.get_top().y + 0.35, 0};
    auto trunk = Line(inp.get_bottom(), trunk_bottom, gray_line);
    play(Create(trunk), {.run_time = 0.15});

    auto branch_left = Line(Vec3{q_grp.get_top().x, trunk_bottom.y, 0},
                            Vec3{k_grp.get_top().x, trunk_bottom.y, 0}, gray_line);
    auto branch_right = Line(Vec3{k_grp.get_top().x, trunk_bottom.y, 0},
                             Vec3{v_grp.get_top().x, trunk_bottom.y, 0}, gray_line);
    play({Create(branch_left), Create(branch_right)}, {.run_time = 0.2});

    auto drop_q = Line(Vec3{q_grp.get_top().x, trunk_bottom.y, 0}, q_grp.get_top(), gray_line);
    auto drop_k = Line(Vec3{k_grp.get_top().x, trunk_bottom.y, 0}, k_grp.get_top(), gray_line);
    auto drop_v = Line(Vec3{v_grp.get_top().x, trunk_bottom.y, 0}, v_grp.get_top(), gray_line);
    for (const Line& ln : {drop_q, drop_k, drop_v}) play(Create(ln), {.run_time = 0.12});

    auto input_lines = VGroup(trunk, branch_left, branch_right, drop_q, drop_k, drop_v);

    // ── K/V → Repeat KV (trunk-branch, enter from above) ──
    const double kv_junc_y = repeat_grp.get_top().y + 0.3;
    auto drop_k2 = Line(k_grp.get_bottom(), Vec3{k_grp.get_bottom().x, kv_junc_y, 0}, gray_line);
    auto drop_v2 = Line(v_grp.get_bottom(), Vec3{v_grp.get_bottom().x, kv_junc_y, 0}, gray_line);
    auto kv_branch = Line(Vec3{v_grp.get_bottom().x, kv_junc_y, 0},
                          Vec3{k_grp.get_bottom().x, kv_junc_y, 0}, gray_line);
    auto kv_trunk = Line(Vec3{k_grp.get_bottom().x, kv_junc_y, 0}, repeat_grp.get_top(), gray_line);
    auto kv_lines = VGroup(drop_k2, drop_v2, kv_branch, kv_trunk);
    play(Create(kv_lines), {.run_time = 0.3});

    // ── Q → SDPA (bypasses Repeat KV, from above) ──
    const double qs_junc_y = sdpa_grp.get_top().y + 0.3;
    auto line_qs = VMobject({.color = GRAY, .stroke_width = 1.5});
    line_qs.set_points_as_corners({
        q_grp.get_bottom(),
        Vec3{q_grp.get_bottom().x, qs_junc_y, 0},
        Vec3{sdpa_grp.get_top().x, qs_junc_y, 0},
        sdpa_grp.get_top(),
    });
    play(Create(line_qs), {.run_time = 0.15});

    auto line_rs = orth_line(repeat_grp.get_bottom(), sdpa_grp.get_top(), GRAY);
    play(Create(line_rs), {.run_time = 0.15});

    auto line_so = orth_line(sdpa_grp.get_bottom(), o_grp.get_top(), GRAY);
    play(Create(line_so), {.run_time = 0.15});

    auto line_oo = orth_line(o_grp.get_bottom(), out.get_top(), GRAY);
    play(Create(line_oo), {.run_time = 0.15});
    play(Write(out));

    wait(0.4);

    auto all_lines = VGroup(input_lines, kv_lines, line_qs, line_rs, line_so, line_oo);

    // ── RoPE highlight ──
    auto rope_q = SurroundingRectangle(q_grp, {.color = TEAL, .buff = 0.12});
    auto rope_k = SurroundingRectangle(k_grp, {.color = TEAL, .buff = 0.12});
    auto rope_t = Text("RoPE: rotary position encoding\napplied to Q and K",
                       {.color = TEAL, .font_size = 13});
    rope_t.next_to(VGroup(rope_q, rope_k), UP, 0.25);
    play(Create(rope_q), Create(rope_k), Write(rope_t));
    wait(1.5);
    play(FadeOut(rope_q), FadeOut(rope_k), FadeOut(rope_t));

    // ── GQA ratio highlight ──
    auto gqa_h = SurroundingRectangle(VGroup(q_grp, k_grp, v_grp), {.color = YELLOW, .buff = 0.2});
    auto gqa_t = Text("GQA 6:1 — 24 Q-heads → 4 KV-heads\nKV cache reduced by 83%",
                      {.color = YELLOW, .font_size = 13});
    gqa_t.next_to(gqa_h, RIGHT, 0.5);
    play(Create(gqa_h), Write(gqa_t));
    wait(1.8);
    play(FadeOut(gqa_h), FadeOut(gqa_t));

    // ── Repeat KV highlight ──
    auto kv_h = SurroundingRectangle(VGroup(k_grp, v_grp), {.color = GREEN, .buff = 0.12});
    auto kv_t =
        Text("repeat_kv(): broadcast\n4 heads → 24 heads", {.color = GREEN, .font_size = 12});
    kv_t.next_to(kv_h, RIGHT, 0.5);
    play(Create(kv_h), Write(kv_t));
    wait(1.5);

    // ── Fade all ──
    std::vector<Anim> fade_all;
    for (const VGroup& g : all_boxes) fade_all.push_back(FadeOut(g));
    for (const Mobject& m : std::vector<Mobject>{all_lines, kv_h, kv_t, inp, out, title})
      fade_all.push_back(FadeOut(m));
    play(fade_all);

    // ═══════════════════════════════════════════════════
    // 12. Scaled Dot-Product Attention — full formula + breakdown
    // ═══════════════════════════════════════════════════
    auto qkv_title = Text("Scaled Dot-Product Attention", {.color = BLUE, .font_size = 34});
    qkv_title.to_edge(UP, 0.35);
    play(Write(qkv_title));

    // Full formula first, stays on screen
    auto full_eq = MathTex(
        R"(\operatorname{Attention}(Q,K,V)=\operatorname{softmax}\!\left(\frac{QK^\top}{\sqrt{d_k}}\right)\!V)",
        {.color = WHITE, .font_size = 36});
    full_eq.next_to(qkv_title, DOWN, 0.5);
    play(Write(full_eq));
    wait(0.6);

    // Q / K / V — brief meanings
    auto q_txt = Text("Q = Query", {.color = YELLOW, .font_size = 18});
    auto k_txt = Text("K = Key", {.color = ORANGE, .font_size = 18});
    auto v_txt = Text("V = Value", {.color = GREEN, .font_size = 18});
    auto qkv_labels = VGroup(q_txt, k_txt, v_txt).arrange(RIGHT, 1.5);
    qkv_labels.next_to(full_eq, DOWN, 0.5);
    play(Write(qkv_labels));

    auto q_desc = Text("\"what am I looking for?\"", {.color = YELLOW, .font_size = 11})
                      .next_to(q_txt, DOWN, 0.10);
    auto k_desc =
        Text("\"what do I have?\"", {.color = ORANGE, .font_size = 11}).next_to(k_txt, DOWN, 0.10);
    auto v_desc = Text("\"what do I contribute?\"", {.color = GREEN, .font_size = 11})
                      .next_to(v_txt, DOWN, 0.10);
    play(Write(q_desc), Write(k_desc), Write(v_desc));
    wait(2.0);
    play(FadeOut(qkv_labels), FadeOut(q_desc), FadeOut(k_desc), FadeOut(v_desc));

    // Step-by-step decomposition — full formula stays visible above
    const std::vector<std::pair<MathTex, Text>> steps{
        {MathTex(R"(\text{(1) } S = QK^\top)", {.color = YELLOW, .font_size = 26}),
         Text("score matrix — pairwise token similarity", {.color = GRAY, .font_size = 12})},
        {MathTex(R"(\text{(2) } S \mathbin{/} \sqrt{d_k})", {.color = ORANGE, .font_size = 26}),
         Text("scale — prevents gradient explosion", {.color = GRAY, .font_size = 12})},
        {MathTex(R"(\text{(3) } \operatorname{softmax}\!\left(S \mathbin{/} \sqrt{d_k}\right))",
                 {.color = GREEN, .font_size = 26}),
         Text("normalize — each row sums to 1 (probability)", {.color = GRAY, .font_size = 12})},
        {MathTex(
             R"(\text{(4) } \operatorname{softmax}\!\left(S \mathbin{/} \sqrt{d_k}\right) \cdot V)",
             {.color = BLUE, .font_size = 26}),
         Text("weighted sum — aggregate values by attention", {.color = GRAY, .font_size = 12})},
    };

    auto step_group = VGroup();
    auto steps_mobj = VGroup();
    for (const auto& [eq, desc] : steps) {
      auto sg = VGroup(eq, desc).arrange(DOWN, 0.06);
      step_group.add(sg);
      steps_mobj.add(eq);
    }
    step_group.arrange(DOWN, 0.22, LEFT);
    step_group.next_to(full_eq, DOWN, 0.6);

    for (Mobject sg : step_group) play(Write(sg), {.run_time = 0.3});
    wait(2.5);
    play(FadeOut(step_group), FadeOut(full_eq));

    // ═══════════════════════════════════════════════════
    // 13. Attention score heatmap — concrete example
    // ═══════════════════════════════════════════════════
    auto hm_title = Text("Attention Score Heatmap", {.color = BLUE, .font_size = 34});
    hm_title.to_edge(UP, 0.35);
    auto hm_sub = Text("\"The cat sat on the mat\" — causal, per-token attention weights",
                       {.color = GRAY, .font_size = 14})
                      .next_to(hm_title, DOWN, 0.12);
    play(FadeOut(qkv_title), Write(hm_title), Write(hm_sub));

    const std::vector<std::string> tokens{"<s>", "The", "cat", "sat", "on", "the", "mat"};
    const int n = static_cast<int>(tokens.size());
    const double cell_size = 0.52;
    const double gap = 0.04;
    const double grid_high = n * cell_size + (n - 1) * gap;
    const double grid_left = -grid_high / 2;
    const double grid_top = 1.4;

    // pre-mask raw scores (QK^T / sqrt(d_k)) — random-varied, distance-biased
    const std::vector<std::vector<double>> pre_scores{
        {2.8, 1.5, 0.3, 0.1, 0.0, 0.0, 0.0}, {1.2, 3.5, 1.8, 0.5, 0.2, 0.1, 0.0},
        {0.4, 2.0, 3.0, 1.5, 0.6, 0.2, 0.1}, {0.1, 0.6, 2.5, 2.8, 1.2, 0.4, 0.1},
        {0.0, 0.2, 0.8, 2.0, 2.5, 1.5, 0.3}, {0.0, 0.1, 0.3, 0.9, 1.8, 2.5, 1.2},
        {0.0, 0.0, 0.1, 0.4, 0.8, 1.5, 3.0},
    };

    // compute post-softmax weights with causal mask (j > i → -inf)
    std::vector<std::vector<double>> post_weights;
    for (int i = 0; i < n; ++i) {
      const auto& row = pre_scores[i];
      std::vector<double> exps;
      for (int j = 0; j < n; ++j)
        exps.push_back(std::exp(j > i ? -std::numeric_limits<double>::infinity() : row[j]));
      double exp_sum = 0;
      for (double e : exps) exp_sum += e;
      std::vector<double> weights;
      for (double e : exps) weights.push_back(e / exp_sum);
      post_weights.push_back(weights);
    }

    std::vector<double> flat_pre, flat_post;
    for (const auto& row : pre_scores) flat_pre.insert(flat_pre.end(), row.begin(), row.end());
    for (const auto& row : post_weights) flat_post.insert(flat_post.end(), row.begin(), row.end());
    const auto [pre_min_it, pre_max_it] = std::minmax_element(flat_pre.begin(), flat_pre.end());
    const double pre_min = *pre_min_it, pre_max = *pre_max_it;
    const auto [post_min_it, post_max_it] = std::minmax_element(flat_post.begin(), flat_post.end());
    const double post_min = *post_min_it, post_max = *post_max_it;
    auto cells = VGroup();
    auto masked_cells = VGroup();
    for (int i = 0; i < n; ++i) {
      for (int j = 0; j < n; ++j) {
        const double pw = pre_scores[i][j];
        const double pw_normed = (pw - pre_min) / (pre_max - pre_min);
        const Color pw_color = interpolate_color(BLUE, RED, pw_normed);
        auto sq = Square(cell_size, {.fill_color = pw_color,
                                     .fill_opacity = 0.75,
                                     .stroke_color = GRAY,
                                     .stroke_width = 0.5});
        const double x = grid_left + j * (cell_size + gap) + cell_size / 2;
        const double y = grid_top - i * (cell_size + gap) - cell_size / 2;
        sq.move_to(Vec3{x, y, 0});
        cells.add(sq);
        if (j > i) masked_cells.add(sq);
        play(FadeIn(sq, {.scale = 0.6}), {.run_time = 0.015});
      }
    }

    // row labels (query) on the left
    auto row_lbls = VGroup();
    for (int i = 0; i < n; ++i) {
      auto lbl = Text(tokens[i], {.color = GRAY, .font_size = 12});
      const double y = grid_top - i * (cell_size + gap) - cell_size / 2;
      lbl.next_to(Vec3{grid_left - 0.15, y, 0}, LEFT, 0.08);
      row_lbls.add(lbl);
    }
    auto q_label = Text("Q", {.color = WHITE, .font_size = 11, .weight = BOLD});
    q_label.move_to(row_lbls[0].get_left() + LEFT * 0.3).shift(UP * 0.15);
    std::vector<Anim> row_writes;
    for (Mobject l : row_lbls) row_writes.push_back(Write(l));
    row_writes.push_back(Write(q_label));
    play(row_writes);

    // column labels (key) on top
    auto col_lbls = VGroup();
    for (int j = 0; j < n; ++j) {
      auto lbl = Text(tokens[j], {.color = GRAY, .font_size = 9});
      lbl.rotate(PI / 6);
      const double x = grid_left + j * (cell_size + gap) + cell_size / 2;
      lbl.next_to(Vec3{x, grid_top + 0.06, 0}, UP, 0.04);
      col_lbls.add(lbl);
    }
    auto k_label = Text("K", {.color = WHITE, .font_size = 11, .weight = BOLD});
    k_label.next_to(col_lbls[0], UP, 0.06);
    std::vector<Anim> col_writes;
    for (Mobject l : col_lbls) col_writes.push_back(Write(l));
    col_writes.push_back(Write(k_label));
    play(col_writes);
    wait(1.0);

    // causal mask + softmax — zero out future tokens, recompute weights
    auto causal_txt =
        Text("causal mask + softmax\n(future tokens → 0)", {.color = RED, .font_size = 11})
            .next_to(cells[n - 1], UP, 0.25)
            .align_to(cells[n - 1], RIGHT);
    std::vector<Anim> anims;
    for (Mobject sq : masked_cells) anims.push_back(sq.animate().set_fill(DARK_GRAY, 0.15));
    for (int i = 0; i < n; ++i) {
      for (int j = 0; j < n; ++j) {
        if (j <= i) {
          const int idx = i * n + j;
          const double aw = post_weights[i][j];
          const double aw_normed = (aw - post_min) / (post_max - post_min);
          const Color aw_color = interpolate_color(BLUE, RED, aw_normed);
          anims.push_back(cells[idx].animate().set_fill(aw_color, 0.75));
        }
      }
    }
    anims.push_back(Write(causal_txt));
    play(anims);
    wait(1.2);
    play(FadeOut(causal_txt));

    // highlight key patterns
    const SurroundingRectangleArgs hl_args{.color = ORANGE, .stroke_width = 2, .buff = 0.04};
    auto h1 = SurroundingRectangle(cells[2 * n + 1], hl_args);
    auto h2 = SurroundingRectangle(cells[3 * n + 2], hl_args);
    auto h3 = SurroundingRectangle(cells[4 * n + 3], hl_args);
    auto h4 = SurroundingRectangle(cells[5 * n + 4], hl_args);
    auto h5 = SurroundingRectangle(cells[6 * n + 5], hl_args);
    auto hl_text = Text("previous token attends to next\n(causal sequence learning)",
                        {.color = ORANGE, .font_size = 11})
                       .next_to(cells[(n - 1) * n + (n - 1)], RIGHT, 0.8);
    play(Create(h1), Create(h2), Create(h3), Create(h4), Create(h5), Write(hl_text));
    wait(2.0);
    play(FadeOut(h1), FadeOut(h2), FadeOut(h3), FadeOut(h4), FadeOut(h5), FadeOut(hl_text));

    // fade all heatmap
    play(FadeOut(hm_title), FadeOut(hm_sub), FadeOut(cells), FadeOut(row_lbls), FadeOut(col_lbls),
         FadeOut(q_label), FadeOut(k_label));

    // ═══════════════════════════════════════════════════
    // Auto-regressive Generation Demo (v2: full I/O pipeline)
    auto tok_card = [](const std::string& text, const Color& fill = DARK_BLUE,
                       const Color& stroke = GRAY) {
      auto t = Text(text, {.color = WHITE, .font_size = 10, .weight = BOLD});
      auto box = RoundedRectangle({.fill_color = fill,
                                   .fill_opacity = 0.5,
                                   .stroke_color = stroke,
                                   .stroke_width = 0.5,
                                   .width = t.width() + 0.2,
                                   .height = t.height() + 0.1,
                                   .corner_radius = 0.04});
      t.move_to(box);
      return VGroup(box, t);
    };

    const std::vector<std::string> gen_tokens{"<s>", "The", "cat", "sat", "on", "the", "mat"};

    auto gen_title = Text("Auto-regressive Generation", {.color = BLUE, .font_size = 34});
    gen_title.to_edge(UP, 0.35);
    play(Write(gen_title));

    // ── Layout constants ──
    const double BLK_W = 1.8;
    const double BLK_H = 0.28;
    const double TFR_H = 0.55;
    const double CX_BLK = -1.0;
    const double Y_EMB = 1.40;
    const double Y_NORM1 = 0.95;
    const double Y_TFR = 0.32;
    const double Y_NORM2 = -0.25;
    const double Y_HEAD = -0.70;

    auto mkblk = [&](double w, double h, double y, const std::string& txt, const Color& color,
                     double fs = 10) {
      auto b = RoundedRectangle({.fill_color = DARK_BLUE,
                                 .fill_opacity = 0.25,
                                 .stroke_color = color,
                                 .stroke_width = 1.5,
                                 .width = w,
                                 .height = h,
                                 .corner_radius = 0.06});
      auto l = Text(txt, {.color = color, .font_size = fs, .weight = BOLD}).move_to(b);
      auto blk = VGroup(b, l);
      blk.move_to(Vec3{CX_BLK, y, 0});
      return blk;
    };

    auto emb_node = mkblk(BLK_W, BLK_H, Y_EMB, "Embedding", YELLOW, 9);
    auto norm1 = mkblk(BLK_W, BLK_H, Y_NORM1, "RMS Norm", GREEN, 9);
    auto tfr_node = mkblk(2.4, TFR_H, Y_TFR, "Transformer Block\n× 24", PURPLE, 9);
    auto norm2 = mkblk(BLK_W, BLK_H, Y_NORM2, "RMS Norm", GREEN, 9);
    auto head = mkblk(BLK_W, BLK_H, Y_HEAD, "LM Head", RED, 9);
    auto pipeline = VGroup(emb_node, norm1, tfr_node, norm2, head);

    // Arrows between blocks
    auto arrows = VGroup();
    for (std::size_t k = 0; k + 1 < pipeline.size(); ++k) {
      const Mobject a = pipeline[static_cast<long>(k)];
      const Mobject b = pipeline[static_cast<long>(k + 1)];
      auto arr = Arrow(a.get_bottom(), b.get_top(),
                       {.color = GRAY, .stroke_width = 1.2, .tip_length = 0.07});
      arrows.add(arr);
    }

    // ── KV Cache (right of Transformer) ──
    const double KV_X = 1.8;
    const double kv_size = 0.16;
    const double kv_gap = 0.04;
    const double K_Y = Y_TFR + 0.05;
    const double V_Y = Y_TFR - 0.22;
    auto cache_lbl = Text("KV Cache", {.color = GRAY, .font_size = 8})
                         .move_to(Vec3{KV_X, Y_TFR + TFR_H / 2 + 0.2, 0});
    auto k_hdr = Text("K:", {.color = YELLOW, .font_size = 7}).move_to(Vec3{KV_X - 0.65, K_Y, 0});
    auto v_hdr = Text("V:", {.color = ORANGE, .font_size = 7}).move_to(Vec3{KV_X - 0.65, V_Y, 0});

    const SquareArgs k_style{
        .fill_color = YELLOW, .fill_opacity = 0.4, .stroke_color = YELLOW, .stroke_width = 0.5};
    const SquareArgs v_style{
        .fill_color = ORANGE, .fill_opacity = 0.4, .stroke_color = ORANGE, .stroke_width = 0.5};
    auto kv_k = VGroup();
    auto kv_v = VGroup();
    auto k0 = Square(kv_size, k_style).move_to(Vec3{KV_X, K_Y, 0});
    auto v0 = Square(kv_size, v_style).move_to(Vec3{KV_X, V_Y, 0});
    kv_k.add(k0);
    kv_v.add(v0);
    auto kv_group = VGroup(cache_lbl, k_hdr, v_hdr, kv_k, kv_v);

    // ── Distribution builder ──
    using Dist = std::vector<std::pair<std::string, int>>;  // ordered, as the Python dicts
    auto build_dist = [&](const Dist& probs, double y_center, double max_w = 2.8) {
      auto bars = VGroup();
      auto lbls = VGroup();
      const double bh = 0.12, bg = 0.02, lx = CX_BLK - max_w / 2;
      const int count = static_cast<int>(probs.size());
      const double y_top = y_center + (count * bh + (count - 1) * bg) / 2;
      for (int i = 0; i < count; ++i) {
        const auto& [tok, pct] = probs[i];
        const double w = max_w * pct / 100;
        const double y = y_top - i * (bh + bg);
        auto bar = Rectangle({.fill_color = interpolate_color(BLUE, RED, pct / 100.0),
                              .fill_opacity = 0.85,
                              .stroke_color = LIGHT_GRAY,
                              .stroke_width = 0.3,
                              .width = w,
                              .height = bh});
        bar.move_to(Vec3{lx + w / 2, y, 0});
        auto lbl = Text(tok + " " + std::to_string(pct) + "%", {.color = WHITE, .font_size = 7});
        lbl.next_to(bar, RIGHT, 0.05);
        bars.add(bar);
        lbls.add(lbl);
      }
      return VGroup(bars, lbls);
    };

    const std::vector<Dist> dists{
        {{"The", 72}, {"cat", 8}, {"sat", 6}, {"on", 4}, {"<unk>", 10}},
        {{"cat", 65}, {"sat", 12}, {"was", 8}, {"is", 6}, {"<unk>", 9}},
        {{"sat", 58}, {"slept", 15}, {"ran", 8}, {"jumped", 6}, {"<unk>", 13}},
        {{"on", 55}, {"down", 12}, {"quietly", 8}, {"and", 6}, {"<unk>", 19}},
        {{"the", 60}, {"a", 12}, {"top", 8}, {"floor", 5}, {"<unk>", 15}},
        {{"mat", 50}, {"table", 15}, {"chair", 8}, {"floor", 6}, {"<unk>", 21}},
    };
    const double Y_DIST = -1.45;

    // ── Token sequence row ──
    const double SX = -4.0, Y_SEQ = 2.0, GAP = 0.55;
    auto seq = VGroup();
    auto sos = tok_card("<s>", BLUE, BLUE).move_to(Vec3{SX, Y_SEQ, 0});
    seq.add(sos);

    // Step label (below everything)
    auto step_lbl = Text("Step 0 — [<s>] → ?", {.color = GRAY, .font_size = 9});
    step_lbl.move_to(Vec3{0, -2.1, 0});

    // ── Show static elements ──
    play(FadeIn(pipeline), FadeIn(arrows));
    play(FadeIn(kv_group));
    play(FadeIn(sos));
    play(Write(step_lbl));
    wait(0.5);

    // ── Generation loop ──
    for (std::size_t i = 1; i < gen_tokens.size(); ++i) {
      const std::string& tok = gen_tokens[i];
      std::string input_str;
      for (std::size_t k = 0; k <= i; ++k) input_str += (k ? " " : "") + gen_tokens[k];

      // 1. Highlight last token (the input being processed)
      const Mobject last = seq[-1];
      auto hl = SurroundingRectangle(last, {.color = YELLOW, .stroke_width = 2, .buff = 0.04});
      play(Create(hl), {.run_time = 0.12});

      // 2. Arrow from last token → Embedding
      auto in_arr = Arrow(last.get_bottom(), emb_node.get_top(),
                          {.color = YELLOW, .stroke_width = 2, .tip_length = 0.08});
      play(FadeIn(in_arr, {.scale = 0.5}), {.run_time = 0.1});

      // 3. Cascade through pipeline
      const std::vector<VGroup> pipes{emb_node, norm1, tfr_node, norm2, head};
      std::vector<Anim> glow, dim;
      for (const VGroup& p : pipes) glow.push_back(p[0].animate().set_fill_opacity(0.6));
      play(glow, {.run_time = 0.12});
      for (const VGroup& p : pipes) dim.push_back(p[0].animate().set_fill_opacity(0.25));
      play(dim, {.run_time = 0.1});
      play({FadeOut(in_arr), FadeOut(hl)}, {.run_time = 0.08});

      // 4. Show probability distribution
      auto dist_arr = Arrow(head.get_bottom(), head.get_bottom() + DOWN * 0.22,
                            {.color = GRAY, .stroke_width = 1, .tip_length = 0.06});
      auto dist = build_dist(dists[i - 1], Y_DIST);
      play({FadeIn(dist_arr, {.scale = 0.5}), FadeIn(dist, {.scale = 0.8})}, {.run_time = 0.25});

      // 5. Sampling: highlight top bar
      const Mobject top_bar = dist[0][0];
      auto sample_hl =
          SurroundingRectangle(top_bar, {.color = YELLOW, .stroke_width = 1.5, .buff = 0.02});
      auto samp_lbl = Text("\u2713 argmax", {.color = YELLOW, .font_size = 7});
      samp_lbl.next_to(dist, DOWN, 0.05);
      play({Create(sample_hl), Write(samp_lbl)}, {.run_time = 0.2});
      wait(0.15);

      // 6. Predicted token appears below distribution
      auto pred = tok_card(tok, YELLOW, YELLOW);
      const double target_x = SX + static_cast<double>(seq.size()) * GAP;
      pred.move_to(Vec3{CX_BLK, Y_DIST - 0.45, 0});
      play(FadeIn(pred, {.scale = 0.4}), {.run_time = 0.15});

      // 7. Token rises to join sequence at top
      play(pred.animate().move_to(Vec3{target_x, Y_SEQ, 0}), {.run_time = 0.3});
      play(pred[0].animate().set_fill(DARK_BLUE, 0.5).set_stroke(GRAY, 0.5),
           pred[1].animate().set_color(WHITE), FadeOut(sample_hl), FadeOut(samp_lbl));
      seq.add(pred);

      // 8. KV Cache: add K,V of this predicted token
      const double kv_x = KV_X + static_cast<double>(i) * (kv_size + kv_gap);
      auto k_sq = Square(kv_size, k_style).move_to(Vec3{kv_x, K_Y, 0});
      auto v_sq = Square(kv_size, v_style).move_to(Vec3{kv_x, V_Y, 0});
      play({FadeIn(k_sq, {.scale = 1.5}), FadeIn(v_sq, {.scale = 1.5})}, {.run_time = 0.15});
      kv_k.add(k_sq);
      kv_v.add(v_sq);

      // 9. Remove distribution and arrow
      play({FadeOut(dist), FadeOut(dist_arr)}, {.run_time = 0.08});

      // 10. Update step label
      auto new_lbl = Text("Step " + std::to_string(i) + " — [" + input_str + "]",
                          {.color = GRAY, .font_size = 9});
      new_lbl.move_to(step_lbl);
      play(Transform(step_lbl, new_lbl));
      wait(0.3);
    }

    wait(2.0);
  }
};

}  // namespace astrai

using astrai::Transformer;
MANIM_SCENE(Transformer);
