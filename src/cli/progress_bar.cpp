#include "cli/progress_bar.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>

namespace manim::cli {

ProgressBar::ProgressBar(bool enabled) : enabled_(enabled), tty_(::isatty(STDERR_FILENO) != 0) {}

void ProgressBar::draw(const std::string& label, std::size_t done, std::size_t total) {
  constexpr std::size_t kWidth = 30;
  const std::size_t filled = total ? done * kWidth / total : kWidth;
  const std::string bar = std::string(filled, '#') + std::string(kWidth - filled, ' ');
  const std::string line = fmt::format("{} |{}| {}/{}", label, bar, done, total);
  if (tty_)
    std::fprintf(stderr, "\r\033[K%s", line.c_str());
  else
    std::fprintf(stderr, "%s", line.c_str());
  open_ = true;
  if (done >= total) {
    std::fputc('\n', stderr);
    open_ = false;
  }
  std::fflush(stderr);
}

void ProgressBar::update(const std::string& label, std::size_t done, std::size_t total) {
  if (!enabled_) return;
  const bool last = done >= total;
  if (!tty_) {
    if (last) draw(label, done, total);
    return;
  }
  const auto now = std::chrono::steady_clock::now();
  if (last || done == 1 || now - last_draw_ > std::chrono::milliseconds(100)) {
    draw(label, done, total);
    last_draw_ = now;
  }
}

void ProgressBar::interrupt() {
  if (open_) {
    std::fputc('\n', stderr);
    std::fflush(stderr);
    open_ = false;
  }
}

}  // namespace manim::cli
