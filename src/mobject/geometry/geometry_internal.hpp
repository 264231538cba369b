// Internal helpers shared by the geometry classes: style keyword handling, argument checks and
// straight cubic segments. Not part of the public API.
#pragma once
#include <string>
#include <vector>

#include "manim/mobject/geometry.hpp"
#include "manim/mobject/geometry/tips.hpp"

namespace manim::geom {

// The style keywords of any *Args struct (they all start with MANIM_STYLE_KWARGS).
template <class A>
StyleArgs style_of(const A& a) {
  StyleArgs s;
  s.color = a.color;
  s.fill_color = a.fill_color;
  s.fill_opacity = a.fill_opacity;
  s.stroke_color = a.stroke_color;
  s.stroke_width = a.stroke_width;
  s.stroke_opacity = a.stroke_opacity;
  s.background_stroke_color = a.background_stroke_color;
  s.background_stroke_width = a.background_stroke_width;
  s.background_stroke_opacity = a.background_stroke_opacity;
  s.z_index = a.z_index;
  s.shade_in_3d = a.shade_in_3d;
  return s;
}

template <class A>
void put_style(A& a, const StyleArgs& s) {
  a.color = s.color;
  a.fill_color = s.fill_color;
  a.fill_opacity = s.fill_opacity;
  a.stroke_color = s.stroke_color;
  a.stroke_width = s.stroke_width;
  a.stroke_opacity = s.stroke_opacity;
  a.background_stroke_color = s.background_stroke_color;
  a.background_stroke_width = s.background_stroke_width;
  a.background_stroke_opacity = s.background_stroke_opacity;
  a.z_index = s.z_index;
  a.shade_in_3d = s.shade_in_3d;
}

// A class's default keywords under the caller's: every field the caller set wins.
StyleArgs merge(const StyleArgs& defaults, const StyleArgs& user);

// Writes the keywords into a node: `color` sets fill and stroke colours, then fill_color /
// stroke_color (when given) override their half; unset fields keep the node's values.
void apply_style(detail::MobjectNode& n, const StyleArgs& s);

// ---- argument checks (std::invalid_argument naming the class and argument) ----
[[noreturn]] void fail(const std::string& cls, const std::string& what);
void require_finite(const char* cls, const char* arg, double v);
void require_finite(const char* cls, const char* arg, const Vec3& v);
void require_non_negative(const char* cls, const char* arg, double v);
void check_style(const char* cls, const StyleArgs& s);

// ---- paths ----
// One straight cubic a -> b with handles at 1/3 and 2/3 (Manim's set_points_as_corners).
void append_straight(std::vector<Vec3>& pts, Vec3 a, Vec3 b);
// Closed polygon through the vertices: n straight cubics v0->v1->...->v0.
std::vector<Vec3> polygon_points(const std::vector<Vec3>& vertices);

// A new node with VMobject's default style (what core's VMobject constructor builds), copied
// into a node of type N so type-specific data can live beside it.
template <class N>
std::shared_ptr<N> make_vmobject_node() {
  VMobject base;
  auto n = std::make_shared<N>();
  static_cast<detail::MobjectNode&>(*n) = base.node();
  return n;
}

// Every node of the family, parent first.
void for_each_in_family(detail::MobjectNode& n, const std::function<void(detail::MobjectNode&)>& f);

// Rotation of p about `about` by `angle` around the unit `axis` (Rodrigues).
Vec3 rotate_about(const Vec3& p, double angle, const Vec3& axis, const Vec3& about);

}  // namespace manim::geom

namespace manim::geom {

// ---- Line / Arrow internals (line.cpp, arrow.cpp) ----
// Manim's TipableVMobject.get_start/get_end: an attached tip's point ends an Arrow, the first /
// last submobject stands in for an object without points (DashedLine).
Vec3 line_start(const detail::MobjectNode& n);
Vec3 line_end(const detail::MobjectNode& n);
// The child that is an Arrow's tip, or nullptr.
std::shared_ptr<detail::MobjectNode> find_tip(const detail::MobjectNode& n);
// The points of Line(start, end, buff): trimmed by buff at both ends when length >= 2 buff.
void set_line_points(detail::MobjectNode& n, const Vec3& start, const Vec3& end, double buff);
// Manim's Mobject.put_start_and_end_on as Line/Arrow run it (Arrow.scale for arrows).
void put_start_and_end_on(const std::shared_ptr<detail::MobjectNode>& n, const Vec3& start,
                          const Vec3& end);
// Manim's Arrow.scale (tips popped, shaft scaled, stroke recomputed, tips re-attached).
void arrow_scale(const std::shared_ptr<detail::MobjectNode>& n, double factor, const About& about);
// An Arrow's get_default_tip_length: min(tip_length, max ratio * length).
double arrow_default_tip_length(const detail::MobjectNode& n);

// ---- tips (tips.cpp) ----
bool is_start_tip(const detail::MobjectNode& n);
std::shared_ptr<detail::MobjectNode> find_start_tip(const detail::MobjectNode& n);
Vec3 tip_point(const detail::MobjectNode& tip);
Vec3 tip_base(const std::shared_ptr<detail::MobjectNode>& tip);
std::shared_ptr<detail::MobjectNode> make_tip(TipShape shape, const ArrowTipArgs& a);
// Turns and moves `tip` onto the path's end (start); `first`: also the out-of-plane turn.
void position_tip(const detail::MobjectNode& path, const std::shared_ptr<detail::MobjectNode>& tip,
                  bool at_start, bool first);
// Trims the path to the tip's base and adds the tip as its last child.
void attach_tip(const std::shared_ptr<detail::MobjectNode>& path,
                const std::shared_ptr<detail::MobjectNode>& tip, bool at_start);
double default_tip_length(const detail::MobjectNode& n);

// Rebuilds an Arrow's shaft and tip from scratch between two points with its stored parameters.
void arrow_rebuild(const std::shared_ptr<detail::MobjectNode>& n, const Vec3& start,
                   const Vec3& end);

}  // namespace manim::geom
