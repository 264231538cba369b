// Cairo rasterisation of a display list, following Manim's Camera.display_vectorized.
#include "render/raster.hpp"

#include <cairo.h>
#include <malloc.h>

#include <cmath>
#include <mutex>
#include <stdexcept>
#include <string>

namespace manim::detail {
namespace {

// glibc returns freed memory to the OS after every large cairo fill and then faults it back in;
// keeping it mapped makes a busy frame ~1.6x faster (STACK.md).
void tune_malloc_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  });
}

// The camera's view as Manim's cairo matrix: x right, y up, the frame centre in the middle.
struct View {
  double sx, sy, x0, y0;
};

// Paths go to cairo in device pixels under an identity matrix. Manim hands cairo scene units
// under a scaling matrix, which cairo 1.18 (Manim's reference renderer) strokes as if in
// device space; cairo 1.16 instead compares its curve tolerance (pixels) with the half line
// width in user units and adds a round-join fan at every flattened point of a curve, which
// moves stroked curve edges by up to 1/15 px. Identity-matrix drawing gives 1.18's pixels on
// both (docs/rendering.md). The arithmetic is cairo's own (xx*x + xy*y + x0) so every point
// lands on the same 24.8 fixed-point value as under the matrix.
void trace_path(cairo_t* cr, const PathItem& item, const View& v) {
  cairo_new_path(cr);
  const double* xy = item.xy.data();
  auto dev_x = [&](const double* p) { return (v.sx * p[0] + 0.0 * p[1]) + v.x0; };
  auto dev_y = [&](const double* p) { return (0.0 * p[0] + -v.sy * p[1]) + v.y0; };
  for (const SubpathSpan& sp : item.subpaths) {
    const double* p = xy + 2 * static_cast<std::size_t>(sp.first_point);
    cairo_new_sub_path(cr);
    cairo_move_to(cr, dev_x(p), dev_y(p));
    p += 2;
    for (std::uint32_t c = 0; c < sp.num_curves; ++c, p += 6)
      cairo_curve_to(cr, dev_x(p), dev_y(p), dev_x(p + 2), dev_y(p + 2), dev_x(p + 4),
                     dev_y(p + 4));
    if (sp.closed) cairo_close_path(cr);
  }
}

void set_color(cairo_t* cr, const Color& c) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a); }

// Manim strokes with width * 0.01 scene units (cairo_line_width_multiple), scaled here to
// pixels since paths are drawn in device space.
void stroke(cairo_t* cr, const Color& c, double width, double pixels_per_unit) {
  if (width <= 0 || c.a <= 0)
    return;  // zero width is skipped by Manim; zero alpha draws nothing under OVER
  set_color(cr, c);
  cairo_set_line_width(cr, width * 0.01 * pixels_per_unit);
  cairo_stroke_preserve(cr);
}

}  // namespace

void rasterize(const Frame& frame, const RasterTarget& target, std::uint8_t* bgra) {
  tune_malloc_once();
  if (target.width <= 0 || target.height <= 0 || !(frame.frame_width > 0) ||
      !std::isfinite(frame.frame_width))
    throw std::invalid_argument("rasterize: width, height and frame_width must be > 0, got " +
                                std::to_string(target.width) + "x" + std::to_string(target.height) +
                                " and " + std::to_string(frame.frame_width));
  const int stride = target.width * 4;
  cairo_surface_t* surface = cairo_image_surface_create_for_data(
      bgra, CAIRO_FORMAT_ARGB32, target.width, target.height, stride);
  cairo_t* cr = cairo_create(surface);

  cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE);
  if (target.transparent)
    cairo_set_source_rgba(cr, 0, 0, 0, 0);
  else
    set_color(cr, frame.background);
  cairo_paint(cr);
  cairo_set_operator(cr, CAIRO_OPERATOR_OVER);

  // Scene units -> pixels as Manim's camera matrix: x right, y up, the frame centre in the
  // middle, pixel_width / frame_width across and pixel_height / frame_height down.
  View v;
  v.sx = target.width / frame.frame_width;
  v.sy = frame.frame_height > 0 && std::isfinite(frame.frame_height)
             ? target.height / frame.frame_height
             : v.sx;
  v.x0 = target.width / 2.0 - frame.center_x * v.sx;
  v.y0 = target.height / 2.0 + frame.center_y * v.sy;

  for (const PathItem& item : frame.items) {
    if (item.subpaths.empty()) continue;
    trace_path(cr, item, v);
    stroke(cr, item.background_stroke, item.background_stroke_width, v.sx);
    if (item.fill.a > 0) {
      set_color(cr, item.fill);
      cairo_fill_preserve(cr);  // nonzero winding, the cairo default
    }
    stroke(cr, item.stroke, item.stroke_width, v.sx);
  }

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
