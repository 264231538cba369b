// Flag parsing with CLI11 (Manim's flag names and meanings); values are checked against a
// scratch Config so a bad value is a one-line error naming the flag before anything runs.
#include "cli/options.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <stdexcept>

namespace manim::cli {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Manim splits "-r W,H", "-n A,B" and "--gui_location X,Y" on any of , ; -
std::vector<std::string> split_pair(const std::string& text) {
  std::vector<std::string> parts;
  std::string cur;
  for (char c : text) {
    if (c == ',' || c == ';' || c == '-') {
      parts.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  parts.push_back(cur);
  return parts;
}

bool parse_int(const std::string& s, long long& out) {
  if (s.empty()) return false;
  std::size_t used = 0;
  try {
    out = std::stoll(s, &used);
  } catch (const std::exception&) {
    return false;
  }
  return used == s.size();
}

// "config: bad value ..." -> "bad value ...": the flag name replaces the prefix.
std::string strip_prefix(std::string msg) {
  if (msg.rfind("config: ", 0) == 0) msg = msg.substr(8);
  return msg;
}

struct Flag {
  CLI::Option* opt;
  std::string key;
  std::string text;          // fixed text for a switch ("True"/"False")
  const std::string* value;  // or the option's value
};

std::optional<Options> parse_cfg_command(int argc, char** argv, int& exit_code) {
  Options o;
  o.command = "cfg";
  CLI::App app{"manimcpp cfg: show or write the configuration (Manim's `manim cfg`)"};
  app.require_subcommand(1);
  CLI::App* show = app.add_subcommand("show", "Print the configuration in effect here");
  CLI::App* write = app.add_subcommand(
      "write", "Write the configuration in effect to manim.cfg (./ or the user's)");
  write->add_option("-l,--level", o.cfg_level, "cwd (./manim.cfg, default) or user")
      ->check(CLI::IsMember({"cwd", "user"}));
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    exit_code = app.exit(e);
    return std::nullopt;
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "error: %s (see manimcpp cfg --help)\n", e.what());
    exit_code = 2;
    return std::nullopt;
  }
  o.cfg_action = show->parsed() ? "show" : "write";
  (void)write;
  return o;
}

}  // namespace

