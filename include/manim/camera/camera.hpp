// The camera, as Manim's Camera: what part of the scene is seen (frame centre and width, in
// scene units), at which pixel size, on which background; it turns the scene's mobjects into
// a Frame (display list). A MovingCamera or ThreeDCamera derives from it and changes the view
// (frame_center, frame_width) or overrides capture_mobjects.
#pragma once
#include <cstddef>
#include <vector>

#include "manim/camera/frame.hpp"
#include "manim/core/color.hpp"
#include "manim/core/vec3.hpp"
#include "manim/mobject/mobject.hpp"

namespace manim {

class Camera {
 public:
  // Takes pixel size, frame width and background from config(), then sizes the frame height
  // to the pixel aspect (Manim's resize_frame_shape), so pixels are square.
  Camera();
  virtual ~Camera();
  Camera(const Camera&) = default;
  Camera& operator=(const Camera&) = default;

  Color background_color;
  double background_opacity = 1;
  int pixel_width = 1920;
  int pixel_height = 1080;
  double frame_width = 128.0 / 9.0;
  double frame_height = 8.0;
  Vec3 frame_center = ORIGIN;

  // Keeps the pixel aspect: fixed_dimension 0 keeps frame_width and sets frame_height,
  // 1 keeps frame_height and sets frame_width (Manim's resize_frame_shape).
  void resize_frame_shape(int fixed_dimension = 0);
  // Scene point -> pixel coordinates (x right, y down, pixel i covers [i, i+1]); z ignored.
  Vec3 point_to_pixel(const Vec3& point) const;
  // Pixels per scene unit (square pixels).
  double pixels_per_unit() const { return pixel_width / frame_width; }

  // The display list of `mobjects` as seen now: every family member with points (depth
  // first, scene order, each drawn once at its last occurrence), stably sorted by z_index as
  // Manim's get_mobjects_to_display, paths split into subpaths as its set_cairo_context_path.
  // Throws std::invalid_argument for a non-positive or non-finite frame_width.
  virtual FramePtr capture_mobjects(const std::vector<Mobject>& mobjects, std::size_t index) const;
};

}  // namespace manim
