// The --watch loop: render in a child process, poll the scene file, render again on a change.
#include "cli/watch.hpp"

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <thread>

namespace manim::cli {

namespace fs = std::filesystem;

namespace {

volatile std::sig_atomic_t g_stop = 0;
volatile pid_t g_child = 0;

void on_stop(int sig) {
  g_stop = 1;
  // A signal sent to this process alone (not the terminal's whole group) reaches the render too.
  const pid_t child = g_child;
  if (child > 0) ::kill(child, sig);
}

// Polls every 100 ms; a change counts once the file has been stable for 150 ms (an editor
// may write it in several steps).
constexpr auto kPoll = std::chrono::milliseconds(100);
constexpr auto kSettle = std::chrono::milliseconds(150);

// Sleeps `d` in short slices; false when Ctrl-C arrived.
bool nap(std::chrono::milliseconds d) {
  const auto end = std::chrono::steady_clock::now() + d;
  while (!g_stop && std::chrono::steady_clock::now() < end)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  return !g_stop;
}

int render_once(const std::string& self, const std::vector<std::string>& args) {
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(self.c_str()));
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  std::fflush(stdout);
  std::fflush(stderr);
  const pid_t pid = ::fork();
  if (pid < 0) {
    std::fprintf(stderr, "error: --watch: cannot start a render: %s\n", std::strerror(errno));
    return -1;
  }
  if (pid == 0) {
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    ::execv(self.c_str(), argv.data());
    std::fprintf(stderr, "error: --watch: cannot run '%s': %s\n", self.c_str(),
                 std::strerror(errno));
    ::_exit(127);
  }
  g_child = pid;
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  g_child = 0;
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

}  // namespace

std::vector<std::string> arguments_without_watch(int argc, char** argv) {
  std::vector<std::string> out;
  bool literal = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--") literal = true;
    if (!literal && a == "--watch") continue;
    out.push_back(a);
  }
  return out;
}

FileStamp stamp_of(const fs::path& file) {
  struct stat st {};
  FileStamp s;
  if (::stat(file.c_str(), &st) != 0) return s;
  s.exists = true;
  s.mtime_ns = static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
  s.size = static_cast<long long>(st.st_size);
  s.inode = static_cast<long long>(st.st_ino);
  return s;
}

int run_watch(const std::string& self, const fs::path& file, const std::vector<std::string>& args) {
  struct sigaction sa {};
  sa.sa_handler = on_stop;
  sigemptyset(&sa.sa_mask);
  ::sigaction(SIGINT, &sa, nullptr);
  ::sigaction(SIGTERM, &sa, nullptr);
  g_stop = 0;
  for (;;) {
    FileStamp seen = stamp_of(file);
    const int rc = render_once(self, args);
    if (g_stop) break;
    if (rc < 0) return 1;
    std::printf("--watch: %s; waiting for changes to %s (Ctrl-C to stop)\n",
                rc == 0 ? "rendered" : "the render failed", file.string().c_str());
    std::fflush(stdout);
    // Wait for a new version of the file that stays put for kSettle.
    for (;;) {
      if (!nap(kPoll)) break;
      FileStamp now = stamp_of(file);
      if (now == seen || !now.exists) continue;
      if (!nap(kSettle)) break;
      if (stamp_of(file) != now) continue;
      std::printf("--watch: %s changed; rendering again\n", file.string().c_str());
      std::fflush(stdout);
      break;
    }
    if (g_stop) break;
  }
  std::printf("--watch: stopped\n");
  std::fflush(stdout);
  return 130;
}

}  // namespace manim::cli
