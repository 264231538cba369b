// The held frames of a play (src/render/held_play.*): path items shared by the frames of a play
// are stored once, every frame is rebuilt as it was added, and the bytes counted are the
// allocations really held.
#include "render/held_play.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "render/frame_hash.hpp"

using namespace manim;
using detail::HeldPlay;
using detail::malloc_chunk_bytes;

namespace {

// A closed path of `curves` cubic curves starting at (x, 0).
PathItem path(double x, std::size_t curves, Color fill = Color(1, 0, 0, 1)) {
  PathItem it;
  for (std::size_t k = 0; k < 1 + 3 * curves; ++k) {
    it.xy.push_back(x + 0.01 * static_cast<double>(k));
    it.xy.push_back(0.5);
  }
  it.subpaths = {{0, static_cast<std::uint32_t>(curves), false}};
  it.fill = fill;
  it.stroke_width = 4;
  return it;
}

Frame frame_of(std::size_t index, std::vector<PathItem> items) {
  Frame f;
  f.index = index;
  f.center_x = 0.25 * static_cast<double>(index);
  f.items = std::move(items);
  return f;
}

std::string hex(const Frame& f) {
  detail::Hasher128 h;
  detail::hash_frame(f, h);
  return h.hex();
}

// Every field of the two frames the same (items bit for bit).
void expect_same_frame(const Frame& a, const Frame& b) {
  EXPECT_EQ(a.index, b.index);
  EXPECT_EQ(hex(a), hex(b));
  ASSERT_EQ(a.items.size(), b.items.size());
  for (std::size_t i = 0; i < a.items.size(); ++i)
    EXPECT_TRUE(detail::same_path_item(a.items[i], b.items[i])) << "item " << i;
  EXPECT_EQ(a.images.size(), b.images.size());
  EXPECT_EQ(a.point_clouds.size(), b.point_clouds.size());
}

TEST(HeldPlay, ItemsSharedByFramesAreStoredOnceAndFramesComeBackAsAdded) {
  const PathItem a = path(0, 4), b = path(1, 2, Color(0, 0, 1, 0.5));
  std::vector<Frame> frames;
  frames.push_back(frame_of(10, {a, b, path(5, 1)}));
  frames.push_back(frame_of(11, {a, b, path(6, 1)}));
  frames.push_back(frame_of(12, {path(7, 1), a, b}));  // static items moved down one place
  frames.push_back(frame_of(13, {b, a}));              // ... and swapped
  frames[3].images.push_back(ImageItem{.draw_before = 1, .pixel_width = 2, .pixel_height = 2});
  frames[3].point_clouds.push_back(PointCloudItem{.xy = {0, 0}, .rgba = {1, 2, 3, 4}});
  HeldPlay held;
  const std::size_t copies[] = {1, 1, 30, 2};
  for (std::size_t k = 0; k < frames.size(); ++k) held.add(frames[k], copies[k]);
  EXPECT_EQ(held.size(), 4u);
  EXPECT_EQ(held.items_added(), 3u + 3u + 3u + 2u);
  EXPECT_EQ(held.items_stored(), 5u) << "a and b once, and the three moving items";
  for (std::size_t k = 0; k < frames.size(); ++k) {
    EXPECT_EQ(held.copies(k), copies[k]);
    expect_same_frame(*held.frame(k), frames[k]);
  }
  EXPECT_EQ(held.frame(3)->images[0].draw_before, 1u);
  EXPECT_EQ(held.frame(3)->point_clouds[0].rgba, (std::vector<std::uint8_t>{1, 2, 3, 4}));
  held.clear();
  EXPECT_TRUE(held.empty());
  EXPECT_EQ(held.items_stored(), 0u);
  EXPECT_EQ(held.items_added(), 0u);
}

TEST(HeldPlay, DrainHandsEveryFrameBackInOrderThenHoldsNothing) {
  const PathItem a = path(0, 4);
  std::vector<Frame> frames;
  for (std::size_t k = 0; k < 6; ++k)  // a, then a moving item that comes back in frame 5
    frames.push_back(frame_of(k, {a, path(k == 5 ? 1.0 : 1.0 + k, 2)}));
  HeldPlay held;
  for (std::size_t k = 0; k < frames.size(); ++k) held.add(frames[k], k + 1);
  EXPECT_EQ(held.items_stored(), 6u);
  std::size_t taken = 0;
  held.drain([&](FramePtr f, std::size_t copies) {
    ASSERT_LT(taken, frames.size());
    EXPECT_EQ(copies, taken + 1);
    expect_same_frame(*f, frames[taken]);
    ++taken;
  });
  EXPECT_EQ(taken, frames.size());
  EXPECT_TRUE(held.empty());
  EXPECT_EQ(held.bytes(), HeldPlay().bytes());
}

TEST(HeldPlay, ItemsOfEqualHashButOtherBitsAreKeptApart) {
  // hash_path_item hashes stroke widths as numbers (-0 and 0 alike), so these two items share
  // a hash; the pool compares them bit for bit and keeps both, each frame getting its own.
  PathItem plus = path(0, 1), minus = path(0, 1);
  plus.stroke_width = 0.0;
  minus.stroke_width = -0.0;
  detail::Hasher128 hp, hm;
  detail::hash_path_item(plus, hp);
  detail::hash_path_item(minus, hm);
  ASSERT_EQ(hp.hex(), hm.hex());
  ASSERT_FALSE(detail::same_path_item(plus, minus));
  HeldPlay held;
  held.add(frame_of(0, {plus}), 1);
  held.add(frame_of(1, {path(3, 1), minus}), 1);  // not at the same place: looked up by hash
  held.add(frame_of(2, {plus}), 1);
  EXPECT_EQ(held.items_stored(), 3u);
  EXPECT_FALSE(std::signbit(held.frame(0)->items[0].stroke_width));
  EXPECT_TRUE(std::signbit(held.frame(1)->items[1].stroke_width));
  EXPECT_FALSE(std::signbit(held.frame(2)->items[0].stroke_width));
}

TEST(HeldPlay, AnyFieldOfAnItemMakesItDistinct) {
  const PathItem base = path(0, 2);
  std::vector<PathItem> changed(9, base);
  changed[0].xy[5] += 1e-12;
  changed[1].subpaths[0].closed = true;
  changed[2].fill.a = 0.99;
  changed[3].stroke = Color(0, 1, 0, 1);
  changed[4].background_stroke_width = 1;
  changed[5].stroke_gradient.stops = {Color(1, 1, 1, 1), Color(0, 0, 0, 1)};
  changed[6].line_join = 2;
  changed[7].subpaths.push_back({4, 0, false});
  changed[8].line_cap = 1;
  HeldPlay held;
  held.add(frame_of(0, {base}), 1);
  for (std::size_t k = 0; k < changed.size(); ++k) held.add(frame_of(k + 1, {changed[k]}), 1);
  EXPECT_EQ(held.items_stored(), 1u + changed.size());
  for (std::size_t k = 0; k < changed.size(); ++k)
    EXPECT_TRUE(detail::same_path_item(held.frame(k + 1)->items[0], changed[k])) << k;
}

TEST(HeldPlay, ChunkSizesAreGlibcs) {
  EXPECT_EQ(malloc_chunk_bytes(0), 0u);
  EXPECT_EQ(malloc_chunk_bytes(1), 32u);   // the smallest chunk
  EXPECT_EQ(malloc_chunk_bytes(24), 32u);  // 24 + the size word fit in 32
  EXPECT_EQ(malloc_chunk_bytes(25), 48u);
  EXPECT_EQ(malloc_chunk_bytes(16000), 16016u);
}

TEST(HeldPlay, BytesCountEachStoredItemOnceWithItsCapacity) {
  // 100 frames of 50 static paths of 333 curves (1000 points: 16000 bytes each) and one
  // moving path of 3 curves. Held as whole display lists that is 100 x 50 x 16000 = 80 MB.
  std::vector<PathItem> statics;
  for (int k = 0; k < 50; ++k) statics.push_back(path(k, 333));
  HeldPlay held;
  const std::size_t empty = held.bytes();
  for (std::size_t f = 0; f < 100; ++f) {
    std::vector<PathItem> items = statics;
    PathItem moving = path(0.001 * static_cast<double>(f), 3);
    moving.xy.reserve(1000);  // a capture's spare capacity is not kept: the pool holds a copy
    items.push_back(moving);
    held.add(frame_of(f, std::move(items)), 1);
  }
  EXPECT_EQ(held.items_stored(), 150u);
  const std::size_t node = malloc_chunk_bytes(8 + 16);  // the index's node per stored item
  const std::size_t span = malloc_chunk_bytes(12);      // one subpath
  const std::size_t items_heap = 50 * (malloc_chunk_bytes(1000 * 2 * 8) + span + node) +
                                 100 * (malloc_chunk_bytes(10 * 2 * 8) + span + node) +
                                 100 * malloc_chunk_bytes(51 * 4);  // each frame's indices
  const std::size_t lower = items_heap + 150 * sizeof(PathItem) + 100 * sizeof(Frame);
  // Above that: the vectors' spare capacity (at most as much again) and the index's buckets.
  const std::size_t upper = lower + 150 * sizeof(PathItem) + 100 * (sizeof(Frame) + 64) + 8192;
  EXPECT_GE(held.bytes() - empty, lower);
  EXPECT_LE(held.bytes() - empty, upper);
  EXPECT_LT(held.bytes(), 1u << 20);
  held.clear();
  EXPECT_EQ(held.bytes(), empty);
}

TEST(HeldPlay, SharedPixelsAreCountedOnce) {
  auto pixels = std::make_shared<const std::vector<std::uint8_t>>(std::vector<std::uint8_t>(40000));
  HeldPlay one, many;
  Frame f = frame_of(0, {});
  f.images.push_back(ImageItem{.pixel_width = 100, .pixel_height = 100, .rgba = pixels});
  one.add(f, 1);
  for (int k = 0; k < 10; ++k) many.add(f, 1);
  EXPECT_GE(one.bytes(), 40000u);
  EXPECT_LT(many.bytes(), one.bytes() + 40000) << "the pixels are counted once, not per frame";
  EXPECT_EQ(many.frame(9)->images[0].rgba, pixels);
}

}  // namespace
