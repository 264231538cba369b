// The helper-process unit of the Pygments and MathJax bridges (core/worker_process.hpp): a
// request goes in on stdin and comes back on stdout, stderr merged or apart, a worker that
// ignores the end of its input is killed within the grace period, and a program that cannot
// run is a WorkerStartError carrying errno.
#include "core/worker_process.hpp"

#include <gtest/gtest.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <string>

using manim::detail::WorkerProcess;
using manim::detail::WorkerStartError;

namespace {

// Everything the fd gives until `want` bytes arrived or 5 s passed.
std::string read_bytes(int fd, std::size_t want) {
  std::string got;
  const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (got.size() < want && std::chrono::steady_clock::now() < end) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 100) <= 0) continue;
    char buf[256];
    const ssize_t k = ::read(fd, buf, sizeof buf);
    if (k > 0) got.append(buf, static_cast<std::size_t>(k));
    if (k == 0) break;
  }
  return got;
}

void send_all(int fd, const std::string& s) {
  ASSERT_EQ(::send(fd, s.data(), s.size(), MSG_NOSIGNAL), static_cast<ssize_t>(s.size()));
}

TEST(WorkerProcess, StdinToStdoutAndStderrMergedOrApart) {
  WorkerProcess w;
  EXPECT_FALSE(w.running());
  w.start({"/bin/sh", "-c", "read x; echo \"out $x\"; echo \"err $x\" >&2; read y"}, false,
          WorkerProcess::Stderr::Merged);
  EXPECT_TRUE(w.running());
  EXPECT_EQ(w.err(), -1);
  send_all(w.in(), "one\n");
  EXPECT_EQ(read_bytes(w.out(), 16), "out one\nerr one\n");
  w.stop();  // the end of its input ends the second read
  EXPECT_FALSE(w.running());
  EXPECT_EQ(w.in(), -1);

  w.start({"sh", "-c", "read x; echo \"out $x\"; echo \"err $x\" >&2"}, true,
          WorkerProcess::Stderr::Separate);
  ASSERT_GE(w.err(), 0);
  send_all(w.in(), "two\n");
  EXPECT_EQ(read_bytes(w.out(), 8), "out two\n");
  EXPECT_EQ(read_bytes(w.err(), 8), "err two\n");
}

TEST(WorkerProcess, AWorkerThatIgnoresTheEndOfItsInputIsKilled) {
  WorkerProcess w;
  w.start({"/bin/sleep", "30"}, false, WorkerProcess::Stderr::Merged);
  const auto t0 = std::chrono::steady_clock::now();
  w.stop();
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_FALSE(w.running());
  EXPECT_LT(s, 2.0);  // 100 ms of grace, then SIGKILL (a loaded machine adds some)
  w.start({"/bin/sleep", "30"}, false, WorkerProcess::Stderr::Merged);
  w.kill();
  EXPECT_FALSE(w.running());
}

TEST(WorkerProcess, AProgramThatCannotRunIsAStartError) {
  WorkerProcess w;
  try {
    w.start({"/nonexistent/worker"}, false, WorkerProcess::Stderr::Separate);
    FAIL() << "no error";
  } catch (const WorkerStartError& e) {
    EXPECT_TRUE(e.spawn);
    EXPECT_EQ(e.error, ENOENT);
    EXPECT_STREQ(e.what(), "cannot run the worker: No such file or directory");
  }
  EXPECT_FALSE(w.running());
  EXPECT_THROW(w.start({"no-such-worker-on-path"}, true, WorkerProcess::Stderr::Merged),
               WorkerStartError);
}

}  // namespace
