// Broadcast (manim/animation/specialized.py, v0.18.0).
#pragma once
#include "manim/animation/composition.hpp"

namespace manim {

struct BroadcastArgs {
  Vec3 focal_point = ORIGIN;
  int n_mobs = 5;
  double initial_opacity = 1;
  double final_opacity = 0;
  double initial_width = 0;
  bool remover = true;
  double lag_ratio = 0.2;
  double run_time = 3;
};

// n_mobs copies of the mobject grow out of focal_point one after another, fading to
// final_opacity (a LaggedStart of Restores).
class Broadcast : public LaggedStart {
 public:
  explicit Broadcast(Mobject mobject, const BroadcastArgs& a = {}, GroupArgs args = {});
};

}  // namespace manim
