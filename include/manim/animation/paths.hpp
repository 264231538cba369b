// Path functions for Transform (manim/utils/paths.py): how each point travels from its start to
// its end as alpha goes 0 -> 1. Points are transformed all at once, as Manim's numpy arrays.
#pragma once
#include <functional>
#include <vector>

#include "manim/core/constants.hpp"
#include "manim/core/vec3.hpp"

namespace manim {

using PathFunc = std::function<std::vector<Vec3>(const std::vector<Vec3>& start,
                                                 const std::vector<Vec3>& end, double alpha)>;

// Below this |angle| (Manim's STRAIGHT_PATH_THRESHOLD, 0.01) the arc paths are straight.
inline constexpr double STRAIGHT_PATH_THRESHOLD = 0.01;

PathFunc straight_path();
// Each point moves along the arc of `arc_angle` joining its start and end.
PathFunc path_along_arc(double arc_angle, const Vec3& axis = OUT);
// Each point turns by `arc_angle` about its centre while moving to its end (Rotate's path).
PathFunc path_along_circles(double arc_angle, const std::vector<Vec3>& centers,
                            const Vec3& axis = OUT);
PathFunc path_along_circles(double arc_angle, const Vec3& center, const Vec3& axis = OUT);
PathFunc clockwise_path();
PathFunc counterclockwise_path();
PathFunc spiral_path(double angle, const Vec3& axis = OUT);

// Rotation of v by `angle` about the unit axis k (Rodrigues).
Vec3 rotate_vector(const Vec3& v, double angle, const Vec3& k);

}  // namespace manim
