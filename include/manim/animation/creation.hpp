// Create, Uncreate, DrawBorderThenFill, Write, Unwrite (manim/animation/creation.py, v0.18.0).
#pragma once
#include "manim/animation/animation.hpp"

namespace manim {

// Draws the outline of each member partially (by curve index), lag_ratio 1.
class Create : public Animation {
 public:
  explicit Create(Mobject mobject, const AnimArgs& args = {});
  void interpolate_submobject(std::vector<Mobject>& members, double sub_alpha) override;
};

// Create in reverse; removes the mobject at the end.
class Uncreate : public Create {
 public:
  explicit Uncreate(Mobject mobject, const AnimArgs& args = {});
  void interpolate_submobject(std::vector<Mobject>& members, double sub_alpha) override;
};

struct DrawBorderThenFillArgs {
  std::optional<double> run_time;  // 2
  RateFunc rate_func;              // double_smooth
  std::optional<double> lag_ratio;
  double stroke_width = 2;
  std::optional<Color> stroke_color;
};

// Phase 1 (s < 0.5): outline traced; phase 2: outline morphs into the filled original.
class DrawBorderThenFill : public Animation {
 public:
  explicit DrawBorderThenFill(Mobject mobject, const DrawBorderThenFillArgs& args = {});
  void begin() override;
  void interpolate_submobject(std::vector<Mobject>& members, double sub_alpha) override;
  std::vector<Mobject> get_all_mobjects() const override;

 protected:
  DrawBorderThenFill(Mobject mobject, const DrawBorderThenFillArgs& args, const std::string& name);
  Mobject get_outline() const;
  Mobject outline_;
  double outline_stroke_width_ = 2;
  std::optional<Color> outline_stroke_color_;
};

// DrawBorderThenFill with Manim's Write timing: run_time 1 below 15 members else 2,
// lag_ratio min(4/n, 0.2), linear rate.
class Write : public DrawBorderThenFill {
 public:
  explicit Write(Mobject mobject, const AnimArgs& args = {});
  void begin() override;
  void finish() override;

 protected:
  // reverse: submobject order inverted during the animation, and the mobject removed after.
  Write(Mobject mobject, const AnimArgs& args, bool reverse);
  void reverse_submobjects();
  bool reverse_ = false;
};

// Write backwards (rate 1 - rate(t)), erasing from the last submobject first (Manim's default
// reverse=True); removes the mobject at the end.
class Unwrite : public Write {
 public:
  explicit Unwrite(Mobject mobject, const AnimArgs& args = {});
};

}  // namespace manim
