#include "mobject/text/code_highlighter.hpp"

#define XXH_INLINE_ALL
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <stdexcept>

#include "core/install_paths.hpp"
#include "core/interrupt.hpp"
#include "core/json_text.hpp"
#include "core/safe_files.hpp"
#include "core/worker_process.hpp"

// Runs the highlighter: one long-lived python3 worker per process (C++ scenes), answers cached
// on disk by content beside the MathJax cache, and the in-process highlighter of the Python
// front-end when it is installed.
namespace manim::detail::code {
namespace {

namespace fs = std::filesystem;

constexpr const char* kProtocol = "manimcpp-code-1";
constexpr int kStartTimeoutMs = 60000;    // python3 start-up + Pygments import
constexpr int kRequestTimeoutMs = 30000;  // no progress for this long -> give up
constexpr int kPollSliceMs = 100;
constexpr std::size_t kMaxCacheEntry = 64u << 20;

std::atomic<std::size_t> g_python_starts{0};
std::atomic<std::size_t> g_disk_hits{0};

std::string python_path() {
  const char* py_env = std::getenv("MANIMCPP_PYTHON");
  return py_env && *py_env ? py_env : "/usr/bin/python3";
}

std::string hex128(const std::string& blob) {
  XXH128_hash_t h = XXH3_128bits(blob.data(), blob.size());
  char b[40];
  std::snprintf(b, sizeof b, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return b;
}

std::string file_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// "mtime_ns:size" of a file, or "" when it does not exist.
std::string stamp(const fs::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return "";
  return std::to_string(static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL +
                        st.st_mtim.tv_nsec) +
         ":" + std::to_string(static_cast<long long>(st.st_size));
}

// Which Pygments the interpreter imports: learnt from the worker's first line and remembered
// on disk (with the stamps of the interpreter and of pygments/__init__.py, so an upgrade is
// noticed) so that a warm render needs no python3 at all.
struct PygmentsId {
  std::string version, folder;
};

fs::path probe_path(const fs::path& dir) {
  return dir / ("python-" + hex128(python_path()).substr(0, 16) + ".txt");
}

bool read_probe(const fs::path& dir, PygmentsId& id) {
  std::string text;
  try {
    if (!detail::read_cache_entry(probe_path(dir), 4096, text)) return false;
  } catch (const std::exception&) {
    return false;
  }
  std::istringstream in(text);
  std::string py_stamp, init_stamp;
  if (!std::getline(in, id.version) || !std::getline(in, id.folder) ||
      !std::getline(in, py_stamp) || !std::getline(in, init_stamp))
    return false;
  return !id.version.empty() && py_stamp == stamp(python_path()) &&
         init_stamp == stamp(fs::path(id.folder) / "__init__.py");
}

void write_probe(const fs::path& dir, const PygmentsId& id) {
  try {
    detail::write_file_atomic(probe_path(dir),
                              id.version + "\n" + id.folder + "\n" + stamp(python_path()) + "\n" +
                                  stamp(fs::path(id.folder) / "__init__.py") + "\n");
  } catch (const std::exception& e) {
    detail::warn(std::string("Code cache: ") + e.what());
  }
}

// The python3 worker running `code_highlight.py --serve`.
class Worker {
 public:
  bool running() const { return proc_.running(); }
  const PygmentsId& pygments() const { return id_; }

  void start() {
    const std::string python = python_path();
    const std::string script = script_path();
    if (!fs::exists(script))
      throw std::runtime_error("Code: the highlighter script is missing at '" + script +
                               "' (set MANIMCPP_CODE_HIGHLIGHTER)");
    try {
      proc_.start({python, "-u", script, "--serve"}, false, WorkerProcess::Stderr::Merged);
    } catch (const WorkerStartError& e) {
      if (!e.spawn) fail("pipes failed: " + std::string(std::strerror(e.error)));
      throw std::runtime_error("Code: cannot run " + python + " (" + std::strerror(e.error) +
                               ") to highlight with Pygments; install python3 and Debian's "
                               "python3-pygments, or set MANIMCPP_PYTHON");
    }
    ++g_python_starts;
    // ready<TAB>version<TAB>folder
    const std::string ready = read_until(
        [](const std::string& b) { return b.find('\n') != std::string::npos; }, kStartTimeoutMs);
    const std::string line = ready.substr(0, ready.find('\n'));
    if (line.rfind("ready\t", 0) != 0) fail("it did not start: " + line);
    const auto t2 = line.find('\t', 6);
    id_.version = line.substr(6, t2 == std::string::npos ? std::string::npos : t2 - 6);
    id_.folder = t2 == std::string::npos ? "" : line.substr(t2 + 1);
  }

  void stop() { proc_.stop(); }

  // One request (a JSON line without newlines) -> the answer lines before "end".
  std::string exchange(const std::string& request) {
    const std::string out = request + "\n";
    std::size_t sent = 0;
    int waited = 0;
    while (sent < out.size()) {
      pollfd fd{proc_.in(), POLLOUT, 0};
      const int r = ::poll(&fd, 1, kPollSliceMs);
      if (detail::interrupt_requested()) fail("interrupted");
      if (r < 0 && errno != EINTR) fail_errno("poll");
      if (r <= 0) {
        if ((waited += kPollSliceMs) >= kRequestTimeoutMs) fail("it does not read requests");
        continue;
      }
      const ssize_t w = ::send(proc_.in(), out.data() + sent, out.size() - sent, MSG_NOSIGNAL);
      if (w < 0 && errno != EAGAIN && errno != EINTR) fail("it closed its input");
      if (w > 0) sent += static_cast<std::size_t>(w);
    }
    std::string answer = read_until(
        [](const std::string& b) {
          return b.size() >= 4 && b.compare(b.size() - 4, 4, "end\n") == 0 &&
                 (b.size() == 4 || b[b.size() - 5] == '\n');
        },
        kRequestTimeoutMs);
    answer.erase(answer.size() - 4);
    return answer;
  }

 private:
  template <class Done>
  std::string read_until(Done done, int timeout) {
    int waited = 0;
    while (!done(buf_)) {
      pollfd fd{proc_.out(), POLLIN, 0};
      const int r = ::poll(&fd, 1, kPollSliceMs);
      if (detail::interrupt_requested()) fail("interrupted");
      if (r < 0) {
        if (errno == EINTR) continue;
        fail_errno("poll");
      }
      if (r == 0) {
        if ((waited += kPollSliceMs) >= timeout)
          fail("no answer within " + std::to_string(timeout / 1000) + " s");
        continue;
      }
      waited = 0;
      char chunk[65536];
      const ssize_t k = ::read(proc_.out(), chunk, sizeof chunk);
      if (k == 0) {
        // The last line python printed (a traceback ends with the exception).
        std::string t = buf_;
        while (!t.empty() && t.back() == '\n') t.pop_back();
        fail("it exited" + (t.empty() ? std::string() : ": " + t.substr(t.rfind('\n') + 1)));
      }
      if (k < 0) {
        if (errno == EAGAIN || errno == EINTR) continue;
        fail_errno("read");
      }
      buf_.append(chunk, static_cast<std::size_t>(k));
    }
    std::string all;
    all.swap(buf_);
    return all;
  }

  [[noreturn]] void fail_errno(const std::string& what) {
    fail(what + " failed: " + std::string(std::strerror(errno)));
  }
  [[noreturn]] void fail(const std::string& why) {
    const std::string python = python_path();
    proc_.kill();
    buf_.clear();
    throw std::runtime_error("Code: highlighting with " + python + " failed: " + why +
                             " (install Debian's python3-pygments; MANIMCPP_PYTHON picks the "
                             "interpreter)");
  }

  WorkerProcess proc_;
  std::string buf_;
  PygmentsId id_;
};

std::mutex& mutex() {
  static std::mutex m;
  return m;
}
std::mutex& worker_mutex() {
  static std::mutex m;
  return m;
}
Worker& worker() {
  static Worker w;
  return w;
}
Highlighter& installed() {
  static Highlighter h;
  return h;
}
std::map<std::string, Highlight>& cache() {
  static std::map<std::string, Highlight> c;
  return c;
}

fs::path disk_dir() {
  try {
    return detail::private_cache_dir("code");
  } catch (const std::exception& e) {
    detail::warn(std::string("Code cache: ") + e.what() + "; highlighting without it");
    return {};
  }
}

std::string disk_key(const std::string& request, const PygmentsId& id) {
  static const std::string script_hash = hex128(file_text(script_path()));
  return hex128(std::string(kProtocol) + '\0' + script_hash + '\0' + python_path() + '\0' +
                id.version + '\0' + id.folder + '\0' + request);
}

// The answer from the disk cache or the worker (which is started on the first miss).
std::string run_worker_locked(const std::string& request) {
  const fs::path dir = disk_dir();
  PygmentsId id;
  bool known = !dir.empty() && read_probe(dir, id);
  if (known) {
    std::string hit;
    try {
      // A damaged entry (not the script's protocol) is highlighted again and overwritten.
      if (detail::read_cache_entry(dir / (disk_key(request, id) + ".txt"), kMaxCacheEntry, hit) &&
          (hit.rfind("background\t", 0) == 0 || hit.rfind("error\t", 0) == 0)) {
        ++g_disk_hits;
        return hit;
      }
    } catch (const std::exception&) {
      // unreadable: highlight again and overwrite it
    }
  }
  Worker& w = worker();
  if (!w.running()) {
    w.start();
    if (!dir.empty() && !w.pygments().version.empty()) write_probe(dir, w.pygments());
  }
  std::string answer = w.exchange(request);
  id = w.pygments();
  // Answers of a Python with Pygments are deterministic (errors included): keep them.
  if (!dir.empty() && !id.version.empty()) {
    try {
      detail::write_file_atomic(dir / (disk_key(request, id) + ".txt"), answer);
    } catch (const std::exception& e) {
      detail::warn(std::string("Code cache: ") + e.what());
    }
  }
  return answer;
}

std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char n = s[++i];
      out += n == 't' ? '\t' : n == 'n' ? '\n' : n;
    } else {
      out += s[i];
    }
  }
  return out;
}

