// manimcpp: compile a scene file, load it, render the chosen scenes as Manim CE would lay
// them out under the media folder. Every failure is one "error: ..." line and a non-zero exit,
// with no partial output file left behind.
#include <fmt/format.h>
#include <malloc.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include "cli/media_paths.hpp"
#include "cli/options.hpp"
#include "cli/preview.hpp"
#include "cli/progress_bar.hpp"
#include "cli/python_runner.hpp"
#include "cli/scene_compiler.hpp"
#include "cli/scene_guard.hpp"
#include "cli/scene_loader.hpp"
#include "cli/throw_site.hpp"
#include "core/interrupt.hpp"
#include "manim/scene/scene.hpp"
#include "render/pipeline.hpp"
#include "render/raster.hpp"

namespace fs = std::filesystem;
using namespace manim;
using namespace manim::cli;

namespace {

bool interrupted() { return detail::interrupt_requested(); }

Verbosity g_level = Verbosity::Info;

void log(Verbosity level, const std::string& msg) {
  if (level >= g_level) std::fprintf(stderr, "%s\n", msg.c_str());
}

void error_line(const std::string& msg) { std::fprintf(stderr, "error: %s\n", msg.c_str()); }

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& a : v) s += (s.empty() ? "" : ", ") + a;
  return s;
}

// Creates the folder (and parents); a one-line reason when it cannot be written.
bool ensure_writable_dir(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    error_line(fmt::format("cannot create output folder '{}': {}", dir.string(), ec.message()));
    return false;
  }
  if (::access(dir.c_str(), W_OK) != 0) {
    error_line(fmt::format("output folder '{}' is not writable", dir.string()));
    return false;
  }
  return true;
}

