// A frame is an immutable display list: the paths and styles of every family member with
// points, in draw order, and the view the camera had when it was captured. The camera produces
// frames; the render layer rasterises and writes them and knows nothing else.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "manim/core/color.hpp"

namespace manim {

struct SubpathSpan {
  std::uint32_t first_point;  // index into PathItem::xy (in points, 2 doubles each)
  std::uint32_t num_curves;   // each curve adds 3 points after the start point
  bool closed;                // first and last points coincide (Manim closes the cairo path)
};

// Manim's set_cairo_context_color with several colours: a linear gradient from (x0, y0) to
// (x1, y1) in scene units, the stops spread evenly (a shaded 3D face). Fewer than two stops:
// the item's solid colour is used.
struct LinearGradient {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::vector<Color> stops;
};

struct PathItem {
  std::vector<double> xy;  // scene units: start point, then 3 points per cubic, per subpath
  std::vector<SubpathSpan> subpaths;
  Color fill;  // a = fill opacity
  Color stroke;
  double stroke_width = 0;  // Manim units (x 0.01 scene units)
  Color background_stroke;
  double background_stroke_width = 0;
  LinearGradient fill_gradient, stroke_gradient, background_stroke_gradient;
  int line_join = 0;  // Manim's LineJointType: 0 AUTO (cairo's miter), 1 ROUND, 2 BEVEL, 3 MITER
  // Manim's CapStyleType (v0.18.1): 0 AUTO (the cap the context already has: cairo's butt, or
  // the last one an earlier item of the frame set), 1 ROUND, 2 BUTT, 3 SQUARE.
  int line_cap = 0;
};

struct Frame;

// A raster drawn among the paths (Manim's display_image_mobject): an ImageMobject's pixels or
// ImageMobjectFromCamera's picture of another camera. The corners are in scene units; the renderer
// places the picture at Manim's integer pixel box and resizes it to that box.
struct ImageItem {
  std::size_t draw_before = 0;       // drawn just before items[draw_before] (items.size(): last)
  double ul[2]{}, ur[2]{}, dl[2]{};  // upper-left, upper-right, lower-left corners
  // The picture: `sub_frame` rasterised at pixel_width x pixel_height (a sub-camera's view).
  std::shared_ptr<const Frame> sub_frame;
  int pixel_width = 0, pixel_height = 0;
  // Or an ImageMobject's own picture (when sub_frame is null): straight RGBA rows of
  // pixel_width x pixel_height, resized with Pillow's filter `resampling` (0 nearest, 1 lanczos,
  // 2 bilinear, 3 bicubic, 4 box, 5 hamming) and alpha-composited as Manim's camera does.
  std::shared_ptr<const std::vector<std::uint8_t>> rgba;
  int resampling = 3;
};

// A point cloud (Manim's display_point_cloud): each point's pixel is int() of its position under
// the camera's mapping, thickened to a thickness x thickness block, and written over (not
// blended) with the point's colour bytes, as Manim assigns into its pixel array.
struct PointCloudItem {
  std::size_t draw_before = 0;     // drawn just before items[draw_before] (items.size(): last)
  std::size_t images_before = 0;   // ... and after this many images
  int thickness = 1;               // int(adjusted thickness); < 1 draws nothing
  std::vector<double> xy;          // scene units as displayed, 2 per point
  std::vector<std::uint8_t> rgba;  // int(255 * channel), 4 per point (straight R, G, B, A)
};

struct Frame {
  std::size_t index = 0;  // 0-based over the whole scene
  Color background{0, 0, 0, 1};
  // The camera's view: scene units across the picture and the scene point at its centre.
  // Pixels are square (the height follows the output's aspect ratio, as Manim's camera).
  double frame_width = 128.0 / 9.0;
  double center_x = 0, center_y = 0;
  // Scene units top to bottom; 0: square pixels (height follows the width). A MovingCamera
  // whose frame is stretched sets it, and the picture is stretched as Manim's cairo matrix.
  double frame_height = 0;
  std::vector<PathItem> items;
  std::vector<ImageItem> images;             // in draw order
  std::vector<PointCloudItem> point_clouds;  // in draw order
};

using FramePtr = std::shared_ptr<const Frame>;

// Where a scene sends its frames, in order.
class FrameSink {
 public:
  virtual ~FrameSink() = default;
  virtual void submit(FramePtr frame) = 0;
  // The same frame `count` times in a row (a static wait): a sink may draw it once.
  virtual void submit_copies(const FramePtr& frame, std::size_t count) {
    for (std::size_t k = 0; k < count; ++k) submit(frame);
  }
  // A play or wait ended (after its frames): the partial-movie cache keys segments by it.
  virtual void end_play() {}
};

}  // namespace manim
