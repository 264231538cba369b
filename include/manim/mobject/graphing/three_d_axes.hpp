// Manim CE's ThreeDAxes: Axes with a third NumberLine turned to point OUT of the screen, cut into
// pieces and shaded so that a ThreeDCamera depth-sorts it among 3D surfaces.
//   ThreeDAxes ax({.x_range = {-3, 3, 1}, .z_range = {-5, 5, 1}});
//   Vec3 p = ax.c2p(1, 2, 3);
#pragma once
#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include "manim/mobject/graphing.hpp"
#include "manim/mobject/three_d/three_dimensions.hpp"

namespace manim {

struct ThreeDAxesArgs {
  std::vector<double> x_range = {-6, 6, 1};
  std::vector<double> y_range = {-5, 5, 1};
  std::vector<double> z_range = {-4, 4, 1};
  std::optional<double> x_length = 10.5;  // frame_height + 2.5; nullopt: 1 unit per unit
  std::optional<double> y_length = 10.5;  // frame_height + 2.5
  std::optional<double> z_length = 6.5;   // frame_height - 1.5
  NumberLineArgs axis_config{};
  NumberLineArgs x_axis_config{};
  NumberLineArgs y_axis_config{};
  NumberLineArgs z_axis_config{};
  bool tips = true;
  Vec3 z_normal = DOWN;  // the z axis is turned about OUT by angle_of_vector(z_normal)
  int num_axis_pieces = 20;
  // A direction: each axis' gradient runs between its edges at -light_source and light_source.
  Vec3 light_source = 9 * DOWN + 7 * LEFT + 10 * OUT;
  std::optional<double> depth{};  // kept, unused (as Manim's Cairo renderer)
  double gloss = 0.5;             // kept, unused (as Manim's Cairo renderer)
};

// Options of plot_surface (Manim's keywords); `surface` is passed on to Surface.
struct PlotSurfaceArgs {
  std::pair<double, double> u_range{0, 1};
  std::pair<double, double> v_range{0, 1};
  // Empty: Surface's own colours. Colours alone are spread over the range of colorscale_axis.
  std::vector<Color> colorscale{};
  std::vector<ColorPivot> colorscale_pivots{};  // (colour, value) pivots instead of colours
  int colorscale_axis = 2;
  SurfaceArgs surface{};  // u_range / v_range of it are replaced by the two above
};

// Submobjects [x_axis, y_axis, z_axis]. Each axis (its family as built) has shade_in_3d, its
// line stroke width 0 and `num_axis_pieces` line pieces added as its last child, drawn instead.
class ThreeDAxes : public Axes {
 public:
  explicit ThreeDAxes(const ThreeDAxesArgs& a = {});
  MANIM_HANDLE(ThreeDAxes, Axes)

  NumberLine z_axis() const;
  NumberLine get_z_axis() const { return z_axis(); }
  VGroup get_axes() const;  // [x_axis, y_axis, z_axis]
  std::vector<double> z_range() const;
  Vec3 z_normal() const;
  int num_axis_pieces() const;
  Vec3 light_source() const;
  double get_z_unit_size() const;

  // x_axis(x) + (y_axis(y) - origin) + (z_axis(z) - origin), from the current positions; with
  // two coordinates the z axis is left out (as Manim: not the same as z = 0 when the z range
  // does not hold 0).
  Vec3 coords_to_point(double x, double y) const { return Axes::coords_to_point(x, y); }
  Vec3 coords_to_point(double x, double y, double z) const;
  Vec3 c2p(double x, double y) const { return coords_to_point(x, y); }
  Vec3 c2p(double x, double y, double z) const { return coords_to_point(x, y, z); }
  Vec3 point_to_coords(const Vec3& p) const;  // each axis' point_to_number
  Vec3 p2c(const Vec3& p) const { return point_to_coords(p); }

  // Labels: placed as Axes' labels, then turned by `rotation` about `rotation_axis`.
  Mobject get_y_axis_label(const Mobject& label, const Vec3& edge = UR, const Vec3& direction = UR,
                           double buff = SMALL_BUFF, double rotation = PI / 2,
                           const Vec3& rotation_axis = OUT) const;
  Mobject get_y_axis_label(const std::string& label, const Vec3& edge = UR,
                           const Vec3& direction = UR, double buff = SMALL_BUFF,
                           double rotation = PI / 2, const Vec3& rotation_axis = OUT) const;
  Mobject get_z_axis_label(const Mobject& label, const Vec3& edge = OUT,
                           const Vec3& direction = RIGHT, double buff = SMALL_BUFF,
                           double rotation = PI / 2, const Vec3& rotation_axis = RIGHT) const;
  Mobject get_z_axis_label(const std::string& label, const Vec3& edge = OUT,
                           const Vec3& direction = RIGHT, double buff = SMALL_BUFF,
                           double rotation = PI / 2, const Vec3& rotation_axis = RIGHT) const;
  VGroup get_axis_labels(const Mobject& x_label, const Mobject& y_label,
                         const Mobject& z_label) const;
  VGroup get_axis_labels(const std::string& x_label = "x", const std::string& y_label = "y",
                         const std::string& z_label = "z") const;
  // Numbers on all three axes (the labels are coordinate_labels()).
  ThreeDAxes& add_coordinates(std::optional<std::vector<double>> x = std::nullopt,
                              std::optional<std::vector<double>> y = std::nullopt,
                              std::optional<std::vector<double>> z = std::nullopt);

  // A Surface through c2p(u, v, function(u, v)), coloured by value when a colorscale is given
  // (Manim's plot_surface with the Cairo renderer).
  Surface plot_surface(const std::function<double(double, double)>& function,
                       const PlotSurfaceArgs& a = {}) const;
};

namespace three_d_axes {
// For a ThreeDCamera: the members of a ThreeDAxes' axes as built, each with its own axis
// (whose box gives the gradient's ends) and the light direction. `visit` is called for every
// ThreeDAxes in the family of `root` (itself included).
struct AxisShading {
  const detail::MobjectNode* member;
  std::shared_ptr<detail::MobjectNode> axis;
  Vec3 light_source;
};
void collect_axis_shading(const std::shared_ptr<detail::MobjectNode>& root,
                          std::vector<AxisShading>& out);
// Manim's sheen of the axes' members: the second colour stop gets + 0.2 on r, g, b (clipped).
inline constexpr double axis_sheen_factor = 0.2;
}  // namespace three_d_axes

}  // namespace manim
