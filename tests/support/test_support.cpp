// Test helpers: in-process scene runs, PNG I/O through cairo, ffmpeg-compatible SSIM and the
// reference frames kept under tests/reference.
#include "support/test_support.hpp"

#include <cairo.h>
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <regex>
#include <sstream>
#include <stdexcept>

#include "mobject/tex/tex_renderer.hpp"
#include "render/raster.hpp"

namespace manim::testing {

namespace fs = std::filesystem;

Image load_png(const std::string& path) {
  cairo_surface_t* s = cairo_image_surface_create_from_png(path.c_str());
  if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
    std::string why = cairo_status_to_string(cairo_surface_status(s));
    cairo_surface_destroy(s);
    throw std::runtime_error("load_png: cannot read '" + path + "': " + why);
  }
  cairo_surface_flush(s);
  const cairo_format_t fmt = cairo_image_surface_get_format(s);
  if (fmt != CAIRO_FORMAT_ARGB32 && fmt != CAIRO_FORMAT_RGB24) {
    cairo_surface_destroy(s);
    throw std::runtime_error("load_png: '" + path + "' is not an RGB(A) PNG");
  }
  Image img;
  img.width = cairo_image_surface_get_width(s);
  img.height = cairo_image_surface_get_height(s);
  const int stride = cairo_image_surface_get_stride(s);
  const unsigned char* data = cairo_image_surface_get_data(s);
  img.rgb.resize(static_cast<std::size_t>(img.width) * img.height * 3);
  for (int y = 0; y < img.height; ++y) {
    const auto* row = reinterpret_cast<const std::uint32_t*>(data + y * stride);
    for (int x = 0; x < img.width; ++x) {
      const std::uint32_t px = row[x];
      unsigned a = fmt == CAIRO_FORMAT_ARGB32 ? (px >> 24) & 0xFF : 255;
      unsigned c[3] = {(px >> 16) & 0xFF, (px >> 8) & 0xFF, px & 0xFF};
      auto* out = &img.rgb[(static_cast<std::size_t>(y) * img.width + x) * 3];
      for (int k = 0; k < 3; ++k) {
        // Cairo stores premultiplied alpha; undo it so a translucent PNG reads as written.
        out[k] = static_cast<std::uint8_t>(a == 255 || a == 0 ? c[k] : (c[k] * 255 + a / 2) / a);
      }
    }
  }
  cairo_surface_destroy(s);
  return img;
}

void save_png(const Image& image, const std::string& path) {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, image.width, image.height);
  const int stride = cairo_image_surface_get_stride(s);
  unsigned char* data = cairo_image_surface_get_data(s);
  for (int y = 0; y < image.height; ++y) {
    auto* row = reinterpret_cast<std::uint32_t*>(data + y * stride);
    for (int x = 0; x < image.width; ++x) {
      const auto* p = &image.rgb[(static_cast<std::size_t>(y) * image.width + x) * 3];
      row[x] = 0xFF000000u | (std::uint32_t(p[0]) << 16) | (std::uint32_t(p[1]) << 8) | p[2];
    }
  }
  cairo_surface_mark_dirty(s);
  const cairo_status_t st = cairo_surface_write_to_png(s, path.c_str());
  cairo_surface_destroy(s);
  if (st != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error("save_png: cannot write '" + path +
                             "': " + cairo_status_to_string(st));
}

Image rasterize(const Frame& frame, int width, int height) {
  if (width <= 0 || height <= 0)
    throw std::invalid_argument("rasterize: width and height must be > 0, got " +
                                std::to_string(width) + "x" + std::to_string(height));
  detail::RasterTarget target;
  target.width = width;
  target.height = height;
  std::vector<std::uint8_t> bgra(static_cast<std::size_t>(width) * height * 4);
  detail::rasterize(frame, target, bgra.data());
  Image img;
  img.width = width;
  img.height = height;
  img.rgb.resize(static_cast<std::size_t>(width) * height * 3);
  for (std::size_t i = 0, n = static_cast<std::size_t>(width) * height; i < n; ++i) {
    const std::uint8_t* p = &bgra[i * 4];
    const unsigned a = p[3];
    for (int k = 0; k < 3; ++k) {
      const unsigned c = p[2 - k];
      img.rgb[i * 3 + k] =
          static_cast<std::uint8_t>(a == 255 || a == 0 ? c : (c * 255 + a / 2) / a);
    }
  }
  return img;
}

