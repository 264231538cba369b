#include "mobject/gradient_style.hpp"

#include <algorithm>
#include <limits>

namespace manim::detail {

namespace {

void extend_box(const MobjectNode& n, Vec3& lo, Vec3& hi) {
  for (const Vec3& p : n.points) {
    lo = {std::min(lo.x, p.x), std::min(lo.y, p.y), std::min(lo.z, p.z)};
    hi = {std::max(hi.x, p.x), std::max(hi.y, p.y), std::max(hi.z, p.z)};
  }
  for (const auto& c : n.submobjects) extend_box(*c, lo, hi);
}

bool same_rgb(const Color& a, const Color& b) { return a.r == b.r && a.g == b.g && a.b == b.b; }

void set_stops(LinearGradient& g, const std::vector<Color>& stops, double alpha, const Vec3& from,
               const Vec3& to) {
  g.x0 = from.x;
  g.y0 = from.y;
  g.x1 = to.x;
  g.y1 = to.y;
  g.stops.clear();
  for (const Color& s : stops) g.stops.push_back({s.r, s.g, s.b, alpha});
}

}  // namespace

void apply_gradient_style(const MobjectNode& node, PathItem& item) {
  const auto* g = dynamic_cast<const GradientStyleNode*>(&node);
  if (!g) return;
  const bool fill = g->fill_stops.size() >= 2 && same_rgb(node.style.fill_color, g->fill_stops[0]);
  const bool stroke =
      g->stroke_stops.size() >= 2 && same_rgb(node.style.stroke_color, g->stroke_stops[0]);
  if (!fill && !stroke) return;
  constexpr double inf = std::numeric_limits<double>::infinity();
  Vec3 lo{inf, inf, inf}, hi{-inf, -inf, -inf};
  extend_box(node, lo, hi);
  const Vec3 c = (lo + hi) * 0.5, half = (hi - lo) * 0.5;
  const Vec3 d = g->sheen_direction;
  const Vec3 offset{half.x * d.x, half.y * d.y, half.z * d.z};
  if (fill) set_stops(item.fill_gradient, g->fill_stops, item.fill.a, c - offset, c + offset);
  if (stroke)
    set_stops(item.stroke_gradient, g->stroke_stops, item.stroke.a, c - offset, c + offset);
}

}  // namespace manim::detail
