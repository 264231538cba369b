// The encoder's floor for a render's output: each partial movie of a render (its
// partial_movie_file_list.txt) is decoded to BGRA, then encoded again by the render's own
// encoder (open_frame_converter + FrameWriter::write_converted, the same calls as the render's
// raster and encoder threads), one encoder per segment, all in this one process. Only the
// encoding is timed (the BGRA -> yuv420p conversion, x264, and each segment's encoder open,
// drain and close); decoding happens between the timed spans. Prints "wall_s cpu_s frames
// segments" (CPU = this process's user + sys during the timed spans; the decoder's threads are
// idle then).
//
//   bench/encode_segments_bench LIST OUT_DIR [X264_PARAMS [PNG_PREFIX]]
// Writes OUT_DIR/<segment file name> for each segment (to compare with the render's). With
// PNG_PREFIX (the same render with --format png: <dir>/<Scene>, frames <Scene>0000.png...) the
// frames encoded are the rasteriser's own (opaque scenes: the PNG is the BGRA frame), taken in
// order, as many per segment as the segment has; the output is then the render's segments,
// byte for byte in decoded frames (compare with ffmpeg -f framemd5).
extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

#include <cairo.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "render/encoder.hpp"
#include "render/pipeline.hpp"

namespace {

namespace fs = std::filesystem;

struct Segment {
  int width = 0, height = 0;
  double fps = 0;
  std::vector<std::vector<std::uint8_t>> frames;  // BGRA, width * 4 bytes a row
};

void check(int rc, const std::string& what, const std::string& path) {
  if (rc < 0)
    throw std::runtime_error(what + " failed for " + path + " (" + std::to_string(rc) + ")");
}

Segment decode(const std::string& path) {
  AVFormatContext* fmt = nullptr;
  check(avformat_open_input(&fmt, path.c_str(), nullptr, nullptr), "open", path);
  std::unique_ptr<AVFormatContext, void (*)(AVFormatContext*)> fmt_guard(
      fmt, [](AVFormatContext* f) { avformat_close_input(&f); });
  check(avformat_find_stream_info(fmt, nullptr), "stream info", path);
  const AVCodec* codec = nullptr;
  int stream = av_find_best_stream(fmt, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
  check(stream, "video stream", path);
  AVCodecContext* dec = avcodec_alloc_context3(codec);
  std::unique_ptr<AVCodecContext, void (*)(AVCodecContext*)> dec_guard(
      dec, [](AVCodecContext* c) { avcodec_free_context(&c); });
  check(avcodec_parameters_to_context(dec, fmt->streams[stream]->codecpar), "parameters", path);
  check(avcodec_open2(dec, codec, nullptr), "decoder", path);

  Segment seg;
  seg.width = dec->width;
  seg.height = dec->height;
  seg.fps = av_q2d(fmt->streams[stream]->r_frame_rate);
  SwsContext* sws = nullptr;
  AVFrame* frame = av_frame_alloc();
  AVPacket* pkt = av_packet_alloc();
  auto drain = [&]() {
    while (avcodec_receive_frame(dec, frame) == 0) {
      sws = sws_getCachedContext(sws, frame->width, frame->height,
                                 static_cast<AVPixelFormat>(frame->format), seg.width, seg.height,
                                 AV_PIX_FMT_BGRA, SWS_BICUBIC, nullptr, nullptr, nullptr);
      auto& out = seg.frames.emplace_back(static_cast<std::size_t>(seg.width) * seg.height * 4);
      std::uint8_t* dst[1] = {out.data()};
      int stride[1] = {seg.width * 4};
      sws_scale(sws, frame->data, frame->linesize, 0, frame->height, dst, stride);
    }
  };
  while (av_read_frame(fmt, pkt) >= 0) {
    if (pkt->stream_index == stream) {
      check(avcodec_send_packet(dec, pkt), "decode", path);
      drain();
    }
    av_packet_unref(pkt);
  }
  avcodec_send_packet(dec, nullptr);
  drain();
  av_packet_free(&pkt);
  av_frame_free(&frame);
  sws_freeContext(sws);
  return seg;
}

// Replaces the decoded frames by the render's own: PNG frames `first`.. of the same size.
void load_png_frames(Segment& seg, const std::string& prefix, std::size_t first) {
  for (std::size_t i = 0; i < seg.frames.size(); ++i) {
    char num[16];
    std::snprintf(num, sizeof num, "%04zu", first + i);
    std::string path = prefix + num + ".png";
    cairo_surface_t* img = cairo_image_surface_create_from_png(path.c_str());
    if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS ||
        cairo_image_surface_get_width(img) != seg.width ||
        cairo_image_surface_get_height(img) != seg.height) {
      cairo_surface_destroy(img);
      throw std::runtime_error("cannot read " + path + " as a " + std::to_string(seg.width) + "x" +
                               std::to_string(seg.height) + " frame");
    }
    cairo_surface_flush(img);
    const unsigned char* src = cairo_image_surface_get_data(img);
    int stride = cairo_image_surface_get_stride(img);
    for (int y = 0; y < seg.height; ++y)
      std::copy_n(src + static_cast<std::size_t>(y) * stride, seg.width * 4,
                  seg.frames[i].data() + static_cast<std::size_t>(y) * seg.width * 4);
    cairo_surface_destroy(img);
  }
}

double cpu_now() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s partial_movie_file_list.txt OUT_DIR [X264_PARAMS]\n", argv[0]);
    return 2;
  }
  try {
    std::ifstream list(argv[1]);
    if (!list) throw std::runtime_error(std::string("cannot read ") + argv[1]);
    fs::create_directories(argv[2]);
    std::string line, prefix = "file 'file:";
    double wall = 0, cpu = 0;
    std::size_t frames = 0, segments = 0;
    while (std::getline(list, line)) {
      if (line.rfind(prefix, 0) != 0 || line.size() < prefix.size() + 1) continue;
      std::string path = line.substr(prefix.size(), line.size() - prefix.size() - 1);
      Segment seg = decode(path);
      if (argc > 4) load_png_frames(seg, argv[4], frames);
      manim::OutputSpec spec;
      spec.format = manim::OutputFormat::Mp4;
      spec.path = (fs::path(argv[2]) / fs::path(path).filename()).string();
      spec.width = seg.width;
      spec.height = seg.height;
      spec.fps = seg.fps;
      spec.x264_params = argc > 3 ? argv[3] : "";

      auto w0 = std::chrono::steady_clock::now();
      double c0 = cpu_now();
      auto converter = manim::detail::open_frame_converter(spec);
      auto writer = manim::detail::open_video_writer(spec);
      auto converted = converter ? converter->make() : nullptr;
      for (std::size_t i = 0; i < seg.frames.size(); ++i) {
        if (!converter) {
          writer->write(i, seg.frames[i].data());
          continue;
        }
        converter->convert(seg.frames[i].data(), *converted);
        writer->write_converted(i, *converted);
      }
      writer->finish();
      writer.reset();
      cpu += cpu_now() - c0;
      wall += std::chrono::duration<double>(std::chrono::steady_clock::now() - w0).count();
      frames += seg.frames.size();
      ++segments;
    }
    if (segments == 0) throw std::runtime_error(std::string("no segments listed in ") + argv[1]);
    std::printf("%.2f %.2f %zu %zu\n", wall, cpu, frames, segments);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "encode_segments_bench: %s\n", e.what());
    return 1;
  }
}
