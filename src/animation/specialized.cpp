// Broadcast: Manim's specialized.py.
#include "manim/animation/specialized.hpp"

#include <stdexcept>

#include "manim/animation/transform_family.hpp"

namespace manim {

namespace {
std::vector<Anim> broadcast_anims(const Mobject& mobject, const BroadcastArgs& a) {
  if (a.n_mobs < 0) throw std::invalid_argument("Broadcast: n_mobs must be >= 0");
  // Manim tests the constructor's fill_opacity: filled shapes fade all over, others by stroke.
  const bool fill = mobject.get_fill_opacity() != 0;
  std::vector<Anim> anims;
  for (int i = 0; i < a.n_mobs; ++i) {
    Mobject mob = mobject.copy();
    if (fill)
      mob.set_opacity(a.final_opacity);
    else
      mob.set_stroke(std::nullopt, std::nullopt, a.final_opacity);
    mob.move_to(a.focal_point);
    mob.save_state();
    mob.set_width(a.initial_width);
    if (fill)
      mob.set_opacity(a.initial_opacity);
    else
      mob.set_stroke(std::nullopt, std::nullopt, a.initial_opacity);
    AnimArgs r;
    r.remover = a.remover;
    anims.emplace_back(Restore(mob, r));
  }
  return anims;
}
}  // namespace

Broadcast::Broadcast(Mobject mobject, const BroadcastArgs& a, GroupArgs args)
    : LaggedStart(broadcast_anims(mobject, a), [&] {
        if (!args.run_time) args.run_time = a.run_time;
        if (!args.lag_ratio) args.lag_ratio = a.lag_ratio;
        return args;
      }()) {
  name_ = "Broadcast";
}

}  // namespace manim
