// Manim's VMobject.make_smooth / make_jagged (change_anchor_mode): every subpath of every
// family member with points keeps its anchors and gets new handles, those of the cubic spline
// through the anchors (periodic for a closed subpath) or the thirds of straight segments.
#pragma once
#include "manim/mobject/mobject.hpp"

namespace manim {

Mobject& make_smooth(Mobject& mobject);
Mobject& make_jagged(Mobject& mobject);

}  // namespace manim
