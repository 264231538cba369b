// Internal: content hashes of frames, the keys of the partial-movie cache. Two frames with the
// same hash draw the same pixels with the same engine build (every field of Frame and PathItem
// is hashed; frame_hash.cpp fails to compile when a field is added and not hashed).
#pragma once
#include <bit>
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
  // Inline: the frame hash calls these for every field of every item.
  void add_u64(std::uint64_t v) {
    a_ = std::rotl((a_ ^ (v * kM1)), 31) * kM2;
    b_ = std::rotl((b_ + (v * kM3)), 27) * kM4 + a_;
    ++count_;
  }
  void add_double(double v) {
    if (v == 0) v = 0;  // -0.0 and 0.0 draw the same
    add_u64(std::bit_cast<std::uint64_t>(v));
  }
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
  static constexpr std::uint64_t kM1 = 0x9e3779b97f4a7c15ull, kM2 = 0xc2b2ae3d27d4eb4full,
                                 kM3 = 0x165667b19e3779f9ull, kM4 = 0xd6e8feb86659fd93ull;
  std::uint64_t a_ = 0x243f6a8885a308d3ull, b_ = 0x13198a2e03707344ull;
  std::uint64_t count_ = 0;
};

// Everything in the frame that reaches the rasteriser (not its index in the scene).
void hash_frame(const Frame& frame, Hasher128& h);
// One path item's part of hash_frame (the frame's hash adds every item's in order): its
// 128-bit digest (path_item_digest) as two words.
void hash_path_item(const PathItem& item, Hasher128& h);
// A path item's own 128-bit hash: XXH3 over its points and over its other fields (numbers
// with -0 as 0), about five times faster than word by word through Hasher128.
struct ItemDigest {
  std::uint64_t lo = 0, hi = 0;
};
ItemDigest path_item_digest(const PathItem& item);
// Every field of the items equal, bit for bit (so a copy of one draws what the other draws):
// a field added to PathItem is hashed and compared here, beside the size checks, and written
// and read back by put_item / read_item (spilled_play.cpp, which checks the sizes too).
bool same_path_item(const PathItem& a, const PathItem& b);

// The GNU build id of the loaded libmanim (changes whenever its code changes, so cached
// pixels of an older rasteriser or encoder are never reused); a fallback text without it.
const std::string& engine_build_id();

}  // namespace manim::detail
