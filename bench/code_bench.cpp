// Building Code: a 100-line Python listing (target < 0.5 s), highlighted afresh each iteration
// (a distinct listing, so the highlight cache never answers), and the same listing again
// (cached highlighting: layout only). C++ scenes highlight in a python3 subprocess; Python
// scenes highlight in-process, which is faster still.
#include <benchmark/benchmark.h>

#include <string>

#include "manim/manim.hpp"

using namespace manim;

static std::string listing(int salt) {
  std::string s = "# listing " + std::to_string(salt) + "\n";
  for (int i = 0; i < 99; ++i) {
    if (i % 10 == 0)
      s += "def step_" + std::to_string(i) + "(x, y=2):\n";
    else
      s += "    x = x * y + " + std::to_string(i) + "  # update the value\n";
  }
  return s;
}

static void BM_Code100LinesFresh(benchmark::State& state) {
  int salt = 0;
  for (auto _ : state) {
    Code c({.code = listing(++salt), .language = "python"});
    benchmark::DoNotOptimize(c.node_ptr());
  }
}
BENCHMARK(BM_Code100LinesFresh)->Unit(benchmark::kMillisecond);

static void BM_Code100LinesCached(benchmark::State& state) {
  const std::string code = listing(-1);
  Code warm({.code = code, .language = "python"});
  for (auto _ : state) {
    Code c({.code = code, .language = "python"});
    benchmark::DoNotOptimize(c.node_ptr());
  }
}
BENCHMARK(BM_Code100LinesCached)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