namespace {

// ffmpeg's vf_ssim (from x264): per plane, sums over 4x4 blocks, each SSIM window is 2x2 blocks
// (8x8 pixels) stepped by 4 pixels; a trailing partial block is ignored.
double ssim_plane(const Image& a, const Image& b, int channel) {
  const int w4 = a.width / 4, h4 = a.height / 4;
  if (w4 < 2 || h4 < 2) throw std::invalid_argument("ssim: images must be at least 8x8 pixels");
  struct Sums {
    std::int64_t s1 = 0, s2 = 0, ss = 0, s12 = 0;
  };
  std::vector<Sums> blocks(static_cast<std::size_t>(w4) * h4);
  for (int by = 0; by < h4; ++by)
    for (int bx = 0; bx < w4; ++bx) {
      Sums& s = blocks[static_cast<std::size_t>(by) * w4 + bx];
      for (int y = by * 4; y < by * 4 + 4; ++y)
        for (int x = bx * 4; x < bx * 4 + 4; ++x) {
          const std::size_t i = (static_cast<std::size_t>(y) * a.width + x) * 3 + channel;
          const std::int64_t p = a.rgb[i], q = b.rgb[i];
          s.s1 += p;
          s.s2 += q;
          s.ss += p * p + q * q;
          s.s12 += p * q;
        }
    }
  // ffmpeg's integer constants for 8-bit input (64 pixels per window, 63 for the variance).
  const double c1 = static_cast<int>(.01 * .01 * 255 * 255 * 64 + .5);
  const double c2 = static_cast<int>(.03 * .03 * 255 * 255 * 64 * 63 + .5);
  double total = 0;
  for (int by = 0; by + 1 < h4; ++by)
    for (int bx = 0; bx + 1 < w4; ++bx) {
      Sums s;
      for (int dy = 0; dy < 2; ++dy)
        for (int dx = 0; dx < 2; ++dx) {
          const Sums& t = blocks[static_cast<std::size_t>(by + dy) * w4 + bx + dx];
          s.s1 += t.s1;
          s.s2 += t.s2;
          s.ss += t.ss;
          s.s12 += t.s12;
        }
      const double s1 = double(s.s1), s2 = double(s.s2);
      const double vars = double(s.ss) * 64 - s1 * s1 - s2 * s2;
      const double covar = double(s.s12) * 64 - s1 * s2;
      total += (2 * s1 * s2 + c1) * (2 * covar + c2) / ((s1 * s1 + s2 * s2 + c1) * (vars + c2));
    }
  return total / (double(w4 - 1) * (h4 - 1));
}

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read '" + path + "'");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class KeepFrames : public FrameSink {
 public:
  explicit KeepFrames(std::vector<FramePtr>& out) : out_(out) {}
  void submit(FramePtr frame) override { out_.push_back(std::move(frame)); }

 private:
  std::vector<FramePtr>& out_;
};

}  // namespace

double ssim(const Image& a, const Image& b) {
  if (a.width != b.width || a.height != b.height)
    throw std::invalid_argument("ssim: image sizes differ: " + std::to_string(a.width) + "x" +
                                std::to_string(a.height) + " vs " + std::to_string(b.width) + "x" +
                                std::to_string(b.height));
  // All planes have the same size, so ffmpeg's "All" is their plain mean.
  return (ssim_plane(a, b, 0) + ssim_plane(a, b, 1) + ssim_plane(a, b, 2)) / 3;
}

SceneRun run_scene(Scene& scene, int width, int height, double fps) {
  Config& c = config();
  const Config saved = c;
  c.pixel_width = width;
  c.pixel_height = height;
  c.frame_rate = fps;
  SceneRun run;
  KeepFrames sink(run.frames);
  try {
    scene.render(&sink);
  } catch (...) {
    c = saved;
    throw;
  }
  c = saved;
  return run;
}

