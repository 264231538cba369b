// A VMobject filled and stroked with a colour list (Manim's set_color((A, B, ...)) on a
// VMobject: several fill and stroke rgbas, drawn by the Cairo camera as a linear gradient along
// the sheen direction). Private to the engine: Axes.get_area makes such nodes and the camera
// draws them.
#pragma once
#include <memory>
#include <vector>

#include "manim/camera/frame.hpp"
#include "manim/mobject/mobject.hpp"

namespace manim::detail {

struct GradientStyleNode : MobjectNode {
  // The colour stops (their alpha unused: the style's current opacity applies to every stop,
  // as Manim's set_opacity rewrites the alpha of each rgba). A list holds while the style's
  // colour is still its first stop: a later set_color / set_fill / set_stroke with one colour
  // turns it back into a solid colour.
  std::vector<Color> fill_stops, stroke_stops;
  Vec3 sheen_direction{-1, 1, 0};  // Manim's VMobject default, UL

  explicit GradientStyleNode(const MobjectNode& base) : MobjectNode(base) {}
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<GradientStyleNode>(*this);
  }
};

// Sets `item`'s fill and stroke gradients when `node` is a GradientStyleNode whose lists still
// hold: from c - offset to c + offset, c the family's box centre and offset the box's half
// extents times the sheen direction (Manim's get_gradient_start_and_end_points).
void apply_gradient_style(const MobjectNode& node, PathItem& item);

}  // namespace manim::detail
