// DecimalNumber / Integer: "{:,.Nf}" formatting, one SingleStringMathTex per character.
#include "manim/mobject/numbers.hpp"

#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "manim/mobject/geometry.hpp"
#include "mobject/family.hpp"
#include "mobject/svg/svg_mobject.hpp"

namespace manim {

namespace {

struct NumberNode : detail::MobjectNode {
  double value = 0;
  std::string text;
  DecimalNumberArgs args;
  double initial_height = 0;  // height when typeset at args.font_size (Manim's initial_height)
  long unit_index = -1;
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<NumberNode>(*this);
  }
};

NumberNode& number_node(detail::MobjectNode& n) {
  auto* p = dynamic_cast<NumberNode*>(&n);
  if (!p) throw std::logic_error(n.kind + ": expected a DecimalNumber node");
  return *p;
}

Mobject char_mob(const std::string& tex, const DecimalNumberArgs& a) {
  if (a.mob_class) return a.mob_class(tex, a.font_size);
  MathTexArgs targs;
  targs.font_size = a.font_size;
  return MathTex(tex, targs);
}

// Builds the character mobjects of `text` into node (Manim's _set_submobjects_from_number):
// one mob_class object per character, then \dots and the unit, arranged bottom-aligned and
// centred on ORIGIN; minus signs and commas are then lowered as Manim does.
void fill_characters(const std::shared_ptr<detail::MobjectNode>& ptr, const std::string& text,
                     const DecimalNumberArgs& a) {
  auto& node = number_node(*ptr);
  node.submobjects.clear();
  node.unit_index = -1;
  Mobject self(ptr);
  std::vector<Mobject> chars;
  for (char c : text) chars.push_back(char_mob(std::string(1, c), a));
  for (auto& c : chars) node.submobjects.push_back(c.node_ptr());
  MathTexArgs targs;
  targs.font_size = a.font_size;
  if (a.show_ellipsis) {
    SingleStringMathTex dots("\\dots", targs);
    if (a.color) dots.set_color(*a.color);
    node.submobjects.push_back(dots.node_ptr());
  }
  self.arrange(RIGHT, a.digit_buff_per_font_unit * a.font_size, DOWN);
  std::optional<Mobject> unit;
  if (a.unit) {
    unit = SingleStringMathTex(*a.unit, targs);
    unit->next_to(self, RIGHT,
                  (a.unit_buff_per_font_unit + a.digit_buff_per_font_unit) * a.font_size, DOWN);
    node.unit_index = static_cast<long>(node.submobjects.size());
    node.submobjects.push_back(unit->node_ptr());
  }
  self.move_to(ORIGIN);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '-' && i + 1 < text.size()) {
      chars[i].align_to(chars[i + 1], UP);
      chars[i].shift(DOWN * (chars[i + 1].height() / 2));
    } else if (text[i] == ',') {
      chars[i].shift(DOWN * (chars[i].height() / 2));
    }
  }
  if (unit && !a.unit->empty() && (*a.unit)[0] == '^') unit->align_to(self, UP);
  node.initial_height = self.height();
  VStyle s;
  s.fill_color = WHITE;
  s.fill_opacity = 1;
  s.stroke_color = WHITE;
  s.stroke_width = 0;
  node.style = s;
  detail::apply_style_args(node, a);
  if (a.include_background_rectangle) {
    BackgroundRectangle bg(self, {.color = BLACK, .fill_opacity = 0.75});
    node.submobjects.insert(node.submobjects.begin(), bg.node_ptr());
    if (node.unit_index >= 0) ++node.unit_index;
  }
}

}  // namespace

