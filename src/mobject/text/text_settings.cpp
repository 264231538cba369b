#include "mobject/text/text_settings.hpp"

#include <algorithm>
#include <cmath>
#include <regex>
#include <set>
#include <stdexcept>

namespace manim::detail::text {

U8Text::U8Text(std::string s) : bytes(std::move(s)) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t i = 0, n = bytes.size();
  while (i < n) {
    offsets.push_back(i);
    unsigned char c = p[i];
    std::size_t len = c < 0x80           ? 1
                      : (c >> 5) == 0x6  ? 2
                      : (c >> 4) == 0xE  ? 3
                      : (c >> 3) == 0x1E ? 4
                                         : 0;
    bool ok = len > 0 && i + len <= n;
    for (std::size_t k = 1; ok && k < len; ++k) ok = (p[i + k] & 0xC0) == 0x80;
    if (!ok)
      throw std::invalid_argument("Text: the string is not valid UTF-8 (bad byte at offset " +
                                  std::to_string(i) + "); pass UTF-8 encoded text");
    i += len;
  }
  offsets.push_back(n);
}

std::size_t U8Text::index_of_byte(std::size_t byte) const {
  auto it = std::upper_bound(offsets.begin(), offsets.end(), byte);
  return static_cast<std::size_t>(it - offsets.begin()) - 1;
}

std::vector<std::pair<std::size_t, std::size_t>> find_indexes(const std::string& word,
                                                              const U8Text& text) {
  static const std::regex slice(R"(^\[([0-9\-]*):([0-9\-]*)\])");
  std::smatch m;
  const long n = static_cast<long>(text.size());
  if (std::regex_search(word, m, slice)) {
    auto parse = [&](const std::string& s, long dflt) {
      if (s.empty()) return dflt;
      try {
        return std::stol(s);
      } catch (const std::exception&) {
        throw std::invalid_argument("Text: bad slice '" + word + "'; write it as \"[start:end]\"");
      }
    };
    long a = parse(m[1].str(), 0), b = parse(m[2].str(), n);
    if (a < 0) a += n;
    if (b < 0) b += n;
    a = std::clamp(a, 0L, n);
    b = std::clamp(b, a, n);
    return {{static_cast<std::size_t>(a), static_cast<std::size_t>(b)}};
  }
  std::vector<std::pair<std::size_t, std::size_t>> out;
  if (word.empty()) return out;
  std::size_t pos = text.bytes.find(word);
  while (pos != std::string::npos) {
    std::size_t a = text.index_of_byte(pos), b = text.index_of_byte(pos + word.size());
    out.emplace_back(a, b);
    pos = text.bytes.find(word, pos + word.size());
  }
  return out;
}

namespace {

void sort_by_start(std::vector<TextSetting>& v) {
  std::stable_sort(v.begin(), v.end(),
                   [](const TextSetting& a, const TextSetting& b) { return a.start < b.start; });
}

// Overlapping pieces: the overlap takes the non-default value of each property, and the rest of
// the longer piece becomes a new piece (returned).
TextSetting merge(TextSetting& left, TextSetting& right, const TextSetting& d, const U8Text& text) {
  const bool contained = right.end < left.end;
  TextSetting fresh = contained ? left : right;
  fresh.start = contained ? right.end : left.end;
  left.end = right.start;
  if (!contained) right.end = fresh.start;
  auto pick = [&](auto& l, auto& r, const auto& def, const char* name) {
    if (l != def && r != def && l != r)
      throw std::invalid_argument("Text: ambiguous " + std::string(name) + " for '" +
                                  text.substr(right.start, std::max(right.start, right.end)) +
                                  "': two overlapping t2x entries set it differently");
    if (l != def) r = l;
  };
  pick(left.font, right.font, d.font, "font");
  pick(left.slant, right.slant, d.slant, "slant");
  pick(left.weight, right.weight, d.weight, "weight");
  pick(left.color, right.color, d.color, "color");
  return fresh;
}

}  // namespace

