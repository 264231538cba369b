// ImplicitFunction: the isoline func(x, y) = 0 traced as the `isosurfaces` package (which
// Manim uses) does, so the anchors match Manim's: a breadth-first quadtree refined where the
// sign changes, every pair of neighbouring leaves joined by four triangles around their shared
// edge, zeros bisected along triangle edges, and the triangles chained into curves.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <deque>
#include <map>
#include <memory>

#include "manim/core/config.hpp"
#include "mobject/geometry/geometry_internal.hpp"
#include "mobject/graphing/graphing_internal.hpp"
#include "mobject/path_ops.hpp"

namespace manim {

namespace {

struct VP {  // a position with the function's value there
  double x = 0, y = 0, val = 0;
};

using Fn = ImplicitFunction::Function;

VP calc(double x, double y, const Fn& fn) { return {x, y, fn(x, y)}; }

VP midpoint(const VP& a, const VP& b, const Fn& fn) {
  return calc((a.x + b.x) / 2, (a.y + b.y) / 2, fn);
}

// The point of the line a--b where the linear interpolation of the values is zero.
VP intersect_zero(const VP& a, const VP& b, const Fn& fn) {
  const double denom = a.val - b.val;
  const double k1 = -b.val / denom, k2 = a.val / denom;
  return calc(k1 * a.x + k2 * b.x, k1 * a.y + k2 * b.y, fn);
}

double sign(double v) {
  if (std::isnan(v)) return v;
  return v > 0 ? 1 : (v < 0 ? -1 : 0);
}

// Returns the zero between p1 and p2 and whether it is one (not an asymptote).
std::pair<VP, bool> binary_search_zero(VP p1, VP p2, const Fn& fn, double tx, double ty) {
  while (true) {
    if (std::abs(p2.x - p1.x) < tx && std::abs(p2.y - p1.y) < ty) {
      const VP pt = intersect_zero(p1, p2, fn);
      const bool is_zero =
          pt.val == 0 || (sign(pt.val - p1.val) == sign(p2.val - pt.val) && pt.val < 1e200);
      return {pt, is_zero};
    }
    const VP mid = midpoint(p1, p2, fn);
    if (mid.val == 0) return {mid, true};
    if ((mid.val > 0) == (p1.val > 0))
      p1 = mid;
    else
      p2 = mid;
  }
}

struct Cell {
  VP v[4];  // bottom-left, bottom-right, top-left, top-right
  int depth = 0;
  std::vector<Cell*> children;
};

// Corners of [pmin, pmax] in Cell order, each evaluated.
void corners(Cell& c, double x0, double y0, double x1, double y1, const Fn& fn) {
  const double w0 = x1 - x0, w1 = y1 - y0;
  for (int i = 0; i < 4; ++i) c.v[i] = calc(x0 + (i & 1) * w0, y0 + (i >> 1 & 1) * w1, fn);
}

bool should_descend(const Cell& c, double tx, double ty) {
  if (c.v[3].x - c.v[0].x < 10 * tx && c.v[3].y - c.v[0].y < 10 * ty) return false;
  int nans = 0;
  for (const VP& p : c.v) nans += std::isnan(p.val) ? 1 : 0;
  if (nans == 4) return false;
  if (nans > 0) return true;
  const double s0 = sign(c.v[0].val);
  for (int i = 1; i < 4; ++i)
    if (sign(c.v[i].val) != s0) return true;
  return false;
}

struct Triangle {
  VP v[3];
  Triangle* next = nullptr;
  Triangle* prev = nullptr;
  bool visited = false;
};

void link(Triangle& from, Triangle& to) {
  from.next = &to;
  to.prev = &from;
}

class Isoline {
 public:
  Isoline(const Fn& fn, double tx, double ty) : fn_(fn), tx_(tx), ty_(ty) {}

