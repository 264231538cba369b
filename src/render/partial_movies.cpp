// The partial-movie cache: per-play segments keyed by their frames, held, spilled or encoded
// until the key is known (the entries' files, checks and join: partial_movie_files.cpp).
#include "render/partial_movies.hpp"

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <set>
#include <stdexcept>
#include <system_error>

#include "core/safe_files.hpp"
#include "manim/core/config.hpp"
#include "render/x264_options.hpp"

namespace manim::detail {

namespace fs = std::filesystem;

namespace {

// Bumped when the encoder settings in video_encoder.cpp change the bytes they write.
constexpr const char* kEncoderSettings = "x264 medium crf23 yuv420p; qtrle argb; vp9 aar0; v1";

const char* ext_of(OutputFormat f) { return output_format_name(f); }

bool debugging() { return config().verbosity == "DEBUG"; }

void debug(const std::string& m) {
  if (debugging()) std::fprintf(stderr, "DEBUG partial movies: %s\n", m.c_str());
}

// The process's memory now, for the DEBUG line of each play: resident and peak resident (from
// /proc/self/status), and glibc's heap (in use, free inside it, mapped blocks).
std::string memory_note() {
  std::string rss = "?", hwm = "?";
  if (std::FILE* f = std::fopen("/proc/self/status", "r")) {
    char line[256];
    while (std::fgets(line, sizeof line, f)) {
      unsigned long kb = 0;
      if (std::sscanf(line, "VmRSS: %lu", &kb) == 1) rss = std::to_string(kb >> 10);
      if (std::sscanf(line, "VmHWM: %lu", &kb) == 1) hwm = std::to_string(kb >> 10);
    }
    std::fclose(f);
  }
  const struct mallinfo2 mi = mallinfo2();
  return "RSS " + rss + " MB, peak " + hwm + " MB, heap in use " +
         std::to_string(mi.uordblks >> 20) + " MB, free in heap " +
         std::to_string(mi.fordblks >> 20) + " MB, mapped " + std::to_string(mi.hblkhd >> 20) +
         " MB";
}

std::size_t frame_bytes(const Frame& f) {
  std::size_t n = sizeof(Frame);
  for (const PathItem& it : f.items) n += sizeof(PathItem) + it.xy.size() * sizeof(double);
  return n;
}

}  // namespace

// ---------------------------------------------------------------- the writer

PartialMovieWriter::PartialMovieWriter(const OutputSpec& spec, fs::path dir, bool caching,
                                       int max_files_cached, HoldBounds hold)
    : spec_(spec),
      dir_(std::move(dir)),
      caching_(caching),
      max_files_(max_files_cached),
      hold_(hold) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec)
    throw std::runtime_error("cannot create the partial movie folder '" + dir_.string() +
                             "': " + ec.message());
  // Temporaries of a render that died without cleaning up (over an hour old) are swept.
  const auto now = fs::file_time_type::clock::now();
  for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code e2;
    if (is_temporary_name(it->path().filename().string()) &&
        now - fs::last_write_time(it->path(), e2) > std::chrono::hours(1) && !e2)
      fs::remove(it->path(), e2);
  }
  ec.clear();
  if (caching_)
    for (const fs::path& p : cache_entries(dir_))
      prefixes_.insert(std::stoull(p.stem().string().substr(0, 16), nullptr, 16));
  OutputSpec s = spec_;
  s.path.clear();  // segments are opened one by one
  pipeline_ = std::make_unique<RenderPipeline>(s);
}

PartialMovieWriter::~PartialMovieWriter() {
  if (!done_) abort();
}

void PartialMovieWriter::start_streaming(bool speculative) {
  streaming_ = true;
  speculative_ = speculative;
  fs::path tmp = temporary_name(dir_ / ("play." + std::string(ext_of(spec_.format))),
                                std::string(".") + ext_of(spec_.format));
  segments_.push_back({tmp, 0, true});
  pipeline_->begin_segment(tmp.string());
}

