// Polyhedron and the platonic solids, as Manim CE v0.18.0 builds them (polyhedra.py): faces
// first, then a graph of Dot3D vertices and hidden Line edges; faces follow the vertices.
#include "manim/mobject/three_d/polyhedra.hpp"

#include <cmath>
#include <map>
#include <stdexcept>
#include <string>

#include "mobject/geometry/geometry_internal.hpp"

namespace manim {

namespace {

struct PolyhedronNode : detail::MobjectNode {
  std::vector<Vec3> vertex_coords;
  std::vector<std::vector<int>> faces_list;
  StyleArgs faces_config;
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<PolyhedronNode>(*this);
  }
};

// The vertex-and-edge group: which vertices each edge Line joins.
struct PolyGraphNode : detail::MobjectNode {
  std::size_t num_vertices = 0;
  std::vector<std::pair<int, int>> edge_keys;
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<PolyGraphNode>(*this);
  }
};

PolyhedronNode& poly_node(const Mobject& m) {
  auto* n = dynamic_cast<PolyhedronNode*>(&m.node());
  if (!n) throw std::logic_error(m.kind() + " has no polyhedron data");
  return *n;
}

// Manim's Graph.update_edges: each edge runs between its vertices' centres.
void update_edges(Mobject& graph) {
  auto* g = dynamic_cast<PolyGraphNode*>(&graph.node());
  if (!g) return;
  const auto& subs = g->submobjects;
  for (std::size_t k = 0; k < g->edge_keys.size(); ++k) {
    const std::size_t idx = g->num_vertices + k;
    if (idx >= subs.size() || !detail::has_kind(*subs[idx], "Line")) continue;
    const auto [u, v] = g->edge_keys[k];
    const Vec3 a = Mobject(subs[static_cast<std::size_t>(u)]).get_center();
    const Vec3 b = Mobject(subs[static_cast<std::size_t>(v)]).get_center();
    if (a == b) continue;  // a degenerate edge has no direction to keep
    Mobject(subs[idx]).as<Line>().put_start_and_end_on(a, b);
  }
}

StyleArgs face_style(const StyleArgs& user) {
  StyleArgs d;
  d.fill_opacity = 0.5;
  d.shade_in_3d = true;
  return geom::merge(d, user);
}

}  // namespace

std::vector<std::pair<int, int>> Polyhedron::get_edges(const std::vector<std::vector<int>>& faces) {
  std::vector<std::pair<int, int>> edges;
  for (const auto& f : faces)
    for (std::size_t i = 0; i < f.size(); ++i) edges.emplace_back(f[i], f[(i + 1) % f.size()]);
  return edges;
}

