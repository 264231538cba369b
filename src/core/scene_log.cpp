// Manim's --log_to_file as one unit for the CLI, Scene.render() and the Python logger.
#include "core/scene_log.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <system_error>

#include "core/json_text.hpp"
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
  append_json_string(out, level, true);
  out += ", \"module\": ";
  append_json_string(out, module, true);
  out += ", \"message\": ";
  append_json_string(out, message, true);
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
