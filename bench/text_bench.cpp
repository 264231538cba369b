// Building Text: a 10x10 grid of labelled squares (target < 50 ms), and single labels.
#include <benchmark/benchmark.h>

#include <string>

#include "manim/manim.hpp"
#include "mobject/tex/tex_file_writing.hpp"

using namespace manim;

static VGroup build_grid() {
  VGroup grid;
  for (int r = 0; r < 10; ++r) {
    for (int c = 0; c < 10; ++c) {
      Square cell(0.6, {.color = BLUE});
      Text label("w" + std::to_string(r) + "," + std::to_string(c), {.font_size = 18});
      cell.move_to({(c - 4.5) * 0.7, (4.5 - r) * 0.7, 0});
      label.move_to(cell);
      grid.add(VGroup(cell, label));
    }
  }
  return grid;
}

static void BM_TextGrid10x10(benchmark::State& state) {
  for (auto _ : state) {
    VGroup grid = build_grid();
    benchmark::DoNotOptimize(grid.node_ptr());
  }
}
BENCHMARK(BM_TextGrid10x10)->Unit(benchmark::kMillisecond);

static void BM_TextSentence(benchmark::State& state) {
  for (auto _ : state) {
    Text t("The LLM describes computation but never executes it.", {.font_size = 28});
    benchmark::DoNotOptimize(t.node_ptr());
  }
}
BENCHMARK(BM_TextSentence)->Unit(benchmark::kMicrosecond);

// A warm LaTeX-engine render: the formula's dvisvgm SVG is already in media/Tex, so building it
// again starts no latex process (counter latex_runs stays 0). Skipped without latex/dvisvgm.
static void BM_MathTexLatexWarm(benchmark::State& state) {
  const std::string saved = config().tex_compiler;
  config().tex_compiler = "latex";
  try {
    MathTex cold("\\int_0^1 x^2\\,dx = \\frac{1}{3}");  // compiles once if not cached yet
  } catch (const std::exception& e) {
    config().tex_compiler = saved;
    state.SkipWithError(e.what());
    return;
  }
  const std::size_t runs = detail::tex::latex_run_count();
  for (auto _ : state) {
    MathTex warm("\\int_0^1 x^2\\,dx = \\frac{1}{3}");
    benchmark::DoNotOptimize(warm.node_ptr());
  }
  state.counters["latex_runs"] = static_cast<double>(detail::tex::latex_run_count() - runs);
  config().tex_compiler = saved;
}
BENCHMARK(BM_MathTexLatexWarm)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
