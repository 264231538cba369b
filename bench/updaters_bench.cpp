// Updaters cost the same at minute 10 as at second 1 (Manim CE's issue #1959 is the slowdown
// this guards against): 50 always_redraw dots following a ValueTracker, 600 s of -ql video
// (854x480, 15 fps, 9000 frames), every frame rasterised. Prints the mean time per frame of
// the first and the last 100 frames, their ratio (target <= 1.1) and the peak RSS after the
// first 10% and at the end (target: flat).
//   build/bench/updaters_bench [seconds]
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "manim/manim.hpp"
#include "render/raster.hpp"

using namespace manim;

namespace {

long peak_rss_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

double cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) * 1e-6;
}

// Rasterises every frame and records when it finished.
class TimingSink : public FrameSink {
 public:
  TimingSink(std::size_t expected) : pixels_(854 * 480 * 4) {
    stamps_.reserve(expected + 1);
    cpu_.reserve(expected + 1);
  }
  void submit(FramePtr frame) override {
    detail::rasterize(*frame, {.width = 854, .height = 480}, pixels_.data());
    stamps_.push_back(std::chrono::steady_clock::now());
    cpu_.push_back(cpu_ms());
    if (stamps_.size() == stamps_.capacity() / 10) rss_at_10_ = peak_rss_kb();
  }
  std::vector<std::chrono::steady_clock::time_point> stamps_;
  std::vector<double> cpu_;  // process CPU ms when each frame was done
  long rss_at_10_ = 0;

 private:
  std::vector<std::uint8_t> pixels_;
};

class RedrawScene : public Scene {
 public:
  explicit RedrawScene(double seconds) : seconds_(seconds) {}
  void construct() override {
    ValueTracker t(0);
    t.add_updater([](Mobject& m, double dt) { m.as<ValueTracker>().increment_value(dt); });
    add(t);
    for (int i = 0; i < 50; ++i) {
      add(always_redraw([t, i] {
        const double a = t.get_value() * 0.5 + i * TAU / 50;
        return Dot(Vec3(3 * std::cos(a), 3 * std::sin(a), 0), {.color = BLUE});
      }));
    }
    wait(seconds_);
  }

 private:
  double seconds_;
};

double mean_ms(const std::vector<std::chrono::steady_clock::time_point>& s, std::size_t from,
               std::size_t to) {
  return std::chrono::duration<double, std::milli>(s[to] - s[from]).count() /
         static_cast<double>(to - from);
}

// Median CPU ms of the frames finished at from+1 .. to.
double median_cpu_ms(const std::vector<double>& cpu, std::size_t from, std::size_t to) {
  std::vector<double> d;
  for (std::size_t i = from + 1; i <= to; ++i) d.push_back(cpu[i] - cpu[i - 1]);
  std::nth_element(d.begin(), d.begin() + static_cast<std::ptrdiff_t>(d.size() / 2), d.end());
  return d[d.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  const double seconds = argc > 1 ? std::atof(argv[1]) : 600.0;
  config().frame_rate = 15;
  const auto frames = static_cast<std::size_t>(std::ceil(seconds * 15));
  TimingSink sink(frames);
  RedrawScene scene(seconds);
  const auto start = std::chrono::steady_clock::now();
  scene.render(&sink);
  const double total =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const auto& s = sink.stamps_;
  if (s.size() < 202) {
    std::fprintf(stderr, "updaters_bench: only %zu frames; pass at least 14 seconds\n", s.size());
    return 1;
  }
  const double first = mean_ms(s, 0, 100), last = mean_ms(s, s.size() - 101, s.size() - 1);
  std::printf("frames %zu in %.1f s\n", s.size(), total);
  std::printf("first 100 frames: %.3f ms/frame, last 100: %.3f ms/frame, ratio %.3f\n", first, last,
              last / first);
  const auto& c = sink.cpu_;
  const double first_cpu = (c[100] - c[0]) / 100,
               last_cpu = (c[s.size() - 1] - c[s.size() - 101]) / 100;
  std::printf("CPU: first 100 frames: %.3f ms/frame, last 100: %.3f ms/frame, ratio %.3f\n",
              first_cpu, last_cpu, last_cpu / first_cpu);
  const double first_med = median_cpu_ms(c, 0, 100),
               last_med = median_cpu_ms(c, s.size() - 101, s.size() - 1);
  std::printf("CPU median: first 100 frames: %.3f ms/frame, last 100: %.3f ms/frame, ratio %.3f\n",
              first_med, last_med, last_med / first_med);
  std::printf("peak RSS after 10%%: %ld kB, at the end: %ld kB\n", sink.rss_at_10_, peak_rss_kb());
  return 0;
}
