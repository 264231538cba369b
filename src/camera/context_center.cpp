// Manim's cached Cairo context centre (see context_center.hpp).
#include "camera/context_center.hpp"

#include <mutex>
#include <unordered_map>

#include "manim/camera/moving_camera.hpp"
#include "manim/camera/three_d_camera.hpp"
#include "mobject/family.hpp"

namespace manim::detail {
namespace {

struct Table {
  std::mutex mutex;
  std::unordered_map<const Camera*, Vec3> centers;
};

Table& table() {
  static Table t;
  return t;
}

}  // namespace

Vec3 latch_context_center(const Camera* camera, const Vec3& live) {
  Table& t = table();
  std::lock_guard lock(t.mutex);
  return t.centers.try_emplace(camera, live).first->second;
}

bool has_context_center(const Camera* camera) {
  Table& t = table();
  std::lock_guard lock(t.mutex);
  return t.centers.count(camera) > 0;
}

void forget_context_center(const Camera* camera) {
  Table& t = table();
  std::lock_guard lock(t.mutex);
  t.centers.erase(camera);
}

bool displays_vmobject(const std::vector<Mobject>& mobjects) {
  std::vector<std::shared_ptr<MobjectNode>> members;
  for (const Mobject& m : mobjects) {
    members.clear();
    collect_family(m.node_ptr(), members, /*only_with_points=*/true);
    for (const auto& n : members)
      if (n->vectorized) return true;
  }
  return false;
}

void note_scene_frame(const Camera& camera, const std::vector<Mobject>& mobjects) {
  if (dynamic_cast<const MovingCamera*>(&camera)) return;  // a fresh context every frame
  if (has_context_center(&camera) || !displays_vmobject(mobjects)) return;
  const auto* three_d = dynamic_cast<const ThreeDCamera*>(&camera);
  latch_context_center(&camera, three_d ? three_d->get_frame_center() : camera.frame_center);
}

void shift_path_item(PathItem& item, double dx, double dy) {
  if (dx == 0 && dy == 0) return;
  for (std::size_t i = 0; i + 1 < item.xy.size(); i += 2) {
    item.xy[i] += dx;
    item.xy[i + 1] += dy;
  }
  for (LinearGradient* g :
       {&item.fill_gradient, &item.stroke_gradient, &item.background_stroke_gradient}) {
    g->x0 += dx;
    g->y0 += dy;
    g->x1 += dx;
    g->y1 += dy;
  }
}

}  // namespace manim::detail
