// Manim's point clouds (mobject/types/point_cloud_mobject.py): PMobject holds loose points with
// one RGBA colour each and a stroke_width; the camera draws each point as a square block of
// pixels written over the picture (Manim's display_point_cloud, see docs/point_clouds.md).
// Mobject1D / Mobject2D carry a density, PGroup groups point clouds, PointCloudDot is a disc of
// rings of points, Point is a single point.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "manim/mobject/mobject.hpp"

namespace manim {

inline constexpr double DEFAULT_POINT_DENSITY_1D = 10;
inline constexpr double DEFAULT_POINT_DENSITY_2D = 25;

namespace detail {
struct PointCloudNode : MobjectNode {
  // The pixel thickness of each point is style.stroke_width (before adjusted_thickness).
  std::vector<Color> rgbas;  // one per point (Manim's rgbas array)
  Color color = WHITE;       // Manim's self.color: add_points' default colour
  double density = 0;        // Mobject1D / Mobject2D (0: a plain PMobject)
  double epsilon = 0;        // 1 / density
  double radius = 0;         // PointCloudDot
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<PointCloudNode>(*this);
  }
};

inline bool is_point_cloud(const MobjectNode& n) {
  return dynamic_cast<const PointCloudNode*>(&n) != nullptr;
}
// Manim's PMobject.set_color on one node: every rgba becomes the colour at alpha 1.
void point_cloud_set_color(PointCloudNode& n, const Color& c);
// Manim's PMobject.align_points_with_larger: points and rgbas stretched to `length` entries
// (entry k takes index int(k / length * count)).
void point_cloud_stretch_to(PointCloudNode& n, std::size_t length);
// Manim's PMobject.interpolate_color: rgbas blended linearly (stroke_width is the style's).
void point_cloud_interpolate_color(PointCloudNode& out, const PointCloudNode& a,
                                   const PointCloudNode& b, double alpha);
// Manim's PMobject.pointwise_become_partial: the entries [int(a * n), int(b * n)) of src.
void point_cloud_become_partial(PointCloudNode& out, const PointCloudNode& src, double a, double b);
// Manim's PMobject.get_point_mobject: a black Point at the node's centre.
std::shared_ptr<MobjectNode> point_cloud_point_mobject(const Vec3& center);
}  // namespace detail

struct PMobjectArgs {
  std::optional<Color> color{};          // default WHITE (PointCloudDot: YELLOW, Point: BLACK)
  std::optional<double> stroke_width{};  // default 4 (PointCloudDot: 2)
  double z_index = 0;
};

class PMobject : public Mobject {
 public:
  explicit PMobject(const PMobjectArgs& args = {});
  MANIM_HANDLE(PMobject, Mobject)

  // Appends points; without rgbas each gets `color` (default: the mobject's colour) at
  // `alpha`. rgbas of another length than points: std::invalid_argument.
  PMobject& add_points(const std::vector<Vec3>& points, const std::vector<Color>& rgbas = {},
                       std::optional<Color> color = std::nullopt, double alpha = 1);
  PMobject& reset_points();  // no points, no rgbas
  const std::vector<Color>& rgbas() const;
  PMobject& set_rgbas(const std::vector<Color>& rgbas);  // one per point, else invalid_argument
  // The whole family's rgbas in family order (Manim's get_all_rgbas).
  std::vector<Color> get_all_rgbas() const;

