// Manim CE's graphing: NumberLine, Axes, NumberPlane, ParametricFunction and FunctionGraph
// as Manim. Python's config dicts (axis_config={"color": C, "include_numbers": False})
// are NumberLineArgs structs whose fields are all optional, so Axes can lay the user's
// axis_config over its own defaults key by key, as Manim's merge_dicts_recursively does:
//   Axes({.x_range = {0, 10, 2}, .y_range = {0, 100, 20}, .x_length = 5, .y_length = 3.5,
//         .axis_config = {.color = "#666677", .include_numbers = false}})
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "manim/mobject/geometry.hpp"

namespace manim {

// ---------------------------------------------------------------- scaling
// Manim's LinearBase / LogBase: how an axis maps its range to numbers. A LogBase axis over
// [-1, 4] shows 10^-1 ... 10^4: ticks at base**k, number_to_point takes log_base(number).
struct Scaling {
  enum class Kind { Linear, Log };
  Kind kind = Kind::Linear;
  double scale_factor = 1;     // LinearBase: value * scale_factor
  double base = 10;            // LogBase: base ** value
  bool custom_labels = false;  // LogBase: labels base^{k} (Integer with a unit) at the ticks
  static Scaling linear(double scale_factor = 1);
  static Scaling log(double base = 10, bool custom_labels = true);
  bool is_linear() const { return kind == Kind::Linear; }
  double function(double value) const;
  // Throws std::invalid_argument for value <= 0 on a LogBase (Manim's ValueError text).
  double inverse_function(double value) const;
};

// ---------------------------------------------------------------- functions
struct ParametricFunctionArgs {
  MANIM_STYLE_KWARGS
  // [t_min, t_max(, t_step)]; the step defaults to 0.01.
  std::vector<double> t_range = {0, 1};
  double dt = 1e-8;
  std::vector<double> discontinuities{};
  bool use_smoothing = true;
  // The samples arange(t_min, t_max, step) + [t_max] go through scaling.function before the
  // function sees them (Axes.plot on a LogBase x axis).
  Scaling scaling{};
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
  Vec3 function(double t) const { return get_point_from_function(t); }
  double t_min() const;
  double t_max() const;
  // y = f(x) of a graph made by Axes::plot (Manim's underlying_function); empty otherwise.
  const std::function<double(double)>& underlying_function() const;
  ParametricFunction& set_underlying_function(std::function<double(double)> f);
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

// ---------------------------------------------------------------- ImplicitFunction
struct ImplicitFunctionArgs {
  MANIM_STYLE_KWARGS
  std::vector<double> x_range{};  // [x_min, x_max]; default: the frame's width
  std::vector<double> y_range{};  // [y_min, y_max]; default: the frame's height
  int min_depth = 5;              // the quadtree is at least this deep (4^d cells)
  int max_quads = 1500;           // refinement stops at this many cells
  bool use_smoothing = true;
};

// The curves where func(x, y) = 0, traced as the isosurfaces package's plot_isoline does
// (Manim's ImplicitFunction): an adaptive quadtree, each cell split into triangles, zeros
// found by bisection along triangle edges, then joined into paths (closed loops end where
// they start) and smoothed.
class ImplicitFunction : public VMobject {
 public:
  using Function = std::function<double(double, double)>;
  ImplicitFunction(Function func, const ImplicitFunctionArgs& a = {});
  MANIM_HANDLE(ImplicitFunction, VMobject)
};

// The isoline func = 0 over [pmin, pmax] as point lists (one per curve), tol per axis
// defaulting to (pmax - pmin) / 1000 (isosurfaces' plot_isoline).
std::vector<std::vector<Vec3>> plot_isoline(const ImplicitFunction::Function& func,
                                            std::pair<double, double> pmin,
                                            std::pair<double, double> pmax, int min_depth = 5,
                                            int max_quads = 10000);

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
  std::optional<TipShape> tip_shape{};          // ArrowTriangleFilledTip
  std::optional<bool> include_numbers{};        // false
  std::optional<double> font_size{};            // 36
  std::optional<Vec3> label_direction{};        // DOWN
  std::optional<double> line_to_number_buff{};  // MED_SMALL_BUFF
  std::optional<int> num_decimal_places{};      // decimal_number_config: digits of the step
  std::optional<std::vector<double>> numbers_to_exclude{};  // none
  std::optional<std::vector<double>> numbers_to_include{};  // unset: the tick values
  // Makes the labels of add_labels / add_coordinates from strings (Manim's label_constructor;
  // unset: MathTex).
  std::optional<std::function<Mobject(const std::string&)>> label_constructor{};
  std::optional<Scaling> scaling{};  // LinearBase()
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

