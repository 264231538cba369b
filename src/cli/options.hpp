// Command-line flags of `manimcpp`, named as Manim CE's `manim render` flags.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "render/pipeline.hpp"

namespace manim::cli {

enum class Verbosity { Debug, Info, Warning, Error, Critical };

struct Options {
  std::string file;
  std::vector<std::string> scenes;
  char quality = 'h';  // Manim's default is high quality (1080p60)
  std::optional<std::pair<int, int>> resolution;
  std::optional<double> fps;
  bool save_last_frame = false;
  bool preview = false;  // -p: open the result in a viewer
  std::string output_file;
  std::optional<OutputFormat> format;
  bool transparent = false;
  std::string background_color;  // empty: Manim's black
  std::string media_dir = "media";
  bool write_all = false;
  bool manim_kerning = false;
  int from_animation = 0;   // -n START[,END]
  int upto_animation = -1;  // -1: to the end
  bool progress_bar = true;
  Verbosity verbosity = Verbosity::Info;
  int threads = 0;
};

// Parses argv. Returns std::nullopt and sets `exit_code` when the program should stop (help,
// bad flags; CLI11 has printed the message).
std::optional<Options> parse_options(int argc, char** argv, int& exit_code);

}  // namespace manim::cli
