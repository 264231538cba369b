// Union, Intersection, Difference, Exclusion through Clipper (polyclipping): the operands'
// cubics are flattened into fine polygons tagged by (curve, sample), clipped with the nonzero
// rule per operand, and the result's runs of consecutive samples of one curve are turned back
// into that curve's exact sub-cubic (what skia-pathops, Manim's library, hands back), so only the
// short pieces next to a crossing stay straight.
#include "manim/mobject/geometry/boolean_ops.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <polyclipping/clipper.hpp>
#include <stdexcept>
#include <unordered_map>

#include "mobject/family.hpp"
#include "mobject/geometry/geometry_internal.hpp"

namespace manim {

namespace {

namespace cl = ClipperLib;

// Clipper works on integers: 1e-8 units per step keeps the rounding far below a pixel and the
// coordinates of any sane scene (|x| < 1e10 units) inside its 64-bit range.
constexpr double kScale = 1e8;
// Largest distance between a cubic and its flattening, in scene units.
constexpr double kFlatness = 2e-5;

struct Tag {
  std::size_t curve;  // index into Flattened::curves
  int sample;         // 0..samples of that curve
};

struct Flattened {
  std::vector<std::array<Vec3, 4>> curves;
  std::vector<int> samples;                      // segments per curve
  std::vector<std::vector<Vec3>> sample_points;  // samples + 1 points per curve
  std::unordered_map<std::uint64_t, std::vector<Tag>> tags;
  std::unordered_map<std::uint64_t, Vec3> exact;  // the double point behind a tagged vertex
};

std::uint64_t key_of(const cl::IntPoint& p) {
  return static_cast<std::uint64_t>(p.X) * 0x9E3779B97F4A7C15ULL ^
         (static_cast<std::uint64_t>(p.Y) + 0x632BE59BD9B4E019ULL);
}
bool same(const cl::IntPoint& a, const cl::IntPoint& b) { return a.X == b.X && a.Y == b.Y; }

cl::IntPoint to_int(const Vec3& p) {
  return {static_cast<cl::cInt>(std::llround(p.x * kScale)),
          static_cast<cl::cInt>(std::llround(p.y * kScale))};
}
Vec3 to_vec(const cl::IntPoint& p) {
  return {static_cast<double>(p.X) / kScale, static_cast<double>(p.Y) / kScale, 0};
}

// Segments for a flattening within kFlatness: the distance between a cubic and its chords is at
// most max|B''| / (8 n^2), and |B''| <= 6 max(|p0 - 2 p1 + p2|, |p1 - 2 p2 + p3|).
int segments_for(const std::array<Vec3, 4>& c) {
  auto flat = [](const Vec3& v) { return std::hypot(v.x, v.y); };
  const double m = 6 * std::max(flat(c[0] - c[1] * 2 + c[2]), flat(c[1] - c[2] * 2 + c[3]));
  const double n = std::ceil(std::sqrt(m / (8 * kFlatness)));
  return static_cast<int>(std::clamp(n, 1.0, 2000.0));
}

// One operand as Clipper polygons (each subpath closed implicitly, as a fill is).
cl::Paths flatten(const VMobject& v, Flattened& f) {
  cl::Paths out;
  for (const auto& sp : detail::subpaths(v.points())) {
    cl::Path ring;
    for (std::size_t i = 0; i + 3 < sp.size(); i += 4) {
      std::array<Vec3, 4> c{sp[i], sp[i + 1], sp[i + 2], sp[i + 3]};
      for (auto& p : c) p.z = 0;
      const std::size_t id = f.curves.size();
      const int n = segments_for(c);
      f.curves.push_back(c);
      f.samples.push_back(n);
      for (int k = 0; k <= n; ++k) {
        const Vec3 p =
            k == 0   ? c[0]
            : k == n ? c[3]
                     : detail::bezier_point(c[0], c[1], c[2], c[3], static_cast<double>(k) / n);
        const cl::IntPoint ip = to_int(p);
        const std::uint64_t key = key_of(ip);
        f.tags[key].push_back({id, k});
        f.exact.emplace(key, p);
        if (k == 0) f.sample_points.emplace_back();
        f.sample_points.back().push_back(p);
        if (ring.empty() || !same(ring.back(), ip)) ring.push_back(ip);
      }
    }
    if (ring.size() > 1 && same(ring.front(), ring.back())) ring.pop_back();
    if (ring.size() >= 3) out.push_back(std::move(ring));
  }
  return out;
}

cl::Paths operand(const VMobject& v, Flattened& f, const char* cls) {
  for (const Vec3& p : v.points())
    if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z))
      geom::fail(cls, v.node().kind + " has a non-finite point");
  if (v.points().size() < 4)
    geom::fail(cls, v.node().kind +
                        " has no curves of its own (a group's children are not read: pass them "
                        "separately or combine them into one VMobject)");
  return flatten(v, f);
}

