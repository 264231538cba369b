// Manim's MovingCamera: the view follows `frame`, an ordinary mobject (a ScreenRectangle-shaped
// Rectangle, stroke width 0, not added to the scene). Move, scale, stretch or animate the frame
// and the next captured picture shows what it covers: its centre is the view's centre, its width
// and height the scene units across and down the picture (a frame stretched out of the pixel
// aspect stretches the picture, as Manim's cairo matrix does).
#pragma once
#include <vector>

#include "manim/animation/animate.hpp"
#include "manim/camera/camera.hpp"
#include "manim/mobject/geometry.hpp"

namespace manim {

struct MovingCameraArgs {
  std::optional<Mobject> frame;  // default: ScreenRectangle(height=config frame_height)
  int fixed_dimension = 0;       // 0 keeps the width when the pixel shape changes, 1 the height
  Color default_frame_stroke_color = WHITE;
  double default_frame_stroke_width = 0;
  std::optional<Color> background_color;  // default: config's
  std::optional<double> background_opacity;
};

// What auto_zoom computes: the frame goes to (x, y) and is scaled so that `width` (or, when
// fit_height, `height`) becomes `size` (Manim's set(width=...) / set(height=...)).
struct AutoZoomPlan {
  double x = 0, y = 0;
  bool fit_height = false;
  double size = 0;
};

class MovingCamera : public Camera {
 public:
  explicit MovingCamera(const MovingCameraArgs& args = {});

  // The mobject whose centre and size are the view (Manim's camera.frame).
  Mobject frame;
  int fixed_dimension = 0;
  Color default_frame_stroke_color = WHITE;
  double default_frame_stroke_width = 0;

  // Manim's frame_width / frame_height / frame_center properties: read from the frame; the
  // setters stretch (width, height) or move (center) it. The base fields are not used.
  double get_frame_width() const { return frame.width(); }
  double get_frame_height() const { return frame.height(); }
  Vec3 get_frame_center() const { return frame.get_center(); }
  void set_frame_width(double w);
  void set_frame_height(double h);
  void set_frame_center(const Vec3& c) { frame.move_to(c); }
  // Manim's reset_pixel_shape: a new pixel size, the frame reshaped to its aspect.
  void reset_pixel_shape(int new_height, int new_width);
  // Camera.resize_frame_shape through the frame (fixed_dimension as Manim's).
  void resize_frame_shape(int fixed_dimension = 0);

  // Manim's Camera.is_in_frame: the mobject's bounding box meets the view.
  bool is_in_frame(const Mobject& m) const;
  // Manim's auto_zoom: the frame centred on the mobjects' bounding box, its larger side
  // (relative to the frame's) fitted plus `margin`. The frame itself and, with
  // only_mobjects_in_frame, mobjects outside the view are left out. Throws
  // std::invalid_argument when nothing is left.
  AutoZoomPlan plan_auto_zoom(const std::vector<Mobject>& mobjects, double margin = 0,
                              bool only_mobjects_in_frame = false) const;
  // animate=True: the frame's .animate builder (play it); apply_auto_zoom: animate=False.
  Animate auto_zoom(const std::vector<Mobject>& mobjects, double margin = 0,
                    bool only_mobjects_in_frame = false) const;
  Mobject apply_auto_zoom(const std::vector<Mobject>& mobjects, double margin = 0,
                          bool only_mobjects_in_frame = false);

  // Manim's get_mobjects_indicating_movement.
  virtual std::vector<Mobject> get_mobjects_indicating_movement() const { return {frame}; }

  // The base capture with the frame's view; throws std::invalid_argument naming camera.frame
  // when its width or height is not finite and > 0 (set(width=0), a NaN shift).
  FramePtr capture_mobjects(const std::vector<Mobject>& mobjects, std::size_t index) const override;

 protected:
  // The base camera with this camera's view copied into its fields (checked as above).
  Camera view() const;
};

}  // namespace manim
