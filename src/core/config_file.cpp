// Manim's .cfg files: INI text as Python's configparser reads it ([section], `key = value` or
// `key: value`, # and ; comment lines, indented continuation lines, %% for %, keys
// case-insensitive), digested over the current configuration.
#include <fmt/format.h>

#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "manim/core/config.hpp"

namespace manim {

namespace {

struct CfgEntry {
  std::string section, key, value;
  int line;
};

std::string trim(std::string_view s) {
  std::size_t a = 0, b = s.size();
  while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
  while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
  return std::string(s.substr(a, b - a));
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<CfgEntry> parse_ini(std::string_view text, const std::string& origin) {
  std::vector<CfgEntry> out;
  std::string section;
  std::size_t key_indent = 0;
  bool have_key = false;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string stripped = trim(line);
    std::size_t indent = 0;
    while (indent < line.size() && std::isspace(static_cast<unsigned char>(line[indent]))) ++indent;
    if (stripped.empty() || stripped[0] == '#' || stripped[0] == ';') {
      if (stripped.empty()) have_key = false;  // a blank line ends a continued value
      if (nl == text.size()) break;
      continue;
    }
    if (have_key && indent > key_indent) {  // continuation of the previous value
      out.back().value += "\n" + stripped;
      continue;
    }
    if (stripped.front() == '[' && stripped.back() == ']') {
      section = trim(std::string_view(stripped).substr(1, stripped.size() - 2));
      have_key = false;
    } else {
      const std::size_t sep = stripped.find_first_of("=:");
      if (sep == std::string::npos || sep == 0)
        throw std::invalid_argument(
            fmt::format("{}:{}: expected 'key = value' or a [section] header, got '{}'", origin,
                        line_no, stripped));
      if (section.empty())
        throw std::invalid_argument(
            fmt::format("{}:{}: '{}' comes before any [section] header (put it under [CLI])",
                        origin, line_no, stripped));
      out.push_back({section, lower(trim(std::string_view(stripped).substr(0, sep))),
                     trim(std::string_view(stripped).substr(sep + 1)), line_no});
      key_indent = indent;
      have_key = true;
    }
    if (nl == text.size()) break;
  }
  return out;
}

// configparser's BasicInterpolation turns %% into % (Manim reads path keys raw).
std::string unescape_percent(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    out += s[i];
    if (s[i] == '%' && i + 1 < s.size() && s[i + 1] == '%') ++i;
  }
  return out;
}

void warn_or_print(const Config::Warn& warn, const std::string& msg) {
  if (warn)
    warn(msg);
  else
    std::fprintf(stderr, "warning: %s\n", msg.c_str());
}

}  // namespace

