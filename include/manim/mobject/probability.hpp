// Manim CE's BarChart (manim.mobject.graphing.probability): Axes with one Rectangle per value,
// coloured by a gradient over bar_colors, x labels from bar_names and y numbers.
//   BarChart({54, 23, 47}, {.bar_names = {"a", "b", "c"}, .y_range = {0, 60, 10}})
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "manim/mobject/graphing.hpp"

namespace manim {

struct BarChartArgs {
  std::optional<std::vector<std::string>> bar_names{};
  // [min, max(, step)]; unset: [min(0, values), max(0, values), round(max / y_length, 2)].
  std::optional<std::vector<double>> y_range{};
  std::optional<double> x_length{};  // unset: min(len(values), frame_width - 2)
  std::optional<double> y_length{};  // unset: frame_height - 4
  std::vector<Color> bar_colors = {Color("#003f5c"), Color("#58508d"), Color("#bc5090"),
                                   Color("#ff6361"), Color("#ffa600")};
  double bar_width = 0.6;
  double bar_fill_opacity = 0.7;
  double bar_stroke_width = 3;
  NumberLineArgs axis_config{};
  NumberLineArgs x_axis_config{};  // defaults: font_size 24, label_constructor Tex
  NumberLineArgs y_axis_config{};
  bool tips = false;
  // The text of each value's label (get_bar_labels); unset: the number as Python's str(int).
  std::optional<std::vector<std::string>> value_texts{};
};

struct BarLabelArgs {
  std::optional<Color> color{};  // unset: each bar's fill colour
  double font_size = 24;
  double buff = MED_SMALL_BUFF;
  // Makes a label from its text (Manim's label_constructor; unset: Tex).
  std::function<Mobject(const std::string&)> label_constructor{};
};

class BarChart : public Axes {
 public:
  explicit BarChart(const std::vector<double>& values, const BarChartArgs& a = {});
  MANIM_HANDLE(BarChart, Axes)
  VGroup bars() const;
  std::vector<double> values() const;
  // One label per bar with its value, above positive bars and below negative ones.
  VGroup get_bar_labels(const BarLabelArgs& a = {}) const;
  // Stretches the bars to new values (the first len(values) bars), as Manim does: a bar keeps
  // its base, flips across the axis when the sign changes; a zero bar is rebuilt.
  BarChart& change_bar_values(const std::vector<double>& values, bool update_colors = true,
                              std::optional<std::vector<std::string>> value_texts = std::nullopt);
};

}  // namespace manim
