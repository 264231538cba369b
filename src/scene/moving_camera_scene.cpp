// MovingCameraScene and ZoomedScene (Manim's moving_camera_scene.py and zoomed_scene.py).
#include "manim/scene/moving_camera_scene.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "manim/animation/transform_family.hpp"

namespace manim {

MovingCameraScene::MovingCameraScene() : Scene(std::make_unique<MovingCamera>()) {}

MovingCameraScene::MovingCameraScene(std::unique_ptr<MovingCamera> camera)
    : Scene(camera ? std::unique_ptr<Camera>(std::move(camera)) : nullptr) {}

ZoomedScene::ZoomedScene(const ZoomedSceneArgs& a)
    : MovingCameraScene(std::make_unique<MultiCamera>()), args(a) {}

void ZoomedScene::setup() {
  if (!(args.zoomed_display_width > 0) || !(args.zoomed_display_height > 0) ||
      !std::isfinite(args.zoomed_display_width) || !std::isfinite(args.zoomed_display_height) ||
      !(args.zoom_factor > 0) || !std::isfinite(args.zoom_factor))
    throw std::invalid_argument(fmt::format(
        "ZoomedScene: zoomed_display_width {}, zoomed_display_height {} and zoom_factor {} must "
        "all be finite and > 0",
        args.zoomed_display_width, args.zoomed_display_height, args.zoom_factor));
  zoomed_camera = std::make_shared<MovingCamera>(args.zoomed_camera_config);
  ImageMobjectFromCamera display(zoomed_camera, args.zoomed_camera_image_mobject_config);
  display.add_display_frame();
  for (Mobject mob : {zoomed_camera->frame, Mobject(display)}) {
    mob.stretch_to_fit_height(args.zoomed_display_height);
    mob.stretch_to_fit_width(args.zoomed_display_width);
  }
  zoomed_camera->frame.scale(args.zoom_factor);

  zoomed_camera->frame.move_to(args.zoomed_camera_frame_starting_position);
  if (args.zoomed_display_center)
    display.move_to(*args.zoomed_display_center);
  else
    display.to_corner(args.zoomed_display_corner, args.zoomed_display_corner_buff);
  zoomed_display = display;
}

void ZoomedScene::require_setup(const char* what) const {
  if (!zoomed_camera || !zoomed_display)
    throw std::logic_error(fmt::format(
        "ZoomedScene.{}: the zoomed camera does not exist yet; it is made by ZoomedScene.setup() "
        "(a setup() override must call it first)",
        what));
}

void ZoomedScene::activate_zooming(bool animate) {
  require_setup("activate_zooming");
  args.zoom_activated = true;
  camera().add_image_mobject_from_camera(*zoomed_display);
  if (animate) {
    play(Anim(get_zoom_in_animation()));
    play(Anim(get_zoomed_display_pop_out_animation()));
  }
  add_foreground_mobjects({zoomed_camera->frame, *zoomed_display});
}

AnimationPtr ZoomedScene::get_zoom_in_animation(double run_time, const AnimArgs& a) {
  require_setup("get_zoom_in_animation");
  Mobject frame = zoomed_camera->frame;
  const double full_height = camera().get_frame_height();
  const double full_width = camera().get_frame_width();
  frame.save_state();
  frame.stretch_to_fit_width(full_width);
  frame.stretch_to_fit_height(full_height);
  frame.center();
  frame.set_stroke(std::nullopt, 0.0);
  AnimArgs args2 = a;
  if (!args2.run_time) args2.run_time = run_time;
  return std::make_shared<Restore>(frame, args2);
}

AnimationPtr ZoomedScene::get_zoomed_display_pop_out_animation(const AnimArgs& a) {
  require_setup("get_zoomed_display_pop_out_animation");
  Mobject display = *zoomed_display;
  const Mobject& frame = zoomed_camera->frame;
  display.save_state();
  // Manim's replace(frame, stretch=True): both sizes matched, then the centres.
  display.stretch_to_fit_width(frame.width());
  display.stretch_to_fit_height(frame.height());
  display.shift(frame.get_center() - display.get_center());
  return std::make_shared<Restore>(display, a);
}

double ZoomedScene::get_zoom_factor() const {
  if (!zoomed_camera || !zoomed_display)
    throw std::logic_error("ZoomedScene.get_zoom_factor: call setup() first");
  return zoomed_camera->frame.height() / zoomed_display->height();
}

}  // namespace manim
