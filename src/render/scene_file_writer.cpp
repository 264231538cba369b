// SceneFileWriter: Manim's media tree and file names, and the render of one scene into them.
#include "manim/render/scene_file_writer.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <memory>
#include <system_error>
#include <vector>

#include "core/safe_files.hpp"
#include "core/scene_log.hpp"
#include "manim/scene/scene.hpp"
#include "render/audio_mix.hpp"
#include "render/partial_movies.hpp"
#include "render/pipeline.hpp"
#include "render/raster.hpp"
#include "render/sections.hpp"

namespace manim {

namespace fs = std::filesystem;

std::optional<OutputFormat> output_format_from_name(const std::string& name) {
  for (OutputFormat f : {OutputFormat::Mp4, OutputFormat::Gif, OutputFormat::Png,
                         OutputFormat::Webm, OutputFormat::Mov})
    if (name == output_format_name(f)) return f;
  return std::nullopt;
}

const char* output_format_name(OutputFormat format) {
  switch (format) {
    case OutputFormat::Mp4:
      return "mp4";
    case OutputFormat::Gif:
      return "gif";
    case OutputFormat::Png:
      return "png";
    case OutputFormat::Webm:
      return "webm";
    case OutputFormat::Mov:
      return "mov";
  }
  return "mp4";
}

std::string RenderResult::description() const {
  if (kind != Kind::ImageSequence) return path.string();
  if (frames == 0) return path.string();
  return (path / fmt::format("{}0000.png .. {}{:04}.png", png_stem, png_stem, frames - 1)).string();
}

namespace {

// Manim's add_extension_if_not_present: "out" -> "out.mp4", "out.mp4" stays.
std::string with_extension(const std::string& name, const std::string& ext) {
  if (fs::path(name).extension() == ext) return name;
  return name + ext;
}

std::string strip_extension(const std::string& name, const std::string& ext) {
  if (fs::path(name).extension() == ext) return name.substr(0, name.size() - ext.size());
  return name;
}

// Creates the folder (and parents); OutputError with the reason when it cannot be written.
void ensure_writable_dir(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec)
    throw OutputError(
        fmt::format("cannot create output folder '{}': {}", dir.string(), ec.message()));
  if (::access(dir.c_str(), W_OK) != 0)
    throw OutputError(fmt::format("output folder '{}' is not writable", dir.string()));
}

// The final state as one PNG, written to a temporary name, then renamed.
void write_last_frame(const Scene& scene, const fs::path& path) {
  const Camera& cam = scene.camera();
  FramePtr frame = scene.capture_frame();
  detail::RasterTarget target;
  target.width = cam.pixel_width;
  target.height = cam.pixel_height;
  target.transparent = config().transparent;
  if (target.width <= 0 || target.height <= 0)
    throw OutputError(
        fmt::format("the camera's pixel size must be > 0, got {}x{}", target.width, target.height));
  std::vector<std::uint8_t> bgra(static_cast<std::size_t>(target.width) * target.height * 4);
  detail::rasterize(*frame, target, bgra.data());
  const fs::path tmp = path.parent_path() / fmt::format(".{}.tmp{}.png", path.filename().string(),
                                                        static_cast<long>(::getpid()));
  try {
    detail::write_png(tmp.string(), bgra.data(), target.width, target.height);
  } catch (const std::exception& e) {
    std::error_code ec;
    fs::remove(tmp, ec);
    throw OutputError(e.what());
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw OutputError(fmt::format("cannot move the image into place at '{}'", path.string()));
  }
}

}  // namespace

namespace {
// config.format, with the container config.movie_file_extension names (-t: .mov or .webm).
OutputFormat format_from_config(const Config& cfg) {
  if (cfg.format == "png") return OutputFormat::Png;
  if (cfg.format == "gif") return OutputFormat::Gif;
  if (cfg.format == "mov" || cfg.movie_file_extension == ".mov") return OutputFormat::Mov;
  if (cfg.format == "webm" || cfg.movie_file_extension == ".webm") return OutputFormat::Webm;
  return OutputFormat::Mp4;
}
}  // namespace

