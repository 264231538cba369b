// Movie output through libavformat/libavcodec/libswscale in-process, with the codecs and
// settings Manim CE passes to the ffmpeg CLI.
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdarg>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

#include "core/safe_files.hpp"
#include "render/encoder.hpp"
#include "render/x264_options.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/log.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace manim::detail {

void unpremultiply(const std::uint8_t* src, std::uint8_t* dst, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i, src += 4, dst += 4) {
    const unsigned a = src[3];
    if (a == 255 || a == 0) {
      std::memcpy(dst, src, 4);
      continue;
    }
    for (int c = 0; c < 3; ++c)
      dst[c] = static_cast<std::uint8_t>(std::min(255u, (src[c] * 255u + a / 2) / a));
    dst[3] = static_cast<std::uint8_t>(a);
  }
}

void FrameWriter::write_converted(std::size_t, const ConvertedFrame&) {
  throw std::logic_error("this movie writer takes BGRA frames, not converted ones");
}

namespace {

namespace fs = std::filesystem;

// BGRA -> yuv420p as the ffmpeg CLI's automatic conversion (bicubic), into frames allocated as
// the encoder's own (av_frame_get_buffer, default alignment): same strides, same swscale code
// path, same bytes wherever it runs.
AVFrame* alloc_yuv_frame(int width, int height) {
  AVFrame* f = av_frame_alloc();
  if (!f) throw std::bad_alloc();
  f->format = AV_PIX_FMT_YUV420P;
  f->width = width;
  f->height = height;
  if (av_frame_get_buffer(f, 0) < 0) {
    av_frame_free(&f);
    throw std::bad_alloc();
  }
  return f;
}

SwsContext* yuv_scaler(int width, int height) {
  return sws_getContext(width, height, AV_PIX_FMT_BGRA, width, height, AV_PIX_FMT_YUV420P,
                        SWS_BICUBIC, nullptr, nullptr, nullptr);
}

struct YuvFrame final : ConvertedFrame {
  YuvFrame(int width, int height) : frame(alloc_yuv_frame(width, height)) {}
  ~YuvFrame() override { av_frame_free(&frame); }
  YuvFrame(const YuvFrame&) = delete;
  YuvFrame& operator=(const YuvFrame&) = delete;
  AVFrame* frame;
};

class YuvConverter final : public FrameConverter {
 public:
  YuvConverter(int width, int height)
      : width_(width), height_(height), sws_(yuv_scaler(width, height)) {
    if (!sws_) throw std::runtime_error("no BGRA -> yuv420p conversion in this FFmpeg");
  }
  ~YuvConverter() override { sws_freeContext(sws_); }
  YuvConverter(const YuvConverter&) = delete;
  YuvConverter& operator=(const YuvConverter&) = delete;
  std::unique_ptr<ConvertedFrame> make() const override {
    return std::make_unique<YuvFrame>(width_, height_);
  }
  void convert(const std::uint8_t* bgra, ConvertedFrame& out) override {
    AVFrame* f = static_cast<YuvFrame&>(out).frame;
    // Normally a no-op; copies if the encoder still held a reference to the last contents.
    if (av_frame_make_writable(f) < 0) throw std::bad_alloc();
    const std::uint8_t* src_planes[1] = {bgra};
    const int src_stride[1] = {width_ * 4};
    sws_scale(sws_, src_planes, src_stride, 0, height_, f->data, f->linesize);
  }
  std::size_t frame_bytes() const override {
    return static_cast<std::size_t>(width_) * height_ * 3 / 2;
  }

