// Internal helpers shared by mobject.cpp, vmobject.cpp and family.cpp (owner: core).
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "manim/mobject/mobject.hpp"
#include "mobject/family.hpp"

namespace manim::detail {

// numpy.allclose(a, b, atol=1e-6) for two points (Manim's consider_points_equals).
bool points_close(const Vec3& a, const Vec3& b);

// Manim's insert_n_curves_to_point_list: n more curves by splitting the existing ones evenly.
std::vector<Vec3> insert_n_curves_to_point_list(int n, const std::vector<Vec3>& pts);
// Appends a straight cubic from the last point to p (Manim's add_line_to).
void add_line_to(std::vector<Vec3>& pts, const Vec3& p);
// Handles of the natural (or, for a closed anchor list, periodic) cubic spline through anchors.
void smooth_handles(const std::vector<Vec3>& anchors, std::vector<Vec3>& h1, std::vector<Vec3>& h2);

// The family as node pointers, depth first, duplicates removed (last occurrence kept).
std::vector<std::shared_ptr<MobjectNode>> family_nodes(const std::shared_ptr<MobjectNode>& n);
// Multiplies every opacity of n (and its family when asked) by 1 - darkness (Manim's fade).
void fade_node(MobjectNode& n, double darkness, bool family);
// One level of Manim's align_data without point alignment: null_point_align, then
// align_submobjects (invisible copies / point mobjects). Children are not visited.
void align_structure(Mobject& a, Mobject& b);
void align_structure_nodes(MobjectNode& a, MobjectNode& b);
// Manim's VMobject.align_points on two nodes.
void align_points(MobjectNode& a, MobjectNode& b);

// Throws std::invalid_argument("<method>: <what> is nan; pass finite numbers").
void require_finite(const char* method, const char* what, double v);
void require_finite(const char* method, const char* what, const Vec3& v);

}  // namespace manim::detail
