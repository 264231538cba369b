// PNG sequence output: one file per frame, named as Manim's png format (<stem><NNNN>.png).
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

#include "render/encoder.hpp"
#include "render/raster.hpp"

namespace manim::detail {
namespace {

namespace fs = std::filesystem;

class PngSequenceWriter final : public FrameWriter {
 public:
  explicit PngSequenceWriter(const OutputSpec& spec)
      : dir_(spec.path.empty() ? fs::path(".") : fs::path(spec.path)),
        stem_(spec.png_stem),
        width_(spec.width),
        height_(spec.height),
        zero_pad_(spec.zero_pad) {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec || !fs::is_directory(dir_))
      throw std::runtime_error("cannot create PNG folder '" + dir_.string() +
                               "': " + (ec ? ec.message() : "not a directory"));
    // Probe writability now rather than after the first frame has been drawn.
    fs::path probe = dir_ / ("." + stem_ + ".probe");
    std::FILE* f = std::fopen(probe.c_str(), "wb");
    if (!f)
      throw std::runtime_error("cannot write PNG files in '" + dir_.string() +
                               "': " + std::error_code(errno, std::generic_category()).message());
    std::fclose(f);
    fs::remove(probe, ec);
  }

  bool any_order() const override { return true; }

  void write(std::size_t index, const std::uint8_t* bgra) override {
    char num[32];
    std::snprintf(num, sizeof num, "%0*zu", zero_pad_, index);
    fs::path path = dir_ / (stem_ + num + ".png");
    write_png(path.string(), bgra, width_, height_);
    std::lock_guard lock(mutex_);
    written_.push_back(std::move(path));
  }

  void finish() override {}

  void abort() noexcept override {
    std::lock_guard lock(mutex_);
    std::error_code ec;
    for (const fs::path& p : written_) fs::remove(p, ec);
    written_.clear();
  }

 private:
  fs::path dir_;
  std::string stem_;
  int width_, height_;
  int zero_pad_;  // digits of the frame number (Manim's zero_pad)
  std::mutex mutex_;
  std::vector<fs::path> written_;
};

}  // namespace

std::unique_ptr<FrameWriter> open_png_sequence(const OutputSpec& spec) {
  return std::make_unique<PngSequenceWriter>(spec);
}

}  // namespace manim::detail