std::string DecimalNumber::format(double number, int places, bool include_sign, bool commas) {
  if (places < 0 || places > 30)
    throw std::invalid_argument("DecimalNumber: num_decimal_places must be in 0..30, got " +
                                std::to_string(places));
  if (!std::isfinite(number)) throw std::invalid_argument("DecimalNumber: number must be finite");
  char buf[512];
  std::snprintf(buf, sizeof buf, "%.*f", places, std::abs(number));
  std::string digits = buf;
  if (commas) {
    auto dot = digits.find('.');
    std::size_t int_len = dot == std::string::npos ? digits.size() : dot;
    std::string grouped;
    for (std::size_t i = 0; i < int_len; ++i) {
      if (i > 0 && (int_len - i) % 3 == 0) grouped.push_back(',');
      grouped.push_back(digits[i]);
    }
    grouped.append(digits, int_len, std::string::npos);
    digits = grouped;
  }
  bool neg = std::signbit(number);
  // Manim drops the sign of a number that rounds to zero ("-0.00" -> "0.00", or "+0.00").
  double scale = std::pow(10.0, places);
  bool rounds_to_zero = std::round(std::abs(number) * scale) == 0;
  std::string out;
  if (neg && !rounds_to_zero)
    out.push_back('-');
  else if (include_sign)
    out.push_back('+');
  out.append(digits);
  return out;
}

DecimalNumber::DecimalNumber(double number, const DecimalNumberArgs& a)
    : VMobject(nullptr, Unchecked{}) {
  if (!(a.font_size > 0) || !std::isfinite(a.font_size))
    throw std::invalid_argument("DecimalNumber: font_size must be finite and > 0");
  if (!std::isfinite(a.digit_buff_per_font_unit) || !std::isfinite(a.unit_buff_per_font_unit))
    throw std::invalid_argument(
        "DecimalNumber: digit_buff_per_font_unit and "
        "unit_buff_per_font_unit must be finite");
  auto node = detail::make_vnode<NumberNode>();
  set_kind(*node, "DecimalNumber");
  node->value = number;
  node->args = a;
  node->text = format(number, a.num_decimal_places, a.include_sign, a.group_with_commas);
  n_ = node;
  fill_characters(node, node->text, a);
}

double DecimalNumber::get_value() const { return number_node(node()).value; }

std::string DecimalNumber::num_string() const { return number_node(node()).text; }

const DecimalNumberArgs& DecimalNumber::args() const { return number_node(node()).args; }

double DecimalNumber::font_size() const {
  const auto& n = number_node(node());
  if (n.initial_height == 0) return n.args.font_size;
  return height() / n.initial_height * n.args.font_size;
}

DecimalNumber& DecimalNumber::set_font_size(double font_size) {
  if (!(font_size > 0) || !std::isfinite(font_size))
    throw std::invalid_argument("DecimalNumber: font_size must be greater than 0, got " +
                                std::to_string(font_size));
  if (height() > 0) scale(font_size / this->font_size());
  return *this;
}

std::optional<Mobject> DecimalNumber::unit_sign() const {
  const auto& n = number_node(node());
  if (n.unit_index < 0 || n.unit_index >= static_cast<long>(n.submobjects.size()))
    return std::nullopt;
  return Mobject(n.submobjects[n.unit_index]);
}

DecimalNumber& DecimalNumber::set_value(double number) {
  auto& node = number_node(this->node());
  const std::string text = format(number, node.args.num_decimal_places, node.args.include_sign,
                                  node.args.group_with_commas);
  const double old_font_size = font_size();
  const Vec3 fixed = get_edge_center(node.args.edge_to_fix);
  const VStyle style = node.style;
  std::vector<VStyle> old_styles;
  for (const auto& c : node.submobjects) old_styles.push_back(c->style);
  node.value = number;
  node.text = text;
  fill_characters(node_ptr(), node.text, node.args);
  set_font_size(old_font_size);
  move_to(fixed, node.args.edge_to_fix);
  // match_style per submobject, then init_colors: the number's own style over the family.
  for (std::size_t i = 0; i < node.submobjects.size() && i < old_styles.size(); ++i)
    node.submobjects[i]->style = old_styles[i];
  std::vector<std::shared_ptr<detail::MobjectNode>> fam;
  detail::collect_family(node_ptr(), fam, false);
  for (auto& f : fam) f->style = style;
  return *this;
}

Integer::Integer(long number, DecimalNumberArgs a) : DecimalNumber(nullptr, Unchecked{}) {
  a.num_decimal_places = 0;
  DecimalNumber d(static_cast<double>(number), a);
  n_ = d.node_ptr();
  detail::set_kind(*n_, "Integer");
}

long Integer::get_value() const { return std::lround(DecimalNumber::get_value()); }

}  // namespace manim
