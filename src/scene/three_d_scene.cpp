// ThreeDScene: Manim's camera operations of scene/three_d_scene.py on a ThreeDCamera.
#include "manim/scene/three_d_scene.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <memory>
#include <stdexcept>

#include "manim/animation/animate.hpp"

namespace manim::three_d {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

ValueTracker& tracker_about(ThreeDCamera& cam, const std::string& about, const char* fn) {
  const std::string a = lower(about);
  if (a == "theta") return cam.theta_tracker;
  if (a == "phi") return cam.phi_tracker;
  if (a == "gamma") return cam.gamma_tracker;
  throw std::invalid_argument(fmt::format(
      "{}: Invalid ambient rotation angle '{}'; use 'theta', 'phi' or 'gamma'", fn, about));
}

void check(const char* fn, const char* name, const std::optional<double>& v) {
  if (v && !std::isfinite(*v))
    throw std::invalid_argument(
        fmt::format("{}: {} must be a finite number (radians for angles), got {}", fn, name, *v));
}

void check_all(const char* fn, const CameraOrientation& o) {
  check(fn, "phi", o.phi);
  check(fn, "theta", o.theta);
  check(fn, "gamma", o.gamma);
  check(fn, "zoom", o.zoom);
  check(fn, "focal_distance", o.focal_distance);
  if (o.frame_center && !o.frame_center->is_finite())
    throw std::invalid_argument(
        fmt::format("{}: frame_center must be a finite point, got ({}, "
                    "{}, {})",
                    fn, o.frame_center->x, o.frame_center->y, o.frame_center->z));
}

Anim tracker_to(const ValueTracker& t, double v) {
  return Anim(Animate(t).apply([v](Mobject& m) { m.as<ValueTracker>().set_value(v); }));
}

}  // namespace

ThreeDCamera& camera_of(Scene& scene, const char* fn) {
  auto* cam = dynamic_cast<ThreeDCamera*>(&scene.camera());
  if (!cam)
    throw std::invalid_argument(
        fmt::format("{}: the scene's camera is not a ThreeDCamera; use a ThreeDScene", fn));
  return *cam;
}

void set_camera_orientation(Scene& scene, const CameraOrientation& o) {
  const char* fn = "ThreeDScene.set_camera_orientation";
  ThreeDCamera& cam = camera_of(scene, fn);
  check_all(fn, o);
  if (o.phi) cam.set_phi(*o.phi);
  if (o.theta) cam.set_theta(*o.theta);
  if (o.focal_distance) cam.set_focal_distance(*o.focal_distance);
  if (o.gamma) cam.set_gamma(*o.gamma);
  if (o.zoom) cam.set_zoom(*o.zoom);
  if (o.frame_center) cam.set_frame_center(*o.frame_center);
}

void move_camera(Scene& scene, const CameraOrientation& o, const std::vector<Anim>& added_anims,
                 const PlayArgs& args) {
  const char* fn = "ThreeDScene.move_camera";
  ThreeDCamera& cam = camera_of(scene, fn);
  check_all(fn, o);
  std::vector<Anim> anims;
  // Manim's order: phi, theta, focal_distance, gamma, zoom, then the frame centre.
  if (o.phi) anims.push_back(tracker_to(cam.phi_tracker, *o.phi));
  if (o.theta) anims.push_back(tracker_to(cam.theta_tracker, *o.theta));
  if (o.focal_distance) anims.push_back(tracker_to(cam.focal_distance_tracker, *o.focal_distance));
  if (o.gamma) anims.push_back(tracker_to(cam.gamma_tracker, *o.gamma));
  if (o.zoom) anims.push_back(tracker_to(cam.zoom_tracker, *o.zoom));
  if (o.frame_center)
    anims.push_back(Anim(Animate(cam.frame_center_point).move_to(*o.frame_center)));
  anims.insert(anims.end(), added_anims.begin(), added_anims.end());
  if (anims.empty())
    throw std::invalid_argument(
        "ThreeDScene.move_camera: nothing to move; give phi, theta, gamma, zoom, focal_distance, "
        "frame_center or added_anims");
  scene.play(anims, args);
  // As Manim: the frame centre leaves the scene once it has moved (it is never drawn).
  if (o.frame_center) scene.remove({cam.frame_center_point});
  cam.frame_center = cam.get_frame_center();
}