cl::Paths run(cl::ClipType type, const cl::Paths& subject, const cl::Paths& clip) {
  cl::Clipper c;
  c.PreserveCollinear(true);
  // A ring that touches itself is split there, pairing the edges at the touch point as skia does
  // (two contours meeting at a corner, not one figure eight whose turns make miter spikes).
  c.StrictlySimple(true);
  c.AddPaths(subject, cl::ptSubject, true);
  if (!clip.empty()) c.AddPaths(clip, cl::ptClip, true);
  cl::Paths out;
  c.Execute(type, out, cl::pftNonZero, cl::pftNonZero);
  return out;
}

// The curve sample (curve, k) and its neighbour k + dir both tag the vertices a and b.
bool step_between(const Flattened& f, std::uint64_t a, std::uint64_t b, Tag& from, int& dir) {
  auto ia = f.tags.find(a), ib = f.tags.find(b);
  if (ia == f.tags.end() || ib == f.tags.end()) return false;
  for (const Tag& ta : ia->second)
    for (const Tag& tb : ib->second)
      if (ta.curve == tb.curve && std::abs(ta.sample - tb.sample) == 1) {
        from = ta;
        dir = tb.sample - ta.sample;
        return true;
      }
  return false;
}

bool has_tag(const Flattened& f, std::uint64_t key, std::size_t curve, int sample) {
  auto it = f.tags.find(key);
  if (it == f.tags.end()) return false;
  for (const Tag& t : it->second)
    if (t.curve == curve && t.sample == sample) return true;
  return false;
}

// Where a crossing (a vertex Clipper made) lies on one input curve: on the flattening segment
// between samples k and k2 of `curve`, at parameter t.
struct Cut {
  std::size_t curve = 0;
  int k = 0, k2 = 0;
  double t = 0;
};

// A crossing as its two curves meet it: the cut toward the previous and toward the next vertex
// of the ring, and the point (the curves' exact intersection when it converges).
struct Crossing {
  std::optional<Cut> prev, next;
  Vec3 p;
};

Vec3 cubic_d1(const std::array<Vec3, 4>& c, double t) {
  const double u = 1 - t;
  return ((c[1] - c[0]) * (u * u) + (c[2] - c[1]) * (2 * u * t) + (c[3] - c[2]) * (t * t)) * 3.0;
}
Vec3 cubic_d2(const std::array<Vec3, 4>& c, double t) {
  return ((c[2] - c[1] * 2 + c[0]) * (1 - t) + (c[3] - c[2] * 2 + c[1]) * t) * 6.0;
}
Vec3 cubic_at(const std::array<Vec3, 4>& c, double t) {
  return detail::bezier_point(c[0], c[1], c[2], c[3], t);
}
double dot2(const Vec3& a, const Vec3& b) { return a.x * b.x + a.y * b.y; }

// The parameter in [lo, hi] of the curve point nearest to x (Newton from t).
double project(const std::array<Vec3, 4>& c, const Vec3& x, double t, double lo, double hi) {
  for (int it = 0; it < 12; ++it) {
    const Vec3 d = cubic_at(c, t) - x, d1 = cubic_d1(c, t);
    const double h = dot2(d1, d1) + dot2(d, cubic_d2(c, t));
    if (!(h > 0)) break;
    const double next = std::clamp(t - dot2(d, d1) / h, lo, hi);
    if (std::abs(next - t) < 1e-15) break;
    t = next;
  }
  return t;
}