Highlight parse(const std::string& text) {
  Highlight h;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    auto tab = line.find('\t');
    const std::string key = line.substr(0, tab);
    const std::string rest = tab == std::string::npos ? "" : line.substr(tab + 1);
    if (key == "error") throw std::invalid_argument(unescape(rest));
    if (key == "background") {
      h.background = rest;
    } else if (key == "default") {
      h.default_color = rest;
    } else if (key == "line") {
      h.lines.emplace_back();
      h.tab_spaces.push_back(std::atoi(rest.c_str()));
    } else if (key == "token" && !h.lines.empty()) {
      auto t2 = rest.find('\t');
      h.lines.back().push_back({unescape(rest.substr(t2 + 1)), rest.substr(0, t2)});
    }
  }
  if (h.background.empty())
    throw std::runtime_error("Code: the highlighter gave no result: " +
                             text.substr(0, text.find('\n')));
  return h;
}

}  // namespace

std::string HighlightRequest::to_json() const {
  // Non-ASCII as UTF-8 (the text is also the disk cache's key).
  return "{\"code\": " + json_string(code, false) +
         ", \"language\": " + json_string(language, false) +
         ", \"style\": " + json_string(style, false) +
         ", \"file_path\": " + json_string(file_path, false) +
         ", \"indentation_chars\": " + json_string(indentation_chars, false) +
         ", \"insert_line_no\": " + (insert_line_no ? "true" : "false") +
         ", \"line_no_from\": " + std::to_string(line_no_from) + "}";
}

void set_highlighter(Highlighter h) {
  std::lock_guard<std::mutex> lk(mutex());
  installed() = std::move(h);
}

std::size_t python_start_count() { return g_python_starts.load(); }
std::size_t disk_hit_count() { return g_disk_hits.load(); }

void reset_for_tests() {
  std::lock_guard<std::mutex> wl(worker_mutex());
  worker().stop();
  std::lock_guard<std::mutex> lk(mutex());
  cache().clear();
}

std::string script_path() {
  if (const char* v = std::getenv("MANIMCPP_CODE_HIGHLIGHTER"); v && *v) return v;
  return install_paths().code_highlighter.string();
}

Highlight highlight(const HighlightRequest& req) {
  const std::string json = req.to_json();
  Highlighter h;
  {
    std::lock_guard<std::mutex> lk(mutex());
    auto it = cache().find(json);
    if (it != cache().end()) return it->second;
    h = installed();
  }
  Highlight result;
  if (h) {
    result = parse(h(json));
  } else {
    std::lock_guard<std::mutex> wl(worker_mutex());
    result = parse(run_worker_locked(json));
  }
  std::lock_guard<std::mutex> lk(mutex());
  cache().emplace(json, result);
  return result;
}

}  // namespace manim::detail::code