  // set_color (the chain method) sets every rgba of the family (alpha 1), as Manim's.
  Color get_color() const;  // the first point's colour (invalid_argument when there is none)
  double get_stroke_width() const;
  PMobject& set_stroke_width(double width, bool family = true);
  // Colours spread along the points in order (Manim's color_gradient over len(points)).
  PMobject& set_color_by_gradient(const std::vector<Color>& colors);
  // Each point of the family: inner_color blended towards outer_color by |p - center| / radius
  // (this mobject's points' distances, as Manim computes them, for every member).
  PMobject& set_colors_by_radial_gradient(std::optional<Vec3> center = std::nullopt,
                                          double radius = 1, const Color& inner_color = WHITE,
                                          const Color& outer_color = BLACK);
  // Aligns the data with m, then copies m's rgbas.
  PMobject& match_colors(const PMobject& m);
  // Removes the points (and their colours) of every family member for which condition is true.
  PMobject& filter_out(const std::function<bool(const Vec3&)>& condition);
  // Keeps every factor-th point (indices counted from this mobject's point count, as Manim).
  PMobject& thin_out(int factor = 5);
  // Points and colours reordered by the stable ascending order of function(point).
  PMobject& sort_points(const std::function<double(const Vec3&)>& function = {});
  // rgbas blended towards the colour (alpha 1) by alpha, recursively (a PGroup only passes it
  // to its children, and only with family).
  PMobject& fade_to(const Color& color, double alpha, bool family = true);
  // The family's points and rgbas merged into this one; no submobjects remain.
  PMobject& ingest_submobjects();
  // The point at index alpha * (n - 1), truncated (Manim indexes with it).
  Vec3 point_from_proportion(double alpha) const;
  // Stretches points and rgbas to `larger`'s point count (Manim's align_points_with_larger).
  PMobject& align_points_with_larger(const PMobject& larger);
  // Points blended linearly, then rgbas and stroke_width (Manim's interpolate).
  PMobject& interpolate(const PMobject& a, const PMobject& b, double alpha);
  PMobject& pointwise_become_partial(const PMobject& m, double a, double b);

 protected:
  explicit PMobject(std::shared_ptr<detail::MobjectNode> node) : Mobject(std::move(node)) {}
};

struct Mobject1DArgs {
  std::optional<Color> color{};
  std::optional<double> stroke_width{};
  double z_index = 0;
  double density = DEFAULT_POINT_DENSITY_1D;
};

class Mobject1D : public PMobject {
 public:
  explicit Mobject1D(const Mobject1DArgs& args = {});
  MANIM_HANDLE(Mobject1D, PMobject)
  double density() const;
  double epsilon() const;
  // Points from start towards end every epsilon / length of the way (end excluded), or the
  // start alone when they coincide.
  Mobject1D& add_line(const Vec3& start, const Vec3& end,
                      std::optional<Color> color = std::nullopt);
};

struct Mobject2DArgs {
  std::optional<Color> color{};
  std::optional<double> stroke_width{};
  double z_index = 0;
  double density = DEFAULT_POINT_DENSITY_2D;
};

class Mobject2D : public PMobject {
 public:
  explicit Mobject2D(const Mobject2DArgs& args = {});
  MANIM_HANDLE(Mobject2D, PMobject)
  double density() const;
  double epsilon() const;
};

// A group of point clouds (only PMobjects; anything else: std::invalid_argument).
class PGroup : public PMobject {
 public:
  explicit PGroup(const std::vector<Mobject>& pmobs = {}, const PMobjectArgs& args = {});
  MANIM_HANDLE(PGroup, PMobject)
};

struct PointCloudDotArgs {
  std::optional<Color> color{};          // YELLOW
  std::optional<double> stroke_width{};  // 2
  double z_index = 0;
  Vec3 center = ORIGIN;
  double radius = 2.0;
  double density = DEFAULT_POINT_DENSITY_1D;
};

// Rings of radius r = epsilon, 2 epsilon, ... < radius, ring r holding
// int(2 pi (r + epsilon) / epsilon) points from angle 0 to 2 pi inclusive.
class PointCloudDot : public Mobject1D {
 public:
  explicit PointCloudDot(const PointCloudDotArgs& args = {});
  MANIM_HANDLE(PointCloudDot, Mobject1D)
  double radius() const;
  PointCloudDot& generate_points();  // appends the rings (about the origin)
};

struct PointArgs {
  std::optional<Color> color{};  // BLACK
  std::optional<double> stroke_width{};
  double z_index = 0;
};

class Point : public PMobject {
 public:
  explicit Point(const Vec3& location = ORIGIN, const PointArgs& args = {});
  MANIM_HANDLE(Point, PMobject)
  Vec3 location() const;
};

// Python's numpy.arange(start, stop, step) for floats: ceil((stop - start) / step) values
// start + i * delta with delta = (start + step) - start.
std::vector<double> numpy_arange(double start, double stop, double step);

}  // namespace manim
