// Transform machinery: Manim CE v0.18.0's align_data (null_point_align, align_submobjects,
// VMobject.align_points), interpolation and pointwise_become_partial.
#include "mobject/family.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

#include "manim/mobject/color_gradients.hpp"
#include "manim/mobject/types/image_mobject.hpp"
#include "manim/mobject/types/point_cloud_mobject.hpp"
#include "mobject/path_ops.hpp"
#include "mobject/style_sharing.hpp"

namespace manim::detail {
namespace {

using NodePtr = std::shared_ptr<MobjectNode>;

// Manim's push_self_into_submobjects: a childless copy of n becomes its last child.
void push_self_into_submobjects(MobjectNode& n) {
  NodePtr copy = n.clone_self();
  copy->submobjects.clear();
  copy->updaters.clear();  // the parent keeps running its updaters; do not run them twice
  n.points.clear();
  n.submobjects.push_back(copy);
}

Vec3 node_center(const MobjectNode& n) {
  Box b = anchor_box(n);
  return b.empty ? Vec3{} : (b.min + b.max) / 2;
}

// Manim's get_point_mobject: a one-point VMobject at the centre, styled like n (a point cloud's
// is a black Point).
NodePtr point_mobject(const MobjectNode& n) {
  if (is_point_cloud(n)) return point_cloud_point_mobject(node_center(n));
  auto p = std::make_shared<MobjectNode>();
  p->vectorized = true;
  set_kind(*p, "VMobject");
  set_kind(*p, "VectorizedPoint");
  p->points = {node_center(n)};
  p->style = n.style;
  return p;
}

// Manim's add_n_more_submobjects: child i is repeated #{k : floor(k*curr/target) == i} times;
// the extra copies are faded to opacity 0 and follow the original.
void add_n_more_submobjects(MobjectNode& n, std::size_t extra) {
  if (extra == 0) return;
  const std::size_t curr = n.submobjects.size();
  if (curr == 0) {
    for (std::size_t k = 0; k < extra; ++k) n.submobjects.push_back(point_mobject(n));
    return;
  }
  const std::size_t target = curr + extra;
  std::vector<std::size_t> split(curr, 0);
  for (std::size_t k = 0; k < target; ++k) ++split[k * curr / target];
  std::vector<NodePtr> out;
  out.reserve(target);
  for (std::size_t i = 0; i < curr; ++i) {
    out.push_back(n.submobjects[i]);
    for (std::size_t r = 1; r < split[i]; ++r) {
      NodePtr c = deep_copy(n.submobjects[i]);
      fade_node(*c, 1.0, true);
      out.push_back(c);
    }
  }
  n.submobjects = std::move(out);
}

void align_data_nodes(MobjectNode& a, MobjectNode& b) {
  align_structure_nodes(a, b);
  align_points(a, b);
  for (std::size_t i = 0; i < a.submobjects.size() && i < b.submobjects.size(); ++i)
    align_data_nodes(*a.submobjects[i], *b.submobjects[i]);
}

// Manim's get_nth_subpath: a null path at the very end when missing, and trailing
// degenerate curves dropped.
std::vector<Vec3> nth_subpath(const std::vector<std::vector<Vec3>>& list, std::size_t n) {
  if (n >= list.size()) return std::vector<Vec3>(4, list.back().back());
  std::vector<Vec3> path = list[n];
  while (path.size() > 4) {
    const Vec3 before = path[path.size() - 5];
    bool degenerate = true;
    for (std::size_t k = path.size() - 4; k < path.size(); ++k)
      if (!points_close(path[k], before)) degenerate = false;
    if (!degenerate) break;
    path.resize(path.size() - 4);
  }
  return path;
}

}  // namespace

void align_structure(Mobject& ma, Mobject& mb) { align_structure_nodes(ma.node(), mb.node()); }

void align_structure_nodes(MobjectNode& a, MobjectNode& b) {
  // null_point_align: the side with points is pushed into a child when the other has none.
  if (a.points.empty() && !b.points.empty()) push_self_into_submobjects(b);
  if (b.points.empty() && !a.points.empty()) push_self_into_submobjects(a);
  // align_submobjects.
  const std::size_t n1 = a.submobjects.size(), n2 = b.submobjects.size();
  if (n2 > n1) add_n_more_submobjects(a, n2 - n1);
  if (n1 > n2) add_n_more_submobjects(b, n1 - n2);
}

void align_points(MobjectNode& a, MobjectNode& b) {
  if (a.points.size() == b.points.size()) return;
  // Point clouds: the one with fewer points is stretched (Mobject.align_points).
  auto* pa = dynamic_cast<PointCloudNode*>(&a);
  auto* pb = dynamic_cast<PointCloudNode*>(&b);
  if (pa && pb) {
    if (pa->points.size() < pb->points.size())
      point_cloud_stretch_to(*pa, pb->points.size());
    else
      point_cloud_stretch_to(*pb, pa->points.size());
    return;
  }
  if (!a.vectorized && !b.vectorized)
    throw std::invalid_argument("align_data: " + a.kind + " (" + std::to_string(a.points.size()) +
                                " points) and " + b.kind + " (" + std::to_string(b.points.size()) +
                                " points) are not VMobjects and cannot be point-aligned");
  for (MobjectNode* m : {&a, &b}) {
    if (m->points.empty()) m->points.push_back(node_center(*m));
    if (m->points.size() % 4 == 1) add_line_to(m->points, m->points.back());
  }
  auto sp1 = subpaths(a.points), sp2 = subpaths(b.points);
  if (sp1.empty() || sp2.empty())
    throw std::invalid_argument("align_data: " + std::string(sp1.empty() ? a.kind : b.kind) +
                                " has points but no complete cubic curve (point count not 4k)");
  const std::size_t n = std::max(sp1.size(), sp2.size());
  std::vector<Vec3> p1, p2;
  for (std::size_t k = 0; k < n; ++k) {
    auto s1 = nth_subpath(sp1, k), s2 = nth_subpath(sp2, k);
    const long d = (static_cast<long>(s2.size()) - static_cast<long>(s1.size())) / 4;
    if (d > 0) s1 = insert_n_curves_to_point_list(static_cast<int>(d), s1);
    if (d < 0) s2 = insert_n_curves_to_point_list(static_cast<int>(-d), s2);
    p1.insert(p1.end(), s1.begin(), s1.end());
    p2.insert(p2.end(), s2.begin(), s2.end());
  }
  a.points = std::move(p1);
  b.points = std::move(p2);
}

void align_data(Mobject& a, Mobject& b) { align_data_nodes(a.node(), b.node()); }

void interpolate_node(MobjectNode& out, const MobjectNode& a, const MobjectNode& b, double alpha) {
  if (a.points.size() != b.points.size())
    throw std::invalid_argument(
        "interpolate: " + a.kind + " has " + std::to_string(a.points.size()) + " points but " +
        b.kind + " has " + std::to_string(b.points.size()) + "; call align_data first");
  // An ImageMobject blends its pixel arrays too (Manim's interpolate_color).
  if (auto* img = dynamic_cast<ImageNode*>(&out)) {
    const auto* ia = dynamic_cast<const ImageNode*>(&a);
    const auto* ib = dynamic_cast<const ImageNode*>(&b);
    if (ia && ib) image_interpolate(*img, *ia, *ib, alpha);
  }
  // Manim's interpolate_color gives `out` new colour arrays (at alpha 1 those of the animation's
  // private target copy): whatever it shared through become is no longer shared.
  unshare_style_arrays(out);
  // A point cloud blends its per-point colours (PMobject.interpolate_color).
  if (auto* pc = dynamic_cast<PointCloudNode*>(&out)) {
    const auto* pa = dynamic_cast<const PointCloudNode*>(&a);
    const auto* pb = dynamic_cast<const PointCloudNode*>(&b);
    if (pa && pb) point_cloud_interpolate_color(*pc, *pa, *pb, alpha);
  }
  if (alpha == 1) {  // exactly the target, as Manim sets it at alpha 1
    out.points = b.points;
    VStyle own = std::move(out.style);
    out.style = b.style;
    keep_uninterpolated_style(out.style, own);
    return;
  }
  auto lerp = [alpha](double x, double y) { return x * (1 - alpha) + y * alpha; };
  std::vector<Vec3> pts(a.points.size());
  for (std::size_t i = 0; i < pts.size(); ++i)
    pts[i] = a.points[i] * (1 - alpha) + b.points[i] * alpha;
  VStyle s;
  const VStyle &sa = a.style, &sb = b.style;
  s.fill_color = interpolate_color(sa.fill_color, sb.fill_color, alpha);
  s.fill_opacity = lerp(sa.fill_opacity, sb.fill_opacity);
  s.stroke_color = interpolate_color(sa.stroke_color, sb.stroke_color, alpha);
  s.stroke_opacity = lerp(sa.stroke_opacity, sb.stroke_opacity);
  s.stroke_width = lerp(sa.stroke_width, sb.stroke_width);
  s.background_stroke_color =
      interpolate_color(sa.background_stroke_color, sb.background_stroke_color, alpha);
  s.background_stroke_opacity = lerp(sa.background_stroke_opacity, sb.background_stroke_opacity);
  s.background_stroke_width = lerp(sa.background_stroke_width, sb.background_stroke_width);
  s.fill_rgbas =
      interpolate_stops(sa.fill_rgbas, sa.fill_color, sb.fill_rgbas, sb.fill_color, alpha);
  s.stroke_rgbas =
      interpolate_stops(sa.stroke_rgbas, sa.stroke_color, sb.stroke_rgbas, sb.stroke_color, alpha);
  s.background_stroke_rgbas =
      interpolate_stops(sa.background_stroke_rgbas, sa.background_stroke_color,
                        sb.background_stroke_rgbas, sb.background_stroke_color, alpha);
  if (!s.fill_rgbas.empty()) s.fill_color = s.fill_rgbas.front();
  if (!s.stroke_rgbas.empty()) s.stroke_color = s.stroke_rgbas.front();
  if (!s.background_stroke_rgbas.empty())
    s.background_stroke_color = s.background_stroke_rgbas.front();
  s.sheen_direction = sa.sheen_direction * (1 - alpha) + sb.sheen_direction * alpha;
  s.sheen_factor = lerp(sa.sheen_factor, sb.sheen_factor);
  keep_uninterpolated_style(s, out.style);
  out.points = std::move(pts);
  out.style = s;
}

void become_partial(MobjectNode& out, const MobjectNode& src, double a, double b) {
  if (auto* pc = dynamic_cast<PointCloudNode*>(&out))
    if (const auto* ps = dynamic_cast<const PointCloudNode*>(&src))
      return point_cloud_become_partial(*pc, *ps, a, b);
  if (a <= 0 && b >= 1) {
    out.points = src.points;
    return;
  }
  const std::size_t num = src.points.size() / 4;
  if (num == 0) {
    out.points.clear();
    return;
  }
  // Manim's integer_interpolate(0, num, t): (index, residue).
  auto split = [num](double t) -> std::pair<std::size_t, double> {
    if (t >= 1) return {num - 1, 1.0};
    if (t <= 0) return {0, 0.0};
    const double v = static_cast<double>(num) * t;
    return {static_cast<std::size_t>(v), std::fmod(v, 1.0)};
  };
  auto [li, lr] = split(a);
  auto [ui, ur] = split(b);
  const Vec3* c = src.points.data();
  std::vector<Vec3> pts;
  auto put = [&pts](const std::array<Vec3, 4>& q) { pts.insert(pts.end(), q.begin(), q.end()); };
  if (li == ui) {
    put(partial_bezier(c + 4 * li, lr, ur));
  } else {
    put(partial_bezier(c + 4 * li, lr, 1));
    for (std::size_t k = li + 1; k < ui; ++k) pts.insert(pts.end(), c + 4 * k, c + 4 * k + 4);
    put(partial_bezier(c + 4 * ui, 0, ur));
  }
  out.points = std::move(pts);
}

}  // namespace manim::detail
