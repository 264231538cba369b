// manimcpp: compile a scene file, load it, render the chosen scenes as Manim CE would lay
// them out under the media folder. Every failure is one "error: ..." line and a non-zero exit,
// with no partial output file left behind.
#include <fmt/format.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
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
#include "cli/watch.hpp"
#include "core/interrupt.hpp"
#include "core/scene_log.hpp"
#include "manim/render/scene_file_writer.hpp"
#include "manim/scene/scene.hpp"
#include "render/malloc_tuning.hpp"

namespace fs = std::filesystem;
using namespace manim;
using namespace manim::cli;

namespace {

bool interrupted() { return detail::interrupt_requested(); }

// Where a render writes: the media dir, and the fixed start of any output folder set outside
// it ("/out/{scene_name}" -> "/out"). A failed render child's temporaries are swept there.
std::vector<fs::path> output_roots(const Config& c) {
  std::vector<fs::path> roots{fs::path(c.media_dir)};
  for (const std::string* t : {&c.video_dir, &c.images_dir, &c.partial_movie_dir}) {
    const std::string fixed = t->substr(0, t->find('{'));
    if (fixed.empty()) continue;
    fs::path p(fixed);
    if (t->find('{') != std::string::npos) p = p.parent_path();
    if (!p.empty()) roots.push_back(p);
  }
  return roots;
}

enum class Verbosity { Debug, Info, Warning, Error, Critical };
Verbosity g_level = Verbosity::Info;

Verbosity level_of(const std::string& name) {
  if (name == "DEBUG") return Verbosity::Debug;
  if (name == "WARNING") return Verbosity::Warning;
  if (name == "ERROR") return Verbosity::Error;
  if (name == "CRITICAL") return Verbosity::Critical;
  return Verbosity::Info;
}

const char* level_name(Verbosity level) {
  static const char* names[] = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"};
  return names[static_cast<int>(level)];
}

// Lines while a scene renders also go to its --log_to_file log (core/scene_log.hpp).
void log(Verbosity level, const std::string& msg) {
  if (level >= g_level) std::fprintf(stderr, "%s\n", msg.c_str());
  detail::scene_log(level_name(level), "manimcpp", msg);
}

void error_line(const std::string& msg) {
  std::fprintf(stderr, "error: %s\n", msg.c_str());
  detail::scene_log("ERROR", "manimcpp", msg);
}

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

  ProgressBar bar(g_level <= Verbosity::Info ? cfg.progress_bar : "none");
  scene->on_progress = [&bar](const std::string& label, std::size_t done, std::size_t total) {
    if (interrupted()) throw Interrupted();
    bar.update(label, done, total);
  };

  // Folders, file name, format and threads come from config (flags and .cfg files).
  SceneFileWriterOptions wo;
  wo.module_name = module;
  wo.append_scene_name = multi;
  // A C++ scene's error names the scene file's line it was raised from.
  const bool traced = !library.empty();
  wo.run = [traced](Scene& s, FrameSink* sink) {
    record_throw_sites(traced);
    struct Off {
      ~Off() { record_throw_sites(false); }
    } off;
    s.render(sink);
  };

  if (cfg.dry_run || (!cfg.write_to_movie && !cfg.save_last_frame)) {
    // --dry_run (or write_to_movie off): run the scene, write nothing.
    try {
      wo.run(*scene, nullptr);
    } catch (const std::exception& e) {
      bar.interrupt();
      const std::string where = traced ? last_throw_location(library, o.file) : std::string();
      error_line(where.empty() ? fmt::format("{}.construct: {}", name, e.what())
                               : fmt::format("{}.construct: {}: {}", name, where, e.what()));
      return false;
    }
    log(Verbosity::Info, fmt::format("{}: dry run, no file written", name));
    return true;
  }

  // Manim's --log_to_file: <log_dir>/<module>_<Scene>.log while this scene renders.
  std::optional<detail::SceneLogFile> log_file;
  try {
    log_file.emplace(module, name, cfg.format);
  } catch (const std::exception& e) {
    error_line(e.what());
    return false;
  }

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
  if (cfg.preview || cfg.show_in_file_browser) {
    // A PNG sequence opens as its folder; -f opens the folder of the result.
    const fs::path target =
        cfg.show_in_file_browser && result.kind != RenderResult::Kind::ImageSequence
            ? result.path.parent_path()
            : result.path;
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
  if (o.command == "cfg") return run_cfg_command(o);
  if (o.watch) {
    std::error_code wec;
    if (!fs::is_regular_file(o.file, wec)) {
      error_line(fmt::format("scene file '{}' not found", o.file));
      return 1;
    }
    const fs::path self = fs::read_symlink("/proc/self/exe", wec);
    if (wec) {
      error_line(fmt::format("--watch: cannot find this program's path: {}", wec.message()));
      return 1;
    }
    return run_watch(self.string(), o.file, arguments_without_watch(argc, argv));
  }

  Config& cfg = config();
  try {
    configure(o, cfg, [](const std::string& m) { log(Verbosity::Warning, "warning: " + m); });
  } catch (const std::exception& e) {
    error_line(e.what());
    return 2;
  }
  g_level = level_of(cfg.verbosity);

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
  if (cfg.write_all) {
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
    // Manim's prompt on a terminal; otherwise the list and a non-zero exit.
    chosen = prompt_for_scenes(available);
    if (chosen.empty()) return 1;
  }

  const bool multi = chosen.size() > 1;
  for (const auto& name : chosen) {
    if (!scene_library.empty()) {
      // A C++ scene runs in a child process: a crash or exit() in it cannot take the CLI down
      // without an error line (cli/scene_guard.hpp). The child's config changes stay there.
      const int rc = run_scene_isolated(
          name, scene_library, o.file,
          [&] { return render_scene(o, module, name, multi, scene_library); }, output_roots(cfg));
      if (rc != 0) return rc;
      continue;
    }
    // As Manim's tempconfig({}) around each scene: what one scene changes, the next does not see.
    const Config saved = cfg;
    const bool ok = render_scene(o, module, name, multi, scene_library);
    cfg = saved;
    if (!ok) return interrupted() ? 130 : 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  detail::tune_malloc();  // the one place besides the rasteriser (render/malloc_tuning.hpp)

  install_interrupt_handlers();

  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    error_line(e.what());
    return 1;
  }
}
