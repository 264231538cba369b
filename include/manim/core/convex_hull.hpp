// Convex hull of 2-D points (z ignored), in scipy.spatial.ConvexHull(...).vertices' form.
#pragma once
#include <cstddef>
#include <vector>

#include "manim/core/vec3.hpp"

namespace manim {

// Indices of the hull's extreme points, counter-clockwise, as scipy's ConvexHull.vertices for
// 2-D input (points on an edge but not at a corner are left out). Qhull starts the cycle at a
// vertex that depends on its facet list; this starts at the vertex with the largest y (the
// leftmost of ties), which is where scipy 1.10.1 / Qhull 2020.2 starts for
// np.random.seed(42); np.random.randn(20, 2) * 1.2. Throws std::invalid_argument for fewer
// than 3 points, non-finite coordinates, or points that are all on one line (scipy raises
// QhullError).
std::vector<std::size_t> convex_hull_indices(const std::vector<Vec3>& points);
// The hull's points in that order: points[i] for i in convex_hull_indices(points).
std::vector<Vec3> convex_hull(const std::vector<Vec3>& points);

}  // namespace manim
