// Background-coloured layers in the display list (see background_layer.hpp).
#include "camera/background_layer.hpp"

#include <memory>
#include <utility>

namespace manim::detail {

bool add_to_background_layer(Frame& frame, const MobjectNode& node, PathItem& item) {
  if (!node.vectorized) return false;
  const BackgroundImage* bg = node.style.background_image.get();
  if (!bg || !bg->rgba) return false;
  if (frame.images.empty() || frame.images.back().resampling != kBackgroundColoredLayer ||
      frame.images.back().rgba != bg->rgba ||
      frame.images.back().draw_before != frame.items.size()) {
    ImageItem layer;
    layer.draw_before = frame.items.size();
    layer.resampling = kBackgroundColoredLayer;
    layer.rgba = bg->rgba;
    layer.pixel_width = bg->width;
    layer.pixel_height = bg->height;
    auto sub = std::make_shared<Frame>();
    sub->index = frame.index;
    sub->background = Color{0, 0, 0, 0};
    sub->frame_width = frame.frame_width;
    sub->frame_height = frame.frame_height;
    sub->center_x = frame.center_x;
    sub->center_y = frame.center_y;
    layer.sub_frame = sub;
    frame.images.push_back(std::move(layer));
  }
  // The layer's frame is built here and only read once the frame is handed on.
  std::const_pointer_cast<Frame>(frame.images.back().sub_frame)->items.push_back(std::move(item));
  return true;
}

}  // namespace manim::detail
