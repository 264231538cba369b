// A likely-cached play too big to hold, on disk until its key is known.
#include "render/spilled_play.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "core/safe_files.hpp"
#include "render/frame_hash.hpp"
#include "render/held_play.hpp"

namespace manim::detail {

namespace {

// Every field is written by put_frame / put_item and read by read_frame / read_item: a field
// added to these structs must be added there too, or a spilled play would lose it.
static_assert(sizeof(Color) == 4 * sizeof(double), "Color changed: update spilled_play.cpp");
static_assert(sizeof(SubpathSpan) == 12, "SubpathSpan changed: update spilled_play.cpp");
static_assert(sizeof(LinearGradient) == 4 * sizeof(double) + sizeof(std::vector<Color>),
              "LinearGradient changed: update put_item / read_item in spilled_play.cpp");
static_assert(sizeof(PathItem) == 2 * sizeof(std::vector<double>) + 3 * sizeof(Color) +
                                      2 * sizeof(double) + 3 * sizeof(LinearGradient) +
                                      2 * sizeof(int) /* line_join, line_cap */,
              "PathItem changed: update put_item / read_item in spilled_play.cpp");
static_assert(sizeof(ImageItem) == sizeof(std::size_t) + 6 * sizeof(double) +
                                       sizeof(std::shared_ptr<const Frame>) + 2 * sizeof(int) +
                                       sizeof(std::shared_ptr<const std::vector<std::uint8_t>>) +
                                       sizeof(int) + 4 /* padding */,
              "ImageItem changed: update put_frame / read_frame in spilled_play.cpp");
static_assert(sizeof(PointCloudItem) == 2 * sizeof(std::size_t) + sizeof(double) /* padded */ +
                                            sizeof(std::vector<double>) +
                                            sizeof(std::vector<std::uint8_t>),
              "PointCloudItem changed: update put_frame / read_frame in spilled_play.cpp");
static_assert(sizeof(Frame) == sizeof(std::size_t) + sizeof(Color) + 4 * sizeof(double) +
                                   sizeof(std::vector<PathItem>) + sizeof(std::vector<ImageItem>) +
                                   sizeof(std::vector<PointCloudItem>),
              "Frame changed: update put_frame / read_frame in spilled_play.cpp");

constexpr std::uint32_t kLiteral = 0xFFFFFFFFu;  // an item code: written in full
constexpr std::uint32_t kNone = 0xFFFFFFFFu;     // no sub-frame / no pixels
constexpr std::size_t kReadBytes = 256u << 10;   // read back in pieces of this size

template <class T>
void put(std::string& out, const T& v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof v);
}
template <class T>
void put_vector(std::string& out, const std::vector<T>& v) {
  put<std::uint64_t>(out, v.size());
  out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}
void put_gradient(std::string& out, const LinearGradient& g) {
  for (double d : {g.x0, g.y0, g.x1, g.y1}) put(out, d);
  put_vector(out, g.stops);
}

// Reads the file sequentially up to `file_bytes`, then the records that were never written.
class Reader {
 public:
  Reader(int fd, std::size_t file_bytes, const std::string& pending)
      : fd_(fd), file_bytes_(file_bytes), pending_(pending) {}
  void read(void* dst, std::size_t n) {
    auto* out = static_cast<char*>(dst);
    while (n > 0) {
      if (at_ == got_) fill();
      const std::size_t k = std::min(n, got_ - at_);
      std::memcpy(out, buf_.data() + at_, k);
      at_ += k;
      out += k;
      n -= k;
    }
  }
  template <class T>
  T get() {
    T v;
    read(&v, sizeof v);
    return v;
  }
  template <class T>
  void get_vector(std::vector<T>& v) {
    const auto n = get<std::uint64_t>();
    if (n > (file_bytes_ + pending_.size()) / std::max<std::size_t>(sizeof(T), 1))
      throw std::runtime_error("a spilled play's file is corrupt");
    v.resize(static_cast<std::size_t>(n));
    read(v.data(), v.size() * sizeof(T));
  }

