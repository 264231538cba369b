// End-to-end output checks: the pipeline renders 30 hand-built frames to each format, then
// libavformat/libavcodec read the file back (frame count, size, codec, duration, pixels).
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "render/pipeline.hpp"
#include "render/raster.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

using namespace manim;
namespace fs = std::filesystem;

namespace {

constexpr int kW = 256, kH = 144;
constexpr int kFrames = 30;
constexpr double kFps = 15;

// Frame k: a square whose colour encodes k (so the order of decoded frames can be checked)
// moving right on black, plus a thin white stroke.
FramePtr make_frame(int k) {
  auto f = std::make_shared<Frame>();
  f->index = static_cast<std::size_t>(k);
  PathItem sq;
  const double h = 3, cx = -2 + 0.1 * k;
  const double c[4][2] = {{cx + h, h}, {cx - h, h}, {cx - h, -h}, {cx + h, -h}};
  sq.xy = {c[0][0], c[0][1]};
  for (int i = 0; i < 4; ++i) {
    const double* a = c[i];
    const double* b = c[(i + 1) % 4];
    for (double t : {1.0 / 3, 2.0 / 3, 1.0}) {
      sq.xy.push_back(a[0] + (b[0] - a[0]) * t);
      sq.xy.push_back(a[1] + (b[1] - a[1]) * t);
    }
  }
  sq.subpaths.push_back({0, 4, true});
  sq.fill = Color((8.0 * k) / 255, (255 - 8.0 * k) / 255, 100.0 / 255, 1);
  sq.stroke = WHITE;
  sq.stroke_width = 2;
  f->items.push_back(std::move(sq));
  return f;
}

// The pixel the tests sample: inside the square in every frame (scene point (cx, 0)).
int sample_x(int k) { return static_cast<int>(kW / 2 + (-2 + 0.1 * k) * kW / (128.0 / 9)); }
constexpr int kSampleY = kH / 2;

struct Probe {
  std::string codec, pix_fmt;
  int width = 0, height = 0;
  int frames = 0;
  double duration = 0;
  std::vector<std::array<int, 4>> samples;  // RGBA at the frame's sample point
  std::array<int, 4> corner{};              // RGBA at (1, 1) of the first frame
};

Probe probe(const std::string& path) {
  Probe p;
  AVFormatContext* fmt = nullptr;
  if (avformat_open_input(&fmt, path.c_str(), nullptr, nullptr) < 0) {
    ADD_FAILURE() << "cannot open " << path;
    return p;
  }
  avformat_find_stream_info(fmt, nullptr);
  const int si = av_find_best_stream(fmt, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  EXPECT_GE(si, 0);
  if (si < 0) {
    avformat_close_input(&fmt);
    return p;
  }
  AVStream* st = fmt->streams[si];
  const AVCodec* dec = avcodec_find_decoder(st->codecpar->codec_id);
  // libavcodec's native vp9 decoder drops the alpha plane; libvpx keeps it.
  if (st->codecpar->codec_id == AV_CODEC_ID_VP9)
    if (const AVCodec* v = avcodec_find_decoder_by_name("libvpx-vp9")) dec = v;
  p.codec = avcodec_get_name(st->codecpar->codec_id);
  p.width = st->codecpar->width;
  p.height = st->codecpar->height;
  if (const char* name = av_get_pix_fmt_name(static_cast<AVPixelFormat>(st->codecpar->format)))
    p.pix_fmt = name;
  if (fmt->duration != AV_NOPTS_VALUE) p.duration = fmt->duration / double(AV_TIME_BASE);
  AVCodecContext* ctx = avcodec_alloc_context3(dec);
  avcodec_parameters_to_context(ctx, st->codecpar);
  avcodec_open2(ctx, dec, nullptr);
  AVPacket* pkt = av_packet_alloc();
  AVFrame* frame = av_frame_alloc();
  std::vector<std::uint8_t> rgba(static_cast<std::size_t>(p.width) * p.height * 4);
  auto drain = [&] {
    while (avcodec_receive_frame(ctx, frame) == 0) {
      SwsContext* sws = sws_getContext(
          frame->width, frame->height, static_cast<AVPixelFormat>(frame->format), frame->width,
          frame->height, AV_PIX_FMT_RGBA, SWS_POINT, nullptr, nullptr, nullptr);
      std::uint8_t* dst[1] = {rgba.data()};
      const int stride[1] = {frame->width * 4};
      sws_scale(sws, frame->data, frame->linesize, 0, frame->height, dst, stride);
      sws_freeContext(sws);
      auto px = [&](int x, int y) {
        const std::uint8_t* q = &rgba[(static_cast<std::size_t>(y) * frame->width + x) * 4];
        return std::array<int, 4>{q[0], q[1], q[2], q[3]};
      };
      if (p.frames == 0) p.corner = px(1, 1);
      p.samples.push_back(px(sample_x(p.frames), kSampleY));
      ++p.frames;
    }
  };
  while (av_read_frame(fmt, pkt) >= 0) {
    if (pkt->stream_index == si) {
      avcodec_send_packet(ctx, pkt);
      drain();
    }
    av_packet_unref(pkt);
  }
  avcodec_send_packet(ctx, nullptr);
  drain();
  av_frame_free(&frame);
  av_packet_free(&pkt);
  avcodec_free_context(&ctx);
  avformat_close_input(&fmt);
  return p;
}

class EncoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("manim_encoder_test_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  OutputSpec spec(OutputFormat f, const std::string& name, bool transparent = false) const {
    OutputSpec s;
    s.format = f;
    s.path = (dir_ / name).string();
    s.width = kW;
    s.height = kH;
    s.fps = kFps;
    s.transparent = transparent;
    s.threads = 2;
    return s;
  }

  static void render(const OutputSpec& s, int frames = kFrames) {
    RenderPipeline pipe(s);
    for (int k = 0; k < frames; ++k) pipe.submit(make_frame(k));
    pipe.finish();
    EXPECT_EQ(pipe.frames_written(), static_cast<std::size_t>(frames));
  }

  std::vector<std::string> files() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir_)) out.push_back(e.path().filename().string());
    return out;
  }

  // Checks the decoded colour of frame k's square (channels within tol of what was drawn).
  static void expect_frame_colours(const Probe& p, int tol) {
    ASSERT_EQ(p.samples.size(), static_cast<std::size_t>(kFrames));
    for (int k = 0; k < kFrames; ++k) {
      EXPECT_NEAR(p.samples[k][0], 8 * k, tol) << "frame " << k;
      EXPECT_NEAR(p.samples[k][1], 255 - 8 * k, tol) << "frame " << k;
      EXPECT_NEAR(p.samples[k][2], 100, tol) << "frame " << k;
    }
  }

  fs::path dir_;
};

