// Shared by the tests: rendering a scene's frames in-process, loading reference PNGs, SSIM.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "manim/scene/scene.hpp"

namespace manim::testing {

struct Image {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgb;  // 8-bit RGB, row-major
};

// Loads a PNG (any cairo-readable kind) as RGB; throws std::runtime_error naming the path.
Image load_png(const std::string& path);
// Renders a Frame at the given size (Manim's ql is 854x480) into RGB.
Image rasterize(const Frame& frame, int width, int height);
// Mean SSIM over the luma... no: over the three RGB channels, 8x8 windows (Gaussian-free, as
// ffmpeg's ssim filter: 8x8 blocks stepped by 4), constants (0.01*255)^2 and (0.03*255)^2.
double ssim(const Image& a, const Image& b);

// Runs a scene at `fps` and keeps every frame's display list (in memory, not rasterised).
struct SceneRun {
  std::vector<FramePtr> frames;
};
SceneRun run_scene(Scene& scene, int width = 854, int height = 480, double fps = 15);

// Reference frames kept in the repo: tests/reference/<scene>/<scene>_fNNNN.png.
std::string reference_dir();
// Frame indices present for a scene in tests/reference (sorted).
std::vector<int> reference_frames(const std::string& scene);
std::string reference_frame_path(const std::string& scene, int index);
// Frame count recorded in tests/reference/<scene>/meta.json ("frame_count").
int reference_frame_count(const std::string& scene);

}  // namespace manim::testing
