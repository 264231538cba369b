// Manim's three_d_utils (the corners and normals a 3D camera shades a face by) and the two
// space_ops the 3D mobjects are built with (z_to_vector, get_unit_normal).
#pragma once
#include <array>
#include <cstddef>
#include <utility>
#include <vector>

#include "manim/mobject/mobject.hpp"

namespace manim {

// A 3x3 matrix as rows: m[row][col].
using Mat3 = std::array<std::array<double, 3>, 3>;

// A unit vector perpendicular to v1 and v2. When they are (nearly) parallel: the normal to them
// in the plane they share with the z axis, and DOWN when they are along z (Manim's rule).
Vec3 get_unit_normal(const Vec3& v1, const Vec3& v2, double tol = 1e-6);

// A rotation taking the z axis to the direction of `v` (Manim's z_to_vector: its columns are
// the images of x, y and z). The zero vector gives the zero matrix, as in Manim.
Mat3 z_to_vector(const Vec3& v);

// m * p.
Vec3 apply_mat3(const Mat3& m, const Vec3& p);

// ---- Manim's three_d_utils, on a VMobject's points (4 per cubic curve) ----
// Index 0, and ((n - 1) / 6) * 3 for n points: Manim's formula, which for a closed square face
// of 16 points picks point 6 (a handle of the second edge), so the shading gradient runs
// across the face.
std::size_t get_3d_vmob_start_corner_index(const std::vector<Vec3>& points);
std::size_t get_3d_vmob_end_corner_index(const std::vector<Vec3>& points);
// The points at those indices (ORIGIN when there are none).
Vec3 get_3d_vmob_start_corner(const std::vector<Vec3>& points);
Vec3 get_3d_vmob_end_corner(const std::vector<Vec3>& points);
std::pair<Vec3, Vec3> get_3d_vmob_gradient_start_and_end_points(const std::vector<Vec3>& points);
// The unit normal at point `i` from its neighbours three points before and after (wrapping
// around the path); UP for a path of one curve or less, or when the normal degenerates.
Vec3 get_3d_vmob_unit_normal(const std::vector<Vec3>& points, std::size_t point_index);
Vec3 get_3d_vmob_start_corner_unit_normal(const std::vector<Vec3>& points);
Vec3 get_3d_vmob_end_corner_unit_normal(const std::vector<Vec3>& points);

// The same on a mobject's own points (Manim's functions take the VMobject).
inline std::size_t get_3d_vmob_start_corner_index(const Mobject& m) {
  return get_3d_vmob_start_corner_index(m.points());
}
inline std::size_t get_3d_vmob_end_corner_index(const Mobject& m) {
  return get_3d_vmob_end_corner_index(m.points());
}
inline Vec3 get_3d_vmob_start_corner(const Mobject& m) {
  return get_3d_vmob_start_corner(m.points());
}
inline Vec3 get_3d_vmob_end_corner(const Mobject& m) { return get_3d_vmob_end_corner(m.points()); }
inline std::pair<Vec3, Vec3> get_3d_vmob_gradient_start_and_end_points(const Mobject& m) {
  return get_3d_vmob_gradient_start_and_end_points(m.points());
}
inline Vec3 get_3d_vmob_unit_normal(const Mobject& m, std::size_t point_index) {
  return get_3d_vmob_unit_normal(m.points(), point_index);
}
inline Vec3 get_3d_vmob_start_corner_unit_normal(const Mobject& m) {
  return get_3d_vmob_start_corner_unit_normal(m.points());
}
inline Vec3 get_3d_vmob_end_corner_unit_normal(const Mobject& m) {
  return get_3d_vmob_end_corner_unit_normal(m.points());
}

}  // namespace manim
