// The global render configuration and Manim's quality presets.
#include "manim/scene/config.hpp"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>
#include <string>

namespace manim {

void Config::set_quality(char q) {
  struct Preset {
    char letter;
    int w, h;
    double fps;
  };
  // Manim's QUALITIES table (low, medium, high, production, fourk).
  static constexpr Preset kPresets[] = {{'l', 854, 480, 15},
                                        {'m', 1280, 720, 30},
                                        {'h', 1920, 1080, 60},
                                        {'p', 2560, 1440, 60},
                                        {'k', 3840, 2160, 60}};
  for (const Preset& p : kPresets) {
    if (p.letter == q) {
      pixel_width = p.w;
      pixel_height = p.h;
      frame_rate = p.fps;
      return;
    }
  }
  throw std::invalid_argument(
      fmt::format("Config::set_quality: unknown quality '{}'; use one of l, m, h, p, k", q));
}

std::string Config::quality_dir() const {
  // Manim names the folder "{pixel_height}p{frame_rate}"; whole rates print without decimals.
  if (std::isfinite(frame_rate) && frame_rate == std::floor(frame_rate))
    return fmt::format("{}p{}", pixel_height, static_cast<long long>(frame_rate));
  return fmt::format("{}p{}", pixel_height, frame_rate);
}

Config& config() {
  static Config c;
  return c;
}

}  // namespace manim
