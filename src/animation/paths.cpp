// Manim's path functions (utils/paths.py), with its formulas.
#include "manim/animation/paths.hpp"

#include <cmath>
#include <stdexcept>

namespace manim {

namespace {
Vec3 unit_axis(const Vec3& axis) {
  const double n = axis.norm();
  return n == 0 ? OUT : axis * (1.0 / n);  // Manim: a zero axis means OUT
}
}  // namespace

Vec3 rotate_vector(const Vec3& v, double angle, const Vec3& k) {
  const double c = std::cos(angle), s = std::sin(angle);
  return v * c + k.cross(v) * s + k * (k.dot(v) * (1 - c));
}

PathFunc straight_path() {
  return [](const std::vector<Vec3>& a, const std::vector<Vec3>& b, double alpha) {
    std::vector<Vec3> out(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) out[i] = a[i] * (1 - alpha) + b[i] * alpha;
    return out;
  };
}

PathFunc path_along_arc(double arc_angle, const Vec3& axis) {
  if (!std::isfinite(arc_angle))
    throw std::invalid_argument("path_along_arc: arc_angle must be finite");
  if (std::abs(arc_angle) < STRAIGHT_PATH_THRESHOLD) return straight_path();
  const Vec3 k = unit_axis(axis);
  return [arc_angle, k](const std::vector<Vec3>& a, const std::vector<Vec3>& b, double alpha) {
    std::vector<Vec3> out(a.size());
    const double cot = arc_angle != PI ? 1.0 / std::tan(arc_angle / 2) : 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
      const Vec3 v = b[i] - a[i];
      Vec3 c = a[i] + v * 0.5;
      if (arc_angle != PI) c += k.cross(v * 0.5) * cot;
      out[i] = c + rotate_vector(a[i] - c, alpha * arc_angle, k);
    }
    return out;
  };
}

PathFunc path_along_circles(double arc_angle, const std::vector<Vec3>& centers, const Vec3& axis) {
  const Vec3 k = unit_axis(axis);
  return [arc_angle, centers, k](const std::vector<Vec3>& a, const std::vector<Vec3>& b,
                                 double alpha) {
    if (centers.size() != 1 && centers.size() != a.size())
      throw std::invalid_argument("path_along_circles: " + std::to_string(centers.size()) +
                                  " centres for " + std::to_string(a.size()) + " points");
    std::vector<Vec3> out(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      const Vec3& c = centers.size() == 1 ? centers[0] : centers[i];
      const Vec3 end = c + rotate_vector(b[i] - c, -arc_angle, k);
      const Vec3 p = a[i] * (1 - alpha) + end * alpha;
      out[i] = c + rotate_vector(p - c, alpha * arc_angle, k);
    }
    return out;
  };
}

PathFunc path_along_circles(double arc_angle, const Vec3& center, const Vec3& axis) {
  return path_along_circles(arc_angle, std::vector<Vec3>{center}, axis);
}

PathFunc clockwise_path() { return path_along_arc(-PI); }
PathFunc counterclockwise_path() { return path_along_arc(PI); }

PathFunc spiral_path(double angle, const Vec3& axis) {
  if (std::abs(angle) < STRAIGHT_PATH_THRESHOLD) return straight_path();
  const Vec3 k = unit_axis(axis);
  return [angle, k](const std::vector<Vec3>& a, const std::vector<Vec3>& b, double alpha) {
    std::vector<Vec3> out(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
      out[i] = a[i] + rotate_vector(b[i] - a[i], (alpha - 1) * angle, k) * alpha;
    return out;
  };
}

}  // namespace manim