void Config::digest_text(std::string_view text, const std::string& origin, const Warn& warn) {
  const std::vector<CfgEntry> entries = parse_ini(text, origin);
  bool sets_frame_width = false, sets_size = false;
  const CfgEntry* quality_entry = nullptr;
  auto apply = [&](const CfgEntry& e, const std::string& key) {
    const ConfigKeyInfo* info = find_key(key);
    const std::string value =
        info && info->type == ConfigType::Path ? e.value : unescape_percent(e.value);
    try {
      set_text(key, value);
    } catch (const std::exception& ex) {
      std::string why = ex.what();
      if (why.rfind("config: ", 0) == 0) why = why.substr(8);
      throw std::invalid_argument(fmt::format("{}:{}: {}", origin, e.line, why));
    }
  };
  for (const CfgEntry& e : entries) {
    if (e.section == "CLI") {
      std::string key = e.key;
      if (key == "tex_template") key = "tex_template_file";  // default.cfg's spelling
      const ConfigKeyInfo* info = find_key(key);
      if (!info || info->readonly) {
        warn_or_print(warn, fmt::format("{}:{}: unknown config key '{}' in [CLI] (ignored)", origin,
                                        e.line, e.key));
        continue;
      }
      if (key == "quality") {  // applied after the pixel size, as Manim's digest
        quality_entry = &e;
        continue;
      }
      if (key == "frame_width" || key == "frame_x_radius") sets_frame_width = true;
      if (key == "pixel_width" || key == "pixel_height" || key == "frame_height" ||
          key == "frame_y_radius" || key == "frame_size")
        sets_size = true;
      apply(e, key);
    } else if (e.section == "ffmpeg") {
      if (e.key == "loglevel" || e.key == "ffmpeg_loglevel")
        apply(e, "ffmpeg_loglevel");
      else if (e.key == "ffmpeg_executable")
        apply(e, "ffmpeg_executable");
      else
        warn_or_print(warn, fmt::format("{}:{}: unknown config key '{}' in [ffmpeg] (ignored)",
                                        origin, e.line, e.key));
    } else if (e.section == "jupyter") {
      if (e.key == "media_embed" || e.key == "media_width")
        apply(e, e.key);
      else
        warn_or_print(warn, fmt::format("{}:{}: unknown config key '{}' in [jupyter] (ignored)",
                                        origin, e.line, e.key));
    } else if (e.section == "custom_folders") {
      if (custom_folder_dirs.count(e.key))
        custom_folder_dirs[e.key] = e.value;
      else
        warn_or_print(warn,
                      fmt::format("{}:{}: unknown config key '{}' in [custom_folders] (ignored)",
                                  origin, e.line, e.key));
    } else if (e.section == "CLI_CTX" || e.section == "logger") {
      // Styling of Manim's rich console and click help: nothing to apply.
    } else {
      warn_or_print(warn, fmt::format("{}:{}: unknown section [{}] (ignored; Manim reads [CLI], "
                                      "[custom_folders], [ffmpeg], [jupyter], [logger], "
                                      "[CLI_CTX])",
                                      origin, e.line, e.section));
    }
  }
  if (quality_entry) {
    sets_size = true;
    try {
      set_quality(trim(quality_entry->value));
    } catch (const std::exception& ex) {
      std::string why = ex.what();
      if (why.rfind("config: ", 0) == 0) why = why.substr(8);
      throw std::invalid_argument(fmt::format("{}:{}: {}", origin, quality_entry->line, why));
    }
  }
  // Manim: frame_width is frame_height * aspect_ratio unless a .cfg file gives it.
  if (sets_frame_width)
    frame_width_from_cfg = true;
  else if (sets_size && !frame_width_from_cfg)
    frame_width = frame_height * aspect_ratio();
}

void Config::digest_file(const std::string& path, const Warn& warn) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw std::invalid_argument(fmt::format("config file '{}' not found or not readable", path));
  std::ostringstream ss;
  ss << in.rdbuf();
  digest_text(ss.str(), path, warn);
}

std::string Config::to_cfg_text() const {
  std::string out = "[CLI]\n";
  for (const ConfigKeyInfo& k : keys()) {
    const std::string name = k.name;
    if (k.readonly || name == "ffmpeg_loglevel" || name == "ffmpeg_executable" ||
        name == "media_embed" || name == "media_width" || name == "frame_x_radius" ||
        name == "frame_y_radius" || name == "frame_size" || name == "transparent" ||
        name == "quality" || name == "input_file" || name == "scene_names")
      continue;
    std::string v = text(name);
    if (k.type != ConfigType::Path) {  // configparser would read a single % as interpolation
      std::string esc;
      for (char c : v) esc += c == '%' ? std::string("%%") : std::string(1, c);
      v = esc;
    }
    out += fmt::format("{} = {}\n", name, v);
  }
  out += "\n[custom_folders]\n";
  for (const auto& [k, v] : custom_folder_dirs) out += fmt::format("{} = {}\n", k, v);
  out += fmt::format("\n[ffmpeg]\nloglevel = {}\nffmpeg_executable = {}\n", ffmpeg_loglevel,
                     ffmpeg_executable);
  std::string width;
  for (char c : media_width) width += c == '%' ? std::string("%%") : std::string(1, c);
  out +=
      fmt::format("\n[jupyter]\nmedia_embed = {}\nmedia_width = {}\n", text("media_embed"), width);
  return out;
}

}  // namespace manim