TEST_F(EncoderTest, Mp4IsH264Yuv420pWithExactDuration) {
  const auto s = spec(OutputFormat::Mp4, "scene.mp4");
  render(s);
  EXPECT_EQ(files(), std::vector<std::string>{"scene.mp4"});  // temporary file renamed
  Probe p = probe(s.path);
  EXPECT_EQ(p.codec, "h264");
  EXPECT_EQ(p.pix_fmt, "yuv420p");
  EXPECT_EQ(p.width, kW);
  EXPECT_EQ(p.height, kH);
  EXPECT_EQ(p.frames, kFrames);
  EXPECT_DOUBLE_EQ(p.duration, kFrames / kFps);  // 2.000 s, not 1.933
  expect_frame_colours(p, 6);
  std::ifstream in(s.path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  EXPECT_NE(bytes.find("crf=23.0"), std::string::npos);  // x264's settings string
  EXPECT_NE(bytes.find("subme=7"), std::string::npos);   // preset medium
}

TEST_F(EncoderTest, GifHasPaletteExactFlatColours) {
  const auto s = spec(OutputFormat::Gif, "scene.gif");
  render(s);
  Probe p = probe(s.path);
  EXPECT_EQ(p.codec, "gif");
  EXPECT_EQ(p.width, kW);
  EXPECT_EQ(p.height, kH);
  EXPECT_EQ(p.frames, kFrames);
  EXPECT_NEAR(p.duration, kFrames / kFps, 0.011);  // delays are whole 1/100 s
  expect_frame_colours(p, 0);                      // flat colours are exact palette entries
  EXPECT_EQ(p.corner, (std::array<int, 4>{0, 0, 0, 255}));
}

TEST_F(EncoderTest, GifAbove50FpsIsResampledTo50AsManim) {
  auto s = spec(OutputFormat::Gif, "fast.gif");
  s.fps = 60;
  render(s, 60);
  Probe p = probe(s.path);
  EXPECT_EQ(p.frames, 50);
  EXPECT_NEAR(p.duration, 1.0, 0.011);
}

TEST_F(EncoderTest, WebmIsVp9) {
  const auto s = spec(OutputFormat::Webm, "scene.webm");
  render(s);
  Probe p = probe(s.path);
  EXPECT_EQ(p.codec, "vp9");
  EXPECT_EQ(p.width, kW);
  EXPECT_EQ(p.height, kH);
  EXPECT_EQ(p.frames, kFrames);
  EXPECT_NEAR(p.duration, kFrames / kFps, 0.0011);
  expect_frame_colours(p, 8);
}

TEST_F(EncoderTest, TransparentWebmKeepsAlpha) {
  const auto s = spec(OutputFormat::Webm, "alpha.webm", true);
  render(s);
  Probe p = probe(s.path);
  EXPECT_EQ(p.codec, "vp9");
  EXPECT_EQ(p.frames, kFrames);
  EXPECT_LE(p.corner[3], 8);  // background left transparent
  ASSERT_FALSE(p.samples.empty());
  EXPECT_GE(p.samples[0][3], 247);  // the square is opaque
}

TEST_F(EncoderTest, OpaqueMovIsH264) {
  const auto s = spec(OutputFormat::Mov, "scene.mov");
  render(s);
  Probe p = probe(s.path);
  EXPECT_EQ(p.codec, "h264");
  EXPECT_EQ(p.pix_fmt, "yuv420p");
  EXPECT_EQ(p.frames, kFrames);
  EXPECT_DOUBLE_EQ(p.duration, kFrames / kFps);
}

TEST_F(EncoderTest, TransparentMovIsLosslessQtrleArgbInOrder) {
  const auto s = spec(OutputFormat::Mov, "alpha.mov", true);
  render(s);
  Probe p = probe(s.path);
  EXPECT_EQ(p.codec, "qtrle");
  EXPECT_EQ(p.pix_fmt, "argb");
  EXPECT_EQ(p.width, kW);
  EXPECT_EQ(p.height, kH);
  EXPECT_EQ(p.frames, kFrames);
  EXPECT_DOUBLE_EQ(p.duration, kFrames / kFps);
  expect_frame_colours(p, 0);  // lossless: every frame in submission order
  EXPECT_EQ(p.corner, (std::array<int, 4>{0, 0, 0, 0}));
  EXPECT_EQ(p.samples[0][3], 255);
}

TEST_F(EncoderTest, ManyRasterThreadsStillWriteInOrder) {
  auto s = spec(OutputFormat::Mov, "order.mov", true);
  s.threads = 6;
  render(s);
  expect_frame_colours(probe(s.path), 0);
}

TEST_F(EncoderTest, PngSequenceIsNamedStemAndFourDigits) {
  OutputSpec s = spec(OutputFormat::Png, "frames", true);
  s.png_stem = "MyScene";
  render(s);
  const fs::path d(s.path);
  for (int k = 0; k < kFrames; ++k) {
    char name[64];
    std::snprintf(name, sizeof name, "MyScene%04d.png", k);
    ASSERT_TRUE(fs::exists(d / name)) << name;
  }
  EXPECT_EQ(std::distance(fs::directory_iterator(d), fs::directory_iterator()), kFrames);
  Probe p = probe((d / "MyScene0029.png").string());
  EXPECT_EQ(p.codec, "png");
  EXPECT_EQ(p.width, kW);
  EXPECT_EQ(p.height, kH);
  EXPECT_EQ(p.corner[3], 0);        // transparent background kept
  ASSERT_EQ(p.samples.size(), 1u);  // sampled where frame 0's square is: frame 29 covers it too
  EXPECT_EQ(p.samples[0], (std::array<int, 4>{8 * 29, 255 - 8 * 29, 100, 255}));
}

TEST_F(EncoderTest, UnwritableFolderThrowsNamingThePathAndLeavesNothing) {
  // A folder path that goes through a regular file cannot be created, even by root.
  std::ofstream(dir_ / "blocker") << "x";
  const std::string bad = (dir_ / "blocker" / "sub" / "scene.mp4").string();
  OutputSpec s = spec(OutputFormat::Mp4, "x.mp4");
  s.path = bad;
  try {
    RenderPipeline pipe(s);
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(bad), std::string::npos) << e.what();
  }
  EXPECT_EQ(files(), std::vector<std::string>{"blocker"});

  OutputSpec png = spec(OutputFormat::Png, "blocker");  // the folder is a file
  png.png_stem = "S";
  EXPECT_THROW(RenderPipeline{png}, std::runtime_error);
}

