#include "cli/progress_bar.hpp"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>

namespace manim::cli {

namespace {

// tqdm's [MM:SS] (or H:MM:SS past an hour).
std::string clock_text(double s) {
  if (!std::isfinite(s) || s < 0) return "?";
  const long t = static_cast<long>(s);
  if (t >= 3600) return fmt::format("{}:{:02}:{:02}", t / 3600, (t / 60) % 60, t % 60);
  return fmt::format("{:02}:{:02}", t / 60, t % 60);
}

int terminal_width() {
  winsize ws{};
  if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20) return ws.ws_col;
  return 80;
}

}  // namespace

ProgressBar::ProgressBar(const std::string& mode)
    : enabled_(mode != "none"), leave_(mode == "leave"), tty_(::isatty(STDERR_FILENO) != 0) {}

std::string ProgressBar::format_line(const std::string& label, std::size_t done, std::size_t total,
                                     double elapsed_s, int width) {
  const double frac = total ? static_cast<double>(done) / total : 1.0;
  const double rate = elapsed_s > 0 ? done / elapsed_s : 0.0;
  const double remaining = rate > 0 ? (total - done) / rate : NAN;
  const std::string left = fmt::format("{}: {:3.0f}%|", label, frac * 100);
  const std::string right =
      fmt::format("| {}/{} [{}<{}, {}]", done, total, clock_text(elapsed_s), clock_text(remaining),
                  rate > 0 ? fmt::format("{:.2f}it/s", rate) : std::string("?it/s"));
  const int bar_cols = std::max(1, width - static_cast<int>(left.size() + right.size()));
  // tqdm's smooth bar: full blocks, then one of 8 partial blocks.
  static const char* const kParts[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  const double cells = frac * bar_cols;
  const int full = static_cast<int>(cells);
  std::string bar;
  for (int i = 0; i < full; ++i) bar += "█";
  int used = full;
  if (full < bar_cols) {
    const int part = static_cast<int>((cells - full) * 8);
    if (part > 0) {
      bar += kParts[part];
      ++used;
    }
  }
  bar += std::string(static_cast<std::size_t>(bar_cols - used), ' ');
  return left + bar + right;
}

void ProgressBar::draw(const std::string& label, std::size_t done, std::size_t total) {
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const bool last = done >= total;
  if (!tty_) {
    // Plain lines for logs: one per finished animation.
    std::fprintf(stderr, "%s: %zu/%zu frames in %.2f s (%.1f frames/s)\n", label.c_str(), done,
                 total, elapsed, elapsed > 0 ? done / elapsed : 0.0);
    std::fflush(stderr);
    return;
  }
  const std::string line = format_line(label, done, total, elapsed, terminal_width() - 1);
  std::fprintf(stderr, "\r\033[K%s", line.c_str());
  open_ = true;
  if (last) {
    if (leave_)
      std::fputc('\n', stderr);
    else
      std::fputs("\r\033[K", stderr);  // "display": the finished bar disappears, as tqdm's
    open_ = false;
  }
  std::fflush(stderr);
}

void ProgressBar::update(const std::string& label, std::size_t done, std::size_t total) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (label != last_label_ || total != last_total_ || done <= 1) {
    if (label != last_label_ || total != last_total_) start_ = now;
    last_label_ = label;
    last_total_ = total;
  }
  const bool last = done >= total;
  if (!tty_) {
    if (last) draw(label, done, total);
    return;
  }
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
