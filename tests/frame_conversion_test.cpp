// The colour conversion in the raster threads (src/render/pipeline.cpp with
// open_frame_converter): a movie whose BGRA -> yuv420p conversion ran on the raster threads is
// the same file, byte for byte, as one converted on the encoder thread (VideoWriter::write).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "render/encoder.hpp"
#include "render/pipeline.hpp"
#include "render/raster.hpp"

using namespace manim;
namespace fs = std::filesystem;

namespace {

constexpr int kW = 320, kH = 180, kFrames = 24;

// A moving, turning polygon with a gradient-like colour per frame and a thin stroke: edges
// with antialiasing (chroma subsampling sees mixed pixels), colours that change every frame.
FramePtr make_frame(int k) {
  auto f = std::make_shared<Frame>();
  f->index = static_cast<std::size_t>(k);
  f->background = Color(0.05, 0.1, 0.15, 1);
  for (int j = 0; j < 3; ++j) {
    PathItem p;
    const double cx = -4 + 0.3 * k + 2.5 * j, cy = 0.7 * j - 1, r = 1.2 + 0.1 * j;
    const double a0 = 0.13 * k + j;
    p.xy = {cx + r * std::cos(a0), cy + r * std::sin(a0)};
    for (int i = 1; i <= 5; ++i) {
      const double a = a0 + 2 * M_PI * i / 5, b = a0 + 2 * M_PI * (i - 1) / 5;
      const double x0 = cx + r * std::cos(b), y0 = cy + r * std::sin(b);
      const double x1 = cx + r * std::cos(a), y1 = cy + r * std::sin(a);
      for (double t : {1.0 / 3, 2.0 / 3, 1.0}) {
        p.xy.push_back(x0 + (x1 - x0) * t);
        p.xy.push_back(y0 + (y1 - y0) * t);
      }
    }
    p.subpaths.push_back({0, 5, true});
    p.fill = Color((10.0 * k + 60 * j) / 400, 0.8 - 0.02 * k, 0.3 + 0.2 * j, 0.7);
    p.stroke = Color(1, 1, 0.9, 1);
    p.stroke_width = 3;
    f->items.push_back(std::move(p));
  }
  return f;
}

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

class FrameConversionTest : public ::testing::TestWithParam<OutputFormat> {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("manim_frame_conversion_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  OutputSpec spec(const std::string& name) const {
    OutputSpec s;
    s.format = GetParam();
    s.path = (dir_ / (name + "." + output_format_name(GetParam()))).string();
    s.width = kW;
    s.height = kH;
    s.fps = 15;
    s.threads = 2;
    return s;
  }
  // The reference: every frame rasterised here and converted by the writer itself.
  std::string encoded_on_the_encoder_thread() {
    const OutputSpec s = spec("reference");
    auto writer = detail::open_video_writer(s);
    detail::RasterTarget target{.width = kW, .height = kH};
    std::vector<std::uint8_t> bgra(static_cast<std::size_t>(kW) * kH * 4);
    for (int k = 0; k < kFrames; ++k) {
      detail::rasterize(*make_frame(k), target, bgra.data());
      writer->write(static_cast<std::size_t>(k), bgra.data());
    }
    writer->finish();
    return read_all(s.path);
  }
  fs::path dir_;
};

TEST_P(FrameConversionTest, ConvertedFramesGiveTheSameMovie) {
  const std::string reference = encoded_on_the_encoder_thread();
  ASSERT_GT(reference.size(), 1000u);
  // Converted by a converter, written as converted frames.
  const OutputSpec s = spec("converted");
  auto converter = detail::open_frame_converter(s);
  ASSERT_NE(converter, nullptr);
  auto writer = detail::open_video_writer(s);
  auto converted = converter->make();
  detail::RasterTarget target{.width = kW, .height = kH};
  std::vector<std::uint8_t> bgra(static_cast<std::size_t>(kW) * kH * 4);
  for (int k = 0; k < kFrames; ++k) {
    detail::rasterize(*make_frame(k), target, bgra.data());
    converter->convert(bgra.data(), *converted);
    writer->write_converted(static_cast<std::size_t>(k), *converted);
  }
  writer->finish();
  EXPECT_EQ(read_all(s.path), reference);
}

TEST_P(FrameConversionTest, ThePipelineConvertingInItsRasterThreadsWritesTheSameMovie) {
  const std::string reference = encoded_on_the_encoder_thread();
  const OutputSpec s = spec("pipeline");
  RenderPipeline pipeline(s);
  for (int k = 0; k < kFrames; ++k) pipeline.submit(make_frame(k));
  pipeline.finish();
  EXPECT_EQ(pipeline.frames_written(), static_cast<std::size_t>(kFrames));
  EXPECT_EQ(read_all(s.path), reference);
}

INSTANTIATE_TEST_SUITE_P(Formats, FrameConversionTest,
                         ::testing::Values(OutputFormat::Mp4, OutputFormat::Mov),
                         [](const auto& info) {
                           return std::string(output_format_name(info.param));
                         });

TEST(FrameConversion, OutputsConvertedOnTheEncoderThreadHaveNoConverter) {
  OutputSpec s;
  s.width = kW;
  s.height = kH;
  s.format = OutputFormat::Gif;
  EXPECT_EQ(detail::open_frame_converter(s), nullptr) << "GIF quantises BGRA itself";
  s.format = OutputFormat::Mov;
  s.transparent = true;
  EXPECT_EQ(detail::open_frame_converter(s), nullptr) << "qtrle keeps the alpha channel";
  s.format = OutputFormat::Webm;
  EXPECT_EQ(detail::open_frame_converter(s), nullptr) << "yuva420p keeps the alpha channel";
  s.transparent = false;  // opaque VP9 takes yuv420p as x264
  EXPECT_NE(detail::open_frame_converter(s), nullptr);
  EXPECT_EQ(detail::open_frame_converter(s)->frame_bytes(),
            static_cast<std::size_t>(kW) * kH * 3 / 2);
}

}  // namespace
