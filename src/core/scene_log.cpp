// Manim's --log_to_file as one unit for the CLI, Scene.render() and the Python logger.
#include "core/scene_log.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <system_error>

#include "manim/core/config.hpp"

namespace manim::detail {

namespace fs = std::filesystem;

namespace {

std::mutex g_mutex;
std::FILE* g_file = nullptr;

// Python's logging levels by name; unknown names count as INFO.
int level_number(std::string_view name) {
  if (name == "DEBUG") return 10;
  if (name == "WARNING") return 30;
  if (name == "ERROR") return 40;
  if (name == "CRITICAL") return 50;
  return 20;
}

void append_u16(std::string& out, unsigned v) {
  static const char* hex = "0123456789abcdef";
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += hex[(v >> shift) & 0xF];
}

// Decodes one UTF-8 sequence at s[i] (advancing i); an invalid byte reads as U+FFFD, as
// Python's errors="replace" would.
unsigned next_code_point(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  const int extra = b >= 0xC2 && b <= 0xDF   ? 1
                    : b >= 0xE0 && b <= 0xEF ? 2
                    : b >= 0xF0 && b <= 0xF4 ? 3
                                             : -1;
  if (extra < 0 || i + extra >= s.size()) {
    ++i;
    return 0xFFFD;
  }
  unsigned cp = b & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not valid UTF-8.
  static const unsigned min_of[] = {0, 0x80, 0x800, 0x10000};
  if (cp < min_of[extra] || (cp >= 0xD800 && cp < 0xE000) || cp > 0x10FFFF) {
    ++i;
    return 0xFFFD;
  }
  i += extra + 1;
  return cp;
}

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x20 && b < 0x7F) {
      if (b == '"' || b == '\\') out += '\\';
      out += static_cast<char>(b);
      ++i;
      continue;
    }
    if (b < 0x80) {
      ++i;
      switch (b) {
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        case '\b':
          out += "\\b";
          break;
        case '\f':
          out += "\\f";
          break;
        default:
          append_u16(out, b);
      }
      continue;
    }
    const unsigned cp = next_code_point(s, i);
    if (cp < 0x10000) {
      append_u16(out, cp);
    } else {  // a surrogate pair, as json.dumps writes astral characters
      const unsigned v = cp - 0x10000;
      append_u16(out, 0xD800 + (v >> 10));
      append_u16(out, 0xDC00 + (v & 0x3FF));
    }
  }
  out += '"';
}

void write_line(std::string_view level, std::string_view module, std::string_view message) {
  const std::string line = json_log_line(level, module, message) + "\n";
  std::lock_guard<std::mutex> lock(g_mutex);
  if (!g_file) return;
  std::fwrite(line.data(), 1, line.size(), g_file);
  std::fflush(g_file);  // as logging.FileHandler: each record is on disk when logged
}

}  // namespace

std::string json_log_line(std::string_view level, std::string_view module,
                          std::string_view message) {
  std::string out = "{\"levelname\": ";
  append_json_string(out, level);
  out += ", \"module\": ";
  append_json_string(out, module);
  out += ", \"message\": ";
  append_json_string(out, message);
  out += '}';
  return out;
}

SceneLogFile::SceneLogFile(const std::string& module_name, const std::string& scene_name,
                           const std::string& format) {
  const Config& cfg = config();
  if (!cfg.log_to_file || cfg.dry_run || format == "png") return;
  const fs::path dir =
      cfg.get_dir("log_dir", {{"module_name", module_name}, {"scene_name", scene_name}});
  path_ = dir / (module_name + "_" + scene_name + ".log");
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec)
    throw std::runtime_error("log_to_file: cannot create the log folder '" + dir.string() +
                             "': " + ec.message());
  {
    std::lock_guard<std::mutex> lock(g_mutex);
    // A scene rendered from inside another's construct: the outer scene's file stays the
    // target (Manim's handlers would write to both).
    if (g_file) {
      path_.clear();
      return;
    }
    g_file = std::fopen(path_.c_str(), "w");
    if (!g_file)
      throw std::runtime_error("log_to_file: cannot write '" + path_.string() +
                               "': " + std::strerror(errno));
    opened_ = true;
  }
  scene_log("INFO", "logger_utils", "Log file will be saved in <>");
}

SceneLogFile::~SceneLogFile() {
  if (!opened_) return;
  std::lock_guard<std::mutex> lock(g_mutex);
  std::fclose(g_file);
  g_file = nullptr;
}

bool scene_log_open() {
  std::lock_guard<std::mutex> lock(g_mutex);
  return g_file != nullptr;
}

void scene_log(std::string_view level, std::string_view module, std::string_view message) {
  if (!scene_log_open()) return;
  if (level_number(level) < level_number(config().verbosity)) return;
  write_line(level, module, message);
}

void scene_log_record(std::string_view level, std::string_view module, std::string_view message) {
  write_line(level, module, message);
}

}  // namespace manim::detail
