// Internal: where rasterised frames go. A FrameWriter takes premultiplied BGRA frames (cairo's
// ARGB32 on little-endian) and writes a movie (libav*) or a PNG sequence (cairo).
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "render/pipeline.hpp"

namespace manim::detail {

// A frame already in the encoder's pixel format (its layout is the encoder's own).
class ConvertedFrame {
 public:
  virtual ~ConvertedFrame() = default;
};

// Converts rasterised BGRA frames into the pixel format a movie's encoder takes, off the
// encoder thread (one converter per thread). The bytes are exactly those of the writer's own
// conversion in write(), so a movie is the same file either way.
class FrameConverter {
 public:
  virtual ~FrameConverter() = default;
  virtual std::unique_ptr<ConvertedFrame> make() const = 0;
  virtual void convert(const std::uint8_t* bgra, ConvertedFrame& out) = 0;
  virtual std::size_t frame_bytes() const = 0;  // memory of one converted frame
};

// A converter for the writers open_video_writer(spec) makes; null for outputs converted on the
// encoder thread (GIF's palettes, transparent movies, PNG).
std::unique_ptr<FrameConverter> open_frame_converter(const OutputSpec& spec);

class FrameWriter {
 public:
  virtual ~FrameWriter() = default;
  // Frame `index` (0-based). Movie writers need the frames in order, one thread at a time;
  // writers with any_order() may be called concurrently and in any order.
  virtual void write(std::size_t index, const std::uint8_t* bgra) = 0;
  // As write(), for a frame converted by open_frame_converter() of the same spec.
  virtual void write_converted(std::size_t index, const ConvertedFrame& frame);
  virtual bool any_order() const { return false; }
  // Flushes, closes and moves the output into place; throws std::runtime_error naming the file.
  virtual void finish() = 0;
  // Deletes whatever was written; never throws.
  virtual void abort() noexcept = 0;
};

// Opens the output at once (so a bad path fails before any frame is drawn); throws
// std::runtime_error naming the path and the cause.
//  mp4: libx264 yuv420p crf 23 preset medium (Manim's ffmpeg settings).
//  mov: qtrle argb when transparent, else libx264 yuv420p (as Manim).
//  webm: libvpx-vp9 with auto-alt-ref 0; yuva420p when transparent, else yuv420p.
//  gif: pal8 with an adaptive palette per frame (exact for the frame's most frequent colours,
//       nearest entry for the rest), frame rate clipped to 1..50 as Manim's gif conversion.
std::unique_ptr<FrameWriter> open_video_writer(const OutputSpec& spec);
// <dir>/<stem><NNNN>.png for frame N (spec.path is the folder, spec.png_stem the stem).
std::unique_ptr<FrameWriter> open_png_sequence(const OutputSpec& spec);

// Premultiplied -> straight alpha, `n` BGRA pixels (for outputs that keep the alpha channel).
void unpremultiply(const std::uint8_t* src, std::uint8_t* dst, std::size_t n);

}  // namespace manim::detail
