// Section index and movie probe (see sections.hpp).
#include "render/sections.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <stdexcept>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace manim::detail {

VideoMetadata probe_video(const std::filesystem::path& path) {
  AVFormatContext* f = nullptr;
  auto fail = [&](const std::string& why) {
    if (f) avformat_close_input(&f);
    throw std::runtime_error(fmt::format("cannot read movie '{}': {}", path.string(), why));
  };
  if (avformat_open_input(&f, path.c_str(), nullptr, nullptr) < 0) fail("not a readable movie");
  if (avformat_find_stream_info(f, nullptr) < 0) fail("no stream information");
  const int idx = av_find_best_stream(f, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  if (idx < 0) fail("no video stream");
  const AVStream* st = f->streams[idx];
  VideoMetadata m;
  const AVCodecDescriptor* d = avcodec_descriptor_get(st->codecpar->codec_id);
  m.codec_name = d ? d->name : "unknown";
  m.width = st->codecpar->width;
  m.height = st->codecpar->height;
  m.avg_frame_rate = fmt::format("{}/{}", st->avg_frame_rate.num, st->avg_frame_rate.den);
  // ffprobe prints the stream duration (in its time base) as seconds with "%f".
  if (st->duration != AV_NOPTS_VALUE)
    m.duration = fmt::format("{:.6f}", static_cast<double>(st->duration) * av_q2d(st->time_base));
  m.nb_frames = std::to_string(st->nb_frames);
  avformat_close_input(&f);
  return m;
}

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::uint32_t cp = c;
    std::size_t len = 1;
    if (c >= 0xF0 && i + 3 < s.size()) {
      cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) |
           (s[i + 3] & 0x3Fu);
      len = 4;
    } else if (c >= 0xE0 && i + 2 < s.size()) {
      cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
      len = 3;
    } else if (c >= 0xC0 && i + 1 < s.size()) {
      cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
      len = 2;
    }
    i += len;
    switch (cp) {
      case '"':
        out += "\\\"";
        continue;
      case '\\':
        out += "\\\\";
        continue;
      case '\n':
        out += "\\n";
        continue;
      case '\r':
        out += "\\r";
        continue;
      case '\t':
        out += "\\t";
        continue;
      case '\b':
        out += "\\b";
        continue;
      case '\f':
        out += "\\f";
        continue;
      default:
        break;
    }
    if (cp < 0x20 || (cp >= 0x7F && cp < 0x10000)) {
      out += fmt::format("\\u{:04x}", cp);
    } else if (cp >= 0x10000) {  // a UTF-16 surrogate pair, as Python writes it
      const std::uint32_t v = cp - 0x10000;
      out += fmt::format("\\u{:04x}\\u{:04x}", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
    } else {
      out += static_cast<char>(cp);
    }
  }
  return out + "\"";
}

std::string sections_index_json(const std::vector<SectionIndexEntry>& entries) {
  if (entries.empty()) return "[]";
  std::string out = "[\n";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const SectionIndexEntry& e = entries[i];
    out += "    {\n";
    out += "        \"name\": " + json_string(e.name) + ",\n";
    out += "        \"type\": " + json_string(e.type) + ",\n";
    out += "        \"video\": " + json_string(e.video) + ",\n";
    out += "        \"codec_name\": " + json_string(e.meta.codec_name) + ",\n";
    out += fmt::format("        \"width\": {},\n", e.meta.width);
    out += fmt::format("        \"height\": {},\n", e.meta.height);
    out += "        \"avg_frame_rate\": " + json_string(e.meta.avg_frame_rate) + ",\n";
    out += "        \"duration\": " + json_string(e.meta.duration) + ",\n";
    out += "        \"nb_frames\": " + json_string(e.meta.nb_frames) + "\n";
    out += i + 1 < entries.size() ? "    },\n" : "    }\n";
  }
  return out + "]";
}

}  // namespace manim::detail