  // scaling.function of the range ends and step (Manim's x_min, x_max, x_step).
  double x_min() const;
  double x_max() const;
  double x_step() const;
  // The range as given, before scaling (Manim's x_range).
  std::vector<double> x_range() const;
  const Scaling& scaling() const;
  // Number of decimal places of the labels (Manim's decimal_number_config).
  int num_decimal_places() const;
  double get_unit_size() const;  // current length / (x_range[1] - x_range[0])
  // Along the line, as long as one unit (Manim's get_unit_vector).
  Vec3 get_unit_vector() const;
  // Tick values (Manim's get_tick_range), ascending.
  std::vector<double> get_tick_range() const;
  VGroup get_tick_marks() const;           // the ticks VGroup (empty when include_ticks=false)
  std::optional<Mobject> get_tip() const;  // the ArrowTriangleFilledTip, if any
  std::optional<VGroup> numbers() const;   // the labels VGroup, when numbers were added
  // A DecimalNumber for x placed next to its point (Manim's get_number_mobject): the line's
  // decimal places and font size, `unit` after the digits; negative numbers are centred on
  // their digits when the labels sit above or below.
  Mobject get_number_mobject(double x, std::optional<std::string> unit = std::nullopt,
                             std::optional<double> font_size = std::nullopt) const;
  // Adds DecimalNumber labels (Manim's add_numbers): at x_values (default: the tick range)
  // except `excluding` (default: numbers_to_exclude).
  NumberLine& add_numbers(std::optional<std::vector<double>> x_values = std::nullopt,
                          std::optional<std::vector<double>> excluding = std::nullopt,
                          std::optional<double> font_size = std::nullopt);
  // Places each label next to its number (Manim's add_labels); the labels' font_size is set to
  // `font_size` (default: the line's) as Manim does. They become `labels()`.
  NumberLine& add_labels(const std::vector<std::pair<double, Mobject>>& dict_values,
                         std::optional<Vec3> direction = std::nullopt,
                         std::optional<double> buff = std::nullopt,
                         std::optional<double> font_size = std::nullopt);
  std::optional<VGroup> labels() const;
  // Adds an already placed group as labels() (BarChart's bar names).
  NumberLine& attach_labels(const VGroup& labels);
  // A label made by the line's label_constructor (MathTex unless configured).
  Mobject create_label_tex(const std::string& tex) const;
  Vec3 get_label_direction() const;
  double get_line_to_number_buff() const;
  double get_font_size() const;
};

// Manim's UnitInterval: a NumberLine over [0, 1] in steps of 0.1, unit_size 10, elongated
// ticks at 0 and 1, labels with 1 decimal place (fields set in `a` win, x_range excepted).
NumberLine UnitInterval(const NumberLineArgs& a = {});

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

// Options of get_riemann_rectangles (Manim's keywords and defaults).
struct RiemannArgs {
  std::optional<std::vector<double>> x_range{};  // [a, b]; unset: the graph's t range
  double dx = 0.1;
  std::string input_sample_type = "left";  // "left", "right" or "center"
  double stroke_width = 1;
  Color stroke_color = BLACK;
  double fill_opacity = 1;
  std::vector<Color> color = {BLUE, GREEN};  // spread over the rectangles
  bool show_signed_area = true;              // rectangles below the x axis get inverted colours
  std::optional<ParametricFunction> bounded_graph{};
  bool blend = false;  // stroke in the fill colour
  double width_scale_factor = 1.001;
};

struct AreaArgs {
  std::optional<std::vector<double>> x_range{};  // [a, b]; unset: the graph's t range
  std::vector<Color> color = {BLUE, GREEN};      // more than one: see docs/graphing.md
  double opacity = 0.3;
  std::optional<ParametricFunction> bounded_graph{};
};

struct GraphLabelArgs {
  std::optional<double> x_val{};  // unset: the rightmost x whose point is below the frame top
  Vec3 direction = RIGHT;
  double buff = MED_SMALL_BUFF;
  std::optional<Color> color{};  // unset: the graph's colour
  bool dot = false;
  DotArgs dot_config{};
};

struct AxisLineArgs {
  bool dashed = true;            // line_func: DashedLine (true) or Line
  std::optional<Color> color{};  // unset: WHITE
  double stroke_width = 2;
  std::optional<double> dashed_ratio{};  // line_config["dashed_ratio"]
  std::optional<double> dash_length{};   // line_config["dash_length"]
};

struct TLabelArgs {
  std::optional<Mobject> label{};
  std::optional<Color> label_color{};
  double triangle_size = MED_SMALL_BUFF;
  Color triangle_color = WHITE;
  bool dashed = false;  // line_func: Line (false) or DashedLine
  Color line_color = YELLOW;
};

struct SecantSlopeArgs {
  std::optional<double> dx{};  // unset: a tenth of the x range
  Color dx_line_color = YELLOW;
  std::optional<Color> dy_line_color{};  // unset: the graph's colour
  std::optional<Mobject> dx_label{};
  std::optional<Mobject> dy_label{};
  bool include_secant_line = true;
  Color secant_line_color = GREEN;
  double secant_line_length = 10;
};

struct LineGraphArgs {
  MANIM_STYLE_KWARGS
  std::optional<std::vector<double>> z_values{};
  Color line_color = YELLOW;
  bool add_vertex_dots = true;
  double vertex_dot_radius = DEFAULT_DOT_RADIUS;
  StyleArgs vertex_dot_style{};
};

struct PlotArgs {
  MANIM_STYLE_KWARGS
  // [x_min, x_max(, step)]: default the x axis' range; without a step, (axis step) / 10.
  std::vector<double> x_range{};
  bool use_smoothing = true;
  std::vector<double> discontinuities{};
  double dt = 1e-8;
};

// Two NumberLines placed so that the middle of each range is at ORIGIN.
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
  // The point of `graph` above x: its function for plotted graphs, otherwise a binary search
  // along the curve (throws std::invalid_argument when x is outside it).
  Vec3 input_to_graph_point(double x, const VMobject& graph) const;
  Vec3 i2gp(double x, const VMobject& graph) const { return input_to_graph_point(x, graph); }
  // (x, f(x)) of a plotted graph.
  std::pair<double, double> input_to_graph_coords(double x, const ParametricFunction& graph) const;
  std::pair<double, double> i2gc(double x, const ParametricFunction& graph) const {
    return input_to_graph_coords(x, graph);
  }
  Vec3 coords_to_point(double x, double y, double z) const;

