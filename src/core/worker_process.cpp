// The helper child processes of the Pygments and MathJax bridges (core/worker_process.hpp).
#include "core/worker_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace manim::detail {

WorkerStartError::WorkerStartError(bool spawn_failed, int err)
    : std::runtime_error(std::string(spawn_failed ? "cannot run the worker: "
                                                  : "cannot create the worker's pipes: ") +
                         std::strerror(err)),
      spawn(spawn_failed),
      error(err) {}

namespace {

void close_fd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

}  // namespace

void WorkerProcess::start(const std::vector<std::string>& args, bool search_path, Stderr err) {
  stop();
  // [0] ours, [1] the child's.
  int in_sv[2] = {-1, -1}, out_sv[2] = {-1, -1}, err_p[2] = {-1, -1};
  auto close_all = [&] {
    for (int* p : {in_sv, out_sv, err_p}) {
      close_fd(p[0]);
      close_fd(p[1]);
    }
  };
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in_sv) != 0 ||
      socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, out_sv) != 0 ||
      (err == Stderr::Separate && pipe2(err_p, O_CLOEXEC) != 0)) {
    const int e = errno;
    close_all();
    throw WorkerStartError(false, e);
  }
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, in_sv[1], 0);
  posix_spawn_file_actions_adddup2(&fa, out_sv[1], 1);
  // Merged: a traceback reaches the reader of stdout too.
  posix_spawn_file_actions_adddup2(&fa, err == Stderr::Separate ? err_p[1] : out_sv[1], 2);
  std::vector<std::string> owned = args;
  std::vector<char*> argv;
  for (auto& a : owned) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int rc = search_path ? posix_spawnp(&pid, argv[0], &fa, nullptr, argv.data(), environ)
                             : posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  close_fd(in_sv[1]);
  close_fd(out_sv[1]);
  close_fd(err_p[1]);
  if (rc != 0) {
    close_all();
    throw WorkerStartError(true, rc);
  }
  pid_ = pid;
  in_ = in_sv[0];
  out_ = out_sv[0];
  err_ = err_p[0];
  for (int fd : {in_, out_, err_})
    if (fd >= 0) fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

void WorkerProcess::stop() {
  close_fd(in_);
  close_fd(out_);
  close_fd(err_);
  if (pid_ <= 0) return;
  int status = 0;
  for (int i = 0; i < 50; ++i) {  // 50 x 2 ms
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return;
    }
    usleep(2000);
  }
  ::kill(pid_, SIGKILL);
  waitpid(pid_, &status, 0);
  pid_ = -1;
}

void WorkerProcess::kill() {
  if (pid_ > 0) ::kill(pid_, SIGKILL);
  stop();
}

}  // namespace manim::detail