  Cell* build_tree(double x0, double y0, double x1, double y1, int min_depth, int max_cells) {
    // min_depth wins over max_quads.
    max_cells = std::max(static_cast<int>(std::pow(4, min_depth)), max_cells);
    cells_.push_back(std::make_unique<Cell>());
    Cell* root = cells_.back().get();
    corners(*root, x0, y0, x1, y1, fn_);
    std::deque<Cell*> queue{root};
    int leaves = 1;
    while (!queue.empty() && leaves < max_cells) {
      Cell* c = queue.front();
      queue.pop_front();
      if (c->depth < min_depth || should_descend(*c, tx_, ty_)) {
        for (int i = 0; i < 4; ++i) {
          cells_.push_back(std::make_unique<Cell>());
          Cell* child = cells_.back().get();
          child->depth = c->depth + 1;
          corners(*child, (c->v[0].x + c->v[i].x) / 2, (c->v[0].y + c->v[i].y) / 2,
                  (c->v[3].x + c->v[i].x) / 2, (c->v[3].y + c->v[i].y) / 2, fn_);
          c->children.push_back(child);
          queue.push_back(child);
        }
        leaves += 3;
      }
    }
    return root;
  }

  void triangulate_inside(const Cell* q) {
    if (q->children.empty()) return;
    for (const Cell* c : q->children) triangulate_inside(c);
    crossing_row(q->children[0], q->children[1]);
    crossing_row(q->children[2], q->children[3]);
    crossing_col(q->children[0], q->children[2]);
    crossing_col(q->children[1], q->children[3]);
  }

  std::vector<std::vector<Vec3>> trace() {
    std::vector<std::vector<Vec3>> curves;
    for (Triangle& t : triangles_) {
      if (t.visited || !t.next) continue;
      std::vector<Vec3> curve;
      Triangle* tri = &t;
      bool closed = false;
      // Back to the start of the chain (bounded: a chain that runs into a loop not holding t
      // must not spin forever).
      for (std::size_t guard = 0; tri->prev && guard <= triangles_.size(); ++guard) {
        tri = tri->prev;
        if (tri == &t) {
          closed = true;
          break;
        }
      }
      for (; tri && !tri->visited; tri = tri->next) {
        for (int i = 0; i < 3; ++i) {
          const VP &p1 = tri->v[i], &p2 = tri->v[(i + 1) % 3];
          if (!(p1.val > 0 && 0 >= p2.val)) continue;
          auto [p, is_zero] = binary_search_zero(p1, p2, fn_, tx_, ty_);
          if (is_zero) curve.push_back({p.x, p.y, 0});
        }
        tri->visited = true;
      }
      if (closed && !curve.empty()) curve.push_back(curve.front());
      curves.push_back(std::move(curve));
    }
    return curves;
  }

 private:
  // Quad b is right of quad a.
  void crossing_row(const Cell* a, const Cell* b) {
    if (!a->children.empty() && !b->children.empty()) {
      crossing_row(a->children[1], b->children[0]);
      crossing_row(a->children[3], b->children[2]);
    } else if (!a->children.empty()) {
      crossing_row(a->children[1], b);
      crossing_row(a->children[3], b);
    } else if (!b->children.empty()) {
      crossing_row(a, b->children[0]);
      crossing_row(a, b->children[2]);
    } else {
      const VP fa = face_dual(*a), fb = face_dual(*b);
      if (a->depth < b->depth)
        add_four(b->v[2], fb, b->v[0], fa, edge_dual(b->v[2], b->v[0]));
      else
        add_four(a->v[3], fb, a->v[1], fa, edge_dual(a->v[3], a->v[1]));
    }
  }

  // Quad b is above quad a.
  void crossing_col(const Cell* a, const Cell* b) {
    if (!a->children.empty() && !b->children.empty()) {
      crossing_col(a->children[2], b->children[0]);
      crossing_col(a->children[3], b->children[1]);
    } else if (!a->children.empty()) {
      crossing_col(a->children[2], b);
      crossing_col(a->children[3], b);
    } else if (!b->children.empty()) {
      crossing_col(a, b->children[0]);
      crossing_col(a, b->children[1]);
    } else {
      const VP fa = face_dual(*a), fb = face_dual(*b);
      if (a->depth < b->depth)
        add_four(b->v[0], fb, b->v[1], fa, edge_dual(b->v[0], b->v[1]));
      else
        add_four(a->v[2], fb, a->v[3], fa, edge_dual(a->v[2], a->v[3]));
    }
  }

  VP face_dual(const Cell& c) const { return midpoint(c.v[0], c.v[3], fn_); }

