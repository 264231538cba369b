// The .srt text of a scene's subcaptions, composed as the srt package (used by Manim) does.
#include "manim/scene/section.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <tuple>

namespace manim {
namespace {

// datetime.timedelta(seconds=x) keeps whole microseconds, rounding half to even.
std::int64_t to_micros(double seconds) {
  return static_cast<std::int64_t>(std::nearbyint(seconds * 1e6));
}

// srt's timedelta_to_srt_timestamp: HH:MM:SS,mmm (milliseconds truncated).
std::string timestamp(std::int64_t us) {
  const std::int64_t ms = us / 1000;
  const std::int64_t s = ms / 1000;
  return fmt::format("{:02}:{:02}:{:02},{:03}", s / 3600, (s / 60) % 60, s % 60, ms % 1000);
}

bool blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  });
}

// srt's make_legal_content: no leading/trailing newlines and no empty line inside (an empty
// line ends a subtitle in the format).
std::string legal_content(const std::string& c) {
  if (!c.empty() && c[0] != '\n' && c.find("\n\n") == std::string::npos) return c;
  const std::size_t b = c.find_first_not_of('\n');
  if (b == std::string::npos) return {};
  const std::size_t e = c.find_last_not_of('\n');
  std::string out;
  for (std::size_t i = b; i <= e; ++i) {
    if (c[i] == '\n' && !out.empty() && out.back() == '\n') continue;
    out += c[i];
  }
  return out;
}

}  // namespace

std::string compose_srt(const std::vector<Subcaption>& subs) {
  struct Entry {
    std::int64_t start, end;
    std::size_t index;
    const std::string* content;
  };
  std::vector<Entry> entries;
  for (const Subcaption& s : subs)
    entries.push_back({to_micros(s.start), to_micros(s.end), s.index, &s.content});
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return std::tie(a.start, a.end, a.index) < std::tie(b.start, b.end, b.index);
  });
  std::string out;
  std::size_t number = 1;
  for (const Entry& e : entries) {
    if (blank(*e.content) || e.start < 0 || e.start >= e.end) continue;
    out += fmt::format("{}\n{} --> {}\n{}\n\n", number++, timestamp(e.start), timestamp(e.end),
                       legal_content(*e.content));
  }
  return out;
}

}  // namespace manim
