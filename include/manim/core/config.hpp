// Manim's global `config` (ManimConfig of v0.18.0): every key of Manim's default.cfg with its
// default, type and derived properties, read and set by name, digested from Manim's .cfg
// files with Manim's precedence (defaults < user < folder < --config_file < CLI < script).
// C++ code reads the fields directly (`config().frame_rate`); the CLI, the .cfg reader and
// Python go through get()/set()/set_text(), which validate and keep derived keys consistent.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "manim/core/color.hpp"
#include "manim/core/vec3.hpp"

namespace manim {

// A key's value as get() returns it and set() takes it. monostate is Python's None.
using ConfigValue = std::variant<std::monostate, bool, long long, double, std::string, Color,
                                 std::vector<std::string>, std::pair<long long, long long>, Vec3>;

enum class ConfigType {
  Bool,
  Int,
  Float,
  String,      // free text, or one of a fixed list of choices
  Path,        // a folder or file; may hold {media_dir}-style templates
  Color,       // background_color
  StringList,  // plugins, scene_names
  IntPair,     // gui_location, frame_size
  OptBool,     // media_embed: None, True or False
  Point,       // top, bottom, left_side, right_side (read-only)
};

struct ConfigKeyInfo {
  const char* name;
  ConfigType type;
  bool listed;    // one of Manim's ManimConfig._OPTS (what iterating `config` yields)
  bool readonly;  // aspect_ratio, top, ...
  const char* doc;
};

struct Config {
  // ---- [CLI] section of Manim's default.cfg, with its defaults ----
  bool notify_outdated_version = true;
  bool write_to_movie = true;
  std::string format = "mp4";  // png gif mp4 webm mov; "" is Manim's None (dry run)
  bool save_last_frame = false;
  bool write_all = false;
  bool save_pngs = false;
  int zero_pad = 4;  // digits of PNG sequence frame numbers (0..9)
  bool save_as_gif = false;
  bool save_sections = false;
  bool preview = false;
  bool show_in_file_browser = false;
  std::string verbosity = "INFO";
  std::string progress_bar = "display";  // display, leave or none
  std::string output_file;
  bool log_to_file = false;
  Color background_color = Color(0, 0, 0, 1);
  double background_opacity = 1;
  // Manim derives it (background_opacity == 0); set() keeps the two equal.
  bool transparent = false;
  // -n START[,END]: animations (plays and waits, counted from 0) before START run without
  // drawing frames; the scene ends after animation END (-1: at its real end).
  int from_animation_number = 0;
  int upto_animation_number = -1;
  std::string media_dir = "./media";
  std::string log_dir = "{media_dir}/logs";
  std::string assets_dir = "./";
  std::string video_dir = "{media_dir}/videos/{module_name}/{quality}";
  std::string sections_dir = "{video_dir}/sections";
  std::string images_dir = "{media_dir}/images/{module_name}";
  std::string tex_dir = "{media_dir}/Tex";
  std::string text_dir = "{media_dir}/texts";
  std::string partial_movie_dir = "{video_dir}/partial_movie_files/{scene_name}";
  std::string renderer = "cairo";  // the only renderer; "opengl" is rejected with a message
  bool enable_gui = false;
  std::pair<long long, long long> gui_location{0, 0};
  bool fullscreen = false;
  std::string window_position = "UR";
  std::string window_size = "default";
  int window_monitor = 0;
  bool force_window = false;
  bool use_projection_fill_shaders = false;
  bool use_projection_stroke_shaders = false;
  std::string movie_file_extension = ".mp4";
  double frame_rate = 60;
  int pixel_height = 1080;
  int pixel_width = 1920;
  int max_files_cached = 100;  // -1: unlimited
  bool flush_cache = false;
  bool disable_caching = false;
  bool disable_caching_warning = false;
  bool enable_wireframe = false;
  bool dry_run = false;
  // --tex_template FILE / tex_template_file: the TeX template read from that file ("" = the
  // default template). The tex layer reads it.
  std::string tex_template_file;
  std::vector<std::string> plugins;
  double frame_height = 8.0;
  double frame_width = 128.0 / 9.0;  // 14.222...: frame_height * 16/9
  bool custom_folders = false;
  std::string input_file;
  std::vector<std::string> scene_names;
  bool no_latex_cleanup = false;
  // ---- [ffmpeg] ----
  std::string ffmpeg_loglevel = "ERROR";
  std::string ffmpeg_executable = "ffmpeg";
  // ---- [jupyter] ----
  std::optional<bool> media_embed;
  std::string media_width = "60%";
  // ---- [custom_folders]: the folder templates --custom_folders switches to ----
  std::map<std::string, std::string> custom_folder_dirs = {
      {"media_dir", "videos"},
      {"video_dir", "{media_dir}"},
      {"sections_dir", "{media_dir}"},
      {"images_dir", "{media_dir}"},
      {"text_dir", "{media_dir}/temp_files"},
      {"tex_dir", "{media_dir}/temp_files"},
      {"log_dir", "{media_dir}/temp_files"},
      {"partial_movie_dir", "{media_dir}/partial_movie_files/{scene_name}"}};

