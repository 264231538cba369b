// How the display list marks a layer of background-coloured VMobjects (Manim's
// color_using_background_image, used by StreamLines) without a field of its own: an ImageItem
// whose `resampling` is kBackgroundColoredLayer. Its `sub_frame` holds the layer's paths (drawn
// over the whole picture on a clear canvas), `rgba` (pixel_width x pixel_height) the image
// whose bytes multiply the canvas after a bicubic resize to the picture; the corners are unused.
// Both cameras build layers the same way (Manim's ThreeDCamera inherits the grouping): a run of
// such mobjects with the same image, no other path between, is one layer.
#pragma once
#include "manim/camera/frame.hpp"
#include "mobject/background_image.hpp"

namespace manim::detail {

inline constexpr int kBackgroundColoredLayer = -1;

// When `node` is background-coloured (VStyle::background_image), puts its path `item` (styled, in
// frame coordinates) into the frame's layer for its image, opening one when the last display-list
// entry is not it, and returns true; returns false (item untouched) for any other node.
bool add_to_background_layer(Frame& frame, const MobjectNode& node, PathItem& item);

}  // namespace manim::detail
