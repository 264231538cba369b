// ThreeDCamera, as Manim's (camera/three_d_camera.py, Cairo renderer): the camera looks at the
// scene from the spherical angles phi (off the z axis) and theta (about it), rolled by gamma,
// with a perspective of focal_distance and a zoom. Every point is rotated and projected before
// it is drawn; members with shade_in_3d are sorted by depth and shaded from a light source.
// The angles, focal distance and zoom are ValueTrackers (animatable, as move_camera does).
#pragma once
#include <array>
#include <functional>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "manim/camera/camera.hpp"
#include "manim/mobject/three_d/three_d_utils.hpp"
#include "manim/mobject/value_tracker.hpp"
#include "manim/mobject/vmobject.hpp"

namespace manim {

struct ThreeDCameraArgs {
  double focal_distance = 20.0;
  double shading_factor = 0.2;  // kept as Manim has it; v0.18's shading does not use it
  double default_distance = 5.0;
  Vec3 light_source_start_point = Vec3{-7, -9, 10};  // 9 * DOWN + 7 * LEFT + 10 * OUT
  bool should_apply_shading = true;
  bool exponential_projection = false;
  double phi = 0;
  double theta = -90 * DEGREES;
  double gamma = 0;
  double zoom = 1;
  Vec3 frame_center = ORIGIN;
};

class ThreeDCamera : public Camera {
 public:
  explicit ThreeDCamera(const ThreeDCameraArgs& a = {});

  double focal_distance;  // the values given at construction (live values: the trackers)
  double shading_factor;
  double default_distance;
  Vec3 light_source_start_point;
  Mobject light_source;  // a one-point Mobject: move it to move the light
  bool should_apply_shading;
  bool exponential_projection;

  ValueTracker phi_tracker, theta_tracker, focal_distance_tracker, gamma_tracker, zoom_tracker;
  // Manim's _frame_center: a one-point Mobject, so move_camera can animate it.
  Mobject frame_center_point;

  // [phi, theta, focal_distance, gamma, zoom] trackers (Manim's order).
  std::vector<ValueTracker> get_value_trackers() const;
  double get_phi() const { return phi_tracker.get_value(); }
  double get_theta() const { return theta_tracker.get_value(); }
  double get_focal_distance() const { return focal_distance_tracker.get_value(); }
  double get_gamma() const { return gamma_tracker.get_value(); }
  double get_zoom() const { return zoom_tracker.get_value(); }
  // A NaN or infinite value throws std::invalid_argument naming the angle.
  void set_phi(double value);
  void set_theta(double value);
  void set_focal_distance(double value);
  void set_gamma(double value);
  void set_zoom(double value);
  Vec3 get_frame_center() const;
  void set_frame_center(const Vec3& point);

  // Rz(gamma) * Rx(-phi) * Rz(-theta - 90 degrees), as Manim's generate_rotation_matrix
  // (rows; a point p is seen at M * p).
  Mat3 generate_rotation_matrix() const;
  // Rotated about the frame centre, x and y scaled by zoom * d / (d - z) (exponential_projection:
  // exp(z / d) for z >= 0); z is kept (Manim's project_points).
  Vec3 project_point(const Vec3& point) const;
  void project_points(std::vector<Vec3>& points) const;
  void project_points(std::vector<Vec3>& points, const Mat3& rot) const;

  // ---- mobjects that do not turn with the camera (whole families are registered) ----
  // Fixed orientation: drawn unrotated, moved so that center_func() lands where the camera
  // projects it (default: the mobject's live centre; use_static_center_func: its centre now).
  void add_fixed_orientation_mobjects(const std::vector<Mobject>& mobjects,
                                      bool use_static_center_func = false,
                                      std::function<Vec3()> center_func = {});
  // Fixed in frame: drawn as a 2D camera would (titles, formulas).
  void add_fixed_in_frame_mobjects(const std::vector<Mobject>& mobjects);
  void remove_fixed_orientation_mobjects(const std::vector<Mobject>& mobjects);
  void remove_fixed_in_frame_mobjects(const std::vector<Mobject>& mobjects);
  std::vector<Mobject> fixed_in_frame_mobjects() const;
  std::vector<std::pair<Mobject, std::function<Vec3()>>> fixed_orientation_mobjects() const;
  bool is_fixed_in_frame(const Mobject& m) const;
  bool is_fixed_orientation(const Mobject& m) const;

  // The display list: members sorted by z_index, then those with shade_in_3d by depth
  // (farthest first, by their family's centre) before all others (Manim's
  // get_mobjects_to_display); points projected; shaded members get Manim's two-stop gradient.
  FramePtr capture_mobjects(const std::vector<Mobject>& mobjects, std::size_t index) const override;

 private:
  void check_value(const char* name, double value) const;
  std::vector<Mobject> fixed_in_frame_;  // family members, insertion order
  std::unordered_set<const detail::MobjectNode*> fixed_in_frame_set_;
  std::vector<std::pair<Mobject, std::function<Vec3()>>> fixed_orientation_;
  std::unordered_map<const detail::MobjectNode*, std::size_t> fixed_orientation_index_;
};

// Manim's VMobject.set_shade_in_3d(value): sets shade_in_3d on the whole family (Manim's
// z_index_as_group is not supported: members sort by their own centres).
VMobject& set_shade_in_3d(VMobject& vmobject, bool value = true);

// Manim's get_shaded_rgb: rgb + f with f = 0.5 * (normal . unit(light - point))^3, halved when
// negative (unclamped; cairo clamps when drawing). Alpha is kept.
Color get_shaded_rgb(const Color& rgb, const Vec3& point, const Vec3& unit_normal,
                     const Vec3& light_source);

}  // namespace manim
