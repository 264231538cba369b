// Internal: the section videos' index (Manim's <Scene>.json in sections_dir) and the probe of a
// written movie that fills it (the fields Manim reads with ffprobe).
#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace manim::detail {

// What `ffprobe -select_streams v:0 -show_entries
// stream=width,height,nb_frames,duration,avg_frame_rate,codec_name` reports, as its text.
struct VideoMetadata {
  std::string codec_name;  // "h264"
  int width = 0, height = 0;
  std::string avg_frame_rate;  // "15/1"
  std::string duration;        // "1.000000"
  std::string nb_frames;       // "15"
};
// Throws std::runtime_error naming the file when it is not a readable movie.
VideoMetadata probe_video(const std::filesystem::path& path);

struct SectionIndexEntry {
  std::string name, type, video;
  VideoMetadata meta;
};
// Manim's json.dump(index, indent=4): the fields in Manim's order (name, type, video, then
// ffprobe's codec_name, width, height, avg_frame_rate, duration, nb_frames), non-ASCII escaped.
std::string sections_index_json(const std::vector<SectionIndexEntry>& entries);

// Python's json string literal (ensure_ascii): "\"a\\u00e9\"".
std::string json_string(const std::string& utf8);

}  // namespace manim::detail
