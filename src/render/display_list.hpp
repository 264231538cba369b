// Internal: turning the scene's mobjects into an immutable Frame (display list).
#pragma once
#include <vector>

#include "manim/mobject/mobject.hpp"
#include "manim/render/frame.hpp"
#include "manim/scene/scene.hpp"

namespace manim::detail {

// Every family member with points of `mobjects` (depth first, scene order), stably sorted by
// z_index, as Manim's Camera.get_mobjects_to_display; paths split into subpaths as its
// set_cairo_context_path. Non-vectorized members with points are skipped.
FramePtr build_frame(const std::vector<Mobject>& mobjects, const Camera& camera,
                     std::size_t index);

}  // namespace manim::detail
