// TransformMatchingShapes and TransformMatchingTex (manim/animation/transform_matching_parts.py,
// v0.18.0): the parts of both mobjects are grouped by a key; parts with equal keys Transform
// into each other, the others fade out / in (or Transform / FadeTransformPieces when asked).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "manim/animation/composition.hpp"
#include "manim/animation/transform.hpp"

namespace manim {

struct TransformMatchingArgs {
  bool transform_mismatches = false;
  bool fade_transform_mismatches = false;
  // Source key -> target key: parts transformed (FadeTransformPieces) although keys differ.
  std::vector<std::pair<std::string, std::string>> key_map;
  // Passed to every part animation (all are Transforms in Manim: path_arc=PI/2 arcs them).
  PathArgs path;
};

// The shared logic; subclasses say what the parts are and what key each has.
class TransformMatchingAbstractBase : public AnimationGroup {
 public:
  // After the animation: every child back at alpha 0 (the source unchanged), the group, the
  // source and the faded-in copy leave the scene, the target is added.
  void clean_up_from_scene(Scene& scene) override;
  const Mobject& to_add() const { return to_add_; }

 protected:
  using PartsFn = std::vector<Mobject> (*)(const Mobject&);
  using KeyFn = std::string (*)(const Mobject&);
  TransformMatchingAbstractBase(const Mobject& mobject, const Mobject& target,
                                const TransformMatchingArgs& m, const AnimArgs& args, PartsFn parts,
                                KeyFn key, const char* cls);

 private:
  struct Built;
  TransformMatchingAbstractBase(Built b, const char* cls);
  static Built build(const Mobject& mobject, const Mobject& target, const TransformMatchingArgs& m,
                     const AnimArgs& args, PartsFn parts, KeyFn key);
  std::vector<Mobject> to_remove_;
  Mobject to_add_;
};

// Parts: the family members with points. Key: the points after moving the part's centre to the
// origin and scaling its height to 1, rounded to 3 decimals (equal bytes, as Manim's hash).
class TransformMatchingShapes : public TransformMatchingAbstractBase {
 public:
  TransformMatchingShapes(const Mobject& mobject, const Mobject& target,
                          const TransformMatchingArgs& m = {}, const AnimArgs& args = {});
  static std::vector<Mobject> get_mobject_parts(const Mobject& m);
  static std::string get_mobject_key(const Mobject& m);
};

// Parts: the submobjects of each MathTex / Tex (Groups are searched); key: the part's
// tex_string. A part that is no tex throws std::invalid_argument.
class TransformMatchingTex : public TransformMatchingAbstractBase {
 public:
  TransformMatchingTex(const Mobject& mobject, const Mobject& target,
                       const TransformMatchingArgs& m = {}, const AnimArgs& args = {});
  static std::vector<Mobject> get_mobject_parts(const Mobject& m);
  static std::string get_mobject_key(const Mobject& m);
};

}  // namespace manim