 private:
  void fill() {
    at_ = got_ = 0;
    buf_.resize(kReadBytes);
    if (pos_ < file_bytes_) {
      const std::size_t want = std::min(buf_.size(), file_bytes_ - pos_);
      ssize_t n;
      do n = ::pread(fd_, buf_.data(), want, static_cast<off_t>(pos_));
      while (n < 0 && errno == EINTR);
      if (n <= 0)
        throw std::runtime_error("cannot read back a spilled play: " +
                                 (n < 0 ? errno_text(errno) : std::string("file truncated")));
      got_ = static_cast<std::size_t>(n);
    } else {
      const std::size_t off = pos_ - file_bytes_;
      if (off >= pending_.size()) throw std::runtime_error("a spilled play's file is corrupt");
      got_ = std::min(buf_.size(), pending_.size() - off);
      std::memcpy(buf_.data(), pending_.data() + off, got_);
    }
    pos_ += got_;
  }
  int fd_;
  std::size_t file_bytes_;
  const std::string& pending_;
  std::vector<char> buf_;
  std::size_t pos_ = 0, at_ = 0, got_ = 0;
};

void read_gradient(Reader& r, LinearGradient& g) {
  g.x0 = r.get<double>();
  g.y0 = r.get<double>();
  g.x1 = r.get<double>();
  g.y1 = r.get<double>();
  r.get_vector(g.stops);
}

void read_item(Reader& r, PathItem& it) {
  r.get_vector(it.xy);
  it.subpaths.resize(static_cast<std::size_t>(r.get<std::uint64_t>()));
  for (SubpathSpan& s : it.subpaths) {
    s.first_point = r.get<std::uint32_t>();
    s.num_curves = r.get<std::uint32_t>();
    s.closed = r.get<std::uint8_t>() != 0;
  }
  it.fill = r.get<Color>();
  it.stroke = r.get<Color>();
  it.stroke_width = r.get<double>();
  it.background_stroke = r.get<Color>();
  it.background_stroke_width = r.get<double>();
  read_gradient(r, it.fill_gradient);
  read_gradient(r, it.stroke_gradient);
  read_gradient(r, it.background_stroke_gradient);
  it.line_join = r.get<int>();
  it.line_cap = r.get<int>();
}

}  // namespace

bool SpilledPlay::open(const std::filesystem::path& dir, std::size_t max_file_bytes,
                       std::size_t write_bytes) {
  close();
  error_.clear();
  max_file_bytes_ = max_file_bytes;
  write_bytes_ = std::max<std::size_t>(write_bytes, 1);
  // No name at all: nothing to plant, nothing left behind by a crash.
  if (!without_tmpfile_)
    fd_ = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd_ >= 0) {
    read_fd_ = fd_;
    return true;
  }
  // A file system without O_TMPFILE: a named temporary, reopened for reading and unlinked.
  std::filesystem::path path;
  try {
    fd_ = create_temporary(dir / "play.spill", "", path, 0600);
  } catch (const std::exception& e) {
    error_ = e.what();
    return false;
  }
  read_fd_ = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  struct stat a {
  }, b{};
  const bool same = read_fd_ >= 0 && ::fstat(fd_, &a) == 0 && ::fstat(read_fd_, &b) == 0 &&
                    a.st_dev == b.st_dev && a.st_ino == b.st_ino;
  if (!same) error_ = "cannot reopen '" + path.string() + "'";
  ::unlink(path.c_str());
  unregister_temporary(path);
  if (!same) close();
  return same;
}

void SpilledPlay::close() noexcept {
  if (read_fd_ >= 0 && read_fd_ != fd_) ::close(read_fd_);
  if (fd_ >= 0) ::close(fd_);
  fd_ = read_fd_ = -1;
  file_bytes_ = frames_ = shared_bytes_ = 0;
  failed_ = false;
  std::string().swap(pending_);
  previous_.reset();
  decltype(previous_index_)().swap(previous_index_);
  previous_indexed_ = false;
  decltype(sub_frames_)().swap(sub_frames_);
  decltype(pixels_)().swap(pixels_);
  decltype(shared_)().swap(shared_);
}