MediaPaths plan_media_paths(const std::string& scene_name, const SceneFileWriterOptions& o) {
  const Config& cfg = config();
  MediaPaths plan;
  plan.format = o.format ? *o.format : format_from_config(cfg);
  // MP4 (yuv420p) has no alpha: Manim writes a transparent mp4 as .mov.
  if (cfg.transparent && plan.format == OutputFormat::Mp4) plan.format = OutputFormat::Mov;
  // Folders: config's templates (video_dir, images_dir with {media_dir}, {module_name},
  // {quality}), unless the caller names a media folder of its own.
  fs::path video_dir, image_dir;
  if (o.media_dir.empty()) {
    const std::map<std::string, std::string> names = {{"module_name", o.module_name},
                                                      {"scene_name", scene_name}};
    video_dir = fs::path(cfg.get_dir("video_dir", names)).lexically_normal();
    image_dir = fs::path(cfg.get_dir("images_dir", names)).lexically_normal();
    plan.partial_movies = fs::path(cfg.get_dir("partial_movie_dir", names)).lexically_normal();
    plan.sections = fs::path(cfg.get_dir("sections_dir", names)).lexically_normal();
  } else {
    video_dir = (o.media_dir / "videos" / o.module_name / cfg.quality_dir()).lexically_normal();
    image_dir = (o.media_dir / "images" / o.module_name).lexically_normal();
    plan.partial_movies = video_dir / "partial_movie_files" / scene_name;
    plan.sections = video_dir / "sections";
  }
  const std::string output_file = o.output_file.empty() ? cfg.output_file : o.output_file;
  const bool named = !output_file.empty();

  std::string base = scene_name;
  if (named) {
    base = output_file;
    if (o.append_scene_name) {
      const std::string ext = fs::path(base).extension().string();
      base = base.substr(0, base.size() - ext.size()) + "_" + scene_name + ext;
    }
  }

  const std::string ext = std::string(".") + output_format_name(plan.format);
  plan.section_stem = base;  // Manim's output_name, taken as given
  if (plan.format == OutputFormat::Png) {
    plan.png_dir = image_dir;
    plan.png_stem = strip_extension(base, ".png");
  } else {
    std::string name = with_extension(base, ext);
    if (plan.format == OutputFormat::Gif && !named) name = scene_name + kManimVersionSuffix + ext;
    plan.movie = video_dir / name;
  }
  // The still of a scene without animations takes the output name without its movie extension.
  std::string still_base = base;
  for (const char* e : {".mp4", ".gif", ".webm", ".mov"})
    still_base = strip_extension(still_base, e);
  std::string still = with_extension(still_base, ".png");
  if (!named) still = scene_name + kManimVersionSuffix + ".png";
  plan.last_frame = image_dir / still;
  return plan;
}

SceneFileWriter::SceneFileWriter(std::string scene_name, SceneFileWriterOptions options)
    : scene_name_(std::move(scene_name)), options_(std::move(options)) {
  if (scene_name_.empty())
    throw std::invalid_argument("SceneFileWriter: the scene name is empty; name the scene");
  paths_ = plan_media_paths(scene_name_, options_);
}