SceneRun run_scene_until_error(Scene& scene, int width, int height, double fps) {
  Config& c = config();
  const Config saved = c;
  c.pixel_width = width;
  c.pixel_height = height;
  c.frame_rate = fps;
  SceneRun run;
  KeepFrames sink(run.frames);
  try {
    scene.render(&sink);
  } catch (const std::exception& e) {
    run.error = e.what();
  }
  c = saved;
  return run;
}

std::string reference_dir() { return MANIM_TEST_REFERENCE_DIR; }

std::vector<int> reference_frames(const std::string& scene) {
  const fs::path dir = fs::path(reference_dir()) / scene / "frames";
  if (!fs::is_directory(dir))
    throw std::runtime_error("reference_frames: no folder '" + dir.string() + "'");
  const std::regex name(scene + "_f([0-9]{4})\\.png");
  std::vector<int> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::smatch m;
    const std::string file = e.path().filename().string();
    if (std::regex_match(file, m, name)) out.push_back(std::stoi(m[1].str()));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string reference_frame_path(const std::string& scene, int index) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "_f%04d.png", index);
  return (fs::path(reference_dir()) / scene / "frames" / (scene + buf)).string();
}

int reference_frame_count(const std::string& scene) {
  const std::string path = (fs::path(reference_dir()) / scene / "meta.json").string();
  const std::string text = read_text(path);
  // The first "frame_count" is the -ql one (the -qh block comes later in the file).
  std::smatch m;
  if (!std::regex_search(text, m, std::regex("\"frame_count\"\\s*:\\s*([0-9]+)")))
    throw std::runtime_error("reference_frame_count: no frame_count in '" + path + "'");
  return std::stoi(m[1].str());
}

std::string test_output_dir() {
  if (const char* env = std::getenv("MANIM_TEST_OUTPUT_DIR"); env && *env) return env;
  return MANIM_TEST_OUTPUT_DIR;
}

Vec3 item_center(const PathItem& item) {
  if (item.xy.size() < 2) throw std::invalid_argument("item_center: the item has no points");
  double x0 = std::numeric_limits<double>::infinity(), y0 = x0, x1 = -x0, y1 = -x0;
  for (std::size_t i = 0; i + 1 < item.xy.size(); i += 2) {
    x0 = std::min(x0, item.xy[i]);
    x1 = std::max(x1, item.xy[i]);
    y0 = std::min(y0, item.xy[i + 1]);
    y1 = std::max(y1, item.xy[i + 1]);
  }
  return {(x0 + x1) / 2, (y0 + y1) / 2, 0};
}

std::vector<FrameSsim> expect_frames_match_reference(const std::string& scene, const SceneRun& run,
                                                     double min_ssim, int max_index, int width,
                                                     int height) {
  std::vector<FrameSsim> out;
  const std::vector<int> indices = reference_frames(scene);
  EXPECT_FALSE(indices.empty()) << scene << ": no reference frames";
  for (int index : indices) {
    if (max_index >= 0 && index >= max_index) continue;
    if (index >= static_cast<int>(run.frames.size())) {
      ADD_FAILURE() << scene << ": reference frame " << index << " but the scene emitted only "
                    << run.frames.size() << " frames";
      continue;
    }
    const Image ours = rasterize(*run.frames[static_cast<std::size_t>(index)], width, height);
    const Image ref = load_png(reference_frame_path(scene, index));
    const double s = ssim(ours, ref);
    out.push_back({index, s});
    if (s < min_ssim) {
      std::error_code ec;
      fs::create_directories(test_output_dir(), ec);
      char buf[32];
      std::snprintf(buf, sizeof buf, "_f%04d_ours.png", index);
      const std::string path = (fs::path(test_output_dir()) / (scene + buf)).string();
      save_png(ours, path);
      ADD_FAILURE() << scene << " frame " << index << ": SSIM " << s << " < " << min_ssim
                    << " (ours: " << path << ", reference: " << reference_frame_path(scene, index)
                    << ")";
    }
  }
  if (!out.empty()) {
    const auto worst = std::min_element(
        out.begin(), out.end(), [](const auto& a, const auto& b) { return a.ssim < b.ssim; });
    std::printf("%s: %zu frames compared, min SSIM %.5f (frame %d)\n", scene.c_str(), out.size(),
                worst->ssim, worst->index);
  }
  const bool any_low =
      std::any_of(out.begin(), out.end(), [&](const FrameSsim& f) { return f.ssim < min_ssim; });
  if (any_low) {
    std::ostringstream table;
    for (const FrameSsim& f : out) table << "  frame " << f.index << ": SSIM " << f.ssim << "\n";
    ADD_FAILURE() << scene << ": SSIM per frame (threshold " << min_ssim << ")\n" << table.str();
  }
  return out;
}