bool PartialMovieWriter::start_spill() {
  if (hold_.spill == 0) return false;
  // Written in pieces small beside the bound, so what stays in memory is well under it.
  if (!spilled_.open(dir_, hold_.spill, std::min<std::size_t>(1u << 20, hold_.likely_cached / 4))) {
    debug("cannot spill a play to disk (" + spilled_.error() + "): encoding it as it comes");
    return false;
  }
  ++stats_.plays_spilled;
  stats_.held_bytes_peak = std::max(stats_.held_bytes_peak, held_.bytes());
  held_.drain([this](FramePtr frame, std::size_t copies) { spilled_.add(frame, copies); });
  list_bytes_ = 0;
  if (spilled_.failed()) stream_spilled();
  return true;
}

void PartialMovieWriter::stream_spilled() {
  debug("spilling a play to disk failed (" +
        (spilled_.failed() ? spilled_.error() : "what it keeps in memory passed the bound") +
        "): encoding it as it comes");
  start_streaming(true);
  segments_.back().frames = play_frames_;
  flush_buffer();
}

void PartialMovieWriter::flush_buffer() {
  // Rebuilt one at a time as the pipeline takes them (it blocks while its queue is full), each
  // item freed after its last frame.
  auto take = [this](FramePtr frame, std::size_t copies) {
    pipeline_->submit_copies(frame, copies);
    stats_.frames_encoded += copies;
  };
  if (spilled_.is_open()) {
    stats_.spilled_file_bytes_peak =
        std::max(stats_.spilled_file_bytes_peak, spilled_.file_bytes());
    spilled_.drain(take);
    return;
  }
  stats_.held_bytes_peak = std::max(stats_.held_bytes_peak, held_.bytes());
  held_.drain(take);
  release_held();
}

void PartialMovieWriter::release_held() {
  stats_.held_bytes_peak = std::max(stats_.held_bytes_peak, held_.bytes());
  held_.clear();
  list_bytes_ = 0;
  if (spilled_.is_open())
    stats_.spilled_file_bytes_peak =
        std::max(stats_.spilled_file_bytes_peak, spilled_.file_bytes());
  spilled_.close();
}

void PartialMovieWriter::discard(const fs::path& tmp) {
  // The encoder may still be writing it: removed once the pipeline is finished.
  discarded_.push_back(tmp);
}

void PartialMovieWriter::submit(FramePtr frame) { submit_copies(frame, 1); }

void PartialMovieWriter::submit_copies(const FramePtr& frame, std::size_t count) {
  if (!frame) throw std::invalid_argument("PartialMovieWriter::submit: frame is null");
  if (count == 0) return;
  if (play_frames_ == 0) {
    hash_ = Hasher128();
    streaming_ = speculative_ = outgrew_ = likely_cached_ = false;
    if (!caching_) start_streaming(false);
  }
  play_frames_ += count;
  if (caching_) {
    hash_frame(*frame, hash_);
    hash_.add_u64(count);
  }
  if (streaming_) {
    segments_.back().frames += count;
    pipeline_->submit_copies(frame, count);
    stats_.frames_encoded += count;
    return;
  }
  if (spilled_.is_open()) {
    spilled_.add(frame, count);
    if (spilled_.failed() || spilled_.bytes() > hold_.likely_cached) stream_spilled();
    return;
  }
  held_.add(*frame, count);
  list_bytes_ += frame_bytes(*frame);
  if (!outgrew_ && list_bytes_ > hold_.unknown) {
    outgrew_ = true;
    prefix_ = key_hasher(play_frames_, hash_).hi();
    likely_cached_ = prefixes_.count(prefix_) > 0;
    // Held lists beside a working encoder are what this bound avoids: hold only once the
    // pipeline has written what it had (and closed its encoder).
    if (likely_cached_) pipeline_->wait_idle();
  }
  if (likely_cached_ ? held_.bytes() > hold_.likely_cached : list_bytes_ > hold_.unknown) {
    if (likely_cached_ && start_spill()) return;
    start_streaming(true);
    segments_.back().frames = play_frames_;
    flush_buffer();
  }
}

