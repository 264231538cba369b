// Building Code from C++: a 100-line Python listing (target < 0.5 s). C++ scenes highlight with
// one long-lived python3 worker per process and keep the answers on disk by content, so:
//   Cold        empty disk cache and no worker: python3 + Pygments start-up, highlighting, layout
//               (what the first Code of a first render costs);
//   Worker      worker already running, a listing never seen: highlighting + layout (every
//               further new listing of the render);
//   WarmDisk    a new process (no worker, empty memory cache) whose listing is on disk: no
//               python3 at all (a re-render);
//   Cached      the same listing again in one process: layout only.
// cpu_ms_children is the python3 worker's CPU (user + system) per build, which the benchmark's
// own CPU column (this thread) does not include.
#include <benchmark/benchmark.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "manim/manim.hpp"
#include "mobject/text/code_highlighter.hpp"

using namespace manim;
namespace fs = std::filesystem;

namespace {

std::string listing(int salt) {
  std::string s = "# listing " + std::to_string(salt) + "\n";
  for (int i = 0; i < 99; ++i) {
    if (i % 10 == 0)
      s += "def step_" + std::to_string(i) + "(x, y=2):\n";
    else
      s += "    x = x * y + " + std::to_string(i) + "  # update the value\n";
  }
  return s;
}

// A private, empty cache root for this benchmark.
fs::path fresh_cache_root() {
  static int n = 0;
  fs::path d = fs::temp_directory_path() /
               ("manimcpp_code_bench_" + std::to_string(::getpid()) + "_" + std::to_string(++n));
  fs::remove_all(d);
  fs::create_directories(d);
  fs::permissions(d, fs::perms::owner_all, fs::perm_options::replace);
  setenv("MANIMCPP_CACHE_DIR", d.c_str(), 1);
  return d;
}

double children_cpu_ms() {
  rusage r{};
  getrusage(RUSAGE_CHILDREN, &r);
  return (r.ru_utime.tv_sec + r.ru_stime.tv_sec) * 1e3 +
         (r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e3;
}

Code build(const std::string& code) { return Code({.code = code, .language = "python"}); }

}  // namespace

static void BM_Code100LinesCold(benchmark::State& state) {
  int salt = 1000;
  double child = 0;
  for (auto _ : state) {
    state.PauseTiming();
    const fs::path root = fresh_cache_root();
    detail::code::reset_for_tests();
    const double before = children_cpu_ms();
    state.ResumeTiming();
    Code c = build(listing(++salt));
    benchmark::DoNotOptimize(c.node_ptr());
    state.PauseTiming();
    detail::code::reset_for_tests();  // reaps the worker, so its CPU is counted
    child += children_cpu_ms() - before;
    fs::remove_all(root);
    state.ResumeTiming();
  }
  state.counters["cpu_ms_children"] = child / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Code100LinesCold)->Unit(benchmark::kMillisecond)->Iterations(5);

static void BM_Code100LinesWorker(benchmark::State& state) {
  const fs::path root = fresh_cache_root();
  detail::code::reset_for_tests();
  build(listing(-2));  // starts the worker
  const std::size_t starts = detail::code::python_start_count();
  int salt = 2000;
  const double before = children_cpu_ms();
  for (auto _ : state) {
    Code c = build(listing(++salt));
    benchmark::DoNotOptimize(c.node_ptr());
  }
  detail::code::reset_for_tests();
  state.counters["cpu_ms_children"] =
      (children_cpu_ms() - before) / static_cast<double>(state.iterations());
  state.counters["python_starts"] =
      static_cast<double>(detail::code::python_start_count() - starts);
  fs::remove_all(root);
}
BENCHMARK(BM_Code100LinesWorker)->Unit(benchmark::kMillisecond);

static void BM_Code100LinesWarmDisk(benchmark::State& state) {
  const fs::path root = fresh_cache_root();
  detail::code::reset_for_tests();
  const std::string code = listing(-3);
  build(code);  // highlighted once: now on disk
  detail::code::reset_for_tests();
  const std::size_t starts = detail::code::python_start_count();
  for (auto _ : state) {
    state.PauseTiming();
    detail::code::reset_for_tests();  // as a new process: no worker, empty memory cache
    state.ResumeTiming();
    Code c = build(code);
    benchmark::DoNotOptimize(c.node_ptr());
  }
  state.counters["python_starts"] =
      static_cast<double>(detail::code::python_start_count() - starts);
  fs::remove_all(root);
}
BENCHMARK(BM_Code100LinesWarmDisk)->Unit(benchmark::kMillisecond);

static void BM_Code100LinesCached(benchmark::State& state) {
  const fs::path root = fresh_cache_root();
  const std::string code = listing(-1);
  build(code);
  for (auto _ : state) {
    Code c = build(code);
    benchmark::DoNotOptimize(c.node_ptr());
  }
  detail::code::reset_for_tests();
  fs::remove_all(root);
}
BENCHMARK(BM_Code100LinesCached)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
