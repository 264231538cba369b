// Config keys by name: types, validation as Manim's ManimConfig setters, derived keys.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <stdexcept>
#include <string>

#include "manim/core/config.hpp"

namespace manim {

namespace {

using Getter = std::function<ConfigValue(const Config&)>;
using Setter = std::function<void(Config&, const ConfigValue&)>;

struct Entry {
  ConfigKeyInfo info;
  Getter get;
  Setter set;  // empty: read-only
  std::vector<std::string> choices;
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}
std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// A value as a message shows it: strings quoted, None as None.
std::string describe(const ConfigValue& v) {
  struct V {
    std::string operator()(std::monostate) const { return "None"; }
    std::string operator()(bool b) const { return b ? "True" : "False"; }
    std::string operator()(long long i) const { return std::to_string(i); }
    std::string operator()(double d) const { return fmt::format("{}", d); }
    std::string operator()(const std::string& s) const { return "'" + s + "'"; }
    std::string operator()(const Color& c) const { return c.to_hex(); }
    std::string operator()(const std::vector<std::string>& l) const {
      std::string s = "[";
      for (std::size_t i = 0; i < l.size(); ++i) s += (i ? ", '" : "'") + l[i] + "'";
      return s + "]";
    }
    std::string operator()(const std::pair<long long, long long>& p) const {
      return fmt::format("({}, {})", p.first, p.second);
    }
    std::string operator()(const Vec3& p) const {
      return fmt::format("[{}, {}, {}]", p.x, p.y, p.z);
    }
  };
  return std::visit(V{}, v);
}

[[noreturn]] void bad(std::string_view key, const ConfigValue& v, std::string_view why) {
  throw std::invalid_argument(
      fmt::format("config: bad value {} for '{}': {}", describe(v), key, why));
}

bool as_bool(std::string_view key, const ConfigValue& v) {
  if (auto* b = std::get_if<bool>(&v)) return *b;
  // Manim accepts any value equal to True or False (1, 0, 1.0).
  if (auto* i = std::get_if<long long>(&v); i && (*i == 0 || *i == 1)) return *i == 1;
  if (auto* d = std::get_if<double>(&v); d && (*d == 0 || *d == 1)) return *d == 1;
  bad(key, v, "expected True or False");
}

long long as_int(std::string_view key, const ConfigValue& v, long long lo, long long hi) {
  long long i = 0;
  if (auto* p = std::get_if<long long>(&v))
    i = *p;
  else if (auto* d = std::get_if<double>(&v); d && std::isfinite(*d) && *d == std::floor(*d))
    i = static_cast<long long>(*d);
  else
    bad(key, v, "expected an integer");
  if (i < lo || i > hi) bad(key, v, fmt::format("expected an integer in [{}, {}]", lo, hi));
  return i;
}

double as_float(std::string_view key, const ConfigValue& v) {
  if (auto* d = std::get_if<double>(&v)) {
    if (!std::isfinite(*d)) bad(key, v, "expected a finite number");
    return *d;
  }
  if (auto* i = std::get_if<long long>(&v)) return static_cast<double>(*i);
  bad(key, v, "expected a number");
}

double as_positive(std::string_view key, const ConfigValue& v) {
  const double d = as_float(key, v);
  if (!(d > 0)) bad(key, v, "expected a number > 0");
  return d;
}

std::string as_string(std::string_view key, const ConfigValue& v) {
  if (auto* s = std::get_if<std::string>(&v)) return *s;
  if (std::holds_alternative<std::monostate>(v)) return "";  // Manim's falsy -> ""
  bad(key, v, "expected a string");
}

// "" (the default options), "manim" (Manim's exact settings) or key=value pairs joined by ':'
// (ffmpeg's -x264-params); libx264 judges the names and values when the encoder opens, this
// only catches text it could not even split.
std::string as_x264_params(std::string_view key, const ConfigValue& v) {
  const std::string s = as_string(key, v);
  if (s == "manim") return s;
  std::size_t start = 0;
  while (!s.empty() && start <= s.size()) {
    const std::size_t end = std::min(s.find(':', start), s.size());
    const std::string pair = s.substr(start, end - start);
    const std::size_t eq = pair.find('=');
    if (eq == 0 || eq == std::string::npos || eq + 1 == pair.size() ||
        pair.find_first_of(" \t") != std::string::npos)
      bad(key, v,
          fmt::format("'{}' is not key=value; expected libx264 options as ffmpeg's -x264-params, "
                      "e.g. 'rc-lookahead=10:threads=1'",
                      pair));
    start = end + 1;
  }
  return s;
}

std::string as_choice(std::string_view key, const ConfigValue& v,
                      const std::vector<std::string>& choices, bool upper_case) {
  const std::string s = as_string(key, v);
  const std::string norm = upper_case ? upper(s) : lower(s);
  for (const auto& c : choices)
    if (c == norm) return c;
  std::string list;
  for (const auto& c : choices) list += (list.empty() ? "" : ", ") + c;
  bad(key, v, "use one of " + list);
}

Entry make_bool(const char* name, bool Config::*m, const char* doc) {
  return {{name, ConfigType::Bool, true, false, doc},
          [m](const Config& c) -> ConfigValue { return c.*m; },
          [m, name](Config& c, const ConfigValue& v) { c.*m = as_bool(name, v); },
          {}};
}
Entry make_int(const char* name, int Config::*m, long long lo, long long hi, const char* doc) {
  return {
      {name, ConfigType::Int, true, false, doc},
      [m](const Config& c) -> ConfigValue { return static_cast<long long>(c.*m); },
      [=](Config& c, const ConfigValue& v) { c.*m = static_cast<int>(as_int(name, v, lo, hi)); },
      {}};
}
Entry make_float(const char* name, double Config::*m, const char* doc) {
  return {{name, ConfigType::Float, true, false, doc},
          [m](const Config& c) -> ConfigValue { return c.*m; },
          [m, name](Config& c, const ConfigValue& v) { c.*m = as_positive(name, v); },
          {}};
}
Entry make_string(const char* name, std::string Config::*m, ConfigType type, const char* doc) {
  return {{name, type, true, false, doc},
          [m](const Config& c) -> ConfigValue { return c.*m; },
          [m, name](Config& c, const ConfigValue& v) { c.*m = as_string(name, v); },
          {}};
}
Entry make_choice(const char* name, std::string Config::*m, std::vector<std::string> choices,
                  bool upper_case, const char* doc) {
  Entry e{{name, ConfigType::String, true, false, doc},
          [m](const Config& c) -> ConfigValue { return c.*m; },
          {},
          choices};
  e.set = [=](Config& c, const ConfigValue& v) { c.*m = as_choice(name, v, choices, upper_case); };
  return e;
}
Entry make_point(const char* name, Vec3 dir, bool vertical, const char* doc) {
  return {{name, ConfigType::Point, false, true, doc},
          [=](const Config& c) -> ConfigValue {
            return dir * (vertical ? c.frame_height / 2 : c.frame_width / 2);
          },
          {},
          {}};
}

// Manim's resolve_movie_file_extension: alpha needs mov unless the format is webm.
void resolve_extension(Config& c) {
  if (c.transparent)
    c.movie_file_extension = c.format == "webm" ? ".webm" : ".mov";
  else
    c.movie_file_extension = c.format == "webm" ? ".webm" : (c.format == "mov" ? ".mov" : ".mp4");
}

// Manim: transparent is background_opacity == 0.
void set_transparent(Config& c, bool t) {
  c.transparent = t;
  c.background_opacity = t ? 0.0 : 1.0;
  resolve_extension(c);
}

std::pair<long long, long long> as_pair(std::string_view key, const ConfigValue& v) {
  if (auto* p = std::get_if<std::pair<long long, long long>>(&v)) return *p;
  bad(key, v, "expected a pair of integers (X, Y)");
}

std::vector<Entry> build_entries() {
  std::vector<Entry> e;
  const std::vector<std::string> kLevels = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"};
  // [CLI] keys in default.cfg's order.
  e.push_back(make_bool("notify_outdated_version", &Config::notify_outdated_version,
                        "Notify about a newer version (manim.cpp never checks)"));
  e.push_back(make_bool("write_to_movie", &Config::write_to_movie, "Write the movie file"));
  {
    Entry f{{"format", ConfigType::String, true, false,
             "Output format: png, gif, mp4, webm or mov (None: no output file)"},
            [](const Config& c) -> ConfigValue {
              if (c.format.empty()) return std::monostate{};
              return c.format;
            },
            [](Config& c, const ConfigValue& v) {
              if (std::holds_alternative<std::monostate>(v) ||
                  (std::holds_alternative<std::string>(v) && std::get<std::string>(v).empty())) {
                c.format.clear();
                return;
              }
              c.format = as_choice("format", v, {"png", "gif", "mp4", "webm", "mov"}, false);
              resolve_extension(c);
            },
            {"png", "gif", "mp4", "webm", "mov"}};
    e.push_back(std::move(f));
  }
  e.push_back(
      make_bool("save_last_frame", &Config::save_last_frame, "Save the last frame as a PNG (-s)"));
  e.push_back(make_bool("write_all", &Config::write_all, "Render every scene of the file (-a)"));
  e.push_back(make_bool("save_pngs", &Config::save_pngs, "Save every frame as PNG (-g)"));
  e.push_back(make_int("zero_pad", &Config::zero_pad, 0, 9, "Digits of PNG frame numbers (-0)"));
  e.push_back(make_bool("save_as_gif", &Config::save_as_gif, "Save as a GIF (-i)"));
  e.push_back(make_bool("save_sections", &Config::save_sections,
                        "Save one video per section (--save_sections)"));
  e.push_back(make_bool("preview", &Config::preview, "Open the result when done (-p)"));
  e.push_back(make_bool("show_in_file_browser", &Config::show_in_file_browser,
                        "Show the output file in the file browser (-f)"));
  e.push_back(make_choice("verbosity", &Config::verbosity, kLevels, true,
                          "Log level: DEBUG, INFO, WARNING, ERROR or CRITICAL (-v)"));
  e.push_back(make_choice("progress_bar", &Config::progress_bar, {"display", "leave", "none"},
                          false, "Progress bars: display, leave or none"));
  e.push_back(
      make_string("output_file", &Config::output_file, ConfigType::Path, "Output file name (-o)"));
  e.push_back(make_bool("log_to_file", &Config::log_to_file, "Also write the log to log_dir"));
  e.push_back({{"background_color", ConfigType::Color, true, false, "Background colour"},
               [](const Config& c) -> ConfigValue { return c.background_color; },
               [](Config& c, const ConfigValue& v) {
                 if (auto* col = std::get_if<Color>(&v)) {
                   c.background_color = *col;
                 } else if (auto* s = std::get_if<std::string>(&v)) {
                   try {
                     c.background_color = Color(*s);
                   } catch (const std::exception& ex) {
                     bad("background_color", v, ex.what());
                   }
                 } else {
                   bad("background_color", v, "expected a colour ('#RRGGBB' or a name)");
                 }
               },
               {}});
  e.push_back({{"background_opacity", ConfigType::Float, true, false,
                "Background opacity, 0 (transparent) to 1"},
               [](const Config& c) -> ConfigValue { return c.background_opacity; },
               [](Config& c, const ConfigValue& v) {
                 const double o = as_float("background_opacity", v);
                 if (o < 0 || o > 1) bad("background_opacity", v, "expected 0 <= value <= 1");
                 c.background_opacity = o;
                 c.transparent = o == 0.0;
               },
               {}});
  e.push_back(make_int("from_animation_number", &Config::from_animation_number, 0, 1LL << 30,
                       "First animation rendered (-n)"));
  e.push_back(make_int("upto_animation_number", &Config::upto_animation_number, -1, 1LL << 30,
                       "Last animation rendered, -1 for all (-n)"));
  e.push_back(make_string("media_dir", &Config::media_dir, ConfigType::Path,
                          "Root of the output tree (--media_dir)"));
  e.push_back(make_string("log_dir", &Config::log_dir, ConfigType::Path, "Log folder"));
  e.push_back(make_string("assets_dir", &Config::assets_dir, ConfigType::Path, "Assets folder"));
  e.push_back(make_string("video_dir", &Config::video_dir, ConfigType::Path, "Movie folder"));
  e.push_back(
      make_string("sections_dir", &Config::sections_dir, ConfigType::Path, "Section folder"));
  e.push_back(make_string("images_dir", &Config::images_dir, ConfigType::Path, "Image folder"));
  e.push_back(make_string("tex_dir", &Config::tex_dir, ConfigType::Path, "TeX folder"));
  e.push_back(make_string("text_dir", &Config::text_dir, ConfigType::Path, "Text folder"));
  e.push_back(make_string("partial_movie_dir", &Config::partial_movie_dir, ConfigType::Path,
                          "Partial movie folder"));
  e.push_back({{"renderer", ConfigType::String, true, false, "Renderer: cairo (the only one)"},
               [](const Config& c) -> ConfigValue { return c.renderer; },
               [](Config& c, const ConfigValue& v) {
                 const std::string r = lower(as_string("renderer", v));
                 if (r == "opengl")
                   throw std::invalid_argument(
                       "config: renderer 'opengl' is not supported: manim.cpp renders with "
                       "Cairo only (use --renderer cairo)");
                 if (r != "cairo") bad("renderer", v, "use cairo");
                 c.renderer = r;
               },
               {"cairo"}});
  e.push_back(make_bool("enable_gui", &Config::enable_gui, "OpenGL window (no effect)"));
  e.push_back({{"gui_location", ConfigType::IntPair, true, false, "GUI position (no effect)"},
               [](const Config& c) -> ConfigValue { return c.gui_location; },
               [](Config& c, const ConfigValue& v) { c.gui_location = as_pair("gui_location", v); },
               {}});
  e.push_back(make_bool("fullscreen", &Config::fullscreen, "OpenGL window (no effect)"));
  e.push_back(make_string("window_position", &Config::window_position, ConfigType::String,
                          "OpenGL window (no effect)"));
  e.push_back(make_string("window_size", &Config::window_size, ConfigType::String,
                          "OpenGL window (no effect)"));
  e.push_back(
      make_int("window_monitor", &Config::window_monitor, 0, 64, "OpenGL window (no effect)"));
  e.push_back(make_bool("force_window", &Config::force_window, "OpenGL window (no effect)"));
  e.push_back(make_bool("use_projection_fill_shaders", &Config::use_projection_fill_shaders,
                        "OpenGL shaders (no effect)"));
  e.push_back(make_bool("use_projection_stroke_shaders", &Config::use_projection_stroke_shaders,
                        "OpenGL shaders (no effect)"));
  e.push_back(make_choice("movie_file_extension", &Config::movie_file_extension,
                          {".mp4", ".mov", ".webm"}, false, "Movie extension"));
  e.push_back(make_float("frame_rate", &Config::frame_rate, "Frames per second (--fps)"));
  e.push_back(make_int("pixel_height", &Config::pixel_height, 1, 16384, "Frame height in pixels"));
  e.push_back(make_int("pixel_width", &Config::pixel_width, 1, 16384, "Frame width in pixels"));
  e.push_back(make_int("max_files_cached", &Config::max_files_cached, -1, 1LL << 30,
                       "Partial movie files kept, -1 for unlimited"));
  e.push_back(make_bool("flush_cache", &Config::flush_cache, "Delete cached partial movies"));
  e.push_back(make_bool("disable_caching", &Config::disable_caching, "Do not use the cache"));
  e.push_back(make_bool("disable_caching_warning", &Config::disable_caching_warning,
                        "No warning when a scene is too large to hash"));
  e.push_back(make_bool("enable_wireframe", &Config::enable_wireframe, "OpenGL (no effect)"));
  e.push_back({{"dry_run", ConfigType::Bool, true, false, "Render without writing files"},
               [](const Config& c) -> ConfigValue { return c.dry_run; },
               [](Config& c, const ConfigValue& v) {
                 c.dry_run = as_bool("dry_run", v);
                 if (c.dry_run) {  // Manim: no movie, no still, no format
                   c.write_to_movie = false;
                   c.write_all = false;
                   c.save_last_frame = false;
                   c.format.clear();
                 }
               },
               {}});
  e.push_back({{"tex_template_file", ConfigType::Path, true, false, "TeX template file"},
               [](const Config& c) -> ConfigValue { return c.tex_template_file; },
               [](Config& c, const ConfigValue& v) {
                 const std::string p = as_string("tex_template_file", v);
                 if (!p.empty() && ::access(p.c_str(), R_OK) != 0)
                   bad("tex_template_file", v, "the file does not exist or is not readable");
                 c.tex_template_file = p;
               },
               {}});
  e.push_back({{"plugins", ConfigType::StringList, true, false, "Plugins (none are loaded)"},
               [](const Config& c) -> ConfigValue { return c.plugins; },
               [](Config& c, const ConfigValue& v) {
                 if (auto* l = std::get_if<std::vector<std::string>>(&v))
                   c.plugins = *l;
                 else
                   bad("plugins", v, "expected a list of names");
               },
               {}});
  e.push_back(make_float("frame_height", &Config::frame_height, "Frame height in scene units"));
  e.push_back(make_float("frame_width", &Config::frame_width, "Frame width in scene units"));
  e.push_back(make_bool("custom_folders", &Config::custom_folders,
                        "Use the [custom_folders] layout (--custom_folders)"));
  e.push_back(make_string("input_file", &Config::input_file, ConfigType::Path, "Scene file"));
  e.push_back({{"scene_names", ConfigType::StringList, true, false, "Scenes to render"},
               [](const Config& c) -> ConfigValue { return c.scene_names; },
               [](Config& c, const ConfigValue& v) {
                 if (auto* l = std::get_if<std::vector<std::string>>(&v))
                   c.scene_names = *l;
                 else if (std::holds_alternative<std::monostate>(v))
                   c.scene_names.clear();
                 else
                   bad("scene_names", v, "expected a list of names");
               },
               {}});
  e.push_back(make_bool("no_latex_cleanup", &Config::no_latex_cleanup,
                        "Keep LaTeX's .aux/.dvi/.log files"));
  e.push_back(make_choice("ffmpeg_loglevel", &Config::ffmpeg_loglevel, kLevels, true,
                          "Encoder log level ([ffmpeg] loglevel)"));
  e.push_back(make_string("ffmpeg_executable", &Config::ffmpeg_executable, ConfigType::String,
                          "ffmpeg program (manim.cpp encodes in process)"));
  e.push_back({{"media_embed", ConfigType::OptBool, true, false, "Jupyter: embed the media"},
               [](const Config& c) -> ConfigValue {
                 if (!c.media_embed) return std::monostate{};
                 return *c.media_embed;
               },
               [](Config& c, const ConfigValue& v) {
                 if (std::holds_alternative<std::monostate>(v))
                   c.media_embed.reset();
                 else
                   c.media_embed = as_bool("media_embed", v);
               },
               {}});
  e.push_back(
      make_string("media_width", &Config::media_width, ConfigType::String, "Jupyter: media width"));

  // Derived keys (Manim's properties).
  e.push_back({{"quality", ConfigType::String, true, false,
                "Quality preset matching the size and rate (-q)"},
               [](const Config& c) -> ConfigValue {
                 std::string q = c.quality();
                 if (q.empty()) return std::monostate{};
                 return q;
               },
               [](Config& c, const ConfigValue& v) {
                 if (std::holds_alternative<std::monostate>(v)) return;  // Manim: None ignored
                 c.set_quality(as_string("quality", v));
               },
               {}});
  e.push_back({{"frame_x_radius", ConfigType::Float, true, false, "Half the frame width"},
               [](const Config& c) -> ConfigValue { return c.frame_width / 2; },
               [](Config& c, const ConfigValue& v) {
                 c.frame_width = 2 * as_positive("frame_x_radius", v);
               },
               {}});
  e.push_back({{"frame_y_radius", ConfigType::Float, true, false, "Half the frame height"},
               [](const Config& c) -> ConfigValue { return c.frame_height / 2; },
               [](Config& c, const ConfigValue& v) {
                 c.frame_height = 2 * as_positive("frame_y_radius", v);
               },
               {}});
  e.push_back(
      {{"transparent", ConfigType::Bool, false, false,
        "Transparent background (background_opacity 0) (-t)"},
       [](const Config& c) -> ConfigValue { return c.background_opacity == 0.0; },
       [](Config& c, const ConfigValue& v) { set_transparent(c, as_bool("transparent", v)); },
       {}});
  e.push_back({{"frame_size", ConfigType::IntPair, false, false, "(pixel_width, pixel_height)"},
               [](const Config& c) -> ConfigValue {
                 return std::pair<long long, long long>(c.pixel_width, c.pixel_height);
               },
               [](Config& c, const ConfigValue& v) {
                 const auto p = as_pair("frame_size", v);
                 if (p.first < 1 || p.second < 1 || p.first > 16384 || p.second > 16384)
                   bad("frame_size", v, "expected two integers in [1, 16384]");
                 c.pixel_width = static_cast<int>(p.first);
                 c.pixel_height = static_cast<int>(p.second);
               },
               {}});
  e.push_back({{"aspect_ratio", ConfigType::Float, false, true, "pixel_width / pixel_height"},
               [](const Config& c) -> ConfigValue { return c.aspect_ratio(); },
               {},
               {}});
  e.push_back(make_point("top", Vec3(0, 1, 0), true, "Centre of the top edge"));
  e.push_back(make_point("bottom", Vec3(0, -1, 0), true, "Centre of the bottom edge"));
  e.push_back(make_point("left_side", Vec3(-1, 0, 0), false, "Centre of the left edge"));
  e.push_back(make_point("right_side", Vec3(1, 0, 0), false, "Centre of the right edge"));

  // manim.cpp's own.
  e.push_back(make_bool("manim_text_kerning", &Config::manim_text_kerning,
                        "Round text glyph advances as Manim does (--manim_kerning)"));
  e.push_back(make_int("threads", &Config::threads, 0, 256, "Raster threads, 0 = one per core"));
  e.push_back(make_choice("tex_compiler", &Config::tex_compiler, {"mathjax", "latex"}, false,
                          "TeX engine: mathjax, or latex (the template's compiler + dvisvgm)"));
  e.push_back(
      {{"x264_params", ConfigType::String, false, false,
        "libx264 options over Manim's (-x264-params key=value:...); '' = memory-bounded default, "
        "'manim' = Manim's exactly"},
       [](const Config& c) -> ConfigValue { return c.x264_params; },
       [](Config& c, const ConfigValue& v) { c.x264_params = as_x264_params("x264_params", v); },
       {}});
  return e;
}

const std::vector<Entry>& entries() {
  static const std::vector<Entry> all = build_entries();
  return all;
}

const Entry& entry(std::string_view key) {
  for (const Entry& e : entries())
    if (key == e.info.name) return e;
  throw std::out_of_range(fmt::format("config has no key '{}'", key));
}

std::string trim(std::string_view s) {
  std::size_t a = 0, b = s.size();
  while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
  while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
  return std::string(s.substr(a, b - a));
}

std::vector<std::string> split(std::string_view s, std::string_view seps) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (seps.find(c) != std::string_view::npos) {
      out.push_back(trim(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(trim(cur));
  return out;
}

}  // namespace

const std::vector<ConfigKeyInfo>& Config::keys() {
  static const std::vector<ConfigKeyInfo> infos = [] {
    std::vector<ConfigKeyInfo> v;
    for (const Entry& e : entries()) v.push_back(e.info);
    return v;
  }();
  return infos;
}

const ConfigKeyInfo* Config::find_key(std::string_view name) {
  for (const ConfigKeyInfo& k : keys())
    if (name == k.name) return &k;
  return nullptr;
}

ConfigValue Config::get(std::string_view key) const { return entry(key).get(*this); }

void Config::set(std::string_view key, const ConfigValue& value) {
  const Entry& e = entry(key);
  if (!e.set)
    throw std::invalid_argument(
        fmt::format("config: '{}' is read-only (it follows from the frame size)", key));
  e.set(*this, value);
}

void Config::set_text(std::string_view key, std::string_view raw) {
  const Entry& e = entry(key);
  const std::string text = trim(raw);
  auto parse_bool = [&](const std::string& t) -> ConfigValue {
    // configparser's getboolean words.
    const std::string l = lower(t);
    if (l == "1" || l == "yes" || l == "true" || l == "on") return true;
    if (l == "0" || l == "no" || l == "false" || l == "off") return false;
    throw std::invalid_argument(fmt::format(
        "config: bad value '{}' for '{}': expected True or False (or yes/no, on/off, 1/0)", t,
        key));
  };
  ConfigValue v;
  switch (e.info.type) {
    case ConfigType::Bool:
      v = parse_bool(text);
      break;
    case ConfigType::OptBool:
      v = text.empty() ? ConfigValue{} : parse_bool(text);
      break;
    case ConfigType::Int: {
      char* end = nullptr;
      errno = 0;
      const long long i = std::strtoll(text.c_str(), &end, 10);
      if (text.empty() || *end != '\0' || errno == ERANGE)
        throw std::invalid_argument(
            fmt::format("config: bad value '{}' for '{}': expected an integer", text, key));
      v = i;
      break;
    }
    case ConfigType::Float: {
      char* end = nullptr;
      const double d = std::strtod(text.c_str(), &end);
      if (text.empty() || *end != '\0')
        throw std::invalid_argument(
            fmt::format("config: bad value '{}' for '{}': expected a number", text, key));
      v = d;
      break;
    }
    case ConfigType::IntPair: {
      const auto parts = split(text, ",;-");
      long long xy[2] = {0, 0};
      bool ok = parts.size() == 2;
      for (std::size_t i = 0; ok && i < 2; ++i) {
        char* end = nullptr;
        xy[i] = std::strtoll(parts[i].c_str(), &end, 10);
        ok = !parts[i].empty() && *end == '\0';
      }
      if (!ok)
        throw std::invalid_argument(
            fmt::format("config: bad value '{}' for '{}': expected X,Y", text, key));
      v = std::pair<long long, long long>(xy[0], xy[1]);
      break;
    }
    case ConfigType::StringList: {
      std::vector<std::string> items;
      for (auto& s : split(text, ","))
        if (!s.empty()) items.push_back(s);
      v = items;
      break;
    }
    case ConfigType::Color:
    case ConfigType::String:
    case ConfigType::Path:
    case ConfigType::Point:
      v = text;
      break;
  }
  set(key, v);
}

std::string Config::text(std::string_view key) const {
  const ConfigValue v = get(key);
  struct V {
    std::string operator()(std::monostate) const { return ""; }
    std::string operator()(bool b) const { return b ? "True" : "False"; }
    std::string operator()(long long i) const { return std::to_string(i); }
    std::string operator()(double d) const { return fmt::format("{}", d); }
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(const Color& c) const { return c.to_hex(); }
    std::string operator()(const std::vector<std::string>& l) const {
      std::string s;
      for (const auto& x : l) s += (s.empty() ? "" : ",") + x;
      return s;
    }
    std::string operator()(const std::pair<long long, long long>& p) const {
      return fmt::format("{},{}", p.first, p.second);
    }
    std::string operator()(const Vec3& p) const { return fmt::format("{},{},{}", p.x, p.y, p.z); }
  };
  return std::visit(V{}, v);
}

}  // namespace manim
