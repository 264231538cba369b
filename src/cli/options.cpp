// Flag parsing with CLI11; values are checked here so a bad value is a one-line error.
#include "cli/options.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>

#include "manim/core/color.hpp"

namespace manim::cli {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// "W,H" (or "W;H", as Manim also accepts) with positive even-safe integers.
std::pair<int, int> parse_resolution(const std::string& text) {
  const auto sep = text.find_first_of(",;");
  if (sep == std::string::npos)
    throw CLI::ValidationError("--resolution", "expected W,H (e.g. 1280,720), got '" + text + "'");
  auto to_int = [&](const std::string& part) {
    std::size_t used = 0;
    int v = 0;
    try {
      v = std::stoi(part, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != part.size() || v <= 0 || v > 16384)
      throw CLI::ValidationError("--resolution",
                                 "expected two positive integers W,H, got '" + text + "'");
    return v;
  };
  return {to_int(text.substr(0, sep)), to_int(text.substr(sep + 1))};
}

}  // namespace

std::optional<Options> parse_options(int argc, char** argv, int& exit_code) {
  Options o;
  CLI::App app{"manimcpp: render Manim-style scenes written in C++"};
  app.footer("Usage: manimcpp [flags] FILE.cpp [SCENE...]");

  std::string quality, resolution, format, verbosity = "INFO", progress = "display";
  std::optional<double> fps;
  app.add_option("file", o.file, "The scene file (C++ with MANIM_SCENE(...) declarations)")
      ->required();
  app.add_option("scene_names", o.scenes, "Scenes to render (default: the only one in FILE)");
  app.add_option("-q,--quality", quality,
                 "Render quality: l (854x480 15fps), m (1280x720 30fps), h (1920x1080 60fps, "
                 "default), p (2560x1440 60fps), k (3840x2160 60fps)");
  app.add_option("-r,--resolution", resolution, "Resolution W,H (overrides the quality's)");
  app.add_option("--fps,--frame_rate", fps, "Frame rate (overrides the quality's)");
  app.add_flag("-s,--save_last_frame", o.save_last_frame,
               "Save the last frame as a PNG (no movie)");
  app.add_flag("-p,--preview", o.preview,
               "Open the result in the desktop's viewer (xdg-open) when it is done");
  app.add_option("-o,--output_file", o.output_file, "Output file name (without folder)");
  app.add_option("--format", format, "Output format: mp4 (default), gif, png, webm, mov")
      ->check(CLI::IsMember({"mp4", "gif", "png", "webm", "mov"}, CLI::ignore_case));
  app.add_option("-c,--background_color", o.background_color,
                 "Background colour: #RRGGBB or a Manim colour name (e.g. WHITE)");
  app.add_flag("-t,--transparent", o.transparent,
               "Transparent background (mov, webm or png output)");
  app.add_option("--media_dir", o.media_dir, "Folder for the output tree (default ./media)");
  app.add_flag("-a,--write_all", o.write_all, "Render every scene in FILE");
  std::string animation_range;
  app.add_option("-n,--from_animation_number", animation_range,
                 "START[,END]: render from animation START (counted from 0; plays and waits) "
                 "to END inclusive");
  app.add_flag("--manim_kerning", o.manim_kerning,
               "Round text glyph advances as Manim does (MANIM_FACTS §1)");
  app.add_option("--progress_bar", progress, "display (default) or none")
      ->check(CLI::IsMember({"display", "leave", "none"}, CLI::ignore_case));
  app.add_option("-v,--verbosity", verbosity, "DEBUG, INFO (default), WARNING, ERROR, CRITICAL")
      ->check(CLI::IsMember({"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}, CLI::ignore_case));
  app.add_option("--threads", o.threads, "Raster threads (default: one per core)")
      ->check(CLI::Range(0, 256));

  try {
    app.parse(argc, argv);
    if (!quality.empty()) {
      static const std::map<std::string, char> kNames = {{"l", 'l'},
                                                         {"m", 'm'},
                                                         {"h", 'h'},
                                                         {"p", 'p'},
                                                         {"k", 'k'},
                                                         {"low_quality", 'l'},
                                                         {"medium_quality", 'm'},
                                                         {"high_quality", 'h'},
                                                         {"production_quality", 'p'},
                                                         {"fourk_quality", 'k'}};
      auto it = kNames.find(lower(quality));
      if (it == kNames.end())
        throw CLI::ValidationError("--quality",
                                   "unknown quality '" + quality + "'; use l, m, h, p or k");
      o.quality = it->second;
    }
    if (!resolution.empty()) o.resolution = parse_resolution(resolution);
    if (fps) {
      if (!std::isfinite(*fps) || *fps <= 0 || *fps > 1000)
        throw CLI::ValidationError("--fps",
                                   "must be a number in (0, 1000], got " + fmt::format("{}", *fps));
      o.fps = fps;
    }
    if (!format.empty()) {
      static const std::map<std::string, OutputFormat> kFormats = {{"mp4", OutputFormat::Mp4},
                                                                   {"gif", OutputFormat::Gif},
                                                                   {"png", OutputFormat::Png},
                                                                   {"webm", OutputFormat::Webm},
                                                                   {"mov", OutputFormat::Mov}};
      o.format = kFormats.at(lower(format));
    }
    static const std::map<std::string, Verbosity> kLevels = {{"debug", Verbosity::Debug},
                                                             {"info", Verbosity::Info},
                                                             {"warning", Verbosity::Warning},
                                                             {"error", Verbosity::Error},
                                                             {"critical", Verbosity::Critical}};
    o.verbosity = kLevels.at(lower(verbosity));
    o.progress_bar = lower(progress) != "none";
    if (o.output_file.find('/') != std::string::npos)
      throw CLI::ValidationError("--output_file",
                                 "give a file name without folders (use --media_dir for the "
                                 "folder), got '" +
                                     o.output_file + "'");
    if (!o.background_color.empty()) {
      try {
        (void)Color(o.background_color);
      } catch (const std::exception& e) {
        throw CLI::ValidationError("--background_color", e.what());
      }
    }
    if (!animation_range.empty()) {
      // Manim's "-n 3" or "-n 3,7".
      int start = 0, end = -1;
      char comma = 0, extra = 0;
      const int got =
          std::sscanf(animation_range.c_str(), "%d %c %d %c", &start, &comma, &end, &extra);
      if (!((got == 1) || (got == 3 && comma == ',')) || start < 0 || (got == 3 && end < start))
        throw CLI::ValidationError(
            "--from_animation_number",
            "expected START or START,END with 0 <= START <= END, got '" + animation_range + "'");
      o.from_animation = start;
      o.upto_animation = got == 3 ? end : -1;
    }
    if (o.media_dir.empty()) throw CLI::ValidationError("--media_dir", "must not be empty");
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

}  // namespace manim::cli