std::size_t SpilledPlay::bytes() const {
  return malloc_chunk_bytes(pending_.capacity()) + shared_bytes_ +
         (previous_ ? frame_memory_bytes(*previous_) : 0) +
         previous_index_.size() * malloc_chunk_bytes(2 * sizeof(void*) + 8) +
         malloc_chunk_bytes(previous_index_.bucket_count() * sizeof(void*)) +
         shared_.size() * malloc_chunk_bytes(3 * sizeof(void*)) +
         malloc_chunk_bytes(shared_.bucket_count() * sizeof(void*));
}

void SpilledPlay::fail(const std::string& why) {
  failed_ = true;
  error_ = why;
}

std::uint32_t SpilledPlay::item_code(const PathItem& it, std::size_t position) {
  if (!previous_) return kLiteral;
  const std::vector<PathItem>& before = previous_->items;
  // Most items are where they were in the previous frame, unchanged: no hash needed.
  if (position < before.size() && same_path_item(before[position], it))
    return static_cast<std::uint32_t>(position);
  if (!previous_indexed_) {
    for (std::size_t k = 0; k < before.size(); ++k) {
      Hasher128 h;
      hash_path_item(before[k], h);
      previous_index_.emplace(h.lo(), static_cast<std::uint32_t>(k));
    }
    previous_indexed_ = true;
  }
  Hasher128 h;
  hash_path_item(it, h);
  for (auto [i, end] = previous_index_.equal_range(h.lo()); i != end; ++i)
    if (same_path_item(before[i->second], it)) return i->second;
  return kLiteral;
}

void SpilledPlay::put_item(const PathItem& it) {
  put_vector(pending_, it.xy);
  put<std::uint64_t>(pending_, it.subpaths.size());
  for (const SubpathSpan& s : it.subpaths) {
    put(pending_, s.first_point);
    put(pending_, s.num_curves);
    put<std::uint8_t>(pending_, s.closed ? 1 : 0);
  }
  put(pending_, it.fill);
  put(pending_, it.stroke);
  put(pending_, it.stroke_width);
  put(pending_, it.background_stroke);
  put(pending_, it.background_stroke_width);
  put_gradient(pending_, it.fill_gradient);
  put_gradient(pending_, it.stroke_gradient);
  put_gradient(pending_, it.background_stroke_gradient);
  put(pending_, it.line_join);
  put(pending_, it.line_cap);
}

void SpilledPlay::put_frame(const Frame& f, std::size_t copies) {
  put<std::uint64_t>(pending_, copies);
  put<std::uint64_t>(pending_, f.index);
  put(pending_, f.background);
  for (double d : {f.frame_width, f.center_x, f.center_y, f.frame_height}) put(pending_, d);
  put<std::uint64_t>(pending_, f.images.size());
  for (const ImageItem& im : f.images) {
    put<std::uint64_t>(pending_, im.draw_before);
    for (const double* c : {im.ul, im.ur, im.dl}) {
      put(pending_, c[0]);
      put(pending_, c[1]);
    }
    put(pending_, im.pixel_width);
    put(pending_, im.pixel_height);
    put(pending_, im.resampling);
    // The pictures stay in memory, each counted once; the file names them by index.
    std::uint32_t sub = kNone, pixels = kNone;
    if (im.sub_frame) {
      auto [at, added] = shared_.emplace(im.sub_frame.get(), sub_frames_.size());
      if (added) {
        sub_frames_.push_back(im.sub_frame);
        shared_bytes_ += frame_memory_bytes(*im.sub_frame);
      }
      sub = at->second;
    }
    if (im.rgba) {
      auto [at, added] = shared_.emplace(im.rgba.get(), pixels_.size());
      if (added) {
        pixels_.push_back(im.rgba);
        shared_bytes_ +=
            malloc_chunk_bytes(im.rgba->capacity()) + malloc_chunk_bytes(sizeof(*im.rgba) + 16);
      }
      pixels = at->second;
    }
    put(pending_, sub);
    put(pending_, pixels);
  }
  put<std::uint64_t>(pending_, f.point_clouds.size());
  for (const PointCloudItem& pc : f.point_clouds) {
    put<std::uint64_t>(pending_, pc.draw_before);
    put<std::uint64_t>(pending_, pc.images_before);
    put(pending_, pc.thickness);
    put_vector(pending_, pc.xy);
    put_vector(pending_, pc.rgba);
  }
  put<std::uint64_t>(pending_, f.items.size());
  for (std::size_t i = 0; i < f.items.size(); ++i) {
    const std::uint32_t code = item_code(f.items[i], i);
    put(pending_, code);
    if (code == kLiteral) put_item(f.items[i]);
  }
}