  // isosurfaces 0.1.0 meant to take the midpoint of an edge whose ends differ in sign, but its
  // test compares p1 with itself, so every edge goes through the gradient estimate below; the
  // anchors Manim draws follow from that.
  VP edge_dual(const VP& p1, const VP& p2) const {
    const double dt = 0.01;
    const double df1 = fn_(p1.x * (1 - dt) + p2.x * dt, p1.y * (1 - dt) + p2.y * dt);
    const double df2 = fn_(p1.x * dt + p2.x * (1 - dt), p1.y * dt + p2.y * (1 - dt));
    if ((df1 > 0) == (df2 > 0)) return midpoint(p1, p2, fn_);
    return intersect_zero({p1.x, p1.y, df1}, {p2.x, p2.y, df2}, fn_);
  }

  // Triangles [a, b, c], [b, c, d]... around `center`, a-b-c-d clockwise.
  void add_four(const VP& a, const VP& b, const VP& c, const VP& d, const VP& center) {
    Triangle* t[4];
    const VP ring[4] = {a, b, c, d};
    for (int i = 0; i < 4; ++i) {
      Triangle& tri = triangles_.emplace_back();
      tri.v[0] = ring[i];
      tri.v[1] = ring[(i + 1) % 4];
      tri.v[2] = center;
      t[i] = &tri;
    }
    for (int i = 0; i < 4; ++i) sandwich(*t[i], *t[(i + 1) % 4], *t[(i + 2) % 4]);
  }

  // The "next" of b (positive values on the right when walking along the curve); a, b, c
  // share the centre, a[1] = b[0] and b[1] = c[0]. Links are made from the signs alone; the
  // zeros are found when tracing.
  void sandwich(Triangle& a, Triangle& b, Triangle& c) {
    const VP center = b.v[2], x = b.v[0], y = b.v[1];
    if (center.val > 0 && 0 >= y.val) link(b, c);
    if (x.val > 0 && 0 >= center.val) link(b, a);
    // Edges shared with a triangle of another group are matched by their doubled midpoint;
    // as in isosurfaces, an entry stays in the table once matched.
    const double kx = x.x + y.x, ky = x.y + y.y;
    std::pair<std::uint64_t, std::uint64_t> id;
    std::memcpy(&id.first, &kx, sizeof kx);
    std::memcpy(&id.second, &ky, sizeof ky);
    if (y.val > 0 && 0 >= x.val) {
      auto [it, fresh] = hanging_.try_emplace(id, &b);
      if (!fresh) link(b, *it->second);
    } else if (y.val <= 0 && 0 < x.val) {
      auto [it, fresh] = hanging_.try_emplace(id, &b);
      if (!fresh) link(*it->second, b);
    }
  }

