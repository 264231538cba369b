// NumberLine: Manim's line with ticks, an optional ArrowTriangleFilledTip and DecimalNumber labels
// as Manim. Built horizontally and centred, then rotated, as Manim builds it.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include "manim/mobject/numbers.hpp"
#include "manim/mobject/text.hpp"
#include "mobject/geometry/geometry_internal.hpp"
#include "mobject/graphing/graphing_internal.hpp"

namespace manim {

NumberLineArgs merge_number_line_args(const NumberLineArgs& base, const NumberLineArgs& over) {
  NumberLineArgs r = base;
  geom::put_style(r, geom::merge(geom::style_of(base), geom::style_of(over)));
  auto take = [](auto& dst, const auto& src) {
    if (src) dst = src;
  };
  take(r.x_range, over.x_range);
  take(r.length, over.length);
  take(r.unit_size, over.unit_size);
  take(r.include_ticks, over.include_ticks);
  take(r.tick_size, over.tick_size);
  take(r.numbers_with_elongated_ticks, over.numbers_with_elongated_ticks);
  take(r.longer_tick_multiple, over.longer_tick_multiple);
  take(r.exclude_origin_tick, over.exclude_origin_tick);
  take(r.rotation, over.rotation);
  take(r.include_tip, over.include_tip);
  take(r.tip_width, over.tip_width);
  take(r.tip_height, over.tip_height);
  take(r.tip_shape, over.tip_shape);
  take(r.include_numbers, over.include_numbers);
  take(r.font_size, over.font_size);
  take(r.label_direction, over.label_direction);
  take(r.line_to_number_buff, over.line_to_number_buff);
  take(r.num_decimal_places, over.num_decimal_places);
  take(r.numbers_to_exclude, over.numbers_to_exclude);
  take(r.numbers_to_include, over.numbers_to_include);
  take(r.label_constructor, over.label_constructor);
  take(r.scaling, over.scaling);
  return r;
}

namespace {

constexpr long kNone = -1;

struct NumberLineNode : detail::MobjectNode {
  double x_min = -7, x_max = 7, x_step = 1;  // scaled
  double r_min = -7, r_max = 7, r_step = 1;  // as given
  Scaling scaling{};
  double unit_size = 1;
  bool include_tip = false;
  bool exclude_origin_tick = false;
  double font_size = 36;
  Vec3 label_direction = DOWN;
  double line_to_number_buff = MED_SMALL_BUFF;
  int num_decimal_places = 0;
  std::vector<double> numbers_to_exclude;
  long ticks_index = kNone;    // position of the ticks VGroup among the children
  long numbers_index = kNone;  // position of the numbers VGroup
  long labels_index = kNone;   // position of the add_labels VGroup
  std::function<Mobject(const std::string&)> label_constructor;
  std::shared_ptr<detail::MobjectNode> clone_self() const override {
    return std::make_shared<NumberLineNode>(*this);
  }
};

NumberLineNode& nl_node(detail::MobjectNode& n) {
  auto* p = dynamic_cast<NumberLineNode*>(&n);
  if (!p) throw std::logic_error(n.kind + ": expected a NumberLine node");
  return *p;
}

// Python's len(str(step).split(".")[-1]) for the step's shortest form; 0 for whole steps.
int decimal_places_from_step(double step) {
  if (std::floor(step) == step) return 0;
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, step, std::chars_format::fixed);
  std::string s(buf, res.ptr);
  auto dot = s.find('.');
  return dot == std::string::npos ? 0 : static_cast<int>(s.size() - dot - 1);
}

// ArrowTriangleFilledTip pointing along `dir` with its point at `point`: vertices point, then
// the base corner on the left of dir, then the right one (Manim's Triangle(start_angle=PI)
// turned by position_tip). Fill opacity 1; NumberLine re-strokes it with its own stroke.
Mobject make_tip(const VStyle& line_style, const Vec3& point, const Vec3& dir, double length,
                 double width) {
  Triangle tri;
  detail::MobjectNode& t = tri.node();
  detail::set_kind(t, "ArrowTip");
  detail::set_kind(t, "ArrowTriangleTip");
  detail::set_kind(t, "ArrowTriangleFilledTip");
  const Vec3 base = point - dir * length;
  const Vec3 normal{-dir.y, dir.x, 0};
  t.points =
      geom::polygon_points({point, base + normal * (width / 2), base - normal * (width / 2)});
  const Color c = line_style.fill_opacity == 0 ? line_style.stroke_color : line_style.fill_color;
  t.style.fill_color = c;
  t.style.stroke_color = c;
  t.style.fill_opacity = 1;
  // tip.set_stroke(self.stroke_color, self.stroke_width)
  t.style.stroke_color = line_style.stroke_color;
  t.style.stroke_width = line_style.stroke_width;
  return tri;
}

}  // namespace