// The cut of x on a flattening segment next to one of the samples that tag `neighbour`: skia
// splits a curve exactly where it crosses, so the piece up to a crossing is a sub-curve and not
// the straight flattening segment (whose direction changes a sharp corner's miter).
std::optional<Cut> cut_at(const Flattened& f, const Vec3& x, std::uint64_t neighbour) {
  auto it = f.tags.find(neighbour);
  if (it == f.tags.end()) return std::nullopt;
  std::optional<Cut> best;
  double best_d = 1e-6;  // Clipper's crossings lie on both segments up to its integer grid
  for (const Tag& tg : it->second) {
    const auto& c = f.curves[tg.curve];
    const double ns = f.samples[tg.curve];
    for (int k2 : {tg.sample - 1, tg.sample + 1}) {
      if (k2 < 0 || k2 > f.samples[tg.curve]) continue;
      const Vec3 a = cubic_at(c, tg.sample / ns), b = cubic_at(c, k2 / ns);
      const Vec3 ab = b - a;
      const double len2 = dot2(ab, ab);
      const double s = len2 > 0 ? std::clamp(dot2(x - a, ab) / len2, 0.0, 1.0) : 0.0;
      const Vec3 q = a + ab * s;
      const double d = std::hypot(x.x - q.x, x.y - q.y);
      if (d < best_d) {
        best_d = d;
        const double ta = tg.sample / ns, tb = k2 / ns;
        best = Cut{tg.curve, tg.sample, k2,
                   project(c, x, ta + (tb - ta) * s, std::min(ta, tb), std::max(ta, tb))};
      }
    }
  }
  return best;
}

// The flattening segments by grid cell, built when a crossing's neighbour is another crossing
// (then the segment holding both is found by position, not by a sample's tag).
class SegmentIndex {
 public:
  explicit SegmentIndex(const Flattened& f) : f_(f) {
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (const auto& sp : f.sample_points)
      for (const Vec3& p : sp) {
        x0 = std::min(x0, p.x), y0 = std::min(y0, p.y);
        x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
      }
    x0_ = x0, y0_ = y0;
    h_ = std::max({x1 - x0, y1 - y0, 1e-9}) / 64;  // a long diagonal fills at most 64 x 64
    for (std::size_t c = 0; c < f.sample_points.size(); ++c)
      for (int k = 0; k + 1 < static_cast<int>(f.sample_points[c].size()); ++k) {
        const Vec3 &a = f.sample_points[c][k], &b = f.sample_points[c][k + 1];
        const auto [ia, ja] = cell(std::min(a.x, b.x) - kEps, std::min(a.y, b.y) - kEps);
        const auto [ib, jb] = cell(std::max(a.x, b.x) + kEps, std::max(a.y, b.y) + kEps);
        for (long i = ia; i <= ib; ++i)
          for (long j = ja; j <= jb; ++j) cells_[key(i, j)].push_back({c, k});
      }
  }
  // The cut of x on a segment that also holds y (both crossings of one flattening segment).
  std::optional<Cut> shared(const Vec3& x, const Vec3& y) const {
    const auto [i, j] = cell(x.x, x.y);
    auto it = cells_.find(key(i, j));
    if (it == cells_.end()) return std::nullopt;
    for (const Tag& tg : it->second) {
      const auto& sp = f_.sample_points[tg.curve];
      const Vec3 &a = sp[tg.sample], &b = sp[tg.sample + 1];
      if (distance(x, a, b) > kEps || distance(y, a, b) > kEps) continue;
      const double ns = f_.samples[tg.curve];
      const double ta = tg.sample / ns, tb = (tg.sample + 1) / ns;
      const Vec3 ab = b - a;
      const double len2 = ab.x * ab.x + ab.y * ab.y;
      const double s =
          len2 > 0 ? std::clamp(((x - a).x * ab.x + (x - a).y * ab.y) / len2, 0.0, 1.0) : 0.0;
      return Cut{tg.curve, -1, -1, project(f_.curves[tg.curve], x, ta + (tb - ta) * s, ta, tb)};
    }
    return std::nullopt;
  }

