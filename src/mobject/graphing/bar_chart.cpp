// BarChart: Manim's bars (Rectangle per value, next to c2p(i + 0.5, 0)), colour gradient over
// bar_colors, bar-name labels (Tex, font size 24) and y numbers (docs/graphing.md).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <stdexcept>

#include "manim/mobject/probability.hpp"
#include "manim/mobject/tex.hpp"
#include "manim/scene/config.hpp"
#include "mobject/geometry/geometry_internal.hpp"
#include "mobject/graphing/graphing_internal.hpp"

namespace manim {

namespace {

struct BarChartNode : graphing::AxesNode {
  std::vector<double> values;
  std::vector<std::string> value_texts;
  std::vector<Color> bar_colors;
  double bar_width = 0.6, bar_fill_opacity = 0.7, bar_stroke_width = 3;
  std::shared_ptr<detail::MobjectNode> bars;
  std::shared_ptr<detail::MobjectNode> clone_self() const override {
    return std::make_shared<BarChartNode>(*this);
  }
};

BarChartNode& bc_node(detail::MobjectNode& n) {
  auto* p = dynamic_cast<BarChartNode*>(&n);
  if (!p) throw std::logic_error(n.kind + ": expected a BarChart node");
  return *p;
}

// Python's str() of a number given as int when whole, else the shortest round-trip form.
std::string value_text(double v) {
  if (std::floor(v) == v && std::abs(v) < 1e15) {
    std::ostringstream os;
    os << static_cast<long long>(v);
    return os.str();
  }
  char buf[64];
  for (int prec = 1; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*g", prec, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  return buf;
}

// Python's round(v, 2): rounds the exact binary value (round(0.075, 2) == 0.07), as printf does.
double round2(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return std::strtod(buf, nullptr);
}

AxesArgs chart_axes_args(const std::vector<double>& values, const BarChartArgs& a) {
  if (values.empty())
    throw std::invalid_argument("BarChart: values is empty; pass at least one value");
  for (double v : values)
    if (!std::isfinite(v)) throw std::invalid_argument("BarChart: values must be finite");
  const double y_length = a.y_length.value_or(config().frame_height - 4);
  const double vmax = *std::max_element(values.begin(), values.end());
  const double vmin = *std::min_element(values.begin(), values.end());
  std::vector<double> y_range;
  const bool computed_step = !a.y_range || a.y_range->size() == 2;
  if (!a.y_range) {
    y_range = {std::min(0.0, vmin), std::max(0.0, vmax), round2(vmax / y_length)};
  } else {
    const std::vector<double>& g = *a.y_range;
    if (g.size() == 2)
      y_range = {g[0], g[1], round2(vmax / y_length)};
    else
      y_range = g;
  }
  if (y_range.size() == 3 && !(y_range[2] > 0)) {
    std::ostringstream os;
    os << "BarChart: the y step is " << y_range[2]
       << " (round(max(values) / y_length, 2)); pass y_range=[min, max, step]";
    throw std::invalid_argument(os.str());
  }
  AxesArgs r;
  r.x_range = {0, static_cast<double>(values.size()), 1};
  r.y_range = y_range;
  r.x_length =
      a.x_length.value_or(std::min(static_cast<double>(values.size()), config().frame_width - 2));
  r.y_length = y_length;
  NumberLineArgs x_cfg;
  x_cfg.font_size = 24;
  x_cfg.label_constructor = std::function<Mobject(const std::string&)>(
      [](const std::string& s) -> Mobject { return Tex(s); });
  r.x_axis_config = merge_number_line_args(x_cfg, a.x_axis_config);
  r.axis_config = a.axis_config;
  r.y_axis_config = a.y_axis_config;
  // round(max / y_length, 2) is a Python float, so Manim's labels get its decimals ("28.0").
  if (computed_step && !a.axis_config.num_decimal_places && !a.y_axis_config.num_decimal_places)
    r.y_axis_config.num_decimal_places = graphing::float_step_decimal_places(y_range[2]);
  r.tips = a.tips;
  return r;
}

Rectangle create_bar(const Axes& ax, const BarChartNode& n, std::size_t i, double value) {
  const double h = std::abs(ax.c2p(0, value).y - ax.c2p(0, 0).y);
  const double w = ax.c2p(n.bar_width, 0).x - ax.c2p(0, 0).x;
  Rectangle bar({.fill_opacity = n.bar_fill_opacity,
                 .stroke_width = n.bar_stroke_width,
                 .width = w,
                 .height = h});
  bar.next_to(ax.c2p(static_cast<double>(i) + 0.5, 0), value >= 0 ? UP : DOWN, 0);
  return bar;
}

// set_color_by_gradient: the family members with points, coloured along the gradient.
void color_by_gradient(const Mobject& group, const std::vector<Color>& colors) {
  if (colors.empty()) return;
  std::vector<Mobject> mobs = group.family_members_with_points();
  std::vector<Color> c = color_gradient(colors, static_cast<int>(mobs.size()));
  for (std::size_t i = 0; i < mobs.size(); ++i) mobs[i].set_color(c[i], false);
}

}  // namespace

BarChart::BarChart(const std::vector<double>& values, const BarChartArgs& a)
    : Axes(geom::make_vmobject_node<BarChartNode>(), chart_axes_args(values, a), "BarChart") {
  auto& n = bc_node(node());
  if (a.bar_width < 0 || a.bar_stroke_width < 0 || a.bar_fill_opacity < 0 || a.bar_fill_opacity > 1)
    throw std::invalid_argument(
        "BarChart: bar_width and bar_stroke_width must be >= 0 and "
        "bar_fill_opacity in [0, 1]");
  if (a.value_texts && a.value_texts->size() != values.size())
    throw std::invalid_argument("BarChart: value_texts needs one text per value");
  n.values = values;
  if (a.value_texts)
    n.value_texts = *a.value_texts;
  else
    for (double v : values) n.value_texts.push_back(value_text(v));
  n.bar_colors = a.bar_colors;
  n.bar_width = a.bar_width;
  n.bar_fill_opacity = a.bar_fill_opacity;
  n.bar_stroke_width = a.bar_stroke_width;

  VGroup bars;
  for (std::size_t i = 0; i < values.size(); ++i) bars.add(create_bar(*this, n, i, values[i]));
  color_by_gradient(bars, n.bar_colors);
  n.bars = bars.node_ptr();
  add_to_back({bars});

  NumberLine xa = x_axis();
  if (a.bar_names) {
    VGroup labels;
    for (std::size_t i = 0; i < a.bar_names->size() && i < values.size(); ++i) {
      Mobject label = xa.create_label_tex((*a.bar_names)[i]);
      graphing::set_label_font_size(label, xa.get_font_size());
      label.next_to(xa.number_to_point(static_cast<double>(i) + 0.5), values[i] < 0 ? UP : DOWN,
                    xa.get_line_to_number_buff());
      labels.add(label);
    }
    xa.attach_labels(labels);
  }
  y_axis().add_numbers();
}

VGroup BarChart::bars() const { return Mobject(bc_node(node()).bars).as<VGroup>(); }
std::vector<double> BarChart::values() const { return bc_node(node()).values; }

VGroup BarChart::get_bar_labels(const BarLabelArgs& a) const {
  const auto& n = bc_node(node());
  VGroup labels;
  const VGroup b = bars();
  for (std::size_t i = 0; i < b.size() && i < n.values.size(); ++i) {
    Mobject bar = b[static_cast<long>(i)];
    Mobject label = a.label_constructor ? a.label_constructor(n.value_texts[i])
                                        : Mobject(Tex(n.value_texts[i]));
    label.set_color(a.color.value_or(bar.get_fill_color()));
    graphing::set_label_font_size(label, a.font_size);
    label.next_to(bar, n.values[i] >= 0 ? UP : DOWN, a.buff);
    labels.add(label);
  }
  return labels;
}

BarChart& BarChart::change_bar_values(const std::vector<double>& values, bool update_colors,
                                      std::optional<std::vector<std::string>> value_texts) {
  auto& n = bc_node(node());
  for (double v : values)
    if (!std::isfinite(v))
      throw std::invalid_argument("BarChart.change_bar_values: values must be finite");
  VGroup b = bars();
  const std::size_t count = std::min({values.size(), b.size(), n.values.size()});
  for (std::size_t i = 0; i < count; ++i) {
    Mobject bar = b[static_cast<long>(i)];
    const double old = n.values[i], value = values[i];
    Vec3 lim;
    Vec3 edge;
    if (old > 0) {
      lim = bar.get_bottom();
      edge = DOWN;
    } else {
      lim = bar.get_top();
      edge = UP;
    }
    if (old != 0) {
      const double q = value / old;
      if (q < 0) edge = old > 0 ? UP : DOWN;
      bar.stretch_to_fit_height(std::abs(q) * bar.height());
    } else {
      // Manim swaps in a new bar here but keeps moving the old one (which is then unused).
      Rectangle fresh = create_bar(*this, n, i, value);
      auto& subs = b.node().submobjects;
      subs.erase(subs.begin() + static_cast<long>(i));
      subs.insert(subs.begin() + static_cast<long>(i), fresh.node_ptr());
    }
    bar.move_to(lim, edge);
  }
  if (update_colors) color_by_gradient(b, n.bar_colors);
  for (std::size_t i = 0; i < values.size() && i < n.values.size(); ++i) {
    n.values[i] = values[i];
    n.value_texts[i] =
        value_texts && i < value_texts->size() ? (*value_texts)[i] : value_text(values[i]);
  }
  return *this;
}

}  // namespace manim
