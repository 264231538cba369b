// A 3-vector of doubles: Manim's point type (numpy float array of length 3).
// A plain struct rather than Eigen::Vector3d in the public API: `auto p = UP * 2 + LEFT;`
// must hold a value, not an Eigen expression template that dangles.
#pragma once
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <stdexcept>

namespace manim {

struct Vec3 {
  double x = 0, y = 0, z = 0;
  constexpr Vec3() = default;
  constexpr Vec3(double x_, double y_, double z_ = 0) : x(x_), y(y_), z(z_) {}

  constexpr double operator[](std::size_t i) const { return i == 0 ? x : (i == 1 ? y : z); }
  constexpr double& operator[](std::size_t i) { return i == 0 ? x : (i == 1 ? y : z); }

  constexpr Vec3 operator+(const Vec3& o) const { return {x + o.x, y + o.y, z + o.z}; }
  constexpr Vec3 operator-(const Vec3& o) const { return {x - o.x, y - o.y, z - o.z}; }
  constexpr Vec3 operator-() const { return {-x, -y, -z}; }
  constexpr Vec3 operator*(double s) const { return {x * s, y * s, z * s}; }
  constexpr Vec3 operator/(double s) const { return {x / s, y / s, z / s}; }
  // Component-wise product, as numpy's `a * b` on arrays.
  constexpr Vec3 operator*(const Vec3& o) const { return {x * o.x, y * o.y, z * o.z}; }
  constexpr Vec3& operator+=(const Vec3& o) {
    x += o.x;
    y += o.y;
    z += o.z;
    return *this;
  }
  constexpr Vec3& operator-=(const Vec3& o) {
    x -= o.x;
    y -= o.y;
    z -= o.z;
    return *this;
  }
  constexpr Vec3& operator*=(double s) {
    x *= s;
    y *= s;
    z *= s;
    return *this;
  }
  constexpr bool operator==(const Vec3& o) const = default;

  constexpr double dot(const Vec3& o) const { return x * o.x + y * o.y + z * o.z; }
  constexpr Vec3 cross(const Vec3& o) const {
    return {y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x};
  }
  double norm() const { return std::sqrt(dot(*this)); }
  Vec3 normalized() const {
    double n = norm();
    return n == 0 ? Vec3{} : *this / n;
  }
  bool is_finite() const { return std::isfinite(x) && std::isfinite(y) && std::isfinite(z); }
};

constexpr Vec3 operator*(double s, const Vec3& v) { return v * s; }

// Linear interpolation, as Manim's `interpolate(a, b, t)`.
constexpr Vec3 interpolate(const Vec3& a, const Vec3& b, double t) { return a + (b - a) * t; }
constexpr double interpolate(double a, double b, double t) { return a + (b - a) * t; }

}  // namespace manim
