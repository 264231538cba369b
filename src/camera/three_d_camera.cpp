// ThreeDCamera: Manim's rotation, projection, depth order and shading of the Cairo renderer.
#include "manim/camera/three_d_camera.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <stdexcept>
#include <unordered_map>

#include "camera/background_layer.hpp"
#include "camera/camera_paths.hpp"
#include "camera/context_center.hpp"
#include "camera/point_cloud_display.hpp"
#include "manim/mobject/graphing/three_d_axes.hpp"
#include "manim/mobject/types/point_cloud_mobject.hpp"
#include "mobject/family.hpp"

namespace manim {
namespace {

using NodePtr = std::shared_ptr<detail::MobjectNode>;

Mat3 mul(const Mat3& a, const Mat3& b) {
  Mat3 r{};
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j)
      for (int k = 0; k < 3; ++k) r[i][j] += a[i][k] * b[k][j];
  return r;
}

Mat3 rotation_about_z(double a) {
  const double c = std::cos(a), s = std::sin(a);
  return Mat3{{{c, -s, 0}, {s, c, 0}, {0, 0, 1}}};
}

Mat3 rotation_about_x(double a) {
  const double c = std::cos(a), s = std::sin(a);
  return Mat3{{{1, 0, 0}, {0, c, -s}, {0, s, c}}};
}

bool all_finite(const std::vector<Vec3>& pts) {
  for (const Vec3& p : pts)
    if (!p.is_finite()) return false;
  return true;
}

// Manim's normalize: the zero vector stays zero.
Vec3 normalize(const Vec3& v) { return v.normalized(); }

Color with_alpha(const Color& c, double a) { return {c.r, c.g, c.b, a}; }

}  // namespace

VMobject& set_shade_in_3d(VMobject& vmobject, bool value) {
  for (const Mobject& m : vmobject.get_family()) m.node().shade_in_3d = value;
  return vmobject;
}

Color get_shaded_rgb(const Color& rgb, const Vec3& point, const Vec3& unit_normal,
                     const Vec3& light_source) {
  const Vec3 to_sun = normalize(light_source - point);
  double factor = 0.5 * std::pow(unit_normal.dot(to_sun), 3);
  if (factor < 0) factor *= 0.5;
  return {rgb.r + factor, rgb.g + factor, rgb.b + factor, rgb.a};
}

ThreeDCamera::ThreeDCamera(const ThreeDCameraArgs& a)
    : focal_distance(a.focal_distance),
      shading_factor(a.shading_factor),
      default_distance(a.default_distance),
      light_source_start_point(a.light_source_start_point),
      should_apply_shading(a.should_apply_shading),
      exponential_projection(a.exponential_projection),
      phi_tracker(a.phi),
      theta_tracker(a.theta),
      focal_distance_tracker(a.focal_distance),
      gamma_tracker(a.gamma),
      zoom_tracker(a.zoom) {
  if (!a.frame_center.is_finite() || !a.light_source_start_point.is_finite())
    throw std::invalid_argument(
        "ThreeDCamera: frame_center and light_source_start_point must be finite points");
  light_source.node().points = {a.light_source_start_point};
  frame_center_point.node().points = {a.frame_center};
  frame_center = a.frame_center;
}

std::vector<ValueTracker> ThreeDCamera::get_value_trackers() const {
  return {phi_tracker, theta_tracker, focal_distance_tracker, gamma_tracker, zoom_tracker};
}

void ThreeDCamera::check_value(const char* name, double value) const {
  if (!std::isfinite(value))
    throw std::invalid_argument(fmt::format(
        "ThreeDCamera: {} must be a finite number (radians for angles), got {}", name, value));
}

void ThreeDCamera::set_phi(double v) {
  check_value("phi", v);
  phi_tracker.set_value(v);
}
void ThreeDCamera::set_theta(double v) {
  check_value("theta", v);
  theta_tracker.set_value(v);
}
void ThreeDCamera::set_focal_distance(double v) {
  check_value("focal_distance", v);
  focal_distance_tracker.set_value(v);
}
void ThreeDCamera::set_gamma(double v) {
  check_value("gamma", v);
  gamma_tracker.set_value(v);
}
void ThreeDCamera::set_zoom(double v) {
  check_value("zoom", v);
  zoom_tracker.set_value(v);
}

