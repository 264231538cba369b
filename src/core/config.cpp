// The global configuration, Manim's quality presets, folder templates and the .cfg search path.
#include "manim/core/config.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <system_error>

namespace manim {

namespace {

struct Preset {
  const char* name;
  const char* flag;  // "" for example_quality, which has no flag
  int w, h;
  double fps;
};
// Manim's QUALITIES, in its order (the quality getter returns the first match).
constexpr Preset kPresets[] = {
    {"fourk_quality", "k", 3840, 2160, 60}, {"production_quality", "p", 2560, 1440, 60},
    {"high_quality", "h", 1920, 1080, 60},  {"medium_quality", "m", 1280, 720, 30},
    {"low_quality", "l", 854, 480, 15},     {"example_quality", "", 854, 480, 30}};

}  // namespace

void Config::set_quality(std::string_view q) {
  for (const Preset& p : kPresets) {
    if (q == p.name || (*p.flag && q == p.flag)) {
      pixel_width = p.w;
      pixel_height = p.h;
      frame_rate = p.fps;
      return;
    }
  }
  throw std::invalid_argument(fmt::format(
      "config: bad value '{}' for 'quality': use one of l, m, h, p, k or low_quality, "
      "medium_quality, high_quality, production_quality, fourk_quality, example_quality",
      q));
}

std::string Config::quality() const {
  for (const Preset& p : kPresets)
    if (pixel_width == p.w && pixel_height == p.h && frame_rate == p.fps) return p.name;
  return "";
}

std::string Config::quality_dir() const {
  // Manim's f"{pixel_height}p{frame_rate:g}".
  return fmt::format("{}p{:g}", pixel_height, frame_rate);
}

std::string Config::get_dir(std::string_view key,
                            const std::map<std::string, std::string>& extra) const {
  static const char* const kDirs[] = {
      "assets_dir", "media_dir", "video_dir",  "sections_dir", "images_dir",       "text_dir",
      "tex_dir",    "log_dir",   "input_file", "output_file",  "partial_movie_dir"};
  bool known = false;
  for (const char* d : kDirs) known = known || key == d;
  if (!known)
    throw std::invalid_argument(fmt::format(
        "config.get_dir: '{}' is not a folder key; use one of media_dir, video_dir, "
        "sections_dir, images_dir, text_dir, tex_dir, log_dir, assets_dir, partial_movie_dir, "
        "input_file, output_file",
        key));
  std::map<std::string, std::string> args;
  for (const char* d : kDirs)
    if (key != d) args[d] = std::get<std::string>(get(d));  // a path cannot contain itself
  for (const auto& [k, v] : extra) args[k] = v;
  args["quality"] = quality_dir();

  const std::string original = std::get<std::string>(get(key));
  std::string path = original;
  for (int round = 0; path.find('{') != std::string::npos; ++round) {
    if (round > 32)
      throw std::invalid_argument(
          fmt::format("config.get_dir: {} '{}' refers to itself", key, original));
    std::string out;
    for (std::size_t i = 0; i < path.size();) {
      if (path[i] != '{') {
        out += path[i++];
        continue;
      }
      const std::size_t close = path.find('}', i);
      if (close == std::string::npos)
        throw std::invalid_argument(
            fmt::format("config.get_dir: {} '{}' has an unclosed '{{'", key, original));
      const std::string name = path.substr(i + 1, close - i - 1);
      auto it = args.find(name);
      if (it == args.end())
        throw std::invalid_argument(
            fmt::format("config.get_dir: {} '{}' requires the following keyword arguments: {}", key,
                        original, name));
      out += it->second;
      i = close + 1;
    }
    path = out;
  }
  if (path.empty()) return "";
  std::string norm = std::filesystem::path(path).lexically_normal().string();
  while (norm.size() > 1 && norm.back() == '/') norm.pop_back();
  return norm;
}

void Config::apply_custom_folders() {
  for (const auto& [key, value] : custom_folder_dirs) set(key, value);
}

Config& config() {
  static Config c;
  return c;
}

bool& config_files_loaded() {
  static bool loaded = false;
  return loaded;
}

std::vector<std::string> config_file_paths(const std::string& scene_file) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  std::error_code ec;
  if (const char* home = std::getenv("HOME"); home && *home) {
    const fs::path user = fs::path(home) / ".config" / "manim" / "manim.cfg";
    if (fs::is_regular_file(user, ec)) out.push_back(user.string());
  }
  const fs::path cwd_cfg = fs::path("manim.cfg");
  if (fs::is_regular_file(cwd_cfg, ec)) out.push_back(cwd_cfg.string());
  if (!scene_file.empty()) {
    const fs::path beside = fs::absolute(fs::path(scene_file), ec).parent_path() / "manim.cfg";
    if (fs::is_regular_file(beside, ec) &&
        !(fs::is_regular_file(cwd_cfg, ec) && fs::equivalent(beside, cwd_cfg, ec)))
      out.push_back(beside.string());
  }
  return out;
}

}  // namespace manim
