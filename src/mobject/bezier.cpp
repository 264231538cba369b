// Cubic Bezier path helpers (4 points per curve), with Manim's subpath and subdivision rules.
#include <cmath>
#include <stdexcept>
#include <string>

#include "mobject/family.hpp"
#include "mobject/path_ops.hpp"

namespace manim::detail {

bool points_equal_2d(const Vec3& a, const Vec3& b) {
  // numpy isclose per coordinate with rtol 1e-5 and atol 1e-6, x and y only.
  const double rtol = 1e-5, atol = 1e-6;
  return std::abs(a.x - b.x) <= atol + rtol * std::abs(b.x) &&
         std::abs(a.y - b.y) <= atol + rtol * std::abs(b.y);
}

bool points_close(const Vec3& a, const Vec3& b) {
  const double rtol = 1e-5, atol = 1e-6;
  for (std::size_t i = 0; i < 3; ++i)
    if (!(std::abs(a[i] - b[i]) <= atol + rtol * std::abs(b[i]))) return false;
  return true;
}

std::vector<std::vector<Vec3>> subpaths(const std::vector<Vec3>& pts) {
  // A new subpath starts at every curve whose first point is not the previous curve's end.
  std::vector<std::size_t> splits{0};
  for (std::size_t n = 4; n < pts.size(); n += 4)
    if (!points_equal_2d(pts[n - 1], pts[n])) splits.push_back(n);
  splits.push_back(pts.size());
  std::vector<std::vector<Vec3>> out;
  for (std::size_t k = 0; k + 1 < splits.size(); ++k) {
    if (splits[k + 1] - splits[k] >= 4)
      out.emplace_back(pts.begin() + static_cast<long>(splits[k]),
                       pts.begin() + static_cast<long>(splits[k + 1]));
  }
  return out;
}

Vec3 bezier_point(const Vec3& a0, const Vec3& h0, const Vec3& h1, const Vec3& a1, double t) {
  const double s = 1 - t;
  return a0 * (s * s * s) + h0 * (3 * s * s * t) + h1 * (3 * s * t * t) + a1 * (t * t * t);
}

std::array<Vec3, 4> partial_bezier(const Vec3* c, double a, double b) {
  if (a == 1) return {c[3], c[3], c[3], c[3]};
  // De Casteljau split at a keeps [a, 1]; a second split at (b - a) / (1 - a) keeps [a, b].
  auto lerp = [](const Vec3& p, const Vec3& q, double t) { return p * (1 - t) + q * t; };
  Vec3 p01 = lerp(c[0], c[1], a), p12 = lerp(c[1], c[2], a), p23 = lerp(c[2], c[3], a);
  Vec3 p012 = lerp(p01, p12, a), p123 = lerp(p12, p23, a);
  Vec3 q0 = lerp(p012, p123, a), q1 = p123, q2 = p23, q3 = c[3];
  const double e = (b - a) / (1 - a);
  Vec3 r01 = lerp(q0, q1, e), r12 = lerp(q1, q2, e), r23 = lerp(q2, q3, e);
  Vec3 r012 = lerp(r01, r12, e), r123 = lerp(r12, r23, e);
  return {q0, r01, r012, lerp(r012, r123, e)};
}

std::vector<Vec3> insert_n_curves_to_point_list(int n, const std::vector<Vec3>& pts) {
  if (pts.size() == 1) return std::vector<Vec3>(static_cast<std::size_t>(4 * n), pts[0]);
  const std::size_t curr = pts.size() / 4;
  if (curr == 0 || n <= 0) return std::vector<Vec3>(pts.begin(), pts.begin() + 4 * curr);
  const std::size_t target = curr + static_cast<std::size_t>(n);
  // Curve i is split into #{k < target : floor(k * curr / target) == i} pieces.
  std::vector<int> split(curr, 0);
  for (std::size_t k = 0; k < target; ++k) ++split[k * curr / target];
  std::vector<Vec3> out;
  out.reserve(4 * target);
  for (std::size_t i = 0; i < curr; ++i) {
    const int sf = split[i];
    for (int j = 0; j < sf; ++j) {
      // np.linspace(0, 1, sf + 1) pairs.
      double a1 = static_cast<double>(j) / sf, a2 = static_cast<double>(j + 1) / sf;
      auto piece = partial_bezier(&pts[4 * i], a1, a2);
      out.insert(out.end(), piece.begin(), piece.end());
    }
  }
  return out;
}

void add_line_to(std::vector<Vec3>& pts, const Vec3& p) {
  if (pts.empty())
    throw std::invalid_argument("add_line_to: the path has no points; call start_new_path first");
  // Copies first: p may refer into pts, which grows below.
  const Vec3 last = pts.back(), target = p;
  auto lerp = [&](double t) { return last * (1 - t) + target * t; };
  if (pts.size() % 4 != 1) pts.push_back(last);  // a new path has its start point already
  pts.push_back(lerp(1.0 / 3));
  pts.push_back(lerp(2.0 / 3));
  pts.push_back(target);
}

namespace {

// Dense Gaussian elimination with partial pivoting, one right-hand side per coordinate.
std::vector<Vec3> solve_dense(std::vector<double> a, std::vector<Vec3> b, std::size_t n) {
  for (std::size_t k = 0; k < n; ++k) {
    std::size_t piv = k;
    for (std::size_t r = k + 1; r < n; ++r)
      if (std::abs(a[r * n + k]) > std::abs(a[piv * n + k])) piv = r;
    if (a[piv * n + k] == 0) throw std::invalid_argument("smooth handles: singular spline system");
    if (piv != k) {
      for (std::size_t c = 0; c < n; ++c) std::swap(a[k * n + c], a[piv * n + c]);
      std::swap(b[k], b[piv]);
    }
    for (std::size_t r = k + 1; r < n; ++r) {
      double f = a[r * n + k] / a[k * n + k];
      if (f == 0) continue;
      for (std::size_t c = k; c < n; ++c) a[r * n + c] -= f * a[k * n + c];
      b[r] -= b[k] * f;
    }
  }
  std::vector<Vec3> x(n);
  for (std::size_t k = n; k-- > 0;) {
    Vec3 s = b[k];
    for (std::size_t c = k + 1; c < n; ++c) s -= x[c] * a[k * n + c];
    x[k] = s / a[k * n + k];
  }
  return x;
}

}  // namespace

void smooth_handles(const std::vector<Vec3>& p, std::vector<Vec3>& h1, std::vector<Vec3>& h2) {
  h1.clear();
  h2.clear();
  if (p.size() < 2) return;
  const std::size_t n = p.size() - 1;  // number of curves
  const bool closed = points_close(p.front(), p.back()) && n >= 2;
  if (closed) {
    // Periodic spline: C1 and C2 at every anchor including the junction (Manim's closed solve).
    const std::size_t m = 2 * n;
    std::vector<double> a(m * m, 0.0);
    std::vector<Vec3> b(m);
    auto A = [&](std::size_t r, std::size_t c) -> double& { return a[r * m + c]; };
    A(0, 0) = 1;  // h1_0 + h2_{n-1} = 2 p0
    A(0, m - 1) = 1;
    b[0] = p[0] * 2;
    for (std::size_t i = 0; i + 1 < n; ++i) {  // C1 at anchor i+1: h2_i + h1_{i+1} = 2 p_{i+1}
      A(2 * i + 1, 2 * i + 1) = 1;
      A(2 * i + 1, 2 * i + 2) = 1;
      b[2 * i + 1] = p[i + 1] * 2;
    }
    for (std::size_t i = 1; i < n; ++i) {  // C2 at anchor i
      A(2 * i, 2 * i - 2) = 1;
      A(2 * i, 2 * i - 1) = -2;
      A(2 * i, 2 * i) = 2;
      A(2 * i, 2 * i + 1) = -1;
    }
    // C2 at the junction: 2 h1_0 - h2_0 + h1_{n-1} - 2 h2_{n-1} = 0.
    A(m - 1, 0) = 2;
    A(m - 1, 1) = -1;
    A(m - 1, m - 2) = 1;
    A(m - 1, m - 1) = -2;
    auto x = solve_dense(std::move(a), std::move(b), m);
    for (std::size_t i = 0; i < n; ++i) {
      h1.push_back(x[2 * i]);
      h2.push_back(x[2 * i + 1]);
    }
    return;
  }
  if (n == 1) {
    h1.push_back((p[0] * 2 + p[1]) / 3);
    h2.push_back((p[0] + p[1] * 2) / 3);
    return;
  }
  // Natural spline (zero second derivative at both ends), tridiagonal in the first handles.
  std::vector<double> lo(n, 1), di(n, 4), up(n, 1);
  std::vector<Vec3> rhs(n);
  di[0] = 2;
  rhs[0] = p[0] + p[1] * 2;
  for (std::size_t i = 1; i + 1 < n; ++i) rhs[i] = p[i] * 4 + p[i + 1] * 2;
  lo[n - 1] = 2;
  di[n - 1] = 7;
  rhs[n - 1] = p[n - 1] * 8 + p[n];
  for (std::size_t i = 1; i < n; ++i) {  // Thomas algorithm
    double w = lo[i] / di[i - 1];
    di[i] -= w * up[i - 1];
    rhs[i] -= rhs[i - 1] * w;
  }
  h1.assign(n, Vec3{});
  h1[n - 1] = rhs[n - 1] / di[n - 1];
  for (std::size_t i = n - 1; i-- > 0;) h1[i] = (rhs[i] - h1[i + 1] * up[i]) / di[i];
  h2.resize(n);
  for (std::size_t i = 0; i + 1 < n; ++i) h2[i] = p[i + 1] * 2 - h1[i + 1];
  h2[n - 1] = (h1[n - 1] + p[n]) / 2;
}

}  // namespace manim::detail