NumberLine::NumberLine(const NumberLineArgs& a)
    : Line(geom::make_vmobject_node<NumberLineNode>(), Mobject::Unchecked{}) {
  const char* cls = "NumberLine";
  detail::set_kind(node(), "Line");
  detail::set_kind(node(), cls);
  geom::check_style(cls, geom::style_of(a));
  const double frame_x_radius = 128.0 / 9.0 / 2;
  const double rx = std::round(frame_x_radius);
  const std::vector<double> r = graphing::complete_range(
      cls, "x_range", a.x_range.value_or(std::vector<double>{}), {-rx, rx, 1});
  auto& n = nl_node(node());
  n.scaling = a.scaling.value_or(Scaling{});
  if (!n.scaling.is_linear() && !(n.scaling.base > 0 && n.scaling.base != 1))
    geom::fail(cls, "LogBase base must be > 0 and != 1, got " + std::to_string(n.scaling.base));
  if (n.scaling.is_linear() &&
      !(n.scaling.scale_factor != 0 && std::isfinite(n.scaling.scale_factor)))
    geom::fail(cls, "LinearBase scale_factor must be finite and != 0, got " +
                        std::to_string(n.scaling.scale_factor));
  n.r_min = r[0];
  n.r_max = r[1];
  n.r_step = r[2];
  n.x_min = n.scaling.function(r[0]);
  n.x_max = n.scaling.function(r[1]);
  n.x_step = n.scaling.function(r[2]);
  const double unit_size = a.unit_size.value_or(1);
  geom::require_finite(cls, "unit_size", unit_size);
  if (a.length) {
    if (!std::isfinite(*a.length) || *a.length <= 0)
      geom::fail(cls, "length must be finite and > 0, got " + std::to_string(*a.length));
  } else if (unit_size <= 0) {
    geom::fail(cls, "unit_size must be > 0, got " + std::to_string(unit_size));
  }
  const double tick_size = a.tick_size.value_or(0.1);
  geom::require_non_negative(cls, "tick_size", tick_size);
  const double longer = a.longer_tick_multiple.value_or(2);
  geom::require_non_negative(cls, "longer_tick_multiple", longer);
  const double rotation = a.rotation.value_or(0);
  geom::require_finite(cls, "rotation", rotation);
  const double tip_width = a.tip_width.value_or(DEFAULT_ARROW_TIP_LENGTH);
  const double tip_height = a.tip_height.value_or(DEFAULT_ARROW_TIP_LENGTH);
  geom::require_non_negative(cls, "tip_width", tip_width);
  geom::require_non_negative(cls, "tip_height", tip_height);
  n.include_tip = a.include_tip.value_or(false);
  n.exclude_origin_tick = a.exclude_origin_tick.value_or(false);
  n.font_size = a.font_size.value_or(36);
  geom::require_non_negative(cls, "font_size", n.font_size);
  n.label_direction = a.label_direction.value_or(DOWN);
  geom::require_finite(cls, "label_direction", n.label_direction);
  n.line_to_number_buff = a.line_to_number_buff.value_or(MED_SMALL_BUFF);
  geom::require_finite(cls, "line_to_number_buff", n.line_to_number_buff);
  n.num_decimal_places = a.num_decimal_places.value_or(decimal_places_from_step(n.r_step));
  if (n.num_decimal_places < 0)
    geom::fail(cls, "num_decimal_places must be >= 0, got " + std::to_string(n.num_decimal_places));
  n.numbers_to_exclude = a.numbers_to_exclude.value_or(std::vector<double>{});
  if (a.label_constructor) n.label_constructor = *a.label_constructor;

  StyleArgs defaults;
  defaults.stroke_width = 2;
  geom::apply_style(n, geom::merge(defaults, geom::style_of(a)));

  // Line(x_min*RIGHT, x_max*RIGHT), set to `length` (or scaled by unit_size), centred.
  const double length = a.length ? *a.length : unit_size * (n.r_max - n.r_min);
  n.unit_size = length / (n.r_max - n.r_min);
  n.points.clear();
  geom::append_straight(n.points, {-length / 2, 0, 0}, {length / 2, 0, 0});

  const TipShape tip_shape = a.tip_shape.value_or(TipShape::TriangleFilled);
  if (n.include_tip && tip_shape != TipShape::TriangleFilled) {
    // Manim's add_tip(tip_length=tip_height, tip_width=tip_width, tip_shape=...): only the
    // filled triangle takes the width; then tip.set_stroke(line colour, line width).
    add_tip(tip_shape, tip_height, std::nullopt);
    Mobject tip(geom::find_tip(node()));
    tip.set_stroke(n.style.stroke_color, n.style.stroke_width);
  } else if (n.include_tip) {
    Mobject tip = make_tip(n.style, {length / 2, 0, 0}, RIGHT, tip_height, tip_width);
    // reset_endpoints_based_on_tip: the line stops at the tip's base.
    n.points.clear();
    geom::append_straight(n.points, {-length / 2, 0, 0}, {length / 2 - tip_height, 0, 0});
    n.submobjects.push_back(tip.node_ptr());
  }

  if (a.include_ticks.value_or(true)) {
    VGroup ticks;
    const std::vector<double> elongated =
        a.numbers_with_elongated_ticks.value_or(std::vector<double>{});
    for (double x : get_tick_range()) {
      double size = tick_size;
      for (double e : elongated)
        if (std::abs((x - n.x_min) - (e - n.x_min)) <= 1e-8 + 1e-5 * std::abs(e - n.x_min))
          size = tick_size * longer;  // numpy.isclose
      const Vec3 p = number_to_point(x);
      Line tick(p + DOWN * size, p + UP * size);
      tick.node().style = n.style;  // match_style(self)
      ticks.add(tick);
    }
    n.ticks_index = static_cast<long>(n.submobjects.size());
    n.submobjects.push_back(ticks.node_ptr());
  }

  if (rotation != 0) Mobject::rotate(rotation);

  if (a.include_numbers.value_or(false) || a.numbers_to_include) {
    if (n.scaling.custom_labels) {
      // LogBase's get_custom_labels: Integer(base) with the unit "^{k}", k the exponent.
      std::vector<std::pair<double, Mobject>> labels;
      for (double x : get_tick_range()) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "^{%.*f}", n.num_decimal_places,
                      n.scaling.inverse_function(x));
        labels.emplace_back(x, Integer(std::lround(n.scaling.base), {.unit = std::string(buf)}));
      }
      add_labels(labels);
    } else {
      add_numbers(a.numbers_to_include, n.numbers_to_exclude, n.font_size);
    }
  }
}

