// The partial-movie cache: per-play segments keyed by their frames, checked before use, joined
// without re-encoding.
#include "render/partial_movies.hpp"

#include <fcntl.h>
#include <malloc.h>
#include <sys/stat.h>
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

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavformat/avio.h>
#include <libavutil/mem.h>
}

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

std::string av_text(int err) {
  char buf[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(err, buf, sizeof buf);
  return buf;
}

bool is_key_name(const std::string& stem) {
  return stem.size() == 32 && std::all_of(stem.begin(), stem.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

std::size_t frame_bytes(const Frame& f) {
  std::size_t n = sizeof(Frame);
  for (const PathItem& it : f.items) n += sizeof(PathItem) + it.xy.size() * sizeof(double);
  return n;
}

// A movie opened from a descriptor we checked (no symlink, our own regular file), so what is
// checked is what is read.
class SegmentReader {
 public:
  // `format`: the container our encoder wrote ("mp4", "mov", "webm"): named, not probed.
  SegmentReader(const fs::path& path, const char* format)
      : path_(path), format_(av_find_input_format(format)) {}
  ~SegmentReader() {
    if (fmt_) avformat_close_input(&fmt_);
    if (io_) {
      av_freep(&io_->buffer);
      avio_context_free(&io_);
    }
    if (fd_ >= 0) ::close(fd_);
  }
  SegmentReader(const SegmentReader&) = delete;
  SegmentReader& operator=(const SegmentReader&) = delete;

  // Empty on success, else why not.
  std::string open() {
    fd_ = ::open(path_.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd_ < 0) return errno_text(errno);
    struct stat st {};
    if (::fstat(fd_, &st) != 0) return errno_text(errno);
    if (!S_ISREG(st.st_mode)) return "not a regular file";
    if (st.st_uid != ::geteuid()) return "owned by another user";
    if (st.st_size == 0) return "empty";
    size_ = st.st_size;
    constexpr int kBuf = 1 << 16;
    auto* buf = static_cast<unsigned char*>(av_malloc(kBuf));
    if (!buf) return "out of memory";
    io_ =
        avio_alloc_context(buf, kBuf, 0, this, &SegmentReader::read, nullptr, &SegmentReader::seek);
    if (!io_) {
      av_free(buf);
      return "out of memory";
    }
    fmt_ = avformat_alloc_context();
    if (!fmt_) return "out of memory";
    fmt_->pb = io_;
    fmt_->flags |= AVFMT_FLAG_CUSTOM_IO;
    int err = avformat_open_input(&fmt_, nullptr, format_, nullptr);
    if (err < 0) {
      fmt_ = nullptr;  // freed by avformat_open_input on failure
      return "not a readable movie (" + av_text(err) + ")";
    }
    return {};
  }
  AVFormatContext* fmt() const { return fmt_; }
  std::int64_t file_size() const { return size_; }

 private:
  static int read(void* self, std::uint8_t* buf, int n) {
    auto* r = static_cast<SegmentReader*>(self);
    const ssize_t got = ::read(r->fd_, buf, static_cast<std::size_t>(n));
    if (got < 0) return AVERROR(errno);
    if (got == 0) return AVERROR_EOF;
    return static_cast<int>(got);
  }
  static std::int64_t seek(void* self, std::int64_t offset, int whence) {
    auto* r = static_cast<SegmentReader*>(self);
    if (whence & AVSEEK_SIZE) return r->size_;
    const off_t pos = ::lseek(r->fd_, offset, whence & ~AVSEEK_FORCE);
    return pos < 0 ? AVERROR(errno) : pos;
  }

  fs::path path_;
  const AVInputFormat* format_;
  int fd_ = -1;
  std::int64_t size_ = 0;
  AVIOContext* io_ = nullptr;
  AVFormatContext* fmt_ = nullptr;
};

AVCodecID expected_codec(const OutputSpec& spec) {
  if (spec.format == OutputFormat::Webm) return AV_CODEC_ID_VP9;
  if (spec.format == OutputFormat::Mov && spec.transparent) return AV_CODEC_ID_QTRLE;
  return AV_CODEC_ID_H264;
}

// The stream checks shared by check_segment and the join.
std::string check_stream(const SegmentReader& r, const OutputSpec& spec) {
  AVFormatContext* f = r.fmt();
  if (f->nb_streams != 1) return "expected one stream, found " + std::to_string(f->nb_streams);
  const AVCodecParameters* p = f->streams[0]->codecpar;
  if (p->codec_type != AVMEDIA_TYPE_VIDEO || p->codec_id != expected_codec(spec))
    return std::string("unexpected codec ") + avcodec_get_name(p->codec_id);
  if (p->width != spec.width || p->height != spec.height)
    return "size " + std::to_string(p->width) + "x" + std::to_string(p->height) + ", expected " +
           std::to_string(spec.width) + "x" + std::to_string(spec.height);
  return {};
}

}  // namespace

std::string check_segment(const fs::path& path, const OutputSpec& spec, std::size_t frames) {
  SegmentReader r(path, ext_of(spec.format));
  std::string why = r.open();
  if (why.empty()) why = check_stream(r, spec);
  if (!why.empty()) return why;
  // An MP4 / MOV segment's sample table, read with its header, gives every packet's place and
  // size: a packet outside the file (a truncated movie) or empty fails without reading any.
  // Other containers (WebM indexes key frames only) are read packet by packet.
  AVStream* st = r.fmt()->streams[0];
  const int indexed = avformat_index_get_entries_count(st);
  if (std::strncmp(r.fmt()->iformat->name, "mov,", 4) == 0 && indexed > 0) {
    for (int i = 0; i < indexed; ++i) {
      const AVIndexEntry* e = avformat_index_get_entry(st, i);
      if (!e || e->size <= 0) return "an empty packet";
      if (e->pos < 0 || e->pos + e->size > r.file_size()) return "truncated";
    }
    const auto count = static_cast<std::size_t>(indexed);
    if (count != frames)
      return std::to_string(count) + " frames, expected " + std::to_string(frames);
    return {};
  }
  AVPacket* pkt = av_packet_alloc();
  if (!pkt) return "out of memory";
  std::size_t count = 0;
  int err = 0;
  while ((err = av_read_frame(r.fmt(), pkt)) >= 0) {
    if (pkt->size <= 0) {
      av_packet_free(&pkt);
      return "an empty packet";
    }
    ++count;
    av_packet_unref(pkt);
  }
  av_packet_free(&pkt);
  if (err != AVERROR_EOF) return "unreadable (" + av_text(err) + ")";
  if (count != frames) return std::to_string(count) + " frames, expected " + std::to_string(frames);
  return {};
}

void concat_segments(const std::vector<fs::path>& parts, const std::vector<std::size_t>& frames,
                     const fs::path& out, const OutputSpec& spec) {
  auto fail = [&](const std::string& what) -> void {
    throw std::runtime_error("cannot write movie '" + out.string() + "': " + what);
  };
  if (parts.empty() || parts.size() != frames.size()) fail("no segments to join");
  fs::path tmp;
  ::close(create_temporary(out, std::string(".") + ext_of(spec.format), tmp));
  AVFormatContext* o = nullptr;
  AVPacket* pkt = av_packet_alloc();
  auto cleanup = [&](bool remove) {
    if (o) {
      if (o->pb) avio_closep(&o->pb);
      avformat_free_context(o);
      o = nullptr;
    }
    av_packet_free(&pkt);
    if (remove) ::unlink(tmp.c_str());
    unregister_temporary(tmp);
  };
  try {
    if (!pkt) fail("out of memory");
    int err = avformat_alloc_output_context2(&o, nullptr, ext_of(spec.format), tmp.c_str());
    if (err < 0) fail("no muxer: " + av_text(err));
    AVStream* os = avformat_new_stream(o, nullptr);
    if (!os) fail("out of memory");
    const AVRational frame_tb = av_inv_q(av_d2q(spec.fps, 1 << 20));
    std::int64_t offset = 0;           // in frame_tb
    std::vector<std::int64_t> delays;  // per segment: first pts - first dts, output time base
    std::int64_t max_delay = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      SegmentReader r(parts[i], ext_of(spec.format));
      std::string why = r.open();
      if (why.empty()) why = check_stream(r, spec);
      if (!why.empty()) fail("partial movie '" + parts[i].string() + "' is unusable: " + why);
      AVStream* is = r.fmt()->streams[0];
      if (i == 0) {
        if ((err = avcodec_parameters_copy(os->codecpar, is->codecpar)) < 0)
          fail("codec parameters: " + av_text(err));
        os->codecpar->codec_tag = 0;
        os->time_base = is->time_base;
        os->avg_frame_rate = is->avg_frame_rate;
        av_dict_set(&o->metadata, "comment", "Rendered with manim.cpp", 0);
        if ((err = avio_open(&o->pb, tmp.c_str(), AVIO_FLAG_WRITE)) < 0) fail(av_text(err));
        if ((err = avformat_write_header(o, nullptr)) < 0) fail("header: " + av_text(err));
        // Decode delays differ between segments (x264 drops B-frames in a short one): every
        // segment's decode times are moved back to the largest delay, so they stay increasing
        // across the joins (dts only decreases, so dts <= pts holds).
        for (const fs::path& p : parts) {
          SegmentReader pr(p, ext_of(spec.format));
          if (!pr.open().empty()) continue;  // reported when the segment is joined
          if (av_read_frame(pr.fmt(), pkt) >= 0) {
            if (pkt->dts != AV_NOPTS_VALUE && pkt->pts != AV_NOPTS_VALUE)
              delays.push_back(av_rescale_q(pkt->pts - pkt->dts, pr.fmt()->streams[0]->time_base,
                                            os->time_base));
            else
              delays.push_back(0);
            av_packet_unref(pkt);
          } else {
            delays.push_back(0);
          }
        }
        delays.resize(parts.size(), 0);
        max_delay = *std::max_element(delays.begin(), delays.end());
      } else if (is->codecpar->extradata_size != os->codecpar->extradata_size ||
                 (is->codecpar->extradata_size > 0 &&
                  std::memcmp(is->codecpar->extradata, os->codecpar->extradata,
                              static_cast<std::size_t>(is->codecpar->extradata_size)) != 0)) {
        fail("partial movie '" + parts[i].string() +
             "' was encoded with other stream parameters than the first");
      }
      std::size_t count = 0;
      while ((err = av_read_frame(r.fmt(), pkt)) >= 0) {
        ++count;
        const std::int64_t shift = av_rescale_q(offset, frame_tb, os->time_base);
        av_packet_rescale_ts(pkt, is->time_base, os->time_base);
        if (pkt->pts != AV_NOPTS_VALUE) pkt->pts += shift;
        if (pkt->dts != AV_NOPTS_VALUE) pkt->dts += shift - (max_delay - delays[i]);
        pkt->stream_index = 0;
        pkt->pos = -1;
        if ((err = av_interleaved_write_frame(o, pkt)) < 0)
          fail("writing a packet: " + av_text(err));
      }
      if (err != AVERROR_EOF) fail("reading '" + parts[i].string() + "': " + av_text(err));
      if (count != frames[i])
        fail("partial movie '" + parts[i].string() + "' has " + std::to_string(count) +
             " frames, expected " + std::to_string(frames[i]));
      offset += static_cast<std::int64_t>(frames[i]);
    }
    if ((err = av_write_trailer(o)) < 0) fail("trailer: " + av_text(err));
    if ((err = avio_closep(&o->pb)) < 0) fail("closing: " + av_text(err));
    if (::rename(tmp.c_str(), out.c_str()) != 0)
      fail("cannot move the finished movie into place: " + errno_text(errno));
    cleanup(false);
  } catch (...) {
    cleanup(true);
    throw;
  }
}

std::vector<fs::path> cache_entries(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    const std::string ext = p.extension().string();
    if ((ext == ".mp4" || ext == ".mov" || ext == ".webm") && is_key_name(p.stem().string()) &&
        it->is_regular_file(ec) && !it->is_symlink(ec))
      out.push_back(p);
  }
  return out;
}

