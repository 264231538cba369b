// Mobject and Group: structure, bounds, transforms, layout, style and updaters with Manim CE
// v0.18.0 semantics.
#include "manim/mobject/mobject.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "manim/core/config.hpp"
#include "manim/mobject/color_gradients.hpp"
#include "manim/mobject/types/image_mobject.hpp"
#include "manim/mobject/types/point_cloud_mobject.hpp"
#include "manim/mobject/vmobject.hpp"
#include "mobject/family.hpp"
#include "mobject/path_ops.hpp"
#include "mobject/style_sharing.hpp"

namespace manim {

using detail::MobjectNode;
using NodePtr = std::shared_ptr<MobjectNode>;

// ------------------------------------------------------------------ detail helpers
namespace detail {

namespace {
std::string num(double v) {
  std::ostringstream s;
  s << v;
  return s.str();
}

NodePtr deep_copy_memo(const NodePtr& n, std::unordered_map<const MobjectNode*, NodePtr>& memo) {
  auto it = memo.find(n.get());
  if (it != memo.end()) return it->second;
  NodePtr c = n->clone_self();
  memo.emplace(n.get(), c);
  for (auto& child : c->submobjects) child = deep_copy_memo(child, memo);
  return c;
}

void collect_all(const NodePtr& n, std::vector<NodePtr>& out) {
  out.push_back(n);
  for (const auto& c : n->submobjects) collect_all(c, out);
}
}  // namespace

void require_finite(const char* method, const char* what, double v) {
  if (!std::isfinite(v))
    throw std::invalid_argument(std::string(method) + ": " + what + " is " + num(v) +
                                "; pass finite numbers");
}
void require_finite(const char* method, const char* what, const Vec3& v) {
  for (std::size_t i = 0; i < 3; ++i) require_finite(method, what, v[i]);
}

NodePtr deep_copy(const NodePtr& n) {
  if (!n) throw std::invalid_argument("copy: the mobject handle is empty");
  std::unordered_map<const MobjectNode*, NodePtr> memo;
  NodePtr out = deep_copy_memo(n, memo);
  if (std::none_of(memo.begin(), memo.end(), [](const auto& e) { return e.first->attachment; }))
    return out;  // the common case: nothing but engine data
  // Attachments last, when every copy exists to be referred to; children before parents, as
  // a parent's attributes usually name its parts.
  const NodeAttachment::CopyMap copied = [&memo](const MobjectNode* old) -> NodePtr {
    auto it = memo.find(old);
    return it == memo.end() ? nullptr : it->second;
  };
  std::vector<NodePtr> order;
  collect_all(n, order);
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    NodePtr copy = copied(it->get());
    if ((*it)->attachment && copy && copy->attachment == (*it)->attachment)
      copy->attachment = (*it)->attachment->clone(copied);
  }
  return out;
}

void remove_list_redundancies(std::vector<NodePtr>& nodes) {
  std::unordered_set<const MobjectNode*> seen;
  std::vector<NodePtr> out;
  out.reserve(nodes.size());
  for (auto it = nodes.rbegin(); it != nodes.rend(); ++it)
    if (seen.insert(it->get()).second) out.push_back(*it);
  nodes.assign(out.rbegin(), out.rend());
}

std::vector<NodePtr> family_nodes(const NodePtr& n) {
  std::vector<NodePtr> all;
  collect_all(n, all);
  remove_list_redundancies(all);
  return all;
}

void collect_family(const NodePtr& n, std::vector<NodePtr>& out, bool only_with_points) {
  for (auto& m : family_nodes(n))
    if (!only_with_points || !m->points.empty()) out.push_back(m);
}

void fade_node(MobjectNode& n, double darkness, bool family) {
  // Manim's ImageMobject.fade: set_opacity(1 - darkness), absolute.
  if (auto* img = dynamic_cast<ImageNode*>(&n)) image_set_opacity(*img, 1 - darkness);
  const double f = 1 - darkness;
  const StyleCounts before = style_counts(n);
  n.style.fill_opacity *= f;
  n.style.stroke_opacity *= f;
  n.style.background_stroke_opacity *= f;
  style_written(n, before);
  if (family)
    for (auto& c : n.submobjects) fade_node(*c, darkness, true);
}

namespace {
void add_anchors(const MobjectNode& m, Box& box) {
  auto take = [&](const Vec3& p) {
    if (box.empty) {
      box.min = box.max = p;
      box.empty = false;
      return;
    }
    for (std::size_t i = 0; i < 3; ++i) {
      box.min[i] = std::min(box.min[i], p[i]);
      box.max[i] = std::max(box.max[i], p[i]);
    }
  };
  const auto& pts = m.points;
  if (pts.size() == 1) {
    take(pts[0]);
    return;
  }
  for (std::size_t k = 0; 4 * k + 3 < pts.size(); ++k) {
    take(pts[4 * k]);
    take(pts[4 * k + 3]);
  }
}
void add_all_points(const MobjectNode& m, Box& box) {
  for (const auto& p : m.points) {
    if (box.empty) {
      box.min = box.max = p;
      box.empty = false;
      continue;
    }
    for (std::size_t i = 0; i < 3; ++i) {
      box.min[i] = std::min(box.min[i], p[i]);
      box.max[i] = std::max(box.max[i], p[i]);
    }
  }
}
void walk_box(const MobjectNode& m, bool anchors, Box& box) {
  if (anchors)
    add_anchors(m, box);
  else
    add_all_points(m, box);
  for (const auto& c : m.submobjects) walk_box(*c, anchors, box);
}

// Manim's reduce_across_dimension: an empty leaf contributes 0.
double reduce_dim(const MobjectNode& m, int dim, bool want_max) {
  if (m.submobjects.empty() && m.points.empty()) return 0;
  bool have = false;
  double rv = 0;
  for (const auto& p : m.points) {
    double v = p[static_cast<std::size_t>(dim)];
    if (!have || (want_max ? v > rv : v < rv)) rv = v;
    have = true;
  }
  for (const auto& c : m.submobjects) {
    double v = reduce_dim(*c, dim, want_max);
    if (!have || (want_max ? v > rv : v < rv)) rv = v;
    have = true;
  }
  return rv;
}
}  // namespace

Box anchor_box(const MobjectNode& n) {
  Box box;
  walk_box(n, n.vectorized, box);
  return box;
}

double length_over_dim(const MobjectNode& n, int dim) {
  return reduce_dim(n, dim, true) - reduce_dim(n, dim, false);
}

}  // namespace detail