Polyhedron::Polyhedron(const std::vector<Vec3>& vertex_coords,
                       const std::vector<std::vector<int>>& faces_list, const PolyhedronArgs& a)
    : VGroup(geom::make_vmobject_node<PolyhedronNode>(), Unchecked{}) {
  const char* cls = "Polyhedron";
  detail::set_kind(node(), "VGroup");
  detail::set_kind(node(), "Polyhedron");
  geom::check_style(cls, a.faces_config);
  for (std::size_t i = 0; i < vertex_coords.size(); ++i)
    geom::require_finite(cls, ("vertex " + std::to_string(i)).c_str(), vertex_coords[i]);
  for (std::size_t f = 0; f < faces_list.size(); ++f) {
    if (faces_list[f].empty()) geom::fail(cls, "face " + std::to_string(f) + " has no vertices");
    for (int v : faces_list[f])
      if (v < 0 || static_cast<std::size_t>(v) >= vertex_coords.size())
        geom::fail(cls, "face " + std::to_string(f) + " names vertex " + std::to_string(v) +
                            ", but there are " + std::to_string(vertex_coords.size()) +
                            " vertices (indices 0 to " +
                            std::to_string(static_cast<long>(vertex_coords.size()) - 1) + ")");
  }
  auto& n = poly_node(*this);
  n.vertex_coords = vertex_coords;
  n.faces_list = faces_list;
  n.faces_config = face_style(a.faces_config);

  std::vector<std::vector<Vec3>> face_coords;
  for (const auto& f : faces_list) {
    face_coords.emplace_back();
    for (int v : f) face_coords.back().push_back(vertex_coords[static_cast<std::size_t>(v)]);
  }
  VGroup faces = create_faces(face_coords);

  // The graph: vertices (moved to their coordinates), then one Line per distinct ordered edge
  // in first-seen order, behind everything (z_index -1) and hidden unless edge_config says.
  auto gnode = geom::make_vmobject_node<PolyGraphNode>();
  VGroup graph(gnode, Unchecked{});
  detail::set_kind(graph.node(), "VGroup");
  gnode->num_vertices = vertex_coords.size();
  std::vector<Mobject> vertices;
  for (const Vec3& p : vertex_coords) {
    Mobject v = a.vertex_type ? a.vertex_type() : Mobject(Dot3D(ORIGIN, a.vertex_config));
    v.move_to(p);
    vertices.push_back(v);
  }
  LineArgs edge = a.edge_config.value_or([] {
    LineArgs l;
    l.stroke_opacity = 0;
    return l;
  }());
  edge.z_index = -1;
  std::vector<Mobject> lines;
  std::map<std::pair<int, int>, bool> seen;
  for (const auto& e : get_edges(faces_list)) {
    if (seen[e]) continue;
    seen[e] = true;
    gnode->edge_keys.push_back(e);
    lines.push_back(Line(vertices[static_cast<std::size_t>(e.first)].get_center(),
                         vertices[static_cast<std::size_t>(e.second)].get_center(), edge));
  }
  graph.add(vertices);
  graph.add(lines);
  graph.add_updater([](Mobject& g) { update_edges(g); });

  add(faces, graph);
  add_updater([](Mobject& self) { self.as<Polyhedron>().update_faces(); });
}

VGroup Polyhedron::faces() const { return (*this)[0].as<VGroup>(); }
VGroup Polyhedron::graph() const { return (*this)[1].as<VGroup>(); }

Mobject Polyhedron::vertex(std::size_t i) const {
  const auto& n = poly_node(*this);
  if (i >= n.vertex_coords.size())
    throw std::out_of_range(kind() + ".vertex: index " + std::to_string(i) + " is out of range (" +
                            std::to_string(n.vertex_coords.size()) + " vertices)");
  return graph()[static_cast<long>(i)];
}

std::vector<Vec3> Polyhedron::vertex_coords() const { return poly_node(*this).vertex_coords; }
const std::vector<std::vector<int>>& Polyhedron::faces_list() const {
  return poly_node(*this).faces_list;
}
std::vector<std::pair<int, int>> Polyhedron::edges() const {
  return get_edges(poly_node(*this).faces_list);
}

std::vector<std::vector<Vec3>> Polyhedron::extract_face_coords() const {
  const auto& n = poly_node(*this);
  const VGroup g = graph();
  std::vector<Vec3> centres;
  for (std::size_t i = 0; i < n.vertex_coords.size() && i < g.size(); ++i)
    centres.push_back(g[static_cast<long>(i)].get_center());
  std::vector<std::vector<Vec3>> out;
  for (const auto& f : n.faces_list) {
    std::vector<Vec3> corners;
    for (int v : f)
      if (static_cast<std::size_t>(v) < centres.size())
        corners.push_back(centres[static_cast<std::size_t>(v)]);
    out.push_back(std::move(corners));
  }
  return out;
}

VGroup Polyhedron::create_faces(const std::vector<std::vector<Vec3>>& face_coords) const {
  VGroup out;
  for (const auto& f : face_coords) out.add(Polygon(f, poly_node(*this).faces_config));
  return out;
}

Polyhedron& Polyhedron::update_faces() {
  const auto coords = extract_face_coords();
  const VGroup f = faces();
  for (std::size_t i = 0; i < coords.size() && i < f.size(); ++i)
    if (!coords[i].empty()) f[static_cast<long>(i)].node().points = geom::polygon_points(coords[i]);
  return *this;
}

