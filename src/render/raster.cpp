// Cairo rasterisation of a display list, following Manim's Camera.display_vectorized.
#include "render/raster.hpp"

#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "camera/background_layer.hpp"
#include "render/malloc_tuning.hpp"
#include "render/pil_image.hpp"

namespace manim::detail {
namespace {

// The camera's view as Manim's cairo matrix: x right, y up, the frame centre in the middle,
// pixel_width / frame_width across and pixel_height / frame_height down.
struct View {
  double sx, sy, x0, y0;
  // cairo's own arithmetic for a point under that matrix (xx*x + xy*y + x0), so every point
  // lands on the same 24.8 fixed-point value as it would under the matrix.
  double x(double px, double py) const { return (sx * px + 0.0 * py) + x0; }
  double y(double px, double py) const { return (0.0 * px + -sy * py) + y0; }
};

// Paths go to cairo in device pixels under an identity matrix. Manim hands cairo scene units
// under a scaling matrix, which cairo 1.18 (Manim's reference renderer) strokes as in device
// space; cairo 1.16 compares its curve tolerance (pixels) with the half line width in user
// units instead and adds a round-join fan at every flattened point of a curve, which moves
// stroked curve edges by up to 1/15 px. Device-space drawing gives 1.18's pixels on both
// (docs/rendering.md).
void trace_path(cairo_t* cr, const PathItem& item, const View& v) {
  cairo_new_path(cr);
  const double* xy = item.xy.data();
  for (const SubpathSpan& sp : item.subpaths) {
    const double* p = xy + 2 * static_cast<std::size_t>(sp.first_point);
    cairo_new_sub_path(cr);
    cairo_move_to(cr, v.x(p[0], p[1]), v.y(p[0], p[1]));
    p += 2;
    for (std::uint32_t c = 0; c < sp.num_curves; ++c, p += 6)
      cairo_curve_to(cr, v.x(p[0], p[1]), v.y(p[0], p[1]), v.x(p[2], p[3]), v.y(p[2], p[3]),
                     v.x(p[4], p[5]), v.y(p[4], p[5]));
    if (sp.closed) cairo_close_path(cr);
  }
}

void set_color(cairo_t* cr, const Color& c) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a); }

// A solid colour, or Manim's linear gradient when the item has two or more stops (cairo clamps
// each stop's channels to [0, 1], as Manim's shaded colours rely on).
void set_source(cairo_t* cr, const Color& c, const LinearGradient& g, const View& v) {
  if (g.stops.size() < 2) return set_color(cr, c);
  cairo_pattern_t* pat = cairo_pattern_create_linear(v.x(g.x0, g.y0), v.y(g.x0, g.y0),
                                                     v.x(g.x1, g.y1), v.y(g.x1, g.y1));
  const double step = 1.0 / static_cast<double>(g.stops.size() - 1);
  for (std::size_t i = 0; i < g.stops.size(); ++i) {
    const Color& s = g.stops[i];
    cairo_pattern_add_color_stop_rgba(pat, static_cast<double>(i) * step, s.r, s.g, s.b, s.a);
  }
  cairo_set_source(cr, pat);
  cairo_pattern_destroy(pat);
}

bool visible(const Color& c, const LinearGradient& g) {
  if (g.stops.size() < 2) return c.a > 0;
  for (const Color& s : g.stops)
    if (s.a > 0) return true;
  return false;
}

// Manim strokes with width * 0.01 scene units (cairo_line_width_multiple), in pixels here since
// paths are drawn in device space.
void stroke(cairo_t* cr, const Color& c, const LinearGradient& g, double width, const View& v) {
  if (width <= 0 || !visible(c, g))
    return;  // zero width is skipped by Manim; zero alpha draws nothing under OVER
  set_source(cr, c, g, v);
  cairo_set_line_width(cr, width * 0.01 * v.sx);
  cairo_stroke_preserve(cr);
}