Scaling Scaling::linear(double scale_factor) {
  Scaling s;
  s.scale_factor = scale_factor;
  return s;
}

Scaling Scaling::log(double base, bool custom_labels) {
  Scaling s;
  s.kind = Kind::Log;
  s.base = base;
  s.custom_labels = custom_labels;
  return s;
}

double Scaling::function(double value) const {
  return is_linear() ? scale_factor * value : std::pow(base, value);
}

double Scaling::inverse_function(double value) const {
  if (is_linear()) return value / scale_factor;
  if (!(value > 0))
    throw std::invalid_argument(
        "log(0) is undefined. Make sure the value is in the domain of the function");
  return std::log(value) / std::log(base);
}

double NumberLine::x_min() const { return nl_node(node()).x_min; }
double NumberLine::x_max() const { return nl_node(node()).x_max; }
double NumberLine::x_step() const { return nl_node(node()).x_step; }

std::vector<double> NumberLine::x_range() const {
  const auto& n = nl_node(node());
  return {n.r_min, n.r_max, n.r_step};
}
const Scaling& NumberLine::scaling() const { return nl_node(node()).scaling; }
int NumberLine::num_decimal_places() const { return nl_node(node()).num_decimal_places; }

double NumberLine::get_unit_size() const {
  const auto& n = nl_node(node());
  return get_length() / (n.r_max - n.r_min);
}