 private:
  static constexpr double kEps = 1e-6;
  static double distance(const Vec3& x, const Vec3& a, const Vec3& b) {
    const Vec3 ab = b - a;
    const double len2 = ab.x * ab.x + ab.y * ab.y;
    const double s =
        len2 > 0 ? std::clamp(((x - a).x * ab.x + (x - a).y * ab.y) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(x.x - a.x - ab.x * s, x.y - a.y - ab.y * s);
  }
  std::pair<long, long> cell(double x, double y) const {
    return {static_cast<long>(std::floor((x - x0_) / h_)),
            static_cast<long>(std::floor((y - y0_) / h_))};
  }
  static std::uint64_t key(long i, long j) {
    return static_cast<std::uint64_t>(i) * 0x9E3779B97F4A7C15ULL ^ static_cast<std::uint64_t>(j);
  }
  const Flattened& f_;
  double x0_ = 0, y0_ = 0, h_ = 1;
  std::unordered_map<std::uint64_t, std::vector<Tag>> cells_;
};

// The exact crossing of the two cuts' curves (Newton on B1(t1) = B2(t2)), kept when it
// converges close to Clipper's point.
void refine(const Flattened& f, Crossing& x) {
  if (!x.prev || !x.next || x.prev->curve == x.next->curve) return;
  const auto& c1 = f.curves[x.prev->curve];
  const auto& c2 = f.curves[x.next->curve];
  double t1 = x.prev->t, t2 = x.next->t;
  for (int it = 0; it < 20; ++it) {
    const Vec3 r = cubic_at(c1, t1) - cubic_at(c2, t2);
    if (std::hypot(r.x, r.y) < 1e-14) break;
    const Vec3 a = cubic_d1(c1, t1), b = cubic_d1(c2, t2) * -1.0;
    const double det = a.x * b.y - a.y * b.x;
    if (std::abs(det) < 1e-12) return;  // (nearly) tangent curves: keep Clipper's point
    t1 -= (r.x * b.y - r.y * b.x) / det;
    t2 -= (a.x * r.y - a.y * r.x) / det;
    if (!(t1 >= 0 && t1 <= 1 && t2 >= 0 && t2 <= 1)) return;
  }
  const Vec3 p = cubic_at(c1, t1), r = p - cubic_at(c2, t2);
  if (std::hypot(r.x, r.y) > 1e-11 || std::hypot(p.x - x.p.x, p.y - x.p.y) > 1e-4) return;
  x.prev->t = t1;
  x.next->t = t2;
  x.p = p;
}

// The result rings as cubics: runs along one input curve become its sub-cubic (from or to a
// crossing's exact parameter when a crossing ends the run), the rest lines; every ring ends with
// a line back to its start (Manim's handling of skia's close verb).
std::vector<Vec3> rebuild(const cl::Paths& rings, const Flattened& f) {
  std::vector<Vec3> pts;
  std::optional<SegmentIndex> index;
  for (cl::Path ring : rings) {
    const std::size_t n = ring.size();
    if (n < 3) continue;
    // Start at a crossing or a curve's end, so no curve is split where the ring closes.
    auto boundary = [&](const cl::IntPoint& p) {
      auto it = f.tags.find(key_of(p));
      if (it == f.tags.end()) return true;
      for (const Tag& t : it->second)
        if (t.sample == 0 || t.sample == f.samples[t.curve]) return true;
      return false;
    };
    auto first = std::find_if(ring.begin(), ring.end(), boundary);
    if (first != ring.end()) std::rotate(ring.begin(), first, ring.end());
    std::vector<std::uint64_t> keys(n);
    for (std::size_t i = 0; i < n; ++i) keys[i] = key_of(ring[i]);
    std::vector<std::optional<Crossing>> cross(n);
    auto untagged = [&](std::size_t i) { return !f.tags.count(keys[i % n]); };
    for (std::size_t i = 0; i < n; ++i) {
      if (!untagged(i)) continue;
      Crossing x;
      x.p = to_vec(ring[i]);
      const std::size_t prev = (i + n - 1) % n, next = (i + 1) % n;
      if (untagged(prev) || untagged(next)) {
        if (!index) index.emplace(f);
        if (untagged(prev)) x.prev = index->shared(x.p, to_vec(ring[prev]));
        if (untagged(next)) x.next = index->shared(x.p, to_vec(ring[next]));
      }
      if (!untagged(prev)) x.prev = cut_at(f, x.p, keys[prev]);
      if (!untagged(next)) x.next = cut_at(f, x.p, keys[next]);
      refine(f, x);
      cross[i] = x;
    }
    auto point = [&](std::size_t i) {
      if (cross[i % n]) return cross[i % n]->p;
      auto it = f.exact.find(keys[i % n]);
      return it != f.exact.end() ? it->second : to_vec(ring[i % n]);
    };
    const Vec3 start = point(0);
    pts.push_back(start);
    Vec3 pen = start;
    auto line_to = [&](const Vec3& to) {
      pts.push_back(pen + (to - pen) / 3.0);
      pts.push_back(pen + (to - pen) * (2.0 / 3.0));
      pts.push_back(to);
    };
    std::size_t i = 0;
    while (i < n) {
      const std::size_t i1 = (i + 1) % n;
      // A piece along curve c from parameter ta to tb, ending at vertex j.
      std::size_t c = 0, j = i + 1;
      double ta = 0, tb = 0;
      bool along = false, extend = false;
      int k = 0, dir = 0;
      Tag from{};
      if (step_between(f, keys[i], keys[i1], from, dir)) {
        c = from.curve;
        ta = from.sample / static_cast<double>(f.samples[c]);
        k = from.sample + dir;
        along = extend = true;
      } else if (cross[i] && cross[i]->next && !cross[i1]) {
        const Cut& u = *cross[i]->next;  // from a crossing onto the samples of u.curve
        c = u.curve;
        ta = u.t;
        k = u.k;
        dir = u.k - u.k2;
        along = extend = true;
      } else if (cross[i] && cross[i1] && cross[i]->next && cross[i1]->prev &&
                 cross[i]->next->k < 0 && cross[i1]->prev->k < 0 &&
                 cross[i]->next->curve == cross[i1]->prev->curve) {
        // Between two crossings on one flattening segment.
        c = cross[i]->next->curve;
        ta = cross[i]->next->t;
        tb = cross[i1]->prev->t;
        along = true;
      } else if (!cross[i] && cross[i1] && cross[i1]->prev) {
        const Cut& u = *cross[i1]->prev;  // from a sample to the crossing just past it
        c = u.curve;
        ta = u.k / static_cast<double>(f.samples[c]);
        tb = u.t;
        along = true;
      }
      if (!along) {
        const Vec3 to = i1 == 0 ? start : point(i1);
        line_to(to);
        if (i1 != 0) pts.push_back(to);
        pen = to;
        ++i;
        continue;
      }
      if (extend) {
        while (j < n && k + dir >= 0 && k + dir <= f.samples[c] &&
               has_tag(f, keys[(j + 1) % n], c, k + dir)) {
          ++j;
          k += dir;
        }
        tb = k / static_cast<double>(f.samples[c]);
        const auto& x = cross[(j + 1) % n];
        if (j < n && x && x->prev && x->prev->curve == c && x->prev->k == k &&
            x->prev->k2 == k + dir) {
          tb = x->prev->t;
          ++j;
        }
      }
      auto part = detail::partial_bezier(f.curves[c].data(), std::min(ta, tb), std::max(ta, tb));
      if (ta > tb) std::reverse(part.begin(), part.end());
      pts.push_back(part[1]);
      pts.push_back(part[2]);
      pen = j % n == 0 ? start : point(j);
      pts.push_back(pen);
      if (j % n != 0) pts.push_back(pen);  // the next curve starts here
      i = j;
    }
    // Manim's close: a (here zero-length) line back to the start.
    pts.push_back(start);
    pts.push_back(start);
    pts.push_back(start);
    pts.push_back(start);
  }
  return pts;
}

void finish(BooleanOps& self, const cl::Paths& rings, const Flattened& f) {
  self.node().points = rebuild(rings, f);
}

std::vector<VMobject> at_least_two(const std::vector<VMobject>& v, const char* cls) {
  if (v.size() < 2)
    geom::fail(cls, "at least 2 mobjects are needed, got " + std::to_string(v.size()));
  return v;
}

}  // namespace

