// The camera: its view of the scene, and scene mobjects -> immutable display list, as Manim's
// Camera.get_mobjects_to_display followed by set_cairo_context_path for each member.
#include "manim/camera/camera.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

#include "camera/background_layer.hpp"
#include "camera/camera_paths.hpp"
#include "camera/context_center.hpp"
#include "camera/point_cloud_display.hpp"
#include "manim/camera/image_mobject_from_camera.hpp"
#include "manim/mobject/color_gradients.hpp"
#include "manim/mobject/types/point_cloud_mobject.hpp"
#include "manim/scene/config.hpp"
#include "mobject/background_image.hpp"
#include "mobject/family.hpp"

namespace manim {
namespace {

// numpy.isclose per coordinate (rtol 1e-5, atol = Manim's tolerance_for_point_equality 1e-6).
bool close_coord(double a, double b) { return std::abs(a - b) <= 1e-6 + 1e-5 * std::abs(b); }

// Splitting uses x and y only (consider_points_equals_2d); closing uses np.allclose on all
// three coordinates (consider_points_equals).
bool equal_2d(const Vec3& a, const Vec3& b) {
  return close_coord(a.x, b.x) && close_coord(a.y, b.y);
}
bool equal_3d(const Vec3& a, const Vec3& b) { return equal_2d(a, b) && close_coord(a.z, b.z); }

Color with_alpha(const Color& c, double a) { return {c.r, c.g, c.b, a}; }

bool all_finite(const std::vector<Vec3>& pts) {
  for (const Vec3& p : pts)
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) return false;
  return true;
}

}  // namespace

// Manim's set_cairo_context_color with several colours: a linear gradient between the
// mobject's gradient start and end points, stops evenly spaced, each at the item's opacity.
void detail::append_gradients(const std::shared_ptr<MobjectNode>& node, PathItem& item) {
  const VStyle& st = node->style;
  const auto& fill = current_stops(st.fill_rgbas, st.fill_color);
  const auto& stroke = current_stops(st.stroke_rgbas, st.stroke_color);
  const auto& bg = current_stops(st.background_stroke_rgbas, st.background_stroke_color);
  if (fill.empty() && stroke.empty() && bg.empty()) return;
  const auto [p0, p1] = get_gradient_start_and_end_points(Mobject(node));
  auto set = [&](const std::vector<Color>& stops, double opacity, LinearGradient& g) {
    if (stops.empty()) return;
    g.x0 = p0.x;
    g.y0 = p0.y;
    g.x1 = p1.x;
    g.y1 = p1.y;
    for (const Color& c : stops) g.stops.push_back(with_alpha(c, opacity));
  };
  set(fill, st.fill_opacity, item.fill_gradient);
  set(stroke, st.stroke_opacity, item.stroke_gradient);
  set(bg, st.background_stroke_opacity, item.background_stroke_gradient);
}

void detail::append_path(const std::vector<Vec3>& pts, PathItem& item) {
  const std::size_t n_curves = pts.size() / 4;
  std::size_t start = 0;
  auto flush = [&](std::size_t end) {  // curves [start, end)
    if (end <= start) return;
    SubpathSpan span;
    span.first_point = static_cast<std::uint32_t>(item.xy.size() / 2);
    span.num_curves = static_cast<std::uint32_t>(end - start);
    item.xy.push_back(pts[4 * start].x);
    item.xy.push_back(pts[4 * start].y);
    for (std::size_t c = start; c < end; ++c)
      for (int k = 1; k <= 3; ++k) {
        item.xy.push_back(pts[4 * c + k].x);
        item.xy.push_back(pts[4 * c + k].y);
      }
    span.closed = equal_3d(pts[4 * start], pts[4 * end - 1]);
    item.subpaths.push_back(span);
  };
  for (std::size_t c = 1; c < n_curves; ++c)
    if (!equal_2d(pts[4 * c - 1], pts[4 * c])) {
      flush(c);
      start = c;
    }
  flush(n_curves);
}

Camera::Camera() {
  const Config& cfg = config();
  background_color = cfg.background_color;
  background_opacity = cfg.background_opacity;
  pixel_width = cfg.pixel_width;
  pixel_height = cfg.pixel_height;
  frame_width = cfg.frame_width;
  frame_height = cfg.frame_height;
  resize_frame_shape(0);
}

