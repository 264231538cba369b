// Arrow: a Line trimmed by buff plus an ArrowTriangleFilledTip child, sized and stroked by
// Manim's rules. The sizing parameters live in ArrowNode so copies and
// later scale / put_start_and_end_on calls keep them.
#include <algorithm>
#include <cmath>

#include "mobject/geometry/geometry_internal.hpp"

namespace manim {

namespace {

struct ArrowNode : detail::MobjectNode {
  double buff = MED_SMALL_BUFF;
  double tip_length = DEFAULT_ARROW_TIP_LENGTH;
  double max_tip_length_to_length_ratio = 0.25;
  double max_stroke_width_to_length_ratio = 5;
  double initial_stroke_width = 6;
  TipShape tip_shape = TipShape::TriangleFilled;
  std::optional<TipShape> start_tip_shape;  // DoubleArrow
  std::shared_ptr<detail::MobjectNode> clone_self() const override {
    return std::make_shared<ArrowNode>(*this);
  }
  bool scale_override(const std::shared_ptr<detail::MobjectNode>& self, double factor,
                      const About& about) override {
    if (scaling) return false;  // arrow_scale's own generic scaling of the shaft
    geom::arrow_scale(self, factor, about);
    return true;
  }
  bool scaling = false;
};

ArrowNode& arrow_node(detail::MobjectNode& n) {
  auto* a = dynamic_cast<ArrowNode*>(&n);
  if (!a) throw std::logic_error(n.kind + ": expected an Arrow node");
  return *a;
}

double tipable_length(const detail::MobjectNode& n) {
  return (geom::line_start(n) - geom::line_end(n)).norm();
}

// Manim's _set_stroke_width_from_length (the shaft only, not the tip).
void set_stroke_width_from_length(ArrowNode& n) {
  n.style.stroke_width =
      std::min(n.initial_stroke_width, n.max_stroke_width_to_length_ratio * tipable_length(n));
}

TipableVMobject tipable(const std::shared_ptr<detail::MobjectNode>& np) {
  return TipableVMobject(np, Mobject::Unchecked{});
}

// The plain Mobject.scale of the whole family (what Arrow.scale calls `super().scale`).
void generic_scale(const std::shared_ptr<detail::MobjectNode>& np, double factor,
                   const About& about) {
  ArrowNode& n = arrow_node(*np);
  n.scaling = true;
  try {
    Mobject(np).Mobject::scale(factor, about);
  } catch (...) {
    n.scaling = false;
    throw;
  }
  n.scaling = false;
}

// Builds shaft and tips between start and end (Manim's Arrow.__init__ after Line.__init__).
void build(const std::shared_ptr<detail::MobjectNode>& np, const Vec3& start, const Vec3& end) {
  ArrowNode& n = arrow_node(*np);
  n.submobjects.erase(
      std::remove_if(n.submobjects.begin(), n.submobjects.end(),
                     [](const auto& c) { return detail::has_kind(*c, "ArrowTip"); }),
      n.submobjects.end());
  geom::set_line_points(n, start, end, n.buff);
  tipable(np).add_tip(n.tip_shape);
  set_stroke_width_from_length(n);
  if (n.start_tip_shape) tipable(np).add_tip(*n.start_tip_shape, std::nullopt, std::nullopt, true);
}

}  // namespace

namespace geom {

double arrow_default_tip_length(const detail::MobjectNode& n) {
  const auto* a = dynamic_cast<const ArrowNode*>(&n);
  if (!a) return DEFAULT_ARROW_TIP_LENGTH;
  return std::min(a->tip_length, a->max_tip_length_to_length_ratio * tipable_length(n));
}

// Manim's Arrow.scale: tips popped, the shaft scaled, the stroke recomputed, the same tips
// re-attached (so they keep their size).
void arrow_scale(const std::shared_ptr<detail::MobjectNode>& np, double factor,
                 const About& about) {
  ArrowNode& n = arrow_node(*np);
  if (tipable_length(n) == 0) return;
  const bool has_tip = find_tip(n) != nullptr, has_start = find_start_tip(n) != nullptr;
  VGroup old;
  if (has_tip || has_start) old = tipable(np).pop_tips();
  generic_scale(np, factor, about);
  set_stroke_width_from_length(n);
  if (has_tip) tipable(np).add_tip(old[0].as<VMobject>());
  if (has_start) tipable(np).add_tip(old[has_tip ? 1 : 0].as<VMobject>(), true);
}

void arrow_rebuild(const std::shared_ptr<detail::MobjectNode>& np, const Vec3& start,
                   const Vec3& end) {
  build(np, start, end);
}

}  // namespace geom

Arrow::Arrow(const Vec3& start, const Vec3& end, const ArrowArgs& a)
    : Line(geom::make_vmobject_node<ArrowNode>(), Mobject::Unchecked{}) {
  const char* cls = "Arrow";
  geom::check_style(cls, geom::style_of(a));
  geom::require_finite(cls, "start", start);
  geom::require_finite(cls, "end", end);
  geom::require_non_negative(cls, "buff", a.buff);
  geom::require_non_negative(cls, "tip_length", a.tip_length);
  geom::require_non_negative(cls, "max_tip_length_to_length_ratio",
                             a.max_tip_length_to_length_ratio);
  geom::require_non_negative(cls, "max_stroke_width_to_length_ratio",
                             a.max_stroke_width_to_length_ratio);
  detail::set_kind(node(), "TipableVMobject");
  detail::set_kind(node(), "Line");
  detail::set_kind(node(), "Arrow");
  ArrowNode& n = arrow_node(node());
  StyleArgs defaults;
  defaults.stroke_width = 6;
  geom::apply_style(n, geom::merge(defaults, geom::style_of(a)));
  n.buff = a.buff;
  n.tip_length = a.tip_length;
  n.max_tip_length_to_length_ratio = a.max_tip_length_to_length_ratio;
  n.max_stroke_width_to_length_ratio = a.max_stroke_width_to_length_ratio;
  n.tip_shape = a.tip_shape;
  n.initial_stroke_width = n.style.stroke_width;
  build(node_ptr(), start, end);
}

Mobject Arrow::get_tip() const {
  auto t = geom::find_tip(node());
  if (!t) throw std::logic_error(kind() + ": get_tip found no tip (it was removed from the arrow)");
  return Mobject(t);
}

double Arrow::get_tip_length() const {
  auto t = geom::find_tip(node());
  if (!t) throw std::logic_error(kind() + ": get_tip_length found no tip (it was removed)");
  return ArrowTip(t, Unchecked{}).length();
}

Arrow& Arrow::scale_with_tips(double factor, const About& about) {
  ArrowNode& n = arrow_node(node());
  if (tipable_length(n) == 0) return *this;  // Manim: a zero-length arrow does not scale
  generic_scale(node_ptr(), factor, about);  // everything scales, tips included
  set_stroke_width_from_length(n);
  return *this;
}

// ------------------------------------------------------------------ DoubleArrow, Vector
DoubleArrow::DoubleArrow(const Vec3& start, const Vec3& end, const DoubleArrowArgs& a)
    : Arrow(start, end, [&] {
        ArrowArgs b;
        geom::put_style(b, geom::style_of(a));
        b.buff = a.buff;
        b.tip_length = a.tip_length;
        b.max_tip_length_to_length_ratio = a.max_tip_length_to_length_ratio;
        b.max_stroke_width_to_length_ratio = a.max_stroke_width_to_length_ratio;
        b.tip_shape = a.tip_shape_end;
        return b;
      }()) {
  detail::set_kind(node(), "DoubleArrow");
  arrow_node(node()).start_tip_shape = a.tip_shape_start;
  add_tip(a.tip_shape_start, std::nullopt, std::nullopt, true);
}

Vector::Vector(const Vec3& direction, const VectorArgs& a)
    : Arrow(ORIGIN, direction, [&] {
        ArrowArgs b;
        geom::put_style(b, geom::style_of(a));
        b.buff = a.buff;
        b.tip_length = a.tip_length;
        b.max_tip_length_to_length_ratio = a.max_tip_length_to_length_ratio;
        b.max_stroke_width_to_length_ratio = a.max_stroke_width_to_length_ratio;
        b.tip_shape = a.tip_shape;
        return b;
      }()) {
  detail::set_kind(node(), "Vector");
}

}  // namespace manim