BooleanOps::BooleanOps(const StyleArgs& a) : VMobject() {
  geom::check_style("_BooleanOps", a);
  detail::set_kind(node(), "BooleanOps");
  geom::apply_style(node(), a);
}

std::vector<PathSegment> BooleanOps::vmobject_to_path(const VMobject& v) {
  std::vector<PathSegment> out;
  for (const auto& sp : detail::subpaths(v.points())) {
    auto flat = [](Vec3 p) { return Vec3(p.x, p.y, 0); };
    out.push_back({"move", {flat(sp.front())}});
    for (std::size_t i = 0; i + 3 < sp.size(); i += 4)
      out.push_back({"cubic", {flat(sp[i + 1]), flat(sp[i + 2]), flat(sp[i + 3])}});
    if (detail::points_equal_2d(sp.front(), sp.back())) out.push_back({"close", {}});
  }
  return out;
}

BooleanOps& BooleanOps::append_path(const std::vector<PathSegment>& path) {
  Vec3 subpath_start = ORIGIN;
  for (const PathSegment& s : path) {
    const std::size_t need = s.verb == "move"    ? 1
                             : s.verb == "line"  ? 1
                             : s.verb == "cubic" ? 3
                             : s.verb == "quad"  ? 2
                             : s.verb == "close" ? 0
                                                 : 99;
    if (need == 99 || s.points.size() != need)
      throw std::invalid_argument("_BooleanOps: unsupported path segment '" + s.verb + "' with " +
                                  std::to_string(s.points.size()) +
                                  " points (use move/line/quad/cubic/close)");
    if (s.verb == "move") {
      subpath_start = s.points[0];
      start_new_path(s.points[0]);
    } else if (s.verb == "line") {
      add_line_to(s.points[0]);
    } else if (s.verb == "cubic") {
      add_cubic_bezier_curve_to(s.points[0], s.points[1], s.points[2]);
    } else if (s.verb == "quad") {
      // The cubic with the same shape: handles 2/3 of the way to the control point.
      const Vec3 p0 = points().empty() ? s.points[0] : points().back();
      add_cubic_bezier_curve_to(p0 + (s.points[0] - p0) * (2.0 / 3.0),
                                s.points[1] + (s.points[0] - s.points[1]) * (2.0 / 3.0),
                                s.points[1]);
    } else {
      add_line_to(subpath_start);
    }
  }
  return *this;
}