Vec3 NumberLine::get_unit_vector() const {
  const Vec3 d = get_end() - get_start();
  const double len = d.norm();
  if (len == 0) return Vec3{0, 0, 0};
  return d / len * nl_node(node()).unit_size;
}

Vec3 NumberLine::number_to_point(double number) const {
  const auto& n = nl_node(node());
  const double alpha = (n.scaling.inverse_function(number) - n.r_min) / (n.r_max - n.r_min);
  const Vec3 s = get_start(), e = get_end();
  return s + (e - s) * alpha;
}

double NumberLine::point_to_number(const Vec3& point) const {
  const auto& n = nl_node(node());
  const Vec3 s = get_start(), e = get_end();
  const Vec3 u = (e - s).normalized();
  const double proportion = (point - s).dot(u) / (e - s).dot(u);
  return n.x_min + (n.x_max - n.x_min) * proportion;
}

std::vector<double> NumberLine::get_tick_range() const {
  const auto& n = nl_node(node());
  const double x_min = n.r_min, step = n.r_step;
  const double x_max = n.include_tip ? n.r_max : n.r_max + 1e-6;
  auto scaled = [&](std::vector<double> v) {
    for (double& x : v) x = n.scaling.function(x);
    return v;
  };
  if ((x_min < x_max && x_max < 0) || (x_max > x_min && x_min > 0))
    return scaled(graphing::np_arange(x_min, x_max, step));
  const double start = n.exclude_origin_tick ? step : 0;
  std::vector<double> out = graphing::np_arange(start, std::abs(x_min) + 1e-6, step);
  for (double& v : out) v = -v;
  for (double v : graphing::np_arange(start, x_max, step)) out.push_back(v);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());  // numpy.unique
  return scaled(out);
}

VGroup NumberLine::get_tick_marks() const {
  const auto& n = nl_node(node());
  if (n.ticks_index == kNone || n.ticks_index >= static_cast<long>(n.submobjects.size()))
    return VGroup();
  return Mobject(n.submobjects[n.ticks_index]).as<VGroup>();
}

std::optional<Mobject> NumberLine::get_tip() const {
  if (auto t = geom::find_tip(node())) return Mobject(t);
  return std::nullopt;
}

std::optional<VGroup> NumberLine::numbers() const {
  const auto& n = nl_node(node());
  if (n.numbers_index == kNone || n.numbers_index >= static_cast<long>(n.submobjects.size()))
    return std::nullopt;
  return Mobject(n.submobjects[n.numbers_index]).as<VGroup>();
}

Mobject NumberLine::get_number_mobject(double x, std::optional<std::string> unit,
                                       std::optional<double> font_size) const {
  const auto& n = nl_node(node());
  DecimalNumber num(x, {.num_decimal_places = n.num_decimal_places,
                        .font_size = font_size.value_or(n.font_size),
                        .unit = std::move(unit)});
  num.next_to(number_to_point(x), n.label_direction, n.line_to_number_buff);
  // Negative labels are centred on their digits, not the minus sign.
  if (x < 0 && n.label_direction.x == 0) num.shift(LEFT * (num[0].width() / 2));
  return num;
}

NumberLine& NumberLine::add_numbers(std::optional<std::vector<double>> x_values,
                                    std::optional<std::vector<double>> excluding,
                                    std::optional<double> font_size) {
  auto& n = nl_node(node());
  const std::vector<double> xs = x_values ? *x_values : get_tick_range();
  const std::vector<double> skip = excluding ? *excluding : n.numbers_to_exclude;
  const double fs = font_size.value_or(n.font_size);
  VGroup numbers;
  for (double x : xs) {
    if (std::find(skip.begin(), skip.end(), x) != skip.end()) continue;
    numbers.add(get_number_mobject(x, std::nullopt, fs));
  }
  n.numbers_index = static_cast<long>(n.submobjects.size());
  n.submobjects.push_back(numbers.node_ptr());
  return *this;
}

}  // namespace manim