 private:
  int width_, height_;
  SwsContext* sws_;
};

// libavcodec's libx264 wrapper only warns about an x264-params option x264 does not know (and
// opens the encoder without it): while an encoder opens, this thread's log lines of warning level
// or worse are kept, so a rejected option becomes an error that names it.
thread_local std::string* g_open_log = nullptr;

void log_callback(void* avcl, int level, const char* format, va_list vl) {
  if (g_open_log && level <= AV_LOG_WARNING) {
    va_list copy;
    va_copy(copy, vl);
    char line[1024];
    int print_prefix = 0;
    av_log_format_line2(avcl, level, format, copy, line, sizeof line, &print_prefix);
    va_end(copy);
    *g_open_log += line;
  }
  av_log_default_callback(avcl, level, format, vl);
}

std::string av_error(int err) {
  char buf[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(err, buf, sizeof buf);
  return buf;
}

// An adaptive 256-colour palette. Manim's frames are mostly flat colours plus antialiased
// edges: the most frequent colours of the frame get exact entries, every other colour maps to
// its nearest entry. The palette is kept while it still holds every frequent colour, so the GIF
// encoder can reuse the global palette and only store changed rectangles.
class GifQuantizer {
 public:
  // Converts one opaque BGRA frame to palette indices; returns the palette (0xFFRRGGBB).
  const std::array<std::uint32_t, 256>& quantize(const std::uint8_t* bgra, int w, int h,
                                                 std::uint8_t* out, int out_stride) {
    count_colours(bgra, static_cast<std::size_t>(w) * h);
    if (!palette_fits(static_cast<std::size_t>(w) * h)) rebuild_palette();
    std::uint32_t last_rgb = 0xFFFFFFFFu;
    std::uint8_t last_idx = 0;
    for (int y = 0; y < h; ++y) {
      const std::uint8_t* p = bgra + static_cast<std::size_t>(y) * w * 4;
      std::uint8_t* o = out + static_cast<std::size_t>(y) * out_stride;
      for (int x = 0; x < w; ++x, p += 4) {
        const std::uint32_t rgb = rgb_of(p);
        if (rgb != last_rgb) {
          last_rgb = rgb;
          last_idx = index_of(rgb);
        }
        o[x] = last_idx;
      }
    }
    return palette_;
  }

 private:
  static std::uint32_t rgb_of(const std::uint8_t* p) {
    return (std::uint32_t(p[2]) << 16) | (std::uint32_t(p[1]) << 8) | p[0];
  }

  // Run-length histogram into a small open-addressed table (runs make this cheap on flat art).
  void count_colours(const std::uint8_t* bgra, std::size_t n) {
    hist_keys_.assign(kHistSize, kEmpty);
    hist_counts_.assign(kHistSize, 0);
    hist_used_ = 0;
    std::size_t i = 0;
    while (i < n) {
      const std::uint32_t rgb = rgb_of(bgra + 4 * i);
      std::size_t j = i + 1;
      while (j < n && rgb_of(bgra + 4 * j) == rgb) ++j;
      add_count(rgb, static_cast<std::uint32_t>(j - i));
      i = j;
    }
  }

  void add_count(std::uint32_t rgb, std::uint32_t count) {
    std::size_t slot = hash(rgb) & (kHistSize - 1);
    for (std::size_t probe = 0; probe < kHistSize; ++probe) {
      if (hist_keys_[slot] == rgb) {
        hist_counts_[slot] += count;
        return;
      }
      if (hist_keys_[slot] == kEmpty) {
        if (hist_used_ * 4 >= kHistSize * 3)
          return;  // table nearly full: rare colours beyond this are mapped, not counted
        hist_keys_[slot] = rgb;
        hist_counts_[slot] = count;
        ++hist_used_;
        return;
      }
      slot = (slot + 1) & (kHistSize - 1);
    }
  }

  static std::size_t hash(std::uint32_t v) { return (v * 2654435761u) >> 8; }

  // Frequent = at least 1/4096 of the frame (and 4 pixels): a flat shape, not an edge blend.
  bool palette_fits(std::size_t n_pixels) const {
    if (palette_size_ == 0) return false;
    const std::uint32_t threshold = std::max<std::uint32_t>(4, n_pixels / 4096);
    for (std::size_t s = 0; s < kHistSize; ++s)
      if (hist_keys_[s] != kEmpty && hist_counts_[s] >= threshold && exact_index(hist_keys_[s]) < 0)
        return false;
    return true;
  }

  void rebuild_palette() {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> colours;  // (count, rgb)
    for (std::size_t s = 0; s < kHistSize; ++s)
      if (hist_keys_[s] != kEmpty) colours.emplace_back(hist_counts_[s], hist_keys_[s]);
    std::sort(colours.begin(), colours.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    palette_size_ = std::min<std::size_t>(colours.size(), 256);
    palette_.fill(0xFF000000u);
    exact_keys_.fill(kEmpty);
    for (std::size_t i = 0; i < palette_size_; ++i) {
      palette_[i] = 0xFF000000u | colours[i].second;
      std::size_t slot = hash(colours[i].second) & (kExactSize - 1);
      while (exact_keys_[slot] != kEmpty) slot = (slot + 1) & (kExactSize - 1);
      exact_keys_[slot] = colours[i].second;
      exact_vals_[slot] = static_cast<std::uint8_t>(i);
    }
    nearest_.assign(std::size_t(1) << 18, -1);
  }

  int exact_index(std::uint32_t rgb) const {
    std::size_t slot = hash(rgb) & (kExactSize - 1);
    while (exact_keys_[slot] != kEmpty) {
      if (exact_keys_[slot] == rgb) return exact_vals_[slot];
      slot = (slot + 1) & (kExactSize - 1);
    }
    return -1;
  }

  std::uint8_t index_of(std::uint32_t rgb) {
    const int exact = exact_index(rgb);
    if (exact >= 0) return static_cast<std::uint8_t>(exact);
    // Nearest entry, cached per 6-bit-per-channel cell (looked up at the cell's centre).
    const std::uint32_t cell =
        ((rgb >> 18) & 0x3F) << 12 | ((rgb >> 10) & 0x3F) << 6 | ((rgb >> 2) & 0x3F);
    std::int16_t& cached = nearest_[cell];
    if (cached < 0) {
      const int r = int((rgb >> 16) & 0xFF), g = int((rgb >> 8) & 0xFF), b = int(rgb & 0xFF);
      int best = 0;
      long best_d = -1;
      for (std::size_t i = 0; i < palette_size_; ++i) {
        const int pr = int((palette_[i] >> 16) & 0xFF), pg = int((palette_[i] >> 8) & 0xFF),
                  pb = int(palette_[i] & 0xFF);
        // Weighted RGB distance (green counts most), enough for edge blends.
        const long d =
            2L * (r - pr) * (r - pr) + 4L * (g - pg) * (g - pg) + 3L * (b - pb) * (b - pb);
        if (best_d < 0 || d < best_d) {
          best_d = d;
          best = static_cast<int>(i);
        }
      }
      cached = static_cast<std::int16_t>(best);
    }
    return static_cast<std::uint8_t>(cached);
  }

  static constexpr std::size_t kHistSize = 1 << 16;
  static constexpr std::size_t kExactSize = 1024;
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  std::vector<std::uint32_t> hist_keys_, hist_counts_;
  std::size_t hist_used_ = 0;
  std::array<std::uint32_t, 256> palette_{};
  std::size_t palette_size_ = 0;
  std::array<std::uint32_t, kExactSize> exact_keys_{};
  std::array<std::uint8_t, kExactSize> exact_vals_{};
  std::vector<std::int16_t> nearest_;
};

const char* extension_of(OutputFormat f) {
  switch (f) {
    case OutputFormat::Mp4:
      return "mp4";
    case OutputFormat::Gif:
      return "gif";
    case OutputFormat::Webm:
      return "webm";
    case OutputFormat::Mov:
      return "mov";
    case OutputFormat::Png:
      return "png";
  }
  return "mp4";
}

class VideoWriter final : public FrameWriter {
 public:
  explicit VideoWriter(const OutputSpec& spec) : spec_(spec) {
    try {
      open();
    } catch (...) {
      abort();
      throw;
    }
  }
  ~VideoWriter() override { abort(); }

  void write(std::size_t index, const std::uint8_t* bgra) override {
    if (!enc_) fail("write after close");
    std::int64_t pts = static_cast<std::int64_t>(index);
    if (spec_.format == OutputFormat::Gif) {
      // Manim's gif conversion resamples to at most 50 fps (GIF delays are in 1/100 s).
      pts = std::llround(static_cast<double>(index) * gif_fps_ / spec_.fps);
      if (pts < next_pts_) return;
    }
    next_pts_ = pts + 1;
    check(av_frame_make_writable(frame_), "av_frame_make_writable");
    const std::uint8_t* src = bgra;
    if (keep_alpha_) {
      unpremultiply(bgra, straight_.data(), static_cast<std::size_t>(spec_.width) * spec_.height);
      src = straight_.data();
    }
    if (spec_.format == OutputFormat::Gif) {
      const auto& pal =
          gif_.quantize(src, spec_.width, spec_.height, frame_->data[0], frame_->linesize[0]);
      std::memcpy(frame_->data[1], pal.data(), AVPALETTE_SIZE);
    } else {
      const std::uint8_t* src_planes[1] = {src};
      const int src_stride[1] = {spec_.width * 4};
      sws_scale(sws_, src_planes, src_stride, 0, spec_.height, frame_->data, frame_->linesize);
    }
    frame_->pts = pts;
    send(frame_);
  }

  void write_converted(std::size_t index, const ConvertedFrame& converted) override {
    if (!enc_) fail("write after close");
    if (!converts_to_yuv420p_) FrameWriter::write_converted(index, converted);
    const AVFrame* src = static_cast<const YuvFrame&>(converted).frame;
    check(av_frame_ref(shared_, src), "av_frame_ref");
    shared_->pts = static_cast<std::int64_t>(index);
    next_pts_ = shared_->pts + 1;
    try {
      send(shared_);
    } catch (...) {
      av_frame_unref(shared_);
      throw;
    }
    av_frame_unref(shared_);
  }

  void finish() override {
    if (!enc_) fail("finish after close");
    send(nullptr);
    check(av_write_trailer(fmt_), "av_write_trailer");
    check(avio_closep(&fmt_->pb), "closing the file");
    release();
    if (::rename(temp_path_.c_str(), spec_.path.c_str()) != 0) {
      const int err = errno;
      ::unlink(temp_path_.c_str());
      unregister_temporary(temp_path_);
      temp_path_.clear();
      throw std::runtime_error("cannot move the finished movie into place at '" + spec_.path +
                               "': " + errno_text(err));
    }
    unregister_temporary(temp_path_);
    temp_path_.clear();
  }

  void abort() noexcept override {
    if (fmt_ && fmt_->pb) avio_closep(&fmt_->pb);
    release();
    if (!temp_path_.empty()) {
      ::unlink(temp_path_.c_str());
      unregister_temporary(temp_path_);
      temp_path_.clear();
    }
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error("cannot write movie '" + spec_.path + "': " + what);
  }
  std::string size_text() const {
    return std::to_string(spec_.width) + "x" + std::to_string(spec_.height);
  }
  void check(int err, const char* what) const {
    if (err < 0) fail(std::string(what) + ": " + av_error(err));
  }

  void open() {
    // libav* talk at INFO level by default; Manim runs ffmpeg with -loglevel error.
    static std::once_flag quiet;
    std::call_once(quiet, [] {
      av_log_set_level(AV_LOG_ERROR);
      av_log_set_callback(log_callback);
    });
    if (spec_.path.empty())
      throw std::runtime_error("cannot write movie: the output path is empty");
    if (spec_.width <= 0 || spec_.height <= 0)
      fail("width and height must be > 0, got " + size_text());
    if (!(spec_.fps > 0) || !std::isfinite(spec_.fps))
      fail("fps must be finite and > 0, got " + std::to_string(spec_.fps));

    const fs::path final_path(spec_.path);
    fs::path dir = final_path.parent_path();
    if (dir.empty()) dir = ".";
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) fail("cannot create folder '" + dir.string() + "': " + ec.message());
    const char* ext = extension_of(spec_.format);
    // A unique name per render (pid + random), created O_EXCL | O_NOFOLLOW: two renders of
    // one scene never share a temporary, and a planted symlink is never written through.
    {
      fs::path tmp;
      const int fd = create_temporary(final_path, std::string(".") + ext, tmp);
      ::close(fd);
      temp_path_ = tmp.string();
    }

    check(avformat_alloc_output_context2(&fmt_, nullptr, ext, temp_path_.c_str()), "no muxer");

    const bool alpha = spec_.transparent;
    const char* codec_name = "libx264";
    AVPixelFormat pix = AV_PIX_FMT_YUV420P;
    switch (spec_.format) {
      case OutputFormat::Webm:
        codec_name = "libvpx-vp9";
        pix = alpha ? AV_PIX_FMT_YUVA420P : AV_PIX_FMT_YUV420P;
        keep_alpha_ = alpha;
        break;
      case OutputFormat::Mov:
        if (alpha) {
          codec_name = "qtrle";
          pix = AV_PIX_FMT_ARGB;
          keep_alpha_ = true;
        }
        break;
      case OutputFormat::Gif:
        codec_name = "gif";
        pix = AV_PIX_FMT_PAL8;
        break;
      default:
        break;
    }
    if ((pix == AV_PIX_FMT_YUV420P || pix == AV_PIX_FMT_YUVA420P) &&
        (spec_.width % 2 || spec_.height % 2))
      fail(std::string(codec_name) + " with 4:2:0 chroma needs an even width and height, got " +
           size_text());
    const AVCodec* codec = avcodec_find_encoder_by_name(codec_name);
    if (!codec) fail(std::string("the encoder ") + codec_name + " is not available in this FFmpeg");

    AVRational rate = av_d2q(spec_.fps, 1 << 20);
    if (spec_.format == OutputFormat::Gif) {
      gif_fps_ = std::clamp(spec_.fps, 1.0, 50.0);
      rate = av_d2q(gif_fps_, 1 << 20);
    }
    stream_ = avformat_new_stream(fmt_, nullptr);
    enc_ = avcodec_alloc_context3(codec);
    if (!stream_ || !enc_) fail("out of memory");
    enc_->width = spec_.width;
    enc_->height = spec_.height;
    enc_->pix_fmt = pix;
    enc_->time_base = av_inv_q(rate);
    enc_->framerate = rate;
    enc_->sample_aspect_ratio = AVRational{1, 1};
    enc_->thread_count = 0;  // automatic, as the ffmpeg CLI sets for encoders
    if (fmt_->oformat->flags & AVFMT_GLOBALHEADER) enc_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (std::strcmp(codec_name, "libx264") == 0) {
      av_opt_set(enc_->priv_data, "preset", "medium", 0);
      av_opt_set(enc_->priv_data, "crf", "23", 0);
      x264_params_ = x264_params_for(spec_.x264_params);
      if (!x264_params_.empty() &&
          av_opt_set(enc_->priv_data, "x264-params", x264_params_.c_str(), 0) < 0)
        fail("this FFmpeg's libx264 takes no x264-params ('" + x264_params_ + "')");
    } else if (std::strcmp(codec_name, "libvpx-vp9") == 0) {
      // Manim passes -auto-alt-ref 0 (alt-ref frames cannot carry alpha). row-mt only
      // parallelises; it does not change the settings Manim's ffmpeg uses.
      av_opt_set(enc_->priv_data, "auto-alt-ref", "0", 0);
      av_opt_set(enc_->priv_data, "row-mt", "1", 0);
    }
    std::string open_log;
    g_open_log = &open_log;
    const int open_err = avcodec_open2(enc_, codec, nullptr);
    g_open_log = nullptr;
    if (!x264_params_.empty() && std::strcmp(codec_name, "libx264") == 0 &&
        (open_err < 0 || open_log.find("Error parsing option") != std::string::npos)) {
      std::string why = open_log.substr(0, open_log.find('\n'));
      if (why.empty()) why = av_error(open_err);
      fail("libx264 rejected config x264_params '" + x264_params_ + "': " + why +
           " (use the option names and values of `x264 --fullhelp`, e.g. 'rc-lookahead=10')");
    }
    check(open_err, "opening the encoder");
    check(avcodec_parameters_from_context(stream_->codecpar, enc_), "codec parameters");
    stream_->time_base = enc_->time_base;
    stream_->avg_frame_rate = rate;
    av_dict_set(&fmt_->metadata, "comment", "Rendered with manim.cpp", 0);

    check(avio_open(&fmt_->pb, temp_path_.c_str(), AVIO_FLAG_WRITE), "opening the file");
    check(avformat_write_header(fmt_, nullptr), "writing the header");

    frame_ = av_frame_alloc();
    packet_ = av_packet_alloc();
    shared_ = av_frame_alloc();
    if (!frame_ || !packet_ || !shared_) fail("out of memory");
    frame_->format = pix;
    frame_->width = spec_.width;
    frame_->height = spec_.height;
    check(av_frame_get_buffer(frame_, 0), "allocating a frame");
    if (pix != AV_PIX_FMT_PAL8) {
      // Bicubic is what the ffmpeg CLI's automatic rgba -> yuv conversion uses.
      sws_ = pix == AV_PIX_FMT_YUV420P && !keep_alpha_
                 ? yuv_scaler(spec_.width, spec_.height)
                 : sws_getContext(spec_.width, spec_.height, AV_PIX_FMT_BGRA, spec_.width,
                                  spec_.height, pix, SWS_BICUBIC, nullptr, nullptr, nullptr);
      if (!sws_) fail("no BGRA -> pixel format conversion");
      converts_to_yuv420p_ = pix == AV_PIX_FMT_YUV420P && !keep_alpha_;
    }
    if (keep_alpha_) straight_.resize(static_cast<std::size_t>(spec_.width) * spec_.height * 4);
  }

  void send(AVFrame* f) {
    check(avcodec_send_frame(enc_, f), "encoding");
    for (;;) {
      int err = avcodec_receive_packet(enc_, packet_);
      if (err == AVERROR(EAGAIN) || err == AVERROR_EOF) return;
      check(err, "encoding");
      // One frame per packet; set before rescaling so the last frame's length counts.
      packet_->duration = 1;
      av_packet_rescale_ts(packet_, enc_->time_base, stream_->time_base);
      packet_->stream_index = stream_->index;
      check(av_interleaved_write_frame(fmt_, packet_), "writing a packet");
    }
  }

  void release() noexcept {
    if (sws_) sws_freeContext(sws_);
    sws_ = nullptr;
    av_frame_free(&frame_);
    av_frame_free(&shared_);
    av_packet_free(&packet_);
    avcodec_free_context(&enc_);
    if (fmt_) avformat_free_context(fmt_);
    fmt_ = nullptr;
    stream_ = nullptr;
  }

  OutputSpec spec_;
  std::string x264_params_;  // what libx264 was given (x264_params_for(spec_.x264_params))
  std::string temp_path_;
  AVFormatContext* fmt_ = nullptr;
  AVStream* stream_ = nullptr;
  AVCodecContext* enc_ = nullptr;
  AVFrame* frame_ = nullptr;
  AVFrame* shared_ = nullptr;  // a reference to a converted frame while it is sent
  AVPacket* packet_ = nullptr;
  SwsContext* sws_ = nullptr;
  bool keep_alpha_ = false;
  bool converts_to_yuv420p_ = false;  // takes open_frame_converter()'s frames
  std::vector<std::uint8_t> straight_;
  double gif_fps_ = 0;
  std::int64_t next_pts_ = 0;
  GifQuantizer gif_;
};

}  // namespace

std::unique_ptr<FrameConverter> open_frame_converter(const OutputSpec& spec) {
  // As VideoWriter::open: yuv420p for opaque mp4, mov and webm; GIF, alpha and PNG convert on
  // the encoder thread.
  if (spec.transparent || spec.format == OutputFormat::Gif || spec.format == OutputFormat::Png)
    return nullptr;
  if (spec.width <= 0 || spec.height <= 0 || spec.width % 2 || spec.height % 2) return nullptr;
  return std::make_unique<YuvConverter>(spec.width, spec.height);
}

std::unique_ptr<FrameWriter> open_video_writer(const OutputSpec& spec) {
  if (spec.format == OutputFormat::Png) return open_png_sequence(spec);
  return std::make_unique<VideoWriter>(spec);
}

}  // namespace manim::detail
