// AnimationGroup, LaggedStart, Succession: Manim's composition.py timing.
#include "manim/animation/composition.hpp"

#include <algorithm>
#include <stdexcept>

#include "animation/anim_util.hpp"
#include "manim/scene/scene.hpp"

namespace manim {

namespace {

// Manim's DEFAULT_LAGGED_START_LAG_RATIO.
constexpr double kLaggedStartLagRatio = 0.05;

// The group's mobject: every child's mobject once, Wait's placeholder left out (Manim's Group).
Mobject group_of(const std::vector<Anim>& anims) {
  std::vector<Mobject> mobs;
  for (const Anim& a : anims) {
    if (dynamic_cast<const Wait*>(a.ptr().get())) continue;
    const Mobject& m = a->mobject();
    if (std::find(mobs.begin(), mobs.end(), m) == mobs.end()) mobs.push_back(m);
  }
  return Group(mobs);
}

AnimArgs group_args(const GroupArgs& g, const char* cls) {
  AnimArgs a;
  a.rate_func = g.rate_func ? g.rate_func : RateFunc(detail::manim_linear);
  a.lag_ratio = g.lag_ratio;
  a.name = cls;
  a.remover = g.remover;
  a.introducer = g.introducer;
  return a;
}

}  // namespace

AnimationGroup::AnimationGroup(std::vector<Anim> anims, const GroupArgs& args)
    : AnimationGroup(std::move(anims), args, "AnimationGroup") {}

AnimationGroup::AnimationGroup(std::vector<Anim> anims, const GroupArgs& args, const char* name)
    : Animation(group_of(anims), group_args(args, name)), anims_(std::move(anims)) {
  build_timings();
  forced_run_time_ = args.run_time;
  set_run_time(args.run_time ? *args.run_time : max_end_);
}

AnimationGroup::AnimationGroup(std::vector<Anim> anims, const GroupArgs& args, Mobject group)
    : Animation(std::move(group), group_args(args, "AnimationGroup")), anims_(std::move(anims)) {
  build_timings();
  forced_run_time_ = args.run_time;
  set_run_time(args.run_time ? *args.run_time : max_end_);
}

void AnimationGroup::build_timings() {
  starts_.clear();
  ends_.clear();
  double t = 0;
  for (const Anim& a : anims_) {
    double start = t, end = t + a->get_run_time();
    starts_.push_back(start);
    ends_.push_back(end);
    t = (1 - lag_ratio_) * start + lag_ratio_ * end;
  }
  max_end_ = ends_.empty() ? 0.0 : *std::max_element(ends_.begin(), ends_.end());
}

double AnimationGroup::get_run_time() const { return run_time_; }

void AnimationGroup::setup_scene(Scene& scene) {
  for (const Anim& a : anims_) a->setup_scene(scene);
}

void AnimationGroup::begin() {
  if (suspend_mobject_updating_) mobject_.suspend_updating();
  for (const Anim& a : anims_) a->begin();
}

void AnimationGroup::finish() {
  for (const Anim& a : anims_) a->finish();
  if (suspend_mobject_updating_) mobject_.resume_updating();
}

void AnimationGroup::clean_up_from_scene(Scene& scene) {
  // Manim: a removing group makes every child a remover before it cleans up.
  for (const Anim& a : anims_) {
    if (remover_) a->set_remover(true);
    a->clean_up_from_scene(scene);
  }
}

void AnimationGroup::set_run_time(double t) { Animation::set_run_time(t); }

void AnimationGroup::update_mobjects(double dt) {
  for (const Anim& a : anims_) a->update_mobjects(dt);
}

void AnimationGroup::interpolate(double alpha) {
  // A group run_time only rescales this timeline: children see times in their own seconds.
  double time = rate_func_(alpha) * max_end_;
  for (std::size_t i = 0; i < anims_.size(); ++i) {
    double span = ends_[i] - starts_[i];
    double sub = span == 0 ? 0.0 : std::clamp((time - starts_[i]) / span, 0.0, 1.0);
    anims_[i]->interpolate(sub);
  }
}

LaggedStart::LaggedStart(std::vector<Anim> anims, const GroupArgs& args)
    : AnimationGroup(
          std::move(anims),
          [&] {
            GroupArgs g = args;
            if (!g.lag_ratio) g.lag_ratio = kLaggedStartLagRatio;
            return g;
          }(),
          "LaggedStart") {}

namespace {

std::vector<Anim> map_submobjects(const std::function<Anim(const Mobject&)>& make,
                                  const Mobject& mobject) {
  if (!make) throw std::invalid_argument("LaggedStartMap: needs a function making an animation");
  std::vector<Anim> anims;
  for (const Mobject& sub : mobject.submobjects()) anims.push_back(make(sub));
  return anims;
}

GroupArgs map_args(GroupArgs g) {
  if (!g.run_time) g.run_time = 2.0;
  return g;
}

}  // namespace

LaggedStartMap::LaggedStartMap(const std::function<Anim(const Mobject&)>& make,
                               const Mobject& mobject, GroupArgs args)
    : LaggedStartMap(map_submobjects(make, mobject), std::move(args)) {}

LaggedStartMap::LaggedStartMap(std::vector<Anim> anims, GroupArgs args)
    : LaggedStart(std::move(anims), map_args(std::move(args))) {
  name_ = "LaggedStartMap";
}

Succession::Succession(std::vector<Anim> anims, const GroupArgs& args)
    : AnimationGroup(
          std::move(anims),
          [&] {
            GroupArgs g = args;
            if (!g.lag_ratio) g.lag_ratio = 1.0;
            return g;
          }(),
          "Succession") {
  if (anims_.empty())
    throw std::invalid_argument("Succession: needs at least one animation, got none");
}

void Succession::setup_scene(Scene& scene) { scene_ = &scene; }

void Succession::activate(std::size_t index) {
  active_ = index;
  if (index >= anims_.size()) return;
  Animation& a = *anims_[index];
  if (scene_) a.setup_scene(*scene_);
  a.begin();
}

void Succession::next_animation() {
  if (active_ < anims_.size()) anims_[active_]->finish();
  activate(active_ + 1);
}

void Succession::begin() {
  begun_any_ = true;
  activate(0);
}

void Succession::finish() {
  if (!begun_any_) begin();
  while (active_ < anims_.size()) next_animation();
}

void Succession::update_mobjects(double dt) {
  if (active_ < anims_.size()) anims_[active_]->update_mobjects(dt);
}

void Succession::interpolate(double alpha) {
  if (!begun_any_) begin();
  double time = rate_func_(alpha) * max_end_;
  while (active_ < anims_.size() && time >= ends_[active_]) next_animation();
  if (active_ >= anims_.size()) return;
  double rt = anims_[active_]->get_run_time();
  anims_[active_]->interpolate(rt != 0 ? (time - starts_[active_]) / rt : 1.0);
}

}  // namespace manim
