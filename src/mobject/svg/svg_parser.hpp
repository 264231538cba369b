// Internal: SVG document -> flat list of filled/stroked shapes as cubic Bezier paths.
//
// Supports what MathJax, dvisvgm and typical icon files emit: path data (M L H V C S Q T A Z,
// absolute and relative, implicit repeats), rect (with rx/ry), circle, ellipse, line, polyline,
// polygon, g, svg, use/defs/symbol, transform (matrix translate scale rotate skewX skewY), the
// presentation attributes fill/stroke/stroke-width/*-opacity/opacity/color and style="".
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "manim/core/color.hpp"
#include "manim/core/vec3.hpp"

namespace manim::detail::svg {

// 2D affine map: x' = a x + c y + e, y' = b x + d y + f (SVG's matrix(a b c d e f)).
struct Affine {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
  Affine then(const Affine& outer) const;  // outer ∘ this
  Vec3 apply(double x, double y) const { return {a * x + c * y + e, b * x + d * y + f, 0}; }
};

struct Style {
  bool has_fill = true;  // SVG's initial fill is black
  Color fill = BLACK;
  double fill_opacity = 1;
  bool has_stroke = false;
  Color stroke = BLACK;
  double stroke_width = 1;
  bool stroke_width_set = false;  // some element up the tree gave a stroke-width
  double stroke_opacity = 1;
};

using Attrs = std::vector<std::pair<std::string, std::string>>;

// A <g>, <svg> or <use> instance; parents come before children.
struct Group {
  int parent = -1;
  Attrs attrs;  // id, class and data-* attributes
  const std::string* attr(std::string_view name) const;
};

struct Shape {
  std::string tag;           // "path", "rect", ...
  std::vector<Vec3> points;  // cubic quadruplets in SVG user units (y down), transforms applied
  Style style;
  int group = -1;  // innermost enclosing Group
  Attrs attrs;     // id, class and data-* attributes of the element itself
  // What svgelements' reify multiplies the stroke width by (Manim reads the reified width):
  // sqrt|det| of the element's transform; 1 for a rect, circle or ellipse whose transform
  // rotates, skews or flips (svgelements does not reify those).
  double stroke_scale = 1;
  const std::string* attr(std::string_view name) const;
};

struct Document {
  std::vector<Shape> shapes;
  std::vector<Group> groups;
};

// Parses an SVG text. `what` names the source in error messages (a file name). Throws
// std::invalid_argument for malformed XML, bad numbers or path data.
Document parse_svg(std::string_view text, const std::string& what);

// Path data -> cubic quadruplets (Manim's layout: 4 points per curve; a new subpath starts where
// a curve does not begin at the previous end). Throws std::invalid_argument on bad syntax.
// Elliptical arcs become svgelements' quadratic approximation (what Manim reads) unless
// `arc_quads` is false (exact cubics, for shapes Manim builds from its own Arc classes).
std::vector<Vec3> parse_path_data(std::string_view d, const Affine& t = {}, bool arc_quads = true);

// transform="..." -> the combined matrix. Throws std::invalid_argument on bad syntax.
Affine parse_transform(std::string_view s);

// CSS colour: #rgb, #rrggbb, rgb(r,g,b) with numbers or percentages, or a CSS name.
// Returns false for "none"/unknown (caller decides).
bool parse_css_color(std::string_view s, Color& out);

}  // namespace manim::detail::svg
