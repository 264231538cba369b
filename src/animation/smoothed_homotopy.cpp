// SmoothedVectorizedHomotopy (see smoothed_homotopy.hpp).
#include "manim/animation/smoothed_homotopy.hpp"

#include "animation/anim_util.hpp"
#include "manim/mobject/anchor_mode.hpp"

namespace manim {

SmoothedVectorizedHomotopy::SmoothedVectorizedHomotopy(HomotopyFunc homotopy, Mobject mobject,
                                                       const AnimArgs& args)
    : Homotopy(std::move(homotopy), mobject,
               detail::named(args, "SmoothedVectorizedHomotopy", mobject)) {}

void SmoothedVectorizedHomotopy::interpolate_submobject(std::vector<Mobject>& members,
                                                        double sub_alpha) {
  Homotopy::interpolate_submobject(members, sub_alpha);
  make_smooth(members[0]);
}

}  // namespace manim
