// The CLI against scenes that crash, exit, hang or are interrupted, and against a corrupt
// compile cache (cli/scene_guard.hpp, cli/scene_compiler.hpp): one "error:" line, a non-zero
// status and no file left behind, within half a second of Ctrl-C.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "support/test_support.hpp"

namespace fs = std::filesystem;

namespace {

using Result = manim::testing::CommandResult;

fs::path work_dir() {
  return fs::path(MANIM_TEST_OUTPUT_DIR) / "scene_guard_test" / std::to_string(::getpid());
}
// Shared with cli_test: content-keyed, so the precompiled header is built once.
fs::path cache_dir() { return fs::path(MANIM_TEST_OUTPUT_DIR) / "cli_test_cache"; }

std::string quote(const std::string& s) { return manim::testing::shell_quote(s); }

Result run_cli(const std::string& args, const std::string& env = "") {
  return manim::testing::run_command(env + "MANIMCPP_CACHE_DIR=" + quote(cache_dir().string()) +
                                         " " + quote(MANIM_CLI_PATH) + " " + args,
                                     work_dir().string());
}

void write_file(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

bool contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

// Every file under `dir`, hidden temporaries included.
std::vector<std::string> files_under(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::exists(dir, ec)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec))
    if (!e.is_directory()) out.push_back(e.path().string());
  return out;
}

const char* kScenes = R"(#include <manim/manim.hpp>
#include <cstdlib>
using namespace manim;

struct NotAStdException {
  int code;
};

class Segfault : public Scene {
 public:
  void construct() override {
    Square sq;
    play(FadeIn(sq));
    volatile int* p = nullptr;
    *p = 1;  // line 15
  }
};
MANIM_SCENE(Segfault);

class ThrowsOwnType : public Scene {
 public:
  void construct() override {
    Square sq;
    play(FadeIn(sq));
    throw NotAStdException{7};  // line 25
  }
};
MANIM_SCENE(ThrowsOwnType);

class CallsExit : public Scene {
 public:
  void construct() override {
    Square sq;
    play(FadeIn(sq));
    std::exit(0);
  }
};
MANIM_SCENE(CallsExit);

class Spins : public Scene {
 public:
  void construct() override {
    Square sq;
    play(FadeIn(sq));
    volatile double x = 0;
    for (;;) x = x + 1;  // never polls for Ctrl-C
  }
};
MANIM_SCENE(Spins);
)";

class SceneGuardTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    fs::remove_all(work_dir());
    fs::create_directories(work_dir());
    write_file(work_dir() / "guard.cpp", kScenes);
  }
  static void TearDownTestSuite() { fs::remove_all(work_dir()); }
};

// Before: a segfault ended with no "error:" line, a thrown non-std type with none either,
// exit(0) with status 0 and no movie; each left ".<Scene>.partial.mp4".
TEST_F(SceneGuardTest, CrashesThrowsAndExitBecomeOneErrorLineAndLeaveNothing) {
  Result r = run_cli("-ql --progress_bar none --media_dir m_segv guard.cpp Segfault");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_TRUE(contains(r.out,
                       "error: Segfault: the scene crashed: segmentation fault (SIGSEGV: "
                       "invalid memory access) at guard.cpp:15 (in Segfault::construct())"))
      << r.out;
  EXPECT_EQ(files_under(work_dir() / "m_segv"), std::vector<std::string>{});

  r = run_cli("-ql --progress_bar none --media_dir m_throw guard.cpp ThrowsOwnType");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_TRUE(contains(r.out,
                       "error: ThrowsOwnType: guard.cpp:25 (in ThrowsOwnType::construct()): "
                       "an exception of type NotAStdException"))
      << r.out;
  EXPECT_EQ(files_under(work_dir() / "m_throw"), std::vector<std::string>{});

  r = run_cli("-ql --progress_bar none --media_dir m_exit guard.cpp CallsExit");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_TRUE(
      contains(r.out,
               "error: CallsExit: the scene ended the process with exit(0) before the render "
               "finished"))
      << r.out;
  EXPECT_EQ(files_under(work_dir() / "m_exit"), std::vector<std::string>{});
}

