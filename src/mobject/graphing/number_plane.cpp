// NumberPlane: Axes without ticks or tips over a grid of background and faded lines
// (lines at multiples of the step, the range ends excluded).
#include <algorithm>
#include <cmath>

#include "mobject/geometry/geometry_internal.hpp"
#include "mobject/graphing/graphing_internal.hpp"

namespace manim {

namespace {

AxesArgs plane_axes_args(const NumberPlaneArgs& a) {
  AxesArgs r;
  const double rx = 128.0 / 9.0 / 2, ry = 4;
  r.x_range = a.x_range.empty() ? std::vector<double>{-rx, rx, 1} : a.x_range;
  r.y_range = a.y_range.empty() ? std::vector<double>{-ry, ry, 1} : a.y_range;
  r.x_length = a.x_length;
  r.y_length = a.y_length;
  NumberLineArgs axis;
  axis.stroke_width = 2;
  axis.include_ticks = false;
  axis.include_tip = false;
  axis.line_to_number_buff = SMALL_BUFF;
  axis.label_direction = DR;
  axis.font_size = 24;
  r.axis_config = merge_number_line_args(axis, a.axis_config);
  NumberLineArgs y_axis;
  y_axis.label_direction = DR;
  r.y_axis_config = merge_number_line_args(y_axis, a.y_axis_config);
  r.x_axis_config = a.x_axis_config;
  return r;
}

void check_line_style(const char* arg, const LineStyle& s) {
  StyleArgs st;
  st.stroke_width = s.stroke_width;
  st.stroke_opacity = s.stroke_opacity;
  geom::check_style((std::string("NumberPlane ") + arg).c_str(), st);
}

void set_line_style(Mobject& group, const LineStyle& s) {
  group.set_stroke(s.stroke_color, s.stroke_width, s.stroke_opacity);
}

// Manim's _get_lines_parallel_to_axis: copies of the parallel axis shifted by multiples of
// step = freq / ratio along the perpendicular axis; within each run [0], +, -, the (k+1)-th
// line is a background line when (k+1) % ratio == 0 and a faded line otherwise.
void lines_parallel_to(const NumberLine& parallel, const NumberLine& perpendicular, double freq,
                       int ratio, VGroup& lines1, VGroup& lines2) {
  if (ratio == 0) ratio = 1;
  const Line line(parallel.get_start(), parallel.get_end());
  const double step = freq / ratio;
  const double unit_size = perpendicular.get_unit_size();
  const Vec3 unit = (perpendicular.get_end() - perpendicular.get_start()).normalized() * unit_size;
  const std::vector<double> r = perpendicular.x_range();
  double x_min = r[0], x_max = r[1];
  // A LogBase axis over negative exponents: its numbers are all positive, so the lines run
  // from the axis' start over the whole range.
  if (perpendicular.x_min() > 0 && x_min < 0) {
    x_max = std::abs(x_min) + std::abs(x_max);
    x_min = 0;
  }
  const std::vector<std::vector<double>> runs = {
      {0},
      graphing::np_arange(step, std::min(x_max - x_min, x_max), step),
      graphing::np_arange(-step, std::max(x_min - x_max, x_min), -step),
  };
  for (const auto& run : runs)
    for (std::size_t k = 0; k < run.size(); ++k) {
      Line l = line.copy();
      l.shift(unit * run[k]);
      if ((k + 1) % static_cast<std::size_t>(ratio) == 0)
        lines1.add(l);
      else
        lines2.add(l);
    }
}

}  // namespace

NumberPlane::NumberPlane(const NumberPlaneArgs& a)
    : Axes(geom::make_vmobject_node<graphing::AxesNode>(), plane_axes_args(a), "NumberPlane") {
  if (a.faded_line_ratio < 0)
    geom::fail("NumberPlane",
               "faded_line_ratio must be >= 0, got " + std::to_string(a.faded_line_ratio));
  check_line_style("background_line_style", a.background_line_style);
  LineStyle bg{BLUE_D, 2.0, 1.0};
  if (a.background_line_style.stroke_color) bg.stroke_color = a.background_line_style.stroke_color;
  if (a.background_line_style.stroke_width) bg.stroke_width = a.background_line_style.stroke_width;
  if (a.background_line_style.stroke_opacity)
    bg.stroke_opacity = a.background_line_style.stroke_opacity;
  LineStyle faded;
  if (a.faded_line_style) {
    check_line_style("faded_line_style", *a.faded_line_style);
    faded = *a.faded_line_style;
  } else {  // every number of the background style halved
    faded = bg;
    faded.stroke_width = *bg.stroke_width * 0.5;
    faded.stroke_opacity = *bg.stroke_opacity * 0.5;
  }
  const NumberLine xa = x_axis(), ya = y_axis();
  VGroup x1, x2, y1, y2;
  lines_parallel_to(xa, ya, y_range()[2], a.faded_line_ratio, x1, x2);
  lines_parallel_to(ya, xa, x_range()[2], a.faded_line_ratio, y1, y2);
  VGroup background, faded_lines;
  for (const auto& m : x1) background.add(m);
  for (const auto& m : y1) background.add(m);
  for (const auto& m : x2) faded_lines.add(m);
  for (const auto& m : y2) faded_lines.add(m);
  graphing::axes_data(node()).n_x_lines = x1.size();
  set_line_style(background, bg);
  set_line_style(faded_lines, faded);
  add_to_back({faded_lines, background});
}

VGroup NumberPlane::background_lines() const { return (*this)[1].as<VGroup>(); }
VGroup NumberPlane::faded_lines() const { return (*this)[0].as<VGroup>(); }

VGroup NumberPlane::x_lines() const {
  const VGroup bg = background_lines();
  const std::size_t n = std::min(graphing::axes_data(node()).n_x_lines, bg.size());
  VGroup out;
  for (std::size_t i = 0; i < n; ++i) out.add(bg[i]);
  return out;
}

VGroup NumberPlane::y_lines() const {
  const VGroup bg = background_lines();
  const std::size_t n = std::min(graphing::axes_data(node()).n_x_lines, bg.size());
  VGroup out;
  for (std::size_t i = n; i < bg.size(); ++i) out.add(bg[i]);
  return out;
}

Arrow NumberPlane::get_vector(double x, double y, ArrowArgs a) const {
  a.buff = 0;
  return Arrow(coords_to_point(0, 0), coords_to_point(x, y), a);
}

NumberPlane& NumberPlane::prepare_for_nonlinear_transform(int num_inserted_curves) {
  for (Mobject m : family_members_with_points()) {
    if (!m.is<VMobject>()) continue;
    VMobject v = m.as<VMobject>();
    const auto curves = static_cast<int>(v.get_num_curves());
    if (num_inserted_curves > curves) v.insert_n_curves(num_inserted_curves - curves);
  }
  return *this;
}

}  // namespace manim