// ------------------------------------------------------------------ construction, structure
Mobject::Mobject() : n_(std::make_shared<MobjectNode>()) {}

Mobject::Mobject(std::shared_ptr<MobjectNode> node) : n_(std::move(node)) {
  if (!n_) throw std::invalid_argument("Mobject: cannot wrap an empty node pointer");
}

void Mobject::throw_bad_cast(const char* wanted) const {
  throw std::invalid_argument(std::string("Mobject.as<") + wanted + ">: this object is a " +
                              n_->kind + " (" + n_->lineage + "), not a " + wanted);
}

namespace {
// Validates new children: not self, no cycles, only VMobjects under a VMobject.
void check_children(const MobjectNode& parent, const std::vector<Mobject>& mobs,
                    const char* method) {
  for (std::size_t i = 0; i < mobs.size(); ++i) {
    const auto& m = mobs[i];
    if (&m.node() == &parent)
      throw std::invalid_argument(parent.kind + "." + method + ": a mobject cannot contain itself");
    for (const auto& f : detail::family_nodes(m.node_ptr()))
      if (f.get() == &parent)
        throw std::invalid_argument(parent.kind + "." + method + ": submobject " +
                                    std::to_string(i) + " (" + m.kind() +
                                    ") contains this mobject; adding it would create a cycle");
    if (parent.vectorized && !m.node().vectorized)
      throw std::invalid_argument(parent.kind + "." + method + ": submobject " + std::to_string(i) +
                                  " is a " + m.kind() +
                                  ", not a VMobject; only VMobjects can be added to a " +
                                  parent.kind + " (use Group to mix kinds)");
  }
}

std::vector<NodePtr> unique_nodes(const std::vector<Mobject>& mobs) {
  std::vector<NodePtr> out;
  out.reserve(mobs.size());
  for (const Mobject& m : mobs) out.push_back(m.node_ptr());
  detail::remove_list_redundancies(out);
  return out;
}

void erase_nodes(std::vector<NodePtr>& list, const std::vector<NodePtr>& gone) {
  list.erase(std::remove_if(list.begin(), list.end(),
                            [&](const NodePtr& x) {
                              return std::find(gone.begin(), gone.end(), x) != gone.end();
                            }),
             list.end());
}
}  // namespace

