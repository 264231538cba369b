// Where output goes, as Manim lays out its media folder:
//   <media>/videos/<module>/<quality>/<Scene>.mp4      movies (gif: <Scene>_ManimCE_v0.18.0.gif)
//   <media>/images/<module>/<Scene>_ManimCE_v0.18.0.png   -s (last frame)
//   <media>/images/<module>/<Scene><NNNN>.png           --format png (frame sequence)
// -o replaces the name (and drops the version suffix, as Manim does).
#pragma once
#include <filesystem>
#include <string>

#include "cli/options.hpp"
#include "manim/scene/config.hpp"

namespace manim::cli {

inline constexpr const char* kManimVersionSuffix = "_ManimCE_v0.18.0";

struct OutputPlan {
  OutputFormat format = OutputFormat::Mp4;
  std::filesystem::path movie;       // movie formats
  std::filesystem::path png_dir;     // Png sequence: folder ...
  std::string png_stem;              // ... and name stem
  std::filesystem::path last_frame;  // -s, or a scene without animations
};

// The module is the scene file's stem. `multi` appends the scene name to an -o name, so that
// several scenes rendered in one run do not overwrite each other.
OutputPlan plan_output(const Options& o, const std::string& module, const std::string& scene,
                       const Config& cfg, bool multi);

// The output format actually written: -t turns mp4 into mov as Manim does.
OutputFormat effective_format(const Options& o);

std::string extension_of(OutputFormat f);

}  // namespace manim::cli
