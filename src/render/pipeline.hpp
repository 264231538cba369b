// Internal: the frame pipeline. Frames arrive in order from the scene; a pool of raster
// threads rasterises them concurrently (no frame waits on another's rasterisation), and one
// encoder thread writes them in order. Output goes to a temporary file renamed on finish().
#pragma once
#include <memory>
#include <string>

#include "manim/camera/frame.hpp"
#include "manim/render/scene_file_writer.hpp"

namespace manim {

struct OutputSpec {
  OutputFormat format = OutputFormat::Mp4;
  // Mp4/Gif/Webm/Mov: the movie file path. Png: the folder and the name stem; frame k is
  // written as <dir>/<stem><kkkk>.png (zero_pad digits) as Manim names its PNG sequence.
  std::string path;
  std::string png_stem;
  int width = 1920, height = 1080;
  double fps = 60;
  bool transparent = false;
  int threads = 0;          // raster threads; 0 = one per core (a movie's last one a spare)
  int zero_pad = 4;         // Png: digits of the frame number (config.zero_pad)
  std::string x264_params;  // config.x264_params: "" our default, "manim", or key=value:...
};

class RenderPipeline : public FrameSink {
 public:
  // With spec.path empty (a movie format), no output is open until begin_segment().
  explicit RenderPipeline(const OutputSpec& spec);
  ~RenderPipeline() override;  // aborts (removing temporary output) unless finish() succeeded
  void submit(FramePtr frame) override;
  // Rasterised once, written `count` times.
  void submit_copies(const FramePtr& frame, std::size_t count) override;
  // The frames submitted from now on go to a new movie at `path` (frame numbers from 0); the
  // previous segment is finished and renamed into place first, in order, on the encoder thread.
  void begin_segment(const std::string& path);
  // The frames submitted so far end the current segment: its encoder is closed (and its memory
  // freed) as soon as its last frame is written, not when the next segment's first one comes.
  void end_segment();
  // Blocks until every submitted frame is written (or the pipeline stopped on an error).
  void wait_idle();
  // Waits for every frame, closes the encoder and renames the output into place. Throws
  // std::runtime_error naming the file if encoding failed.
  void finish();
  // Stops and deletes any partial output (called on errors).
  void abort();
  std::size_t frames_written() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace manim
