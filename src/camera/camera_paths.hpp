// Private to the camera unit: turning a VMobject's points into a display-list path, shared by
// the 2D and 3D cameras.
#pragma once
#include <memory>
#include <vector>

#include "manim/camera/frame.hpp"
#include "manim/core/vec3.hpp"
#include "manim/mobject/mobject.hpp"

namespace manim::detail {

// Appends one VMobject's path as drawn: subpaths split where a curve does not start where the
// previous one ended (x and y, consider_points_equals_2d), closed when the first and last
// points agree in all three coordinates (np.allclose); runs shorter than one cubic are dropped
// (as Manim's _gen_subpaths_from_points).
void append_path(const std::vector<Vec3>& pts, PathItem& item);

// Sets the item's gradients from a VMobject's colour stops (a multi-colour fill or stroke),
// from and to its gradient start and end points in scene units; solid colours set none.
void append_gradients(const std::shared_ptr<MobjectNode>& node, PathItem& item);

}  // namespace manim::detail
