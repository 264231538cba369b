// How the display list marks a layer of background-coloured VMobjects (Manim's
// color_using_background_image, used by StreamLines) without a field of its own: an ImageItem
// whose `resampling` is kBackgroundColoredLayer. Its `sub_frame` holds the layer's paths (drawn
// over the whole picture on a clear canvas), `rgba` (pixel_width x pixel_height) the image
// whose bytes multiply the canvas after a bicubic resize to the picture; the corners are unused.
#pragma once

namespace manim::detail {

inline constexpr int kBackgroundColoredLayer = -1;

}  // namespace manim::detail