Mobject& Mobject::add(const std::vector<Mobject>& mobs) {
  check_children(*n_, mobs, "add");
  auto uniq = unique_nodes(mobs);
  // Re-adding an existing child moves it to the end (Manim's list_update).
  erase_nodes(n_->submobjects, uniq);
  n_->submobjects.insert(n_->submobjects.end(), uniq.begin(), uniq.end());
  return *this;
}

Mobject& Mobject::add_to_back(const std::vector<Mobject>& mobs) {
  check_children(*n_, mobs, "add_to_back");
  auto uniq = unique_nodes(mobs);
  erase_nodes(n_->submobjects, uniq);
  n_->submobjects.insert(n_->submobjects.begin(), uniq.begin(), uniq.end());
  return *this;
}

Mobject& Mobject::remove(const Mobject& m) {
  erase_nodes(n_->submobjects, {m.node_ptr()});
  return *this;
}

Mobject& Mobject::clear_submobjects() {
  n_->submobjects.clear();
  return *this;
}

std::vector<Mobject> Mobject::submobjects() const {
  std::vector<Mobject> out;
  out.reserve(n_->submobjects.size());
  for (const auto& c : n_->submobjects) out.emplace_back(c);
  return out;
}

Mobject Mobject::operator[](long i) const {
  const long n = static_cast<long>(n_->submobjects.size());
  const long j = i < 0 ? i + n : i;
  if (j < 0 || j >= n)
    throw std::out_of_range(n_->kind + " index " + std::to_string(i) + " is out of range (it has " +
                            std::to_string(n) + " submobject" + (n == 1 ? "" : "s") + ")");
  return Mobject(n_->submobjects[static_cast<std::size_t>(j)]);
}

VGroup Mobject::slice(std::optional<long> start, std::optional<long> stop) const {
  // Python slice clamping: negative counts from the end, out-of-range ends are clipped.
  const long n = static_cast<long>(n_->submobjects.size());
  auto norm = [n](std::optional<long> v, long dflt) {
    if (!v) return dflt;
    long x = *v < 0 ? *v + n : *v;
    return std::clamp(x, 0L, n);
  };
  const long a = norm(start, 0), b = norm(stop, n);
  std::vector<Mobject> picked;
  for (long k = a; k < b; ++k) picked.emplace_back(n_->submobjects[static_cast<std::size_t>(k)]);
  for (std::size_t k = 0; k < picked.size(); ++k)
    if (!picked[k].is_vectorized())
      throw std::invalid_argument(
          n_->kind + ".slice: element " + std::to_string(a + static_cast<long>(k)) + " is a " +
          picked[k].kind() + ", not a VMobject; slices are VGroups (index the elements instead)");
  return VGroup(picked);
}

std::vector<Mobject> Mobject::get_family() const {
  std::vector<Mobject> out;
  for (auto& n : detail::family_nodes(n_)) out.emplace_back(n);
  return out;
}

std::vector<Mobject> Mobject::family_members_with_points() const {
  std::vector<Mobject> out;
  for (auto& n : detail::family_nodes(n_))
    if (!n->points.empty()) out.emplace_back(n);
  return out;
}

Mobject Mobject::copy() const { return Mobject(detail::deep_copy(n_)); }

// ------------------------------------------------------------------ points
Mobject& Mobject::set_points(std::vector<Vec3> pts) {
  for (const auto& p : pts) detail::require_finite("set_points", "a coordinate", p);
  n_->points = std::move(pts);
  return *this;
}

namespace {
// Moves each cubic's handles toward their anchors by `factor` (Manim's
// scale_handle_to_anchor_distances).
void scale_handles(std::vector<Vec3>& pts, double factor) {
  for (std::size_t i = 0; i + 3 < pts.size(); i += 4) {
    pts[i + 1] = pts[i] + (pts[i + 1] - pts[i]) * factor;
    pts[i + 2] = pts[i + 3] + (pts[i + 2] - pts[i + 3]) * factor;
  }
}
}  // namespace