// Manim's display_image_mobject: the corners go to integer pixels, the picture is resized to
// the box they span, turned by the whole degrees of its top edge and composited over (cairo's
// premultiplied OVER is PIL's alpha_composite).
// An ImageMobject's pixels, exactly as Manim's display_image_mobject: PIL resizes the RGBA array
// to the integer corner box with the mobject's filter, turns it by the whole degrees of its top
// edge, pastes it at int(center - size / 2) and alpha-composites it over the picture. Manim's
// pixel array is cairo's premultiplied memory read as straight RGBA (R, G, B, A bytes); ours is
// B, G, R, A, so the channels are mapped and the same arithmetic reaches the same bytes.
void draw_rgba_image(cairo_t* cr, const Frame& frame, const RasterTarget& target,
                     const ImageItem& im) {
  const std::size_t need = static_cast<std::size_t>(im.pixel_width) * im.pixel_height * 4;
  if (!im.rgba || im.pixel_width <= 0 || im.pixel_height <= 0 || im.rgba->size() < need) return;
  const double sx = target.width / frame.frame_width;
  const double sy = frame.frame_height > 0 ? target.height / frame.frame_height : sx;
  for (const double* p : {im.ul, im.ur, im.dl})
    if (!std::isfinite(p[0]) || !std::isfinite(p[1])) return;
  auto to_px = [&](const double* p, double out[2]) {
    out[0] = std::trunc((p[0] - frame.center_x) * sx + target.width / 2.0);
    out[1] = std::trunc(-(p[1] - frame.center_y) * sy + target.height / 2.0);
  };
  double ul[2], ur[2], dl[2];
  to_px(im.ul, ul);
  to_px(im.ur, ur);
  to_px(im.dl, dl);
  const double rx = ur[0] - ul[0], ry = ur[1] - ul[1], dx = dl[0] - ul[0], dy = dl[1] - ul[1];
  const double cx = ul[0] + (rx + dx) / 2, cy = ul[1] + (ry + dy) / 2;
  const double wd = std::hypot(rx, ry), hd = std::hypot(dx, dy);
  // A picture far larger than the screen would be resized in full by PIL; bound the work.
  if (wd * hd > 1e8) return;
  const int out_w = std::max(static_cast<int>(wd), 1);
  const int out_h = std::max(static_cast<int>(hd), 1);
  const int degrees = -static_cast<int>(360 * std::atan2(ry, rx) / (2 * M_PI));
  RgbaImage src{im.pixel_width, im.pixel_height,
                std::vector<std::uint8_t>(im.rgba->begin(), im.rgba->begin() + need)};
  RgbaImage sub = pil_resize(src, out_w, out_h, im.resampling);
  if (degrees != 0) sub = pil_rotate_expand(sub, degrees, im.resampling);
  const int x0 = static_cast<int>(cx - sub.width / 2.0);
  const int y0 = static_cast<int>(cy - sub.height / 2.0);
  cairo_surface_t* surface = cairo_get_target(cr);
  cairo_surface_flush(surface);
  std::uint8_t* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  for (int y = std::max(0, y0); y < std::min(target.height, y0 + sub.height); ++y)
    for (int x = std::max(0, x0); x < std::min(target.width, x0 + sub.width); ++x) {
      const std::uint8_t* s =
          &sub.px[(static_cast<std::size_t>(y - y0) * sub.width + (x - x0)) * 4];
      if (s[3] == 0) continue;
      std::uint8_t* d = data + static_cast<std::size_t>(y) * stride + 4 * x;
      std::uint8_t rgba[4] = {d[2], d[1], d[0], d[3]};
      pil_alpha_composite(rgba, s);
      d[0] = rgba[2], d[1] = rgba[1], d[2] = rgba[0], d[3] = rgba[3];
    }
  cairo_surface_mark_dirty(surface);
}

