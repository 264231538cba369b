// Sections, subcaptions and sounds: what a Scene records while it plays, for the file writer to
// turn into section videos (--save_sections), the .srt beside the movie and the movie's audio.
// Manim CE v0.18.0's section.py and the subcaption/sound parts of scene.py.
#pragma once
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace manim {

// Manim's DefaultSectionType: a section's type is a free string for third-party tools; this is
// the one Manim defines.
namespace DefaultSectionType {
inline constexpr const char* NORMAL = "default.normal";
}

// One section of a scene (Manim's Section). A scene starts with "autocreated"; next_section()
// closes the current one (dropped when it holds no play) and opens the next.
struct Section {
  std::string name;
  std::string type = DefaultSectionType::NORMAL;
  bool skip_animations = false;
  std::size_t plays = 0;  // play()/wait() calls in it, skipped ones included (Manim's count)
  // The movie segments it holds: plays that emitted frames, [first_segment, +segments).
  std::size_t first_segment = 0;
  std::size_t segments = 0;
  bool empty() const { return plays == 0; }
};

// A subtitle of the .srt file (Manim's srt.Subtitle): seconds from the movie's start.
struct Subcaption {
  std::size_t index = 0;  // order of addition
  std::string content;
  double start = 0;
  double end = 0;
};

// A sound to mix into the movie at `time` seconds, amplified by `gain` dB (Manim's add_sound).
struct SoundEvent {
  std::filesystem::path file;
  double time = 0;
  std::optional<double> gain;
};

// The .srt text of `subs` as the srt package composes it: sorted by (start, end, index),
// numbered from 1, subtitles without content, starting before 0 or not ending after their
// start left out, times as HH:MM:SS,mmm.
std::string compose_srt(const std::vector<Subcaption>& subs);

}  // namespace manim