Mobject& Mobject::apply_function(const std::function<Vec3(const Vec3&)>& f) {
  // As Manim's VMobject.apply_function: handles are pulled to 1% of their distance to the
  // anchors, the function applied, then pushed back, so curves bend with the function.
  const bool vectorized = n_->vectorized;
  for (auto& m : detail::family_nodes(n_)) {
    if (vectorized) scale_handles(m->points, 0.01);
    for (auto& p : m->points) p = f(p);
    if (vectorized) scale_handles(m->points, 1.0 / 0.01);
  }
  return *this;
}

namespace {
Vec3 pivot_of(const Mobject& m, const About& about) {
  if (about.about_point) return *about.about_point;
  return m.get_critical_point(about.about_edge.value_or(ORIGIN));
}
}  // namespace

Mobject& Mobject::apply_points_function(const std::function<void(std::vector<Vec3>&)>& f,
                                        const About& about) {
  const Vec3 c = pivot_of(*this, about);
  for (auto& m : detail::family_nodes(n_)) {
    if (m->points.empty()) continue;
    for (auto& p : m->points) p -= c;
    f(m->points);
    for (auto& p : m->points) p += c;
  }
  return *this;
}

// ------------------------------------------------------------------ bounds
Vec3 Mobject::get_critical_point(const Vec3& d) const {
  detail::Box box = detail::anchor_box(*n_);
  Vec3 r{};
  if (box.empty) return r;
  for (std::size_t i = 0; i < 3; ++i)
    r[i] = d[i] < 0 ? box.min[i] : (d[i] > 0 ? box.max[i] : (box.min[i] + box.max[i]) / 2);
  return r;
}

Vec3 Mobject::get_start() const {
  for (auto& m : detail::family_nodes(n_))
    if (!m->points.empty()) return m->points.front();
  throw std::invalid_argument(n_->kind + ".get_start: the object has no points");
}

Vec3 Mobject::get_end() const {
  auto fam = detail::family_nodes(n_);
  for (auto it = fam.rbegin(); it != fam.rend(); ++it)
    if (!(*it)->points.empty()) return (*it)->points.back();
  throw std::invalid_argument(n_->kind + ".get_end: the object has no points");
}

double Mobject::length_over_dim(int dim) const {
  if (dim < 0 || dim > 2)
    throw std::invalid_argument("length_over_dim: dim must be 0, 1 or 2, got " +
                                std::to_string(dim));
  return detail::length_over_dim(*n_, dim);
}

// ------------------------------------------------------------------ style queries
Color Mobject::get_color() const {
  return n_->style.fill_opacity == 0 ? n_->style.stroke_color : n_->style.fill_color;
}
Color Mobject::get_fill_color() const { return n_->style.fill_color; }
double Mobject::get_fill_opacity() const { return n_->style.fill_opacity; }
Color Mobject::get_stroke_color() const { return n_->style.stroke_color; }
double Mobject::get_stroke_width() const { return n_->style.stroke_width; }
double Mobject::get_stroke_opacity() const { return n_->style.stroke_opacity; }

// ------------------------------------------------------------------ transforms
Mobject& Mobject::shift(const Vec3& v) {
  detail::require_finite("shift", "vector", v);
  for (auto& m : detail::family_nodes(n_))
    for (auto& p : m->points) p += v;
  return *this;
}

Mobject& Mobject::move_to(const Vec3& p, const Vec3& aligned_edge) {
  detail::require_finite("move_to", "coordinate", p);
  detail::require_finite("move_to", "aligned_edge", aligned_edge);
  return shift(p - get_critical_point(aligned_edge));
}

Mobject& Mobject::move_to(const Mobject& m, const Vec3& aligned_edge) {
  return move_to(m.get_critical_point(aligned_edge), aligned_edge);
}

Mobject& Mobject::scale(double factor, const About& about) {
  detail::require_finite("scale", "factor", factor);
  if (n_->scale_override(n_, factor, about)) return *this;
  return apply_points_function(
      [factor](std::vector<Vec3>& pts) {
        for (auto& p : pts) p *= factor;
      },
      about);
}

