// Graphing builds: get_riemann_rectangles with 1000 rectangles and 50x50 tables of every kind
// (each well under a second is the target; figures in docs/graphing.md). Run with
// --benchmark_counters_tabular; CPU time is the figure on a shared machine.
#include <benchmark/benchmark.h>

#include <string>

#include "manim/manim.hpp"

using namespace manim;

static void BM_Riemann1000(benchmark::State& state) {
  Axes ax({.x_range = {0, 10, 1}, .y_range = {0, 100, 10}});
  auto g = ax.plot([](double x) { return x * x; });
  for (auto _ : state) {
    VGroup rects = ax.get_riemann_rectangles(g, {.dx = 0.01});
    benchmark::DoNotOptimize(rects.node_ptr());
  }
}
BENCHMARK(BM_Riemann1000)->Unit(benchmark::kMillisecond);

// 2500 DecimalNumber entries (MathJax-typeset digits, cached per character string).
static void BM_DecimalTable50x50(benchmark::State& state) {
  std::vector<std::vector<double>> values(50, std::vector<double>(50));
  for (int r = 0; r < 50; ++r)
    for (int c = 0; c < 50; ++c) values[r][c] = r * 0.1 + c;
  for (auto _ : state) {
    Table t = DecimalTable(values);
    benchmark::DoNotOptimize(t.node_ptr());
  }
}
BENCHMARK(BM_DecimalTable50x50)->Unit(benchmark::kMillisecond);

// 2500 Integer entries (as DecimalTable, no decimals).
static void BM_IntegerTable50x50(benchmark::State& state) {
  std::vector<std::vector<double>> values(50, std::vector<double>(50));
  for (int r = 0; r < 50; ++r)
    for (int c = 0; c < 50; ++c) values[r][c] = r * 50 + c;
  for (auto _ : state) {
    Table t = IntegerTable(values);
    benchmark::DoNotOptimize(t.node_ptr());
  }
}
BENCHMARK(BM_IntegerTable50x50)->Unit(benchmark::kMillisecond);

// 2500 MathTex entries of 50 distinct formulas (x^{c} in column c, as build_times.py), typeset
// once before timing (the first typesetting is the MathJax worker's time, not the build's).
static void BM_MathTable50x50(benchmark::State& state) {
  std::vector<std::vector<std::string>> cells(50);
  for (auto& row : cells)
    for (int c = 0; c < 50; ++c) row.push_back("x^{" + std::to_string(c) + "}");
  benchmark::DoNotOptimize(MathTable(cells).node_ptr());
  for (auto _ : state) {
    Table t = MathTable(cells);
    benchmark::DoNotOptimize(t.node_ptr());
  }
}
BENCHMARK(BM_MathTable50x50)->Unit(benchmark::kMillisecond);

// Layout alone: 2500 ready-made entries.
static void BM_MobjectTable50x50(benchmark::State& state) {
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<std::vector<Mobject>> cells(50);
    for (auto& row : cells)
      for (int c = 0; c < 50; ++c) row.push_back(Square(0.5));
    state.ResumeTiming();
    Table t(cells);
    benchmark::DoNotOptimize(t.node_ptr());
  }
}
BENCHMARK(BM_MobjectTable50x50)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