void begin_ambient_camera_rotation(Scene& scene, double rate, const std::string& about) {
  const char* fn = "ThreeDScene.begin_ambient_camera_rotation";
  ThreeDCamera& cam = camera_of(scene, fn);
  check(fn, "rate", rate);
  ValueTracker& t = tracker_about(cam, about, fn);
  t.add_updater([rate](Mobject& m, double dt) { m.as<ValueTracker>().increment_value(rate * dt); });
  scene.add({t});
}

void stop_ambient_camera_rotation(Scene& scene, const std::string& about) {
  const char* fn = "ThreeDScene.stop_ambient_camera_rotation";
  ValueTracker& t = tracker_about(camera_of(scene, fn), about, fn);
  t.clear_updaters();
  scene.remove({t});
}

void begin_3dillusion_camera_rotation(Scene& scene, double rate, std::optional<double> origin_phi,
                                      std::optional<double> origin_theta) {
  const char* fn = "ThreeDScene.begin_3dillusion_camera_rotation";
  ThreeDCamera& cam = camera_of(scene, fn);
  check(fn, "rate", rate);
  check(fn, "origin_phi", origin_phi);
  check(fn, "origin_theta", origin_theta);
  const double theta0 = origin_theta.value_or(cam.get_theta());
  const double phi0 = origin_phi.value_or(cam.get_phi());
  // Each tracker runs its own clock: theta swings 0.2 sin(t rate), phi 0.1 cos(t rate) - 0.1.
  auto theta_clock = std::make_shared<double>(0);
  cam.theta_tracker.add_updater([=](Mobject& m, double dt) {
    *theta_clock += dt * rate;
    m.as<ValueTracker>().set_value(theta0 + 0.2 * std::sin(*theta_clock));
  });
  scene.add({cam.theta_tracker});
  auto phi_clock = std::make_shared<double>(0);
  cam.phi_tracker.add_updater([=](Mobject& m, double dt) {
    *phi_clock += dt * rate;
    m.as<ValueTracker>().set_value(phi0 + 0.1 * std::cos(*phi_clock) - 0.1);
  });
  scene.add({cam.phi_tracker});
}

void stop_3dillusion_camera_rotation(Scene& scene) {
  ThreeDCamera& cam = camera_of(scene, "ThreeDScene.stop_3dillusion_camera_rotation");
  cam.theta_tracker.clear_updaters();
  scene.remove({cam.theta_tracker});
  cam.phi_tracker.clear_updaters();
  scene.remove({cam.phi_tracker});
}

void add_fixed_orientation_mobjects(Scene& scene, const std::vector<Mobject>& mobjects,
                                    bool use_static_center_func,
                                    std::function<Vec3()> center_func) {
  ThreeDCamera& cam = camera_of(scene, "ThreeDScene.add_fixed_orientation_mobjects");
  scene.add(mobjects);
  cam.add_fixed_orientation_mobjects(mobjects, use_static_center_func, std::move(center_func));
}

void add_fixed_in_frame_mobjects(Scene& scene, const std::vector<Mobject>& mobjects) {
  ThreeDCamera& cam = camera_of(scene, "ThreeDScene.add_fixed_in_frame_mobjects");
  scene.add(mobjects);
  cam.add_fixed_in_frame_mobjects(mobjects);
}

void remove_fixed_orientation_mobjects(Scene& scene, const std::vector<Mobject>& mobjects) {
  camera_of(scene, "ThreeDScene.remove_fixed_orientation_mobjects")
      .remove_fixed_orientation_mobjects(mobjects);
}

void remove_fixed_in_frame_mobjects(Scene& scene, const std::vector<Mobject>& mobjects) {
  camera_of(scene, "ThreeDScene.remove_fixed_in_frame_mobjects")
      .remove_fixed_in_frame_mobjects(mobjects);
}

}  // namespace manim::three_d

namespace manim {

ThreeDScene::ThreeDScene(const ThreeDCameraArgs& camera)
    : Scene(std::make_unique<ThreeDCamera>(camera)) {}

void ThreeDScene::set_to_default_angled_camera_orientation(const CameraOrientation& overrides) {
  CameraOrientation o = default_angled_camera_orientation_kwargs;
  if (overrides.phi) o.phi = overrides.phi;
  if (overrides.theta) o.theta = overrides.theta;
  if (overrides.gamma) o.gamma = overrides.gamma;
  if (overrides.zoom) o.zoom = overrides.zoom;
  if (overrides.focal_distance) o.focal_distance = overrides.focal_distance;
  if (overrides.frame_center) o.frame_center = overrides.frame_center;
  set_camera_orientation(o);
}

}  // namespace manim