Hasher128 PartialMovieWriter::key_hasher(std::uint64_t frames, const Hasher128& h) const {
  Hasher128 key;
  key.add_string(engine_build_id());
  key.add_string(kEncoderSettings);
  key.add_string(x264_params_for(spec_.x264_params));  // "" and the default text: one entry
  key.add_string(ext_of(spec_.format));
  key.add_u64(static_cast<std::uint64_t>(spec_.width));
  key.add_u64(static_cast<std::uint64_t>(spec_.height));
  key.add_double(spec_.fps);
  key.add_u64(spec_.transparent ? 1 : 0);
  key.add_u64(frames);
  key.add_u64(h.hi());
  key.add_u64(h.lo());
  return key;
}

std::string PartialMovieWriter::key_of(std::size_t frames) const {
  const Hasher128 key = key_hasher(frames, hash_);
  if (!outgrew_) return key.hex();
  char text[33];
  std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(prefix_),
                static_cast<unsigned long long>(key.lo()));
  return text;
}

PartialMovieWriter::Lookup PartialMovieWriter::lookup(const std::string& name, const fs::path& path,
                                                      std::size_t frames) {
  if (scheduled_.count(name)) return Lookup::Scheduled;
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(path, ec))) return Lookup::New;
  const std::string why = check_segment(path, spec_, frames);
  if (why.empty()) {
    scheduled_.insert(name);
    fs::last_write_time(path, fs::file_time_type::clock::now(), ec);  // LRU: used now
    return Lookup::Cached;
  }
  warn("partial movie '" + path.string() + "' is unusable (" + why + "); rendering it again");
  fs::remove(path, ec);
  return Lookup::New;
}

void PartialMovieWriter::end_play() {
  if (play_frames_ == 0) return;
  const std::size_t frames = play_frames_;
  const std::size_t held = held_.bytes();
  // At DEBUG: what the play held (each distinct item once) and the process's memory.
  std::string note;
  if (debugging())
    note = " (" +
           (held_.empty() ? std::string()
                          : "held " + std::to_string(held >> 10) + " kB, " +
                                std::to_string(held_.items_stored()) + " of " +
                                std::to_string(held_.items_added()) + " items stored; ") +
           (spilled_.is_open()
                ? "spilled " + std::to_string(spilled_.file_bytes() >> 10) + " kB to disk, " +
                      std::to_string(spilled_.bytes() >> 10) + " kB in memory; "
                : std::string()) +
           memory_note() + ")";
  play_frames_ = 0;
  ++stats_.plays;
  const std::string play =
      "play " + std::to_string(stats_.plays - 1) + " (" + std::to_string(frames) + " frames): ";
  if (streaming_ && !speculative_) {  // --disable_caching
    streaming_ = false;
    pipeline_->end_segment();
    return;
  }
  const std::string name = key_of(frames);
  const fs::path path = dir_ / (name + "." + ext_of(spec_.format));
  const Lookup found = lookup(name, path, frames);
  auto schedule = [&](const fs::path& tmp) {
    scheduled_.insert(name);
    scheduled_paths_[name] = tmp;
    prefixes_.insert(std::stoull(name.substr(0, 16), nullptr, 16));
  };
  if (found != Lookup::New) {
    ++stats_.plays_cached;
    if (likely_cached_) ++stats_.plays_held_as_likely_cached;
  }
  if (streaming_) {  // encoded as it came: keep the segment as the entry, or drop it
    streaming_ = speculative_ = false;
    pipeline_->end_segment();
    Segment& s = segments_.back();
    if (found == Lookup::New) {
      s.entry = path;
      schedule(s.path);
      debug(play + "encoded as it came (too big to hold), new " + path.filename().string() + note);
      return;
    }
    discard(s.path);
    s.path = path;
    s.temporary = false;
    if (found == Lookup::Scheduled) {
      if (auto it = scheduled_paths_.find(name); it != scheduled_paths_.end()) s.path = it->second;
      s.entry = path;
    }
    ++stats_.plays_encoded_then_cached;
    debug(play + "encoded as it came (too big to hold), then found cached: " +
          path.filename().string() + note);
    return;
  }
  segments_.push_back({path, frames, false});
  if (found != Lookup::New) {
    if (found == Lookup::Scheduled) {  // the same play earlier in this render
      if (auto it = scheduled_paths_.find(name); it != scheduled_paths_.end())
        segments_.back().path = it->second;
      segments_.back().entry = path;  // its name once the first copy is renamed into place
    }
    debug(play + "cached " + path.filename().string() +
          (spilled_.is_open() ? ", spilled on its prefix"
           : likely_cached_   ? ", held on its prefix"
                              : "") +
          note);
    release_held();
    return;
  }
  // Encoded to a registered temporary, renamed to its key only when the movie is joined.
  const fs::path tmp = temporary_name(path, std::string(".") + ext_of(spec_.format));
  segments_.back().path = tmp;
  segments_.back().temporary = true;
  segments_.back().entry = path;
  schedule(tmp);
  debug(play + "rendering " + path.filename().string() +
        (likely_cached_ ? ", a likely cached prefix" : "") + note);
  pipeline_->begin_segment(tmp.string());
  flush_buffer();
  pipeline_->end_segment();
}

