// `manimcpp --watch` (cli/watch.hpp): renders, renders again when the scene file changes (also
// after a failed render), says where the movie is each time, and stops on Ctrl-C with status
// 130 within half a second.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>

namespace fs = std::filesystem;

namespace {

fs::path work_dir() {
  return fs::path(MANIM_TEST_OUTPUT_DIR) / "watch_test" / std::to_string(::getpid());
}

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Written to a new file renamed over the old one, as many editors save.
void save(const fs::path& p, const std::string& text) {
  const fs::path tmp = p.string() + ".new";
  std::ofstream(tmp) << text;
  fs::rename(tmp, p);
}

std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

std::string scene(const std::string& colour) {
  return "from manim import *\n\nclass W(Scene):\n    def construct(self):\n"
         "        self.play(Create(Square(color=" +
         colour + ")), run_time=0.2)\n";
}

class WatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::remove_all(work_dir());
    fs::create_directories(work_dir());
    log_ = work_dir() / "out.log";
  }
  void TearDown() override {
    if (pid_ > 0) {
      ::kill(-pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    fs::remove_all(work_dir());
  }
  void start(const fs::path& file) {
    const std::string dir = work_dir().string();  // (the child has another pid)
    pid_ = ::fork();
    ASSERT_GE(pid_, 0);
    if (pid_ == 0) {
      ::setpgid(0, 0);  // its own group: the test sends Ctrl-C to the group, as a terminal does
      const int fd = ::open(log_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      ::dup2(fd, 1);
      ::dup2(fd, 2);
      if (::chdir(dir.c_str()) != 0) ::_exit(126);
      ::execl(MANIM_CLI_PATH, MANIM_CLI_PATH, "--watch", file.c_str(), "W", "-ql", "-r", "160,90",
              "--media_dir", "media", "--progress_bar", "none", static_cast<char*>(nullptr));
      ::_exit(127);
    }
    ::setpgid(pid_, pid_);
  }
  // Waits (up to a minute) until the log holds `n` copies of `needle`.
  bool wait_for(const std::string& needle, std::size_t n) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < end) {
      if (count(read_all(log_), needle) >= n) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }
  fs::path log_;
  pid_t pid_ = -1;
};

constexpr const char* kWaiting = "waiting for changes to";

TEST_F(WatchTest, RendersAgainOnEveryChangeAndStopsOnCtrlC) {
  const fs::path file = work_dir() / "w.py";
  save(file, scene("BLUE"));
  start(file);
  ASSERT_TRUE(wait_for(kWaiting, 1)) << read_all(log_);
  const fs::path movie = work_dir() / "media/videos/w/90p15/W.mp4";
  std::string log = read_all(log_);
  EXPECT_EQ(count(log, "File ready at"), 1u) << log;
  EXPECT_NE(log.find("File ready at media/videos/w/90p15/W.mp4"), std::string::npos)
      << "each render says where the movie is\n"
      << log;
  ASSERT_TRUE(fs::exists(movie)) << log;
  const std::string blue = read_all(movie);

  // A broken file: the render fails, the watch goes on.
  save(file, "from manim import *\n\nclass W(Scene):\n    def construct(self):\n        1/0\n");
  ASSERT_TRUE(wait_for(kWaiting, 2)) << read_all(log_);
  log = read_all(log_);
  EXPECT_EQ(count(log, "changed; rendering again"), 1u) << log;
  EXPECT_EQ(count(log, "the render failed"), 1u) << log;
  EXPECT_EQ(read_all(movie), blue) << "a failed render leaves the last movie as it was";

  save(file, scene("RED"));
  ASSERT_TRUE(wait_for(kWaiting, 3)) << read_all(log_);
  log = read_all(log_);
  EXPECT_EQ(count(log, "File ready at"), 2u) << log;
  EXPECT_NE(read_all(movie), blue) << "the edited scene was rendered";

  // Nothing changes: no render.
  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  EXPECT_EQ(count(read_all(log_), kWaiting), 3u);

  const auto t0 = std::chrono::steady_clock::now();
  ASSERT_EQ(::kill(-pid_, SIGINT), 0);
  int status = 0;
  ASSERT_EQ(::waitpid(pid_, &status, 0), pid_);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  pid_ = -1;
  EXPECT_LT(secs, 0.5);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 130);
  EXPECT_NE(read_all(log_).find("--watch: stopped"), std::string::npos) << read_all(log_);
}

}  // namespace
