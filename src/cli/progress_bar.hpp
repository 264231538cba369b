// The per-animation progress line on stderr, as Manim's tqdm bar:
//   Animation 3: Transform(Square) |##########          | 12/15
// On a terminal it redraws in place (throttled); otherwise one line per finished animation.
#pragma once
#include <chrono>
#include <cstddef>
#include <string>

namespace manim::cli {

class ProgressBar {
 public:
  explicit ProgressBar(bool enabled);
  void update(const std::string& label, std::size_t done, std::size_t total);
  // Ends a line left open (e.g. before an error message).
  void interrupt();

 private:
  void draw(const std::string& label, std::size_t done, std::size_t total);
  bool enabled_;
  bool tty_;
  bool open_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace manim::cli
