// glibc malloc settings of a render (render/malloc_tuning.hpp): applied once, from one place,
// and in effect: a libx264-sized block (3-12 MB at 1080p) is mmap'ed and given back when freed,
// so per-play encoders cannot fragment the heap; a Cairo-mask-sized block stays in the heap.
#include "render/malloc_tuning.hpp"

#include <gtest/gtest.h>
#include <malloc.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "manim/manim.hpp"
#include "render/raster.hpp"

using namespace manim;
namespace fs = std::filesystem;

namespace {

std::size_t mmapped_bytes() { return mallinfo2().hblkhd; }

// Touches the block so the compiler keeps the allocation.
void* touched(std::size_t n) {
  void* p = std::malloc(n);
  if (p) std::memset(p, 1, n);
  return p;
}

TEST(MallocTuning, TheRasteriserAppliesTheSettingsOnceAndTheyHold) {
  auto f = std::make_shared<Frame>();
  f->frame_width = 8;
  f->frame_height = 4.5;
  detail::RasterTarget target;
  target.width = 32;
  target.height = 18;
  std::vector<std::uint8_t> px(32 * 18 * 4);
  detail::rasterize(*f, target, px.data());
  EXPECT_EQ(detail::malloc_tuning_applied(), 1);
  detail::tune_malloc();
  detail::rasterize(*f, target, px.data());
  EXPECT_EQ(detail::malloc_tuning_applied(), 1);
#if defined(__SANITIZE_ADDRESS__)
  // ASan replaces glibc's malloc: mallopt's settings do not reach the allocator measured below.
  GTEST_SKIP() << "glibc's mmap threshold is not in effect under AddressSanitizer";
#endif

  // An x264 frame buffer (6 MB at 1080p): mapped, and unmapped again when freed. Before, with
  // a 32 MB threshold, it came from the heap (hblkhd unchanged).
  const std::size_t before = mmapped_bytes();
  void* big = touched(6u << 20);
  ASSERT_NE(big, nullptr);
  EXPECT_GE(mmapped_bytes(), before + (6u << 20));
  std::free(big);
  EXPECT_EQ(mmapped_bytes(), before);
  // Just above the threshold too; a full-frame A8 mask at 1080p (2,073,600 bytes) stays below.
  void* above = touched(detail::kMallocMmapThreshold + 4096);
  EXPECT_GE(mmapped_bytes(), before + detail::kMallocMmapThreshold);
  std::free(above);
  void* mask = touched(1920 * 1080);
  EXPECT_EQ(mmapped_bytes(), before);
  std::free(mask);
}

// The settings are made in one place: two mallopt calls (one per setting), both in
// src/render/malloc_tuning.cpp. Two competing M_MMAP_THRESHOLD calls (the CLI's and the
// rasteriser's) once hid which one was in effect.
TEST(MallocTuning, OnlyMallocTuningCallsMallopt) {
  int calls = 0;
  std::vector<std::string> where;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(MANIM_SOURCE_DIR) / "src")) {
    const std::string ext = e.path().extension().string();
    if (!e.is_regular_file() || (ext != ".cpp" && ext != ".hpp")) continue;
    std::ifstream in(e.path());
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    for (std::size_t at = text.find("mallopt("); at != std::string::npos;
         at = text.find("mallopt(", at + 1)) {
      ++calls;
      where.push_back(e.path().filename().string());
    }
  }
  EXPECT_EQ(calls, 2);
  for (const std::string& w : where) EXPECT_EQ(w, "malloc_tuning.cpp");
}

}  // namespace
