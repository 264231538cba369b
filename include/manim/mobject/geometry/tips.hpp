// Manim CE's arrow tips: ArrowTip and its seven shapes, as TipableVMobject.add_tip and
// `tip_shape=` build them. A tip's point is its first point; its base the point halfway along its
// outline (Manim's ArrowTip.tip_point / .base).
#pragma once
#include <optional>

#include "manim/mobject/geometry.hpp"

namespace manim {

struct ArrowTipArgs {
  MANIM_STYLE_KWARGS
  // Tip point to base (Manim's `length`): DEFAULT_ARROW_TIP_LENGTH, StealthTip half that.
  std::optional<double> length{};
  // Across the base, triangle tips only (DEFAULT_ARROW_TIP_LENGTH).
  std::optional<double> width{};
};

class ArrowTip : public VMobject {
 public:
  // A tip of any shape (what `tip_shape=` selects), unpositioned: pointing left, base at right.
  ArrowTip(TipShape shape, const ArrowTipArgs& a = {});
  MANIM_HANDLE(ArrowTip, VMobject)
  Vec3 base() const;
  Vec3 tip_point() const;
  Vec3 vector() const;  // tip_point - base
  double tip_angle() const;
  double length() const;  // |vector|, StealthTip 1.6 |vector| (its base is inside the outline)
};

#define MANIM_DECLARE_TIP(T, Base, shape)                      \
  class T : public Base {                                      \
   public:                                                     \
    explicit T(const ArrowTipArgs& a = {}) : Base(shape, a) {} \
    MANIM_HANDLE(T, Base)                                      \
                                                               \
   protected:                                                  \
    T(TipShape s, const ArrowTipArgs& a) : Base(s, a) {}       \
  };
MANIM_DECLARE_TIP(ArrowTriangleTip, ArrowTip, TipShape::Triangle)
MANIM_DECLARE_TIP(ArrowTriangleFilledTip, ArrowTriangleTip, TipShape::TriangleFilled)
MANIM_DECLARE_TIP(ArrowCircleTip, ArrowTip, TipShape::Circle)
MANIM_DECLARE_TIP(ArrowCircleFilledTip, ArrowCircleTip, TipShape::CircleFilled)
MANIM_DECLARE_TIP(ArrowSquareTip, ArrowTip, TipShape::Square)
MANIM_DECLARE_TIP(ArrowSquareFilledTip, ArrowSquareTip, TipShape::SquareFilled)
MANIM_DECLARE_TIP(StealthTip, ArrowTip, TipShape::Stealth)
#undef MANIM_DECLARE_TIP

}  // namespace manim
