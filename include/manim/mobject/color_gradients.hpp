// Manim's multi-colour styles: a VMobject filled or stroked with several colours (drawn as a
// linear gradient along its sheen direction), sheen, and the colour-by-position helpers of
// Mobject (set_color_by_gradient, set_colors_by_radial_gradient).
#pragma once
#include <optional>
#include <utility>
#include <vector>

#include "manim/core/color.hpp"
#include "manim/mobject/mobject.hpp"

namespace manim {

// Manim's VMobject.set_fill(color=[c0, c1, ...]): every targeted member gets the colours as
// its fill stops (one colour: a solid fill, or a sheen gradient when the member has a sheen
// factor). Throws std::invalid_argument when `colors` is empty.
Mobject& set_fill_colors(Mobject& m, const std::vector<Color>& colors,
                         std::optional<double> opacity = std::nullopt, bool family = true);
// Manim's set_stroke(color=[...]); `background` sets the background stroke.
Mobject& set_stroke_colors(Mobject& m, const std::vector<Color>& colors,
                           std::optional<double> width = std::nullopt,
                           std::optional<double> opacity = std::nullopt, bool background = false,
                           bool family = true);
// Manim's VMobject.set_color([...]): fill and stroke.
Mobject& set_colors(Mobject& m, const std::vector<Color>& colors, bool family = true);

// The stops of the fill / stroke (one colour when solid), alpha = the opacity.
std::vector<Color> get_fill_colors(const Mobject& m);
std::vector<Color> get_stroke_colors(const Mobject& m, bool background = false);

// Manim's set_sheen(factor, direction): each member's colours get a second, lighter stop
// (channels + factor, clipped) toward `direction`.
Mobject& set_sheen(Mobject& m, double factor, std::optional<Vec3> direction = std::nullopt,
                   bool family = true);
Mobject& set_sheen_direction(Mobject& m, const Vec3& direction, bool family = true);
Mobject& rotate_sheen_direction(Mobject& m, double angle, const Vec3& axis = OUT,
                                bool family = true);

// Where a gradient of `node` starts and ends (Manim's get_gradient_start_and_end_points): the
// centre minus / plus the sheen direction measured in half-widths of the bounding box.
std::pair<Vec3, Vec3> get_gradient_start_and_end_points(const Mobject& m);

// Manim's set_colors_by_radial_gradient: each family member with points gets the colour
// between inner and outer at (distance of its centre from `center`) / radius, capped at 1.
// No center: the mobject's centre. Throws std::invalid_argument for radius <= 0.
Mobject& set_colors_by_radial_gradient(Mobject& m, std::optional<Vec3> center = std::nullopt,
                                       double radius = 1, const Color& inner_color = WHITE,
                                       const Color& outer_color = BLACK);

namespace detail {
// The colours a renderer draws for one member: the stops (two or more) when the gradient is
// current (its first stop is the solid colour), else empty.
const std::vector<Color>& current_stops(const std::vector<Color>& stops, const Color& solid);
// Stops after a single colour was set (Manim keeps its stop count; with a sheen the lighter
// second stop).
void set_single_color(std::vector<Color>& stops, const Color& c, double sheen_factor);
// Interpolates two members' stops (stretched to the same count, as Manim's align_rgbas).
std::vector<Color> interpolate_stops(const std::vector<Color>& a, const Color& sa,
                                     const std::vector<Color>& b, const Color& sb, double alpha);
}  // namespace detail

}  // namespace manim
