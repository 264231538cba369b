// Internal: content hashes of frames, the keys of the partial-movie cache. Two frames with the
// same hash draw the same pixels with the same engine build (every field of Frame and PathItem
// is hashed; frame_hash.cpp fails to compile when a field is added and not hashed).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "manim/camera/frame.hpp"

namespace manim::detail {

// A fast 128-bit non-cryptographic hash (two 64-bit lanes) over words and byte runs. It keys
// the user's own cache: accidental collisions matter, adversarial ones do not (a cache entry
// is also checked against its frame count and stream parameters before use).
class Hasher128 {
 public:
  void add_u64(std::uint64_t v);
  void add_double(double v);
  void add_bytes(const void* data, std::size_t n);
  void add_string(std::string_view s) {
    add_u64(s.size());
    add_bytes(s.data(), s.size());
  }
  // 32 lowercase hex digits.
  std::string hex() const;
  std::uint64_t lo() const;
  std::uint64_t hi() const;

 private:
  std::uint64_t a_ = 0x243f6a8885a308d3ull, b_ = 0x13198a2e03707344ull;
  std::uint64_t count_ = 0;
};

// Everything in the frame that reaches the rasteriser (not its index in the scene).
void hash_frame(const Frame& frame, Hasher128& h);
// One path item's part of hash_frame (the frame's hash adds every item's in order).
void hash_path_item(const PathItem& item, Hasher128& h);
// Every field of the items equal, bit for bit (so a copy of one draws what the other draws):
// a field added to PathItem is hashed and compared here, beside the size checks, and written
// and read back by put_item / read_item (spilled_play.cpp, which checks the sizes too).
bool same_path_item(const PathItem& a, const PathItem& b);

// The GNU build id of the loaded libmanim (changes whenever its code changes, so cached
// pixels of an older rasteriser or encoder are never reused); a fallback text without it.
const std::string& engine_build_id();

}  // namespace manim::detail
