// The one public entry that turns a Scene into a file, as Manim's SceneFileWriter: it runs the
// scene (setup, construct, tear_down), sends its frames to the raster threads and the encoder,
// and writes Manim's media tree:
//   <media>/videos/<module>/<quality>/<Scene>.mp4           movies (.mov/.webm the same way)
//   <media>/videos/<module>/<quality>/<Scene>_ManimCE_v0.18.0.gif
//   <media>/images/<module>/<Scene>_ManimCE_v0.18.0.png     last frame (-s, or no animation)
//   <media>/images/<module>/<Scene><NNNN>.png               --format png (one file per frame)
// Movies are cached per play as Manim's partial movie files (docs/caching.md):
//   <media>/videos/<module>/<quality>/partial_movie_files/<Scene>/<key>.mp4
// With config().save_sections (movie formats) each section with frames also becomes a movie:
//   <media>/videos/<module>/<quality>/sections/<Scene>_0000.mp4 ... and the index <Scene>.json
// Subcaptions go beside the movie as <Scene>.srt; sounds are mixed into the movie (AAC).
// An output_file replaces the scene name (and drops the version suffix), as Manim does. The
// CLI, Python's Scene.render(), the tests and the benchmarks all render through it.
#pragma once
#include <cstddef>
#include <exception>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace manim {

class Scene;
class FrameSink;

enum class OutputFormat { Mp4, Gif, Png, Webm, Mov };

// Manim's config.format names: "mp4", "gif", "png", "webm", "mov"; std::nullopt otherwise.
std::optional<OutputFormat> output_format_from_name(const std::string& name);
const char* output_format_name(OutputFormat format);

inline constexpr const char* kManimVersionSuffix = "_ManimCE_v0.18.0";

// What Manim reads from its config to name and place the output. Pixel size comes from the
// scene's camera, frame rate, transparency and save_last_frame from config().
struct SceneFileWriterOptions {
  // Empty: config's video_dir/images_dir templates ({media_dir}/videos/{module_name}/{quality});
  // set: <media_dir>/videos/<module>/<quality> and <media_dir>/images/<module>.
  std::filesystem::path media_dir;
  // The scene file's stem (Manim's module_name); empty for a scene not read from a file, whose
  // movies go to <media>/videos/<quality>/ as Manim's.
  std::string module_name;
  // Replaces the scene name in the file name; empty: config's output_file, else the scene's.
  std::string output_file;
  // Several scenes rendered under one output_file: each name gets "_<Scene>" appended.
  bool append_scene_name = false;
  // Default: config's format; a transparent mp4 is written as mov, as Manim does.
  std::optional<OutputFormat> format;
  int threads = 0;  // raster threads; 0: config's threads (0: one per core)
  // Runs setup/construct/tear_down sending frames to the sink (default: scene.render(sink)).
  // The CLI wraps it to name the scene file's line of a C++ exception.
  std::function<void(Scene&, FrameSink*)> run;
};

// Where the output of one scene goes (Manim's movie_file_path / image_file_path).
struct MediaPaths {
  OutputFormat format = OutputFormat::Mp4;
  std::filesystem::path movie;       // movie formats
  std::filesystem::path png_dir;     // png format: the folder ...
  std::string png_stem;              // ... and the name stem of <stem><NNNN>.png
  std::filesystem::path last_frame;  // the still image
  // Movie formats (mp4, mov, webm): the partial-movie cache of this scene (Manim's
  // partial_movie_dir, <video folder>/partial_movie_files/<Scene>).
  std::filesystem::path partial_movies;
  // Movie formats: Manim's sections_dir and the stem of section videos and their index
  // (<stem>_0000.mp4, <stem>.json: the scene name, or the output_file as given).
  std::filesystem::path sections;
  std::string section_stem;
};

struct RenderResult {
  enum class Kind { Movie, Image, ImageSequence };
  Kind kind = Kind::Movie;
  // The movie, the still PNG, or the folder of a PNG sequence.
  std::filesystem::path path;
  std::size_t frames = 0;  // frames the scene emitted
  double seconds = 0;      // wall time of the render
  // "File ready at ..." text: the path, or "<dir>/<stem>0000.png .. <stem>0041.png".
  std::string description() const;
  std::string png_stem;  // ImageSequence only
  // Movies: the plays and waits with frames (one segment each), how many came from the
  // partial-movie cache, and the frames encoded by this render (0 when all were cached).
  std::size_t plays = 0;
  std::size_t plays_cached = 0;
  std::size_t frames_encoded = 0;
  // --save_sections: the section videos written (in section order) and their index.
  std::vector<std::filesystem::path> section_movies;
  std::filesystem::path sections_index;
  std::filesystem::path subcaptions;  // the .srt, when the scene added subcaptions
};

// The output could not be created or written (folder, file, encoder). The message is complete
// ("cannot create output folder 'x': Permission denied").
struct OutputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The scene's own code failed (or was interrupted). The output was removed, except that a PNG
// sequence keeps the frames finished before the failure (as Manim's PNG writer): kept_frames.
class SceneError : public std::runtime_error {
 public:
  SceneError(std::exception_ptr cause, const std::string& what, std::size_t kept_frames,
             std::filesystem::path kept_in)
      : std::runtime_error(what),
        cause_(std::move(cause)),
        kept_frames_(kept_frames),
        kept_in_(std::move(kept_in)) {}
  // The exception the scene threw (rethrow it to handle it as its own type).
  std::exception_ptr cause() const { return cause_; }
  std::size_t kept_frames() const { return kept_frames_; }
  const std::filesystem::path& kept_in() const { return kept_in_; }

 private:
  std::exception_ptr cause_;
  std::size_t kept_frames_;
  std::filesystem::path kept_in_;
};

class SceneFileWriter {
 public:
  // Plans the paths from the options and config() (quality folder from pixel height and frame
  // rate); nothing is created until render().
  SceneFileWriter(std::string scene_name, SceneFileWriterOptions options = {});

  const MediaPaths& paths() const { return paths_; }
  const std::string& scene_name() const { return scene_name_; }

  // Renders `scene` to its file: a movie (or PNG sequence) of every frame, or with
  // config().save_last_frame the final state as one PNG; a scene that never plays or waits is
  // saved as an image, as Manim. Throws OutputError or SceneError; never leaves a half-written
  // movie behind.
  RenderResult render(Scene& scene);

 private:
  std::string scene_name_;
  SceneFileWriterOptions options_;
  MediaPaths paths_;
};

// The media paths Manim would use for `scene_name` under `options` and config().
MediaPaths plan_media_paths(const std::string& scene_name, const SceneFileWriterOptions& options);

}  // namespace manim