std::optional<Options> parse_options(int argc, char** argv, int& exit_code) {
  // Manim's default command is `render`: `manim FILE` is `manim render FILE`.
  std::vector<char*> args(argv, argv + argc);
  if (args.size() > 1 && std::string(args[1]) == "cfg")
    return parse_cfg_command(argc - 1, argv + 1, exit_code);
  if (args.size() > 1 && std::string(args[1]) == "render") args.erase(args.begin() + 1);

  Options o;
  CLI::App app{"manimcpp: render Manim CE scenes (Python .py or C++ .cpp files)"};
  app.footer(
      "Usage: manimcpp [render] [flags] FILE [SCENES...]   |   manimcpp cfg show|write\n"
      "Flags are Manim CE v0.18.0's (manim render --help); see docs/config_and_cli.md.");
  app.add_option("file", o.file, "The scene file (.py or .cpp)")->required();
  app.add_option("scene_names", o.scenes, "Scenes to render (default: the only one in FILE)");

  auto plain_flag = [&](const std::string& names, const std::string& help) {
    return app.add_flag(names, help);
  };
  std::vector<Flag> flags;  // in the order Manim's digest_args applies them
  std::vector<std::unique_ptr<std::string>> values;
  auto sw = [&](const std::string& names, const std::string& key, const std::string& help,
                const std::string& text = "True") {
    flags.push_back({app.add_flag(names, help), key, text, nullptr});
  };
  auto val = [&](const std::string& names, const std::string& key, const std::string& help) {
    values.push_back(std::make_unique<std::string>());
    flags.push_back({app.add_option(names, *values.back(), help), key, "", values.back().get()});
    return flags.back().opt;
  };

  // Global options.
  app.add_option("-c,--config_file", o.config_file,
                 "Configuration file to use for render settings (over the manim.cfg files)");
  CLI::Option* custom_folders = plain_flag(
      "--custom_folders", ("Use the folders of the [custom_folders] section of the config"));
  sw("--disable_caching", "disable_caching", "Disable the partial movie cache (docs/caching.md)");
  sw("--flush_cache", "flush_cache", "Remove the scene's cached partial movie files first");
  std::string tex_template;
  CLI::Option* tex_opt = app.add_option("--tex_template", tex_template, "Custom TeX template file");
  val("-v,--verbosity", "verbosity", "DEBUG, INFO (default), WARNING, ERROR or CRITICAL");
  sw("--notify_outdated_version", "notify_outdated_version",
     "Warn about an outdated installation (manim.cpp never checks)");
  sw("--silent", "notify_outdated_version", "Do not warn about an outdated installation", "False");
  sw("--enable_gui", "enable_gui", "OpenGL GUI (accepted, no effect: Cairo only)");
  std::string gui_location;
  CLI::Option* gui_opt = app.add_option("--gui_location", gui_location,
                                        "GUI location X,Y (accepted, no effect: Cairo only)");
  sw("--fullscreen", "fullscreen", "OpenGL window (accepted, no effect: Cairo only)");
  sw("--enable_wireframe", "enable_wireframe", "OpenGL (accepted, no effect: Cairo only)");
  sw("--force_window", "force_window", "OpenGL window (accepted, no effect: Cairo only)");
  sw("--dry_run", "dry_run", "Run the scenes without writing any image or video file");
  sw("--no_latex_cleanup", "no_latex_cleanup", "Keep .aux, .dvi and .log files of LaTeX runs");
  // Output options.
  val("-o,--output_file", "output_file", "File name of the rendered scene (without folder)");
  val("-0,--zero_pad", "zero_pad", "Digits of PNG frame numbers, 0..9 (default 4)");
  sw("--write_to_movie", "write_to_movie", "Write the movie file");
  CLI::Option* media_dir =
      app.add_option("--media_dir", o.media_dir, "Folder of the output tree (default ./media)");
  val("--log_dir", "log_dir", "Folder of the log files (default {media_dir}/logs)");
  sw("--log_to_file", "log_to_file", "Also write the log to a file in log_dir");
  // Render options.
  std::string animation_range;
  CLI::Option* range_opt =
      app.add_option("-n,--from_animation_number", animation_range,
                     "START[,END]: render from animation START to END (plays and waits, from 0)");
  sw("-a,--write_all", "write_all", "Render every scene in FILE");
  CLI::Option* format_opt = val("--format", "format", "png, gif, mp4 (default), webm or mov");
  sw("-s,--save_last_frame", "save_last_frame", "Save the last frame as a PNG (no movie)");
  std::string quality;
  CLI::Option* quality_opt = app.add_option(
      "-q,--quality", quality,
      "l (854x480 15fps), m (1280x720 30fps), h (1920x1080 60fps, default), p (2560x1440 "
      "60fps), k (3840x2160 60fps)");
  std::string resolution;
  CLI::Option* resolution_opt =
      app.add_option("-r,--resolution", resolution, "Pixel size W,H (overrides the quality's)");
  std::string fps;
  CLI::Option* fps_opt = app.add_option("--fps,--frame_rate", fps, "Frame rate");
  val("--renderer", "renderer", "cairo (the only renderer; opengl is not supported)");
  CLI::Option* save_pngs = plain_flag("-g,--save_pngs", ("Save every frame as PNG (deprecated)"));
  CLI::Option* save_gif = plain_flag("-i,--save_as_gif", ("Save as a GIF (deprecated)"));
  sw("--save_sections", "save_sections", "Save one video per section besides the movie");
  sw("-t,--transparent", "transparent", "Transparent background (mov, webm or png)");
  sw("--use_projection_fill_shaders", "use_projection_fill_shaders",
     "OpenGL shaders (accepted, no effect: Cairo only)");
  sw("--use_projection_stroke_shaders", "use_projection_stroke_shaders",
     "OpenGL shaders (accepted, no effect: Cairo only)");
  // Ease of access options.
  val("--progress_bar", "progress_bar", "display (default), leave or none");
  sw("-p,--preview", "preview", "Open the result in the desktop's viewer when done");
  sw("-f,--show_in_file_browser", "show_in_file_browser",
     "Open the folder of the result in the file browser when done");
  app.add_flag("--jupyter", o.jupyter, "Called by the %%manim cell magic");
  app.add_flag("--watch", o.watch,
               "Render, then render again whenever FILE changes (Ctrl-C to stop; manim.cpp only)");
  // manim.cpp's own.
  val("--background_color", "background_color",
      "Background colour: #RRGGBB or a Manim colour name (Manim's background_color key)");
  val("--background_opacity", "background_opacity", "Background opacity 0..1");
  sw("--manim_kerning", "manim_text_kerning",
     "Round text glyph advances as Manim does (docs/config_and_cli.md)");
  val("--threads", "threads", "Raster threads (default: one per core)");
  val("--tex_compiler", "tex_compiler",
      "TeX engine: mathjax (default) or latex (needs latex and dvisvgm: make setup-latex)");

  try {
    app.parse(static_cast<int>(args.size()), args.data());
    auto add = [&](const std::string& key, const std::string& text, const std::string& flag) {
      o.settings.push_back({key, text, flag});
    };
    auto flag_name = [](const CLI::Option* opt) { return opt->get_name(); };
    for (const Flag& f : flags) {
      if (f.opt->count() == 0) continue;
      std::string text = f.value ? *f.value : f.text;
      if (f.opt == format_opt) text = lower(text);
      add(f.key, text, flag_name(f.opt));
    }
    // Manim: -i and -g override --format (with a deprecation warning).
    if (save_gif->count()) {
      std::fprintf(stderr, "warning: --save_as_gif is deprecated, use --format=gif\n");
      add("save_as_gif", "True", "--save_as_gif");
      add("format", "gif", "--save_as_gif");
    }
    if (save_pngs->count()) {
      std::fprintf(stderr, "warning: --save_pngs is deprecated, use --format=png\n");
      add("save_pngs", "True", "--save_pngs");
      add("format", "png", "--save_pngs");
    }
    if (media_dir->count()) {
      if (o.media_dir.empty()) throw CLI::ValidationError("--media_dir", "must not be empty");
      add("media_dir", o.media_dir, "--media_dir");
    }
    if (range_opt->count()) {
      // Manim's "-n 3" or "-n 3,7".
      const auto parts = split_pair(animation_range);
      long long start = 0, end = -1;
      const bool ok =
          parse_int(parts[0], start) && start >= 0 &&
          (parts.size() == 1 || (parts.size() == 2 && parse_int(parts[1], end) && end >= start));
      if (!ok)
        throw CLI::ValidationError(
            "--from_animation_number",
            "expected START or START,END with 0 <= START <= END, got '" + animation_range + "'");
      add("from_animation_number", std::to_string(start), "--from_animation_number");
      if (parts.size() == 2)
        add("upto_animation_number", std::to_string(end), "--from_animation_number");
    }
    if (quality_opt->count()) add("quality", lower(quality), "--quality");
    if (resolution_opt->count()) {
      const auto parts = split_pair(resolution);
      long long w = 0, h = 0;
      if (parts.size() != 2 || !parse_int(parts[0], w) || !parse_int(parts[1], h))
        throw CLI::ValidationError("--resolution",
                                   "expected W,H (e.g. 1280,720), got '" + resolution + "'");
      add("pixel_width", std::to_string(w), "--resolution");
      add("pixel_height", std::to_string(h), "--resolution");
    }
    if (fps_opt->count()) add("frame_rate", fps, "--fps");  // after -q and -r, as Manim
    if (custom_folders->count()) add("custom_folders", "True", "--custom_folders");
    if (tex_opt->count()) add("tex_template_file", tex_template, "--tex_template");
    if (gui_opt->count()) add("gui_location", gui_location, "--gui_location");
    for (const auto& s : o.settings)
      if (s.key == "output_file" && s.text.find('/') != std::string::npos)
        throw CLI::ValidationError("--output_file",
                                   "give a file name without folders (use --media_dir for the "
                                   "folder), got '" +
                                       s.text + "'");
    // Every value is checked now, so a bad one stops before any file is read or compiled.
    Config scratch;
    for (const auto& s : o.settings) {
      if (s.key == "tex_template_file" && !std::filesystem::exists(s.text))
        throw CLI::ValidationError(s.flag, "TeX template file '" + s.text + "' not found");
      try {
        scratch.set_text(s.key, s.text);
      } catch (const std::exception& e) {
        throw CLI::ValidationError(s.flag, strip_prefix(e.what()));
      }
    }
  } catch (const CLI::CallForHelp& e) {
    exit_code = app.exit(e);
    return std::nullopt;
  } catch (const CLI::ParseError& e) {
    // One line, as every other manimcpp error.
    std::fprintf(stderr, "error: %s (see manimcpp --help)\n", e.what());
    exit_code = 2;
    return std::nullopt;
  }
  return o;
}

