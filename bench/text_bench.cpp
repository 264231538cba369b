// Building Text: a 10x10 grid of labelled squares (target < 50 ms), and single labels.
#include <benchmark/benchmark.h>

#include <string>

#include "manim/manim.hpp"

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

BENCHMARK_MAIN();
