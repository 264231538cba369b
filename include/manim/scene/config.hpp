// Render settings, as Manim's global `config` (quality presets, fps, media folder...).
#pragma once
#include <string>

#include "manim/core/color.hpp"

namespace manim {

struct Config {
  int pixel_width = 1920;
  int pixel_height = 1080;
  double frame_rate = 60;
  double frame_width = 128.0 / 9.0;  // 14.222..., fixed; frame_height follows the pixel aspect
  double frame_height = 8.0;         // config value (to_edge uses it), as Manim's config
  Color background_color = Color(0, 0, 0, 1);
  double background_opacity = 1;
  bool transparent = false;
  // -s: render only the final state, as one PNG.
  bool save_last_frame = false;
  // Manim's rounding of text glyph advances to whole SVG units (see MANIM_FACTS §1).
  bool manim_text_kerning = false;
  // -n START[,END]: animations (plays and waits, counted from 0) before START run without
  // drawing frames; the scene ends after animation END (-1: at its real end), as Manim's
  // from_animation_number / upto_animation_number.
  int from_animation_number = 0;
  int upto_animation_number = -1;

  // Manim's quality presets: l 854x480@15, m 1280x720@30, h 1920x1080@60,
  // p 2560x1440@60, k 3840x2160@60. Throws std::invalid_argument for another letter.
  void set_quality(char q);
  // The quality folder name Manim uses under videos/<module>/, e.g. "480p15".
  std::string quality_dir() const;
};

// The configuration scenes are built and rendered with (Manim's global `config`).
Config& config();

}  // namespace manim
