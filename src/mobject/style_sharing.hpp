// Internal: Manim's shared colour arrays. In Manim v0.18.0, `a.become(b)` ends with
// a.interpolate_color(a, b, 1), which assigns b's very fill_rgbas / stroke_rgbas /
// background_stroke_rgbas numpy arrays to a (member by member of the two families). Later colour
// or opacity changes are written into those arrays in place (update_rgbas_array), so they show
// in both objects, until one of them is given a new array: a colour list longer than the
// current one (also a sheen's second stop), or an animation's interpolation. copy() makes new
// arrays. This module keeps that relation for VMobject nodes: a group per array kind of nodes
// that "hold the same array", whose members are kept equal after each in-place write.
#pragma once
#include <array>
#include <cstddef>
#include <memory>

#include "manim/mobject/mobject.hpp"

namespace manim::detail {

// The stop counts (1 for a single colour) of fill, stroke and background stroke before a write:
// a write that makes one longer gives that node a new array (Manim stretches the current
// array and assigns it), which ends the sharing of that kind.
using StyleCounts = std::array<std::size_t, 3>;
StyleCounts style_counts(const MobjectNode& n);

// `a` takes `b`'s three arrays (Manim's interpolate_color at alpha 1): it leaves the groups it
// was in and joins b's. Nothing happens unless both are VMobject nodes.
void share_style_arrays(const std::shared_ptr<MobjectNode>& a,
                        const std::shared_ptr<MobjectNode>& b);

// After an in-place write of n's colours / opacities (set_fill, set_stroke, set_color,
// set_opacity, fade, match_style, colour lists, sheen): the members sharing an array with n get
// n's values of that kind; a kind whose count grew is no longer shared. Cheap when nothing is
// shared.
void style_written(MobjectNode& n, const StyleCounts& before);

// n was given new arrays (an animation interpolated its style): it shares nothing any more.
void unshare_style_arrays(const MobjectNode& n);

// Number of nodes currently sharing some array (for tests).
std::size_t shared_style_node_count();

}  // namespace manim::detail
