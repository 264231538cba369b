// Internal: family walks, bounding boxes and the Transform machinery shared by mobject/,
// animation/ and render/. Not part of the public API.
#pragma once
#include <array>
#include <vector>

#include "manim/mobject/mobject.hpp"
#include "manim/mobject/vmobject.hpp"

namespace manim::detail {

// Python's remove_list_redundancies: each node once, at its last occurrence, order kept.
void remove_list_redundancies(std::vector<std::shared_ptr<MobjectNode>>& nodes);

// Depth-first, parent before children (Manim's get_family / extract_mobject_family_members).
void collect_family(const std::shared_ptr<MobjectNode>& n,
                    std::vector<std::shared_ptr<MobjectNode>>& out, bool only_with_points);

// Manim's bounding-box quirks: critical points use the anchors of VMobjects
// (all points of plain Mobjects); width/height use every point, and a leaf with no points
// counts as the value 0.
struct Box {
  Vec3 min, max;
  bool empty = true;
};
Box anchor_box(const MobjectNode& n);
double length_over_dim(const MobjectNode& n, int dim);

// ---- Bezier paths (4 points per cubic) ----
bool points_equal_2d(const Vec3& a, const Vec3& b);  // Manim's consider_points_equals_2d
std::vector<std::vector<Vec3>> subpaths(const std::vector<Vec3>& pts);  // split on gaps
Vec3 bezier_point(const Vec3& a0, const Vec3& h0, const Vec3& h1, const Vec3& a1, double t);
// The part [a, b] (0 <= a <= b <= 1) of one cubic, as 4 points (De Casteljau).
std::array<Vec3, 4> partial_bezier(const Vec3* curve, double a, double b);

// ---- Transform ----
// Aligns two mobjects recursively as Manim's Mobject.align_data: submobject counts (invisible
// copies), then point counts per subpath. Both are modified in place.
void align_data(Mobject& a, Mobject& b);
// Sets out's own points and style to the interpolation of a and b (same point counts) at alpha:
// points linear, colours/opacities/widths linear in RGBA. Children are not visited.
void interpolate_node(MobjectNode& out, const MobjectNode& a, const MobjectNode& b, double alpha);
// The VStyle fields Manim's VMobject.interpolate_color leaves alone (joint_type, cap_style,
// background_image): `style` takes them from `own`. become and Transform keep them.
inline void keep_uninterpolated_style(VStyle& style, const VStyle& own) {
  style.joint_type = own.joint_type;
  style.cap_style = own.cap_style;
  style.background_image = own.background_image;
}
// out's points become the part [a, b] of src's path, by curve index (Manim's
// pointwise_become_partial); styles are not touched.
void become_partial(MobjectNode& out, const MobjectNode& src, double a, double b);

}  // namespace manim::detail