// True when a process descended from `root` runs the C++ compiler proper (cc1plus).
bool compiler_running_under(pid_t root) {
  std::map<pid_t, pid_t> parent;
  std::vector<pid_t> compilers;
  for (const auto& e : fs::directory_iterator("/proc")) {
    const std::string name = e.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream in(e.path() / "stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto open = stat.find('('), close = stat.rfind(')');
    if (open == std::string::npos || close == std::string::npos || close + 4 > stat.size())
      continue;
    const pid_t pid = std::stoi(name);
    parent[pid] = std::atoi(stat.c_str() + close + 4);  // after ") S "
    if (stat.compare(open + 1, close - open - 1, "cc1plus") == 0) compilers.push_back(pid);
  }
  for (pid_t p : compilers)
    for (int depth = 0; p > 1 && depth < 16; ++depth) {
      if (p == root) return true;
      const auto it = parent.find(p);
      if (it == parent.end()) break;
      p = it->second;
    }
  return false;
}

// Starts the CLI, sends SIGINT after `delay`, or as soon as `ready` (polled) holds for the CLI's
// pid, and returns the exit status and the seconds from the signal to the exit.
struct Interrupted {
  int code = -1;
  double seconds = 0;
  bool ready = false;  // `ready` held before the signal
};
Interrupted interrupt_cli(const std::string& args, std::chrono::milliseconds delay,
                          const std::function<bool(pid_t)>& ready = {}) {
  // Paths made before the fork: work_dir() names this (the parent) process.
  const std::string dir = work_dir().string(), cache = cache_dir().string();
  const std::string cmd = std::string(MANIM_CLI_PATH) + " " + args + " >/dev/null 2>&1";
  const pid_t pid = ::fork();
  if (pid == 0) {
    if (::chdir(dir.c_str()) != 0) ::_exit(126);
    ::setenv("MANIMCPP_CACHE_DIR", cache.c_str(), 1);
    ::execl("/bin/sh", "sh", "-c", ("exec " + cmd).c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  bool was_ready = false;
  if (ready) {
    const auto until = std::chrono::steady_clock::now() + delay;
    while (!(was_ready = ready(pid)) && std::chrono::steady_clock::now() < until)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
  } else {
    std::this_thread::sleep_for(delay);
  }
  const auto t0 = std::chrono::steady_clock::now();
  ::kill(pid, SIGINT);  // to the CLI alone, not its process group: the CLI must pass it on
  int status = 0;
  Interrupted out;
  for (;;) {
    if (::waitpid(pid, &status, WNOHANG) == pid) break;
    if (std::chrono::steady_clock::now() - t0 > std::chrono::seconds(20)) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      out.seconds = 99;
      return out;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  out.ready = was_ready;
  out.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return out;
}

// Before: a construct() that never emits a frame ignored Ctrl-C.
TEST_F(SceneGuardTest, CtrlCDuringALongConstructEndsWithinHalfASecond) {
  // Warm the compile cache first, so that the signal lands in construct().
  run_cli("-ql --progress_bar none --media_dir m_warm guard.cpp CallsExit");
  const Interrupted r = interrupt_cli("-ql --progress_bar none --media_dir m_spin guard.cpp Spins",
                                      std::chrono::milliseconds(1500));
  EXPECT_EQ(r.code, 130);
#if defined(__SANITIZE_ADDRESS__)
  EXPECT_LT(r.seconds, 1.5);  // the instrumented build runs its clean-up ~3x slower
#else
  EXPECT_LT(r.seconds, 0.5);
#endif
  EXPECT_EQ(files_under(work_dir() / "m_spin"), std::vector<std::string>{});
}

// Before: the compiler ran to the end (a signal to the CLI alone did not reach it).
TEST_F(SceneGuardTest, CtrlCDuringCompilationStopsTheCompiler) {
  // A file no run has compiled before, so the compiler is running when the signal comes.
  const std::string name = "fresh_" + std::to_string(::getpid()) + ".cpp";
  write_file(work_dir() / name,
             std::string(kScenes) + "// " + std::to_string(::time(nullptr)) + "\n");
  // The signal comes once the compiler proper runs (a fast machine compiles the scene in
  // under a second with the precompiled header: a fixed delay could miss it).
  const Interrupted r =
      interrupt_cli("-ql " + name, std::chrono::seconds(20), compiler_running_under);
  ASSERT_TRUE(r.ready) << "the compiler never ran";
  EXPECT_EQ(r.code, 130);
  EXPECT_LT(r.seconds, 0.5);
  for (const auto& f : files_under(cache_dir() / "scenes"))
    EXPECT_FALSE(contains(f, "fresh_" + std::to_string(::getpid()))) << "left behind: " << f;
}

// Before: g++ read "-dash.cpp" as an option; a cut cached library then ended every render with
// SIGBUS and no message.
TEST_F(SceneGuardTest, DashNamedSceneFileAndATruncatedCachedLibrary) {
  const std::string name = "-dash_" + std::to_string(::getpid()) + ".cpp";
  write_file(work_dir() / name, std::string(kScenes) + "// " + name + "\n");
  const std::string args =
      "-ql -v DEBUG --progress_bar none --media_dir m_dash -- " + quote(name) + " CallsExit";
  Result r = run_cli(args);
  ASSERT_TRUE(contains(r.out, "error: CallsExit: the scene ended the process")) << r.out;
  // The next run names the cached library.
  r = run_cli(args);
  const std::string tag = "compile: cached ";
  const auto at = r.out.find(tag);
  ASSERT_NE(at, std::string::npos) << r.out;
  const fs::path lib = r.out.substr(at + tag.size(), r.out.find('\n', at) - at - tag.size());
  ASSERT_TRUE(fs::exists(lib)) << lib;
  fs::resize_file(lib, fs::file_size(lib) / 2);

  r = run_cli(args);
  EXPECT_TRUE(contains(
      r.out, "warning: cached scene library '" + lib.string() + "' is unusable (truncated"))
      << r.out;
  EXPECT_TRUE(contains(r.out, "error: CallsExit: the scene ended the process")) << r.out;
  r = run_cli(args);
  EXPECT_TRUE(contains(r.out, tag + lib.string())) << r.out;
  EXPECT_FALSE(contains(r.out, "warning")) << r.out;
  fs::remove(lib);
}

TEST_F(SceneGuardTest, NoPerUserCacheFolderIsARefusalNotASharedTmpFolder) {
  const Result r = manim::testing::run_command(
      "env -u HOME -u XDG_CACHE_HOME -u XDG_RUNTIME_DIR -u MANIMCPP_CACHE_DIR " +
          quote(MANIM_CLI_PATH) + " -ql guard.cpp Segfault",
      work_dir().string());
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.out,
                       "error: could not compile scene file guard.cpp: no per-user cache "
                       "folder: HOME, XDG_CACHE_HOME and XDG_RUNTIME_DIR are all unset"))
      << r.out;
}

}  // namespace
