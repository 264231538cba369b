// Manim CE's three-dimensional mobjects (manim/mobject/three_d/three_dimensions.py): parametric
// surfaces made of small quadrilateral faces, the solids built from them, and Cube / Prism.
// Every face is an ordinary VMobject with real 3D points and `shade_in_3d` set, so a 3D
// camera can depth-sort and shade it; the 2D camera draws the faces as they lie.
//
//   auto s = Surface([](double u, double v) { return Vec3(u, v, u * v); },
//                    {.u_range = {-1, 1}, .v_range = {-1, 1}, .resolution = {8, 8}});
//   auto c = Cube({.fill_color = RED, .side_length = 1.5});
#pragma once
#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include "manim/mobject/vmobject.hpp"

namespace manim {

// A VMobject shaded as a face of a 3D object (Manim's ThreeDVMobject: shade_in_3d defaults to
// true). A face of a Surface also knows its cell of the (u, v) grid.
class ThreeDVMobject : public VMobject {
 public:
  explicit ThreeDVMobject(const StyleArgs& a = {});
  MANIM_HANDLE(ThreeDVMobject, VMobject)
  // Manim's face.u_index, v_index, u1, u2, v1, v2 (set on the faces a Surface makes).
  struct UVCell {
    int u_index = 0, v_index = 0;
    double u1 = 0, u2 = 0, v1 = 0, v2 = 0;
  };
  std::optional<UVCell> uv_cell() const;
};

// (u, v) -> point in scene coordinates.
using SurfaceFunction = std::function<Vec3(double u, double v)>;

// Keywords every Surface subclass shares (after its own): checkerboard_colors unset gives the
// class's default (BLUE_D/BLUE_E for Surface, Sphere, Torus, Cylinder; none for Cone); an
// empty list turns the checkerboard off (Manim's checkerboard_colors=False).
#define MANIM_SURFACE_KWARGS                                        \
  std::optional<std::vector<::manim::Color>> checkerboard_colors{}; \
  bool should_make_jagged = false;                                  \
  double pre_function_handle_to_anchor_scale_factor = 0.00001;

// The style keywords style every face: fill_color (BLUE_D), fill_opacity (1), stroke_color
// (LIGHT_GREY), stroke_width (0.5), stroke_opacity (1); `color`, the background stroke and
// z_index go to the surface itself, as in Manim.
struct SurfaceArgs {
  MANIM_STYLE_KWARGS
  std::pair<double, double> u_range{0, 1};
  std::pair<double, double> v_range{0, 1};
  std::pair<int, int> resolution{32, 32};  // faces along u and along v
  MANIM_SURFACE_KWARGS
};

// Manim's set_fill_by_value colour scale entry: the colour at an axis value.
struct ColorPivot {
  Color color;
  double value;
};

// A parametric surface: resolution.first x resolution.second faces (u outer, v inner), each a
// ThreeDVMobject whose edges follow the function (handles from its derivative). A face where
// the function is not finite is left out, with one warning per surface.
class Surface : public VGroup {
 public:
  explicit Surface(SurfaceFunction func, const SurfaceArgs& a = {});
  MANIM_HANDLE(Surface, VGroup)

  Vec3 func(double u, double v) const;
  std::pair<double, double> u_range() const;
  std::pair<double, double> v_range() const;
  std::pair<int, int> resolution() const;
  // The face style the surface was made with (Manim's surface.fill_color, ...).
  Color fill_color() const;
  double fill_opacity() const;
  Color stroke_color() const;
  double stroke_width() const;
  std::vector<Color> checkerboard_colors() const;  // empty when off
  // Faces left out because the function was not finite there.
  std::size_t num_dropped_faces() const;

