// Private to the camera unit: a point cloud (PMobject) as a display-list item, shared by the 2D
// and 3D cameras (Manim's display_multiple_point_cloud_mobjects).
#pragma once
#include <vector>

#include "manim/camera/frame.hpp"
#include "manim/core/vec3.hpp"
#include "manim/mobject/mobject.hpp"

namespace manim::detail {

// Manim's adjusted_thickness: 1 + (stroke_width - 1) * (config's pixel_height + pixel_width) /
// (the camera's pixel_height + pixel_width).
double adjusted_thickness(double stroke_width, int camera_pixel_width, int camera_pixel_height);

// Appends the cloud of `node` (a PointCloudNode) drawn at `shown` (its points as displayed: a 3D
// camera passes them projected), after the paths and pictures already in the frame. A cloud with
// a non-finite point draws nothing; one whose colours do not match its points throws
// std::invalid_argument naming it.
void append_point_cloud_item(const MobjectNode& node, const std::vector<Vec3>& shown,
                             double thickness, Frame& frame);

}  // namespace manim::detail
