// Internal: one PNG file written so that a failure never leaves a truncated file: the image
// goes to a unique O_EXCL temporary next to the target (no symlink followed), is closed, then
// renamed over the target. Errors name the file and the system's reason ("No space left on
// device"), captured when the write failed.
#pragma once
#include <cstdint>
#include <filesystem>

namespace manim::detail {

// `bgra`: premultiplied ARGB32 (cairo's layout), stride width * 4. Throws std::runtime_error.
void write_png_atomic(const std::filesystem::path& path, const std::uint8_t* bgra, int width,
                      int height);

}  // namespace manim::detail