void configure(const Options& o, Config& cfg, const Config::Warn& warn) {
  for (const std::string& path : config_file_paths(o.file)) cfg.digest_file(path, warn);
  if (!o.config_file.empty()) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(o.config_file, ec))
      throw std::invalid_argument(
          fmt::format("--config_file: could not find a config file at '{}'", o.config_file));
    cfg.digest_file(o.config_file, warn);
  }
  config_files_loaded() = true;
  if (!o.file.empty() && cfg.input_file.empty())
    cfg.input_file = std::filesystem::absolute(o.file).lexically_normal().string();
  if (!o.scenes.empty()) cfg.scene_names = o.scenes;
  for (const auto& s : o.settings) {
    try {
      cfg.set_text(s.key, s.text);
    } catch (const std::exception& e) {
      throw std::invalid_argument(fmt::format("{}: {}", s.flag, strip_prefix(e.what())));
    }
  }
  // Manim: -s writes no movie; --custom_folders switches the folder layout, under an
  // explicit --media_dir.
  if (cfg.save_last_frame) cfg.write_to_movie = false;
  if (cfg.custom_folders) {
    cfg.apply_custom_folders();
    if (!o.media_dir.empty()) cfg.media_dir = o.media_dir;
  }
}

int run_cfg_command(const Options& o) {
  Config cfg;
  try {
    configure(o, cfg);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "error: %s\n", e.what());
    return 2;
  }
  const std::string text = cfg.to_cfg_text();
  if (o.cfg_action == "show") {
    std::fputs(text.c_str(), stdout);
    return 0;
  }
  std::filesystem::path target = "manim.cfg";
  if (o.cfg_level == "user") {
    const char* home = std::getenv("HOME");
    if (!home || !*home) {
      std::fprintf(stderr, "error: cfg write -l user: HOME is not set\n");
      return 1;
    }
    target = std::filesystem::path(home) / ".config" / "manim" / "manim.cfg";
  }
  std::error_code ec;
  std::filesystem::create_directories(target.parent_path().empty() ? "." : target.parent_path(),
                                      ec);
  std::FILE* f = std::fopen(target.c_str(), "w");
  if (!f || std::fputs(text.c_str(), f) < 0 || std::fclose(f) != 0) {
    std::fprintf(stderr, "error: cannot write '%s'\n", target.c_str());
    return 1;
  }
  std::printf("Wrote %s\n", target.c_str());
  return 0;
}

