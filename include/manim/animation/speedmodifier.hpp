// ChangeSpeed (manim/animation/speedmodifier.py, v0.18.0): plays an animation with its speed
// varying linearly between the nodes of `speedinfo` ({progress: speed}); updaters added with
// ChangeSpeed::add_updater see the modified dt while a speed-changing animation plays.
#pragma once
#include <map>

#include "manim/animation/animation.hpp"

namespace manim {

class ChangeSpeed : public Animation {
 public:
  // rate_func: the inner animation's own when not given.
  ChangeSpeed(Anim anim, std::map<double, double> speedinfo, RateFunc rate_func = {},
              bool affects_speed_updaters = true, const AnimArgs& args = {});
  void setup_scene(Scene& scene) override;
  void begin() override;
  void finish() override;
  void clean_up_from_scene(Scene& scene) override;
  void update_mobjects(double dt) override;
  void interpolate(double alpha) override;
  double get_scaled_total_time() const;
  const Anim& anim() const { return anim_; }

  // The updater gets ChangeSpeed's dt while a speed-changing animation plays (time-based ones).
  static void add_updater(Mobject& mobject, Updater f, bool time_based = true,
                          std::uintptr_t key = 0, std::optional<std::size_t> index = {},
                          bool call_updater = false);
  static double dt;
  static bool is_changing_dt;

 private:
  // Shared with the inner animation's rate function (which outlives moves of this object).
  struct Warp {
    std::map<double, double> speedinfo;
    RateFunc outer_rate;
    bool affects_speed_updaters = true;
    double t = 0;
    double scaled_total_time = 1;
    Animation* inner = nullptr;
    double operator()(double t);
  };
  Anim anim_;
  std::shared_ptr<Warp> warp_;
  bool is_wait_ = false;
};

}  // namespace manim
