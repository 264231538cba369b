// Shared helpers of the geometry classes (see geometry_internal.hpp).
#include "mobject/geometry/geometry_internal.hpp"

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace manim::geom {

StyleArgs merge(const StyleArgs& defaults, const StyleArgs& user) {
  StyleArgs s = defaults;
  auto take = [](auto& dst, const auto& src) {
    if (src) dst = src;
  };
  take(s.color, user.color);
  take(s.fill_color, user.fill_color);
  take(s.fill_opacity, user.fill_opacity);
  take(s.stroke_color, user.stroke_color);
  take(s.stroke_width, user.stroke_width);
  take(s.stroke_opacity, user.stroke_opacity);
  take(s.background_stroke_color, user.background_stroke_color);
  take(s.background_stroke_width, user.background_stroke_width);
  take(s.background_stroke_opacity, user.background_stroke_opacity);
  take(s.z_index, user.z_index);
  take(s.shade_in_3d, user.shade_in_3d);
  return s;
}

void apply_style(detail::MobjectNode& n, const StyleArgs& s) {
  VStyle& st = n.style;
  if (s.color) {
    st.fill_color = *s.color;
    st.stroke_color = *s.color;
  }
  if (s.fill_color) st.fill_color = *s.fill_color;
  if (s.stroke_color) st.stroke_color = *s.stroke_color;
  if (s.fill_opacity) st.fill_opacity = *s.fill_opacity;
  if (s.stroke_width) st.stroke_width = *s.stroke_width;
  if (s.stroke_opacity) st.stroke_opacity = *s.stroke_opacity;
  if (s.background_stroke_color) st.background_stroke_color = *s.background_stroke_color;
  if (s.background_stroke_width) st.background_stroke_width = *s.background_stroke_width;
  if (s.background_stroke_opacity) st.background_stroke_opacity = *s.background_stroke_opacity;
  if (s.z_index) n.z_index = *s.z_index;
  if (s.shade_in_3d) n.shade_in_3d = *s.shade_in_3d;
}

void fail(const std::string& cls, const std::string& what) {
  throw std::invalid_argument(cls + ": " + what);
}

static std::string num(double v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

void require_finite(const char* cls, const char* arg, double v) {
  if (!std::isfinite(v)) fail(cls, std::string(arg) + " must be finite, got " + num(v));
}

void require_finite(const char* cls, const char* arg, const Vec3& v) {
  if (!v.is_finite())
    fail(cls, std::string(arg) + " must have finite coordinates, got (" + num(v.x) + ", " +
                  num(v.y) + ", " + num(v.z) + ")");
}

void require_non_negative(const char* cls, const char* arg, double v) {
  if (!std::isfinite(v) || v < 0)
    fail(cls, std::string(arg) + " must be finite and >= 0, got " + num(v));
}

void check_style(const char* cls, const StyleArgs& s) {
  auto opacity = [&](const char* arg, const std::optional<double>& v) {
    if (v && (!std::isfinite(*v) || *v < 0 || *v > 1))
      fail(cls, std::string(arg) + " must be in [0, 1], got " + num(*v));
  };
  opacity("fill_opacity", s.fill_opacity);
  opacity("stroke_opacity", s.stroke_opacity);
  opacity("background_stroke_opacity", s.background_stroke_opacity);
  if (s.stroke_width) require_non_negative(cls, "stroke_width", *s.stroke_width);
  if (s.background_stroke_width)
    require_non_negative(cls, "background_stroke_width", *s.background_stroke_width);
  if (s.z_index) require_finite(cls, "z_index", *s.z_index);
}

// a and b by value: callers pass pts.back(), which the first push_back may reallocate away.
void append_straight(std::vector<Vec3>& pts, Vec3 a, Vec3 b) {
  pts.push_back(a);
  pts.push_back(interpolate(a, b, 1.0 / 3.0));
  pts.push_back(interpolate(a, b, 2.0 / 3.0));
  pts.push_back(b);
}

std::vector<Vec3> polygon_points(const std::vector<Vec3>& vertices) {
  std::vector<Vec3> pts;
  pts.reserve(4 * vertices.size());
  for (std::size_t i = 0; i < vertices.size(); ++i)
    append_straight(pts, vertices[i], vertices[(i + 1) % vertices.size()]);
  return pts;
}

void for_each_in_family(detail::MobjectNode& n,
                        const std::function<void(detail::MobjectNode&)>& f) {
  f(n);
  for (auto& c : n.submobjects) for_each_in_family(*c, f);
}

Vec3 rotate_about(const Vec3& p, double angle, const Vec3& axis, const Vec3& about) {
  Vec3 v = p - about;
  double c = std::cos(angle), s = std::sin(angle);
  Vec3 r = v * c + axis.cross(v) * s + axis * (axis.dot(v) * (1 - c));
  return about + r;
}

}  // namespace manim::geom
