// The per-animation progress bar on stderr, as Manim's tqdm bar shows it on a terminal:
//   Animation 3: Transform(Square):  47%|████▋     | 7/15 [00:00<00:00, 65.22it/s]
// config.progress_bar: "display" clears each bar when its animation ends, "leave" keeps it,
// "none" shows nothing. Without a terminal: one plain line per finished animation.
#pragma once
#include <chrono>
#include <cstddef>
#include <string>

namespace manim::cli {

class ProgressBar {
 public:
  explicit ProgressBar(const std::string& mode);  // display, leave or none
  void update(const std::string& label, std::size_t done, std::size_t total);
  // Ends a line left open (e.g. before an error message).
  void interrupt();

  // The tqdm line for the given state, `width` columns wide (exposed for tests).
  static std::string format_line(const std::string& label, std::size_t done, std::size_t total,
                                 double elapsed_s, int width);

 private:
  void draw(const std::string& label, std::size_t done, std::size_t total);
  bool enabled_;
  bool leave_;
  bool tty_;
  bool open_ = false;
  std::size_t last_total_ = 0;
  std::string last_label_;
  std::chrono::steady_clock::time_point start_{};
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace manim::cli