std::size_t flush_partial_movies(const fs::path& dir) {
  std::size_t n = 0;
  std::error_code ec;
  for (const fs::path& p : cache_entries(dir)) n += fs::remove(p, ec) ? 1 : 0;
  fs::remove(dir / "partial_movie_file_list.txt", ec);
  return n;
}

void prune_partial_movies(const fs::path& dir, int max_files, const std::set<fs::path>& keep) {
  if (max_files < 0) return;
  std::vector<std::pair<fs::file_time_type, fs::path>> entries;
  std::size_t total = 0;
  std::error_code ec;
  for (const fs::path& p : cache_entries(dir)) {
    ++total;
    if (keep.count(p)) continue;
    const auto t = fs::last_write_time(p, ec);
    if (!ec) entries.emplace_back(t, p);
  }
  if (total <= static_cast<std::size_t>(max_files)) return;
  std::sort(entries.begin(), entries.end());  // oldest use first
  const std::size_t extra = std::min(entries.size(), total - static_cast<std::size_t>(max_files));
  for (std::size_t i = 0; i < extra; ++i) fs::remove(entries[i].second, ec);
  debug("pruned " + std::to_string(extra) + " least recently used entries (max_files_cached " +
        std::to_string(max_files) + ")");
}

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
    prune_partial_movies(dir_, max_files_, keep);
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
