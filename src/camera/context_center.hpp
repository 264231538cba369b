// Private to the camera unit: Manim's cached Cairo context. Manim's Camera makes one cairo
// context per pixel array, the first time it draws a VMobject, and keeps it: the context's
// translation holds the frame centre of that first capture. Paths (VMobjects) are drawn through
// it for the camera's whole life; images and point clouds are placed with the live frame centre.
// So once the frame centre moves (a ThreeDCamera's move_camera(frame_center=...), or a 2D
// camera's frame_center assigned later) Manim draws the paths offset by (live - first). A
// MovingCamera makes a fresh context every frame (it never caches), so it has no offset.
#pragma once
#include <vector>

#include "manim/camera/camera.hpp"
#include "manim/camera/frame.hpp"
#include "manim/core/vec3.hpp"
#include "manim/mobject/mobject.hpp"

namespace manim::detail {

// The camera's context centre: latched to `live` on the first call, the latched one after.
// Keyed by the camera's address (a side table, so that camera.hpp keeps its layout); the entry
// goes with the camera (~Camera calls forget_context_center).
Vec3 latch_context_center(const Camera* camera, const Vec3& live);
bool has_context_center(const Camera* camera);
void forget_context_center(const Camera* camera);

// True when Manim would draw at least one VMobject of `mobjects` (a family member with points),
// which is when it makes its cached context.
bool displays_vmobject(const std::vector<Mobject>& mobjects);

// The scene is about to show `mobjects` (the start of a play or wait: Manim's first capture of
// it, even when -s skips the animation's frames): latches the context centre of a Camera or
// ThreeDCamera that has none yet, if a VMobject is shown. A MovingCamera is left alone.
void note_scene_frame(const Camera& camera, const std::vector<Mobject>& mobjects);

// Moves every point of a path item (and its gradients' end points) by (dx, dy) scene units.
void shift_path_item(PathItem& item, double dx, double dy);

}  // namespace manim::detail
