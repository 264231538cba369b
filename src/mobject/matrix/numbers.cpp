// DecimalNumber / Integer: "{:,.Nf}" formatting, one SingleStringMathTex per character.
#include "manim/mobject/numbers.hpp"

#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "mobject/family.hpp"
#include "mobject/svg/svg_mobject.hpp"

namespace manim {

namespace {

struct NumberNode : detail::MobjectNode {
  double value = 0;
  std::string text;
  DecimalNumberArgs args;
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<NumberNode>(*this);
  }
};

// Builds the character mobjects of `text` into node (Manim's _set_submobjects_from_number).
void fill_characters(const std::shared_ptr<detail::MobjectNode>& ptr, const std::string& text,
                     const DecimalNumberArgs& a) {
  auto& node = static_cast<NumberNode&>(*ptr);
  node.submobjects.clear();
  MathTexArgs targs;
  targs.font_size = a.font_size;
  Mobject self(ptr);
  std::vector<Mobject> chars;
  for (char c : text) chars.push_back(SingleStringMathTex(std::string(1, c), targs));
  for (auto& c : chars) node.submobjects.push_back(c.node_ptr());
  self.arrange(RIGHT, a.digit_buff_per_font_unit * a.font_size, DOWN);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '-' && i + 1 < text.size()) {
      chars[i].align_to(chars[i + 1], UP);
      chars[i].shift(DOWN * (chars[i + 1].height() / 2));
    } else if (text[i] == ',') {
      chars[i].shift(DOWN * (chars[i].height() / 2));
    }
  }
  VStyle s;
  s.fill_color = WHITE;
  s.fill_opacity = 1;
  s.stroke_color = WHITE;
  s.stroke_width = 0;
  node.style = s;
  detail::apply_style_args(node, a);
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
  auto node = detail::make_vnode<NumberNode>();
  set_kind(*node, "DecimalNumber");
  node->value = number;
  node->args = a;
  node->text = format(number, a.num_decimal_places, a.include_sign, a.group_with_commas);
  n_ = node;
  fill_characters(node, node->text, a);
  center();
}

double DecimalNumber::get_value() const { return static_cast<const NumberNode&>(node()).value; }

std::string DecimalNumber::num_string() const {
  return static_cast<const NumberNode&>(node()).text;
}

DecimalNumber& DecimalNumber::set_value(double number) {
  auto& node = static_cast<NumberNode&>(this->node());
  Vec3 left = get_left();
  VStyle style = node.style;
  double old_h = height(), old_fs_h = 0;
  {
    // Height of the current text at the configured font size, to keep later scaling.
    DecimalNumber probe(node.value, node.args);
    old_fs_h = probe.height();
  }
  node.value = number;
  node.text = format(number, node.args.num_decimal_places, node.args.include_sign,
                     node.args.group_with_commas);
  fill_characters(node_ptr(), node.text, node.args);
  if (old_fs_h > 0 && old_h > 0) scale(old_h / old_fs_h);
  move_to(left, LEFT);
  // Keep the colours the number had.
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