Vec3 ThreeDCamera::get_frame_center() const {
  const auto& pts = frame_center_point.node().points;
  return pts.empty() ? ORIGIN : pts.front();
}

void ThreeDCamera::set_frame_center(const Vec3& p) {
  if (!p.is_finite())
    throw std::invalid_argument(fmt::format(
        "ThreeDCamera: frame_center must be a finite point, got ({}, {}, {})", p.x, p.y, p.z));
  frame_center_point.move_to(p);
  frame_center = p;
}

Mat3 ThreeDCamera::generate_rotation_matrix() const {
  Mat3 r = rotation_about_z(-get_theta() - 90 * DEGREES);
  r = mul(rotation_about_x(-get_phi()), r);
  return mul(rotation_about_z(get_gamma()), r);
}

void ThreeDCamera::project_points(std::vector<Vec3>& pts, const Mat3& rot) const {
  const Vec3 fc = get_frame_center();
  const double d = get_focal_distance();
  const double zoom = get_zoom();
  for (Vec3& p : pts) {
    p = apply_mat3(rot, p - fc);
    const double z = p.z;
    double factor;
    if (exponential_projection)
      factor = z < 0 ? d / (d - z) : std::exp(z / d);
    else
      factor = (d - z) < 0 ? 1e6 : d / (d - z);  // behind the eye: thrown far out, as Manim
    p.x *= factor * zoom;
    p.y *= factor * zoom;
  }
}

void ThreeDCamera::project_points(std::vector<Vec3>& pts) const {
  project_points(pts, generate_rotation_matrix());
}

Vec3 ThreeDCamera::project_point(const Vec3& point) const {
  std::vector<Vec3> v{point};
  project_points(v);
  return v[0];
}

void ThreeDCamera::add_fixed_orientation_mobjects(const std::vector<Mobject>& mobjects,
                                                  bool use_static_center_func,
                                                  std::function<Vec3()> center_func) {
  for (const Mobject& m : mobjects) {
    std::function<Vec3()> f = center_func;
    if (!f) {
      if (use_static_center_func) {
        const Vec3 c = m.get_center();
        f = [c] { return c; };
      } else {
        f = [m] { return m.get_center(); };
      }
    }
    for (const Mobject& sub : m.get_family()) {
      auto it = fixed_orientation_index_.find(&sub.node());
      if (it != fixed_orientation_index_.end()) {
        fixed_orientation_[it->second].second = f;
        continue;
      }
      fixed_orientation_index_[&sub.node()] = fixed_orientation_.size();
      fixed_orientation_.emplace_back(sub, f);
    }
  }
}

void ThreeDCamera::add_fixed_in_frame_mobjects(const std::vector<Mobject>& mobjects) {
  for (const Mobject& m : mobjects)
    for (const Mobject& sub : m.get_family())
      if (fixed_in_frame_set_.insert(&sub.node()).second) fixed_in_frame_.push_back(sub);
}

void ThreeDCamera::remove_fixed_orientation_mobjects(const std::vector<Mobject>& mobjects) {
  std::unordered_set<const detail::MobjectNode*> gone;
  for (const Mobject& m : mobjects)
    for (const Mobject& sub : m.get_family()) gone.insert(&sub.node());
  std::erase_if(fixed_orientation_, [&](const auto& e) { return gone.count(&e.first.node()) > 0; });
  fixed_orientation_index_.clear();
  for (std::size_t i = 0; i < fixed_orientation_.size(); ++i)
    fixed_orientation_index_[&fixed_orientation_[i].first.node()] = i;
}

void ThreeDCamera::remove_fixed_in_frame_mobjects(const std::vector<Mobject>& mobjects) {
  for (const Mobject& m : mobjects)
    for (const Mobject& sub : m.get_family()) fixed_in_frame_set_.erase(&sub.node());
  std::erase_if(fixed_in_frame_,
                [&](const Mobject& e) { return fixed_in_frame_set_.count(&e.node()) == 0; });
}

std::vector<Mobject> ThreeDCamera::fixed_in_frame_mobjects() const { return fixed_in_frame_; }

std::vector<std::pair<Mobject, std::function<Vec3()>>> ThreeDCamera::fixed_orientation_mobjects()
    const {
  return fixed_orientation_;
}

