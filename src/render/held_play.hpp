// Internal: the frames of a play held as display lists until the play's key is known (the
// partial-movie cache, partial_movies.cpp). Consecutive frames of a play share most of their
// path items (static mobjects, unchanged submobjects), so each distinct item is stored once per
// play and a frame is held as its header (view, background, images, point clouds) and the
// indices of its items in that pool. A frame is rebuilt only when the play turns out not cached
// and is encoded, one at a time as the pipeline takes them.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "manim/camera/frame.hpp"

namespace manim::detail {

class HeldPlay {
 public:
  // Holds `frame`, drawn `copies` times in a row. Items equal (bit for bit) to one already
  // held are not stored again.
  void add(const Frame& frame, std::size_t copies);
  std::size_t size() const { return frames_.size(); }  // frames held (copies count once)
  bool empty() const { return frames_.empty(); }
  std::size_t copies(std::size_t i) const { return frames_[i].copies; }
  // The i-th frame held, rebuilt: the same header and the same items in the same order.
  FramePtr frame(std::size_t i) const;
  // The memory held: every allocation at its capacity and glibc's chunk size, the containers
  // and the pool's index included.
  std::size_t bytes() const;
  std::size_t items_added() const { return items_added_; }   // items of all frames held
  std::size_t items_stored() const { return pool_.size(); }  // distinct ones kept
  // Frees everything, capacity included.
  void clear();
  // Hands every frame, rebuilt, to `take` in order with its copies, freeing each item once the
  // last frame that uses it is rebuilt (so what is held shrinks as the frames are taken), then
  // clears.
  void drain(const std::function<void(FramePtr, std::size_t)>& take);

 private:
  struct Held {
    Frame header;  // everything but the items
    std::vector<std::uint32_t> items;
    std::size_t copies = 1;
  };
  std::uint32_t intern(const PathItem& item, const Held* previous, std::size_t position);
  std::size_t header_bytes(const Frame& header);

  std::vector<Held> frames_;
  std::vector<PathItem> pool_;
  std::vector<std::uint32_t> last_use_;  // per pool item: the last frame that uses it
  std::unordered_multimap<std::uint64_t, std::uint32_t> index_;  // item hash -> pool index
  std::unordered_set<const void*> shared_;  // images' pixels and sub-frames, counted once
  std::size_t heap_bytes_ = 0;              // allocations owned by the held frames and items
  std::size_t items_added_ = 0;
};

// glibc's chunk for a request of n bytes (none for 0): what an allocation really takes.
std::size_t malloc_chunk_bytes(std::size_t n);
// A whole frame's memory, counted as HeldPlay::bytes counts it (a sub-camera's picture held by
// an image item, or a spilled play's previous frame).
std::size_t frame_memory_bytes(const Frame& f);

}  // namespace manim::detail