  const Fn& fn_;
  double tx_, ty_;
  std::vector<std::unique_ptr<Cell>> cells_;
  std::deque<Triangle> triangles_;  // stable addresses
  std::map<std::pair<std::uint64_t, std::uint64_t>, Triangle*> hanging_;
};

}  // namespace

std::vector<std::vector<Vec3>> plot_isoline(const ImplicitFunction::Function& func,
                                            std::pair<double, double> pmin,
                                            std::pair<double, double> pmax, int min_depth,
                                            int max_quads) {
  if (!func) throw std::invalid_argument("plot_isoline: func is empty; pass a callable (x, y)");
  if (!(pmin.first < pmax.first) || !(pmin.second < pmax.second))
    throw std::invalid_argument("plot_isoline: needs pmin < pmax on both axes");
  if (min_depth < 0 || min_depth > 12)
    throw std::invalid_argument("plot_isoline: min_depth must be in [0, 12], got " +
                                std::to_string(min_depth));
  const double tx = (pmax.first - pmin.first) / 1000, ty = (pmax.second - pmin.second) / 1000;
  Isoline iso(func, tx, ty);
  const Cell* root =
      iso.build_tree(pmin.first, pmin.second, pmax.first, pmax.second, min_depth, max_quads);
  iso.triangulate_inside(root);
  return iso.trace();
}

ImplicitFunction::ImplicitFunction(Function func, const ImplicitFunctionArgs& a)
    : VMobject(geom::make_vmobject_node<detail::MobjectNode>(), Mobject::Unchecked{}) {
  const char* cls = "ImplicitFunction";
  detail::set_kind(node(), cls);
  geom::check_style(cls, geom::style_of(a));
  if (!func) geom::fail(cls, "func is empty; pass a callable (x, y) -> value");
  auto range = [&](const std::vector<double>& r, double half, const char* arg) {
    if (r.empty()) return std::pair<double, double>{-half, half};
    if (r.size() < 2 || !std::isfinite(r[0]) || !std::isfinite(r[1]) || !(r[0] < r[1]))
      geom::fail(cls, std::string(arg) + " must be [min, max] with min < max");
    return std::pair<double, double>{r[0], r[1]};
  };
  const auto xr = range(a.x_range, config().frame_width / 2, "x_range");
  const auto yr = range(a.y_range, config().frame_height / 2, "y_range");
  if (a.min_depth < 0 || a.min_depth > 12)
    geom::fail(cls, "min_depth must be in [0, 12], got " + std::to_string(a.min_depth));
  if (a.max_quads < 0)
    geom::fail(cls, "max_quads must be >= 0, got " + std::to_string(a.max_quads));
  const auto curves =
      plot_isoline(func, {xr.first, yr.first}, {xr.second, yr.second}, a.min_depth, a.max_quads);
  // Manim: start_new_path(curve[0]) then add_points_as_corners(curve[1:]) per curve (a
  // one-point curve becomes a curve of four equal points when the next path starts), then
  // make_smooth over the subpaths, which joins curves whose ends meet and drops a trailing
  // lone point.
  auto& n = node();
  std::vector<Vec3>& pts = n.points;
  for (const auto& c : curves) {
    if (c.empty()) continue;
    if (pts.size() % 4 != 0) {
      const Vec3 last_anchor = pts[pts.size() / 4 * 4];
      while (pts.size() % 4 != 0) pts.push_back(last_anchor);
    }
    pts.push_back(c[0]);
    for (std::size_t k = 1; k < c.size(); ++k) {
      const Vec3 from = pts.back();
      if (pts.size() % 4 == 0) pts.push_back(from);
      // interpolate(from, to, t) = (1 - t) from + t to, as Manim's add_line_to.
      const double t1 = 1.0 / 3, t2 = 2.0 / 3;
      pts.insert(pts.end(), {from * (1 - t1) + c[k] * t1, from * (1 - t2) + c[k] * t2, c[k]});
    }
  }
  pts.resize(pts.size() / 4 * 4);
  if (a.use_smoothing) {
    std::vector<Vec3> out;
    out.reserve(pts.size());
    for (const std::vector<Vec3>& sp : detail::subpaths(pts)) {
      std::vector<Vec3> anchors, h1, h2;
      for (std::size_t k = 0; k < sp.size(); k += 4) anchors.push_back(sp[k]);
      anchors.push_back(sp.back());
      detail::smooth_handles(anchors, h1, h2);
      for (std::size_t i = 0; i + 1 < anchors.size(); ++i)
        out.insert(out.end(), {anchors[i], h1[i], h2[i], anchors[i + 1]});
    }
    pts = std::move(out);
  }
  geom::apply_style(n, geom::style_of(a));
}

ImplicitFunction Axes::plot_implicit_curve(const ImplicitFunction::Function& func, int min_depth,
                                           int max_quads, const ImplicitFunctionArgs& style) const {
  if (!func) geom::fail(kind(), "plot_implicit_curve: func is empty; pass a callable (x, y)");
  const Scaling xs = x_axis().scaling(), ys = y_axis().scaling();
  ImplicitFunctionArgs a = style;
  a.x_range = {x_range()[0], x_range()[1]};
  a.y_range = {y_range()[0], y_range()[1]};
  a.min_depth = min_depth;
  a.max_quads = max_quads;
  ImplicitFunction graph(
      [func, xs, ys](double x, double y) { return func(xs.function(x), ys.function(y)); }, a);
  graph.stretch(get_x_unit_size(), 0, About{.about_point = ORIGIN});
  graph.stretch(get_y_unit_size(), 1, About{.about_point = ORIGIN});
  graph.shift(get_origin());
  return graph;
}

}  // namespace manim
