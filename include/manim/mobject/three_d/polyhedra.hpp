// Manim CE's polyhedra (manim/mobject/three_d/polyhedra.py): a Polyhedron is a VGroup of its
// faces (Polygons, shade_in_3d) and of a graph of its vertices (Dot3D) and edges (invisible
// Lines); faces follow the vertex dots through an updater, so moving graph[i] reshapes it.
//
//   auto pyramid = Polyhedron({{1, 1, 0}, {1, -1, 0}, {-1, -1, 0}, {-1, 1, 0}, {0, 0, 2}},
//                             {{0, 1, 4}, {1, 2, 4}, {2, 3, 4}, {3, 0, 4}, {0, 1, 2, 3}});
//   auto d = Dodecahedron(2.0);
#pragma once
#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include "manim/mobject/geometry.hpp"
#include "manim/mobject/three_d/three_dimensions.hpp"

namespace manim {

// Manim's faces_config and graph_config.
struct PolyhedronArgs {
  // Each face's Polygon keywords, over Manim's {fill_opacity 0.5, shade_in_3d true} (BLUE).
  StyleArgs faces_config{};
  // Each vertex: vertex_type() when set, else a Dot3D with vertex_config.
  Dot3DArgs vertex_config{};
  std::function<Mobject()> vertex_type{};
  // Each edge Line's keywords; unset, Manim's {stroke_opacity 0} (edges hidden). Given, it
  // replaces that default as Manim's graph_config does.
  std::optional<LineArgs> edge_config{};
};

class Polyhedron : public VGroup {
 public:
  // vertex_coords[i] is vertex i; each face lists its corners' indices in order.
  Polyhedron(const std::vector<Vec3>& vertex_coords,
             const std::vector<std::vector<int>>& faces_list, const PolyhedronArgs& a = {});
  MANIM_HANDLE(Polyhedron, VGroup)

  VGroup faces() const;  // the first submobject: one Polygon per face, in faces_list order
  // The second submobject: the vertex mobjects (graph[i] is vertex i) and then one Line per
  // distinct ordered edge (u, v), as Manim's Graph holds them.
  VGroup graph() const;
  Mobject vertex(std::size_t i) const;
  std::vector<Vec3> vertex_coords() const;  // as given
  const std::vector<std::vector<int>>& faces_list() const;
  // Every face's cyclic pairs (u, v), repeats included (Manim's polyhedron.edges).
  std::vector<std::pair<int, int>> edges() const;
  static std::vector<std::pair<int, int>> get_edges(const std::vector<std::vector<int>>& faces);
  // The corners of each face at the vertex mobjects' current centres.
  std::vector<std::vector<Vec3>> extract_face_coords() const;
  // One Polygon per corner list, styled as this polyhedron's faces (Manim's create_faces).
  VGroup create_faces(const std::vector<std::vector<Vec3>>& face_coords) const;
  // Reshapes the faces to the vertices' current centres (the updater Manim adds).
  Polyhedron& update_faces();
};

// Platonic solids with Manim's vertex coordinates and face lists; edge_length 1 by default.
class Tetrahedron : public Polyhedron {
 public:
  explicit Tetrahedron(double edge_length = 1, const PolyhedronArgs& a = {});
  MANIM_HANDLE(Tetrahedron, Polyhedron)
};
class Octahedron : public Polyhedron {
 public:
  explicit Octahedron(double edge_length = 1, const PolyhedronArgs& a = {});
  MANIM_HANDLE(Octahedron, Polyhedron)
};
class Icosahedron : public Polyhedron {
 public:
  explicit Icosahedron(double edge_length = 1, const PolyhedronArgs& a = {});
  MANIM_HANDLE(Icosahedron, Polyhedron)
};
class Dodecahedron : public Polyhedron {
 public:
  explicit Dodecahedron(double edge_length = 1, const PolyhedronArgs& a = {});
  MANIM_HANDLE(Dodecahedron, Polyhedron)
};

}  // namespace manim
