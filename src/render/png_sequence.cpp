// PNG sequence output: one file per frame, named as Manim's png format (<stem><NNNN>.png).
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

#include "core/safe_files.hpp"
#include "render/encoder.hpp"
#include "render/png_file.hpp"
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
        height_(spec.height) {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec || !fs::is_directory(dir_))
      throw std::runtime_error("cannot create PNG folder '" + dir_.string() +
                               "': " + (ec ? ec.message() : "not a directory"));
    // Probe writability now rather than after the first frame has been drawn (a unique
    // O_EXCL name: a planted file or symlink is never written through).
    try {
      fs::path probe;
      const int fd = create_temporary(dir_ / (stem_ + ".probe"), "", probe);
      ::close(fd);
      ::unlink(probe.c_str());
      unregister_temporary(probe);
    } catch (const std::exception& e) {
      throw std::runtime_error("cannot write PNG files in '" + dir_.string() + "': " + e.what());
    }
  }

  bool any_order() const override { return true; }

  void write(std::size_t index, const std::uint8_t* bgra) override {
    char num[32];
    std::snprintf(num, sizeof num, "%04zu", index);
    fs::path path = dir_ / (stem_ + num + ".png");
    try {
      // Temporary + rename: a failure (a full disk) never leaves a truncated frame.
      write_png_atomic(path, bgra, width_, height_);
    } catch (...) {
      // The frames already finished are complete files: a write failure keeps them.
      std::lock_guard lock(mutex_);
      keep_on_abort_ = true;
      throw;
    }
    std::lock_guard lock(mutex_);
    written_.push_back(std::move(path));
  }

  void finish() override {}

  void abort() noexcept override {
    std::lock_guard lock(mutex_);
    if (keep_on_abort_) {
      written_.clear();
      return;
    }
    std::error_code ec;
    for (const fs::path& p : written_) fs::remove(p, ec);
    written_.clear();
  }

 private:
  fs::path dir_;
  std::string stem_;
  int width_, height_;
  std::mutex mutex_;
  std::vector<fs::path> written_;
  bool keep_on_abort_ = false;
};

}  // namespace

std::unique_ptr<FrameWriter> open_png_sequence(const OutputSpec& spec) {
  return std::make_unique<PngSequenceWriter>(spec);
}

}  // namespace manim::detail
