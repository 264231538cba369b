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
  // Set by run_scene_until_error: the message of the exception that ended construct() early
  // (empty when the scene finished).
  std::string error;
};
SceneRun run_scene(Scene& scene, int width = 854, int height = 480, double fps = 15);
// As run_scene, but an exception thrown by the scene is caught: the frames emitted before it
// are kept and its what() goes to SceneRun::error (for the user scenes that crash in Manim).
SceneRun run_scene_until_error(Scene& scene, int width = 854, int height = 480, double fps = 15);

// Reference frames kept in the repo: tests/reference/<scene>/frames/<scene>_fNNNN.png and
// tests/reference/<scene>/meta.json (copied from Manim CE's -ql renders).
std::string reference_dir();
// Frame indices present for a scene in tests/reference (sorted).
std::vector<int> reference_frames(const std::string& scene);
std::string reference_frame_path(const std::string& scene, int index);
// Frame count recorded in tests/reference/<scene>/meta.json ("frame_count").
int reference_frame_count(const std::string& scene);

// Writes an RGB image as a PNG (for inspecting failures); throws std::runtime_error naming the
// path.
void save_png(const Image& image, const std::string& path);
// Where failing tests write our frames: $MANIM_TEST_OUTPUT_DIR, else the build's test_output/.
std::string test_output_dir();

// Centre of the bounding box of a display-list item's points (scene units).
Vec3 item_center(const PathItem& item);

struct FrameSsim {
  int index = 0;
  double ssim = 0;
};
// Rasterises `run`'s frame at every reference index of `scene` below `max_index` (all when
// max_index < 0) and compares it with the reference PNG. Each frame below `min_ssim` adds a
// GoogleTest failure stating its SSIM, and our frame is written to
// test_output_dir()/<scene>_fNNNN_ours.png. Returns the SSIM of every compared frame.
std::vector<FrameSsim> expect_frames_match_reference(const std::string& scene, const SceneRun& run,
                                                     double min_ssim, int max_index = -1,
                                                     int width = 854, int height = 480);

// A user scene against Manim's reference (tests/reference/<tag>): runs it with Manim's glyph
// advance rounding (config().manim_text_kerning, left on), expects the reference's exact frame
// count, then compares every kept frame at `min_ssim`. Returns the SSIMs (none when the frame
// count is wrong).
std::vector<FrameSsim> expect_scene_matches_reference(Scene& scene, const std::string& tag,
                                                      double min_ssim = 0.98);

// Compares a rendered PNG sequence (frame k = frame_paths[k]) with every reference frame of
// `scene`, as expect_frames_match_reference does for in-memory frames.
std::vector<FrameSsim> expect_png_sequence_matches_reference(
    const std::string& scene, const std::vector<std::string>& frame_paths, double min_ssim);
// The PNG files of a folder, sorted by name (a `--format png` render's frames in order).
std::vector<std::string> png_files(const std::string& dir);

// A shell command's exit code and its stdout + stderr.
struct CommandResult {
  int code = -1;
  std::string out;
};
std::string shell_quote(const std::string& s);
CommandResult run_command(const std::string& command, const std::string& cwd = "");
// Environment assignments to put before a /usr/bin/python3 command that imports this build's
// extension module: under `make sanitize` the module is ASan-instrumented and the interpreter
// is not, so the ASan runtime must be preloaded (leak checks stay with the instrumented test
// binaries; the interpreter's own allocations are not ours). Empty in a normal build.
std::string python_sanitizer_env();
// Gives the test process its own MathJax/TeX cache (MANIMCPP_CACHE_DIR under the temp folder,
// named by tag and pid) so "warm" and "cold" are under the test's control; the worker is shut
// down and the folder removed at the end. Call once at namespace scope:
//   const bool kTexCache = manim::testing::use_private_tex_cache("tex_test");
bool use_private_tex_cache(const std::string& tag);
// Runs tests/python/<file> (Python's unittest) with Debian's python3 against this build's
// `manim` package and extension module; fails the current test with unittest's report unless
// it exits 0 and prints OK (returns early when /usr/bin/python3 is absent).
void expect_python_unittest_passes(const std::string& file);

}  // namespace manim::testing
