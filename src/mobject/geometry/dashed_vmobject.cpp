// DashedVMobject: Manim's dash starts/ends (phase, wrap-around on closed paths, the fix-ups at
// the end of open ones), mapped to curve proportions through 10 samples per curve.
#include "manim/mobject/geometry/dashed_vmobject.hpp"

#include <algorithm>
#include <cmath>

#include "mobject/family.hpp"
#include "mobject/geometry/geometry_internal.hpp"

namespace manim {

VMobject get_subcurve(const VMobject& v, double a, double b) {
  VMobject out = v.copy();
  if (v.is_closed() && a > b) {
    out.pointwise_become_partial(v, a, 1);
    VMobject tail = v.copy();
    tail.pointwise_become_partial(v, 0, b);
    out.append_vectorized_mobject(tail);
  } else {
    out.pointwise_become_partial(v, a, b);
  }
  return out;
}

namespace {

double sampled_length(const Vec3* c) {
  double len = 0;
  Vec3 prev = c[0];
  for (int s = 1; s < 10; ++s) {
    const Vec3 q = detail::bezier_point(c[0], c[1], c[2], c[3], s / 9.0);
    len += (q - prev).norm();
    prev = q;
  }
  return len;
}

// The largest t in [0, 1] with |B(t) - p| <= 1e-6, or -1: roots of the coordinate with the
// widest control polygon, bracketed on a fine grid and refined by bisection, then checked in 3D.
double last_parameter_through(const Vec3* c, const Vec3& p) {
  int dim = 0;
  double widest = -1;
  for (int d = 0; d < 3; ++d) {
    double lo = c[0][d], hi = c[0][d];
    for (int i = 1; i < 4; ++i) {
      lo = std::min(lo, c[i][d]);
      hi = std::max(hi, c[i][d]);
    }
    if (hi - lo > widest) {
      widest = hi - lo;
      dim = d;
    }
  }
  auto f = [&](double t) { return detail::bezier_point(c[0], c[1], c[2], c[3], t)[dim] - p[dim]; };
  auto on_curve = [&](double t) {
    return (detail::bezier_point(c[0], c[1], c[2], c[3], t) - p).norm() <= 1e-6;
  };
  double best = -1;
  const int n = 256;
  double t0 = 0, f0 = f(0);
  if (on_curve(0)) best = 0;
  for (int i = 1; i <= n; ++i) {
    const double t1 = double(i) / n, f1 = f(t1);
    if (f1 == 0 || (f0 < 0) != (f1 < 0)) {
      double a = t0, b = t1, fa = f0;
      for (int k = 0; k < 60 && f1 != 0; ++k) {
        const double m = (a + b) / 2, fm = f(m);
        if ((fm < 0) == (fa < 0)) {
          a = m;
          fa = fm;
        } else {
          b = m;
        }
      }
      double t = f1 == 0 ? t1 : (a + b) / 2;
      if (t < 1e-12) t = 0;  // a root at an end is exact there (Manim's polynomial roots)
      if (on_curve(t)) best = std::max(best, t);
    } else if (on_curve(t1)) {
      best = std::max(best, t1);  // a touching root (double root) at a grid point
    }
    t0 = t1;
    f0 = f1;
  }
  return best;
}

}  // namespace

double proportion_from_point(const VMobject& v, const Vec3& point) {
  const auto& p = v.points();
  if (p.size() < 4)
    throw std::invalid_argument(v.kind() + ".proportion_from_point: cannot be called on a " +
                                "VMobject with no points");
  double total = 0;
  for (std::size_t k = 0; 4 * k + 3 < p.size(); ++k) total += sampled_length(&p[4 * k]);
  double target = 0;
  for (std::size_t k = 0; 4 * k + 3 < p.size(); ++k) {
    const double len = sampled_length(&p[4 * k]);
    const double t = last_parameter_through(&p[4 * k], point);
    if (t >= 0) return total == 0 ? 0 : (target + len * t) / total;
    target += len;
  }
  throw std::invalid_argument(v.kind() + ".proportion_from_point: point (" +
                              std::to_string(point.x) + ", " + std::to_string(point.y) + ", " +
                              std::to_string(point.z) + ") does not lie on this curve");
}

namespace {

// numpy.interp on increasing xp.
double interp(double x, const std::vector<double>& xp, const std::vector<double>& fp) {
  if (x <= xp.front()) return fp.front();
  if (x >= xp.back()) return fp.back();
  auto it = std::upper_bound(xp.begin(), xp.end(), x);
  const std::size_t i = static_cast<std::size_t>(it - xp.begin());
  const double x0 = xp[i - 1], x1 = xp[i];
  if (x1 == x0) return fp[i];
  return fp[i - 1] + (fp[i] - fp[i - 1]) * (x - x0) / (x1 - x0);
}

double pymod(double a, double m) {
  double r = std::fmod(a, m);
  if (r != 0 && ((r < 0) != (m < 0))) r += m;
  return r;
}

}  // namespace

DashedVMobject::DashedVMobject(const VMobject& vm, const DashedVMobjectArgs& a) : VMobject() {
  const char* cls = "DashedVMobject";
  geom::check_style(cls, geom::style_of(a));
  if (a.num_dashes < 0)
    geom::fail(cls, "num_dashes must be >= 0, got " + std::to_string(a.num_dashes));
  if (!std::isfinite(a.dashed_ratio) || a.dashed_ratio < 0 || a.dashed_ratio > 1)
    geom::fail(cls, "dashed_ratio must be in [0, 1], got " + std::to_string(a.dashed_ratio));
  geom::require_finite(cls, "dash_offset", a.dash_offset);
  detail::set_kind(node(), "DashedVMobject");
  StyleArgs white;
  white.color = WHITE;
  geom::apply_style(node(), geom::merge(white, geom::style_of(a)));
  const double r = a.dashed_ratio;
  const int n = a.num_dashes;
  const bool closed = vm.is_closed();
  if (n > 0 && vm.get_num_curves() > 0) {
    const double dash_len = r / n;
    const double void_len = closed ? (1 - r) / n : (n == 1 ? 1 - r : (1 - r) / (n - 1));
    const double period = dash_len + void_len;
    const double phase = pymod(a.dash_offset, 1) * period;
    const double pattern_len = closed ? 1 : 1 + void_len;
    std::vector<double> starts, ends;
    for (int i = 0; i < n; ++i) {
      starts.push_back(pymod(i * period + phase, pattern_len));
      ends.push_back(pymod(i * period + dash_len + phase, pattern_len));
    }
    if (!closed) {
      if (ends.back() > 1 && starts.back() > 1) {
        ends.pop_back();
        starts.pop_back();
      } else if (ends.back() < dash_len) {  // the last dash overflowed past the end
        if (starts.back() < 1) {
          starts.push_back(0);
          ends.push_back(ends.back());
          ends[ends.size() - 2] = 1;
        } else {
          starts.back() = 0;
        }
      } else if (starts.back() > 1 - dash_len) {
        ends.back() = 1;
      }
    }
    std::vector<double> length_vals, ref;
    if (a.equal_lengths) {
      // Cumulative polyline length through 10 samples per curve (Manim's
      // get_nth_curve_length_pieces), mapped linearly onto [0, 1] of the pieces.
      length_vals.push_back(0);
      const auto& p = vm.points();
      for (std::size_t k = 0; 4 * k + 3 < p.size(); ++k) {
        Vec3 prev = p[4 * k];
        for (int s = 1; s < 10; ++s) {
          const Vec3 q =
              detail::bezier_point(p[4 * k], p[4 * k + 1], p[4 * k + 2], p[4 * k + 3], s / 9.0);
          length_vals.push_back(length_vals.back() + (q - prev).norm());
          prev = q;
        }
      }
      for (std::size_t i = 0; i < length_vals.size(); ++i)
        ref.push_back(length_vals.size() == 1 ? 0 : double(i) / double(length_vals.size() - 1));
    }
    const double total = a.equal_lengths ? length_vals.back() : 1;
    for (std::size_t i = 0; i < starts.size(); ++i) {
      double s = starts[i], e = ends[i];
      if (a.equal_lengths) {
        s = interp(s * total, length_vals, ref);
        e = interp(e * total, length_vals, ref);
      }
      add(get_subcurve(vm, s, e));
    }
  }
  // match_style(vmobject, family=False)
  node().style = vm.node().style;
}

}  // namespace manim
