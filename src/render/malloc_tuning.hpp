// glibc malloc settings for a render, applied once per process (docs/caching.md, "Memory").
#pragma once

#include <cstddef>

namespace manim::detail {

// Blocks of at least this size are mmap'ed and returned to the system when freed. libx264's
// frame buffers (3-12 MB each at 1080p, one encoder per play) are above it, so each play's
// encoder gives its memory back instead of leaving holes in the heap that the next encoder's
// layout does not fit; Cairo's masks and spans (<= 2 MB at 1080p) stay below it.
inline constexpr std::size_t kMallocMmapThreshold = std::size_t(2) << 20;
// Free memory at the top of the heap is kept up to this size rather than given back and
// faulted in again after every large Cairo fill (bench/raster_bench: ~1.6x on a busy frame),
// but not more: what a big play's display lists freed is not kept resident under the encoders.
inline constexpr std::size_t kMallocTrimThreshold = std::size_t(16) << 20;

// Sets both (mallopt), the first time it is called; later calls do nothing. The CLI calls it
// at start and the rasteriser before its first frame (Python and C++ API users).
void tune_malloc();

// How many times tune_malloc() has changed the settings in this process (0 or 1).
int malloc_tuning_applied();

}  // namespace manim::detail
