// ThreeDScene, as Manim's (scene/three_d_scene.py, Cairo renderer): a Scene whose camera is a
// ThreeDCamera, with set_camera_orientation, move_camera, ambient and "3D illusion" camera
// rotations, and mobjects fixed in frame or in orientation.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "manim/camera/three_d_camera.hpp"
#include "manim/scene/scene.hpp"

namespace manim {

// The keywords of set_camera_orientation / move_camera; unset ones are left as they are.
struct CameraOrientation {
  std::optional<double> phi{};
  std::optional<double> theta{};
  std::optional<double> gamma{};
  std::optional<double> zoom{};
  std::optional<double> focal_distance{};
  std::optional<Vec3> frame_center{};
};

// The operations on any scene whose camera is a ThreeDCamera (the C++ ThreeDScene below, and
// Python's ThreeDScene, which installs the camera after Scene.__init__). A scene with another
// camera throws std::invalid_argument naming the function.
namespace three_d {
ThreeDCamera& camera_of(Scene& scene, const char* fn);
// Checks every value first (a NaN or infinite one throws naming it), then sets them.
void set_camera_orientation(Scene& scene, const CameraOrientation& o);
// Plays the trackers' (and frame centre's) moves to the given values with `added_anims`.
void move_camera(Scene& scene, const CameraOrientation& o,
                 const std::vector<Anim>& added_anims = {}, const PlayArgs& args = {});
// about: "theta", "phi" or "gamma" (any case); rate in radians per second.
void begin_ambient_camera_rotation(Scene& scene, double rate = 0.02,
                                   const std::string& about = "theta");
void stop_ambient_camera_rotation(Scene& scene, const std::string& about = "theta");
void begin_3dillusion_camera_rotation(Scene& scene, double rate = 1,
                                      std::optional<double> origin_phi = std::nullopt,
                                      std::optional<double> origin_theta = std::nullopt);
void stop_3dillusion_camera_rotation(Scene& scene);
void add_fixed_orientation_mobjects(Scene& scene, const std::vector<Mobject>& mobjects,
                                    bool use_static_center_func = false,
                                    std::function<Vec3()> center_func = {});
void add_fixed_in_frame_mobjects(Scene& scene, const std::vector<Mobject>& mobjects);
void remove_fixed_orientation_mobjects(Scene& scene, const std::vector<Mobject>& mobjects);
void remove_fixed_in_frame_mobjects(Scene& scene, const std::vector<Mobject>& mobjects);
}  // namespace three_d

class ThreeDScene : public Scene {
 public:
  explicit ThreeDScene(const ThreeDCameraArgs& camera = {});

  ThreeDCamera& camera() { return three_d::camera_of(*this, "ThreeDScene.camera"); }

  // Manim's default_angled_camera_orientation_kwargs (phi 70 degrees, theta -135 degrees).
  CameraOrientation default_angled_camera_orientation_kwargs{.phi = 70 * DEGREES,
                                                             .theta = -135 * DEGREES};

  void set_camera_orientation(const CameraOrientation& o) {
    three_d::set_camera_orientation(*this, o);
  }
  void move_camera(const CameraOrientation& o, const std::vector<Anim>& added_anims = {},
                   const PlayArgs& args = {}) {
    three_d::move_camera(*this, o, added_anims, args);
  }
  void begin_ambient_camera_rotation(double rate = 0.02, const std::string& about = "theta") {
    three_d::begin_ambient_camera_rotation(*this, rate, about);
  }
  void stop_ambient_camera_rotation(const std::string& about = "theta") {
    three_d::stop_ambient_camera_rotation(*this, about);
  }
  void begin_3dillusion_camera_rotation(double rate = 1,
                                        std::optional<double> origin_phi = std::nullopt,
                                        std::optional<double> origin_theta = std::nullopt) {
    three_d::begin_3dillusion_camera_rotation(*this, rate, origin_phi, origin_theta);
  }
  void stop_3dillusion_camera_rotation() { three_d::stop_3dillusion_camera_rotation(*this); }
  // Adds them to the scene too, as Manim.
  void add_fixed_orientation_mobjects(const std::vector<Mobject>& mobjects,
                                      bool use_static_center_func = false,
                                      std::function<Vec3()> center_func = {}) {
    three_d::add_fixed_orientation_mobjects(*this, mobjects, use_static_center_func,
                                            std::move(center_func));
  }
  void add_fixed_in_frame_mobjects(const std::vector<Mobject>& mobjects) {
    three_d::add_fixed_in_frame_mobjects(*this, mobjects);
  }
  void remove_fixed_orientation_mobjects(const std::vector<Mobject>& mobjects) {
    three_d::remove_fixed_orientation_mobjects(*this, mobjects);
  }
  void remove_fixed_in_frame_mobjects(const std::vector<Mobject>& mobjects) {
    three_d::remove_fixed_in_frame_mobjects(*this, mobjects);
  }
  // default_angled_camera_orientation_kwargs updated by `overrides`, then set (Manim's method
  // reads an attribute v0.18 never defines and raises AttributeError; this is its intent).
  void set_to_default_angled_camera_orientation(const CameraOrientation& overrides = {});
};

}  // namespace manim