Mobject& Mobject::rotate(double angle, const Vec3& axis, const About& about) {
  detail::require_finite("rotate", "angle", angle);
  detail::require_finite("rotate", "axis", axis);
  const Vec3 k = axis.normalized();
  if (k.norm() == 0) throw std::invalid_argument("rotate: axis is the zero vector; pass e.g. OUT");
  // Manim's VMobject.rotate turns the family's sheen (gradient) direction with the points.
  if (n_->vectorized) rotate_sheen_direction(*this, angle, axis, true);
  const double c = std::cos(angle), s = std::sin(angle);
  // Rodrigues' rotation formula.
  return apply_points_function(
      [k, c, s](std::vector<Vec3>& pts) {
        for (auto& p : pts) p = p * c + k.cross(p) * s + k * (k.dot(p) * (1 - c));
      },
      about);
}

Mobject& Mobject::flip(const Vec3& axis, const About& about) {
  return rotate(TAU / 2, axis, about);
}

Mobject& Mobject::stretch(double factor, int dim, const About& about) {
  detail::require_finite("stretch", "factor", factor);
  if (dim < 0 || dim > 2)
    throw std::invalid_argument("stretch: dim must be 0, 1 or 2, got " + std::to_string(dim));
  const auto d = static_cast<std::size_t>(dim);
  return apply_points_function(
      [factor, d](std::vector<Vec3>& pts) {
        for (auto& p : pts) p[d] *= factor;
      },
      about);
}

namespace {
// Manim's rescale_to_fit: a zero-length object is left alone.
Mobject& rescale_to_fit(Mobject& m, const char* method, double length, int dim, bool stretch,
                        const About& about) {
  detail::require_finite(method, "length", length);
  const double old = m.length_over_dim(dim);
  if (old == 0) return m;
  if (stretch) return m.stretch(length / old, dim, about);
  return m.scale(length / old, about);
}
}  // namespace

Mobject& Mobject::stretch_to_fit_width(double w, const About& about) {
  return rescale_to_fit(*this, "stretch_to_fit_width", w, 0, true, about);
}
Mobject& Mobject::stretch_to_fit_height(double h, const About& about) {
  return rescale_to_fit(*this, "stretch_to_fit_height", h, 1, true, about);
}
Mobject& Mobject::scale_to_fit_width(double w, const About& about) {
  return rescale_to_fit(*this, "scale_to_fit_width", w, 0, false, about);
}
Mobject& Mobject::scale_to_fit_height(double h, const About& about) {
  return rescale_to_fit(*this, "scale_to_fit_height", h, 1, false, about);
}
Mobject& Mobject::set_width(double w, bool stretch) {
  return rescale_to_fit(*this, "set_width", w, 0, stretch, {});
}
Mobject& Mobject::set_height(double h, bool stretch) {
  return rescale_to_fit(*this, "set_height", h, 1, stretch, {});
}

Mobject& Mobject::set_x(double x) {
  detail::require_finite("set_x", "x", x);
  return shift({x - get_center().x, 0, 0});
}
Mobject& Mobject::set_y(double y) {
  detail::require_finite("set_y", "y", y);
  return shift({0, y - get_center().y, 0});
}
Mobject& Mobject::center() { return shift(-get_center()); }

// ------------------------------------------------------------------ layout
Mobject& Mobject::next_to(const Vec3& target, const Vec3& direction, double buff,
                          const Vec3& aligned_edge) {
  detail::require_finite("next_to", "target", target);
  detail::require_finite("next_to", "direction", direction);
  detail::require_finite("next_to", "buff", buff);
  const Vec3 point = get_critical_point(aligned_edge - direction);
  return shift(target - point + direction * buff);
}

Mobject& Mobject::next_to(const Mobject& target, const Vec3& direction, double buff,
                          const Vec3& aligned_edge) {
  detail::require_finite("next_to", "direction", direction);
  detail::require_finite("next_to", "aligned_edge", aligned_edge);
  return next_to(target.get_critical_point(aligned_edge + direction), direction, buff,
                 aligned_edge);
}