  // ---- labels (a std::string label is typeset with the x axis' label_constructor) ----
  Mobject get_x_axis_label(const Mobject& label, const Vec3& edge = UR, const Vec3& direction = UR,
                           double buff = SMALL_BUFF) const;
  Mobject get_x_axis_label(const std::string& label, const Vec3& edge = UR,
                           const Vec3& direction = UR, double buff = SMALL_BUFF) const;
  Mobject get_y_axis_label(const Mobject& label, const Vec3& edge = UR,
                           const Vec3& direction = UP * 0.5 + RIGHT,
                           double buff = SMALL_BUFF) const;
  Mobject get_y_axis_label(const std::string& label, const Vec3& edge = UR,
                           const Vec3& direction = UP * 0.5 + RIGHT,
                           double buff = SMALL_BUFF) const;
  VGroup get_axis_labels(const Mobject& x_label, const Mobject& y_label) const;
  VGroup get_axis_labels(const std::string& x_label = "x", const std::string& y_label = "y") const;
  Mobject get_graph_label(const ParametricFunction& graph, const Mobject& label,
                          const GraphLabelArgs& a = {}) const;
  Mobject get_graph_label(const ParametricFunction& graph, const std::string& label = "f(x)",
                          const GraphLabelArgs& a = {}) const;
  // Numbers on both axes (Manim's add_coordinates()); `x` / `y` given: those values, or
  // labels at values. The labels are `coordinate_labels()`.
  Axes& add_coordinates(std::optional<std::vector<double>> x = std::nullopt,
                        std::optional<std::vector<double>> y = std::nullopt);
  Axes& add_coordinates(
      const std::vector<std::pair<double, Mobject>>& x_labels,
      std::optional<std::vector<std::pair<double, Mobject>>> y_labels = std::nullopt);
  VGroup coordinate_labels() const;

