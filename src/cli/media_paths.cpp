#include "cli/media_paths.hpp"

#include <map>

namespace manim::cli {

std::string extension_of(OutputFormat f) {
  switch (f) {
    case OutputFormat::Mp4:
      return ".mp4";
    case OutputFormat::Gif:
      return ".gif";
    case OutputFormat::Png:
      return ".png";
    case OutputFormat::Webm:
      return ".webm";
    case OutputFormat::Mov:
      return ".mov";
  }
  return ".mp4";
}

OutputFormat effective_format(const Config& cfg) {
  if (cfg.format == "png") return OutputFormat::Png;
  if (cfg.format == "gif") return OutputFormat::Gif;
  // MP4 (yuv420p) has no alpha: with -t Manim's movie_file_extension is .mov (or .webm).
  if (cfg.movie_file_extension == ".mov" || cfg.format == "mov") return OutputFormat::Mov;
  if (cfg.movie_file_extension == ".webm" || cfg.format == "webm") return OutputFormat::Webm;
  if (cfg.transparent) return OutputFormat::Mov;
  return OutputFormat::Mp4;
}

namespace {

// Manim's add_extension_if_not_present: "out" -> "out.mp4", "out.mp4" stays.
std::string with_extension(const std::string& name, const std::string& ext) {
  if (std::filesystem::path(name).extension() == ext) return name;
  return name + ext;
}

std::string strip_extension(const std::string& name, const std::string& ext) {
  if (std::filesystem::path(name).extension() == ext)
    return name.substr(0, name.size() - ext.size());
  return name;
}

}  // namespace

OutputPlan plan_output(const Config& cfg, const std::string& module, const std::string& scene,
                       bool multi) {
  OutputPlan plan;
  plan.format = effective_format(cfg);
  const std::map<std::string, std::string> names = {{"module_name", module}, {"scene_name", scene}};
  const std::filesystem::path video_dir = cfg.get_dir("video_dir", names);
  const std::filesystem::path image_dir = cfg.get_dir("images_dir", names);
  const bool named = !cfg.output_file.empty();

  std::string base = scene;
  if (named) {
    base = cfg.output_file;
    if (multi) {
      const std::string ext = std::filesystem::path(base).extension().string();
      base = base.substr(0, base.size() - ext.size()) + "_" + scene + ext;
    }
  }

  const std::string ext = extension_of(plan.format);
  if (plan.format == OutputFormat::Png) {
    plan.png_dir = image_dir;
    plan.png_stem = strip_extension(base, ".png");
  } else {
    std::string name = with_extension(base, ext);
    if (plan.format == OutputFormat::Gif && !named) name = scene + kManimVersionSuffix + ext;
    plan.movie = video_dir / name;
  }
  // The still of a scene without animations takes the -o name without its movie extension.
  std::string still_base = base;
  for (const char* e : {".mp4", ".gif", ".webm", ".mov"})
    still_base = strip_extension(still_base, e);
  std::string still = with_extension(still_base, ".png");
  if (!named) still = scene + kManimVersionSuffix + ".png";
  plan.last_frame = image_dir / still;
  return plan;
}

}  // namespace manim::cli