bool ThreeDCamera::is_fixed_in_frame(const Mobject& m) const {
  return fixed_in_frame_set_.count(&m.node()) > 0;
}

bool ThreeDCamera::is_fixed_orientation(const Mobject& m) const {
  return fixed_orientation_index_.count(&m.node()) > 0;
}

FramePtr ThreeDCamera::capture_mobjects(const std::vector<Mobject>& mobjects,
                                        std::size_t index) const {
  const Vec3 fc = get_frame_center();
  if (!std::isfinite(frame_width) || !(frame_width > 0) || !fc.is_finite())
    throw std::invalid_argument(fmt::format(
        "ThreeDCamera: frame_width must be finite and > 0 and frame_center finite, got {} and "
        "({}, {}, {})",
        frame_width, fc.x, fc.y, fc.z));
  const double d = get_focal_distance(), zoom = get_zoom();
  if (!std::isfinite(d) || !std::isfinite(zoom))
    throw std::invalid_argument(fmt::format(
        "ThreeDCamera: focal_distance and zoom must be finite, got {} and {}", d, zoom));
  const Mat3 rot = generate_rotation_matrix();

  std::vector<NodePtr> members;
  for (const Mobject& m : mobjects)
    detail::collect_family(m.node_ptr(), members, /*only_with_points=*/true);
  detail::remove_list_redundancies(members);
  std::stable_sort(members.begin(), members.end(),
                   [](const auto& a, const auto& b) { return a->z_index < b->z_index; });

  // Depth: the rotated z of the member's (family's) centre (not moved by frame_center, as Manim);
  // members without shade_in_3d come after, in their z_index order. One key per member, then
  // one stable sort: O(n log n) per frame.
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<std::pair<double, std::size_t>> keys(members.size());
  for (std::size_t i = 0; i < members.size(); ++i) {
    const auto& n = members[i];
    double key = inf;
    if (n->shade_in_3d) {
      const detail::Box box = detail::anchor_box(*n);
      const Vec3 c = box.empty ? ORIGIN : (box.min + box.max) / 2;
      key = apply_mat3(rot, c).z;
    }
    keys[i] = {key, i};
  }
  std::stable_sort(keys.begin(), keys.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });

  auto frame = std::make_shared<Frame>();
  frame->index = index;
  frame->background = with_alpha(background_color, background_opacity);
  frame->frame_width = frame_width;
  frame->center_x = fc.x;
  frame->center_y = fc.y;
  frame->items.reserve(members.size());
  const Vec3 light = light_source.node().points.empty() ? light_source_start_point
                                                        : light_source.node().points.front();

  // ThreeDAxes' members: gradient between their axis' edges, sheen on the second stop.
  std::vector<three_d_axes::AxisShading> axis_shading;
  for (const Mobject& m : mobjects) three_d_axes::collect_axis_shading(m.node_ptr(), axis_shading);
  std::unordered_map<const detail::MobjectNode*, const three_d_axes::AxisShading*> axis_of;
  for (const auto& a : axis_shading) axis_of.emplace(a.member, &a);

  // Manim's cached cairo context: the projected paths are placed by the frame centre of the
  // first capture that drew one, not the live one (see context_center.hpp). After
  // move_camera(frame_center=...) the picture is offset by (live - first) in x and y.
  double dx = 0, dy = 0;
  if (std::any_of(members.begin(), members.end(), [](const NodePtr& n) { return n->vectorized; })) {
    const Vec3 ctx = detail::latch_context_center(this, fc);
    dx = fc.x - ctx.x;
    dy = fc.y - ctx.y;
  }

  std::vector<Vec3> shown;
  for (const auto& [key, i] : keys) {
    const auto& node = members[i];
    if (detail::is_point_cloud(*node)) {  // projected as a VMobject's points are
      shown = node->points;
      if (!all_finite(shown)) continue;
      if (fixed_in_frame_set_.count(node.get()) == 0) {
        if (auto it = fixed_orientation_index_.find(node.get());
            it != fixed_orientation_index_.end()) {
          const Vec3 center = fixed_orientation_[it->second].second();
          std::vector<Vec3> c{center};
          project_points(c, rot);
          for (Vec3& p : shown) p += c[0] - center;
        } else {
          project_points(shown, rot);
        }
      }
      detail::append_point_cloud_item(
          *node, shown,
          detail::adjusted_thickness(node->style.stroke_width, pixel_width, pixel_height), *frame);
      continue;
    }
    if (!node->vectorized || node->points.size() < 4 || !all_finite(node->points)) continue;
    const std::vector<Vec3>& pts = node->points;

    // Manim's transform_points_pre_display: as is when fixed in frame; shifted so that the
    // centre lands on its projection when of fixed orientation; projected otherwise.
    std::function<Vec3(const Vec3&)> single;
    shown = pts;
    if (fixed_in_frame_set_.count(node.get())) {
      single = [](const Vec3& p) { return p; };
    } else if (auto it = fixed_orientation_index_.find(node.get());
               it != fixed_orientation_index_.end()) {
      const Vec3 center = fixed_orientation_[it->second].second();
      std::vector<Vec3> c{center};
      project_points(c, rot);
      const Vec3 shift = c[0] - center;
      for (Vec3& p : shown) p += shift;
      single = [shift](const Vec3& p) { return p + shift; };
    } else {
      project_points(shown, rot);
      single = [this, &rot](const Vec3& p) {
        std::vector<Vec3> v{p};
        project_points(v, rot);
        return v[0];
      };
    }

    const VStyle& st = node->style;
    PathItem item;
    detail::append_path(shown, item);  // split and closed by the points as drawn
    if (item.subpaths.empty()) continue;
    item.fill = with_alpha(st.fill_color, st.fill_opacity);
    item.stroke = with_alpha(st.stroke_color, st.stroke_opacity);
    item.stroke_width = st.stroke_width;
    item.background_stroke = with_alpha(st.background_stroke_color, st.background_stroke_opacity);
    item.background_stroke_width = st.background_stroke_width;
    item.line_join = st.joint_type;  // Manim's apply_stroke, inherited by the ThreeDCamera
    item.line_cap = st.cap_style;

    const auto ax_it = axis_of.find(node.get());
    const three_d_axes::AxisShading* ax = ax_it == axis_of.end() ? nullptr : ax_it->second;
    const bool shaded = should_apply_shading && node->shade_in_3d;
    if (shaded || ax) {
      // Manim's modified_rgbas: two colours, shaded at the start and end corners, drawn as a
      // linear gradient between the corners as displayed (a ThreeDAxes member: between its
      // axis' edges at -light and +light, the second colour lightened by the sheen).
      const std::size_t e = get_3d_vmob_end_corner_index(pts);
      const Vec3 c0 = pts[0], c1 = pts[e];
      Vec3 s0, s1;
      if (ax) {
        const Mobject axis(ax->axis);
        s0 = single(axis.get_edge_center(-ax->light_source));
        s1 = single(axis.get_edge_center(ax->light_source));
      } else {
        s0 = single(c0);
        s1 = single(c1);
      }
      const Vec3 n0 = shaded ? get_3d_vmob_unit_normal(pts, 0) : Vec3{};
      const Vec3 n1 = shaded ? get_3d_vmob_unit_normal(pts, e) : Vec3{};
      auto lift = [](double v) {
        return std::clamp(v + three_d_axes::axis_sheen_factor, 0.0, 1.0);
      };
      auto shade = [&](const Color& c, LinearGradient& g, bool sheen) {
        Color a = c, b = c;
        if (sheen) b = {lift(c.r), lift(c.g), lift(c.b), c.a};
        if (!shaded && !sheen) return;  // one colour: drawn flat
        g.x0 = s0.x;
        g.y0 = s0.y;
        g.x1 = s1.x;
        g.y1 = s1.y;
        if (shaded) {
          a = get_shaded_rgb(a, c0, n0, light);
          b = get_shaded_rgb(b, c1, n1, light);
        }
        g.stops = {a, b};
      };
      shade(item.fill, item.fill_gradient, ax != nullptr);
      shade(item.stroke, item.stroke_gradient, ax != nullptr);
      shade(item.background_stroke, item.background_stroke_gradient, false);
    }
    // Background-coloured VMobjects (StreamLines in a ThreeDScene) are projected like any
    // path and drawn in their layer, at the live frame centre as in the 2D camera.
    if (detail::add_to_background_layer(*frame, *node, item)) continue;
    detail::shift_path_item(item, dx, dy);
    frame->items.push_back(std::move(item));
  }
  return frame;
}

}  // namespace manim
