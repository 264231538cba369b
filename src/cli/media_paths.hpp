// Where output goes, as Manim lays out its media folder (config's folder templates):
//   video_dir  = {media_dir}/videos/{module_name}/{quality}   <Scene>.mp4 (gif:
//   <Scene>_ManimCE_v0.18.0.gif) images_dir = {media_dir}/images/{module_name}
//   <Scene>_ManimCE_v0.18.0.png (-s),
//                                                             <Scene><NNNN>.png (--format png)
// -o replaces the name (and drops the version suffix, as Manim does).
#pragma once
#include <filesystem>
#include <string>

#include "manim/core/config.hpp"
#include "render/pipeline.hpp"

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
OutputPlan plan_output(const Config& cfg, const std::string& module, const std::string& scene,
                       bool multi);

// The output format actually written: config.format, with the movie container that
// config.movie_file_extension names (-t turns mp4 into mov as Manim does).
OutputFormat effective_format(const Config& cfg);

std::string extension_of(OutputFormat f);

}  // namespace manim::cli
