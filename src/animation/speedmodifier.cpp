// ChangeSpeed: Manim's speedmodifier.py, with its piecewise quadratic time warp.
#include "manim/animation/speedmodifier.hpp"

#include <cmath>
#include <stdexcept>

#include "animation/anim_util.hpp"

namespace manim {

double ChangeSpeed::dt = 0;
bool ChangeSpeed::is_changing_dt = false;

namespace {
// Time spent on a segment of unit length whose speed goes linearly from v0 to v1.
double f_inv_1(double v0, double v1) { return 2 / (v0 + v1); }
double speed_modifier(double x, double v0, double v1) {
  return (v1 * v1 - v0 * v0) * x * x / 4 + v0 * x;
}
}  // namespace

ChangeSpeed::ChangeSpeed(Anim anim, std::map<double, double> speedinfo, RateFunc rate_func,
                         bool affects_speed_updaters, const AnimArgs& args)
    : Animation(anim->mobject(), detail::named(args, "ChangeSpeed", anim->mobject())),
      anim_(std::move(anim)),
      warp_(std::make_shared<Warp>()) {
  auto& speedinfo_ = warp_->speedinfo;
  speedinfo_ = std::move(speedinfo);
  warp_->affects_speed_updaters = affects_speed_updaters;
  warp_->inner = anim_.ptr().get();
  if (speedinfo_.empty()) throw std::invalid_argument("ChangeSpeed: speedinfo is empty");
  for (auto& [node, speed] : speedinfo_)
    if (!std::isfinite(node) || !std::isfinite(speed) || speed < 0)
      throw std::invalid_argument("ChangeSpeed: speedinfo needs finite nodes and speeds >= 0");
  is_wait_ = dynamic_cast<const Wait*>(anim_.ptr().get()) != nullptr;
  if (affects_speed_updaters) {
    if (is_changing_dt)
      throw std::logic_error(
          "ChangeSpeed: only one animation at a time can play that changes speed (dt) for "
          "ChangeSpeed updaters");
    is_changing_dt = true;
  }
  warp_->outer_rate = rate_func ? rate_func : anim_->rate_func();
  if (!warp_->outer_rate) warp_->outer_rate = [](double t) { return smooth(t); };
  if (!speedinfo_.count(0)) speedinfo_[0] = 1;
  if (!speedinfo_.count(1)) speedinfo_[1] = speedinfo_.rbegin()->second;
  warp_->scaled_total_time = get_scaled_total_time();
  std::shared_ptr<Warp> w = warp_;
  anim_->set_rate_func([w](double t) { return (*w)(t); });
  rate_func_ = warp_->outer_rate;
  set_run_time(warp_->scaled_total_time * anim_->get_run_time());
}

double ChangeSpeed::get_scaled_total_time() const {
  const auto& speedinfo_ = warp_->speedinfo;
  double prev = 0, v0 = speedinfo_.begin()->second, total = 0;
  for (auto it = std::next(speedinfo_.begin()); it != speedinfo_.end(); ++it) {
    total += (it->first - prev) * f_inv_1(v0, it->second);
    prev = it->first;
    v0 = it->second;
  }
  return total;
}

double ChangeSpeed::Warp::operator()(double tt) {
  const double scaled_total_time_ = scaled_total_time;
  const auto& speedinfo_ = speedinfo;
  if (tt == 1) is_changing_dt = false;
  const double x = outer_rate(tt);
  // numpy.piecewise: every segment whose window holds x applies, the last one wins; none: 0.
  double new_t = 0;
  double prev = 0, v0 = speedinfo_.begin()->second, curr = 0;
  for (auto it = std::next(speedinfo_.begin()); it != speedinfo_.end(); ++it) {
    const double dur = it->first - prev, v1 = it->second;
    const double lower = curr / scaled_total_time_;
    const double upper = (curr + f_inv_1(v0, v1) * dur) / scaled_total_time_;
    if (lower <= x && x <= upper)
      new_t = speed_modifier((scaled_total_time_ * x - curr) / dur, v0, v1) * dur + prev;
    curr += f_inv_1(v0, v1) * dur;
    prev = it->first;
    v0 = v1;
  }
  if (affects_speed_updaters) {
    dt = (new_t - t) * inner->get_run_time();
    t = new_t;
  }
  return new_t;
}

void ChangeSpeed::setup_scene(Scene& scene) { anim_->setup_scene(scene); }
void ChangeSpeed::begin() { anim_->begin(); }
void ChangeSpeed::finish() {
  is_changing_dt = false;
  anim_->finish();
}
void ChangeSpeed::clean_up_from_scene(Scene& scene) { anim_->clean_up_from_scene(scene); }
void ChangeSpeed::update_mobjects(double d) { anim_->update_mobjects(d); }

void ChangeSpeed::interpolate(double alpha) {
  // Manim turns a Wait's interpolate into a bare rate_func call (which moves ChangeSpeed.dt).
  if (is_wait_)
    anim_->rate_func()(alpha);
  else
    anim_->interpolate(alpha);
}

void ChangeSpeed::add_updater(Mobject& mobject, Updater f, bool time_based, std::uintptr_t key,
                              std::optional<std::size_t> index, bool call_updater) {
  if (!f) throw std::invalid_argument("ChangeSpeed.add_updater: the updater function is empty");
  Updater g = f;
  if (time_based)
    g = [f](Mobject& m, double d) { f(m, ChangeSpeed::is_changing_dt ? ChangeSpeed::dt : d); };
  mobject.add_updater(g, time_based, key, index, call_updater);
}

}  // namespace manim
