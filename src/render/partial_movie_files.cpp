// The partial-movie cache's files: entries checked before use, joined without re-encoding,
// listed, flushed and pruned.
#include "render/partial_movie_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <system_error>

#include "core/safe_files.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavformat/avio.h>
#include <libavutil/mem.h>
}

namespace manim::detail {

namespace fs = std::filesystem;

namespace {

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
  SegmentReader r(path, output_format_name(spec.format));
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
  ::close(create_temporary(out, std::string(".") + output_format_name(spec.format), tmp));
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
    int err =
        avformat_alloc_output_context2(&o, nullptr, output_format_name(spec.format), tmp.c_str());
    if (err < 0) fail("no muxer: " + av_text(err));
    AVStream* os = avformat_new_stream(o, nullptr);
    if (!os) fail("out of memory");
    const AVRational frame_tb = av_inv_q(av_d2q(spec.fps, 1 << 20));
    std::int64_t offset = 0;           // in frame_tb
    std::vector<std::int64_t> delays;  // per segment: first pts - first dts, output time base
    std::int64_t max_delay = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      SegmentReader r(parts[i], output_format_name(spec.format));
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
          SegmentReader pr(p, output_format_name(spec.format));
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

std::size_t prune_partial_movies(const fs::path& dir, int max_files,
                                 const std::set<fs::path>& keep) {
  if (max_files < 0) return 0;
  std::vector<std::pair<fs::file_time_type, fs::path>> entries;
  std::size_t total = 0;
  std::error_code ec;
  for (const fs::path& p : cache_entries(dir)) {
    ++total;
    if (keep.count(p)) continue;
    const auto t = fs::last_write_time(p, ec);
    if (!ec) entries.emplace_back(t, p);
  }
  if (total <= static_cast<std::size_t>(max_files)) return 0;
  std::sort(entries.begin(), entries.end());  // oldest use first
  const std::size_t extra = std::min(entries.size(), total - static_cast<std::size_t>(max_files));
  for (std::size_t i = 0; i < extra; ++i) fs::remove(entries[i].second, ec);
  return extra;
}

}  // namespace manim::detail
