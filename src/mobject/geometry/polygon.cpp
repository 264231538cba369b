// Polygon family: closed paths of straight cubics through the vertices, in the given order.
#include <cmath>

#include "mobject/geometry/geometry_internal.hpp"

namespace manim {

namespace {

StyleArgs with_color(const Color& c) {
  StyleArgs s;
  s.color = c;
  return s;
}

std::vector<Vec3> regular_vertices(int n, const RegularPolygonArgs& a) {
  const char* cls = n == 3 ? "Triangle" : "RegularPolygon";
  geom::check_style(cls, geom::style_of(a));
  if (n < 3) geom::fail(cls, "n must be >= 3 vertices, got " + std::to_string(n));
  geom::require_non_negative(cls, "radius", a.radius);
  if (a.start_angle) geom::require_finite(cls, "start_angle", *a.start_angle);
  // Manim's default puts a vertex on top for odd n and on the right for even n.
  const double start = a.start_angle.value_or(n % 2 == 0 ? 0.0 : 90 * DEGREES);
  std::vector<Vec3> v;
  for (int k = 0; k < n; ++k) {
    double angle = start + k * TAU / n;
    v.push_back({a.radius * std::cos(angle), a.radius * std::sin(angle), 0});
  }
  return v;
}

StyleArgs regular_style(const RegularPolygonArgs& a) { return geom::style_of(a); }

RegularPolygonArgs triangle_args(const RegularPolygonArgs& a) { return a; }

std::vector<Vec3> rectangle_vertices(const char* cls, double width, double height) {
  geom::require_non_negative(cls, "width", width);
  geom::require_non_negative(cls, "height", height);
  const double w = width / 2, h = height / 2;
  return {{w, h, 0}, {-w, h, 0}, {-w, -h, 0}, {w, -h, 0}};  // UR, UL, DL, DR
}

RectangleArgs square_args(const SquareArgs& a) {
  geom::check_style("Square", geom::style_of(a));
  geom::require_non_negative("Square", "side_length", a.side_length);
  RectangleArgs r;
  geom::put_style(r, geom::style_of(a));
  r.width = a.side_length;
  r.height = a.side_length;
  return r;
}

}  // namespace

Polygon::Polygon(const std::vector<Vec3>& vertices, const StyleArgs& a) : VMobject() {
  geom::check_style("Polygon", a);
  if (vertices.empty()) geom::fail("Polygon", "needs at least one vertex, got none");
  for (std::size_t i = 0; i < vertices.size(); ++i)
    geom::require_finite("Polygon", ("vertex " + std::to_string(i)).c_str(), vertices[i]);
  detail::set_kind(node(), "Polygon");
  node().points = geom::polygon_points(vertices);
  geom::apply_style(node(), geom::merge(with_color(BLUE), a));
}

// Manim's get_vertices: the start anchor of every curve.
std::vector<Vec3> Polygon::get_vertices() const {
  std::vector<Vec3> v;
  for (std::size_t i = 0; i + 3 < points().size(); i += 4) v.push_back(points()[i]);
  return v;
}

RegularPolygon::RegularPolygon(int n, const RegularPolygonArgs& a)
    : Polygon(regular_vertices(n, a), regular_style(a)) {
  detail::set_kind(node(), "RegularPolygon");
}

Triangle::Triangle(const RegularPolygonArgs& a) : RegularPolygon(3, triangle_args(a)) {
  detail::set_kind(node(), "Triangle");
}

Rectangle::Rectangle(const RectangleArgs& a)
    : Polygon((geom::check_style("Rectangle", geom::style_of(a)),
               rectangle_vertices("Rectangle", a.width, a.height)),
              geom::merge(with_color(WHITE), geom::style_of(a))) {
  detail::set_kind(node(), "Rectangle");
}

Square::Square(const SquareArgs& a) : Rectangle(square_args(a)) {
  detail::set_kind(node(), "Square");
}

Square::Square(double side_length, const SquareArgs& a)
    : Square([&] {
        SquareArgs b = a;
        b.side_length = side_length;
        return b;
      }()) {}

// As Manim's Square.side_length: the distance between the first two vertices, so it follows
// later scaling.
double Square::side_length() const {
  if (points().size() < 8)
    throw std::logic_error(kind() + ": side_length needs the square's points");
  return (points()[0] - points()[4]).norm();
}

}  // namespace manim