// Manim's BackgroundColoredVMobjectDisplayer (an ImageItem marked kBackgroundColoredLayer): the
// layer's paths drawn on a clear canvas of the picture's size, each byte times the background
// image's byte (the image converted to RGBA and resized bicubically to the picture, as PIL does) /
// 255, truncated, then alpha-composited over the picture as straight RGBA. Manim's canvas holds
// cairo's premultiplied bytes in R, G, B, A order; ours are B, G, R, A, so the channels are mapped
// and the same arithmetic reaches the same bytes.
void draw_background_colored(cairo_t* cr, const RasterTarget& target, const ImageItem& im) {
  const std::size_t need = static_cast<std::size_t>(im.pixel_width) * im.pixel_height * 4;
  if (!im.sub_frame || !im.rgba || im.pixel_width <= 0 || im.pixel_height <= 0 ||
      im.rgba->size() < need)
    return;
  const std::size_t n = static_cast<std::size_t>(target.width) * target.height * 4;
  std::vector<std::uint8_t> layer(n);
  rasterize(*im.sub_frame, RasterTarget{target.width, target.height, true}, layer.data());
  RgbaImage src{im.pixel_width, im.pixel_height,
                std::vector<std::uint8_t>(im.rgba->begin(), im.rgba->begin() + need)};
  const RgbaImage bg = (im.pixel_width == target.width && im.pixel_height == target.height)
                           ? std::move(src)
                           : pil_resize(src, target.width, target.height, 3);
  cairo_surface_t* surface = cairo_get_target(cr);
  cairo_surface_flush(surface);
  std::uint8_t* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  static constexpr int kFromRgba[4] = {2, 1, 0, 3};  // RGBA channel -> our byte
  for (int y = 0; y < target.height; ++y)
    for (int x = 0; x < target.width; ++x) {
      const std::size_t i = (static_cast<std::size_t>(y) * target.width + x) * 4;
      if (layer[i + 3] == 0) continue;  // nothing drawn: zero alpha leaves the picture as is
      std::uint8_t s[4];
      for (int k = 0; k < 4; ++k)
        s[k] = static_cast<std::uint8_t>(static_cast<double>(bg.px[i + k]) *
                                         static_cast<double>(layer[i + kFromRgba[k]]) / 255);
      if (s[3] == 0) continue;
      std::uint8_t* d = data + static_cast<std::size_t>(y) * stride + 4 * x;
      std::uint8_t rgba[4] = {d[2], d[1], d[0], d[3]};
      pil_alpha_composite(rgba, s);
      d[0] = rgba[2], d[1] = rgba[1], d[2] = rgba[0], d[3] = rgba[3];
    }
  cairo_surface_mark_dirty(surface);
}

void draw_image(cairo_t* cr, const Frame& frame, const RasterTarget& target, const ImageItem& im) {
  if (im.resampling == detail::kBackgroundColoredLayer)
    return draw_background_colored(cr, target, im);
  if (!im.sub_frame) return draw_rgba_image(cr, frame, target, im);
  if (im.pixel_width <= 0 || im.pixel_height <= 0) return;
  const double sx = target.width / frame.frame_width;
  const double sy = frame.frame_height > 0 ? target.height / frame.frame_height : sx;
  auto to_px = [&](const double* p, double out[2]) {
    out[0] = std::trunc((p[0] - frame.center_x) * sx + target.width / 2.0);
    out[1] = std::trunc(-(p[1] - frame.center_y) * sy + target.height / 2.0);
  };
  double ul[2], ur[2], dl[2];
  to_px(im.ul, ul);
  to_px(im.ur, ur);
  to_px(im.dl, dl);
  const double rx = ur[0] - ul[0], ry = ur[1] - ul[1], dx = dl[0] - ul[0], dy = dl[1] - ul[1];
  const double cx = ul[0] + (rx + dx) / 2, cy = ul[1] + (ry + dy) / 2;
  const int out_w = std::max(static_cast<int>(std::hypot(rx, ry)), 1);
  const int out_h = std::max(static_cast<int>(std::hypot(dx, dy)), 1);
  const int degrees = -static_cast<int>(360 * std::atan2(ry, rx) / (2 * M_PI));

  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(im.pixel_width) * im.pixel_height * 4);
  rasterize(*im.sub_frame, RasterTarget{im.pixel_width, im.pixel_height, false}, pixels.data());
  cairo_surface_t* src = cairo_image_surface_create_for_data(
      pixels.data(), CAIRO_FORMAT_ARGB32, im.pixel_width, im.pixel_height, im.pixel_width * 4);
  cairo_save(cr);
  cairo_identity_matrix(cr);
  if (degrees == 0) {
    // PIL pastes the resized picture at int(center - size / 2).
    cairo_translate(cr, std::trunc(cx - out_w / 2.0), std::trunc(cy - out_h / 2.0));
  } else {
    cairo_translate(cr, cx, cy);
    cairo_rotate(cr, -degrees * M_PI / 180);  // PIL turns counter-clockwise on screen
    cairo_translate(cr, -out_w / 2.0, -out_h / 2.0);
  }
  cairo_scale(cr, static_cast<double>(out_w) / im.pixel_width,
              static_cast<double>(out_h) / im.pixel_height);
  cairo_set_source_surface(cr, src, 0, 0);
  const bool same_size = out_w == im.pixel_width && out_h == im.pixel_height && degrees == 0;
  cairo_pattern_set_filter(cairo_get_source(cr),
                           same_size ? CAIRO_FILTER_NEAREST : CAIRO_FILTER_GOOD);
  cairo_rectangle(cr, 0, 0, im.pixel_width, im.pixel_height);
  cairo_fill(cr);
  cairo_restore(cr);
  cairo_surface_destroy(src);
}

