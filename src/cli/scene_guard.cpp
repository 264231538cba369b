#include "cli/scene_guard.hpp"

#include <cxxabi.h>
#include <execinfo.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <ucontext.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <typeinfo>
#include <vector>

#include "cli/throw_site.hpp"
#include "core/interrupt.hpp"
#include "core/safe_files.hpp"

namespace manim::cli {

namespace fs = std::filesystem;

namespace {

// ---- Ctrl-C ----

// What the forced exit prints (set before a scene runs; read by the signal handler).
char g_interrupt_line[256] = "error: interrupted\n";
std::atomic<pid_t> g_child{0};
std::atomic<bool> g_timer_armed{false};

void write_all(int fd, const void* data, std::size_t n) {
  const char* p = static_cast<const char*>(data);
  while (n > 0) {
    const ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    p += w;
    n -= static_cast<std::size_t>(w);
  }
}

extern "C" void on_forced_exit(int) {
  detail::remove_registered_temporaries();
  write_all(2, g_interrupt_line, std::strlen(g_interrupt_line));
  ::_exit(130);
}

extern "C" void on_interrupt(int) {
  const int saved = errno;
  detail::request_interrupt();
  if (const pid_t child = g_child.load(); child > 0) {
    // The child has its own grace timer; a signal sent to this process alone reaches it too.
    ::kill(child, SIGINT);
  } else if (!g_timer_armed.exchange(true)) {
    itimerval t{};
    t.it_value.tv_usec = 200000;
    ::setitimer(ITIMER_REAL, &t, nullptr);
  }
  errno = saved;
}

void set_interrupt_line(const std::string& scene) {
  std::snprintf(g_interrupt_line, sizeof g_interrupt_line, "error: %s: interrupted\n",
                scene.c_str());
}

// ---- crashes in the child ----

// Crash report sent to the parent: a tag byte, then for 'C' the signal number and the stack.
constexpr int kMaxFrames = 64;
int g_report_fd = -1;
std::atomic<bool> g_render_done{false};
std::array<char, 64 * 1024> g_alt_stack;

extern "C" void on_crash(int sig, siginfo_t*, void* context) {
  void* frames[kMaxFrames + 1];
  int depth = 0;
  const auto* uc = static_cast<const ucontext_t*>(context);
#if defined(__x86_64__)
  frames[depth++] = reinterpret_cast<void*>(uc->uc_mcontext.gregs[REG_RIP]);
#elif defined(__aarch64__)
  frames[depth++] = reinterpret_cast<void*>(uc->uc_mcontext.pc);
#else
  (void)uc;
#endif
  depth += ::backtrace(frames + depth, kMaxFrames);
  if (g_report_fd >= 0) {
    const char tag = 'C';
    write_all(g_report_fd, &tag, 1);
    write_all(g_report_fd, &sig, sizeof sig);
    write_all(g_report_fd, &depth, sizeof depth);
    write_all(g_report_fd, frames, sizeof(void*) * static_cast<std::size_t>(depth));
  }
  detail::remove_registered_temporaries();
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

// exit() called by the scene: note it, remove the temporaries.
void on_exit_in_child() {
  if (g_render_done.load()) return;
  if (g_report_fd >= 0) {
    const char tag = 'X';
    write_all(g_report_fd, &tag, 1);
  }
  detail::remove_registered_temporaries();
}

void install_crash_handlers() {
  stack_t ss{};
  ss.ss_sp = g_alt_stack.data();
  ss.ss_size = g_alt_stack.size();
  ::sigaltstack(&ss, nullptr);  // so that a stack overflow can still be reported
  struct sigaction sa {};
  sa.sa_sigaction = on_crash;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) ::sigaction(sig, &sa, nullptr);
  // backtrace() loads libgcc on first use: do it now, not inside the handler.
  void* warm[2];
  ::backtrace(warm, 2);
}

std::string signal_text(int sig) {
  switch (sig) {
    case SIGSEGV:
      return "segmentation fault (SIGSEGV: invalid memory access)";
    case SIGBUS:
      return "bus error (SIGBUS)";
    case SIGFPE:
      return "arithmetic error (SIGFPE, e.g. an integer division by zero)";
    case SIGILL:
      return "illegal instruction (SIGILL)";
    case SIGABRT:
      return "aborted (SIGABRT: std::terminate, a failed assert or abort())";
    default:
      return fmt::format("killed by signal {} ({})", sig, ::strsignal(sig));
  }
}

}  // namespace

void install_interrupt_handlers() {
  struct sigaction sa {};
  sa.sa_handler = on_interrupt;
  sigemptyset(&sa.sa_mask);
  ::sigaction(SIGINT, &sa, nullptr);
  ::sigaction(SIGTERM, &sa, nullptr);
  struct sigaction fe {};
  fe.sa_handler = on_forced_exit;
  sigemptyset(&fe.sa_mask);
  ::sigaction(SIGALRM, &fe, nullptr);
  // A file-size limit (ulimit -f) makes the write fail with EFBIG, reported with the file's
  // name, instead of killing the process with a half-written temporary.
  ::signal(SIGXFSZ, SIG_IGN);
}

std::string current_exception_type_name() {
  const std::type_info* t = abi::__cxa_current_exception_type();
  if (!t) return "unknown";
  int status = 0;
  std::unique_ptr<char, void (*)(void*)> name(
      abi::__cxa_demangle(t->name(), nullptr, nullptr, &status), std::free);
  return status == 0 && name ? std::string(name.get()) : std::string(t->name());
}

int run_scene_isolated(const std::string& scene, const fs::path& library, const fs::path& source,
                       const std::function<bool()>& render,
                       const std::vector<fs::path>& output_roots) {
  set_interrupt_line(scene);
  if (detail::interrupt_requested()) return 130;
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    std::fprintf(stderr, "error: %s: cannot create a pipe: %s\n", scene.c_str(),
                 std::strerror(errno));
    return 1;
  }
  std::fflush(stdout);
  std::fflush(stderr);
  const pid_t pid = ::fork();
  if (pid < 0) {
    std::fprintf(stderr, "error: %s: cannot start the render process: %s\n", scene.c_str(),
                 std::strerror(errno));
    ::close(fds[0]);
    ::close(fds[1]);
    return 1;
  }
  if (pid == 0) {
    ::close(fds[0]);
    g_report_fd = fds[1];
    install_crash_handlers();
    std::atexit(on_exit_in_child);
    bool ok = false;
    try {
      ok = render();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "error: %s: %s\n", scene.c_str(), e.what());
    } catch (...) {
      // Not a std::exception (a thrown int, string or user type): its type, and the scene's
      // line that threw it (the throw recorded its stack).
      const std::string where =
          library.empty() ? std::string() : last_throw_location(library, source);
      std::fprintf(stderr, "error: %s: %san exception of type %s\n", scene.c_str(),
                   where.empty() ? "" : (where + ": ").c_str(),
                   current_exception_type_name().c_str());
    }
    g_render_done = true;
    std::fflush(stdout);
    std::fflush(stderr);
    const char tag = 'D';
    write_all(fds[1], &tag, 1);
    // _exit: the parent owns the process-wide state (static destructors, the compile cache).
    ::_exit(ok ? 0 : detail::interrupt_requested() ? 130 : 1);
  }

  ::close(fds[1]);
  g_child = pid;
  std::vector<char> report;
  char buf[4096];
  for (;;) {
    const ssize_t n = ::read(fds[0], buf, sizeof buf);
    if (n > 0) {
      report.insert(report.end(), buf, buf + n);
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    break;  // EOF: the child is gone (or has closed the pipe on exit)
  }
  ::close(fds[0]);
  // Wait without reaping: while the child is a zombie its pid cannot be reused and none of its
  // threads can create a file, so the sweep below sees everything a failed child left (its
  // own sweep at exit or crash can race an encoder thread that is opening a temporary).
  siginfo_t info{};
  while (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR) {
  }
  const bool clean_exit =
      info.si_code == CLD_EXITED && info.si_status == 0 && report.size() == 1 && report[0] == 'D';
  if (!clean_exit)
    for (const fs::path& root : output_roots)
      detail::remove_temporaries_of_process(root, static_cast<long>(pid));
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  g_child = 0;

  const bool done = report.size() == 1 && report.front() == 'D';
  if (WIFEXITED(status) && done) {
    const int code = WEXITSTATUS(status);
    return code == 0 ? 0 : code == 130 ? 130 : 1;
  }
  if (WIFSIGNALED(status) &&
      (WTERMSIG(status) == SIGINT || WTERMSIG(status) == SIGTERM || WTERMSIG(status) == SIGKILL) &&
      detail::interrupt_requested()) {
    std::fprintf(stderr, "error: %s: interrupted\n", scene.c_str());
    return 130;
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 130 && report.empty())
    return 130;  // the child's forced exit after Ctrl-C, which printed its line

  std::string cause;
  if (!report.empty() && report.front() == 'C') {
    int sig = 0, depth = 0;
    std::size_t at = 1;
    if (report.size() >= at + sizeof sig + sizeof depth) {
      std::memcpy(&sig, report.data() + at, sizeof sig);
      at += sizeof sig;
      std::memcpy(&depth, report.data() + at, sizeof depth);
      at += sizeof depth;
    }
    std::vector<void*> frames;
    if (depth > 0 && depth <= kMaxFrames + 1 && report.size() >= at + depth * sizeof(void*)) {
      frames.resize(static_cast<std::size_t>(depth));
      std::memcpy(frames.data(), report.data() + at, depth * sizeof(void*));
    }
    // The scene library is mapped at the same address here as in the child (it was loaded
    // before the fork), so the child's addresses resolve in this process.
    const std::string where =
        library.empty()
            ? std::string()
            : stack_location(frames.data(), static_cast<int>(frames.size()), true, library, source);
    cause = "the scene crashed: " + signal_text(sig);
    if (!where.empty()) cause += " at " + where;
  } else if (WIFSIGNALED(status)) {
    cause = "the render process was killed: " + signal_text(WTERMSIG(status));
  } else if (WIFEXITED(status)) {
    const bool via_exit = !report.empty() && report.front() == 'X';
    cause = fmt::format("the scene ended the process with {}({}) before the render finished",
                        via_exit ? "exit" : "_exit", WEXITSTATUS(status));
  } else {
    cause = "the render process ended abnormally";
  }
  std::fprintf(stderr, "error: %s: %s\n", scene.c_str(), cause.c_str());
  std::fflush(stderr);
  return 1;
}

}  // namespace manim::cli
