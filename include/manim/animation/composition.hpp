// AnimationGroup, LaggedStart, Succession (manim/animation/composition.py, v0.18.0).
#pragma once
#include <functional>
#include <vector>

#include "manim/animation/animation.hpp"

namespace manim {

struct GroupArgs {
  std::optional<double> run_time;
  RateFunc rate_func;  // default linear
  std::optional<double> lag_ratio;
  std::optional<bool> remover{};  // passed on to every child when the group cleans up
  std::optional<bool> introducer{};
};

// Children run in windows: start_0 = 0, end_i = start_i + run_time_i,
// start_{i+1} = start_i + lag_ratio * run_time_i; the group lasts max(end).
class AnimationGroup : public Animation {
 public:
  explicit AnimationGroup(std::vector<Anim> anims, const GroupArgs& args = {});
  // With the group mobject given (Manim's group=...): the one play() adds to the scene.
  AnimationGroup(std::vector<Anim> anims, const GroupArgs& args, Mobject group);
  void setup_scene(Scene& scene) override;
  void begin() override;
  void finish() override;
  void clean_up_from_scene(Scene& scene) override;
  void update_mobjects(double dt) override;
  void interpolate(double alpha) override;
  double get_run_time() const override;
  void set_run_time(double t) override;
  const std::vector<Anim>& animations() const { return anims_; }
  // (animation, start, end) in seconds of the group's own timeline (Manim's anims_with_timings).
  const std::vector<double>& starts() const { return starts_; }
  const std::vector<double>& ends() const { return ends_; }

 protected:
  AnimationGroup(std::vector<Anim> anims, const GroupArgs& args, const char* name);
  void build_timings();
  std::vector<Anim> anims_;
  std::vector<double> starts_, ends_;
  double max_end_ = 0;
  std::optional<double> forced_run_time_;
};

class LaggedStart : public AnimationGroup {
 public:
  explicit LaggedStart(std::vector<Anim> anims, const GroupArgs& args = {});  // lag_ratio 0.05
};

// One animation per submobject, make(submob), in a LaggedStart whose run_time defaults to 2
// (Manim's LaggedStartMap; the group's run_time rescales the lagged timeline).
class LaggedStartMap : public LaggedStart {
 public:
  LaggedStartMap(const std::function<Anim(const Mobject&)>& make, const Mobject& mobject,
                 GroupArgs args = {});
  // The animations already built (the Python binding calls AnimationClass itself).
  LaggedStartMap(std::vector<Anim> anims, GroupArgs args);
};

class Succession : public AnimationGroup {
 public:
  explicit Succession(std::vector<Anim> anims, const GroupArgs& args = {});  // lag_ratio 1
  // Children are set up in the scene one by one, as each becomes active.
  void setup_scene(Scene& scene) override;
  void begin() override;
  void finish() override;
  void interpolate(double alpha) override;
  void update_mobjects(double dt) override;
  std::size_t active_index() const { return active_; }
  bool has_begun() const { return begun_any_; }
  // The running child, or nullptr before begin and after the last one.
  Animation* active_animation() const {
    return begun_any_ && active_ < anims_.size() ? &*anims_[active_] : nullptr;
  }

 private:
  void activate(std::size_t index);
  void next_animation();
  std::size_t active_ = 0;
  bool begun_any_ = false;
  Scene* scene_ = nullptr;
};

}  // namespace manim