std::vector<FrameSsim> expect_scene_matches_reference(Scene& scene, const std::string& tag,
                                                      double min_ssim) {
  config().manim_text_kerning = true;
  const SceneRun run = run_scene(scene);
  const int expected = reference_frame_count(tag);
  if (static_cast<int>(run.frames.size()) != expected) {
    ADD_FAILURE() << tag << ": " << run.frames.size() << " frames, Manim's reference has "
                  << expected;
    return {};
  }
  return expect_frames_match_reference(tag, run, min_ssim);
}

std::vector<FrameSsim> expect_png_sequence_matches_reference(
    const std::string& scene, const std::vector<std::string>& frame_paths, double min_ssim) {
  std::vector<FrameSsim> out;
  for (int index : reference_frames(scene)) {
    if (index >= static_cast<int>(frame_paths.size())) {
      ADD_FAILURE() << scene << ": reference frame " << index << " but only " << frame_paths.size()
                    << " frames were rendered";
      continue;
    }
    const std::string& path = frame_paths[static_cast<std::size_t>(index)];
    const double s = ssim(load_png(path), load_png(reference_frame_path(scene, index)));
    out.push_back({index, s});
    EXPECT_GE(s, min_ssim) << scene << " frame " << index << " (" << path << ")";
  }
  return out;
}

std::vector<std::string> png_files(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".png") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

CommandResult run_command(const std::string& command, const std::string& cwd) {
  CommandResult r;
  const std::string cmd =
      (cwd.empty() ? std::string() : "cd " + shell_quote(cwd) + " && ") + command + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  std::size_t n = 0;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

namespace {
class PrivateTexCache : public ::testing::Environment {
 public:
  explicit PrivateTexCache(const std::string& tag)
      : dir_(std::filesystem::temp_directory_path() /
             ("manimcpp_" + tag + "_" + std::to_string(::getpid()))) {}
  void SetUp() override { setenv("MANIMCPP_CACHE_DIR", dir_.c_str(), 1); }
  void TearDown() override {
    detail::tex::shutdown_worker();
    std::filesystem::remove_all(dir_);
  }

 private:
  std::filesystem::path dir_;
};
}  // namespace

bool use_private_tex_cache(const std::string& tag) {
  ::testing::AddGlobalTestEnvironment(new PrivateTexCache(tag));
  return true;
}

std::string python_sanitizer_env() {
#if defined(__SANITIZE_ADDRESS__)
  // libstdc++ too: ASan resolves its __cxa_throw interceptor at start-up, before python3
  // would load libstdc++, and aborts on the first C++ exception otherwise.
  return "LD_PRELOAD=\"$(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libstdc++.so)\" "
         "ASAN_OPTIONS=detect_leaks=0 ";
#else
  return "";
#endif
}

void expect_python_unittest_passes(const std::string& file) {
  namespace fs = std::filesystem;
  if (!fs::exists("/usr/bin/python3")) {
    GTEST_SKIP() << "no /usr/bin/python3";
    return;
  }
  const fs::path source(MANIM_SOURCE_DIR);
  // The extension module is built next to the CLI binary.
  const fs::path build = fs::path(MANIM_CLI_PATH).parent_path();
  const std::string cmd =
      python_sanitizer_env() +
      "PYTHONPATH=" + shell_quote((source / "python").string() + ":" + build.string()) +
      " /usr/bin/python3 " + shell_quote((source / "tests" / "python" / file).string()) + " 2>&1";
  const CommandResult r = run_command(cmd, source.string());
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("\nOK"), std::string::npos) << r.out;
}

}  // namespace manim::testing
