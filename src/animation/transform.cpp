// Transform, ReplacementTransform, TransformToCopy (Manim's transform.py).
#include "manim/animation/transform.hpp"

#include <cmath>

#include "animation/anim_util.hpp"
#include "manim/scene/scene.hpp"
#include "mobject/family.hpp"

namespace manim {

Transform::Transform(Mobject mobject, Mobject target, const AnimArgs& args)
    : Animation(mobject, detail::named(args, "Transform", mobject)), target_(std::move(target)) {}

Transform::Transform(Mobject mobject, Mobject target, const AnimArgs& args, const PathArgs& path)
    : Transform(std::move(mobject), std::move(target), args) {
  set_path(path);
}

void Transform::set_path(const PathArgs& path) {
  if (path.path_arc) path_arc_ = *path.path_arc;
  if (path.path_func) {
    path_func_ = path.path_func;
  } else if (path.path_arc_centers) {
    path_func_ = path_along_circles(path_arc_, *path.path_arc_centers, path.path_arc_axis);
  } else if (path.path_arc) {
    path_func_ = std::abs(path_arc_) < STRAIGHT_PATH_THRESHOLD
                     ? PathFunc()
                     : path_along_arc(path_arc_, path.path_arc_axis);
  }
}

void Transform::begin() {
  target_ = create_target();
  target_copy_ = target_.copy();
  // Aligning may restructure the mobject (invisible copies, subdivided curves), as in Manim.
  detail::align_data(mobject_, target_copy_);
  Animation::begin();
}

void Transform::clean_up_from_scene(Scene& scene) {
  Animation::clean_up_from_scene(scene);
  if (replace_mobject_with_target_in_scene_) scene.replace(mobject_, target_);
}

void Transform::interpolate_submobject(std::vector<Mobject>& members, double sub_alpha) {
  detail::interpolate_node(members[0].node(), members[1].node(), members[2].node(), sub_alpha);
  // Manim: points = path_func(start, end, alpha) (also at alpha 1); style as above.
  if (path_func_)
    members[0].node().points =
        path_func_(members[1].node().points, members[2].node().points, sub_alpha);
}

std::vector<Mobject> Transform::get_all_mobjects() const {
  return {mobject_, starting_mobject_, target_, target_copy_};
}

std::vector<Mobject> Transform::get_zipped_mobjects() const {
  return {mobject_, starting_mobject_, target_copy_};
}

ReplacementTransform::ReplacementTransform(Mobject mobject, Mobject target, const AnimArgs& args,
                                           const PathArgs& path)
    : Transform(mobject, std::move(target), detail::named(args, "ReplacementTransform", mobject),
                path) {
  replace_mobject_with_target_in_scene_ = true;
}

TransformToCopy::TransformToCopy(Mobject mobject, Mobject end_state, const AnimArgs& args)
    : Transform(mobject, end_state.copy(), detail::named(args, "TransformToCopy", mobject)) {}

}  // namespace manim
