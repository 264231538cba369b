// Manim's MovingCameraScene and ZoomedScene: scenes whose camera follows `camera().frame`
// (play(scene.camera().frame.animate()...)), and a scene with a second, zoomed camera shown in
// a display on screen.
#pragma once
#include <memory>
#include <optional>

#include "manim/camera/image_mobject_from_camera.hpp"
#include "manim/camera/moving_camera.hpp"
#include "manim/scene/scene.hpp"

namespace manim {

class MovingCameraScene : public Scene {
 public:
  MovingCameraScene();
  explicit MovingCameraScene(std::unique_ptr<MovingCamera> camera);
  MovingCamera& camera() { return static_cast<MovingCamera&>(Scene::camera()); }
  const MovingCamera& camera() const { return static_cast<const MovingCamera&>(Scene::camera()); }
};

struct ZoomedSceneArgs {
  double zoomed_display_height = 3;
  double zoomed_display_width = 3;
  std::optional<Vec3> zoomed_display_center;  // else to_corner(zoomed_display_corner)
  Vec3 zoomed_display_corner = UP + RIGHT;
  double zoomed_display_corner_buff = DEFAULT_MOBJECT_TO_EDGE_BUFFER;
  // Manim's zoomed_camera_config: {"default_frame_stroke_width": 2, "background_opacity": 1}.
  MovingCameraArgs zoomed_camera_config = [] {
    MovingCameraArgs a;
    a.default_frame_stroke_width = 2;
    a.background_opacity = 1;
    return a;
  }();
  DisplayFrameConfig zoomed_camera_image_mobject_config;  // its default_display_frame_config
  Vec3 zoomed_camera_frame_starting_position = ORIGIN;
  double zoom_factor = 0.15;
  double image_frame_stroke_width = 3;  // kept as Manim does (Manim's ZoomedScene never reads it)
  bool zoom_activated = false;
};

class ZoomedScene : public MovingCameraScene {
 public:
  explicit ZoomedScene(const ZoomedSceneArgs& args = {});
  MultiCamera& camera() { return static_cast<MultiCamera&>(Scene::camera()); }

  // Makes zoomed_camera (a MovingCamera whose frame is zoomed_display's size times zoom_factor,
  // at zoomed_camera_frame_starting_position) and zoomed_display (its picture with a display
  // frame, at zoomed_display_center or in zoomed_display_corner). A subclass's setup() calls it.
  void setup() override;
  // Registers the display with the scene's MultiCamera, optionally plays the zoom-in and
  // pop-out animations, then adds the zoomed frame and display as foreground mobjects.
  void activate_zooming(bool animate = false);
  // The zoomed frame starts as the whole view (stroke 0) and is restored to its place.
  AnimationPtr get_zoom_in_animation(double run_time = 2, const AnimArgs& args = {});
  // The display starts over the zoomed frame and is restored to its place.
  AnimationPtr get_zoomed_display_pop_out_animation(const AnimArgs& args = {});
  // zoomed_camera.frame.height / zoomed_display.height.
  double get_zoom_factor() const;

  ZoomedSceneArgs args;
  std::shared_ptr<MovingCamera> zoomed_camera;
  std::optional<ImageMobjectFromCamera> zoomed_display;

 private:
  void require_setup(const char* what) const;
};

}  // namespace manim