// Manim's display_point_cloud: points_to_pixel_coords (x * pixel_width / frame_width +
// pixel_width / 2, y * -(pixel_height / frame_height) + pixel_height / 2, truncated to int),
// every point nudged by each (a, b) of range(-t // 2 + 1, t // 2 + 1) squared (a slowest),
// off-screen pixels dropped, and the colour bytes assigned in that order (a later write wins).
// Manim's pixel array holds R, G, B, A bytes where ours holds B, G, R, A, so the channels swap.
void draw_point_cloud(cairo_t* cr, const Frame& frame, const RasterTarget& target,
                      const PointCloudItem& pc) {
  const std::size_t n = pc.xy.size() / 2;
  if (pc.thickness < 1 || n == 0 || pc.rgba.size() < 4 * n) return;
  const int w = target.width, h = target.height;
  const double frame_height =
      frame.frame_height > 0 ? frame.frame_height : frame.frame_width / (double(w) / double(h));
  const double width_mult = w / frame.frame_width, width_add = w / 2.0;
  const double height_mult = -(h / frame_height), height_add = h / 2.0;
  std::vector<long long> px(2 * n);
  for (std::size_t i = 0; i < n; ++i) {
    const double x = (pc.xy[2 * i] - frame.center_x) * width_mult + width_add;
    const double y = (pc.xy[2 * i + 1] - frame.center_y) * height_mult + height_add;
    // numpy's astype(int) of a non-finite or huge value: such a point is never on screen.
    px[2 * i] = std::isfinite(x) && std::abs(x) < 1e15 ? static_cast<long long>(x) : -1;
    px[2 * i + 1] = std::isfinite(y) && std::abs(y) < 1e15 ? static_cast<long long>(y) : -1;
  }
  const int t = pc.thickness;
  // Python's -t // 2 + 1 and t // 2 + 1 (floor division; t >= 1 here).
  const int lo = -((t + 1) / 2) + 1, hi = t / 2 + 1;
  cairo_surface_t* surface = cairo_get_target(cr);
  cairo_surface_flush(surface);
  std::uint8_t* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  for (int a = lo; a < hi; ++a)
    for (int b = lo; b < hi; ++b)
      for (std::size_t i = 0; i < n; ++i) {
        const long long x = px[2 * i] + a, y = px[2 * i + 1] + b;
        if (x < 0 || x >= w || y < 0 || y >= h) continue;
        std::uint8_t* d =
            data + static_cast<std::size_t>(y) * stride + 4 * static_cast<std::size_t>(x);
        const std::uint8_t* c = &pc.rgba[4 * i];
        d[0] = c[2], d[1] = c[1], d[2] = c[0], d[3] = c[3];
      }
  cairo_surface_mark_dirty(surface);
}

}  // namespace

