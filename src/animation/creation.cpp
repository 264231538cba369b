// Create, Uncreate, DrawBorderThenFill, Write, Unwrite (Manim's creation.py).
#include "manim/animation/creation.hpp"

#include <algorithm>
#include <stdexcept>

#include "animation/anim_util.hpp"
#include "manim/mobject/types/point_cloud_mobject.hpp"
#include "mobject/family.hpp"

namespace manim {

// ---------------------------------------------------------------- Create / Uncreate

Create::Create(Mobject mobject, const AnimArgs& args)
    : Animation(mobject, detail::named(args, "Create", mobject)) {
  lag_ratio_ = 1.0;
  introducer_ = true;
  apply_args(args);
}

void Create::interpolate_submobject(std::vector<Mobject>& members, double sub_alpha) {
  // Partial by curve index of the starting copy (Manim's pointwise_become_partial).
  // Clamped as Manim's integer_interpolate does for rates that leave [0, 1].
  // A point cloud takes the first points in order (PMobject.pointwise_become_partial).
  if (members[0].is_vectorized() || detail::is_point_cloud(members[0].node()))
    detail::become_partial(members[0].node(), members[1].node(), 0.0,
                           std::clamp(sub_alpha, 0.0, 1.0));
}

Uncreate::Uncreate(Mobject mobject, const AnimArgs& args)
    : Create(mobject, detail::named(args, "Uncreate", mobject)) {
  introducer_ = false;
  remover_ = true;
  reverse_rate_function_ = true;
  apply_flags(args);
}

void Uncreate::interpolate_submobject(std::vector<Mobject>& members, double sub_alpha) {
  Create::interpolate_submobject(members, sub_alpha);
}

// ---------------------------------------------------------------- DrawBorderThenFill

DrawBorderThenFill::DrawBorderThenFill(Mobject mobject, const DrawBorderThenFillArgs& args)
    : DrawBorderThenFill(mobject, args, "DrawBorderThenFill(" + mobject.kind() + ")") {}

DrawBorderThenFill::DrawBorderThenFill(Mobject mobject, const DrawBorderThenFillArgs& args,
                                       const std::string& name)
    : Animation(mobject, detail::named(AnimArgs(), "DrawBorderThenFill", mobject)),
      outline_stroke_width_(args.stroke_width),
      outline_stroke_color_(args.stroke_color) {
  if (!mobject_.is_vectorized())
    throw std::invalid_argument(name_ +
                                ": DrawBorderThenFill only works for vectorized "
                                "mobjects (VMobject, VGroup, Text...), got a " +
                                mobject_.kind());
  name_ = name;
  introducer_ = true;
  set_run_time(2.0);
  rate_func_ = [](double t) { return double_smooth(t); };
  AnimArgs a;
  a.run_time = args.run_time;
  a.rate_func = args.rate_func;
  a.lag_ratio = args.lag_ratio;
  apply_args(a);
}

Mobject DrawBorderThenFill::get_outline() const {
  Mobject outline = mobject_.copy();
  outline.set_fill(std::nullopt, 0.0);
  for (Mobject& sm : outline.family_members_with_points()) {
    // An explicit colour wins; otherwise the member's stroke colour, which is also what
    // get_color() returns once the fill is transparent.
    Color c = outline_stroke_color_ ? *outline_stroke_color_ : sm.get_stroke_color();
    sm.set_stroke(c, outline_stroke_width_);
  }
  return outline;
}

void DrawBorderThenFill::begin() {
  outline_ = get_outline();
  Animation::begin();
}

std::vector<Mobject> DrawBorderThenFill::get_all_mobjects() const {
  return {mobject_, starting_mobject_, outline_};
}

void DrawBorderThenFill::interpolate_submobject(std::vector<Mobject>& members, double sub_alpha) {
  Mobject& sub = members[0];
  const Mobject& start = members[1];
  const Mobject& outline = members[2];
  // Manim's integer_interpolate(0, 2, s): phase 0 traces the outline, phase 1 fills.
  int phase;
  double t;
  if (sub_alpha >= 1) {
    phase = 1;
    t = 1;
  } else if (sub_alpha <= 0) {
    phase = 0;
    t = 0;
  } else {
    double v = 2 * sub_alpha;
    phase = static_cast<int>(v);
    t = v - phase;
  }
  if (phase == 0) {
    detail::become_partial(sub.node(), outline.node(), 0.0, t);
    sub.node().style = outline.node().style;
  } else {
    detail::interpolate_node(sub.node(), outline.node(), start.node(), t);
  }
}

// ---------------------------------------------------------------- Write / Unwrite

namespace {

// Manim's Write defaults from the number of members with points.
DrawBorderThenFillArgs write_args(const Mobject& m, const AnimArgs& args, const char* cls) {
  std::size_t n = m.family_members_with_points().size();
  if (n == 0)
    throw std::invalid_argument(std::string(cls) + "(" + m.kind() +
                                "): the mobject has no points to write; add some "
                                "shapes or text first");
  DrawBorderThenFillArgs d;
  d.run_time = args.run_time ? *args.run_time : (n < 15 ? 1.0 : 2.0);
  d.lag_ratio = args.lag_ratio ? *args.lag_ratio : std::min(4.0 / static_cast<double>(n), 0.2);
  d.rate_func = args.rate_func ? args.rate_func : RateFunc(detail::manim_linear);
  return d;
}

}  // namespace

Write::Write(Mobject mobject, const AnimArgs& args) : Write(mobject, args, false) {}

Write::Write(Mobject mobject, const AnimArgs& args, bool reverse)
    : DrawBorderThenFill(mobject, write_args(mobject, args, reverse ? "Unwrite" : "Write"),
                         args.name.empty()
                             ? std::string(reverse ? "Unwrite(" : "Write(") + mobject.kind() + ")"
                             : args.name),
      reverse_(reverse) {
  introducer_ = !reverse;
  remover_ = reverse;
  apply_flags(args);
}

void Write::reverse_submobjects() {
  // Manim's invert(recursive=True).
  struct Inv {
    static void run(detail::MobjectNode& n) {
      std::reverse(n.submobjects.begin(), n.submobjects.end());
      for (auto& c : n.submobjects) run(*c);
    }
  };
  Inv::run(mobject_.node());
}

void Write::begin() {
  if (reverse_) reverse_submobjects();
  DrawBorderThenFill::begin();
}

void Write::finish() {
  DrawBorderThenFill::finish();
  if (reverse_) reverse_submobjects();
}

Unwrite::Unwrite(Mobject mobject, const AnimArgs& args)
    : Write(
          mobject,
          [&] {
            // Runs Write backwards: rate 1 - rate(t) (default rate linear).
            AnimArgs a = args;
            RateFunc f = args.rate_func ? args.rate_func : RateFunc(detail::manim_linear);
            a.rate_func = [f](double t) { return 1.0 - f(t); };
            return a;
          }(),
          true) {}

}  // namespace manim