// ------------------------------------------------------------------ platonic solids
namespace {
void check_edge(const char* cls, double e) { geom::require_finite(cls, "edge_length", e); }

std::vector<Vec3> tetra_vertices(double e) {
  check_edge("Tetrahedron", e);
  const double u = e * std::sqrt(2.0) / 4;
  return {{u, u, u}, {u, -u, -u}, {-u, u, -u}, {-u, -u, u}};
}

std::vector<Vec3> octa_vertices(double e) {
  check_edge("Octahedron", e);
  const double u = e * std::sqrt(2.0) / 2;
  return {{u, 0, 0}, {-u, 0, 0}, {0, u, 0}, {0, -u, 0}, {0, 0, u}, {0, 0, -u}};
}

std::vector<Vec3> icosa_vertices(double e) {
  check_edge("Icosahedron", e);
  const double a = e * ((1 + std::sqrt(5.0)) / 4), b = e * (1.0 / 2);
  return {{0, b, a},  {0, -b, a},  {0, b, -a}, {0, -b, -a}, {b, a, 0},  {b, -a, 0},
          {-b, a, 0}, {-b, -a, 0}, {a, 0, b},  {a, 0, -b},  {-a, 0, b}, {-a, 0, -b}};
}

std::vector<Vec3> dodeca_vertices(double e) {
  check_edge("Dodecahedron", e);
  const double a = e * ((1 + std::sqrt(5.0)) / 4), b = e * ((3 + std::sqrt(5.0)) / 4);
  const double c = e * (1.0 / 2);
  return {{a, a, a},    {a, a, -a},  {a, -a, a}, {a, -a, -a}, {-a, a, a}, {-a, a, -a}, {-a, -a, a},
          {-a, -a, -a}, {0, c, b},   {0, c, -b}, {0, -c, -b}, {0, -c, b}, {c, b, 0},   {-c, b, 0},
          {c, -b, 0},   {-c, -b, 0}, {b, 0, c},  {-b, 0, c},  {b, 0, -c}, {-b, 0, -c}};
}
}  // namespace

Tetrahedron::Tetrahedron(double edge_length, const PolyhedronArgs& a)
    : Polyhedron(tetra_vertices(edge_length), {{0, 1, 2}, {3, 0, 2}, {0, 1, 3}, {3, 1, 2}}, a) {
  detail::set_kind(node(), "Tetrahedron");
}

Octahedron::Octahedron(double edge_length, const PolyhedronArgs& a)
    : Polyhedron(
          octa_vertices(edge_length),
          {{2, 4, 1}, {0, 4, 2}, {4, 3, 0}, {1, 3, 4}, {3, 5, 0}, {1, 5, 3}, {2, 5, 1}, {0, 5, 2}},
          a) {
  detail::set_kind(node(), "Octahedron");
}

Icosahedron::Icosahedron(double edge_length, const PolyhedronArgs& a)
    : Polyhedron(
          icosa_vertices(edge_length),
          {{1, 8, 0},  {1, 5, 7},  {8, 5, 1},  {7, 3, 5},  {5, 9, 3},   {8, 9, 5},  {3, 2, 9},
           {9, 4, 2},  {8, 4, 9},  {0, 4, 8},  {6, 4, 0},  {6, 2, 4},   {11, 2, 6}, {3, 11, 2},
           {0, 6, 10}, {10, 1, 0}, {10, 7, 1}, {11, 7, 3}, {10, 11, 7}, {10, 11, 6}},
          a) {
  detail::set_kind(node(), "Icosahedron");
}

Dodecahedron::Dodecahedron(double edge_length, const PolyhedronArgs& a)
    : Polyhedron(dodeca_vertices(edge_length),
                 {{18, 16, 0, 12, 1},
                  {3, 18, 16, 2, 14},
                  {3, 10, 9, 1, 18},
                  {1, 9, 5, 13, 12},
                  {0, 8, 4, 13, 12},
                  {2, 16, 0, 8, 11},
                  {4, 17, 6, 11, 8},
                  {17, 19, 5, 13, 4},
                  {19, 7, 15, 6, 17},
                  {6, 15, 14, 2, 11},
                  {19, 5, 9, 10, 7},
                  {7, 10, 3, 14, 15}},
                 a) {
  detail::set_kind(node(), "Dodecahedron");
}

}  // namespace manim