RenderResult SceneFileWriter::render(Scene& scene) {
  const auto t0 = std::chrono::steady_clock::now();
  const Config& cfg = config();
  const std::string& name = scene_name_;
  auto run = [&](FrameSink* sink) {
    if (options_.run)
      options_.run(scene, sink);
    else
      scene.render(sink);
  };
  auto scene_error = [&](std::exception_ptr cause, std::size_t kept, const fs::path& where) {
    std::string what = "scene failed";
    try {
      std::rethrow_exception(cause);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    return SceneError(cause, what, kept, where);
  };
  auto finish = [&](RenderResult r) {
    r.frames = scene.frames_emitted();
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    // Manim's records of a finished render (--log_to_file; its arguments show as <>).
    if (r.kind != RenderResult::Kind::ImageSequence)
      detail::scene_log("INFO", "scene_file_writer", "\nFile ready at <>\n");
    if (scene.segments_emitted() > 0 || cfg.save_last_frame ||
        r.kind == RenderResult::Kind::ImageSequence)
      detail::scene_log(
          "INFO", "scene",
          fmt::format("Rendered {}\nPlayed {} animations", name, scene.segments_emitted()));
    return r;
  };

  RenderResult result;
  if (cfg.save_last_frame) {
    ensure_writable_dir(paths_.last_frame.parent_path());
    try {
      run(nullptr);
    } catch (...) {
      throw scene_error(std::current_exception(), 0, {});
    }
    write_last_frame(scene, paths_.last_frame);
    result.kind = RenderResult::Kind::Image;
    result.path = paths_.last_frame;
    return finish(result);
  }

  const bool png = paths_.format == OutputFormat::Png;
  // Movies go through the partial-movie cache (as Manim: one segment per play, cached or
  // not); GIF and PNG sequences are written frame by frame.
  const bool segmented = paths_.format == OutputFormat::Mp4 || paths_.format == OutputFormat::Mov ||
                         paths_.format == OutputFormat::Webm;
  ensure_writable_dir(png ? paths_.png_dir : paths_.movie.parent_path());
  // As Manim's init_output_directories: the images folder exists after any render.
  if (!png) ensure_writable_dir(paths_.last_frame.parent_path());
  const bool sections = segmented && cfg.save_sections;
  if (sections) ensure_writable_dir(paths_.sections);
  if (segmented) {
    ensure_writable_dir(paths_.partial_movies);
    if (cfg.flush_cache) detail::flush_partial_movies(paths_.partial_movies);
  }
  OutputSpec spec;
  spec.format = paths_.format;
  spec.path = png ? paths_.png_dir.string() : paths_.movie.string();
  spec.png_stem = paths_.png_stem;
  spec.width = scene.camera().pixel_width;
  spec.height = scene.camera().pixel_height;
  spec.fps = cfg.frame_rate;
  spec.transparent = cfg.transparent;
  spec.threads = options_.threads ? options_.threads : cfg.threads;
  spec.zero_pad = cfg.zero_pad;
  spec.x264_params = cfg.x264_params;
  std::unique_ptr<RenderPipeline> pipeline;
  std::unique_ptr<detail::PartialMovieWriter> partial;
  try {
    if (segmented)
      partial = std::make_unique<detail::PartialMovieWriter>(
          spec, paths_.partial_movies, !cfg.disable_caching, cfg.max_files_cached);
    else
      pipeline = std::make_unique<RenderPipeline>(spec);
  } catch (const std::exception& e) {
    throw OutputError(fmt::format("{}: cannot open the output: {}", name, e.what()));
  }

  try {
    run(partial ? static_cast<FrameSink*>(partial.get()) : pipeline.get());
  } catch (...) {
    if (partial) {
      partial->abort();
      throw scene_error(std::current_exception(), 0, {});
    }
    std::exception_ptr cause = std::current_exception();
    // As Manim's PNG writer: the frames finished before the error stay (each a complete file);
    // a movie is never left half-written.
    if (png && scene.frames_emitted() > 0) {
      try {
        pipeline->finish();
        throw scene_error(cause, scene.frames_emitted(), paths_.png_dir);
      } catch (const SceneError&) {
        throw;
      } catch (...) {
      }
    }
    pipeline->abort();
    throw scene_error(cause, 0, {});
  }

  if (scene.frames_emitted() == 0) {
    // As Manim: a scene that never plays or waits is saved as an image, not a movie.
    if (partial) partial->abort();
    if (pipeline) pipeline->abort();
    ensure_writable_dir(paths_.last_frame.parent_path());
    write_last_frame(scene, paths_.last_frame);
    result.kind = RenderResult::Kind::Image;
    result.path = paths_.last_frame;
    return finish(result);
  }
  // Manim's section videos: every kept section with frames, named by its place in the list.
  std::vector<detail::PartialMovieWriter::Cut> cuts;
  std::vector<detail::SectionIndexEntry> index;
  if (sections) {
    std::vector<Section> list = scene.sections();
    if (!list.empty() && list.back().empty()) list.pop_back();  // Manim's finish_last_section
    const std::string ext = std::string(".") + output_format_name(paths_.format);
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Section& sec = list[i];
      if (sec.skip_animations || sec.segments == 0) continue;
      const std::string video = fmt::format("{}_{:04}{}", paths_.section_stem, i, ext);
      cuts.push_back({paths_.sections / video, sec.first_segment, sec.segments});
      index.push_back({sec.name, sec.type, video, {}});
    }
  }
  try {
    if (partial) {
      partial->finish(cuts);
      result.plays = partial->stats().plays;
      result.plays_cached = partial->stats().plays_cached;
      result.frames_encoded = partial->stats().frames_encoded;
    } else {
      pipeline->finish();
      result.frames_encoded = pipeline->frames_written();
    }
    // Manim's combine_to_movie: the sounds as one AAC track of the movie.
    if (!scene.sounds().empty()) {
      if (partial)
        detail::mux_audio(paths_.movie, detail::mix_sounds(scene.sounds()));
      else
        detail::warn(fmt::format("{}: sounds are only added to mp4 and mov movies, not to {}", name,
                                 output_format_name(paths_.format)));
    }
    if (sections) {
      for (std::size_t i = 0; i < cuts.size(); ++i) {
        index[i].meta = detail::probe_video(cuts[i].out);
        result.section_movies.push_back(cuts[i].out);
      }
      result.sections_index = paths_.sections / (paths_.section_stem + ".json");
      detail::write_file_atomic(result.sections_index, detail::sections_index_json(index), 0644);
    }
    // As Manim: the subcaptions beside the movie, same name with .srt.
    if (!png && !scene.subcaptions().empty()) {
      result.subcaptions = fs::path(paths_.movie).replace_extension(".srt");
      detail::write_file_atomic(result.subcaptions, compose_srt(scene.subcaptions()), 0644);
    }
  } catch (const std::exception& e) {
    throw OutputError(fmt::format("{}: {}", name, e.what()));
  }
  if (png) {
    result.kind = RenderResult::Kind::ImageSequence;
    result.path = paths_.png_dir;
    result.png_stem = paths_.png_stem;
  } else {
    result.path = paths_.movie;
  }
  return finish(result);
}

}  // namespace manim
