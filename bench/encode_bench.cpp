// Encoder throughput: 480p15 and 1080p60 MP4 (libx264 crf 23 preset medium, Manim's settings)
// from pre-rasterised busy frames, and the whole pipeline (rasterise + encode) on the same
// display lists. items_per_second = frames per second of wall time; the CPU column is the
// whole process (x264 and raster threads included), which is the figure to trust on a busy
// machine.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <vector>

#include "busy_frame.hpp"
#include "render/encoder.hpp"
#include "render/pipeline.hpp"
#include "render/raster.hpp"

namespace {

namespace fs = std::filesystem;
constexpr int kFrames = 60;  // one encode per iteration: x264's lookahead needs whole runs

manim::OutputSpec make_spec(int w, int h, double fps, manim::OutputFormat f, const char* ext) {
  manim::OutputSpec s;
  s.format = f;
  s.width = w;
  s.height = h;
  s.fps = fps;
  s.path = (fs::temp_directory_path() / (std::string("manim_encode_bench.") + ext)).string();
  return s;
}

std::vector<manim::FramePtr> animation() {
  std::vector<manim::FramePtr> frames;
  for (int k = 0; k < kFrames; ++k) frames.push_back(manim::bench::busy_frame(0.1 * k, k));
  return frames;
}

void encode_only(benchmark::State& state, manim::OutputFormat format, const char* ext) {
  const int w = static_cast<int>(state.range(0)), h = static_cast<int>(state.range(1));
  const auto spec = make_spec(w, h, static_cast<double>(state.range(2)), format, ext);
  manim::detail::RasterTarget target{w, h, false};
  std::vector<std::vector<std::uint8_t>> pixels;
  for (const auto& f : animation()) {
    pixels.emplace_back(static_cast<std::size_t>(w) * h * 4);
    manim::detail::rasterize(*f, target, pixels.back().data());
  }
  for (auto _ : state) {
    auto writer = manim::detail::open_video_writer(spec);
    for (int k = 0; k < kFrames; ++k) writer->write(k, pixels[k].data());
    writer->finish();
  }
  state.SetItemsProcessed(state.iterations() * kFrames);
  fs::remove(spec.path);
}

void BM_EncodeMp4(benchmark::State& state) { encode_only(state, manim::OutputFormat::Mp4, "mp4"); }
void BM_EncodeGif(benchmark::State& state) { encode_only(state, manim::OutputFormat::Gif, "gif"); }
void BM_EncodeWebm(benchmark::State& state) {
  encode_only(state, manim::OutputFormat::Webm, "webm");
}

void BM_PipelineMp4(benchmark::State& state) {
  const int w = static_cast<int>(state.range(0)), h = static_cast<int>(state.range(1));
  const auto spec =
      make_spec(w, h, static_cast<double>(state.range(2)), manim::OutputFormat::Mp4, "mp4");
  const auto frames = animation();
  for (auto _ : state) {
    manim::RenderPipeline pipe(spec);
    for (const auto& f : frames) pipe.submit(f);
    pipe.finish();
  }
  state.SetItemsProcessed(state.iterations() * kFrames);
  fs::remove(spec.path);
}

#define SIZES ->Args({854, 480, 15})->Args({1920, 1080, 60})
BENCHMARK(BM_EncodeMp4)
SIZES->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_PipelineMp4)
SIZES->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_EncodeGif)
    ->Args({854, 480, 15})
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(BM_EncodeWebm)
    ->Args({854, 480, 15})
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
