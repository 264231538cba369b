// A point cloud in the display list, as Manim's Camera.display_point_cloud reads it.
#include "camera/point_cloud_display.hpp"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

#include "manim/core/config.hpp"
#include "manim/mobject/types/point_cloud_mobject.hpp"

namespace manim::detail {

double adjusted_thickness(double stroke_width, int camera_pixel_width, int camera_pixel_height) {
  const Config& cfg = config();
  const double big_sum = static_cast<double>(cfg.pixel_height + cfg.pixel_width);
  const double this_sum = static_cast<double>(camera_pixel_height + camera_pixel_width);
  const double factor = this_sum > 0 ? big_sum / this_sum : 1.0;
  return 1 + (stroke_width - 1) * factor;
}

void append_point_cloud_item(const MobjectNode& node, const std::vector<Vec3>& shown,
                             double thickness, Frame& frame) {
  const auto* cloud = dynamic_cast<const PointCloudNode*>(&node);
  if (!cloud || shown.empty()) return;
  if (cloud->rgbas.size() != shown.size())
    throw std::invalid_argument(fmt::format(
        "{}: has {} points but {} colours (rgbas); set_points changes the points only, use "
        "reset_points and add_points",
        node.kind, shown.size(), cloud->rgbas.size()));
  for (const Vec3& p : shown)
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) return;
  if (!std::isfinite(thickness) || thickness < 1 || thickness > 1e4) return;
  PointCloudItem item;
  item.draw_before = frame.items.size();
  item.images_before = frame.images.size();
  item.thickness = static_cast<int>(thickness);  // Python's int(): towards zero
  item.xy.reserve(2 * shown.size());
  item.rgba.reserve(4 * shown.size());
  for (const Vec3& p : shown) {
    item.xy.push_back(p.x);
    item.xy.push_back(p.y);
  }
  // (rgb_max_val * rgbas).astype(uint8): truncation, and numpy's wrap-around for values out of
  // [0, 256) is replaced by clamping.
  auto byte = [](double c) {
    const double v = 255.0 * c;
    if (!(v > 0)) return std::uint8_t{0};
    return v >= 255.0 ? std::uint8_t{255} : static_cast<std::uint8_t>(v);
  };
  for (const Color& c : cloud->rgbas) {
    item.rgba.push_back(byte(c.r));
    item.rgba.push_back(byte(c.g));
    item.rgba.push_back(byte(c.b));
    item.rgba.push_back(byte(c.a));
  }
  frame.point_clouds.push_back(std::move(item));
}

}  // namespace manim::detail