namespace {
double sign(double v) { return v > 0 ? 1.0 : (v < 0 ? -1.0 : 0.0); }

// Manim's align_on_border with the frame radii of the global config.
Mobject& align_on_border(Mobject& m, const char* method, const Vec3& dir, double buff) {
  detail::require_finite(method, "direction", dir);
  detail::require_finite(method, "buff", buff);
  const Vec3 radii{config().frame_width / 2, config().frame_height / 2, 0};
  const Vec3 target{sign(dir.x) * radii.x, sign(dir.y) * radii.y, 0};
  const Vec3 point = m.get_critical_point(dir);
  Vec3 v = target - point - dir * buff;
  for (std::size_t i = 0; i < 3; ++i) v[i] *= std::abs(sign(dir[i]));
  return m.shift(v);
}
}  // namespace

Mobject& Mobject::to_edge(const Vec3& edge, double buff) {
  return align_on_border(*this, "to_edge", edge, buff);
}
Mobject& Mobject::to_corner(const Vec3& corner, double buff) {
  return align_on_border(*this, "to_corner", corner, buff);
}

Mobject& Mobject::align_to(const Vec3& p, const Vec3& direction) {
  detail::require_finite("align_to", "point", p);
  detail::require_finite("align_to", "direction", direction);
  const Vec3 cur = get_critical_point(direction);
  Vec3 v{};
  for (std::size_t i = 0; i < 3; ++i)
    if (direction[i] != 0) v[i] = p[i] - cur[i];
  return shift(v);
}

Mobject& Mobject::align_to(const Mobject& m, const Vec3& direction) {
  return align_to(m.get_critical_point(direction), direction);
}

Mobject& Mobject::arrange(const Vec3& direction, double buff, const Vec3& aligned_edge,
                          bool center_after) {
  auto subs = submobjects();
  for (std::size_t i = 1; i < subs.size(); ++i)
    subs[i].next_to(subs[i - 1], direction, buff, aligned_edge);
  if (center_after) center();
  return *this;
}

// ------------------------------------------------------------------ style setters
namespace {
template <class F>
void for_style_targets(const NodePtr& n, bool family, F f) {
  if (!family) {
    f(*n);
    return;
  }
  for (auto& m : detail::family_nodes(n)) f(*m);
}
// A colour / opacity write: members that share an array with a written node (Manim's become)
// see the change too.
template <class F>
void for_style_writes(const NodePtr& n, bool family, F f) {
  for_style_targets(n, family, [&](MobjectNode& m) {
    const detail::StyleCounts before = detail::style_counts(m);
    f(m);
    detail::style_written(m, before);
  });
}
}  // namespace

Mobject& Mobject::set_color(const Color& c, bool family) {
  for_style_writes(n_, family, [&](MobjectNode& m) {
    m.style.fill_color = c;
    m.style.stroke_color = c;
    detail::set_single_color(m.style.fill_rgbas, c, m.style.sheen_factor);
    detail::set_single_color(m.style.stroke_rgbas, c, m.style.sheen_factor);
    if (auto* img = dynamic_cast<detail::ImageNode*>(&m)) detail::image_set_color(*img, c);
    if (auto* cloud = dynamic_cast<detail::PointCloudNode*>(&m))
      detail::point_cloud_set_color(*cloud, c);
  });
  return *this;
}

Mobject& Mobject::set_fill(std::optional<Color> color, std::optional<double> opacity, bool family) {
  if (opacity) detail::require_finite("set_fill", "opacity", *opacity);
  for_style_writes(n_, family, [&](MobjectNode& m) {
    if (color) {
      m.style.fill_color = *color;
      detail::set_single_color(m.style.fill_rgbas, *color, m.style.sheen_factor);
    }
    if (opacity) m.style.fill_opacity = *opacity;
  });
  return *this;
}

Mobject& Mobject::set_stroke(std::optional<Color> color, std::optional<double> width,
                             std::optional<double> opacity, bool background, bool family) {
  if (width) detail::require_finite("set_stroke", "width", *width);
  if (opacity) detail::require_finite("set_stroke", "opacity", *opacity);
  if (width && *width < 0)
    throw std::invalid_argument("set_stroke: width must be >= 0, got " + std::to_string(*width));
  for_style_writes(n_, family, [&](MobjectNode& m) {
    auto& s = m.style;
    if (background) {
      if (color) {
        s.background_stroke_color = *color;
        detail::set_single_color(s.background_stroke_rgbas, *color, s.sheen_factor);
      }
      if (width) s.background_stroke_width = *width;
      if (opacity) s.background_stroke_opacity = *opacity;
    } else {
      if (color) {
        s.stroke_color = *color;
        detail::set_single_color(s.stroke_rgbas, *color, s.sheen_factor);
      }
      if (width) s.stroke_width = *width;
      if (opacity) s.stroke_opacity = *opacity;
    }
  });
  return *this;
}

