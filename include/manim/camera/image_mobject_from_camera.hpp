// Manim's ImageMobjectFromCamera: a mobject showing what another (moving) camera sees, as a
// raster drawn between the scene's paths; and MultiCamera, the camera that renders those
// sub-cameras before its own picture (ZoomedScene's zoomed display).
#pragma once
#include <memory>
#include <vector>

#include "manim/camera/moving_camera.hpp"

namespace manim {

// Manim's default_display_frame_config.
struct DisplayFrameConfig {
  double stroke_width = 3;
  Color stroke_color = WHITE;
  double buff = 0;
};

namespace detail {
struct ImageFromCameraNode : MobjectNode {
  std::shared_ptr<MovingCamera> camera;
  // The sub-camera's picture from the last capture by a MultiCamera (shared by copies, as the
  // camera's pixel array is in Manim).
  std::shared_ptr<FramePtr> last_frame = std::make_shared<FramePtr>();
  std::shared_ptr<MobjectNode> display_frame;  // set by add_display_frame
  DisplayFrameConfig default_display_frame_config;
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<ImageFromCameraNode>(*this);
  }
};

// Camera::capture_mobjects calls this for a family member that is not a VMobject: an
// ImageMobjectFromCamera becomes an ImageItem (its last sub-picture, or the sub-camera's empty
// background); other kinds are not drawn.
void append_image_item(const MobjectNode& node, Frame& frame);
}  // namespace detail

class ImageMobjectFromCamera : public Mobject {
 public:
  // Four corner points (UL, UR, DL, DR) 3 units high, as wide as the camera's pixel aspect.
  explicit ImageMobjectFromCamera(std::shared_ptr<MovingCamera> camera,
                                  const DisplayFrameConfig& default_display_frame_config = {});
  MANIM_HANDLE(ImageMobjectFromCamera, Mobject)

  const std::shared_ptr<MovingCamera>& camera() const;
  // Adds a SurroundingRectangle (default_display_frame_config) as a submobject.
  ImageMobjectFromCamera& add_display_frame(const DisplayFrameConfig& config);
  ImageMobjectFromCamera& add_display_frame();
  std::optional<Mobject> display_frame() const;
  DisplayFrameConfig& default_display_frame_config() const;
};

struct MultiCameraArgs {
  MovingCameraArgs moving;
  std::vector<ImageMobjectFromCamera> image_mobjects_from_cameras;
  bool allow_cameras_to_capture_their_own_display = false;
};

class MultiCamera : public MovingCamera {
 public:
  explicit MultiCamera(const MultiCameraArgs& args = {});

  std::vector<ImageMobjectFromCamera> image_mobjects_from_cameras;
  bool allow_cameras_to_capture_their_own_display = false;

  void add_image_mobject_from_camera(const ImageMobjectFromCamera& imfc);
  // Manim's update_sub_cameras: each sub-camera gets the pixel size its display covers in this
  // camera's picture (its frame reshaped to that aspect).
  void update_sub_cameras() const;
  std::vector<Mobject> get_mobjects_indicating_movement() const override;
  // Sub-cameras first (without their own display unless allowed), then this camera's picture.
  FramePtr capture_mobjects(const std::vector<Mobject>& mobjects, std::size_t index) const override;
};

}  // namespace manim