std::vector<std::string> prompt_for_scenes(const std::vector<std::string>& available) {
  std::string list;
  for (std::size_t i = 0; i < available.size(); ++i)
    list += fmt::format("{}: {}\n", i + 1, available[i]);
  if (!::isatty(STDIN_FILENO)) {
    std::fprintf(stderr,
                 "%serror: this file has %zu scenes: name one or more after the file, or pass "
                 "-a to render them all\n",
                 list.c_str(), available.size());
    return {};
  }
  std::printf(
      "%sChoose number corresponding to desired scene/arguments.\n"
      "(Use comma separated list for multiple entries)\nChoice(s): ",
      list.c_str());
  std::fflush(stdout);
  std::string answer;
  if (!std::getline(std::cin, answer)) {
    std::fprintf(stderr, "\nerror: no scene chosen\n");
    return {};
  }
  std::vector<std::string> chosen;
  std::stringstream ss(answer);
  std::string item;
  while (std::getline(ss, item, ',')) {
    long long n = 0;
    std::string t;
    for (char c : item)
      if (!std::isspace(static_cast<unsigned char>(c))) t += c;
    if (!parse_int(t, n) || n < 1 || n > static_cast<long long>(available.size())) {
      std::fprintf(stderr, "error: invalid scene number '%s' (use 1..%zu)\n", t.c_str(),
                   available.size());
      return {};
    }
    chosen.push_back(available[static_cast<std::size_t>(n - 1)]);
  }
  if (chosen.empty()) std::fprintf(stderr, "error: no scene chosen\n");
  return chosen;
}

}  // namespace manim::cli