Mobject& Mobject::set_opacity(double opacity, bool family) {
  detail::require_finite("set_opacity", "opacity", opacity);
  for_style_writes(n_, family, [&](MobjectNode& m) {
    m.style.fill_opacity = opacity;
    m.style.stroke_opacity = opacity;
    m.style.background_stroke_opacity = opacity;
    if (auto* img = dynamic_cast<detail::ImageNode*>(&m)) detail::image_set_opacity(*img, opacity);
  });
  return *this;
}

// Manim CE v0.18.0's VMobject has no set_fill_opacity / set_stroke_opacity: the calls fall
// through to Mobject.__getattr__'s generic `set_<attr>`, which stores a plain attribute and
// changes nothing on screen (reference frames of c39 confirm it). We reproduce that so videos
// match, and say so once, since the user surely meant set_fill(opacity=...).
static void warn_attribute_setter(const char* method, const char* instead) {
  static std::mutex mu;
  static std::set<std::string> warned;
  std::lock_guard<std::mutex> lock(mu);
  if (!warned.insert(method).second) return;
  std::fprintf(stderr,
               "warning: %s() changes nothing on screen in Manim CE v0.18.0 (it only sets an "
               "attribute); manim.cpp does the same so videos match. Use %s to change it.\n",
               method, instead);
}

Mobject& Mobject::set_fill_opacity(double opacity, bool) {
  detail::require_finite("set_fill_opacity", "opacity", opacity);
  warn_attribute_setter("set_fill_opacity", "set_fill(std::nullopt, opacity)");
  return *this;
}

Mobject& Mobject::set_stroke_opacity(double opacity, bool) {
  detail::require_finite("set_stroke_opacity", "opacity", opacity);
  warn_attribute_setter("set_stroke_opacity", "set_stroke(std::nullopt, std::nullopt, opacity)");
  return *this;
}

Mobject& Mobject::fade(double darkness, bool family) {
  detail::require_finite("fade", "darkness", darkness);
  if (family) {
    for (auto& m : detail::family_nodes(n_)) detail::fade_node(*m, darkness, false);
  } else {
    detail::fade_node(*n_, darkness, false);
  }
  return *this;
}

Mobject& Mobject::set_z_index(double z, bool family) {
  detail::require_finite("set_z_index", "z", z);
  for_style_targets(n_, family, [&](MobjectNode& m) { m.z_index = z; });
  return *this;
}

Mobject& Mobject::match_width(const Mobject& m) { return set_width(m.width()); }
Mobject& Mobject::match_height(const Mobject& m) { return set_height(m.height()); }

namespace {
// Manim's VMobject.match_style: own style, then children paired by make_even.
void match_style_nodes(MobjectNode& a, const MobjectNode& b) {
  const detail::StyleCounts before = detail::style_counts(a);
  // Manim's get_style has no cap_style, and set_style applies a background image only when
  // the other has one.
  const int cap = a.style.cap_style;
  auto image = b.style.background_image ? b.style.background_image : a.style.background_image;
  a.style = b.style;
  a.style.cap_style = cap;
  a.style.background_image = std::move(image);
  detail::style_written(a, before);
  if (a.submobjects.empty()) return;
  std::vector<const MobjectNode*> bs;
  if (b.submobjects.empty())
    bs.push_back(&b);
  else
    for (auto& c : b.submobjects) bs.push_back(c.get());
  const std::size_t na = a.submobjects.size(), nb = bs.size(), len = std::max(na, nb);
  for (std::size_t i = 0; i < len; ++i)
    match_style_nodes(*a.submobjects[i * na / len], *bs[i * nb / len]);
}
}  // namespace

Mobject& Mobject::match_style(const Mobject& m) {
  if (&m.node() == n_.get()) return *this;
  match_style_nodes(*n_, m.node());
  return *this;
}

