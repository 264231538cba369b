// Arrow: a Line trimmed by buff plus an ArrowTriangleFilledTip child, sized and stroked by
// Manim's rules (MANIM_FACTS section 5). The sizing parameters live in ArrowNode so copies and
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
  std::shared_ptr<detail::MobjectNode> clone_self() const override {
    return std::make_shared<ArrowNode>(*this);
  }
  bool scale_override(const std::shared_ptr<detail::MobjectNode>& self, double factor,
                      const About& about) override {
    if (scaling) return false;  // arrow_scale's own generic scaling of the shaft
    scaling = true;
    try {
      geom::arrow_scale(self, factor, about);
    } catch (...) {
      scaling = false;
      throw;
    }
    scaling = false;
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

// The tip's point, its base centre (Manim's ArrowTip.base, the middle of the path by length,
// which for the isosceles triangle is the middle of the base edge).
Vec3 tip_point(const detail::MobjectNode& tip) { return tip.points.front(); }
Vec3 tip_base(const detail::MobjectNode& tip) { return (tip.points[4] + tip.points[7]) / 2; }

// Triangle point -> base corner on the left of the direction -> the other base corner.
std::vector<Vec3> tip_points(const Vec3& point, const Vec3& dir, double length, double width) {
  Vec3 base = point - dir * length;
  Vec3 normal{-dir.y, dir.x, 0};
  return geom::polygon_points({point, base + normal * (width / 2), base - normal * (width / 2)});
}

std::shared_ptr<detail::MobjectNode> make_tip(const ArrowNode& arrow, const Vec3& point,
                                              const Vec3& dir, double length) {
  Triangle tri;
  detail::MobjectNode& t = tri.node();
  detail::set_kind(t, "ArrowTip");
  detail::set_kind(t, "ArrowTriangleTip");
  detail::set_kind(t, "ArrowTriangleFilledTip");
  t.points = tip_points(point, dir, length, length);
  // The tip takes the arrow's colour (Manim's get_color: stroke colour while unfilled).
  const Color c = arrow.style.fill_opacity == 0 ? arrow.style.stroke_color : arrow.style.fill_color;
  t.style.fill_color = c;
  t.style.stroke_color = c;
  t.style.fill_opacity = 1;
  t.style.stroke_width = 0;
  return tri.node_ptr();
}

// Builds shaft and tip between start and end (Manim's Arrow.__init__ after Line.__init__).
void build(ArrowNode& n, const Vec3& start, const Vec3& end) {
  n.submobjects.erase(
      std::remove_if(n.submobjects.begin(), n.submobjects.end(),
                     [](const auto& c) { return detail::has_kind(*c, "ArrowTip"); }),
      n.submobjects.end());
  geom::set_line_points(n, start, end, n.buff);
  const Vec3 s = n.points.front(), e = n.points.back();
  const double length = (e - s).norm();
  const double tip = std::min(n.tip_length, n.max_tip_length_to_length_ratio * length);
  const Vec3 dir = length > 0 ? (e - s) / length : RIGHT;
  auto t = make_tip(n, e, dir, tip);
  // reset_endpoints_based_on_tip: the shaft stops at the tip's base.
  if (length != 0) {
    n.points.clear();
    geom::append_straight(n.points, s, tip_base(*t));
  }
  n.submobjects.push_back(t);
  set_stroke_width_from_length(n);
}

// Manim's position_tip: turn the tip to continue the path's last tangent, point at its end.
void position_tip(const detail::MobjectNode& path, detail::MobjectNode& tip) {
  const Vec3 anchor = path.points.back();
  const Vec3 forward = anchor - path.points[path.points.size() - 2];
  const Vec3 current = tip_point(tip) - tip_base(tip);
  if (forward.norm() != 0 && current.norm() != 0) {
    double angle = std::atan2(forward.y, forward.x) - std::atan2(current.y, current.x);
    const Vec3 pivot = tip_point(tip);
    for (auto& p : tip.points) p = geom::rotate_about(p, angle, OUT, pivot);
  }
  const Vec3 shift = anchor - tip_point(tip);
  for (auto& p : tip.points) p += shift;
}

}  // namespace

namespace geom {

void arrow_scale(const std::shared_ptr<detail::MobjectNode>& np, double factor,
                 const About& about) {
  ArrowNode& n = arrow_node(*np);
  if (tipable_length(n) == 0) return;
  // pop_tips: detach the tips and stretch the shaft back over the whole arrow.
  std::vector<std::shared_ptr<detail::MobjectNode>> tips;
  if (find_tip(n)) {
    const Vec3 start = line_start(n), end = line_end(n);
    auto& subs = n.submobjects;
    for (auto it = subs.begin(); it != subs.end();) {
      if (detail::has_kind(**it, "ArrowTip")) {
        tips.push_back(*it);
        it = subs.erase(it);
      } else {
        ++it;
      }
    }
    put_start_and_end_on(np, start, end);
  }
  Mobject(np).Mobject::scale(factor, about);
  set_stroke_width_from_length(n);
  for (auto& tip : tips) {  // add_tip with the old tip: same size, re-placed at the new end
    position_tip(n, *tip);
    if (tipable_length(n) != 0) put_start_and_end_on(np, line_start(n), tip_base(*tip));
    n.submobjects.push_back(tip);
  }
}

void arrow_rebuild(const std::shared_ptr<detail::MobjectNode>& np, const Vec3& start,
                   const Vec3& end) {
  build(arrow_node(*np), start, end);
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
  n.initial_stroke_width = n.style.stroke_width;
  build(n, start, end);
}

Mobject Arrow::get_tip() const {
  auto t = geom::find_tip(node());
  if (!t) throw std::logic_error(kind() + ": get_tip found no tip (it was removed from the arrow)");
  return Mobject(t);
}

double Arrow::get_tip_length() const {
  auto t = geom::find_tip(node());
  if (!t) throw std::logic_error(kind() + ": get_tip_length found no tip (it was removed)");
  return (tip_point(*t) - tip_base(*t)).norm();
}

Arrow& Arrow::scale_with_tips(double factor, const About& about) {
  ArrowNode& n = arrow_node(node());
  if (tipable_length(n) == 0) return *this;  // Manim: a zero-length arrow does not scale
  n.scaling = true;                          // bypass the tip-keeping override: everything scales
  try {
    Mobject::scale(factor, about);
  } catch (...) {
    n.scaling = false;
    throw;
  }
  n.scaling = false;
  set_stroke_width_from_length(n);
  return *this;
}

}  // namespace manim
