// A synthetic "busy" display list like a dense slide: 316 glyph-sized
// filled outlines in text rows, 20 rounded rectangles and 10 arrows. `t` moves everything a
// little, so consecutive frames differ as in an animation.
#pragma once
#include <cmath>
#include <memory>

#include "manim/core/color.hpp"
#include "manim/render/frame.hpp"

namespace manim::bench {

class PathBuilder {
 public:
  explicit PathBuilder(PathItem& item) : it_(item) {}
  void move_to(double x, double y) {
    finish();
    first_ = static_cast<std::uint32_t>(it_.xy.size() / 2);
    curves_ = 0;
    x0_ = cx_ = x;
    y0_ = cy_ = y;
    push(x, y);
  }
  void line_to(double x, double y) {
    curve_to(cx_ + (x - cx_) / 3, cy_ + (y - cy_) / 3, cx_ + 2 * (x - cx_) / 3,
             cy_ + 2 * (y - cy_) / 3, x, y);
  }
  void curve_to(double x1, double y1, double x2, double y2, double x, double y) {
    push(x1, y1);
    push(x2, y2);
    push(x, y);
    cx_ = x;
    cy_ = y;
    ++curves_;
  }
  // Quarter arc from the current point P to Q around the centre O: with u = P - O and
  // v = Q - O perpendicular, the handles are P + k v and Q + k u.
  void arc_to(double ox, double oy, double x, double y) {
    constexpr double k = 0.5522847498;
    const double ux = cx_ - ox, uy = cy_ - oy, vx = x - ox, vy = y - oy;
    curve_to(cx_ + k * vx, cy_ + k * vy, x + k * ux, y + k * uy, x, y);
  }
  void finish() {
    if (curves_ == 0) return;
    const bool closed = cx_ == x0_ && cy_ == y0_;
    it_.subpaths.push_back({first_, curves_, closed});
    curves_ = 0;
  }

 private:
  void push(double x, double y) {
    it_.xy.push_back(x);
    it_.xy.push_back(y);
  }
  PathItem& it_;
  std::uint32_t first_ = 0, curves_ = 0;
  double x0_ = 0, y0_ = 0, cx_ = 0, cy_ = 0;
};

// An n-segment closed loop around (x, y) with radii varying by `wobble`; reversed winding when
// `cw` (so an inner loop cuts a hole).
inline void loop(PathBuilder& b, double x, double y, double r, int n, double wobble, bool cw) {
  const double step = (cw ? -2 : 2) * M_PI / n;
  const double k = 4.0 / 3.0 * std::tan(step / 4);
  auto radius = [&](int i) { return r * (1 + wobble * std::sin(3.0 * i)); };
  auto pt = [&](int i, double& px, double& py) {
    px = x + radius(i % n) * std::cos(i * step);
    py = y + radius(i % n) * std::sin(i * step);
  };
  double px, py;
  pt(0, px, py);
  b.move_to(px, py);
  for (int i = 0; i < n; ++i) {
    double ax, ay, bx, by;
    pt(i, ax, ay);
    pt(i + 1, bx, by);
    const double ra = radius(i % n), rb = radius((i + 1) % n);
    // Tangent handles of a circle of the local radius.
    b.curve_to(ax - k * ra * std::sin(i * step), ay + k * ra * std::cos(i * step),
               bx + k * rb * std::sin((i + 1) * step), by - k * rb * std::cos((i + 1) * step), bx,
               by);
  }
  b.finish();
}

inline FramePtr busy_frame(double t = 0, std::size_t index = 0) {
  auto f = std::make_shared<Frame>();
  f->index = index;
  const double dx = 0.05 * std::sin(t), dy = 0.03 * std::cos(t);

  // 20 rounded rectangles in a 5 x 4 grid, translucent fill and a stroke.
  const Color box_colours[4] = {BLUE, GREEN, YELLOW, RED};
  for (int i = 0; i < 20; ++i) {
    const double cx = -5.6 + 2.8 * (i % 5) + dx, cy = 2.6 - 1.8 * (i / 5) + dy;
    const double w = 1.2, h = 0.55, r = 0.15;
    PathItem it;
    PathBuilder b(it);
    b.move_to(cx + w - r, cy + h);
    b.line_to(cx - w + r, cy + h);
    b.arc_to(cx - w + r, cy + h - r, cx - w, cy + h - r);
    b.line_to(cx - w, cy - h + r);
    b.arc_to(cx - w + r, cy - h + r, cx - w + r, cy - h);
    b.line_to(cx + w - r, cy - h);
    b.arc_to(cx + w - r, cy - h + r, cx + w, cy - h + r);
    b.line_to(cx + w, cy + h - r);
    b.arc_to(cx + w - r, cy + h - r, cx + w - r, cy + h);
    b.finish();
    const Color c = box_colours[i % 4];
    it.fill = {c.r, c.g, c.b, 0.3};
    it.stroke = c;
    it.stroke_width = 4;
    f->items.push_back(std::move(it));
  }

  // 316 glyphs: filled outlines with holes, 0.25 units tall, in rows across the slide.
  for (int g = 0; g < 316; ++g) {
    const int row = g / 40, col = g % 40;
    const double x = -6.6 + 0.33 * col + dx, y = 3.6 - 0.9 * row - 0.45 + dy;
    PathItem it;
    PathBuilder b(it);
    loop(b, x, y, 0.12, 10 + g % 7, 0.15, false);
    if (g % 3 != 2) loop(b, x + 0.01, y, 0.05, 6, 0.1, true);
    it.fill = WHITE;
    it.stroke = WHITE;
    it.stroke_width = 0;  // text is fill-only
    f->items.push_back(std::move(it));
  }

  // 10 arrows: a shaft (stroke) and a triangular tip (fill and stroke).
  for (int a = 0; a < 10; ++a) {
    const double y = -3.6 + 0.12 * a + dy, x0 = -6 + 0.4 * a + dx, x1 = x0 + 5;
    PathItem shaft;
    PathBuilder s(shaft);
    s.move_to(x0, y);
    s.line_to(x1 - 0.35, y + 0.1 * a / 10);
    s.finish();
    shaft.stroke = GOLD;
    shaft.stroke_width = 6;
    shaft.fill = {1, 1, 1, 0};
    f->items.push_back(std::move(shaft));
    PathItem tip;
    PathBuilder p(tip);
    p.move_to(x1, y);
    p.line_to(x1 - 0.35, y + 0.13);
    p.line_to(x1 - 0.35, y - 0.13);
    p.line_to(x1, y);
    p.finish();
    tip.fill = GOLD;
    tip.stroke = GOLD;
    tip.stroke_width = 6;
    f->items.push_back(std::move(tip));
  }
  return f;
}

}  // namespace manim::bench
