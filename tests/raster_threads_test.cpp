// How many raster threads a pipeline runs and at what priority: one per core; for a movie at 5
// nice steps below the encoder, for PNG frames at the process's own priority. Threads are read
// from /proc/self/task (Linux: nice is per thread).
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <thread>

#include "render/pipeline.hpp"

using namespace manim;
namespace fs = std::filesystem;

namespace {

std::set<int> task_ids() {
  std::set<int> ids;
  for (const auto& e : fs::directory_iterator("/proc/self/task"))
    ids.insert(std::stoi(e.path().filename().string()));
  return ids;
}

// Field 19 of /proc/self/task/<tid>/stat: the thread's nice value.
int nice_of(int tid) {
  std::ifstream in("/proc/self/task/" + std::to_string(tid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::istringstream fields(stat.substr(stat.rfind(')') + 2));  // after "pid (comm) "
  std::string f;
  for (int i = 3; i <= 19; ++i) fields >> f;
  return std::stoi(f);
}

FramePtr square() {
  auto f = std::make_shared<Frame>();
  PathItem it;
  it.xy = {-1, -1, -1, -1, 1, -1, 1, -1, 1, -1, 1, 1, 1, 1, -1, 1, -1, 1, -1, -1};
  it.subpaths = {{0, 3, true}};
  it.fill = Color(1, 0, 0, 1);
  f->items.push_back(it);
  return f;
}

struct Counted {
  int threads = 0;  // started by the pipeline
  int lowered = 0;  // ... at the process's nice + 5
  int as_main = 0;  // ... at the process's own nice
};

Counted count_threads(OutputFormat format, const fs::path& path, int base) {
  const std::set<int> before = task_ids();
  OutputSpec s;
  s.format = format;
  s.path = path.string();
  s.png_stem = "S";
  s.width = 64;
  s.height = 36;
  s.fps = 15;
  RenderPipeline pipe(s);
  for (int k = 0; k < 3; ++k) pipe.submit(square());
  pipe.wait_idle();  // every raster thread has started and lowered itself
  Counted c;
  for (int tid : task_ids()) {
    if (before.count(tid)) continue;
    ++c.threads;
    const int n = nice_of(tid);
    if (n == base + 5) ++c.lowered;
    if (n == base) ++c.as_main;
  }
  pipe.finish();
  return c;
}

class RasterThreadsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = nice_of(static_cast<int>(::gettid()));
    // Lowered and unlowered threads must be told apart: room for 5 steps below this one.
    if (base_ > 14) GTEST_SKIP() << "the test runs at nice " << base_;
    dir_ = fs::temp_directory_path() / ("manim_raster_threads_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "pngs");
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  int base_ = 0;
};

const int kCores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));

TEST_F(RasterThreadsTest, AMovieRunsOneRasterThreadPerCoreBelowTheEncoder) {
  const Counted c = count_threads(OutputFormat::Mp4, dir_ / "m.mp4", base_);
  EXPECT_EQ(c.lowered, kCores) << "raster threads at nice + 5";
  // The rest (the encoder thread and libx264's own) keep the process's priority.
  EXPECT_EQ(c.as_main, c.threads - c.lowered);
  EXPECT_GT(c.as_main, 0) << "the encoder thread";
}

TEST_F(RasterThreadsTest, PngFramesUseEveryCoreAtTheProcessPriority) {
  const Counted c = count_threads(OutputFormat::Png, dir_ / "pngs", base_);
  EXPECT_EQ(c.threads, kCores);
  EXPECT_EQ(c.as_main, kCores);
  EXPECT_EQ(c.lowered, 0);
  EXPECT_TRUE(fs::exists(dir_ / "pngs" / "S0002.png"));
}

}  // namespace
