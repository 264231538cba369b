// MovingCamera: the view read from its frame mobject every capture (Manim's moving_camera.py).
#include "manim/camera/moving_camera.hpp"

#include <fmt/format.h>

#include <cmath>
#include <memory>
#include <stdexcept>

#include "manim/scene/config.hpp"

namespace manim {
namespace {

bool finite(const Vec3& v) { return std::isfinite(v.x) && std::isfinite(v.y); }

// Manim's ScreenRectangle(height=h): a 16:9 Rectangle.
Mobject screen_rectangle(double height) {
  RectangleArgs a;
  a.height = height;
  a.width = 16.0 / 9.0 * height;
  Rectangle r(a);
  detail::set_kind(r.node(), "ScreenRectangle");
  return r;
}

}  // namespace

MovingCamera::MovingCamera(const MovingCameraArgs& args)
    : fixed_dimension(args.fixed_dimension),
      default_frame_stroke_color(args.default_frame_stroke_color),
      default_frame_stroke_width(args.default_frame_stroke_width) {
  if (args.background_color) background_color = *args.background_color;
  if (args.background_opacity) background_opacity = *args.background_opacity;
  if (args.frame) {
    frame = *args.frame;
  } else {
    frame = screen_rectangle(config().frame_height);
    frame.set_stroke(default_frame_stroke_color, default_frame_stroke_width);
  }
  // Camera.__init__ through the frame's setters: centre, height, width, then the pixel aspect.
  frame.move_to(ORIGIN);
  set_frame_height(config().frame_height);
  set_frame_width(config().frame_width);
  resize_frame_shape(0);
}

void MovingCamera::set_frame_width(double w) {
  if (!std::isfinite(w) || w <= 0)
    throw std::invalid_argument(fmt::format(
        "MovingCamera.frame_width: got {}; the frame width must be a finite number > 0", w));
  frame.stretch_to_fit_width(w);
}

void MovingCamera::set_frame_height(double h) {
  if (!std::isfinite(h) || h <= 0)
    throw std::invalid_argument(fmt::format(
        "MovingCamera.frame_height: got {}; the frame height must be a finite number > 0", h));
  frame.stretch_to_fit_height(h);
}

void MovingCamera::resize_frame_shape(int fixed) {
  if (pixel_width <= 0 || pixel_height <= 0) return;
  const double aspect = static_cast<double>(pixel_width) / pixel_height;
  double fw = get_frame_width(), fh = get_frame_height();
  if (fixed == 0)
    fh = fw / aspect;
  else
    fw = aspect * fh;
  // Manim assigns both properties: two stretches about the frame's centre.
  set_frame_height(fh);
  set_frame_width(fw);
}

void MovingCamera::reset_pixel_shape(int new_height, int new_width) {
  if (new_height <= 0 || new_width <= 0)
    throw std::invalid_argument(
        fmt::format("MovingCamera.reset_pixel_shape: got {}x{} pixels; both must be > 0", new_width,
                    new_height));
  pixel_width = new_width;
  pixel_height = new_height;
  resize_frame_shape(0);
}

bool MovingCamera::is_in_frame(const Mobject& m) const {
  const Vec3 fc = get_frame_center();
  const double fw = get_frame_width(), fh = get_frame_height();
  return !(m.get_right().x < fc.x - fw / 2 || m.get_bottom().y > fc.y + fh / 2 ||
           m.get_left().x > fc.x + fw / 2 || m.get_top().y < fc.y - fh / 2);
}

AutoZoomPlan MovingCamera::plan_auto_zoom(const std::vector<Mobject>& mobjects, double margin,
                                          bool only_mobjects_in_frame) const {
  if (!std::isfinite(margin))
    throw std::invalid_argument(
        fmt::format("MovingCamera.auto_zoom: margin must be a finite number, got {}", margin));
  bool any = false;
  double left = 0, right = 0, up = 0, down = 0;
  for (const Mobject& m : mobjects) {
    if (m.node_ptr() == frame.node_ptr() || (only_mobjects_in_frame && !is_in_frame(m)))
      continue;  // the camera's own frame does not decide where it goes
    const double l = m.get_critical_point(LEFT).x, r = m.get_critical_point(RIGHT).x;
    const double u = m.get_critical_point(UP).y, d = m.get_critical_point(DOWN).y;
    if (!any) {
      left = l, right = r, up = u, down = d;
      any = true;
    } else {
      left = std::min(left, l), right = std::max(right, r);
      up = std::max(up, u), down = std::min(down, d);
    }
  }
  if (!any)
    throw std::invalid_argument(
        "MovingCamera.auto_zoom: no mobject to zoom on (the list is empty, holds only the "
        "camera's frame, or none is in the frame with only_mobjects_in_frame=True)");
  AutoZoomPlan p;
  p.x = (left + right) / 2;
  p.y = (up + down) / 2;
  const double new_width = std::abs(left - right), new_height = std::abs(up - down);
  // The side that needs the larger share of the frame decides, as Manim.
  p.fit_height = !(new_width / frame.width() > new_height / frame.height());
  p.size = (p.fit_height ? new_height : new_width) + margin;
  if (!(p.size > 0))
    throw std::invalid_argument(fmt::format(
        "MovingCamera.auto_zoom: the zoomed frame would be {} units {}; the mobjects have no "
        "extent there, pass a margin > 0",
        p.size, p.fit_height ? "high" : "wide"));
  return p;
}

Animate MovingCamera::auto_zoom(const std::vector<Mobject>& mobjects, double margin,
                                bool only_mobjects_in_frame) const {
  const AutoZoomPlan p = plan_auto_zoom(mobjects, margin, only_mobjects_in_frame);
  Animate a(frame);
  a.set_x(p.x).set_y(p.y);
  if (p.fit_height)
    a.scale_to_fit_height(p.size);
  else
    a.scale_to_fit_width(p.size);
  return a;
}

Mobject MovingCamera::apply_auto_zoom(const std::vector<Mobject>& mobjects, double margin,
                                      bool only_mobjects_in_frame) {
  const AutoZoomPlan p = plan_auto_zoom(mobjects, margin, only_mobjects_in_frame);
  frame.set_x(p.x).set_y(p.y);
  if (p.fit_height)
    frame.scale_to_fit_height(p.size);
  else
    frame.scale_to_fit_width(p.size);
  return frame;
}

Camera MovingCamera::view() const {
  Camera v(*this);
  v.frame_center = get_frame_center();
  v.frame_width = get_frame_width();
  v.frame_height = get_frame_height();
  if (!finite(v.frame_center) || !std::isfinite(v.frame_width) || !(v.frame_width > 0) ||
      !std::isfinite(v.frame_height) || !(v.frame_height > 0))
    throw std::invalid_argument(fmt::format(
        "MovingCamera: camera.frame is {} x {} units at ({}, {}); its width and height must be "
        "finite and > 0 and its centre finite (set(width=...) > 0, no NaN moves)",
        v.frame_width, v.frame_height, v.frame_center.x, v.frame_center.y));
  return v;
}

FramePtr MovingCamera::capture_mobjects(const std::vector<Mobject>& mobjects,
                                        std::size_t index) const {
  const Camera v = view();
  auto captured = v.Camera::capture_mobjects(mobjects, index);
  auto f = std::const_pointer_cast<Frame>(captured);
  f->frame_height = v.frame_height;
  return f;
}

}  // namespace manim