  // Face (i, j) gets colors[(i + j) % n]; opacity unset keeps each face's.
  Surface& set_fill_by_checkerboard(const std::vector<Color>& colors,
                                    std::optional<double> opacity = std::nullopt);
  // Colours every face with points by the `axis` coordinate (0 x, 1 y, 2 z) of its midpoint in
  // the axes' coordinates: below the first pivot the first colour, above the last the last,
  // linear in between. `point_to_coords` is the axes' (ThreeDAxes.point_to_coords); with a
  // plain colour list the pivots are spread evenly over ranges[axis] (the axes' x/y/z ranges).
  Surface& set_fill_by_value(const std::function<Vec3(const Vec3&)>& point_to_coords,
                             const std::vector<ColorPivot>& colorscale, int axis = 2);
  Surface& set_fill_by_value(const std::function<Vec3(const Vec3&)>& point_to_coords,
                             const std::vector<std::pair<double, double>>& ranges,
                             const std::vector<Color>& colorscale, int axis = 2);
};

// ---------------------------------------------------------------- Sphere, Dot3D, Torus
struct SphereArgs {
  MANIM_STYLE_KWARGS
  Vec3 center = ORIGIN;
  double radius = 1;
  std::pair<int, int> resolution{24, 12};
  std::pair<double, double> u_range{0, TAU};
  std::pair<double, double> v_range{0, PI};
  MANIM_SURFACE_KWARGS
};
// (cos u sin v, sin u sin v, -cos v) * radius + center.
class Sphere : public Surface {
 public:
  explicit Sphere(const SphereArgs& a = {});
  MANIM_HANDLE(Sphere, Surface)
  double radius() const;
};

struct Dot3DArgs {
  MANIM_STYLE_KWARGS  // color: every face and stroke (WHITE)
      double radius = DEFAULT_DOT_RADIUS;
  std::pair<int, int> resolution{8, 8};
  std::pair<double, double> u_range{0, TAU};
  std::pair<double, double> v_range{0, PI};
  MANIM_SURFACE_KWARGS
};
// A small sphere of one colour.
class Dot3D : public Sphere {
 public:
  explicit Dot3D(const Vec3& point = ORIGIN, const Dot3DArgs& a = {});
  explicit Dot3D(const Dot3DArgs& a) : Dot3D(ORIGIN, a) {}
  MANIM_HANDLE(Dot3D, Sphere)
};

struct TorusArgs {
  MANIM_STYLE_KWARGS
  double major_radius = 3;
  double minor_radius = 1;
  std::pair<double, double> u_range{0, TAU};
  std::pair<double, double> v_range{0, TAU};
  std::pair<int, int> resolution{24, 24};
  MANIM_SURFACE_KWARGS
};
// (R - r cos v)(cos u, sin u, 0) - r sin v OUT.
class Torus : public Surface {
 public:
  explicit Torus(const TorusArgs& a = {});
  MANIM_HANDLE(Torus, Surface)
  double major_radius() const;  // Manim's torus.R
  double minor_radius() const;  // Manim's torus.r
};

// ---------------------------------------------------------------- Cone, Cylinder
struct ConeArgs {
  MANIM_STYLE_KWARGS
  double base_radius = 1;
  double height = 1;
  Vec3 direction = OUT;  // where the apex points (from the base)
  bool show_base = false;
  std::pair<double, double> v_range{0, TAU};
  double u_min = 0;  // distance from the apex where the surface starts
  std::pair<int, int> resolution{32, 32};
  MANIM_SURFACE_KWARGS
};
// Apex at the origin, base circle `height` behind it along -direction (Manim's layout).
class Cone : public Surface {
 public:
  explicit Cone(const ConeArgs& a = {});
  MANIM_HANDLE(Cone, Surface)
  Cone& set_direction(const Vec3& direction);
  Vec3 get_direction() const;
  double theta() const;  // PI - atan(base_radius / height), the polar angle of the side
  bool has_base() const;
  Mobject base_circle() const;  // throws when show_base was false
};

struct CylinderArgs {
  MANIM_STYLE_KWARGS
  double radius = 1;
  double height = 2;
  Vec3 direction = OUT;
  std::pair<double, double> v_range{0, TAU};
  bool show_ends = true;
  std::pair<int, int> resolution{24, 24};
  MANIM_SURFACE_KWARGS
};
// Centred on the origin around `direction`, with a filled Circle at each end (show_ends).
class Cylinder : public Surface {
 public:
  explicit Cylinder(const CylinderArgs& a = {});
  MANIM_HANDLE(Cylinder, Surface)
  Cylinder& set_direction(const Vec3& direction);
  Vec3 get_direction() const;
  double radius() const;
  // The end caps (show_ends): base_top at -height/2, base_bottom at +height/2 before turning.
  Mobject base_top() const;
  Mobject base_bottom() const;
};

// ---------------------------------------------------------------- Line3D, Arrow3D
struct Line3DArgs {
  MANIM_STYLE_KWARGS  // color unset keeps the cylinder's checkerboard
      double thickness = 0.02;
  std::pair<double, double> v_range{0, TAU};
  bool show_ends = true;
  std::pair<int, int> resolution{24, 24};
  MANIM_SURFACE_KWARGS
};
// A thin Cylinder from start to end. Given mobjects, it runs between their boundary points
// facing each other (Manim's pointify).
class Line3D : public Cylinder {
 public:
  Line3D(const Vec3& start = LEFT, const Vec3& end = RIGHT, const Line3DArgs& a = {});
  Line3D(const Mobject& start, const Mobject& end, const Line3DArgs& a = {});
  Line3D(const Mobject& start, const Vec3& end, const Line3DArgs& a = {});
  Line3D(const Vec3& start, const Mobject& end, const Line3DArgs& a = {});
  MANIM_HANDLE(Line3D, Cylinder)
  Vec3 get_start() const;
  Vec3 get_end() const;
  Vec3 vect() const;  // end - start as built (centres for mobjects)
  double thickness() const;
  double get_length() const;
  // The point itself; a mobject's centre, or with a direction its point furthest along it.
  static Vec3 pointify(const Mobject& m, std::optional<Vec3> direction = std::nullopt);
  static Vec3 pointify(const Vec3& p, std::optional<Vec3> direction = std::nullopt);
  // A line through `point` parallel / perpendicular to `line`, `length` long (centred there).
  static Line3D parallel_to(const Line3D& line, const Vec3& point = ORIGIN, double length = 5,
                            const Line3DArgs& a = {});
  static Line3D perpendicular_to(const Line3D& line, const Vec3& point = ORIGIN, double length = 5,
                                 const Line3DArgs& a = {});
};

struct Arrow3DArgs {
  MANIM_STYLE_KWARGS  // color: the whole arrow (WHITE)
      double thickness = 0.02;
  double height = 0.3;        // of the conical tip
  double base_radius = 0.08;  // of the conical tip
  std::pair<double, double> v_range{0, TAU};
  bool show_ends = true;
  // Unset: each part's own default (24x24 shaft, 32x32 tip), as Manim passes it on.
  std::optional<std::pair<int, int>> resolution{};
  MANIM_SURFACE_KWARGS
};
// A Line3D stopping `height` short of the end, plus a Cone (its last submobject) whose apex is
// the end point. get_end() is where the shaft stops, as in Manim.
class Arrow3D : public Line3D {
 public:
  Arrow3D(const Vec3& start = LEFT, const Vec3& end = RIGHT, const Arrow3DArgs& a = {});
  MANIM_HANDLE(Arrow3D, Line3D)
  Cone cone() const;
  static Arrow3D parallel_to(const Line3D& line, const Vec3& point = ORIGIN, double length = 5,
                             const Arrow3DArgs& a = {});
  static Arrow3D perpendicular_to(const Line3D& line, const Vec3& point = ORIGIN, double length = 5,
                                  const Arrow3DArgs& a = {});
};

// ---------------------------------------------------------------- Cube, Prism
struct CubeArgs {
  MANIM_STYLE_KWARGS  // fill_color BLUE, fill_opacity 0.75, stroke_width 0
      double side_length = 2;
};
// Six Squares (shade_in_3d) facing IN, OUT, LEFT, RIGHT, UP, DOWN in that order.
class Cube : public VGroup {
 public:
  explicit Cube(const CubeArgs& a = {});
  MANIM_HANDLE(Cube, VGroup)
  double side_length() const;
};

struct PrismArgs {
  MANIM_STYLE_KWARGS
  Vec3 dimensions{3, 2, 1};
  double side_length = 2;
};
// A Cube stretched to dimensions (x, y, z) about its centre.
class Prism : public Cube {
 public:
  explicit Prism(const PrismArgs& a = {});
  explicit Prism(const Vec3& dimensions, const PrismArgs& a = {});
  MANIM_HANDLE(Prism, Cube)
  Vec3 dimensions() const;
};

}  // namespace manim
