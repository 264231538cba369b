// VMobject (cubic Bezier paths with fill and stroke) and VGroup, as Manim CE v0.18.0.
#include "manim/mobject/vmobject.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

#include "mobject/family.hpp"
#include "mobject/path_ops.hpp"

namespace manim {

VMobject::VMobject(const StyleArgs& a) : Mobject() {
  n_->vectorized = true;
  detail::set_kind(*n_, "VMobject");
  // `color` sets both fill and stroke colours unless they are given separately.
  const Color base = a.color.value_or(WHITE);
  VStyle& s = n_->style;
  s.fill_color = a.fill_color.value_or(base);
  s.stroke_color = a.stroke_color.value_or(base);
  s.fill_opacity = a.fill_opacity.value_or(0.0);
  s.stroke_opacity = a.stroke_opacity.value_or(1.0);
  s.stroke_width = a.stroke_width.value_or(DEFAULT_STROKE_WIDTH);
  s.background_stroke_color = a.background_stroke_color.value_or(BLACK);
  s.background_stroke_width = a.background_stroke_width.value_or(0.0);
  s.background_stroke_opacity = a.background_stroke_opacity.value_or(1.0);
  n_->z_index = a.z_index.value_or(0.0);
  n_->shade_in_3d = a.shade_in_3d.value_or(false);
  const char* what[] = {"fill_opacity",
                        "stroke_opacity",
                        "stroke_width",
                        "background_stroke_width",
                        "background_stroke_opacity",
                        "z_index"};
  const double vals[] = {s.fill_opacity,
                         s.stroke_opacity,
                         s.stroke_width,
                         s.background_stroke_width,
                         s.background_stroke_opacity,
                         n_->z_index};
  for (int i = 0; i < 6; ++i) detail::require_finite("VMobject", what[i], vals[i]);
  if (s.stroke_width < 0)
    throw std::invalid_argument("VMobject: stroke_width must be >= 0, got " +
                                std::to_string(s.stroke_width));
}

// ---- building paths ----
VMobject& VMobject::set_points_as_corners(const std::vector<Vec3>& corners) {
  std::vector<Vec3> pts;
  for (const auto& c : corners) detail::require_finite("set_points_as_corners", "a corner", c);
  for (std::size_t i = 0; i + 1 < corners.size(); ++i) {
    const Vec3 &a = corners[i], &b = corners[i + 1];
    pts.push_back(a);
    pts.push_back(a * (2.0 / 3) + b * (1.0 / 3));
    pts.push_back(a * (1.0 / 3) + b * (2.0 / 3));
    pts.push_back(b);
  }
  n_->points = std::move(pts);
  return *this;
}

VMobject& VMobject::set_points_smoothly(const std::vector<Vec3>& anchors) {
  set_points_as_corners(anchors);
  // Manim's make_smooth: per subpath, handles of a cubic spline through the anchors.
  std::vector<Vec3> out;
  for (const auto& sp : detail::subpaths(n_->points)) {
    std::vector<Vec3> an;
    for (std::size_t k = 0; k < sp.size(); k += 4) an.push_back(sp[k]);
    an.push_back(sp.back());
    std::vector<Vec3> h1, h2;
    detail::smooth_handles(an, h1, h2);
    for (std::size_t i = 0; i + 1 < an.size(); ++i) {
      out.push_back(an[i]);
      out.push_back(h1[i]);
      out.push_back(h2[i]);
      out.push_back(an[i + 1]);
    }
  }
  n_->points = std::move(out);
  return *this;
}

VMobject& VMobject::start_new_path(const Vec3& point) {
  detail::require_finite("start_new_path", "point", point);
  const Vec3 p = point;  // may refer into the points, which grow below
  auto& pts = n_->points;
  if (pts.size() % 4 != 0) {
    // Pad an unfinished curve with its start anchor, as Manim does.
    const Vec3 last_anchor = pts[(pts.size() / 4) * 4];
    while (pts.size() % 4 != 0) pts.push_back(last_anchor);
  }
  pts.push_back(p);
  return *this;
}

VMobject& VMobject::add_line_to(const Vec3& p) {
  detail::require_finite("add_line_to", "point", p);
  if (n_->points.empty())
    throw std::invalid_argument(n_->kind +
                                ".add_line_to: the path has no points; call start_new_path first");
  detail::add_line_to(n_->points, p);
  return *this;
}

VMobject& VMobject::add_cubic_bezier_curve(const Vec3& a0, const Vec3& h0, const Vec3& h1,
                                           const Vec3& a1) {
  for (const Vec3* p : {&a0, &h0, &h1, &a1})
    detail::require_finite("add_cubic_bezier_curve", "a point", *p);
  n_->points.insert(n_->points.end(), {a0, h0, h1, a1});
  return *this;
}

VMobject& VMobject::add_cubic_bezier_curve_to(const Vec3& h0, const Vec3& h1, const Vec3& a1) {
  for (const Vec3* p : {&h0, &h1, &a1})
    detail::require_finite("add_cubic_bezier_curve_to", "a point", *p);
  auto& pts = n_->points;
  if (pts.empty())
    throw std::invalid_argument(n_->kind +
                                ".add_cubic_bezier_curve_to: the path has no points; call "
                                "start_new_path first");
  if (pts.size() % 4 != 1) pts.push_back(pts.back());
  pts.insert(pts.end(), {h0, h1, a1});
  return *this;
}

VMobject& VMobject::add_points_as_corners(const std::vector<Vec3>& corners) {
  for (const auto& c : corners) add_line_to(c);
  return *this;
}

VMobject& VMobject::close_path() {
  if (!is_closed()) {
    auto sps = detail::subpaths(n_->points);
    if (sps.empty())
      throw std::invalid_argument(n_->kind + ".close_path: the path has no complete curve");
    add_line_to(sps.back().front());
  }
  return *this;
}

VMobject& VMobject::append_vectorized_mobject(const VMobject& other) {
  std::vector<Vec3> add = other.points();  // copy first: other may be this object
  auto& pts = n_->points;
  if (pts.size() % 4 == 1) pts.pop_back();  // drop a dangling new-path point
  pts.insert(pts.end(), add.begin(), add.end());
  return *this;
}

// ---- queries ----
std::size_t VMobject::get_num_curves() const { return n_->points.size() / 4; }

std::vector<Vec3> VMobject::get_anchors() const {
  const auto& pts = n_->points;
  if (pts.size() == 1) return pts;
  std::vector<Vec3> out;
  for (std::size_t k = 0; 4 * k + 3 < pts.size(); ++k) {
    out.push_back(pts[4 * k]);
    out.push_back(pts[4 * k + 3]);
  }
  return out;
}

std::vector<std::vector<Vec3>> VMobject::get_subpaths() const {
  return detail::subpaths(n_->points);
}

bool VMobject::is_closed() const {
  const auto& pts = n_->points;
  if (pts.empty()) return false;
  return detail::points_close(pts.front(), pts.back());
}

namespace {
// Manim's get_nth_curve_length: a polyline through `samples` points of the curve.
double curve_length(const Vec3* c, int samples) {
  double len = 0;
  Vec3 prev = c[0];
  for (int i = 1; i < samples; ++i) {
    Vec3 p = detail::bezier_point(c[0], c[1], c[2], c[3], static_cast<double>(i) / (samples - 1));
    len += (p - prev).norm();
    prev = p;
  }
  return len;
}
}  // namespace

Vec3 VMobject::point_from_proportion(double alpha) const {
  if (!(alpha >= 0 && alpha <= 1))
    throw std::invalid_argument(n_->kind + ".point_from_proportion: alpha " +
                                std::to_string(alpha) + " is not between 0 and 1");
  const std::size_t nc = get_num_curves();
  if (nc == 0)
    throw std::invalid_argument(
        n_->kind + ".point_from_proportion: cannot be called on a VMobject with no points");
  const auto& pts = n_->points;
  std::vector<double> lens(nc);
  double total = 0;
  for (std::size_t i = 0; i < nc; ++i) total += lens[i] = curve_length(&pts[4 * i], 10);
  const double target = alpha * total;
  double cur = 0;
  for (std::size_t i = 0; i < nc; ++i) {
    if (cur + lens[i] >= target) {
      const double r = lens[i] != 0 ? (target - cur) / lens[i] : 0;
      const Vec3* c = &pts[4 * i];
      return detail::bezier_point(c[0], c[1], c[2], c[3], r);
    }
    cur += lens[i];
  }
  const Vec3* c = &pts[4 * (nc - 1)];
  return c[3];  // only reachable through rounding at alpha = 1
}

double VMobject::get_arc_length(int samples_per_curve) const {
  if (samples_per_curve < 2)
    throw std::invalid_argument("get_arc_length: samples_per_curve must be >= 2, got " +
                                std::to_string(samples_per_curve));
  double total = 0;
  for (std::size_t i = 0; i < get_num_curves(); ++i)
    total += curve_length(&n_->points[4 * i], samples_per_curve);
  return total;
}

// ---- partial paths ----
VMobject& VMobject::pointwise_become_partial(const VMobject& source, double a, double b) {
  detail::require_finite("pointwise_become_partial", "a", a);
  detail::require_finite("pointwise_become_partial", "b", b);
  detail::become_partial(*n_, source.node(), a, b);
  return *this;
}

VMobject& VMobject::insert_n_curves(int n) {
  if (n < 0)
    throw std::invalid_argument("insert_n_curves: n must be >= 0, got " + std::to_string(n));
  auto& pts = n_->points;
  if (pts.empty()) return *this;
  std::optional<Vec3> dangling;
  if (pts.size() % 4 == 1) dangling = pts.back();
  auto out = detail::insert_n_curves_to_point_list(n, pts);
  if (dangling) out.push_back(*dangling);
  pts = std::move(out);
  return *this;
}

// ---- VGroup ----
VGroup::VGroup() : VMobject() { detail::set_kind(*n_, "VGroup"); }
VGroup::VGroup(const std::vector<Mobject>& mobs) : VGroup() { add(mobs); }

}  // namespace manim
