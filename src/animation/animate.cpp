// `.animate()`: Manim's _AnimationBuilder / _MethodAnimation as a Transform to the edited copy.
#include "manim/animation/animate.hpp"

#include "animation/anim_util.hpp"

namespace manim {

namespace {

// Manim replays the recorded methods on the mobject at finish; of what they set, only the
// z_index is not carried by the interpolation, so it is copied from the target here.
class MethodAnimation : public Transform {
 public:
  MethodAnimation(Mobject m, Mobject target, const AnimArgs& args) : Transform(m, target, args) {}
  void finish() override {
    Transform::finish();
    std::vector<Mobject> mine = mobject_.get_family();
    std::vector<Mobject> theirs = target_copy_.get_family();
    for (std::size_t i = 0; i < mine.size() && i < theirs.size(); ++i)
      mine[i].node().z_index = theirs[i].node().z_index;
  }
};

}  // namespace

Animate::Animate(Mobject mobject, const AnimateArgs& args)
    : mobject_(mobject), target_(mobject.copy()), args_(args) {}

AnimationPtr Animate::build() const {
  AnimArgs a;
  a.run_time = args_.run_time;
  a.rate_func = args_.rate_func;
  a.lag_ratio = args_.lag_ratio;
  return std::make_shared<MethodAnimation>(mobject_, target_,
                                           detail::named(a, "_MethodAnimation", mobject_));
}

Animate Mobject::animate(const AnimateArgs& args) const { return Animate(*this, args); }

}  // namespace manim
