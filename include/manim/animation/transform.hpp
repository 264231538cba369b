// Transform and its relatives (manim/animation/transform.py, v0.18.0 semantics): the mobject and
// a copy of the target are aligned (submobject counts, then points per subpath) and interpolated
// linearly in points and RGBA.
#pragma once
#include "manim/animation/animation.hpp"
#include "manim/animation/paths.hpp"

namespace manim {

// Transform's own keywords (Manim's path_func, path_arc, path_arc_axis, path_arc_centers).
// A path_func wins over path_arc_centers, which wins over path_arc (as in Manim).
struct PathArgs {
  PathFunc path_func{};
  std::optional<double> path_arc{};
  Vec3 path_arc_axis = OUT;
  std::optional<Vec3> path_arc_centers{};
};

class Transform : public Animation {
 public:
  Transform(Mobject mobject, Mobject target, const AnimArgs& args = {});
  Transform(Mobject mobject, Mobject target, const AnimArgs& args, const PathArgs& path);
  // The path every point takes (straight unless set); Manim's path_func / path_arc setters.
  void set_path(const PathArgs& path);
  const PathFunc& path_func() const { return path_func_; }
  bool replaces_mobject_with_target_in_scene() const {
    return replace_mobject_with_target_in_scene_;
  }
  void set_replace_mobject_with_target_in_scene(bool r) {
    replace_mobject_with_target_in_scene_ = r;
  }
  double path_arc() const { return path_arc_; }
  void begin() override;
  void clean_up_from_scene(Scene& scene) override;
  void interpolate_submobject(std::vector<Mobject>& members, double sub_alpha) override;
  std::vector<Mobject> get_all_mobjects() const override;
  const Mobject& target() const { return target_; }

 protected:
  // The mobject to become; Transform(a, b) uses b itself, subclasses build it in begin().
  virtual Mobject create_target() { return target_; }
  std::vector<Mobject> get_zipped_mobjects() const override;
  Mobject target_;
  Mobject target_copy_;
  bool replace_mobject_with_target_in_scene_ = false;
  PathFunc path_func_;  // empty: straight
  double path_arc_ = 0;
};

// As Transform, then the target takes the mobject's place in the scene.
class ReplacementTransform : public Transform {
 public:
  ReplacementTransform(Mobject mobject, Mobject target, const AnimArgs& args = {},
                       const PathArgs& path = {});
};

// Transform into a target mobject fixed at construction (used by .animate and FadeIn/Out).
class TransformToCopy : public Transform {
 public:
  TransformToCopy(Mobject mobject, Mobject end_state, const AnimArgs& args = {});
};

}  // namespace manim
