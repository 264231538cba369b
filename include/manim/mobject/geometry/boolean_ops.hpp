// Manim CE's boolean operations on 2-D VMobjects: Union, Intersection, Difference, Exclusion.
// Each operand's own points (not its children's) are read in the xy plane with the nonzero fill
// rule, as Manim does; the result is a VMobject whose outline keeps the operands' curves (cut at
// the crossings) and has its holes wound the other way.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "manim/mobject/vmobject.hpp"

namespace manim {

// One outline command of a path, in the form Manim's skia path hands back: "move" (1 point),
// "line" (1), "cubic" (3: two handles and the end), "close" (0).
struct PathSegment {
  std::string verb;
  std::vector<Vec3> points;
};

// Manim's _BooleanOps: the base of the four operations and its path conversions.
class BooleanOps : public VMobject {
 public:
  explicit BooleanOps(const StyleArgs& a = {});
  MANIM_HANDLE(BooleanOps, VMobject)

  // A VMobject's points as outline commands: per subpath a move, its cubics, and a close when it
  // ends where it started (2-D test, Manim's tolerance).
  static std::vector<PathSegment> vmobject_to_path(const VMobject& v);
  // Appends the commands to this object's points: a close adds a straight line back to the
  // subpath's start (so a closed input comes back with 4 extra points, as in Manim).
  BooleanOps& append_path(const std::vector<PathSegment>& path);
};

// The region covered by any of the operands (at least 2).
class Union : public BooleanOps {
 public:
  explicit Union(const std::vector<VMobject>& vmobjects, const StyleArgs& a = {});
  MANIM_HANDLE(Union, BooleanOps)
};

// The region covered by every operand (at least 2), intersected left to right.
class Intersection : public BooleanOps {
 public:
  explicit Intersection(const std::vector<VMobject>& vmobjects, const StyleArgs& a = {});
  MANIM_HANDLE(Intersection, BooleanOps)
};

// `subject` minus `clip`.
class Difference : public BooleanOps {
 public:
  Difference(const VMobject& subject, const VMobject& clip, const StyleArgs& a = {});
  MANIM_HANDLE(Difference, BooleanOps)
};

// The region covered by exactly one of the two.
class Exclusion : public BooleanOps {
 public:
  Exclusion(const VMobject& subject, const VMobject& clip, const StyleArgs& a = {});
  MANIM_HANDLE(Exclusion, BooleanOps)
};

}  // namespace manim
