// Manim CE's graphing: NumberLine, Axes, NumberPlane, ParametricFunction and FunctionGraph
// (MANIM_FACTS §9). Python's config dicts (axis_config={"color": C, "include_numbers": False})
// are NumberLineArgs structs whose fields are all optional, so Axes can lay the user's
// axis_config over its own defaults key by key, as Manim's merge_dicts_recursively does:
//   Axes({.x_range = {0, 10, 2}, .y_range = {0, 100, 20}, .x_length = 5, .y_length = 3.5,
//         .axis_config = {.color = "#666677", .include_numbers = false}})
#pragma once
#include <functional>
#include <optional>
#include <vector>

#include "manim/mobject/geometry.hpp"

namespace manim {

// ---------------------------------------------------------------- functions
struct ParametricFunctionArgs {
  MANIM_STYLE_KWARGS
  // [t_min, t_max(, t_step)]; the step defaults to 0.01.
  std::vector<double> t_range = {0, 1};
  double dt = 1e-8;
  std::vector<double> discontinuities{};
  bool use_smoothing = true;
};

// A curve through function(t) sampled at numpy.arange(t_min, t_max, t_step) plus t_max, joined
// by a natural cubic spline (Manim's make_smooth) unless use_smoothing is false.
class ParametricFunction : public VMobject {
 public:
  using Function = std::function<Vec3(double)>;
  ParametricFunction(Function function, const ParametricFunctionArgs& a = {});  // WHITE, width 4
  MANIM_HANDLE(ParametricFunction, VMobject)
  // The wrapped function (Manim's get_function / get_point_from_function).
  Vec3 get_point_from_function(double t) const;
  double t_min() const;
  double t_max() const;
};

struct FunctionGraphArgs {
  MANIM_STYLE_KWARGS
  // [x_min, x_max(, step)]; default: the frame's width (±frame_x_radius), step 0.01.
  std::vector<double> x_range{};
  bool use_smoothing = true;
};

// y = function(x) in scene coordinates; YELLOW by default.
class FunctionGraph : public ParametricFunction {
 public:
  FunctionGraph(std::function<double(double)> function, const FunctionGraphArgs& a = {});
  MANIM_HANDLE(FunctionGraph, ParametricFunction)
};

// ---------------------------------------------------------------- NumberLine
// Every field is optional: unset means Manim's NumberLine default (given in the comment).
struct NumberLineArgs {
  MANIM_STYLE_KWARGS  // stroke_width 2
      std::optional<std::vector<double>>
          x_range{};                    // [-7, 7, 1]; a 2-element range gets step 1
  std::optional<double> length{};       // unset: unit_size per unit
  std::optional<double> unit_size{};    // 1
  std::optional<bool> include_ticks{};  // true
  std::optional<double> tick_size{};    // 0.1 (ticks are 2 * tick_size long)
  std::optional<std::vector<double>> numbers_with_elongated_ticks{};  // none
  std::optional<double> longer_tick_multiple{};                       // 2
  std::optional<bool> exclude_origin_tick{};                          // false
  std::optional<double> rotation{};                                   // 0
  std::optional<bool> include_tip{};                                  // false
  std::optional<double> tip_width{};            // DEFAULT_ARROW_TIP_LENGTH (0.35)
  std::optional<double> tip_height{};           // DEFAULT_ARROW_TIP_LENGTH (0.35), the tip's length
  std::optional<bool> include_numbers{};        // false
  std::optional<double> font_size{};            // 36
  std::optional<Vec3> label_direction{};        // DOWN
  std::optional<double> line_to_number_buff{};  // MED_SMALL_BUFF
  std::optional<int> num_decimal_places{};      // decimal_number_config: digits of the step
  std::optional<std::vector<double>> numbers_to_exclude{};  // none
  std::optional<std::vector<double>> numbers_to_include{};  // unset: the tick values
};

// Fields set in `over` replace those of `base` (Manim's update_dict_recursively).
NumberLineArgs merge_number_line_args(const NumberLineArgs& base, const NumberLineArgs& over);

// A Line from x_min to x_max with children [tip (if any), ticks VGroup, numbers VGroup (if
// any)], built horizontally, centred, then rotated by `rotation`.
class NumberLine : public Line {
 public:
  explicit NumberLine(const NumberLineArgs& a = {});
  MANIM_HANDLE(NumberLine, Line)

  // x_min + (x_max - x_min) * alpha mapped onto start -> end (the tip's point when tipped), so
  // it follows every later shift, scale or rotation (Manim's number_to_point).
  Vec3 number_to_point(double number) const;
  Vec3 n2p(double number) const { return number_to_point(number); }
  double point_to_number(const Vec3& point) const;
  double p2n(const Vec3& point) const { return point_to_number(point); }

