// manimcpp: compile a scene file, load it, render the chosen scenes as Manim CE would lay
// them out under the media folder. Every failure is one "error: ..." line and a non-zero exit,
// with no partial output file left behind.
#include <fmt/format.h>
#include <malloc.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include "cli/options.hpp"
#include "cli/preview.hpp"
#include "cli/progress_bar.hpp"
#include "cli/python_runner.hpp"
#include "cli/scene_compiler.hpp"
#include "cli/scene_guard.hpp"
#include "cli/scene_loader.hpp"
#include "cli/throw_site.hpp"
#include "core/interrupt.hpp"
#include "manim/render/scene_file_writer.hpp"
#include "manim/scene/scene.hpp"

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

// Renders one scene through the SceneFileWriter; false (after printing the error) on failure.
// `library` is the compiled scene file (empty for a .py file), for naming the line of an error.
bool render_scene(const Options& o, const std::string& module, const std::string& name, bool multi,
                  const fs::path& library) {
  const Config& cfg = config();
  std::unique_ptr<Scene> scene;
  try {
    scene = create_scene(name);
  } catch (const std::exception& e) {
    error_line(fmt::format("{}: constructing the scene failed: {}", name, e.what()));
    return false;
  }

  ProgressBar bar(o.progress_bar && g_level <= Verbosity::Info);
  scene->on_progress = [&bar](const std::string& label, std::size_t done, std::size_t total) {
    if (interrupted()) throw Interrupted();
    bar.update(label, done, total);
  };

  SceneFileWriterOptions wo;
  wo.media_dir = o.media_dir;
  wo.module_name = module;
  wo.output_file = o.output_file;
  wo.append_scene_name = multi;
  wo.format = o.format;
  wo.threads = o.threads;
  // A C++ scene's error names the scene file's line it was raised from.
  const bool traced = !library.empty();
  wo.run = [traced](Scene& s, FrameSink* sink) {
    record_throw_sites(traced);
    struct Off {
      ~Off() { record_throw_sites(false); }
    } off;
    s.render(sink);
  };

  RenderResult result;
  try {
    SceneFileWriter writer(name, wo);
    result = writer.render(*scene);
  } catch (const SceneError& e) {
    bar.interrupt();
    try {
      std::rethrow_exception(e.cause());
    } catch (const Interrupted&) {
      error_line(fmt::format("{}: interrupted", name));
    } catch (const std::exception&) {
      // (Anything else, e.g. a thrown int, leaves as itself: the scene guard names its type.)
      const std::string where = traced ? last_throw_location(library, o.file) : std::string();
      error_line(where.empty() ? fmt::format("{}.construct: {}", name, e.what())
                               : fmt::format("{}.construct: {}: {}", name, where, e.what()));
    }
    if (e.kept_frames() > 0)
      error_line(fmt::format("{}: kept the {} frames rendered before the error in {}", name,
                             e.kept_frames(), e.kept_in().string()));
    return false;
  } catch (const OutputError& e) {
    bar.interrupt();
    error_line(e.what());
    return false;
  } catch (const std::exception& e) {
    bar.interrupt();
    error_line(fmt::format("{}: {}", name, e.what()));
    return false;
  }

  const std::size_t frames = result.frames;
  if (g_level <= Verbosity::Info) {
    std::printf("File ready at %s\n", result.description().c_str());
    std::printf("%s\n",
                fmt::format("Rendered {}: {} frames ({:.2f} s of video at {} fps) in {:.2f} s "
                            "({:.1f} frames/s)",
                            name, frames, frames / cfg.frame_rate, cfg.frame_rate, result.seconds,
                            result.seconds > 0 ? frames / result.seconds : 0.0)
                    .c_str());
    std::fflush(stdout);
  }
  if (o.preview) {
    // A PNG sequence opens as its folder.
    const fs::path target = result.path;
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
