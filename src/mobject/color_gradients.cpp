#include "manim/mobject/color_gradients.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "mobject/family.hpp"
#include "mobject/path_ops.hpp"
#include "mobject/style_sharing.hpp"

namespace manim {

using detail::MobjectNode;

namespace {

std::vector<std::shared_ptr<MobjectNode>> targets(const Mobject& m, bool family) {
  if (family) return detail::family_nodes(m.node_ptr());
  return {m.node_ptr()};
}

Color lighter(const Color& c, double f) {
  auto clip = [](double v) { return std::clamp(v, 0.0, 1.0); };
  return {clip(c.r + f), clip(c.g + f), clip(c.b + f), c.a};
}

bool same_rgb(const Color& a, const Color& b) { return a.r == b.r && a.g == b.g && a.b == b.b; }

// Manim's stretch_array_to_length: element i of n comes from index i * len / n.
std::vector<Color> stretched(const std::vector<Color>& v, std::size_t n) {
  std::vector<Color> out(n);
  for (std::size_t i = 0; i < n; ++i) out[i] = v[i * v.size() / n];
  return out;
}

// A member's stops from a list of colours: the solid colour and the stops (empty when one
// colour and no sheen), as Manim's generate_rgbas_array.
void apply_colors(Color& solid, std::vector<Color>& stops, const std::vector<Color>& colors,
                  double sheen_factor) {
  solid = colors.front();
  if (colors.size() == 1) {
    detail::set_single_color(stops, colors.front(), sheen_factor);
    return;
  }
  // Manim matches the new list to the current stop count when the current one is longer.
  stops = stops.size() > colors.size() ? stretched(colors, stops.size()) : colors;
  solid = stops.front();
}

void require_colors(const char* fn, const std::vector<Color>& colors) {
  if (colors.empty())
    throw std::invalid_argument(std::string(fn) +
                                ": got an empty list of colours; pass at least one colour");
}

}  // namespace

namespace detail {

const std::vector<Color>& current_stops(const std::vector<Color>& stops, const Color& solid) {
  static const std::vector<Color> none;
  if (stops.size() < 2 || !same_rgb(stops.front(), solid)) return none;
  return stops;
}

void set_single_color(std::vector<Color>& stops, const Color& c, double sheen_factor) {
  if (sheen_factor != 0) {
    const std::size_t n = std::max<std::size_t>(stops.size(), 2);
    std::vector<Color> two{c, lighter(c, sheen_factor)};
    stops = stretched(two, n);
  } else if (!stops.empty()) {
    std::fill(stops.begin(), stops.end(), c);
  }
}

std::vector<Color> interpolate_stops(const std::vector<Color>& a, const Color& sa,
                                     const std::vector<Color>& b, const Color& sb, double alpha) {
  const std::vector<Color>& ca = current_stops(a, sa);
  const std::vector<Color>& cb = current_stops(b, sb);
  if (ca.empty() && cb.empty()) return {};
  const std::size_t n = std::max<std::size_t>({ca.size(), cb.size(), 2});
  const std::vector<Color> xa = ca.empty() ? std::vector<Color>(n, sa) : stretched(ca, n);
  const std::vector<Color> xb = cb.empty() ? std::vector<Color>(n, sb) : stretched(cb, n);
  std::vector<Color> out(n);
  for (std::size_t i = 0; i < n; ++i) out[i] = interpolate_color(xa[i], xb[i], alpha);
  return out;
}

}  // namespace detail

Mobject& set_fill_colors(Mobject& m, const std::vector<Color>& colors,
                         std::optional<double> opacity, bool family) {
  require_colors("set_fill", colors);
  if (opacity) detail::require_finite("set_fill", "opacity", *opacity);
  for (auto& n : targets(m, family)) {
    const detail::StyleCounts before = detail::style_counts(*n);
    VStyle& s = n->style;
    apply_colors(s.fill_color, s.fill_rgbas, colors, s.sheen_factor);
    if (opacity) s.fill_opacity = *opacity;
    detail::style_written(*n, before);
  }
  return m;
}

Mobject& set_stroke_colors(Mobject& m, const std::vector<Color>& colors,
                           std::optional<double> width, std::optional<double> opacity,
                           bool background, bool family) {
  require_colors("set_stroke", colors);
  if (width) detail::require_finite("set_stroke", "width", *width);
  if (opacity) detail::require_finite("set_stroke", "opacity", *opacity);
  if (width && *width < 0)
    throw std::invalid_argument("set_stroke: width must be >= 0, got " + std::to_string(*width));
  for (auto& n : targets(m, family)) {
    const detail::StyleCounts before = detail::style_counts(*n);
    VStyle& s = n->style;
    if (background) {
      apply_colors(s.background_stroke_color, s.background_stroke_rgbas, colors, s.sheen_factor);
      if (width) s.background_stroke_width = *width;
      if (opacity) s.background_stroke_opacity = *opacity;
    } else {
      apply_colors(s.stroke_color, s.stroke_rgbas, colors, s.sheen_factor);
      if (width) s.stroke_width = *width;
      if (opacity) s.stroke_opacity = *opacity;
    }
    detail::style_written(*n, before);
  }
  return m;
}

Mobject& set_colors(Mobject& m, const std::vector<Color>& colors, bool family) {
  set_fill_colors(m, colors, std::nullopt, family);
  return set_stroke_colors(m, colors, std::nullopt, std::nullopt, false, family);
}

static std::vector<Color> stops_of(const std::vector<Color>& stops, const Color& solid,
                                   double opacity) {
  std::vector<Color> out = detail::current_stops(stops, solid);
  if (out.empty()) out.push_back(solid);
  for (Color& c : out) c.a = opacity;
  return out;
}

std::vector<Color> get_fill_colors(const Mobject& m) {
  const VStyle& s = m.node().style;
  return stops_of(s.fill_rgbas, s.fill_color, s.fill_opacity);
}

std::vector<Color> get_stroke_colors(const Mobject& m, bool background) {
  const VStyle& s = m.node().style;
  if (background)
    return stops_of(s.background_stroke_rgbas, s.background_stroke_color,
                    s.background_stroke_opacity);
  return stops_of(s.stroke_rgbas, s.stroke_color, s.stroke_opacity);
}

Mobject& set_sheen_direction(Mobject& m, const Vec3& direction, bool family) {
  detail::require_finite("set_sheen_direction", "direction", direction);
  for (auto& n : targets(m, family)) n->style.sheen_direction = direction;
  return m;
}

Mobject& rotate_sheen_direction(Mobject& m, double angle, const Vec3& axis, bool family) {
  detail::require_finite("rotate_sheen_direction", "angle", angle);
  const Vec3 k = axis.normalized();
  if (k.norm() == 0)
    throw std::invalid_argument("rotate_sheen_direction: axis is the zero vector; pass e.g. OUT");
  const double c = std::cos(angle), s = std::sin(angle);
  for (auto& n : targets(m, family)) {
    Vec3& p = n->style.sheen_direction;
    p = p * c + k.cross(p) * s + k * (k.dot(p) * (1 - c));
  }
  return m;
}

Mobject& set_sheen(Mobject& m, double factor, std::optional<Vec3> direction, bool family) {
  detail::require_finite("set_sheen", "factor", factor);
  for (auto& n : targets(m, family)) {
    VStyle& s = n->style;
    s.sheen_factor = factor;
    if (direction) s.sheen_direction = *direction;
    // Manim resets the colours so the sheen shows: a lighter stop after the first colour.
    if (factor != 0) {
      const detail::StyleCounts before = detail::style_counts(*n);
      detail::set_single_color(s.fill_rgbas, s.fill_color, factor);
      detail::set_single_color(s.stroke_rgbas, s.stroke_color, factor);
      detail::style_written(*n, before);
    }
  }
  return m;
}

std::pair<Vec3, Vec3> get_gradient_start_and_end_points(const Mobject& m) {
  const Vec3 c = m.get_center();
  // Manim's get_sheen_direction is the stored vector as it is (UL has length sqrt 2), so the
  // default gradient runs corner to corner of the box.
  const Vec3 d = m.node().style.sheen_direction;
  const Vec3 bx = m.get_critical_point(RIGHT) - c, by = m.get_critical_point(UP) - c,
             bz = m.get_critical_point(OUT) - c;
  const Vec3 offset = bx * d.x + by * d.y + bz * d.z;
  return {c - offset, c + offset};
}

Mobject& set_colors_by_radial_gradient(Mobject& m, std::optional<Vec3> center, double radius,
                                       const Color& inner_color, const Color& outer_color) {
  detail::require_finite("set_colors_by_radial_gradient", "radius", radius);
  if (radius <= 0)
    throw std::invalid_argument("set_colors_by_radial_gradient: radius must be > 0, got " +
                                std::to_string(radius));
  const Vec3 c = center ? *center : m.get_center();
  for (Mobject& f : m.family_members_with_points()) {
    const double t = std::min((f.get_center() - c).norm() / radius, 1.0);
    f.set_color(interpolate_color(inner_color, outer_color, t), false);
  }
  return m;
}

}  // namespace manim