  // ---- manim.cpp's own keys ----
  // Manim's rounding of text glyph advances to whole SVG units (docs/config_and_cli.md).
  bool manim_text_kerning = false;
  int threads = 0;  // raster threads; 0 = one per core
  // libx264 options over Manim's (preset medium, crf 23) as ffmpeg's -x264-params; "" = the
  // memory-bounded default, "manim" = Manim's exactly (docs/caching.md).
  std::string x264_params;
  // TeX engine: "mathjax" (default, no TeX installation) or "latex" (the template's compiler
  // and dvisvgm, as Manim; docs/text.md).
  std::string tex_compiler = "mathjax";
  // Set when a .cfg file gave frame_width: later files then keep it (Manim's merged parser).
  bool frame_width_from_cfg = false;

  // ---- access by Manim's key name ----
  // Every key, in Manim's order of default.cfg, then derived and manim.cpp keys.
  static const std::vector<ConfigKeyInfo>& keys();
  static const ConfigKeyInfo* find_key(std::string_view name);
  // Throws std::out_of_range naming the key when it is not one of keys().
  ConfigValue get(std::string_view key) const;
  // Validates as Manim's setters; throws std::invalid_argument naming the key and the value.
  void set(std::string_view key, const ConfigValue& value);
  // Parses the text form a .cfg file or a CLI flag gives ("True", "1280", "WHITE", "0,0").
  void set_text(std::string_view key, std::string_view text);
  // The text form of a key's value, as `manimcpp cfg show` and `cfg write` print it.
  std::string text(std::string_view key) const;

  // Manim's quality presets by name or flag letter: low_quality/l 854x480@15,
  // medium_quality/m 1280x720@30, high_quality/h 1920x1080@60, production_quality/p
  // 2560x1440@60, fourk_quality/k 3840x2160@60, example_quality 854x480@30.
  void set_quality(std::string_view name_or_flag);
  void set_quality(char flag) { set_quality(std::string_view(&flag, 1)); }
  // The preset whose size and rate match exactly ("high_quality"), or "" (Manim's None).
  std::string quality() const;
  // The quality folder name, e.g. "480p15" (Manim's {quality} in video_dir).
  std::string quality_dir() const;
  double aspect_ratio() const { return double(pixel_width) / pixel_height; }

  // Manim's get_dir: resolves the {placeholders} of a folder key (and input_file,
  // output_file) from the other folder keys, {quality} and `extra` (module_name,
  // scene_name...). Throws std::invalid_argument naming a placeholder nothing provides.
  std::string get_dir(std::string_view key,
                      const std::map<std::string, std::string>& extra = {}) const;

  // Reads one .cfg file (INI as Python's configparser) over the current values: only the keys
  // it names change. Unknown keys and sections are reported through `warn` naming the file
  // and line; a bad value throws std::invalid_argument "<file>:<line>: ..." naming the key.
  // If the file sets the pixel size or frame_height but not frame_width, frame_width follows
  // frame_height * aspect_ratio, as Manim's digest.
  using Warn = std::function<void(const std::string&)>;
  void digest_file(const std::string& path, const Warn& warn = {});
  // The same for .cfg text already in memory (`origin` names it in messages).
  void digest_text(std::string_view text, const std::string& origin, const Warn& warn = {});
  // Switches the folder keys to the [custom_folders] section (--custom_folders).
  void apply_custom_folders();

  // The whole configuration as a .cfg file (`manimcpp cfg write`).
  std::string to_cfg_text() const;
};

// The configuration scenes are built and rendered with (Manim's global `config`).
Config& config();

// The .cfg files Manim reads before the CLI flags, in ascending precedence, that exist:
// the user's ($HOME/.config/manim/manim.cfg), then manim.cfg in the current folder, then
// manim.cfg beside `scene_file` (when that is another folder).
std::vector<std::string> config_file_paths(const std::string& scene_file);

// True once some front end (the CLI, or `import manim`) has digested the .cfg files, so that a
// second front end in the same process does not read them again over CLI flags.
bool& config_files_loaded();

}  // namespace manim
