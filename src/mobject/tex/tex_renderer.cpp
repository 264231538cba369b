// MathJax worker process management, request batching and the on-disk SVG cache.
#include "mobject/tex/tex_renderer.hpp"

#define XXH_INLINE_ALL
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>

#include "core/install_paths.hpp"
#include "core/interrupt.hpp"
#include "core/json_text.hpp"
#include "core/safe_files.hpp"
#include "core/worker_process.hpp"
#include "mobject/svg/svg_parser.hpp"

namespace manim::detail::tex {

namespace fs = std::filesystem;

namespace {

constexpr const char* kProtocol = "manimcpp-tex-1";
constexpr int kStartTimeoutMs = 60000;    // node start-up + first request
constexpr int kRequestTimeoutMs = 30000;  // no progress for this long -> give up
constexpr int kPollSliceMs = 100;
// A typeset formula is a few kB; anything beyond this is not one of ours.
constexpr std::size_t kMaxCacheEntry = 16u << 20;

std::string env_or(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::string(v) : fallback;
}

std::string worker_path() {
  // Installed beside its node_modules, or in the source tree (install_paths.hpp).
  return env_or("MANIMCPP_MATHJAX_WORKER", install_paths().mathjax_worker.string());
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return {};
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The MathJax version found next to the worker (node's own module resolution walks up).
std::string mathjax_version() {
  for (fs::path d = fs::path(worker_path()).parent_path(); !d.empty(); d = d.parent_path()) {
    std::string pj = read_file(d / "node_modules/@mathjax/src/package.json");
    if (!pj.empty()) {
      auto k = pj.find("\"version\"");
      if (k != std::string::npos) {
        auto q1 = pj.find('"', pj.find(':', k) + 1);
        auto q2 = pj.find('"', q1 + 1);
        if (q1 != std::string::npos && q2 != std::string::npos)
          return pj.substr(q1 + 1, q2 - q1 - 1);
      }
    }
    if (d == d.parent_path()) break;
  }
  return "unknown";
}

void put_utf8(std::string& o, unsigned cp) {
  if (cp < 0x80) {
    o += static_cast<char>(cp);
  } else if (cp < 0x800) {
    o += static_cast<char>(0xC0 | (cp >> 6));
    o += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    o += static_cast<char>(0xE0 | (cp >> 12));
    o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    o += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    o += static_cast<char>(0xF0 | (cp >> 18));
    o += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    o += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The string value of "key" in one flat JSON object line (the worker's answers).
bool json_string_field(const std::string& line, const std::string& key, std::string& out) {
  std::string pat = "\"" + key + "\":\"";
  auto k = line.find(pat);
  if (k == std::string::npos) return false;
  out.clear();
  for (std::size_t i = k + pat.size(); i < line.size(); ++i) {
    char c = line[i];
    if (c == '"') return true;
    if (c != '\\') {
      out += c;
      continue;
    }
    if (++i >= line.size()) return false;
    switch (line[i]) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'u': {
        if (i + 4 >= line.size()) return false;
        unsigned cp = static_cast<unsigned>(std::stoul(line.substr(i + 1, 4), nullptr, 16));
        i += 4;
        if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < line.size() && line[i + 1] == '\\' &&
            line[i + 2] == 'u') {
          unsigned lo = static_cast<unsigned>(std::stoul(line.substr(i + 3, 4), nullptr, 16));
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          i += 6;
        }
        put_utf8(out, cp);
        break;
      }
      default:
        out += line[i];
    }
  }
  return false;
}

long json_int_field(const std::string& line, const std::string& key) {
  std::string pat = "\"" + key + "\":";
  auto k = line.find(pat);
  if (k == std::string::npos) return -2;
  return std::strtol(line.c_str() + k + pat.size(), nullptr, 10);
}

std::atomic<std::size_t> g_node_starts{0};

class Worker {
 public:
  bool running() const { return proc_.running(); }

  void start() {
    std::string node = env_or("MANIMCPP_NODE", "node");
    std::string script = worker_path();
    if (!fs::exists(script))
      throw std::runtime_error("MathTex: MathJax worker not found at '" + script +
                               "' (set MANIMCPP_MATHJAX_WORKER)");
    try {
      proc_.start({node, script, "--font", font_name()}, true, WorkerProcess::Stderr::Separate);
    } catch (const WorkerStartError& e) {
      if (!e.spawn)
        throw std::runtime_error(std::string("MathTex: cannot create pipes for node: ") +
                                 std::strerror(e.error));
      throw std::runtime_error("MathTex: cannot start '" + node + "' (" + std::strerror(e.error) +
                               "); install Node.js or set MANIMCPP_NODE");
    }
    ++g_node_starts;
    fresh_ = true;
  }

  void stop() { proc_.stop(); }

  // Sends the lines and returns one answer line per request, in order.
  std::vector<std::string> exchange(const std::vector<std::string>& lines) {
    std::string outbuf;
    for (auto& l : lines) outbuf += l + "\n";
    std::size_t sent = 0;
    std::vector<std::string> answers;
    std::string inbuf;
    int timeout = fresh_ ? kStartTimeoutMs : kRequestTimeoutMs;
    int waited = 0;
    fresh_ = false;
    while (answers.size() < lines.size()) {
      pollfd fds[3] = {
          {proc_.out(), POLLIN, 0}, {proc_.err(), POLLIN, 0}, {proc_.in(), POLLOUT, 0}};
      nfds_t n = sent < outbuf.size() ? 3 : 2;
      // Short slices, so that Ctrl-C is honoured while MathJax works.
      int r = ::poll(fds, n, std::min(timeout - waited, kPollSliceMs));
      if (detail::interrupt_requested()) fail("interrupted");
      if (r < 0) {
        if (errno == EINTR) continue;
        fail("poll failed: " + std::string(std::strerror(errno)));
      }
      if (r == 0) {
        waited += kPollSliceMs;
        if (waited < timeout) continue;
        fail("MathJax worker did not answer within " + std::to_string(timeout / 1000) + " s");
      }
      waited = 0;
      timeout = kRequestTimeoutMs;
      if (n == 3 && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
        ssize_t w = ::send(proc_.in(), outbuf.data() + sent, outbuf.size() - sent, MSG_NOSIGNAL);
        if (w < 0 && errno != EAGAIN && errno != EINTR) fail("worker closed its input");
        if (w > 0) sent += static_cast<std::size_t>(w);
      }
      if (fds[1].revents & (POLLIN | POLLHUP)) {
        char buf[4096];
        ssize_t k = ::read(proc_.err(), buf, sizeof buf);
        if (k > 0) {
          stderr_tail_.append(buf, static_cast<std::size_t>(k));
          if (stderr_tail_.size() > 4000) stderr_tail_.erase(0, stderr_tail_.size() - 4000);
        }
      }
      if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
        char buf[65536];
        ssize_t k = ::read(proc_.out(), buf, sizeof buf);
        if (k == 0) fail("MathJax worker exited");
        if (k < 0) {
          if (errno == EAGAIN || errno == EINTR) continue;
          fail("reading from the worker failed: " + std::string(std::strerror(errno)));
        }
        inbuf.append(buf, static_cast<std::size_t>(k));
        std::size_t nl;
        while ((nl = inbuf.find('\n')) != std::string::npos) {
          answers.push_back(inbuf.substr(0, nl));
          inbuf.erase(0, nl + 1);
        }
      }
    }
    return answers;
  }

 private:
  [[noreturn]] void fail(const std::string& why) {
    // Give the worker a moment to flush a crash message.
    usleep(20000);
    char buf[4096];
    ssize_t k;
    while (proc_.err() >= 0 && (k = ::read(proc_.err(), buf, sizeof buf)) > 0)
      stderr_tail_.append(buf, static_cast<std::size_t>(k));
    std::string tail = stderr_tail_;
    stderr_tail_.clear();
    proc_.kill();
    std::string msg = "MathTex: " + why;
    if (!tail.empty())
      msg += "; worker stderr: " + tail.substr(tail.size() > 1500 ? tail.size() - 1500 : 0);
    throw std::runtime_error(msg);
  }

  WorkerProcess proc_;
  bool fresh_ = false;
  std::string stderr_tail_;
};

std::mutex g_mutex;
Worker& worker() {
  static Worker w;
  return w;
}

struct KeyParts {
  std::string version;
  std::string worker_hash;
};
const KeyParts& key_parts() {
  static const KeyParts k = [] {
    KeyParts p;
    p.version = mathjax_version();
    std::string w = read_file(worker_path());
    XXH128_hash_t h = XXH3_128bits(w.data(), w.size());
    char b[40];
    std::snprintf(b, sizeof b, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                  static_cast<unsigned long long>(h.low64));
    p.worker_hash = b;
    return p;
  }();
  return k;
}

std::string cache_key(const Request& r) {
  const KeyParts& k = key_parts();
  std::string blob = std::string(kProtocol) + '\0' + k.version + '\0' + k.worker_hash + '\0' +
                     font_name() + '\0' + (r.display ? "display" : "inline") + '\0' + r.tex;
  XXH128_hash_t h = XXH3_128bits(blob.data(), blob.size());
  char b[40];
  std::snprintf(b, sizeof b, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return b;
}

void write_atomic(const fs::path& p, const std::string& data) {
  try {
    detail::write_file_atomic(p, data);
  } catch (const std::exception& e) {
    // An unwritable cache only costs speed.
    detail::warn(std::string("MathTex cache: ") + e.what());
  }
}

// A cached answer, or false (missing, or corrupt: then removed with a warning and typeset again).
bool read_entry(const fs::path& p, bool svg, std::string& out) {
  try {
    if (!detail::read_cache_entry(p, kMaxCacheEntry, out)) return false;
    if (out.empty()) throw std::runtime_error("empty");
    if (svg) detail::svg::parse_svg(out, p.string());
    return true;
  } catch (const std::exception& e) {
    detail::warn("MathTex cache entry '" + p.string() + "' is unusable (" + e.what() +
                 "); typesetting it again");
    std::error_code ec;
    fs::remove(p, ec);
    out.clear();
    return false;
  }
}

}  // namespace

std::string font_name() { return env_or("MANIMCPP_MATHJAX_FONT", "tex"); }

std::string cache_dir() {
  try {
    return detail::private_cache_dir("tex").string();
  } catch (const std::exception& e) {
    throw std::runtime_error(std::string("MathTex: ") + e.what());
  }
}

std::size_t node_start_count() { return g_node_starts.load(); }

void shutdown_worker() {
  std::lock_guard lock(g_mutex);
  worker().stop();
}

std::vector<Result> render_batch(const std::vector<Request>& requests) {
  std::lock_guard lock(g_mutex);
  std::vector<Result> results(requests.size());
  fs::path dir = cache_dir();
  std::vector<std::size_t> misses;
  std::vector<std::string> keys(requests.size());
  for (std::size_t i = 0; i < requests.size(); ++i) {
    keys[i] = cache_key(requests[i]);
    std::string svg;
    if (read_entry(dir / (keys[i] + ".svg"), true, svg)) {
      results[i].svg = std::move(svg);
      continue;
    }
    std::string err;
    if (read_entry(dir / (keys[i] + ".err"), false, err)) {
      results[i].error = std::move(err);
      continue;
    }
    // The same TeX twice in one batch is typeset once.
    bool dup = false;
    for (std::size_t m : misses) dup = dup || keys[m] == keys[i];
    if (!dup) misses.push_back(i);
  }
  if (!misses.empty()) {
    Worker& w = worker();
    if (!w.running()) w.start();
    std::vector<std::string> lines;
    for (std::size_t k = 0; k < misses.size(); ++k) {
      const Request& r = requests[misses[k]];
      lines.push_back("{\"id\":" + std::to_string(k) + ",\"tex\":" + json_string(r.tex, false) +
                      ",\"display\":" + (r.display ? "true" : "false") + "}");
    }
    std::vector<std::string> answers = w.exchange(lines);
    for (std::size_t k = 0; k < misses.size(); ++k) {
      const std::string& a = answers[k];
      Result res;
      if (json_int_field(a, "id") != static_cast<long>(k)) {
        w.stop();
        throw std::runtime_error("MathTex: MathJax worker answered out of order: " +
                                 a.substr(0, 200));
      }
      if (json_string_field(a, "svg", res.svg)) {
        write_atomic(dir / (keys[misses[k]] + ".svg"), res.svg);
      } else {
        if (!json_string_field(a, "error", res.error) || res.error.empty())
          res.error = "malformed worker answer: " + a.substr(0, 200);
        else  // TeX errors are deterministic: cache them too
          write_atomic(dir / (keys[misses[k]] + ".err"), res.error);
      }
      results[misses[k]] = res;
    }
    for (std::size_t i = 0; i < requests.size(); ++i)
      if (results[i].svg.empty() && results[i].error.empty())
        for (std::size_t m : misses)
          if (keys[m] == keys[i]) results[i] = results[m];
  }
  return results;
}

}  // namespace manim::detail::tex
