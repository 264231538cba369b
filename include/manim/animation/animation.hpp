// Animation: Manim's base class (manim/animation/animation.py, v0.18.0 semantics).
// An animation interpolates its mobject between a starting copy and its end state; with a
// lag_ratio each family member with points runs its own window (Manim's sub-alpha formula).
#pragma once
#include <concepts>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "manim/core/rate_functions.hpp"
#include "manim/mobject/mobject.hpp"

namespace manim {

class Scene;
class Animate;

// Keyword arguments every animation takes; unset fields keep the animation's own default.
struct AnimArgs {
  std::optional<double> run_time;
  RateFunc rate_func;
  std::optional<double> lag_ratio;
  std::string name;
  std::optional<bool> remover{};     // removed from the scene when done
  std::optional<bool> introducer{};  // added to the scene when it starts
  std::optional<bool> suspend_mobject_updating{};
};

class Animation {
 public:
  explicit Animation(Mobject mobject, const AnimArgs& args = {});
  Animation(const Animation&) = default;
  Animation(Animation&&) = default;
  virtual ~Animation() = default;

  // Lifecycle as Scene::play drives it: setup_scene, begin, interpolate(t / run_time) per
  // frame, finish (alpha 1, not rendered in this play), clean_up_from_scene.
  virtual void setup_scene(Scene& scene);
  virtual void begin();
  virtual void finish();
  virtual void clean_up_from_scene(Scene& scene);
  virtual void update_mobjects(double dt);
  // Manim's interpolate(alpha) == interpolate_mobject(alpha): alpha is t / run_time, the rate
  // function is applied per member through get_sub_alpha.
  virtual void interpolate(double alpha);
  // members: the zipped family members with points of get_all_mobjects() (mobject first).
  virtual void interpolate_submobject(std::vector<Mobject>& members, double sub_alpha);
  virtual Mobject create_starting_mobject();
  virtual std::vector<Mobject> get_all_mobjects() const;

  virtual double get_run_time() const { return run_time_; }
  virtual void set_run_time(double t);
  virtual void set_rate_func(RateFunc f) { rate_func_ = std::move(f); }
  const RateFunc& rate_func() const { return rate_func_; }
  double lag_ratio() const { return lag_ratio_; }
  virtual bool is_introducer() const { return introducer_; }
  virtual bool is_remover() const { return remover_; }
  virtual void set_remover(bool r) { remover_ = r; }
  void set_introducer(bool i) { introducer_ = i; }
  void set_lag_ratio(double lag);
  void set_name(std::string n) { name_ = std::move(n); }
  bool suspends_mobject_updating() const { return suspend_mobject_updating_; }
  void set_suspend_mobject_updating(bool s) { suspend_mobject_updating_ = s; }
  const Mobject& mobject() const { return mobject_; }
  void set_mobject(Mobject m) { mobject_ = std::move(m); }
  const Mobject& starting_mobject() const { return starting_mobject_; }
  const std::string& name() const { return name_; }

  // rate(alpha * (1 + (n-1) lag) - index * lag): Manim's get_sub_alpha.
  double get_sub_alpha(double alpha, std::size_t index, std::size_t n) const;

 protected:
  // Sets run_time / rate_func / lag_ratio / name from the fields the caller set; a bad run_time
  // throws std::invalid_argument naming the animation.
  void apply_args(const AnimArgs& args);
  // Only remover / introducer / suspend_mobject_updating (after a subclass set its defaults).
  void apply_flags(const AnimArgs& args);
  // The mobjects whose families interpolate() zips (Transform leaves its target out).
  virtual std::vector<Mobject> get_zipped_mobjects() const { return get_all_mobjects(); }
  Mobject mobject_;
  Mobject starting_mobject_;
  double run_time_ = 1.0;
  RateFunc rate_func_;
  double lag_ratio_ = 0.0;
  bool introducer_ = false;
  bool remover_ = false;
  // Manim's reverse_rate_function (Uncreate): members get rate(1 - x) instead of rate(x).
  bool reverse_rate_function_ = false;
  bool suspend_mobject_updating_ = true;
  std::string name_;
};

using AnimationPtr = std::shared_ptr<Animation>;

// What play() and the group animations accept: any Animation value, a shared pointer to
// one, or a `.animate()` builder.
class Anim {
 public:
  template <class A>
  requires std::derived_from<std::decay_t<A>, Animation> Anim(A&& a)
      : p_(std::make_shared<std::decay_t<A>>(std::forward<A>(a))) {}
  Anim(AnimationPtr p);
  Anim(const Animate& a);
  Animation* operator->() const { return p_.get(); }
  Animation& operator*() const { return *p_; }
  const AnimationPtr& ptr() const { return p_; }

 private:
  AnimationPtr p_;
};

// Manim's Wait as an animation (inside Succession etc.); Scene::wait is the usual call.
// Played alone it is Scene::wait(run_time, stop_condition, frozen_frame).
class Wait : public Animation {
 public:
  explicit Wait(double run_time = 1.0, const AnimArgs& args = {});
  // As Manim: a stop condition with frozen_frame=true throws std::invalid_argument.
  Wait(double run_time, std::function<bool()> stop_condition, std::optional<bool> frozen_frame,
       const AnimArgs& args = {});
  std::function<bool()> stop_condition;
  std::optional<bool> frozen_frame;
};

}  // namespace manim
