// Convex hull via Boost.Geometry (header-only), mapped back to input indices.
#include "manim/core/convex_hull.hpp"

#include <algorithm>
#include <boost/geometry.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/ring.hpp>
#include <cmath>
#include <stdexcept>
#include <string>

namespace manim {

namespace bg = boost::geometry;

std::vector<std::size_t> convex_hull_indices(const std::vector<Vec3>& points) {
  if (points.size() < 3)
    throw std::invalid_argument("convex_hull: needs at least 3 points, got " +
                                std::to_string(points.size()));
  using P = bg::model::d2::point_xy<double>;
  bg::model::multi_point<P> in;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (!std::isfinite(points[i].x) || !std::isfinite(points[i].y))
      throw std::invalid_argument("convex_hull: point " + std::to_string(i) +
                                  " has a non-finite coordinate");
    in.push_back(P(points[i].x, points[i].y));
  }
  bg::model::ring<P, false, true> hull;  // counter-clockwise, closed
  bg::convex_hull(in, hull);
  // Drop the closing point and any vertex collinear with its neighbours.
  std::vector<P> v(hull.begin(), hull.end());
  if (v.size() > 1 && bg::equals(v.front(), v.back())) v.pop_back();
  std::vector<P> corners;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const P& a = v[(i + v.size() - 1) % v.size()];
    const P& b = v[i];
    const P& c = v[(i + 1) % v.size()];
    const double cross = (b.x() - a.x()) * (c.y() - b.y()) - (b.y() - a.y()) * (c.x() - b.x());
    if (cross != 0) corners.push_back(b);
  }
  if (corners.size() < 3)
    throw std::invalid_argument(
        "convex_hull: the points are all on one line, so they have no 2-D hull");
  // Start at the highest vertex (leftmost of ties), keeping the counter-clockwise order.
  std::size_t start = 0;
  for (std::size_t i = 1; i < corners.size(); ++i)
    if (corners[i].y() > corners[start].y() ||
        (corners[i].y() == corners[start].y() && corners[i].x() < corners[start].x()))
      start = i;
  std::rotate(corners.begin(), corners.begin() + static_cast<long>(start), corners.end());
  std::vector<std::size_t> out;
  for (const P& c : corners)
    for (std::size_t i = 0; i < points.size(); ++i)
      if (points[i].x == c.x() && points[i].y == c.y()) {
        out.push_back(i);
        break;
      }
  return out;
}

std::vector<Vec3> convex_hull(const std::vector<Vec3>& points) {
  std::vector<Vec3> out;
  for (std::size_t i : convex_hull_indices(points)) out.push_back(points[i]);
  return out;
}

}  // namespace manim