  // ---- lines ----
  // From axis `index` (0: x, 1: y) to `point`: a DashedLine (or Line), WHITE, width 2.
  Line get_line_from_axis_to_point(int index, const Vec3& point, const AxisLineArgs& a = {}) const;
  Line get_vertical_line(const Vec3& point, const AxisLineArgs& a = {}) const {
    return get_line_from_axis_to_point(0, point, a);
  }
  Line get_horizontal_line(const Vec3& point, const AxisLineArgs& a = {}) const {
    return get_line_from_axis_to_point(1, point, a);
  }
  // [horizontal line, vertical line].
  VGroup get_lines_to_point(const Vec3& point, const AxisLineArgs& a = {}) const;
  VGroup get_vertical_lines_to_graph(const ParametricFunction& graph,
                                     std::optional<std::vector<double>> x_range = std::nullopt,
                                     int num_lines = 20, const AxisLineArgs& a = {}) const;
  // [label (if any), triangle, vertical line].
  VGroup get_T_label(double x_val, const ParametricFunction& graph, const TLabelArgs& a = {}) const;

  // ---- calculus ----
  VGroup get_riemann_rectangles(const ParametricFunction& graph, const RiemannArgs& a = {}) const;
  Polygon get_area(const ParametricFunction& graph, const AreaArgs& a = {}) const;
  double angle_of_tangent(double x, const ParametricFunction& graph, double dx = 1e-8) const;
  double slope_of_tangent(double x, const ParametricFunction& graph, double dx = 1e-8) const;
  // GREEN by default (a style colour in `a` wins).
  ParametricFunction plot_derivative_graph(const ParametricFunction& graph,
                                           const PlotArgs& a = {}) const;
  ParametricFunction plot_antiderivative_graph(const ParametricFunction& graph,
                                               double y_intercept = 0, int samples = 50,
                                               const PlotArgs& a = {}) const;
  // [dx_line, df_line, (dx_label), (df_label), (secant_line)].
  VGroup get_secant_slope_group(double x, const ParametricFunction& graph,
                                const SecantSlopeArgs& a = {}) const;

  // ---- other plots ----
  // [line_graph, vertex_dots (if add_vertex_dots)] (Manim's VDict keys, in that order).
  VGroup plot_line_graph(const std::vector<double>& x_values, const std::vector<double>& y_values,
                         const LineGraphArgs& a = {}) const;
  // function(t) -> (x, y) in the axes' coordinates.
  ParametricFunction plot_parametric_curve(
      const std::function<std::pair<double, double>(double)>& function,
      const ParametricFunctionArgs& a = {}) const;
  // r = function(theta) over theta_range ([0, 2 pi] by default, sampled every 0.01).
  ParametricFunction plot_polar_graph(const std::function<double(double)>& r_func,
                                      std::vector<double> theta_range = {0, TAU},
                                      const ParametricFunctionArgs& a = {}) const;
  // func(x, y) = 0 in the axes' coordinates over their ranges (Manim's plot_implicit_curve).
  ImplicitFunction plot_implicit_curve(const ImplicitFunction::Function& func, int min_depth = 5,
                                       int max_quads = 1500,
                                       const ImplicitFunctionArgs& style = {}) const;
  // Polar coordinates of the plane (Manim's polar_to_point / pr2pt, point_to_polar / pt2pr).
  Vec3 polar_to_point(double radius, double azimuth) const;
  std::pair<double, double> point_to_polar(const Vec3& point) const;

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
  // The background lines parallel to the x axis / to the y axis (Manim's x_lines, y_lines).
  VGroup x_lines() const;
  VGroup y_lines() const;
  // An Arrow from the origin to (x, y), buff 0 (Manim's get_vector).
  Arrow get_vector(double x, double y, ArrowArgs a = {}) const;
  // Every member with points gets curves inserted up to `num_inserted_curves`, so a
  // non-linear apply_function bends the grid lines smoothly.
  NumberPlane& prepare_for_nonlinear_transform(int num_inserted_curves = 50);
};

}  // namespace manim