// The final state as one PNG (written to a temporary name, then renamed).
void write_last_frame(const Scene& scene, const fs::path& path) {
  const Config& cfg = config();
  FramePtr frame = scene.capture_frame();
  detail::RasterTarget target;
  target.width = cfg.pixel_width;
  target.height = cfg.pixel_height;
  target.frame_width = cfg.frame_width;
  target.transparent = cfg.transparent;
  std::vector<std::uint8_t> bgra(static_cast<std::size_t>(target.width) * target.height * 4);
  detail::rasterize(*frame, target, bgra.data());
  const fs::path tmp = path.parent_path() / fmt::format(".{}.tmp{}.png", path.filename().string(),
                                                        static_cast<long>(::getpid()));
  try {
    detail::write_png(tmp.string(), bgra.data(), target.width, target.height);
    fs::rename(tmp, path);
  } catch (...) {
    std::error_code ec;
    fs::remove(tmp, ec);
    throw;
  }
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Renders one scene; false (after printing the error) on failure.
// `library` is the compiled scene file (empty for a .py file), for naming the line of an error.
bool render_scene(const Options& o, const std::string& module, const std::string& name, bool multi,
                  const fs::path& library) {
  const Config& cfg = config();
  const auto t0 = std::chrono::steady_clock::now();
  std::unique_ptr<Scene> scene;
  try {
    scene = create_scene(name);
  } catch (const std::exception& e) {
    error_line(fmt::format("{}: constructing the scene failed: {}", name, e.what()));
    return false;
  }
  const OutputPlan plan = plan_output(o, module, name, cfg, multi);

  ProgressBar bar(o.progress_bar && g_level <= Verbosity::Info);
  scene->on_progress = [&bar](const std::string& label, std::size_t done, std::size_t total) {
    if (interrupted()) throw Interrupted();
    bar.update(label, done, total);
  };

  // Runs construct(); prints "<Scene>.construct: <what>" on failure.
  // A C++ scene's error names the scene file's line it was raised from.
  bool interrupted = false;
  auto run_construct = [&](FrameSink* sink) {
    const bool traced = !library.empty();
    record_throw_sites(traced);
    try {
      scene->render(sink);
      record_throw_sites(false);
      return true;
    } catch (const Interrupted&) {
      bar.interrupt();
      interrupted = true;
      error_line(fmt::format("{}: interrupted", name));
    } catch (const std::exception& e) {
      bar.interrupt();
      const std::string where = traced ? last_throw_location(library, o.file) : std::string();
      error_line(where.empty() ? fmt::format("{}.construct: {}", name, e.what())
                               : fmt::format("{}.construct: {}: {}", name, where, e.what()));
    }
    record_throw_sites(false);
    return false;
  };
  auto save_still = [&]() {
    if (!ensure_writable_dir(plan.last_frame.parent_path())) return false;
    try {
      write_last_frame(*scene, plan.last_frame);
    } catch (const std::exception& e) {
      error_line(fmt::format("{}: {}", name, e.what()));
      return false;
    }
    return true;
  };

  fs::path result;
  if (o.save_last_frame) {
    if (!ensure_writable_dir(plan.last_frame.parent_path()) || !run_construct(nullptr) ||
        !save_still())
      return false;
    result = plan.last_frame;
  } else {
    const fs::path out_dir =
        plan.format == OutputFormat::Png ? plan.png_dir : plan.movie.parent_path();
    if (!ensure_writable_dir(out_dir)) return false;
    OutputSpec spec;
    spec.format = plan.format;
    spec.path = plan.format == OutputFormat::Png ? plan.png_dir.string() : plan.movie.string();
    spec.png_stem = plan.png_stem;
    spec.width = cfg.pixel_width;
    spec.height = cfg.pixel_height;
    spec.fps = cfg.frame_rate;
    spec.frame_width = cfg.frame_width;
    spec.transparent = cfg.transparent;
    spec.threads = o.threads;
    std::unique_ptr<RenderPipeline> pipeline;
    try {
      pipeline = std::make_unique<RenderPipeline>(spec);
    } catch (const std::exception& e) {
      error_line(fmt::format("{}: cannot open the output: {}", name, e.what()));
      return false;
    }
    if (!run_construct(pipeline.get())) {
      // As Manim's PNG writer: the frames finished before the error stay (each a complete
      // file); a movie is never left half-written.
      if (plan.format == OutputFormat::Png && !interrupted && scene->frames_emitted() > 0) {
        try {
          pipeline->finish();
          error_line(fmt::format("{}: kept the {} frames rendered before the error in {}", name,
                                 scene->frames_emitted(), plan.png_dir.string()));
          return false;
        } catch (const std::exception&) {
        }
      }
      pipeline->abort();
      return false;
    }
    if (scene->frames_emitted() == 0) {
      // As Manim: a scene that never plays or waits is saved as an image, not a movie.
      pipeline->abort();
      if (!save_still()) return false;
      result = plan.last_frame;
    } else {
      try {
        pipeline->finish();
      } catch (const std::exception& e) {
        error_line(fmt::format("{}: {}", name, e.what()));
        return false;
      }
      result = plan.format == OutputFormat::Png
                   ? plan.png_dir / fmt::format("{}0000.png .. {}{:04}.png", plan.png_stem,
                                                plan.png_stem, scene->frames_emitted() - 1)
                   : plan.movie;
    }
  }

  const double secs = seconds_since(t0);
  const std::size_t frames = scene->frames_emitted();
  if (g_level <= Verbosity::Info) {
    std::printf("File ready at %s\n", result.string().c_str());
    std::printf("%s\n",
                fmt::format("Rendered {}: {} frames ({:.2f} s of video at {} fps) in {:.2f} s "
                            "({:.1f} frames/s)",
                            name, frames, frames / cfg.frame_rate, cfg.frame_rate, secs,
                            secs > 0 ? frames / secs : 0.0)
                    .c_str());
    std::fflush(stdout);
  }
  if (o.preview) {
    // A PNG sequence opens as its folder.
    const fs::path target =
        !o.save_last_frame && plan.format == OutputFormat::Png && scene->frames_emitted() > 0
            ? plan.png_dir
            : result;
    const std::string why = open_in_viewer(target);
    if (!why.empty())
      std::fprintf(
          stderr, "%s\n",
          fmt::format("note: -p: cannot open a viewer: {}; the file is {}", why, target.string())
              .c_str());
  }
  return true;
}

int run(int argc, char** argv) {
  int exit_code = 0;
  std::optional<Options> parsed = parse_options(argc, argv, exit_code);
  if (!parsed) return exit_code;
  const Options& o = *parsed;
  g_level = o.verbosity;

  Config& cfg = config();
  cfg.set_quality(o.quality);
  if (o.resolution) {
    cfg.pixel_width = o.resolution->first;
    cfg.pixel_height = o.resolution->second;
  }
  if (o.fps) cfg.frame_rate = *o.fps;
  if (!o.background_color.empty()) cfg.background_color = Color(o.background_color);
  cfg.transparent = o.transparent;
  if (o.transparent) cfg.background_opacity = 0;
  cfg.save_last_frame = o.save_last_frame;
  cfg.from_animation_number = o.from_animation;
  cfg.upto_animation_number = o.upto_animation;
  cfg.manim_text_kerning = o.manim_kerning;

  const fs::path file = o.file;
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    error_line(fmt::format("scene file '{}' not found", o.file));
    return 1;
  }
  const std::string module = file.stem().string();

  // A .py file is a Manim CE Python scene file: run by the embedded interpreter, which lives
  // until every scene has rendered.
  std::unique_ptr<PythonSession> python;
  fs::path scene_library;
  if (file.extension() == ".py") {
    python = load_python_scenes(file);
    if (!python) return 1;
  } else {
    SceneCompiler compiler([](const std::string& m) { log(Verbosity::Debug, m); },
                           [](const std::string& m) { log(Verbosity::Info, m); });
    CompileResult compiled;
    try {
      compiled = compiler.compile(file);
    } catch (const Interrupted&) {
      error_line("interrupted");
      return 130;
    } catch (const CompileError&) {
      if (interrupted()) {
        error_line("interrupted");
        return 130;
      }
      error_line(fmt::format("could not compile scene file {}", o.file));
      return 1;
    } catch (const std::exception& e) {
      error_line(fmt::format("could not compile scene file {}: {}", o.file, e.what()));
      return 1;
    }
    if (interrupted()) return 130;
    try {
      load_scene_library(compiled.library);
      scene_library = compiled.library;
    } catch (const std::exception& e) {
      error_line(fmt::format("could not load the compiled scene file {}: {}", o.file, e.what()));
      return 1;
    }
  }

  const std::vector<std::string> available = registered_scenes();
  if (available.empty()) {
    error_line(fmt::format("no scenes in {}; declare one with MANIM_SCENE(ClassName)", o.file));
    return 1;
  }
  std::vector<std::string> chosen;
  if (o.write_all) {
    chosen = available;
  } else if (!o.scenes.empty()) {
    for (const auto& s : o.scenes) {
      if (std::find(available.begin(), available.end(), s) == available.end()) {
        error_line(fmt::format("no scene named '{}' in {}; available scenes: {}", s, o.file,
                               join(available)));
        return 1;
      }
    }
    chosen = o.scenes;
  } else if (available.size() == 1) {
    chosen = available;
  } else {
    // Manim prompts for a choice here; a command-line tool lists them and stops.
    std::printf("Available scenes: %s\n", join(available).c_str());
    std::printf("Name one or more after the file, or pass -a to render them all.\n");
    return 0;
  }

  const bool multi = chosen.size() > 1;
  for (const auto& name : chosen) {
    if (!scene_library.empty()) {
      // A C++ scene runs in a child process: a crash or exit() in it cannot take the CLI down
      // without an error line (cli/scene_guard.hpp).
      const int rc = run_scene_isolated(name, scene_library, o.file, [&] {
        return render_scene(o, module, name, multi, scene_library);
      });
      if (rc != 0) return rc;
      continue;
    }
    if (!render_scene(o, module, name, multi, scene_library)) return interrupted() ? 130 : 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // glibc returns memory to the OS after every large Cairo fill and then thrashes; keeping it
  // (STACK.md) makes rasterisation ~1.6x faster.
  mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
  mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);

  install_interrupt_handlers();

  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    error_line(e.what());
    return 1;
  }
}
