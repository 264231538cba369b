// Internal helpers shared by the animation sources.
#pragma once
#include <sstream>
#include <string>

#include "manim/animation/animation.hpp"

namespace manim::detail {

// Manim's default animation name, "ClassName(MobjectKind)"; a name the caller set wins.
inline AnimArgs named(AnimArgs args, const char* cls, const Mobject& m) {
  if (args.name.empty()) args.name = std::string(cls) + "(" + m.kind() + ")";
  return args;
}

// Manim's linear is decorated with @unit_interval: 0 below 0, 1 above 1. The sub-alphas of
// lagged members fall outside [0, 1], so the defaults here must clamp.
inline double manim_linear(double t) { return t < 0 ? 0.0 : (t > 1 ? 1.0 : t); }

inline std::string format_number(double v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

}  // namespace manim::detail
