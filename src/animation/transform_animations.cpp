// TransformAnimations (see transform_animations.hpp).
#include "manim/animation/transform_animations.hpp"

#include <algorithm>
#include <stdexcept>

#include "animation/anim_util.hpp"
#include "manim/core/rate_functions.hpp"

namespace manim {
namespace {

const Anim& checked(const Anim& a, const char* which) {
  if (!a.ptr())
    throw std::invalid_argument(std::string("TransformAnimations: ") + which +
                                " is null; pass an animation");
  return a;
}

AnimArgs with_defaults(AnimArgs args, const Anim& s, const Anim& e) {
  if (!args.run_time) args.run_time = std::max(s->get_run_time(), e->get_run_time());
  if (!args.rate_func)
    args.rate_func =
        rate_functions::squish_rate_func([](double t) { return rate_functions::smooth(t); });
  return detail::named(args, "TransformAnimations", s->mobject());
}

}  // namespace

TransformAnimations::TransformAnimations(const Anim& start_anim, const Anim& end_anim,
                                         const AnimArgs& args, const PathArgs& path)
    : Transform(checked(start_anim, "start_anim")->mobject(),
                checked(end_anim, "end_anim")->mobject(), with_defaults(args, start_anim, end_anim),
                path),
      start_(start_anim),
      end_(end_anim) {
  // As Manim: both animations take the run time used.
  start_->set_run_time(get_run_time());
  end_->set_run_time(get_run_time());
}

}  // namespace manim
