// Manim's three_d_utils and the space_ops the 3D mobjects use.
#include "manim/mobject/three_d/three_d_utils.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace manim {

Vec3 get_unit_normal(const Vec3& v1, const Vec3& v2, double tol) {
  const Vec3 a = v1.normalized(), b = v2.normalized();
  Vec3 cp = a.cross(b);
  if (cp.norm() < tol) {
    // Parallel: the normal to them in the plane they share with the z axis.
    cp = a.cross(OUT).cross(a);
    if (cp.norm() < tol) return DOWN;
  }
  return cp.normalized();
}

Mat3 z_to_vector(const Vec3& v) {
  const Vec3 z = v.normalized();
  Vec3 y = z.cross(RIGHT).normalized();
  Vec3 x = y.cross(z);
  if (y.norm() == 0) {
    // Along the x axis: the cross product with RIGHT vanished.
    x = UP.cross(z).normalized();
    y = -x.cross(z);
  }
  return {{{x.x, y.x, z.x}, {x.y, y.y, z.y}, {x.z, y.z, z.z}}};
}

Vec3 apply_mat3(const Mat3& m, const Vec3& p) {
  return {m[0][0] * p.x + m[0][1] * p.y + m[0][2] * p.z,
          m[1][0] * p.x + m[1][1] * p.y + m[1][2] * p.z,
          m[2][0] * p.x + m[2][1] * p.y + m[2][2] * p.z};
}

std::size_t get_3d_vmob_start_corner_index(const std::vector<Vec3>&) { return 0; }

std::size_t get_3d_vmob_end_corner_index(const std::vector<Vec3>& points) {
  if (points.empty()) return 0;
  return ((points.size() - 1) / 6) * 3;
}

Vec3 get_3d_vmob_start_corner(const std::vector<Vec3>& points) {
  if (points.empty()) return ORIGIN;
  return points[get_3d_vmob_start_corner_index(points)];
}

Vec3 get_3d_vmob_end_corner(const std::vector<Vec3>& points) {
  if (points.empty()) return ORIGIN;
  return points[get_3d_vmob_end_corner_index(points)];
}

std::pair<Vec3, Vec3> get_3d_vmob_gradient_start_and_end_points(const std::vector<Vec3>& points) {
  return {get_3d_vmob_start_corner(points), get_3d_vmob_end_corner(points)};
}

Vec3 get_3d_vmob_unit_normal(const std::vector<Vec3>& points, std::size_t i) {
  const std::size_t n = points.size();
  // Manim counts anchors as two per curve (one point alone is one anchor).
  const std::size_t anchors = n == 1 ? 1 : 2 * (n / 4);
  if (anchors <= 2) return UP;
  if (i >= n)
    throw std::out_of_range("get_3d_vmob_unit_normal: point_index " + std::to_string(i) +
                            " is out of range for " + std::to_string(n) + " points");
  const std::size_t im3 = i > 2 ? i - 3 : n - 4;
  const std::size_t ip3 = i + 3 < n ? i + 3 : 3;
  const Vec3 normal = get_unit_normal(points[ip3] - points[i], points[im3] - points[i]);
  if (normal.norm() == 0) return UP;
  return normal;
}

Vec3 get_3d_vmob_start_corner_unit_normal(const std::vector<Vec3>& points) {
  return get_3d_vmob_unit_normal(points, get_3d_vmob_start_corner_index(points));
}

Vec3 get_3d_vmob_end_corner_unit_normal(const std::vector<Vec3>& points) {
  return get_3d_vmob_unit_normal(points, get_3d_vmob_end_corner_index(points));
}

}  // namespace manim
