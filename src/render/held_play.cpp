// The frames of a play held until its key is known, each distinct path item stored once.
#include "render/held_play.hpp"

#include <limits>
#include <memory>
#include <stdexcept>
#include <utility>

#include "render/frame_hash.hpp"

namespace manim::detail {

namespace {

// A field added to Frame must be copied by copy_header too, or a rebuilt frame would lose it.
static_assert(sizeof(Frame) == sizeof(std::size_t) + sizeof(Color) + 4 * sizeof(double) +
                                   sizeof(std::vector<PathItem>) + sizeof(std::vector<ImageItem>) +
                                   sizeof(std::vector<PointCloudItem>),
              "Frame changed: update copy_header in src/render/held_play.cpp");

void copy_header(const Frame& from, Frame& to) {
  to.index = from.index;
  to.background = from.background;
  to.frame_width = from.frame_width;
  to.center_x = from.center_x;
  to.center_y = from.center_y;
  to.frame_height = from.frame_height;
  to.images = from.images;
  to.point_clouds = from.point_clouds;
}

template <class T>
std::size_t vector_bytes(const std::vector<T>& v) {
  return malloc_chunk_bytes(v.capacity() * sizeof(T));
}

// The heap memory of an item, besides the PathItem itself.
std::size_t item_heap_bytes(const PathItem& it) {
  return vector_bytes(it.xy) + vector_bytes(it.subpaths) + vector_bytes(it.fill_gradient.stops) +
         vector_bytes(it.stroke_gradient.stops) + vector_bytes(it.background_stroke_gradient.stops);
}

}  // namespace

std::size_t frame_memory_bytes(const Frame& f) {
  // make_shared: the frame and the control block (two words) in one chunk.
  std::size_t n = malloc_chunk_bytes(sizeof(Frame) + 16) + vector_bytes(f.items) +
                  vector_bytes(f.images) + vector_bytes(f.point_clouds);
  for (const PathItem& it : f.items) n += item_heap_bytes(it);
  for (const ImageItem& im : f.images)
    if (im.sub_frame) n += frame_memory_bytes(*im.sub_frame);
  for (const PointCloudItem& pc : f.point_clouds) n += vector_bytes(pc.xy) + vector_bytes(pc.rgba);
  return n;
}

namespace {

// An index node of the unordered_multimap: the next pointer and the pair.
constexpr std::size_t kIndexNode =
    sizeof(void*) + sizeof(std::pair<const std::uint64_t, std::uint32_t>);

}  // namespace

std::size_t malloc_chunk_bytes(std::size_t n) {
  if (n == 0) return 0;
  // glibc on 64-bit: a size word before the block, 16-byte steps, at least 32 bytes.
  const std::size_t chunk = (n + sizeof(std::size_t) + 15) & ~std::size_t(15);
  return chunk < 32 ? 32 : chunk;
}

std::size_t HeldPlay::header_bytes(const Frame& header) {
  std::size_t n = vector_bytes(header.images) + vector_bytes(header.point_clouds);
  for (const ImageItem& im : header.images) {
    // Pixels and sub-frames are shared between frames (an ImageMobject's picture): once each.
    if (im.sub_frame && shared_.insert(im.sub_frame.get()).second)
      n += frame_memory_bytes(*im.sub_frame);
    if (im.rgba && shared_.insert(im.rgba.get()).second)
      n += malloc_chunk_bytes(im.rgba->capacity()) + malloc_chunk_bytes(sizeof(*im.rgba) + 16);
  }
  for (const PointCloudItem& pc : header.point_clouds)
    n += vector_bytes(pc.xy) + vector_bytes(pc.rgba);
  return n;
}

std::uint32_t HeldPlay::intern(const PathItem& item, const Held* previous, std::size_t position) {
  // Most items are where they were in the previous frame, unchanged: no hash needed.
  const auto now = static_cast<std::uint32_t>(frames_.size());  // the frame being added
  if (previous && position < previous->items.size()) {
    const std::uint32_t same_place = previous->items[position];
    if (same_path_item(pool_[same_place], item)) {
      last_use_[same_place] = now;
      return same_place;
    }
  }
  Hasher128 h;
  hash_path_item(item, h);
  const std::uint64_t key = h.lo();
  for (auto [it, end] = index_.equal_range(key); it != end; ++it)
    if (same_path_item(pool_[it->second], item)) {  // equal, not just the same hash
      last_use_[it->second] = now;
      return it->second;
    }
  if (pool_.size() >= std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("HeldPlay: more than 2^32 distinct path items in one play");
  const auto index = static_cast<std::uint32_t>(pool_.size());
  pool_.push_back(item);  // a copy: its vectors at their size, not the capture's growth
  last_use_.push_back(now);
  index_.emplace(key, index);
  heap_bytes_ += item_heap_bytes(pool_.back()) + malloc_chunk_bytes(kIndexNode);
  return index;
}

void HeldPlay::add(const Frame& frame, std::size_t copies) {
  Held held;
  held.copies = copies;
  copy_header(frame, held.header);
  held.items.reserve(frame.items.size());
  const Held* previous = frames_.empty() ? nullptr : &frames_.back();
  for (std::size_t i = 0; i < frame.items.size(); ++i)
    held.items.push_back(intern(frame.items[i], previous, i));
  heap_bytes_ += header_bytes(held.header) + vector_bytes(held.items);
  items_added_ += frame.items.size();
  frames_.push_back(std::move(held));
}

FramePtr HeldPlay::frame(std::size_t i) const {
  const Held& held = frames_.at(i);
  auto f = std::make_shared<Frame>();
  copy_header(held.header, *f);
  f->items.reserve(held.items.size());
  for (std::uint32_t k : held.items) f->items.push_back(pool_[k]);
  return f;
}

std::size_t HeldPlay::bytes() const {
  return heap_bytes_ + vector_bytes(frames_) + vector_bytes(pool_) + vector_bytes(last_use_) +
         malloc_chunk_bytes(index_.bucket_count() * sizeof(void*)) +
         shared_.size() * malloc_chunk_bytes(sizeof(void*) * 2) +
         malloc_chunk_bytes(shared_.bucket_count() * sizeof(void*));
}

void HeldPlay::clear() {
  std::vector<Held>().swap(frames_);
  std::vector<PathItem>().swap(pool_);
  std::vector<std::uint32_t>().swap(last_use_);
  decltype(index_)().swap(index_);
  decltype(shared_)().swap(shared_);
  heap_bytes_ = 0;
  items_added_ = 0;
}

void HeldPlay::drain(const std::function<void(FramePtr, std::size_t)>& take) {
  // The pool's items ordered by the last frame that uses them (a counting sort).
  std::vector<std::uint32_t> start(frames_.size() + 1, 0), order(pool_.size());
  for (std::uint32_t last : last_use_) ++start[last + 1];
  for (std::size_t i = 0; i < frames_.size(); ++i) start[i + 1] += start[i];
  {
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    for (std::uint32_t k = 0; k < pool_.size(); ++k) order[next[last_use_[k]]++] = k;
  }
  for (std::size_t i = 0; i < frames_.size(); ++i) {
    FramePtr f = frame(i);
    const std::size_t copies = frames_[i].copies;
    frames_[i] = Held{};
    for (std::uint32_t j = start[i]; j < start[i + 1]; ++j) pool_[order[j]] = PathItem{};
    take(std::move(f), copies);
  }
  clear();
}

}  // namespace manim::detail
