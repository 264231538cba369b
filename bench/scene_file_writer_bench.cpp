// A whole scene rendered through the public entry (SceneFileWriter): construct, camera capture,
// raster threads and the MP4 encoder, at Manim's -ql and -qh. items_per_second = video frames
// per second of wall time. The scene: 60 shapes transformed and faded for 2 s of video.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>

#include "manim/manim.hpp"
#include "manim/render/scene_file_writer.hpp"

namespace {

namespace fs = std::filesystem;

class Shapes : public manim::Scene {
 public:
  void construct() override {
    using namespace manim;
    VGroup squares, circles;
    for (int k = 0; k < 30; ++k) {
      const Vec3 at = LEFT * 6 + RIGHT * (0.4 * k) + UP * ((k % 5) - 2);
      squares.add(Square(0.5, {.color = BLUE, .fill_opacity = 0.5}).move_to(at));
      circles.add(Circle({.color = RED, .fill_opacity = 0.3, .radius = 0.3}).move_to(at + DOWN));
    }
    play({Create(squares), FadeIn(circles)}, {.run_time = 1});
    play(Transform(squares, circles.copy().shift(UP)), {.run_time = 1});
  }
};

void BM_RenderScene(benchmark::State& state) {
  const char quality = static_cast<char>(state.range(0));
  const manim::Config saved = manim::config();
  manim::config().set_quality(quality);
  const fs::path media = fs::temp_directory_path() / "manim_scene_file_writer_bench";
  std::size_t frames = 0;
  for (auto _ : state) {
    Shapes scene;
    manim::SceneFileWriterOptions o;
    o.media_dir = media;
    o.module_name = "bench";
    frames += manim::SceneFileWriter("Shapes", o).render(scene).frames;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(frames));
  manim::config() = saved;
  fs::remove_all(media);
}

BENCHMARK(BM_RenderScene)
    ->Arg('l')
    ->Arg('h')
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
