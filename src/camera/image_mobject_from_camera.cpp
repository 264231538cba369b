// ImageMobjectFromCamera and MultiCamera (Manim's image_mobject.py ImageMobjectFromCamera and
// multi_camera.py): the sub-camera is captured into a display list of its own, which the
// renderer rasterises at the sub-camera's pixel size and places like Manim's
// display_image_mobject.
#include "manim/camera/image_mobject_from_camera.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>
#include <unordered_set>

#include "manim/mobject/types/image_mobject.hpp"

namespace manim {
namespace {

std::shared_ptr<detail::MobjectNode> make_node(std::shared_ptr<MovingCamera> camera,
                                               const DisplayFrameConfig& cfg) {
  if (!camera)
    throw std::invalid_argument("ImageMobjectFromCamera: the camera is null; pass a MovingCamera");
  auto n = std::make_shared<detail::ImageFromCameraNode>();
  detail::set_kind(*n, "AbstractImageMobject");
  detail::set_kind(*n, "ImageMobjectFromCamera");
  n->camera = std::move(camera);
  n->default_display_frame_config = cfg;
  // Manim's reset_points: the corners UL, UR, DL, DR of a 2 x 2 square, centred, stretched to
  // height 3 and to the camera's pixel aspect.
  n->points = {UP + LEFT, UP + RIGHT, DOWN + LEFT, DOWN + RIGHT};
  return n;
}

detail::ImageFromCameraNode& image_node(const Mobject& m) {
  return static_cast<detail::ImageFromCameraNode&>(m.node());
}

// The sub-camera's picture size for a display covering `display` of `main`'s picture.
std::pair<int, int> sub_pixel_shape(const MovingCamera& main, const Mobject& display) {
  const int h = static_cast<int>(main.pixel_height * display.height() / main.get_frame_height());
  const int w = static_cast<int>(main.pixel_width * display.width() / main.get_frame_width());
  // Manim divides by zero for a display scaled to nothing; one pixel draws nothing visible.
  return {std::max(h, 1), std::max(w, 1)};
}

}  // namespace

ImageMobjectFromCamera::ImageMobjectFromCamera(std::shared_ptr<MovingCamera> camera,
                                               const DisplayFrameConfig& cfg)
    : Mobject(make_node(std::move(camera), cfg)) {
  const MovingCamera& cam = *image_node(*this).camera;
  const double height = 3;  // scale_to_resolution=False: Manim's fixed height
  stretch_to_fit_height(height);
  stretch_to_fit_width(height * cam.pixel_width / std::max(cam.pixel_height, 1));
}

const std::shared_ptr<MovingCamera>& ImageMobjectFromCamera::camera() const {
  return image_node(*this).camera;
}

DisplayFrameConfig& ImageMobjectFromCamera::default_display_frame_config() const {
  return image_node(*this).default_display_frame_config;
}

ImageMobjectFromCamera& ImageMobjectFromCamera::add_display_frame() {
  return add_display_frame(default_display_frame_config());
}

ImageMobjectFromCamera& ImageMobjectFromCamera::add_display_frame(const DisplayFrameConfig& c) {
  SurroundingRectangleArgs a;
  a.stroke_width = c.stroke_width;
  a.stroke_color = c.stroke_color;
  a.color = c.stroke_color;
  a.buff = c.buff;
  SurroundingRectangle rect(*this, a);
  image_node(*this).display_frame = rect.node_ptr();
  add(rect);
  return *this;
}

std::optional<Mobject> ImageMobjectFromCamera::display_frame() const {
  const auto& subs = node().submobjects;
  const auto& df = image_node(*this).display_frame;
  // A copy's display frame is the copied rectangle: the last SurroundingRectangle child.
  for (auto it = subs.rbegin(); it != subs.rend(); ++it)
    if (*it == df) return Mobject(*it);
  for (auto it = subs.rbegin(); it != subs.rend(); ++it)
    if (detail::has_kind(**it, "SurroundingRectangle")) return Mobject(*it);
  return std::nullopt;
}

namespace detail {

void append_image_item(const MobjectNode& node, Frame& frame) {
  if (const auto* pic = dynamic_cast<const ImageNode*>(&node)) {  // an ImageMobject
    if (!pic->rgba || node.points.size() < 3) return;
    ImageItem item;
    item.draw_before = frame.items.size();
    item.ul[0] = node.points[0].x, item.ul[1] = node.points[0].y;
    item.ur[0] = node.points[1].x, item.ur[1] = node.points[1].y;
    item.dl[0] = node.points[2].x, item.dl[1] = node.points[2].y;
    item.rgba = pic->rgba;
    item.pixel_width = pic->pixel_width;
    item.pixel_height = pic->pixel_height;
    item.resampling = pic->resampling_algorithm;
    frame.images.push_back(std::move(item));
    return;
  }
  const auto* im = dynamic_cast<const ImageFromCameraNode*>(&node);
  if (!im || !im->camera || node.points.size() < 3) return;
  FramePtr sub = im->last_frame ? *im->last_frame : nullptr;
  if (!sub) sub = im->camera->capture_mobjects({}, frame.index);  // its background only
  ImageItem item;
  item.draw_before = frame.items.size();
  item.ul[0] = node.points[0].x, item.ul[1] = node.points[0].y;
  item.ur[0] = node.points[1].x, item.ur[1] = node.points[1].y;
  item.dl[0] = node.points[2].x, item.dl[1] = node.points[2].y;
  item.sub_frame = std::move(sub);
  item.pixel_width = im->camera->pixel_width;
  item.pixel_height = im->camera->pixel_height;
  frame.images.push_back(std::move(item));
}

}  // namespace detail

// ---------------------------------------------------------------- MultiCamera

MultiCamera::MultiCamera(const MultiCameraArgs& args)
    : MovingCamera(args.moving),
      allow_cameras_to_capture_their_own_display(args.allow_cameras_to_capture_their_own_display) {
  for (const auto& imfc : args.image_mobjects_from_cameras) add_image_mobject_from_camera(imfc);
}

void MultiCamera::add_image_mobject_from_camera(const ImageMobjectFromCamera& imfc) {
  if (!imfc.camera())
    throw std::invalid_argument(
        "MultiCamera.add_image_mobject_from_camera: the ImageMobjectFromCamera has no camera");
  image_mobjects_from_cameras.push_back(imfc);
}

std::vector<Mobject> MultiCamera::get_mobjects_indicating_movement() const {
  std::vector<Mobject> out{frame};
  for (const auto& imfc : image_mobjects_from_cameras) out.push_back(imfc.camera()->frame);
  return out;
}

void MultiCamera::update_sub_cameras() const {
  for (const auto& imfc : image_mobjects_from_cameras) {
    const auto [h, w] = sub_pixel_shape(*this, imfc);
    imfc.camera()->reset_pixel_shape(h, w);
  }
}

FramePtr MultiCamera::capture_mobjects(const std::vector<Mobject>& mobjects,
                                       std::size_t index) const {
  update_sub_cameras();
  for (const auto& imfc : image_mobjects_from_cameras) {
    std::vector<Mobject> to_add = mobjects;
    if (!allow_cameras_to_capture_their_own_display) {
      // Manim's list_difference_update: top-level entries that belong to the display's family.
      std::unordered_set<const detail::MobjectNode*> family;
      for (const Mobject& f : imfc.get_family()) family.insert(f.node_ptr().get());
      std::erase_if(to_add, [&](const Mobject& m) { return family.count(m.node_ptr().get()); });
    }
    *image_node(imfc).last_frame = imfc.camera()->capture_mobjects(to_add, index);
  }
  return MovingCamera::capture_mobjects(mobjects, index);
}

}  // namespace manim