Camera::~Camera() { detail::forget_context_center(this); }

void Camera::resize_frame_shape(int fixed_dimension) {
  if (pixel_width <= 0 || pixel_height <= 0) return;  // nothing to follow; checked on capture
  const double aspect = static_cast<double>(pixel_width) / pixel_height;
  if (fixed_dimension == 0)
    frame_height = frame_width / aspect;
  else
    frame_width = frame_height * aspect;
}

Vec3 Camera::point_to_pixel(const Vec3& p) const {
  const double s = pixels_per_unit();
  return {pixel_width / 2.0 + (p.x - frame_center.x) * s,
          pixel_height / 2.0 - (p.y - frame_center.y) * s, 0};
}

FramePtr Camera::capture_mobjects(const std::vector<Mobject>& mobjects, std::size_t index) const {
  if (!std::isfinite(frame_width) || !(frame_width > 0) || !std::isfinite(frame_center.x) ||
      !std::isfinite(frame_center.y))
    throw std::invalid_argument(fmt::format(
        "Camera: frame_width must be finite and > 0 and frame_center finite, got {} and ({}, {})",
        frame_width, frame_center.x, frame_center.y));
  std::vector<std::shared_ptr<detail::MobjectNode>> members;
  for (const Mobject& m : mobjects)
    detail::collect_family(m.node_ptr(), members, /*only_with_points=*/true);
  // A mobject reachable twice (added to the scene, then also into a group that is in the scene)
  // is drawn once, at its last occurrence, as Manim's remove_list_redundancies.
  detail::remove_list_redundancies(members);
  std::stable_sort(members.begin(), members.end(),
                   [](const auto& a, const auto& b) { return a->z_index < b->z_index; });

  auto frame = std::make_shared<Frame>();
  frame->index = index;
  frame->background = with_alpha(background_color, background_opacity);
  frame->frame_width = frame_width;
  frame->frame_height = frame_height;
  frame->center_x = frame_center.x;
  frame->center_y = frame_center.y;
  frame->items.reserve(members.size());
  // Manim's cached cairo context: paths are placed by the frame centre of the first capture
  // that drew one (images by the live one); see context_center.hpp.
  double dx = 0, dy = 0;
  if (std::any_of(members.begin(), members.end(), [](const auto& n) { return n->vectorized; })) {
    const Vec3 ctx = detail::latch_context_center(this, frame_center);
    dx = frame_center.x - ctx.x;
    dy = frame_center.y - ctx.y;
  }
  for (const auto& node : members) {
    // Pictures and point clouds go between the paths.
    if (!node->vectorized) {
      if (detail::is_point_cloud(*node))
        detail::append_point_cloud_item(
            *node, node->points,
            detail::adjusted_thickness(node->style.stroke_width, pixel_width, pixel_height),
            *frame);
      else
        detail::append_image_item(*node, *frame);
      continue;
    }
    // A non-finite path is drawn as nothing, as Manim replaces it with a single point.
    if (node->points.size() < 4 || !all_finite(node->points)) continue;
    const VStyle& st = node->style;
    PathItem item;
    detail::append_path(node->points, item);
    if (item.subpaths.empty()) continue;
    item.fill = with_alpha(st.fill_color, st.fill_opacity);
    item.stroke = with_alpha(st.stroke_color, st.stroke_opacity);
    item.stroke_width = st.stroke_width;
    item.background_stroke = with_alpha(st.background_stroke_color, st.background_stroke_opacity);
    item.background_stroke_width = st.background_stroke_width;
    detail::append_gradients(node, item);  // a VMobject's colour lists
    item.line_join = st.joint_type;
    item.line_cap = st.cap_style;
    // Background-coloured VMobjects (StreamLines) go into their layer, drawn at the live frame
    // centre (the layer is a canvas of its own in Manim).
    if (detail::add_to_background_layer(*frame, *node, item)) continue;
    detail::shift_path_item(item, dx, dy);
    frame->items.push_back(std::move(item));
  }
  return frame;
}

}  // namespace manim
