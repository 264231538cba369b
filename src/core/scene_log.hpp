// Internal: Manim's --log_to_file. While a scene renders with config().log_to_file, its log
// records go to <log_dir>/<module>_<Scene>.log as one JSON object a line, as Manim's
// JSONFormatter writes them: {"levelname": "INFO", "module": "scene", "message": "..."} with
// the message's arguments shown as <>. The CLI, Python's Scene.render() and the "manim" Python
// logger all write through this one unit (docs/config_and_cli.md).
#pragma once
#include <filesystem>
#include <string>
#include <string_view>

namespace manim::detail {

// Opens the scene's log file for its lifetime when config() asks for one (log_to_file, not a
// dry run, and, as Manim's file writer, not the png format: `format` is the format the render
// writes). The file is truncated and begins with Manim's "Log file will be saved in <>" record.
// Throws std::runtime_error naming the file when it cannot be created.
class SceneLogFile {
 public:
  SceneLogFile(const std::string& module_name, const std::string& scene_name,
               const std::string& format);
  ~SceneLogFile();
  SceneLogFile(const SceneLogFile&) = delete;
  SceneLogFile& operator=(const SceneLogFile&) = delete;
  // Empty when no file was opened.
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  bool opened_ = false;
};

// True while a SceneLogFile is open.
bool scene_log_open();
// One record from C++ code: dropped below config().verbosity (Manim's logger level) or when
// no file is open. `level` is Python's level name (DEBUG, INFO, WARNING, ERROR, CRITICAL).
void scene_log(std::string_view level, std::string_view module, std::string_view message);
// One record the Python logger already filtered by its level.
void scene_log_record(std::string_view level, std::string_view module, std::string_view message);

// The record as Python's json.dumps writes it (", " and ": " separators, non-ASCII as \uXXXX).
std::string json_log_line(std::string_view level, std::string_view module,
                          std::string_view message);

}  // namespace manim::detail
