// Internal: a long-lived helper process the engine talks to over its stdin and stdout (the
// Pygments highlighter's python3, the MathJax node worker). Owns the child and our ends of its
// pipes; the protocol over them is the caller's.
#pragma once
#include <sys/types.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace manim::detail {

// start() could not make the pipes (spawn = false) or run the program (spawn = true); `error`
// is the errno value. Callers turn it into their own message (which package to install...).
struct WorkerStartError : std::runtime_error {
  WorkerStartError(bool spawn, int error);
  bool spawn;
  int error;
};

class WorkerProcess {
 public:
  enum class Stderr { Merged, Separate };  // into stdout, or its own pipe (err())

  WorkerProcess() = default;
  WorkerProcess(const WorkerProcess&) = delete;
  WorkerProcess& operator=(const WorkerProcess&) = delete;
  ~WorkerProcess() { stop(); }

  // Runs argv[0] (looked up on PATH when search_path) with stdin and stdout on Unix sockets
  // and stderr as asked; our ends are non-blocking and close on exec. Throws
  // WorkerStartError. A running worker is stopped first.
  void start(const std::vector<std::string>& argv, bool search_path, Stderr err);
  bool running() const { return pid_ > 0; }
  // Our ends: write requests to in(), read answers from out() (and err() when Separate;
  // -1 otherwise).
  int in() const { return in_; }
  int out() const { return out_; }
  int err() const { return err_; }

  // Closes our ends, which ends a worker that reads until end of input; one that has not exited
  // within 100 ms is killed. Always reaps the child.
  void stop();
  // Kills the child at once (a worker in an unknown state), then as stop().
  void kill();

 private:
  pid_t pid_ = -1;
  int in_ = -1, out_ = -1, err_ = -1;
};

}  // namespace manim::detail