Mobject& Mobject::become(const Mobject& m) {
  if (&m.node() == n_.get()) return *this;
  // As Manim: align the structure with a copy (no point alignment), then take its points and
  // style member by member; this object keeps its identity and kind.
  Mobject target = m.copy();
  Mobject self(n_);
  std::vector<std::pair<NodePtr, NodePtr>> pairs;
  std::function<void(const NodePtr&, const NodePtr&)> align = [&](const NodePtr& a,
                                                                  const NodePtr& b) {
    Mobject ma(a), mb(b);
    detail::align_structure(ma, mb);
    pairs.emplace_back(a, b);
    for (std::size_t i = 0; i < a->submobjects.size() && i < b->submobjects.size(); ++i)
      align(a->submobjects[i], b->submobjects[i]);
  };
  // The members of `m` each copied member came from (members alignment adds have none).
  std::unordered_map<const MobjectNode*, NodePtr> original;
  {
    const auto from = detail::family_nodes(m.node_ptr());
    const auto to = detail::family_nodes(target.node_ptr());
    for (std::size_t i = 0; i < from.size() && i < to.size(); ++i) original[to[i].get()] = from[i];
  }
  align(n_, target.node_ptr());
  for (auto& [a, b] : pairs) {
    a->points = b->points;
    {
      VStyle own = std::move(a->style);
      a->style = b->style;
      detail::keep_uninterpolated_style(a->style, own);
    }
    // Manim's interpolate_color(a, b, 1) hands a the very colour arrays of b: later colour
    // changes of either show in both (see src/mobject/style_sharing.hpp).
    if (auto it = original.find(b.get()); it != original.end())
      detail::share_style_arrays(a, it->second);
    else
      detail::unshare_style_arrays(*a);
    auto* ca = dynamic_cast<detail::PointCloudNode*>(a.get());
    auto* cb = dynamic_cast<const detail::PointCloudNode*>(b.get());
    if (ca && cb) ca->rgbas = cb->rgbas;  // PMobject.interpolate_color at alpha 1
  }
  return *this;
}

// ------------------------------------------------------------------ updaters
Mobject& Mobject::add_updater(Updater f, bool call_updater) {
  if (!f) throw std::invalid_argument("add_updater: the updater function is empty");
  n_->updaters.push_back({f, true});
  if (call_updater) f(*this, 0);
  return *this;
}

Mobject& Mobject::add_updater(std::function<void(Mobject&)> f, bool call_updater) {
  if (!f) throw std::invalid_argument("add_updater: the updater function is empty");
  if (!f) throw std::invalid_argument("add_updater: the updater function is empty");
  n_->updaters.push_back({[f](Mobject& m, double) { f(m); }, false});
  if (call_updater) f(*this);
  return *this;
}

Mobject& Mobject::clear_updaters(bool family) {
  for_style_targets(n_, family, [](MobjectNode& m) { m.updaters.clear(); });
  return *this;
}

Mobject& Mobject::suspend_updating(bool family) {
  for_style_targets(n_, family, [](MobjectNode& m) { m.updating_suspended = true; });
  return *this;
}

Mobject& Mobject::resume_updating(bool family) {
  for_style_targets(n_, family, [](MobjectNode& m) { m.updating_suspended = false; });
  update(0);
  return *this;
}

bool Mobject::has_updaters() const {
  for (auto& m : detail::family_nodes(n_))
    if (!m->updaters.empty()) return true;
  return false;
}

bool Mobject::has_time_based_updater() const {
  for (auto& m : detail::family_nodes(n_))
    for (auto& u : m->updaters)
      if (u.time_based) return true;
  return false;
}

void Mobject::update(double dt) {
  if (n_->updating_suspended) return;
  auto ups = n_->updaters;  // an updater may add or clear updaters
  Mobject self(n_);
  for (auto& u : ups) u.f(self, dt);
  auto children = n_->submobjects;
  for (auto& c : children) Mobject(c).update(dt);
}

// ------------------------------------------------------------------ Group
Group::Group() : Mobject() { detail::set_kind(*n_, "Group"); }
Group::Group(const std::vector<Mobject>& mobs) : Group() { add(mobs); }

}  // namespace manim
