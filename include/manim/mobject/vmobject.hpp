// VMobject: a Mobject drawn as cubic Bezier paths with fill and stroke; VGroup holds VMobjects.
#pragma once
#include <vector>

#include "manim/mobject/mobject.hpp"

namespace manim {

class VMobject : public Mobject {
 public:
  // An empty VMobject with Manim's default style (white stroke of width 4, no fill).
  explicit VMobject(const StyleArgs& style = {});
  MANIM_HANDLE(VMobject, Mobject)

  // ---- building paths (4 points per cubic; a curve repeats the previous end anchor) ----
  VMobject& set_points_as_corners(const std::vector<Vec3>& corners);
  VMobject& set_points_smoothly(const std::vector<Vec3>& anchors);
  VMobject& start_new_path(const Vec3& p);
  VMobject& add_line_to(const Vec3& p);
  VMobject& add_cubic_bezier_curve(const Vec3& a0, const Vec3& h0, const Vec3& h1, const Vec3& a1);
  VMobject& add_cubic_bezier_curve_to(const Vec3& h0, const Vec3& h1, const Vec3& a1);
  VMobject& add_points_as_corners(const std::vector<Vec3>& corners);
  VMobject& close_path();
  VMobject& append_vectorized_mobject(const VMobject& other);

  // ---- queries ----
  std::size_t get_num_curves() const;
  std::vector<Vec3> get_anchors() const;
  std::vector<std::vector<Vec3>> get_subpaths() const;
  bool is_closed() const;
  // The point at a fraction of the total arc length (Manim's point_from_proportion).
  Vec3 point_from_proportion(double alpha) const;
  double get_arc_length(int samples_per_curve = 16) const;

  // ---- partial paths, as Create draws them (by curve index, not arc length) ----
  VMobject& pointwise_become_partial(const VMobject& source, double a, double b);
  VMobject& insert_n_curves(int n);
};

// A VMobject that only groups others; adding a non-VMobject throws (Manim raises TypeError).
class VGroup : public VMobject {
 public:
  VGroup();
  explicit VGroup(const std::vector<Mobject>& mobs);
  template <class... M>
  explicit VGroup(const Mobject& first, const M&... rest)
      : VGroup(std::vector<Mobject>{first, Mobject(rest)...}) {}
  MANIM_HANDLE(VGroup, VMobject)
};

}  // namespace manim