void rasterize(const Frame& frame, const RasterTarget& target, std::uint8_t* bgra) {
  tune_malloc();
  if (target.width <= 0 || target.height <= 0 || !(frame.frame_width > 0) ||
      !std::isfinite(frame.frame_width) || !(frame.frame_height >= 0) ||
      !std::isfinite(frame.frame_height))
    throw std::invalid_argument("rasterize: width, height and frame_width must be > 0, got " +
                                std::to_string(target.width) + "x" + std::to_string(target.height) +
                                " and " + std::to_string(frame.frame_width));
  const int stride = target.width * 4;
  cairo_surface_t* surface = cairo_image_surface_create_for_data(
      bgra, CAIRO_FORMAT_ARGB32, target.width, target.height, stride);
  cairo_t* cr = cairo_create(surface);

  if (target.raw_background && !target.transparent) {
    const Color& b = frame.background;
    auto byte = [](double c) {
      return static_cast<std::uint8_t>(std::clamp(c, 0.0, 1.0) * 255.0);  // truncates as Manim
    };
    const std::uint8_t px[4] = {byte(b.b), byte(b.g), byte(b.r), byte(b.a)};
    cairo_surface_flush(surface);
    for (std::size_t i = 0; i < static_cast<std::size_t>(stride) * target.height; i += 4)
      std::copy(px, px + 4, bgra + i);
    cairo_surface_mark_dirty(surface);
  } else {
    cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE);
    if (target.transparent)
      cairo_set_source_rgba(cr, 0, 0, 0, 0);
    else
      set_color(cr, frame.background);
    cairo_paint(cr);
  }
  cairo_set_operator(cr, CAIRO_OPERATOR_OVER);

  // A stretched MovingCamera frame (frame_height set) scales y on its own, as Manim's matrix.
  View v;
  v.sx = target.width / frame.frame_width;
  v.sy = frame.frame_height > 0 ? target.height / frame.frame_height : v.sx;
  v.x0 = target.width / 2.0 - frame.center_x * v.sx;
  v.y0 = target.height / 2.0 + frame.center_y * v.sy;

  // Pictures and point clouds due before path i, in their draw order.
  std::size_t next_image = 0, next_cloud = 0;
  auto draw_rasters_before = [&](std::size_t i) {
    for (;;) {
      if (next_cloud < frame.point_clouds.size()) {
        const PointCloudItem& pc = frame.point_clouds[next_cloud];
        if (pc.draw_before <= i && pc.images_before <= next_image) {
          draw_point_cloud(cr, frame, target, pc);
          ++next_cloud;
          continue;
        }
      }
      if (next_image < frame.images.size() && frame.images[next_image].draw_before <= i) {
        draw_image(cr, frame, target, frame.images[next_image++]);
        continue;
      }
      return;
    }
  };
  for (std::size_t i = 0; i < frame.items.size(); ++i) {
    draw_rasters_before(i);
    const PathItem& item = frame.items[i];
    if (item.subpaths.empty()) continue;
    trace_path(cr, item, v);
    // Manim sets a join only for a joint type other than AUTO (cairo's default is miter).
    static constexpr cairo_line_join_t joins[] = {CAIRO_LINE_JOIN_MITER, CAIRO_LINE_JOIN_ROUND,
                                                  CAIRO_LINE_JOIN_BEVEL, CAIRO_LINE_JOIN_MITER};
    cairo_set_line_join(cr, joins[item.line_join >= 0 && item.line_join < 4 ? item.line_join : 0]);
    // Manim v0.18.1 sets a cap only for a cap style other than AUTO and never resets it: an AUTO
    // stroke takes the cap the shared context last had (cairo's butt at the frame's start).
    static constexpr cairo_line_cap_t caps[] = {CAIRO_LINE_CAP_BUTT, CAIRO_LINE_CAP_ROUND,
                                                CAIRO_LINE_CAP_BUTT, CAIRO_LINE_CAP_SQUARE};
    if (item.line_cap > 0 && item.line_cap < 4) cairo_set_line_cap(cr, caps[item.line_cap]);
    stroke(cr, item.background_stroke, item.background_stroke_gradient,
           item.background_stroke_width, v);
    if (visible(item.fill, item.fill_gradient)) {
      set_source(cr, item.fill, item.fill_gradient, v);
      cairo_fill_preserve(cr);  // nonzero winding, the cairo default
    }
    stroke(cr, item.stroke, item.stroke_gradient, item.stroke_width, v);
  }
  draw_rasters_before(frame.items.size());

  cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_flush(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error(std::string("rasterize: cairo failed on frame ") +
                             std::to_string(frame.index) + ": " + cairo_status_to_string(status));
}

void write_png(const std::string& path, const std::uint8_t* bgra, int width, int height) {
  // Cairo reads the buffer only; it un-premultiplies while writing.
  cairo_surface_t* surface = cairo_image_surface_create_for_data(
      const_cast<std::uint8_t*>(bgra), CAIRO_FORMAT_ARGB32, width, height, width * 4);
  cairo_status_t status = cairo_surface_status(surface);
  if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_write_to_png(surface, path.c_str());
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error("cannot write PNG '" + path + "': " + cairo_status_to_string(status));
}

}  // namespace manim::detail
