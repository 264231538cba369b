// Node types and helpers shared by the 3D mobjects (not public API).
#pragma once
#include <memory>
#include <optional>
#include <vector>

#include "manim/mobject/three_d/three_dimensions.hpp"

namespace manim::three_d {

// A ThreeDVMobject's node: a face of a Surface also records its (u, v) cell.
struct FaceNode : detail::MobjectNode {
  std::optional<ThreeDVMobject::UVCell> cell;
  std::shared_ptr<detail::MobjectNode> clone_self() const override {
    return std::make_shared<FaceNode>(*this);
  }
};

// A Surface's node, with the data of every Surface subclass (one node type keeps copies
// simple: Sphere, Cone, Cylinder, Line3D... fill the fields they use).
struct SurfaceNode : detail::MobjectNode {
  SurfaceFunction func;
  std::pair<double, double> u_range{0, 1}, v_range{0, 1};
  std::pair<int, int> resolution{32, 32};
  Color fill_color = WHITE, stroke_color = WHITE;
  double fill_opacity = 1, stroke_width = 0.5;
  std::vector<Color> checkerboard_colors;
  std::size_t dropped_faces = 0;
  // Sphere / Cylinder / Line3D.
  double radius = 0;
  double major_radius = 0;  // Torus (radius is its minor radius)
  double height = 0;
  // Cone and Cylinder: the direction and the rotation applied to reach it.
  Vec3 direction = OUT;
  double current_theta = 0, current_phi = 0;
  double cone_theta = 0;
  bool has_base = false;  // Cone with show_base: its last submobject is the base Circle
  // Line3D / Arrow3D.
  Vec3 start, end, vect;
  double thickness = 0;
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<SurfaceNode>(*this);
  }
};

// Cube / Prism.
struct CubeNode : detail::MobjectNode {
  double side_length = 2;
  Vec3 dimensions;
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<CubeNode>(*this);
  }
};

SurfaceNode& surface_node(const Mobject& m);  // throws std::logic_error if not a Surface node

// The common surface keywords of any *Args struct that has them.
template <class A>
SurfaceArgs surface_args(const A& a) {
  SurfaceArgs s;
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
  s.resolution = a.resolution;
  s.checkerboard_colors = a.checkerboard_colors;
  s.should_make_jagged = a.should_make_jagged;
  s.pre_function_handle_to_anchor_scale_factor = a.pre_function_handle_to_anchor_scale_factor;
  return s;
}

// Manim's Cone/Cylinder _rotate_to_direction: undo the stored rotation, then turn the z axis
// to `direction` (polar angle about Y, then azimuth about Z, both about the origin).
void rotate_to_direction(Mobject& m, SurfaceNode& n, const Vec3& direction);

}  // namespace manim::three_d