TEST_F(EncoderTest, FailedRenameThrowsNamingThePathAndRemovesPartialFile) {
  fs::create_directories(dir_ / "scene.mp4");  // a folder sits where the movie should go
  const auto s = spec(OutputFormat::Mp4, "scene.mp4");
  RenderPipeline pipe(s);
  for (int k = 0; k < 3; ++k) pipe.submit(make_frame(k));
  try {
    pipe.finish();
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(s.path), std::string::npos) << e.what();
  }
  EXPECT_EQ(files(), std::vector<std::string>{"scene.mp4"});
  EXPECT_TRUE(fs::is_directory(dir_ / "scene.mp4"));
}

TEST_F(EncoderTest, AbortAndDestructionWithoutFinishDeletePartialOutput) {
  {
    RenderPipeline pipe(spec(OutputFormat::Mp4, "a.mp4"));
    for (int k = 0; k < 5; ++k) pipe.submit(make_frame(k));
  }  // destroyed without finish()
  {
    RenderPipeline pipe(spec(OutputFormat::Gif, "b.gif"));
    pipe.submit(make_frame(0));
    pipe.abort();
    EXPECT_THROW(pipe.submit(make_frame(1)), std::logic_error);
  }
  {
    OutputSpec s = spec(OutputFormat::Png, "pngs");
    s.png_stem = "S";
    RenderPipeline pipe(s);
    for (int k = 0; k < 4; ++k) pipe.submit(make_frame(k));
    pipe.abort();
  }
  EXPECT_EQ(files(), std::vector<std::string>{"pngs"});
  EXPECT_TRUE(fs::is_empty(dir_ / "pngs"));
}

TEST_F(EncoderTest, NullFrameIsRejected) {
  RenderPipeline pipe(spec(OutputFormat::Mp4, "n.mp4"));
  EXPECT_THROW(pipe.submit(nullptr), std::invalid_argument);
}

TEST_F(EncoderTest, OddSizeIsRejectedForYuvOutputs) {
  OutputSpec s = spec(OutputFormat::Mp4, "odd.mp4");
  s.width = 255;
  try {
    RenderPipeline pipe(s);
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("255x144"), std::string::npos) << e.what();
  }
}

}  // namespace