void SpilledPlay::add(const FramePtr& frame, std::size_t copies) {
  if (!is_open()) throw std::logic_error("SpilledPlay::add: not open");
  put_frame(*frame, copies);
  ++frames_;
  previous_ = frame;
  decltype(previous_index_)().swap(previous_index_);
  previous_indexed_ = false;
  if (pending_.size() >= write_bytes_) flush();
}

void SpilledPlay::flush() {
  if (failed_) return;  // what failed to be written stays in memory for drain()
  if (file_bytes_ + pending_.size() > max_file_bytes_)
    return fail("over the bound of " + std::to_string(max_file_bytes_ >> 20) + " MB on disk");
  std::size_t done = 0;
  while (done < pending_.size()) {
    ssize_t n;
    if (file_bytes_ + done >= fail_after_) {
      n = -1;
      errno = ENOSPC;
    } else {
      const std::size_t want = std::min(pending_.size() - done, fail_after_ - (file_bytes_ + done));
      n = ::write(fd_, pending_.data() + done, want);
    }
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      fail("write: " + (n < 0 ? errno_text(errno) : std::string("nothing written")));
      break;
    }
    done += static_cast<std::size_t>(n);
  }
  file_bytes_ += done;
  pending_.erase(0, done);
  if (!failed_ && pending_.capacity() > 2 * write_bytes_) pending_.shrink_to_fit();
}

void SpilledPlay::drain(const std::function<void(FramePtr, std::size_t)>& take) {
  Reader r(read_fd_, file_bytes_, pending_);
  FramePtr previous;
  for (std::size_t k = 0; k < frames_; ++k) {
    auto f = std::make_shared<Frame>();
    const auto copies = static_cast<std::size_t>(r.get<std::uint64_t>());
    f->index = static_cast<std::size_t>(r.get<std::uint64_t>());
    f->background = r.get<Color>();
    f->frame_width = r.get<double>();
    f->center_x = r.get<double>();
    f->center_y = r.get<double>();
    f->frame_height = r.get<double>();
    f->images.resize(static_cast<std::size_t>(r.get<std::uint64_t>()));
    for (ImageItem& im : f->images) {
      im.draw_before = static_cast<std::size_t>(r.get<std::uint64_t>());
      for (double* c : {im.ul, im.ur, im.dl}) {
        c[0] = r.get<double>();
        c[1] = r.get<double>();
      }
      im.pixel_width = r.get<int>();
      im.pixel_height = r.get<int>();
      im.resampling = r.get<int>();
      const auto sub = r.get<std::uint32_t>(), pixels = r.get<std::uint32_t>();
      if (sub != kNone) im.sub_frame = sub_frames_.at(sub);
      if (pixels != kNone) im.rgba = pixels_.at(pixels);
    }
    f->point_clouds.resize(static_cast<std::size_t>(r.get<std::uint64_t>()));
    for (PointCloudItem& pc : f->point_clouds) {
      pc.draw_before = static_cast<std::size_t>(r.get<std::uint64_t>());
      pc.images_before = static_cast<std::size_t>(r.get<std::uint64_t>());
      pc.thickness = r.get<int>();
      r.get_vector(pc.xy);
      r.get_vector(pc.rgba);
    }
    f->items.resize(static_cast<std::size_t>(r.get<std::uint64_t>()));
    for (PathItem& it : f->items) {
      const auto code = r.get<std::uint32_t>();
      if (code == kLiteral)
        read_item(r, it);
      else if (previous && code < previous->items.size())
        it = previous->items[code];
      else
        throw std::runtime_error("a spilled play's file is corrupt");
    }
    previous = f;
    take(std::move(f), copies);
  }
  close();
}

}  // namespace manim::detail
