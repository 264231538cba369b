// Cone, Cylinder, Line3D, Arrow3D, Cube and Prism, as Manim CE v0.18.0 builds them
// (three_dimensions.py): same parametrisations, face order, rotations and colours.
#include <cmath>
#include <limits>
#include <stdexcept>

#include "manim/mobject/geometry.hpp"
#include "manim/mobject/three_d/three_d_utils.hpp"
#include "mobject/geometry/geometry_internal.hpp"
#include "mobject/three_d/three_d_internal.hpp"

namespace manim {

namespace three_d {

void rotate_to_direction(Mobject& m, SurfaceNode& n, const Vec3& direction) {
  const double x = direction.x, y = direction.y, z = direction.z;
  const double r = std::sqrt(x * x + y * y + z * z);
  const double theta = r > 0 ? std::acos(z / r) : 0.0;
  double phi;
  if (x == 0) {
    phi = y == 0 ? 0.0 : PI / 2;  // along z; along y (arctan of infinity)
    if (y < 0) phi += PI;
  } else {
    phi = std::atan(y / x);
  }
  if (x < 0) phi += PI;
  const About origin{.about_point = ORIGIN};
  m.rotate(-n.current_phi, Z_AXIS, origin);
  m.rotate(-n.current_theta, Y_AXIS, origin);
  m.rotate(theta, Y_AXIS, origin);
  m.rotate(phi, Z_AXIS, origin);
  n.current_theta = theta;
  n.current_phi = phi;
  n.direction = direction;
}

}  // namespace three_d

namespace {

// An end cap: a filled Circle in the surface's fill colour, without stroke.
Circle cap(double radius, const Color& color, double opacity, bool shade) {
  CircleArgs c;
  c.color = color;
  c.fill_opacity = opacity;
  c.stroke_width = 0;
  if (shade) c.shade_in_3d = true;
  c.radius = radius;
  return Circle(c);
}

}  // namespace

// ------------------------------------------------------------------ Cone
namespace {
double cone_theta(const ConeArgs& a) {
  geom::require_finite("Cone", "base_radius", a.base_radius);
  geom::require_finite("Cone", "height", a.height);
  geom::require_finite("Cone", "direction", a.direction);
  geom::require_finite("Cone", "u_min", a.u_min);
  const double t = PI - std::atan(a.base_radius / a.height);
  if (std::isnan(t)) geom::fail("Cone", "base_radius and height are both 0");
  return t;
}
SurfaceArgs cone_surface(const ConeArgs& a) {
  SurfaceArgs s = three_d::surface_args(a);
  s.u_range = {a.u_min, std::sqrt(a.base_radius * a.base_radius + a.height * a.height)};
  s.v_range = a.v_range;
  if (!a.checkerboard_colors) s.checkerboard_colors = std::vector<Color>{};
  return s;
}
}  // namespace

Cone::Cone(const ConeArgs& a)
    : Surface(
          [t = cone_theta(a)](double u, double v) {
            return Vec3(u * std::sin(t) * std::cos(v), u * std::sin(t) * std::sin(v),
                        u * std::cos(t));
          },
          cone_surface(a)) {
  detail::set_kind(node(), "Cone");
  auto& n = three_d::surface_node(*this);
  n.cone_theta = cone_theta(a);
  n.radius = a.base_radius;
  n.height = a.height;
  if (a.show_base) {
    Circle base = cap(a.base_radius, n.fill_color, n.fill_opacity, false);
    base.shift(IN * a.height);
    add(base);
    n.has_base = true;
  }
  three_d::rotate_to_direction(*this, n, a.direction);
}

Cone& Cone::set_direction(const Vec3& direction) {
  geom::require_finite("Cone.set_direction", "direction", direction);
  three_d::rotate_to_direction(*this, three_d::surface_node(*this), direction);
  return *this;
}
Vec3 Cone::get_direction() const { return three_d::surface_node(*this).direction; }
double Cone::theta() const { return three_d::surface_node(*this).cone_theta; }
bool Cone::has_base() const { return three_d::surface_node(*this).has_base; }
// Found among the children (not stored as a pointer), so a copy's base is the copy's own.
Mobject Cone::base_circle() const {
  if (has_base())
    for (auto it = node().submobjects.rbegin(); it != node().submobjects.rend(); ++it)
      if (detail::has_kind(**it, "Circle")) return Mobject(*it);
  throw std::logic_error(kind() + ".base_circle: the cone has no base (made with show_base=false)");
}

// ------------------------------------------------------------------ Cylinder
namespace {
SurfaceArgs cylinder_surface(const CylinderArgs& a) {
  geom::require_finite("Cylinder", "radius", a.radius);
  geom::require_finite("Cylinder", "height", a.height);
  geom::require_finite("Cylinder", "direction", a.direction);
  SurfaceArgs s = three_d::surface_args(a);
  s.u_range = {-a.height / 2, a.height / 2};
  s.v_range = a.v_range;
  return s;
}
}  // namespace

Cylinder::Cylinder(const CylinderArgs& a)
    : Surface(
          [r = a.radius](double u, double v) { return Vec3(r * std::cos(v), r * std::sin(v), u); },
          cylinder_surface(a)) {
  detail::set_kind(node(), "Cylinder");
  auto& n = three_d::surface_node(*this);
  n.radius = a.radius;
  n.height = a.height;
  if (a.show_ends) {
    // Manim's names: base_top sits at -height/2 and base_bottom at +height/2.
    Circle top = cap(a.radius, n.fill_color, n.fill_opacity, true);
    top.shift(IN * n.u_range.second);
    Circle bottom = cap(a.radius, n.fill_color, n.fill_opacity, true);
    bottom.shift(IN * n.u_range.first);
    add(top, bottom);
  }
  three_d::rotate_to_direction(*this, n, a.direction);
}

Cylinder& Cylinder::set_direction(const Vec3& direction) {
  geom::require_finite("Cylinder.set_direction", "direction", direction);
  three_d::rotate_to_direction(*this, three_d::surface_node(*this), direction);
  return *this;
}
Vec3 Cylinder::get_direction() const { return three_d::surface_node(*this).direction; }
double Cylinder::radius() const { return three_d::surface_node(*this).radius; }

namespace {
// The i-th Circle child (the caps follow the uv faces), so copies find their own.
Mobject cap_of(const Cylinder& c, int which, const char* name) {
  int seen = 0;
  for (const auto& sub : c.node().submobjects)
    if (detail::has_kind(*sub, "Circle") && seen++ == which) return Mobject(sub);
  throw std::logic_error(c.kind() + "." + name +
                         ": the cylinder has no end caps (show_ends=false)");
}
}  // namespace

Mobject Cylinder::base_top() const { return cap_of(*this, 0, "base_top"); }
Mobject Cylinder::base_bottom() const { return cap_of(*this, 1, "base_bottom"); }

// ------------------------------------------------------------------ Line3D
Vec3 Line3D::pointify(const Vec3& p, std::optional<Vec3>) { return p; }

Vec3 Line3D::pointify(const Mobject& m, std::optional<Vec3> direction) {
  if (!direction) return m.get_center();
  // Manim's get_boundary_point: the first of the boundary points (anchors of VMobjects, all
  // points otherwise) furthest along the direction.
  std::optional<Vec3> best;
  double best_dot = -std::numeric_limits<double>::infinity();
  for (const Mobject& f : m.get_family()) {
    const auto& pts = f.points();
    auto consider = [&](const Vec3& p) {
      const double d = p.dot(*direction);
      if (!best || d > best_dot) {
        best = p;
        best_dot = d;
      }
    };
    if (f.is_vectorized() && pts.size() != 1) {
      for (std::size_t i = 0; i + 3 < pts.size(); i += 4) {
        consider(pts[i]);
        consider(pts[i + 3]);
      }
    } else {
      for (const Vec3& p : pts) consider(p);
    }
  }
  if (!best) throw std::invalid_argument("Line3D: " + m.kind() + " has no points to end a line on");
  return *best;
}

namespace {
struct Ends {
  Vec3 start, end, vect, direction;
};

template <class S, class E>
Ends line_ends(const S& start, const E& end) {
  const Vec3 rough_start = Line3D::pointify(start), rough_end = Line3D::pointify(end);
  geom::require_finite("Line3D", "start", rough_start);
  geom::require_finite("Line3D", "end", rough_end);
  Ends e;
  e.vect = rough_end - rough_start;
  e.direction = e.vect.normalized();
  e.start = Line3D::pointify(start, e.direction);
  e.end = Line3D::pointify(end, -e.direction);
  return e;
}

CylinderArgs line_cylinder(const Ends& e, const Line3DArgs& a) {
  geom::require_finite("Line3D", "thickness", a.thickness);
  CylinderArgs c;
  geom::put_style(c, geom::style_of(a));
  c.color = std::nullopt;  // applied to the whole line afterwards
  c.radius = a.thickness;
  c.height = e.vect.norm();
  c.direction = e.direction;
  c.v_range = a.v_range;
  c.show_ends = a.show_ends;
  c.resolution = a.resolution;
  c.checkerboard_colors = a.checkerboard_colors;
  c.should_make_jagged = a.should_make_jagged;
  c.pre_function_handle_to_anchor_scale_factor = a.pre_function_handle_to_anchor_scale_factor;
  return c;
}

void finish_line(Line3D& l, const Ends& e, const Line3DArgs& a) {
  detail::set_kind(l.node(), "Line3D");
  l.shift((e.start + e.end) / 2);
  auto& n = three_d::surface_node(l);
  n.start = e.start;
  n.end = e.end;
  n.vect = e.vect;
  n.thickness = a.thickness;
  if (a.color) l.set_color(*a.color);
}
}  // namespace

Line3D::Line3D(const Vec3& start, const Vec3& end, const Line3DArgs& a)
    : Cylinder(line_cylinder(line_ends(start, end), a)) {
  finish_line(*this, line_ends(start, end), a);
}
Line3D::Line3D(const Mobject& start, const Mobject& end, const Line3DArgs& a)
    : Cylinder(line_cylinder(line_ends(start, end), a)) {
  finish_line(*this, line_ends(start, end), a);
}
Line3D::Line3D(const Mobject& start, const Vec3& end, const Line3DArgs& a)
    : Cylinder(line_cylinder(line_ends(start, end), a)) {
  finish_line(*this, line_ends(start, end), a);
}
Line3D::Line3D(const Vec3& start, const Mobject& end, const Line3DArgs& a)
    : Cylinder(line_cylinder(line_ends(start, end), a)) {
  finish_line(*this, line_ends(start, end), a);
}

Vec3 Line3D::get_start() const { return three_d::surface_node(*this).start; }
Vec3 Line3D::get_end() const { return three_d::surface_node(*this).end; }
Vec3 Line3D::vect() const { return three_d::surface_node(*this).vect; }
double Line3D::thickness() const { return three_d::surface_node(*this).thickness; }
double Line3D::get_length() const { return three_d::surface_node(*this).vect.norm(); }

namespace {
// Manim's perpendicular_to: the perpendicular bisector of the line in the plane through
// `point`, as a unit vector; throws when the point is on the line.
Vec3 perpendicular_direction(const Line3D& line, const Vec3& point, const char* cls) {
  const Vec3 normal = line.vect().cross(point - line.get_start());
  if (normal.x == 0 && normal.y == 0 && normal.z == 0)
    throw std::invalid_argument(std::string(cls) +
                                ".perpendicular_to: could not find the perpendicular (the point "
                                "is on the line); pass a point off the line");
  const Vec3 p1 = line.get_start(), p2 = line.get_end();
  const Vec3 d = (p1 - p2).cross(normal);
  const Vec3 m = (p1 + p2) / 2;
  return ((m - d) - (m + d)).normalized();
}
void check_through(const char* fn, const Vec3& point, double length) {
  geom::require_finite(fn, "point", point);
  geom::require_finite(fn, "length", length);
}
}  // namespace

Line3D Line3D::parallel_to(const Line3D& line, const Vec3& point, double length,
                           const Line3DArgs& a) {
  check_through("Line3D.parallel_to", point, length);
  const Vec3 v = line.vect().normalized();
  return Line3D(point + v * (length / 2), point - v * (length / 2), a);
}

Line3D Line3D::perpendicular_to(const Line3D& line, const Vec3& point, double length,
                                const Line3DArgs& a) {
  check_through("Line3D.perpendicular_to", point, length);
  const Vec3 v = perpendicular_direction(line, point, "Line3D");
  return Line3D(point + v * (length / 2), point - v * (length / 2), a);
}

// ------------------------------------------------------------------ Arrow3D
namespace {
Line3DArgs arrow_line(const Arrow3DArgs& a) {
  geom::require_finite("Arrow3D", "height", a.height);
  geom::require_finite("Arrow3D", "base_radius", a.base_radius);
  Line3DArgs l;
  geom::put_style(l, geom::style_of(a));
  l.color = std::nullopt;
  l.thickness = a.thickness;
  l.v_range = a.v_range;
  l.show_ends = a.show_ends;
  l.resolution = a.resolution.value_or(std::pair<int, int>{24, 24});
  l.checkerboard_colors = a.checkerboard_colors;
  l.should_make_jagged = a.should_make_jagged;
  l.pre_function_handle_to_anchor_scale_factor = a.pre_function_handle_to_anchor_scale_factor;
  return l;
}
Vec3 shaft_end(const Vec3& start, const Vec3& end, double height) {
  geom::require_finite("Arrow3D", "start", start);
  geom::require_finite("Arrow3D", "end", end);
  return end - (end - start).normalized() * height;
}
}  // namespace

Arrow3D::Arrow3D(const Vec3& start, const Vec3& end, const Arrow3DArgs& a)
    : Line3D(start, shaft_end(start, end, a.height), arrow_line(a)) {
  detail::set_kind(node(), "Arrow3D");
  ConeArgs c;
  geom::put_style(c, geom::style_of(a));
  c.color = std::nullopt;
  c.base_radius = a.base_radius;
  c.height = a.height;
  c.direction = three_d::surface_node(*this).direction;
  c.v_range = a.v_range;
  c.resolution = a.resolution.value_or(std::pair<int, int>{32, 32});
  c.checkerboard_colors = a.checkerboard_colors;
  c.should_make_jagged = a.should_make_jagged;
  c.pre_function_handle_to_anchor_scale_factor = a.pre_function_handle_to_anchor_scale_factor;
  Cone tip(c);
  tip.shift(end);
  add(tip);
  set_color(a.color.value_or(WHITE));
}

Cone Arrow3D::cone() const {
  for (auto it = node().submobjects.rbegin(); it != node().submobjects.rend(); ++it)
    if (detail::has_kind(**it, "Cone")) return Mobject(*it).as<Cone>();
  throw std::logic_error(kind() + ".cone: the cone was removed from the arrow");
}

Arrow3D Arrow3D::parallel_to(const Line3D& line, const Vec3& point, double length,
                             const Arrow3DArgs& a) {
  check_through("Arrow3D.parallel_to", point, length);
  const Vec3 v = line.vect().normalized();
  return Arrow3D(point + v * (length / 2), point - v * (length / 2), a);
}

Arrow3D Arrow3D::perpendicular_to(const Line3D& line, const Vec3& point, double length,
                                  const Arrow3DArgs& a) {
  check_through("Arrow3D.perpendicular_to", point, length);
  const Vec3 v = perpendicular_direction(line, point, "Arrow3D");
  return Arrow3D(point + v * (length / 2), point - v * (length / 2), a);
}

// ------------------------------------------------------------------ Cube, Prism
Cube::Cube(const CubeArgs& a) : VGroup(geom::make_vmobject_node<three_d::CubeNode>(), Unchecked{}) {
  const char* cls = "Cube";
  geom::check_style(cls, geom::style_of(a));
  if (!std::isfinite(a.side_length)) geom::fail(cls, "side_length must be finite");
  detail::set_kind(node(), "VGroup");
  detail::set_kind(node(), "Cube");
  auto& n = static_cast<three_d::CubeNode&>(node());
  n.side_length = a.side_length;
  for (const Vec3& vect : {IN, OUT, LEFT, RIGHT, UP, DOWN}) {
    SquareArgs s;
    s.shade_in_3d = true;
    s.side_length = a.side_length;
    Square face(s);
    face.flip();
    face.shift(OUT * (a.side_length / 2));
    const Mat3 m = z_to_vector(vect);
    face.apply_points_function(
        [&m](std::vector<Vec3>& pts) {
          for (auto& p : pts) p = apply_mat3(m, p);
        },
        About{.about_point = ORIGIN});
    add(face);
  }
  // Manim's VMobject init: the style reaches every face; fill BLUE at 0.75, no stroke.
  StyleArgs own;
  own.z_index = a.z_index;
  own.shade_in_3d = a.shade_in_3d;
  geom::apply_style(n, own);
  const Color stroke = a.stroke_color.value_or(a.color.value_or(WHITE));
  set_fill(a.fill_color.value_or(BLUE), a.fill_opacity.value_or(0.75));
  set_stroke(stroke, a.stroke_width.value_or(0.0), a.stroke_opacity.value_or(1.0));
  set_stroke(a.background_stroke_color.value_or(BLACK), a.background_stroke_width.value_or(0.0),
             a.background_stroke_opacity.value_or(1.0), true);
}

double Cube::side_length() const {
  auto* n = dynamic_cast<const three_d::CubeNode*>(&node());
  if (!n) throw std::logic_error(kind() + " has no cube data");
  return n->side_length;
}

namespace {
CubeArgs prism_cube(const PrismArgs& a) {
  geom::require_finite("Prism", "dimensions", a.dimensions);
  CubeArgs c;
  geom::put_style(c, geom::style_of(a));
  c.side_length = a.side_length;
  return c;
}
}  // namespace

Prism::Prism(const PrismArgs& a) : Cube(prism_cube(a)) {
  detail::set_kind(node(), "Prism");
  static_cast<three_d::CubeNode&>(node()).dimensions = a.dimensions;
  for (int dim = 0; dim < 3; ++dim) {
    const double old = length_over_dim(dim);
    if (old != 0) stretch(a.dimensions[static_cast<std::size_t>(dim)] / old, dim);
  }
}

Prism::Prism(const Vec3& dimensions, const PrismArgs& a)
    : Prism([&] {
        PrismArgs b = a;
        b.dimensions = dimensions;
        return b;
      }()) {}

Vec3 Prism::dimensions() const { return static_cast<three_d::CubeNode&>(node()).dimensions; }

}  // namespace manim