  double x_min() const;
  double x_max() const;
  double x_step() const;
  double get_unit_size() const;  // current length / (x_max - x_min)
  // Tick values (Manim's get_tick_range), ascending.
  std::vector<double> get_tick_range() const;
  VGroup get_tick_marks() const;           // the ticks VGroup (empty when include_ticks=false)
  std::optional<Mobject> get_tip() const;  // the ArrowTriangleFilledTip, if any
  std::optional<VGroup> numbers() const;   // the labels VGroup, when numbers were added
  // Adds DecimalNumber labels (Manim's add_numbers): at x_values (default: the tick range)
  // except `excluding` (default: numbers_to_exclude).
  NumberLine& add_numbers(std::optional<std::vector<double>> x_values = std::nullopt,
                          std::optional<std::vector<double>> excluding = std::nullopt,
                          std::optional<double> font_size = std::nullopt);
};

// ---------------------------------------------------------------- Axes
struct AxesArgs {
  std::vector<double> x_range{};        // default [-7, 7, 1]; 2 elements get step 1
  std::vector<double> y_range{};        // default [-4, 4, 1]
  std::optional<double> x_length = 12;  // round(frame_width) - 2; nullopt: 1 unit per unit
  std::optional<double> y_length = 6;   // round(frame_height) - 2
  NumberLineArgs axis_config{};
  NumberLineArgs x_axis_config{};
  NumberLineArgs y_axis_config{};
  bool tips = true;
};

struct PlotArgs {
  MANIM_STYLE_KWARGS
  // [x_min, x_max(, step)]: default the x axis' range; without a step, (axis step) / 10.
  std::vector<double> x_range{};
  bool use_smoothing = true;
  std::vector<double> discontinuities{};
  double dt = 1e-8;
};

// Two NumberLines placed so that the middle of each range is at ORIGIN (MANIM_FACTS §9).
class Axes : public VGroup {
 public:
  explicit Axes(const AxesArgs& a = {});
  MANIM_HANDLE(Axes, VGroup)

  NumberLine x_axis() const;
  NumberLine y_axis() const;
  NumberLine get_x_axis() const { return x_axis(); }
  NumberLine get_y_axis() const { return y_axis(); }
  VGroup get_axes() const;              // a new VGroup holding [x_axis, y_axis]
  std::vector<double> x_range() const;  // [min, max, step] as given
  std::vector<double> y_range() const;

  // From the axes' current positions, so later shifts/scales are followed (Manim's formula).
  Vec3 coords_to_point(double x, double y) const;
  Vec3 c2p(double x, double y) const { return coords_to_point(x, y); }
  std::pair<double, double> point_to_coords(const Vec3& p) const;
  std::pair<double, double> p2c(const Vec3& p) const { return point_to_coords(p); }
  Vec3 get_origin() const { return coords_to_point(0, 0); }
  double get_x_unit_size() const;
  double get_y_unit_size() const;

  // The graph of y = function(x) as a ParametricFunction through c2p(x, function(x)).
  ParametricFunction plot(const std::function<double(double)>& function,
                          const PlotArgs& a = {}) const;
  ParametricFunction get_graph(const std::function<double(double)>& function,
                               const PlotArgs& a = {}) const {
    return plot(function, a);
  }
  // The point of a plotted graph above x (Manim's input_to_graph_point for a plot).
  Vec3 input_to_graph_point(double x, const std::function<double(double)>& function) const {
    return coords_to_point(x, function(x));
  }

 protected:
  // For NumberPlane: builds the axes into an existing node.
  Axes(std::shared_ptr<detail::MobjectNode> node, const AxesArgs& a, const char* cls);
};

// ---------------------------------------------------------------- NumberPlane
// Style of the background lines (Manim's background_line_style dict); unset keys keep the
// defaults BLUE_D, width 2, opacity 1.
struct LineStyle {
  std::optional<Color> stroke_color{};
  std::optional<double> stroke_width{};
  std::optional<double> stroke_opacity{};
};

struct NumberPlaneArgs {
  std::vector<double> x_range{};     // default [-frame_x_radius, frame_x_radius, 1]
  std::vector<double> y_range{};     // default [-4, 4, 1]
  std::optional<double> x_length{};  // default: 1 scene unit per unit
  std::optional<double> y_length{};
  LineStyle background_line_style{};
  // Unset: the background style with every number halved.
  std::optional<LineStyle> faded_line_style{};
  int faded_line_ratio = 1;
  NumberLineArgs axis_config{};  // defaults: width 2, no ticks, no tips, labels DR font 24
  NumberLineArgs x_axis_config{};
  NumberLineArgs y_axis_config{};
};

// Axes without ticks or tips, behind them the grid: submobjects are
// [faded lines VGroup, background lines VGroup, x_axis, y_axis].
class NumberPlane : public Axes {
 public:
  explicit NumberPlane(const NumberPlaneArgs& a = {});
  MANIM_HANDLE(NumberPlane, Axes)
  VGroup background_lines() const;
  VGroup faded_lines() const;
};

}  // namespace manim
