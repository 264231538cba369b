// Rasteriser throughput on a busy slide (bench/busy_frame.hpp) at Manim's ql and qh sizes.
// items_per_second = frames per second; with Threads(2) each thread owns its own buffer, as the
// pipeline's raster threads do, and the rate is the total over both.
#include <benchmark/benchmark.h>

#include <vector>

#include "busy_frame.hpp"
#include "render/raster.hpp"

namespace {

void BM_RasterBusyFrame(benchmark::State& state) {
  manim::detail::RasterTarget target;
  target.width = static_cast<int>(state.range(0));
  target.height = static_cast<int>(state.range(1));
  const manim::FramePtr frame = manim::bench::busy_frame();
  std::vector<std::uint8_t> buf(static_cast<std::size_t>(target.width) * target.height * 4);
  for (auto _ : state) {
    manim::detail::rasterize(*frame, target, buf.data());
    benchmark::DoNotOptimize(buf.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["paths"] =
      benchmark::Counter(static_cast<double>(frame->items.size()), benchmark::Counter::kAvgThreads);
}

BENCHMARK(BM_RasterBusyFrame)
    ->Args({854, 480})
    ->Args({1920, 1080})
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(BM_RasterBusyFrame)
    ->Args({854, 480})
    ->Args({1920, 1080})
    ->Threads(2)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
