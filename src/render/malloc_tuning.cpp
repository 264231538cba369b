#include "render/malloc_tuning.hpp"

#include <malloc.h>

#include <atomic>
#include <mutex>

namespace manim::detail {
namespace {
std::atomic<int> g_applied{0};
}

void tune_malloc() {
  static std::once_flag once;
  std::call_once(once, [] {
    // A fixed M_MMAP_THRESHOLD also turns off glibc's dynamic threshold, which would rise to
    // the size of the first freed x264 frame and put every later encoder's frames in the heap.
    mallopt(M_MMAP_THRESHOLD, static_cast<int>(kMallocMmapThreshold));
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(kMallocTrimThreshold));
    g_applied.fetch_add(1);
  });
}

int malloc_tuning_applied() { return g_applied.load(); }

}  // namespace manim::detail
