// Union, Intersection, Difference, Exclusion through Clipper (polyclipping): the operands'
// cubics are flattened into fine polygons tagged by (curve, sample), clipped with the nonzero
// rule per operand, and the result's runs of consecutive samples of one curve are turned back
// into that curve's exact sub-cubic (what skia-pathops, Manim's library, hands back), so only the
// short pieces next to a crossing stay straight.
#include "manim/mobject/geometry/boolean_ops.hpp"

#include <algorithm>
#include <cmath>
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
  std::vector<int> samples;  // segments per curve
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

// The result rings as cubics: runs along one input curve become its sub-cubic, the rest lines;
// every ring ends with a line back to its start (Manim's handling of skia's close verb).
std::vector<Vec3> rebuild(const cl::Paths& rings, const Flattened& f) {
  std::vector<Vec3> pts;
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
    auto point = [&](std::size_t i) {
      auto it = f.exact.find(keys[i % n]);
      return it != f.exact.end() ? it->second : to_vec(ring[i % n]);
    };
    const Vec3 start = point(0);
    pts.push_back(start);
    Vec3 pen = start;
    std::size_t i = 0;
    while (i < n) {
      Tag from{};
      int dir = 0;
      if (step_between(f, keys[i], keys[(i + 1) % n], from, dir)) {
        std::size_t j = i + 1;
        int k = from.sample + dir;
        while (j < n && k + dir >= 0 && k + dir <= f.samples[from.curve] &&
               has_tag(f, keys[(j + 1) % n], from.curve, k + dir)) {
          ++j;
          k += dir;
        }
        const auto& c = f.curves[from.curve];
        const double ns = f.samples[from.curve];
        const double ta = from.sample / ns, tb = k / ns;
        auto part = detail::partial_bezier(c.data(), std::min(ta, tb), std::max(ta, tb));
        if (ta > tb) std::reverse(part.begin(), part.end());
        pts.push_back(part[1]);
        pts.push_back(part[2]);
        pen = j % n == 0 ? start : point(j);
        pts.push_back(pen);
        if (j % n != 0) pts.push_back(pen);  // the next curve starts here
        i = j;
      } else {
        const Vec3 to = (i + 1) % n == 0 ? start : point(i + 1);
        pts.push_back(pen + (to - pen) / 3.0);
        pts.push_back(pen + (to - pen) * (2.0 / 3.0));
        pts.push_back(to);
        if ((i + 1) % n != 0) pts.push_back(to);
        pen = to;
        ++i;
      }
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
