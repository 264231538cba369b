// FadeIn / FadeOut (Manim's fading.py): a Transform from / to a transparent, shifted, scaled copy.
#include "manim/animation/fading.hpp"

#include <stdexcept>

#include "animation/anim_util.hpp"

namespace manim {

namespace {

Mobject one_or_group(const std::vector<Mobject>& ms, const char* cls) {
  if (ms.empty())
    throw std::invalid_argument(std::string(cls) + ": at least one mobject must be passed");
  return ms.size() == 1 ? ms[0] : Mobject(Group(ms));
}

AnimArgs fade_anim_args(const FadeArgs& f, const char* cls, const Mobject& m) {
  AnimArgs a;
  a.run_time = f.run_time;
  a.rate_func = f.rate_func;
  a.lag_ratio = f.lag_ratio;
  return detail::named(a, cls, m);
}

// Manim's _Fade: a target_position (with no shift) becomes the shift to that point.
void resolve_shift(FadeArgs& f, bool& point_target, const Mobject& m, const char* cls) {
  if (!f.shift.is_finite() || !std::isfinite(f.scale))
    throw std::invalid_argument(std::string(cls) + ": shift and scale must be finite");
  if (f.shift == ORIGIN && f.target_position) {
    if (!f.target_position->is_finite())
      throw std::invalid_argument(std::string(cls) + ": target_position must be finite");
    f.shift = *f.target_position - m.get_center();
    point_target = true;
  }
}

Mobject faded_copy(const Mobject& m, const FadeArgs& f, bool fade_in, bool point_target) {
  Mobject faded = m.copy();
  faded.fade(1.0);
  faded.shift(f.shift * (fade_in && !point_target ? -1.0 : 1.0));
  faded.scale(f.scale);
  return faded;
}

}  // namespace

FadeIn::FadeIn(Mobject m, const FadeArgs& args)
    : Transform(m, m, fade_anim_args(args, "FadeIn", m)), fade_(args) {
  introducer_ = true;
  resolve_shift(fade_, point_target_, mobject_, "FadeIn");
}

FadeIn::FadeIn(const std::vector<Mobject>& ms, const FadeArgs& args)
    : FadeIn(one_or_group(ms, "FadeIn"), args) {}

Mobject FadeIn::create_target() { return mobject_; }

Mobject FadeIn::create_starting_mobject() {
  return faded_copy(mobject_, fade_, true, point_target_);
}

FadeOut::FadeOut(Mobject m, const FadeArgs& args)
    : Transform(m, m, fade_anim_args(args, "FadeOut", m)), fade_(args) {
  remover_ = true;
  resolve_shift(fade_, point_target_, mobject_, "FadeOut");
}

FadeOut::FadeOut(const std::vector<Mobject>& ms, const FadeArgs& args)
    : FadeOut(one_or_group(ms, "FadeOut"), args) {}

Mobject FadeOut::create_target() { return faded_copy(mobject_, fade_, false, point_target_); }

void FadeOut::clean_up_from_scene(Scene& scene) {
  Transform::clean_up_from_scene(scene);
  // Removed from the scene, then put back to its pre-fade state (Manim's interpolate(0)).
  interpolate(0);
}

}  // namespace manim
