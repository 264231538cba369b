// Indications (manim/animation/indication.py, v0.18.0): Indicate, Flash, Circumscribe,
// ShowPassingFlash(WithThinningStrokeWidth), ShowCreationThenFadeOut, ApplyWave, Wiggle, FocusOn.
// Constructors take (what, the animation's own options, the common AnimArgs).
#pragma once
#include <variant>

#include "manim/animation/composition.hpp"
#include "manim/animation/movement.hpp"
#include "manim/animation/transform.hpp"
#include "manim/mobject/vmobject.hpp"

namespace manim {

// A point, or a mobject whose centre is used.
using PointOrMobject = std::variant<Vec3, Mobject>;

// Draws only the part [lower(alpha), upper(alpha)] of each member's path, by curve index
// (Manim's ShowPartial; Create is the part [0, alpha]).
class ShowPartial : public Animation {
 public:
  explicit ShowPartial(Mobject mobject, const AnimArgs& args = {});
  void interpolate_submobject(std::vector<Mobject>& members, double sub_alpha) override;

 protected:
  virtual std::pair<double, double> get_bounds(double alpha) const = 0;
};

// A window of width time_width runs along the path; the mobject is shown in full again and
// removed from the scene at the end.
class ShowPassingFlash : public ShowPartial {
 public:
  explicit ShowPassingFlash(Mobject mobject, double time_width = 0.1, const AnimArgs& args = {});
  void clean_up_from_scene(Scene& scene) override;

 protected:
  std::pair<double, double> get_bounds(double alpha) const override;
  double time_width_;
};

struct ThinningFlashArgs {
  int n_segments = 10;
  double time_width = 0.1;
  bool remover = true;
};
class ShowPassingFlashWithThinningStrokeWidth : public AnimationGroup {
 public:
  explicit ShowPassingFlashWithThinningStrokeWidth(Mobject vmobject,
                                                   const ThinningFlashArgs& a = {},
                                                   const AnimArgs& args = {});
};

struct IndicateArgs {
  double scale_factor = 1.2;
  Color color = YELLOW;
};
// Scales up and colours, then back (rate there_and_back).
class Indicate : public Transform {
 public:
  explicit Indicate(Mobject mobject, const IndicateArgs& a = {}, const AnimArgs& args = {});

 protected:
  Mobject create_target() override;
  IndicateArgs ind_;
};

struct FlashArgs {
  double line_length = 0.2;
  int num_lines = 12;
  double flash_radius = 0.1;
  double line_stroke_width = 3;
  Color color = YELLOW;
  double time_width = 1;
  double run_time = 1.0;
};
// num_lines short lines around the point, each a ShowPassingFlash outwards.
class Flash : public AnimationGroup {
 public:
  explicit Flash(const PointOrMobject& point, const FlashArgs& a = {}, const AnimArgs& args = {});
  const VGroup& lines() const { return lines_; }

 private:
  Flash(const Vec3& point, const FlashArgs& a, const AnimArgs& args, VGroup lines);
  VGroup lines_;
};

enum class CircumscribeShape { Rectangle, Circle };
struct CircumscribeArgs {
  CircumscribeShape shape = CircumscribeShape::Rectangle;
  bool fade_in = false;
  bool fade_out = false;
  double time_width = 0.3;
  double buff = SMALL_BUFF;
  Color color = YELLOW;
  double run_time = 1;
  double stroke_width = DEFAULT_STROKE_WIDTH;
};
// A frame around the mobject drawn as a passing flash (or faded in / out).
class Circumscribe : public Succession {
 public:
  explicit Circumscribe(Mobject mobject, const CircumscribeArgs& a = {},
                        const GroupArgs& args = {});
};

// Create, then FadeOut (Manim's deprecated ShowCreationThenFadeOut); removes the mobject.
class ShowCreationThenFadeOut : public Succession {
 public:
  explicit ShowCreationThenFadeOut(Mobject mobject, GroupArgs args = {});
};

struct ApplyWaveArgs {
  Vec3 direction = UP;
  double amplitude = 0.2;
  RateFunc wave_func{};  // smooth
  double time_width = 1;
  int ripples = 1;
};
// A wave (bump of height amplitude) passes over the mobject from left to right; run_time 2.
class ApplyWave : public Homotopy {
 public:
  explicit ApplyWave(Mobject mobject, const ApplyWaveArgs& a = {}, const AnimArgs& args = {});
};

struct WiggleArgs {
  double scale_value = 1.1;
  double rotation_angle = 0.01 * TAU;
  int n_wiggles = 6;
  std::optional<Vec3> scale_about_point{};   // default: the mobject's centre
  std::optional<Vec3> rotate_about_point{};  // default: the mobject's centre
};
class Wiggle : public Animation {
 public:
  explicit Wiggle(Mobject mobject, const WiggleArgs& a = {}, const AnimArgs& args = {});
  void interpolate_submobject(std::vector<Mobject>& members, double sub_alpha) override;
  Vec3 get_scale_about_point() const;
  Vec3 get_rotate_about_point() const;

 private:
  WiggleArgs w_;
};

struct FocusOnArgs {
  double opacity = 0.2;
  Color color = GREY;
};
// A frame-sized transparent disc shrinks onto the point (run_time 2), then is removed.
class FocusOn : public Transform {
 public:
  explicit FocusOn(const PointOrMobject& focus_point, const FocusOnArgs& a = {},
                   const AnimArgs& args = {});

 protected:
  Mobject create_target() override;
  PointOrMobject focus_;
  FocusOnArgs f_;
};

}  // namespace manim
