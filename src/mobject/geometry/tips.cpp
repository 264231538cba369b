// Arrow tips and TipableVMobject (Manim's add_tip / position_tip / reset_endpoints_based_on_tip).
// A start tip is marked in its node's lineage ("StartTip"), so copies keep which end it holds.
#include "manim/mobject/geometry/tips.hpp"

#include <algorithm>
#include <cmath>

#include "mobject/geometry/geometry_internal.hpp"

namespace manim {

namespace {

const char* tip_class(TipShape s) {
  switch (s) {
    case TipShape::TriangleFilled:
      return "ArrowTriangleFilledTip";
    case TipShape::Triangle:
      return "ArrowTriangleTip";
    case TipShape::CircleFilled:
      return "ArrowCircleFilledTip";
    case TipShape::Circle:
      return "ArrowCircleTip";
    case TipShape::SquareFilled:
      return "ArrowSquareFilledTip";
    case TipShape::Square:
      return "ArrowSquareTip";
    case TipShape::Stealth:
      return "StealthTip";
  }
  return "ArrowTip";
}

bool filled(TipShape s) {
  return s == TipShape::TriangleFilled || s == TipShape::CircleFilled ||
         s == TipShape::SquareFilled || s == TipShape::Stealth;
}

void mark_start(detail::MobjectNode& n, bool at_start) {
  const std::string marker = "StartTip/";
  const auto pos = n.lineage.find("/" + marker);
  if (at_start && pos == std::string::npos) n.lineage += marker;
  if (!at_start && pos != std::string::npos) n.lineage.erase(pos + 1, marker.size());
}

VMobject vview(const std::shared_ptr<detail::MobjectNode>& n) {
  return VMobject(n, Mobject::Unchecked{});
}

}  // namespace

namespace geom {

bool is_start_tip(const detail::MobjectNode& n) { return detail::has_kind(n, "StartTip"); }

std::shared_ptr<detail::MobjectNode> find_start_tip(const detail::MobjectNode& n) {
  for (const auto& c : n.submobjects)
    if (detail::has_kind(*c, "ArrowTip") && is_start_tip(*c)) return c;
  return nullptr;
}

Vec3 tip_point(const detail::MobjectNode& tip) {
  if (tip.points.empty()) throw std::logic_error(tip.kind + ": a tip without points");
  return tip.points.front();
}

Vec3 tip_base(const std::shared_ptr<detail::MobjectNode>& tip) {
  return vview(tip).point_from_proportion(0.5);
}

std::shared_ptr<detail::MobjectNode> make_tip(TipShape shape, const ArrowTipArgs& a) {
  const char* cls = tip_class(shape);
  check_style(cls, style_of(a));
  const double default_length =
      shape == TipShape::Stealth ? DEFAULT_ARROW_TIP_LENGTH / 2 : DEFAULT_ARROW_TIP_LENGTH;
  const double length = a.length.value_or(default_length);
  require_non_negative(cls, "length", length);
  if (a.width) require_non_negative(cls, "width", *a.width);
  StyleArgs s;
  s.fill_opacity = filled(shape) ? 1.0 : 0.0;
  s.stroke_width = filled(shape) && shape != TipShape::Stealth ? 0.0 : 3.0;
  s = merge(s, style_of(a));
  std::shared_ptr<detail::MobjectNode> n;
  switch (shape) {
    case TipShape::Triangle:
    case TipShape::TriangleFilled: {
      // A Triangle pointing left (start_angle PI), stretched to length x width.
      RegularPolygonArgs r;
      r.start_angle = PI;
      Triangle t(r);
      const double width = a.width.value_or(DEFAULT_ARROW_TIP_LENGTH);
      t.scale_to_fit_width(width);
      t.stretch_to_fit_width(length);
      t.stretch_to_fit_height(width);
      n = t.node_ptr();
      break;
    }
    case TipShape::Circle:
    case TipShape::CircleFilled: {
      Circle c;  // starts at angle 0: the tip point is on the right
      c.scale_to_fit_width(length);
      c.stretch_to_fit_height(length);
      n = c.node_ptr();
      break;
    }
    case TipShape::Square:
    case TipShape::SquareFilled: {
      Square q(length);  // tip point at the UR corner, base at DL: a diamond once turned
      q.scale_to_fit_width(length);
      q.stretch_to_fit_height(length);
      n = q.node_ptr();
      break;
    }
    case TipShape::Stealth: {
      VMobject v;
      v.set_points_as_corners({{2, 0, 0}, {-1.2, 1.6, 0}, {0, 0, 0}, {-1.2, -1.6, 0}, {2, 0, 0}});
      // Tip point (2, 0), base (0, 0): length is 1.6 times |tip - base| = 3.2.
      v.scale(length / 3.2);
      n = v.node_ptr();
      break;
    }
  }
  detail::set_kind(*n, "ArrowTip");
  if (shape == TipShape::TriangleFilled) detail::set_kind(*n, "ArrowTriangleTip");
  if (shape == TipShape::CircleFilled) detail::set_kind(*n, "ArrowCircleTip");
  if (shape == TipShape::SquareFilled) detail::set_kind(*n, "ArrowSquareTip");
  detail::set_kind(*n, cls);
  apply_style(*n, s);
  return n;
}

// Manim's position_tip: turn the tip (about the azimuth, and for a path leaving the plane about
// the perpendicular axis) to continue the path's first / last tangent, its point on the end.
void position_tip(const detail::MobjectNode& path, const std::shared_ptr<detail::MobjectNode>& tip,
                  bool at_start, bool first) {
  const auto& p = path.points;
  if (p.size() < 4)
    throw std::logic_error(path.kind + ": cannot place a tip on a path without points");
  const Vec3 anchor = at_start ? line_start(path) : line_end(path);
  const Vec3 handle = at_start ? p[1] : p[p.size() - 2];
  const Vec3 v = handle - anchor;
  const double r = v.norm();
  const double theta = r == 0 ? 0 : std::atan2(v.y, v.x);
  const double phi = r == 0 ? 0 : std::acos(std::clamp(v.z / r, -1.0, 1.0));
  Mobject t(tip);
  const Vec3 tv = tip_point(*tip) - tip_base(tip);
  t.rotate(theta - PI - std::atan2(tv.y, tv.x));
  if (first && r != 0) {
    const double angle = -phi + PI / 2;
    if (angle != 0) t.rotate(angle, Vec3{std::sin(theta), -std::cos(theta), 0});
  }
  t.shift(anchor - tip_point(*tip));
}

// reset_endpoints_based_on_tip + asign_tip_attr + add.
void attach_tip(const std::shared_ptr<detail::MobjectNode>& path,
                const std::shared_ptr<detail::MobjectNode>& tip, bool at_start) {
  if ((line_start(*path) - line_end(*path)).norm() != 0) {
    if (at_start)
      put_start_and_end_on(path, tip_base(tip), line_end(*path));
    else
      put_start_and_end_on(path, line_start(*path), tip_base(tip));
  }
  mark_start(*tip, at_start);
  auto& subs = path->submobjects;
  subs.erase(std::remove(subs.begin(), subs.end(), tip), subs.end());
  subs.push_back(tip);
}

double default_tip_length(const detail::MobjectNode& n) {
  if (detail::has_kind(n, "Arrow")) return arrow_default_tip_length(n);
  return DEFAULT_ARROW_TIP_LENGTH;
}

}  // namespace geom

// ------------------------------------------------------------------ ArrowTip
ArrowTip::ArrowTip(TipShape shape, const ArrowTipArgs& a)
    : VMobject(geom::make_tip(shape, a), Mobject::Unchecked{}) {}

Vec3 ArrowTip::tip_point() const { return geom::tip_point(node()); }
Vec3 ArrowTip::base() const { return geom::tip_base(node_ptr()); }
Vec3 ArrowTip::vector() const { return tip_point() - base(); }
double ArrowTip::tip_angle() const {
  const Vec3 v = vector();
  return std::atan2(v.y, v.x);
}
double ArrowTip::length() const {
  return vector().norm() * (detail::has_kind(node(), "StealthTip") ? 1.6 : 1.0);
}

// ------------------------------------------------------------------ TipableVMobject
TipableVMobject::TipableVMobject() : VMobject() { detail::set_kind(node(), "TipableVMobject"); }

TipableVMobject& TipableVMobject::add_tip(TipShape shape, std::optional<double> tip_length,
                                          std::optional<double> tip_width, bool at_start) {
  ArrowTipArgs a;
  a.length = tip_length.value_or(get_default_tip_length());
  // Only the filled triangle takes its width from the path (Manim's get_unpositioned_tip).
  a.width = tip_width;
  if (shape == TipShape::TriangleFilled && !a.width) a.width = get_default_tip_length();
  const Color c = get_color();
  a.fill_color = c;
  a.stroke_color = c;
  auto tip = geom::make_tip(shape, a);
  geom::position_tip(node(), tip, at_start, !has_tip() && !has_start_tip());
  geom::attach_tip(node_ptr(), tip, at_start);
  return *this;
}

TipableVMobject& TipableVMobject::add_tip(const VMobject& tip, bool at_start) {
  if (!detail::has_kind(tip.node(), "ArrowTip"))
    geom::fail(kind(), "add_tip: tip must be an ArrowTip, got " + tip.kind());
  if (tip.node_ptr() == node_ptr()) geom::fail(kind(), "add_tip: a mobject cannot be its own tip");
  geom::position_tip(node(), tip.node_ptr(), at_start, false);
  geom::attach_tip(node_ptr(), tip.node_ptr(), at_start);
  return *this;
}

bool TipableVMobject::has_tip() const { return geom::find_tip(node()) != nullptr; }
bool TipableVMobject::has_start_tip() const { return geom::find_start_tip(node()) != nullptr; }

VGroup TipableVMobject::pop_tips() {
  const Vec3 s = get_start(), e = get_end();
  VGroup result;
  auto& subs = node().submobjects;
  for (auto t : {geom::find_tip(node()), geom::find_start_tip(node())}) {
    if (!t) continue;
    result.add(Mobject(t));
    subs.erase(std::remove(subs.begin(), subs.end(), t), subs.end());
  }
  geom::put_start_and_end_on(node_ptr(), s, e);
  return result;
}

VGroup TipableVMobject::get_tips() const {
  VGroup result;
  for (auto t : {geom::find_tip(node()), geom::find_start_tip(node())})
    if (t) result.add(Mobject(t));
  return result;
}

VMobject TipableVMobject::get_tip() const {
  auto t = geom::find_tip(node());
  if (!t) t = geom::find_start_tip(node());
  if (!t) throw std::logic_error(kind() + ".get_tip: tip not found (add one with add_tip)");
  return VMobject(t, Unchecked{});
}

VMobject TipableVMobject::get_start_tip() const {
  auto t = geom::find_start_tip(node());
  if (!t) throw std::logic_error(kind() + ".get_start_tip: it has no start tip");
  return VMobject(t, Unchecked{});
}

double TipableVMobject::get_default_tip_length() const { return geom::default_tip_length(node()); }

Vec3 TipableVMobject::get_first_handle() const {
  if (points().size() < 4) geom::fail(kind(), "get_first_handle: it has no curves");
  return points()[1];
}
Vec3 TipableVMobject::get_last_handle() const {
  if (points().size() < 4) geom::fail(kind(), "get_last_handle: it has no curves");
  return points()[points().size() - 2];
}
Vec3 TipableVMobject::get_start() const { return geom::line_start(node()); }
Vec3 TipableVMobject::get_end() const { return geom::line_end(node()); }
double TipableVMobject::get_length() const { return (get_end() - get_start()).norm(); }

}  // namespace manim