namespace manim {

namespace graphing {
int float_step_decimal_places(double step) {
  // Python's repr: the shortest round-trip digits, fixed notation for 1e-4 <= |x| < 1e16
  // (at least one digit after the point), else "1e-05" / "1.5e-05".
  char buf[64];
  int prec = 1;
  for (; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, step);
    if (std::strtod(buf, nullptr) == step) break;
  }
  const std::string s = buf;
  const int exp = std::atoi(s.c_str() + s.find('e') + 1);
  if (exp < -4 || exp >= 16) {
    // Python writes "1e-05" (no point: the whole string) or "1.5e-05" (after the point).
    std::string mant = s.substr(0, s.find('e'));
    while (mant.size() > 1 && mant.find('.') != std::string::npos &&
           (mant.back() == '0' || mant.back() == '.'))
      mant.pop_back();
    char ebuf[16];
    std::snprintf(ebuf, sizeof ebuf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    const std::string py = mant + ebuf;
    const auto dot = py.find('.');
    return static_cast<int>(dot == std::string::npos ? py.size() : py.size() - dot - 1);
  }
  return std::max(prec - 1 - exp, 1);
}

void set_label_font_size(Mobject& label, double font_size) {
  if (label.is<DecimalNumber>())
    label.as<DecimalNumber>().set_font_size(font_size);
  else if (label.is<SingleStringMathTex>())
    label.as<SingleStringMathTex>().set_font_size(font_size);
  else if (label.is<Text>())
    label.as<Text>().set_font_size(font_size);
  else
    throw std::invalid_argument(
        "NumberLine.add_labels: a " + label.kind() +
        " has no font_size; pass MathTex, Tex, Text or DecimalNumber labels");
}
}  // namespace graphing

NumberLine& NumberLine::add_labels(const std::vector<std::pair<double, Mobject>>& dict_values,
                                   std::optional<Vec3> direction, std::optional<double> buff,
                                   std::optional<double> font_size) {
  auto& n = nl_node(node());
  const Vec3 dir = direction.value_or(n.label_direction);
  const double b = buff.value_or(n.line_to_number_buff);
  const double fs = font_size.value_or(n.font_size);
  VGroup labels;
  for (const auto& [x, label] : dict_values) {
    Mobject l = label;
    graphing::set_label_font_size(l, fs);
    l.next_to(number_to_point(x), dir, b);
    labels.add(l);
  }
  n.labels_index = static_cast<long>(n.submobjects.size());
  n.submobjects.push_back(labels.node_ptr());
  return *this;
}

NumberLine& NumberLine::attach_labels(const VGroup& labels) {
  auto& n = nl_node(node());
  n.labels_index = static_cast<long>(n.submobjects.size());
  n.submobjects.push_back(labels.node_ptr());
  return *this;
}

std::optional<VGroup> NumberLine::labels() const {
  const auto& n = nl_node(node());
  if (n.labels_index == kNone || n.labels_index >= static_cast<long>(n.submobjects.size()))
    return std::nullopt;
  return Mobject(n.submobjects[n.labels_index]).as<VGroup>();
}

Mobject NumberLine::create_label_tex(const std::string& tex) const {
  const auto& n = nl_node(node());
  if (n.label_constructor) return n.label_constructor(tex);
  return MathTex(tex);
}

NumberLine UnitInterval(const NumberLineArgs& a) {
  if (a.x_range) geom::fail("UnitInterval", "x_range is fixed at [0, 1, 0.1]; use NumberLine");
  NumberLineArgs base;
  base.unit_size = 10;
  base.numbers_with_elongated_ticks = std::vector<double>{0, 1};
  base.num_decimal_places = 1;
  NumberLineArgs r = merge_number_line_args(base, a);
  r.x_range = std::vector<double>{0, 1, 0.1};
  return NumberLine(r);
}

Vec3 NumberLine::get_label_direction() const { return nl_node(node()).label_direction; }
double NumberLine::get_line_to_number_buff() const { return nl_node(node()).line_to_number_buff; }
double NumberLine::get_font_size() const { return nl_node(node()).font_size; }

}  // namespace manim
