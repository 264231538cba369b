// ThreeDVMobject, Surface and the surfaces of revolution without a direction (Sphere, Dot3D,
// Torus), as Manim CE v0.18.0 builds them (three_dimensions.py).
#include <cmath>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "mobject/geometry/geometry_internal.hpp"
#include "mobject/three_d/three_d_internal.hpp"

namespace manim {

namespace three_d {

SurfaceNode& surface_node(const Mobject& m) {
  auto* n = dynamic_cast<SurfaceNode*>(&m.node());
  if (!n) throw std::logic_error(m.kind() + " has no surface data (not built as a Surface)");
  return *n;
}

namespace {

// numpy.linspace(a, b, n + 1): a + i * step, the last value exactly b.
std::vector<double> linspace(double a, double b, int n) {
  std::vector<double> v(static_cast<std::size_t>(n) + 1);
  const double step = (b - a) / n;
  for (int i = 0; i <= n; ++i) v[static_cast<std::size_t>(i)] = i * step + a;
  v.back() = b;
  return v;
}

// (1 - t) a + t b, Manim's interpolate.
Vec3 lerp(const Vec3& a, const Vec3& b, double t) { return a * (1 - t) + b * t; }

std::string num(double v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

void check_range(const char* cls, const char* arg, const std::pair<double, double>& r) {
  if (!std::isfinite(r.first) || !std::isfinite(r.second))
    geom::fail(cls, std::string(arg) + " must be finite, got (" + num(r.first) + ", " +
                        num(r.second) + ")");
}

}  // namespace

}  // namespace three_d

// ------------------------------------------------------------------ ThreeDVMobject
ThreeDVMobject::ThreeDVMobject(const StyleArgs& a)
    : VMobject(geom::make_vmobject_node<three_d::FaceNode>(), Unchecked{}) {
  geom::check_style("ThreeDVMobject", a);
  detail::set_kind(node(), "ThreeDVMobject");
  node().shade_in_3d = true;
  geom::apply_style(node(), a);
}

std::optional<ThreeDVMobject::UVCell> ThreeDVMobject::uv_cell() const {
  auto* f = dynamic_cast<const three_d::FaceNode*>(&node());
  if (!f) return std::nullopt;
  return f->cell;
}

// ------------------------------------------------------------------ Surface
Surface::Surface(SurfaceFunction func, const SurfaceArgs& a)
    : VGroup(geom::make_vmobject_node<three_d::SurfaceNode>(), Unchecked{}) {
  const char* cls = "Surface";
  if (!func) geom::fail(cls, "func is empty; pass a function (u, v) -> point");
  geom::check_style(cls, geom::style_of(a));
  three_d::check_range(cls, "u_range", a.u_range);
  three_d::check_range(cls, "v_range", a.v_range);
  if (a.resolution.first < 1 || a.resolution.second < 1)
    geom::fail(cls, "resolution must be at least 1 along u and v, got (" +
                        std::to_string(a.resolution.first) + ", " +
                        std::to_string(a.resolution.second) + ")");
  const double factor = a.pre_function_handle_to_anchor_scale_factor;
  if (!std::isfinite(factor) || factor <= 0)
    geom::fail(
        cls, "pre_function_handle_to_anchor_scale_factor must be > 0, got " + three_d::num(factor));
  detail::set_kind(node(), "VGroup");
  detail::set_kind(node(), "Surface");

  auto& n = three_d::surface_node(*this);
  n.func = std::move(func);
  n.u_range = a.u_range;
  n.v_range = a.v_range;
  n.resolution = a.resolution;
  n.fill_color = a.fill_color.value_or(BLUE_D);
  n.fill_opacity = a.fill_opacity.value_or(1.0);
  n.stroke_color = a.stroke_color.value_or(LIGHT_GREY);
  n.stroke_width = a.stroke_width.value_or(0.5);
  n.checkerboard_colors = a.checkerboard_colors.value_or(std::vector<Color>{BLUE_D, BLUE_E});
  const double stroke_opacity = a.stroke_opacity.value_or(1.0);

  // The surface's own style: what Manim's VGroup init and attribute assignments leave on it.
  StyleArgs own;
  own.color = a.color;
  own.stroke_opacity = a.stroke_opacity;
  own.background_stroke_color = a.background_stroke_color;
  own.background_stroke_width = a.background_stroke_width;
  own.background_stroke_opacity = a.background_stroke_opacity;
  own.z_index = a.z_index;
  own.shade_in_3d = a.shade_in_3d;
  geom::apply_style(n, own);
  n.style.fill_color = n.fill_color;
  n.style.stroke_color = n.stroke_color;
  n.style.stroke_width = n.stroke_width;

  const auto us = three_d::linspace(a.u_range.first, a.u_range.second, a.resolution.first);
  const auto vs = three_d::linspace(a.v_range.first, a.v_range.second, a.resolution.second);
  const double inv = 1.0 / factor;
  std::optional<std::pair<double, double>> first_bad;
  std::vector<Mobject> faces;
  faces.reserve(static_cast<std::size_t>(a.resolution.first) *
                static_cast<std::size_t>(a.resolution.second));
  for (int i = 0; i < a.resolution.first; ++i) {
    for (int j = 0; j < a.resolution.second; ++j) {
      const double u1 = us[i], u2 = us[i + 1], v1 = vs[j], v2 = vs[j + 1];
      const Vec3 c[5] = {{u1, v1, 0}, {u2, v1, 0}, {u2, v2, 0}, {u1, v2, 0}, {u1, v1, 0}};
      std::vector<Vec3> pts;
      pts.reserve(16);
      bool finite = true;
      for (int k = 0; k < 4; ++k) {
        const Vec3 &p = c[k], &q = c[k + 1];
        // Straight uv edge (set_points_as_corners), handles pulled toward the anchors, the
        // function applied, handles pushed back: each edge follows the function's derivative.
        const Vec3 h1 = p + (three_d::lerp(p, q, 1.0 / 3) - p) * factor;
        const Vec3 h2 = q + (three_d::lerp(p, q, 2.0 / 3) - q) * factor;
        const Vec3 fa = n.func(p.x, p.y), fh1 = n.func(h1.x, h1.y);
        const Vec3 fh2 = n.func(h2.x, h2.y), fb = n.func(q.x, q.y);
        const Vec3 out[4] = {fa, fa + (fh1 - fa) * inv, fb + (fh2 - fb) * inv, fb};
        for (const Vec3& o : out) {
          finite = finite && o.is_finite();
          pts.push_back(o);
        }
      }
      if (!finite) {
        ++n.dropped_faces;
        if (!first_bad) first_bad = std::make_pair(u1, v1);
        continue;
      }
      if (a.should_make_jagged)
        for (std::size_t k = 0; k + 3 < pts.size(); k += 4) {
          pts[k + 1] = three_d::lerp(pts[k], pts[k + 3], 1.0 / 3);
          pts[k + 2] = three_d::lerp(pts[k], pts[k + 3], 2.0 / 3);
        }
      ThreeDVMobject face;
      auto& fn = static_cast<three_d::FaceNode&>(face.node());
      fn.points = std::move(pts);
      fn.cell = ThreeDVMobject::UVCell{i, j, u1, u2, v1, v2};
      fn.style.fill_color = n.fill_color;
      fn.style.fill_opacity = n.fill_opacity;
      fn.style.stroke_color = n.stroke_color;
      fn.style.stroke_width = n.stroke_width;
      fn.style.stroke_opacity = stroke_opacity;
      faces.push_back(face);
    }
  }
  add(faces);
  if (!n.checkerboard_colors.empty()) set_fill_by_checkerboard(n.checkerboard_colors);
  if (first_bad)
    std::cerr << "warning: " << cls << ": the function is not finite on " << n.dropped_faces
              << " of " << a.resolution.first * a.resolution.second
              << " faces (the first at u=" << first_bad->first << ", v=" << first_bad->second
              << "); they are left out\n";
}

Vec3 Surface::func(double u, double v) const { return three_d::surface_node(*this).func(u, v); }
std::pair<double, double> Surface::u_range() const { return three_d::surface_node(*this).u_range; }
std::pair<double, double> Surface::v_range() const { return three_d::surface_node(*this).v_range; }
std::pair<int, int> Surface::resolution() const { return three_d::surface_node(*this).resolution; }
Color Surface::fill_color() const { return three_d::surface_node(*this).fill_color; }
double Surface::fill_opacity() const { return three_d::surface_node(*this).fill_opacity; }
Color Surface::stroke_color() const { return three_d::surface_node(*this).stroke_color; }
double Surface::stroke_width() const { return three_d::surface_node(*this).stroke_width; }
std::vector<Color> Surface::checkerboard_colors() const {
  return three_d::surface_node(*this).checkerboard_colors;
}
std::size_t Surface::num_dropped_faces() const {
  return three_d::surface_node(*this).dropped_faces;
}

Surface& Surface::set_fill_by_checkerboard(const std::vector<Color>& colors,
                                           std::optional<double> opacity) {
  if (colors.empty())
    throw std::invalid_argument(kind() + ".set_fill_by_checkerboard: pass at least one colour");
  if (opacity) geom::require_finite("set_fill_by_checkerboard", "opacity", *opacity);
  const std::size_t nc = colors.size();
  for (auto& sub : node().submobjects) {
    auto* f = dynamic_cast<three_d::FaceNode*>(sub.get());
    if (!f || !f->cell) continue;  // not a face of the uv grid (a Cylinder's end caps)
    const auto idx = static_cast<std::size_t>(f->cell->u_index + f->cell->v_index) % nc;
    Mobject(sub).set_fill(colors[idx], opacity);
  }
  return *this;
}

Surface& Surface::set_fill_by_value(const std::function<Vec3(const Vec3&)>& point_to_coords,
                                    const std::vector<ColorPivot>& colorscale, int axis) {
  const std::string fn = kind() + ".set_fill_by_value";
  if (!point_to_coords) throw std::invalid_argument(fn + ": point_to_coords is empty");
  if (colorscale.empty()) throw std::invalid_argument(fn + ": the colorscale is empty");
  if (axis < 0 || axis > 2)
    throw std::invalid_argument(fn + ": axis must be 0, 1 or 2, got " + std::to_string(axis));
  for (const auto& p : colorscale)
    if (!std::isfinite(p.value))
      throw std::invalid_argument(fn + ": pivot values must be finite, got " +
                                  three_d::num(p.value));
  for (Mobject& m : family_members_with_points()) {
    if (!m.is_vectorized() || VMobject(m.node_ptr(), Unchecked{}).get_num_curves() == 0) continue;
    const Vec3 mid = VMobject(m.node_ptr(), Unchecked{}).point_from_proportion(0.5);
    const double value = point_to_coords(mid)[static_cast<std::size_t>(axis)];
    if (value <= colorscale.front().value) {
      m.set_color(colorscale.front().color);
    } else if (value >= colorscale.back().value) {
      m.set_color(colorscale.back().color);
    } else {
      for (std::size_t i = 1; i < colorscale.size(); ++i) {
        if (colorscale[i].value > value) {
          const double lo = colorscale[i - 1].value, hi = colorscale[i].value;
          const double t = std::min((value - lo) / (hi - lo), 1.0);
          m.set_color(interpolate_color(colorscale[i - 1].color, colorscale[i].color, t), false);
          break;
        }
      }
    }
  }
  return *this;
}

Surface& Surface::set_fill_by_value(const std::function<Vec3(const Vec3&)>& point_to_coords,
                                    const std::vector<std::pair<double, double>>& ranges,
                                    const std::vector<Color>& colorscale, int axis) {
  const std::string fn = kind() + ".set_fill_by_value";
  if (axis < 0 || axis > 2)
    throw std::invalid_argument(fn + ": axis must be 0, 1 or 2, got " + std::to_string(axis));
  if (ranges.size() <= static_cast<std::size_t>(axis))
    throw std::invalid_argument(fn + ": the axes have no range for axis " + std::to_string(axis));
  if (colorscale.size() < 2)
    throw std::invalid_argument(fn + ": a colour list needs at least 2 colours, got " +
                                std::to_string(colorscale.size()) +
                                " (use (colour, value) pivots for one)");
  // Manim's pivots: numpy.arange(min, max + step, step) with step = (max - min) / (n - 1).
  const double lo = ranges[static_cast<std::size_t>(axis)].first;
  const double hi = ranges[static_cast<std::size_t>(axis)].second;
  const double step = (hi - lo) / static_cast<double>(colorscale.size() - 1);
  if (!(step > 0) || !std::isfinite(step))
    throw std::invalid_argument(fn + ": the axis range must increase, got (" + three_d::num(lo) +
                                ", " + three_d::num(hi) + ")");
  const auto count = static_cast<std::size_t>(std::ceil((hi + step - lo) / step));
  std::vector<ColorPivot> pivots;
  for (std::size_t i = 0; i < count && i < colorscale.size(); ++i)
    pivots.push_back({colorscale[i], lo + static_cast<double>(i) * step});
  return set_fill_by_value(point_to_coords, pivots, axis);
}

// ------------------------------------------------------------------ Sphere, Dot3D, Torus
namespace {
SurfaceArgs sphere_surface(const SphereArgs& a) {
  SurfaceArgs s = three_d::surface_args(a);
  s.u_range = a.u_range;
  s.v_range = a.v_range;
  return s;
}
SurfaceFunction sphere_func(double r) {
  return [r](double u, double v) {
    return Vec3(std::cos(u) * std::sin(v), std::sin(u) * std::sin(v), -std::cos(v)) * r;
  };
}
}  // namespace

Sphere::Sphere(const SphereArgs& a)
    : Surface((geom::require_finite("Sphere", "radius", a.radius),
               geom::require_finite("Sphere", "center", a.center), sphere_func(a.radius)),
              sphere_surface(a)) {
  detail::set_kind(node(), "Sphere");
  three_d::surface_node(*this).radius = a.radius;
  shift(a.center);
}

double Sphere::radius() const { return three_d::surface_node(*this).radius; }

namespace {
SphereArgs dot_sphere(const Vec3& point, const Dot3DArgs& a) {
  SphereArgs s;
  geom::put_style(s, geom::style_of(a));
  s.color = std::nullopt;  // Dot3D colours everything itself
  s.center = point;
  s.radius = a.radius;
  s.resolution = a.resolution;
  s.u_range = a.u_range;
  s.v_range = a.v_range;
  s.checkerboard_colors = a.checkerboard_colors;
  s.should_make_jagged = a.should_make_jagged;
  s.pre_function_handle_to_anchor_scale_factor = a.pre_function_handle_to_anchor_scale_factor;
  return s;
}
}  // namespace

Dot3D::Dot3D(const Vec3& point, const Dot3DArgs& a) : Sphere(dot_sphere(point, a)) {
  detail::set_kind(node(), "Dot3D");
  set_color(a.color.value_or(WHITE));
}

namespace {
SurfaceArgs torus_surface(const TorusArgs& a) {
  geom::require_finite("Torus", "major_radius", a.major_radius);
  geom::require_finite("Torus", "minor_radius", a.minor_radius);
  SurfaceArgs s = three_d::surface_args(a);
  s.u_range = a.u_range;
  s.v_range = a.v_range;
  return s;
}
}  // namespace

Torus::Torus(const TorusArgs& a)
    : Surface(
          [R = a.major_radius, r = a.minor_radius](double u, double v) {
            return Vec3(std::cos(u), std::sin(u), 0) * (R - r * std::cos(v)) -
                   OUT * (r * std::sin(v));
          },
          torus_surface(a)) {
  detail::set_kind(node(), "Torus");
  auto& n = three_d::surface_node(*this);
  n.major_radius = a.major_radius;
  n.radius = a.minor_radius;
}

double Torus::major_radius() const { return three_d::surface_node(*this).major_radius; }
double Torus::minor_radius() const { return three_d::surface_node(*this).radius; }

}  // namespace manim