Union::Union(const std::vector<VMobject>& vmobjects, const StyleArgs& a) : BooleanOps(a) {
  detail::set_kind(node(), "Union");
  Flattened f;
  const auto ops = at_least_two(vmobjects, "Union");
  cl::Paths acc = run(cl::ctUnion, operand(ops[0], f, "Union"), {});
  for (std::size_t i = 1; i < ops.size(); ++i)
    acc = run(cl::ctUnion, acc, operand(ops[i], f, "Union"));
  finish(*this, acc, f);
}

Intersection::Intersection(const std::vector<VMobject>& vmobjects, const StyleArgs& a)
    : BooleanOps(a) {
  detail::set_kind(node(), "Intersection");
  Flattened f;
  const auto ops = at_least_two(vmobjects, "Intersection");
  cl::Paths acc = operand(ops[0], f, "Intersection");
  for (std::size_t i = 1; i < ops.size(); ++i)
    acc = run(cl::ctIntersection, acc, operand(ops[i], f, "Intersection"));
  finish(*this, acc, f);
}

Difference::Difference(const VMobject& subject, const VMobject& clip, const StyleArgs& a)
    : BooleanOps(a) {
  detail::set_kind(node(), "Difference");
  Flattened f;
  const cl::Paths s = operand(subject, f, "Difference");
  finish(*this, run(cl::ctDifference, s, operand(clip, f, "Difference")), f);
}

Exclusion::Exclusion(const VMobject& subject, const VMobject& clip, const StyleArgs& a)
    : BooleanOps(a) {
  detail::set_kind(node(), "Exclusion");
  Flattened f;
  const cl::Paths s = operand(subject, f, "Exclusion");
  finish(*this, run(cl::ctXor, s, operand(clip, f, "Exclusion")), f);
}

}  // namespace manim
