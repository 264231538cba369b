// The libx264 options of a movie: Manim's (preset medium, crf 23, yuv420p) plus the
// -x264-params text chosen by config.x264_params (docs/caching.md, "Memory at 1080p").
#pragma once

#include <string>

namespace manim::detail {

// The default: Manim's settings with no macroblock-tree rate control and two sliced threads
// (each frame cut in two slices encoded at once). That bounds libx264 to ~110 MB at 1080p
// instead of ~440 MB (3 frame threads, each with its frames, and mbtree's 40 frames of
// lookahead on 2 cores), so a 1080p render stays under 200 MB, at Manim's quality for crf 23
// (PSNR and SSIM as Manim's settings, files ~40 % larger; a short lookahead instead loses
// ~4 dB). Slices, unlike frame threads, add no frames in flight (+2 MB at 1080p, files +2 %)
// and take the encoder, a render's critical path, off one core (docs/caching.md).
inline constexpr const char* kDefaultX264Params = "sliced-threads=1:threads=2:mbtree=0";
// config.x264_params value that selects Manim's exact settings (no extra options).
inline constexpr const char* kManimX264Params = "manim";

// The -x264-params text for config.x264_params: "" -> kDefaultX264Params, "manim" -> ""
// (Manim's settings exactly), anything else as given (over Manim's settings, not the default).
inline std::string x264_params_for(const std::string& configured) {
  if (configured.empty()) return kDefaultX264Params;
  if (configured == kManimX264Params) return "";
  return configured;
}

}  // namespace manim::detail