std::vector<TextSetting> text_to_settings(const U8Text& text, const SettingsRequest& req) {
  const TextSetting& d = req.defaults;
  std::vector<TextSetting> settings;

  std::set<std::string> words;
  for (const auto* m : {&req.t2f, &req.t2s, &req.t2w})
    for (const auto& [k, v] : *m) words.insert(k);
  for (const auto& [k, v] : req.t2c) words.insert(k);
  for (const std::string& w : words) {
    TextSetting s = d;
    if (auto it = req.t2f.find(w); it != req.t2f.end()) s.font = it->second;
    if (auto it = req.t2s.find(w); it != req.t2s.end()) s.slant = it->second;
    if (auto it = req.t2w.find(w); it != req.t2w.end()) s.weight = it->second;
    if (auto it = req.t2c.find(w); it != req.t2c.end()) s.color = it->second;
    for (auto [a, b] : find_indexes(w, text)) {
      s.start = a;
      s.end = b;
      settings.push_back(s);
    }
  }
  if (!req.gradient.empty()) {
    auto colors = color_gradient(req.gradient, static_cast<int>(text.size()));
    for (std::size_t i = 0; i < text.size(); ++i) {
      TextSetting s = d;
      s.start = i;
      s.end = i + 1;
      s.color = Color(colors[i].to_hex());  // Manim passes the colour to Pango as hex
      settings.push_back(s);
    }
  }

  for (const auto& [word, stops] : req.t2g) {
    if (stops.empty()) continue;
    // Manim spreads the colours over len(key) characters, also for a "[a:b]" key.
    const std::size_t len = U8Text(word).size();
    auto colors = stops.size() == 1 ? std::vector<Color>(len, stops[0])
                                    : color_gradient(stops, static_cast<int>(len));
    for (auto [a, b] : find_indexes(word, text)) {
      if (b - a > colors.size())
        throw std::invalid_argument("Text: t2g key '" + word + "' spans " + std::to_string(b - a) +
                                    " characters but its gradient has " +
                                    std::to_string(colors.size()) +
                                    " colours (Manim sizes it by the key's length); use a "
                                    "substring key");
      for (std::size_t i = a; i < b; ++i) {
        TextSetting s = d;
        s.start = i;
        s.end = i + 1;
        s.color = Color(colors[i - a].to_hex());
        settings.push_back(s);
      }
    }
  }

  sort_by_start(settings);
  for (std::size_t i = 0; i + 1 < settings.size(); ++i) {
    if (settings[i].end > settings[i + 1].start) {
      TextSetting fresh = merge(settings[i], settings[i + 1], d, text);
      std::size_t at = i + 1;
      while (at < settings.size() && settings[at].start < fresh.start) ++at;
      settings.insert(settings.begin() + static_cast<long>(at), fresh);
    }
  }

  // Fill the gaps with the defaults.
  std::vector<TextSetting> all = settings;
  std::size_t start = 0;
  for (const TextSetting& s : settings) {
    if (s.start > start) {
      TextSetting g = d;
      g.start = start;
      g.end = s.start;
      all.push_back(g);
    }
    start = s.end;
  }
  if (start < text.size()) {
    TextSetting g = d;
    g.start = start;
    g.end = text.size();
    all.push_back(g);
  }
  sort_by_start(all);

  // Split at newlines; each line's pieces get its line number.
  long line = 0;
  for (auto [nl_start, nl_end] : find_indexes("\n", text)) {
    for (std::size_t i = 0; i < all.size(); ++i) {
      TextSetting& s = all[i];
      if (s.line_num == -1) s.line_num = line;
      if (nl_start < s.end) {
        ++line;
        TextSetting next = s;
        s.end = nl_end;
        next.start = nl_end;
        next.line_num = line;
        all.push_back(next);
        sort_by_start(all);
        break;
      }
    }
  }
  for (TextSetting& s : all)
    if (s.line_num == -1) s.line_num = line;
  return all;
}

std::string short_repr(const std::string& kind, const std::string& text) {
  std::string r = text.size() > 40 ? text.substr(0, 37) + "..." : text;
  std::replace(r.begin(), r.end(), '\n', ' ');
  return kind + "(\"" + r + "\")";
}

double scaled_font_size(double font_size, double initial_height, double height) {
  return initial_height <= 0 ? font_size : font_size * height / initial_height;
}

double font_size_scale(double now, double size, const std::string& who) {
  if (!std::isfinite(size) || size <= 0)
    throw std::invalid_argument(who + ": font_size must be finite and > 0, got " +
                                std::to_string(size));
  return now > 0 ? size / now : 1.0;
}

}  // namespace manim::detail::text