namespace {
// The cache entry a segment is once the movie is joined; empty for an uncached segment.
template <class S>
fs::path kept_name(const S& s) {
  if (!s.entry.empty()) return s.entry;
  return s.temporary ? fs::path() : s.path;
}
}  // namespace

void PartialMovieWriter::finish(const std::vector<Cut>& cuts) {
  if (done_) return;
  end_play();
  pipeline_->finish();
  std::vector<fs::path> parts;
  std::vector<std::size_t> frames;
  std::string list = "# This file is used internally by FFMPEG.\n";
  for (const Segment& s : segments_) {
    parts.push_back(s.path);
    frames.push_back(s.frames);
    // Every segment of the movie under the name it keeps (new entries are renamed below).
    const fs::path kept = kept_name(s);
    if (!kept.empty()) list += "file 'file:" + fs::absolute(kept).string() + "'\n";
  }
  try {
    concat_segments(parts, frames, spec_.path, spec_);
    for (const Cut& c : cuts) {
      if (c.count == 0 || c.first + c.count > parts.size())
        throw std::runtime_error("cannot write '" + c.out.string() + "': segments " +
                                 std::to_string(c.first) + "+" + std::to_string(c.count) +
                                 " are not in the movie's " + std::to_string(parts.size()));
      const auto b = static_cast<std::ptrdiff_t>(c.first);
      const auto e = static_cast<std::ptrdiff_t>(c.first + c.count);
      concat_segments({parts.begin() + b, parts.begin() + e},
                      {frames.begin() + b, frames.begin() + e}, c.out, spec_);
    }
  } catch (...) {
    abort();
    throw;
  }
  done_ = true;
  std::error_code ec;
  remove_discarded();
  for (const Segment& s : segments_) {
    if (!s.temporary) continue;
    if (!s.entry.empty() && fs::exists(s.path, ec)) {
      fs::rename(s.path, s.entry, ec);
      if (ec) warn("cannot keep partial movie '" + s.entry.string() + "': " + ec.message());
    }
    fs::remove(s.path, ec);
    unregister_temporary(s.path);
  }
  if (caching_) {
    try {
      write_file_atomic(dir_ / "partial_movie_file_list.txt", list);
    } catch (const std::exception& e) {
      warn(e.what());
    }
    // The entries of the movie just made stay whatever the bound: a scene with more plays
    // than max_files_cached would otherwise evict its own first plays on every render.
    std::set<fs::path> keep;
    for (const Segment& s : segments_) keep.insert(kept_name(s));
    if (const std::size_t n = prune_partial_movies(dir_, max_files_, keep))
      debug("pruned " + std::to_string(n) + " least recently used entries (max_files_cached " +
            std::to_string(max_files_) + ")");
  }
}

void PartialMovieWriter::remove_discarded() noexcept {
  std::error_code ec;
  for (const fs::path& p : discarded_) {
    fs::remove(p, ec);
    unregister_temporary(p);
  }
  discarded_.clear();
}

void PartialMovieWriter::abort() noexcept {
  if (done_) return;
  done_ = true;
  if (pipeline_) pipeline_->abort();
  spilled_.close();
  std::error_code ec;
  remove_discarded();
  for (const Segment& s : segments_)
    if (s.temporary) {
      fs::remove(s.path, ec);
      unregister_temporary(s.path);
    }
  // A failed first render leaves no empty cache folders behind (remove only takes empty ones).
  fs::remove(dir_, ec);
  fs::remove(dir_.parent_path(), ec);
}

}  // namespace manim::detail
