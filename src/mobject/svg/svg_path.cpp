// SVG path data and transform lists -> cubic Bezier quadruplets / affine matrices.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string>

#include "mobject/svg/svg_parser.hpp"

namespace manim::detail::svg {

Affine Affine::then(const Affine& o) const {
  return {o.a * a + o.c * b, o.b * a + o.d * b,       o.a * c + o.c * d,
          o.b * c + o.d * d, o.a * e + o.c * f + o.e, o.b * e + o.d * f + o.f};
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// A cursor over number lists as SVG writes them: "249-22", "1.5.5", "1e-3,4".
struct Scanner {
  std::string_view s;
  std::size_t i = 0;
  const char* what;

  void skip_sep() {
    while (i < s.size() && (is_space(s[i]) || s[i] == ',')) ++i;
  }
  void skip_ws() {
    while (i < s.size() && is_space(s[i])) ++i;
  }
  bool at_end() {
    skip_sep();
    return i >= s.size();
  }
  bool at_number() {
    skip_sep();
    if (i >= s.size()) return false;
    char c = s[i];
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
  }
  [[noreturn]] void fail(const std::string& msg) const {
    throw std::invalid_argument(std::string(what) + ": " + msg + " at offset " + std::to_string(i) +
                                " in '" + std::string(s.substr(0, 80)) +
                                (s.size() > 80 ? "..." : "") + "'");
  }
  double number() {
    skip_sep();
    std::size_t start = i;
    if (i < s.size() && s[i] == '+') ++i;  // from_chars rejects a leading '+'
    double v = 0;
    auto r = std::from_chars(s.data() + i, s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr == s.data() + i) {
      i = start;
      fail("expected a number");
    }
    i = static_cast<std::size_t>(r.ptr - s.data());
    if (!std::isfinite(v)) fail("number out of range");
    return v;
  }
  // Arc flags are single digits and may be packed: "a1 1 0 01 5 5".
  bool flag() {
    skip_sep();
    if (i < s.size() && (s[i] == '0' || s[i] == '1')) return s[i++] == '1';
    fail("expected an arc flag 0 or 1");
  }
};

struct PathBuilder {
  std::vector<Vec3> out;
  const Affine& t;
  Vec3 cur, start;        // in untransformed user units
  bool arc_quads = true;  // arcs as svgelements' quadratic approximation (Manim's path reading)

  void cubic(const Vec3& h1, const Vec3& h2, const Vec3& p) {
    out.push_back(t.apply(cur.x, cur.y));
    out.push_back(t.apply(h1.x, h1.y));
    out.push_back(t.apply(h2.x, h2.y));
    out.push_back(t.apply(p.x, p.y));
    cur = p;
  }
  void line(const Vec3& p) { cubic(interpolate(cur, p, 1.0 / 3), interpolate(cur, p, 2.0 / 3), p); }
  void quad(const Vec3& q, const Vec3& p) {
    cubic(cur + (q - cur) * (2.0 / 3), p + (q - p) * (2.0 / 3), p);
  }
  // Endpoint arc (SVG 1.1 F.6.5) as svgelements approximates it (see below).
  void arc(double rx, double ry, double phi_deg, bool large, bool sweep, const Vec3& p) {
    if (cur.x == p.x && cur.y == p.y) return;
    rx = std::abs(rx);
    ry = std::abs(ry);
    if (rx == 0 || ry == 0) return line(p);
    double phi = phi_deg * std::numbers::pi / 180, cp = std::cos(phi), sp = std::sin(phi);
    double dx = (cur.x - p.x) / 2, dy = (cur.y - p.y) / 2;
    double x1 = cp * dx + sp * dy, y1 = -sp * dx + cp * dy;
    double lam = x1 * x1 / (rx * rx) + y1 * y1 / (ry * ry);
    if (lam > 1) {
      rx *= std::sqrt(lam);
      ry *= std::sqrt(lam);
    }
    double num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
    double den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
    double k = std::sqrt(std::max(0.0, num / den)) * (large == sweep ? -1 : 1);
    double cx1 = k * rx * y1 / ry, cy1 = -k * ry * x1 / rx;
    double cx = cp * cx1 - sp * cy1 + (cur.x + p.x) / 2;
    double cy = sp * cx1 + cp * cy1 + (cur.y + p.y) / 2;
    auto ang = [](double ux, double uy, double vx, double vy) {
      return std::atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    };
    double th1 = ang(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
    double dth = ang((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
    if (!sweep && dth > 0) dth -= 2 * std::numbers::pi;
    if (sweep && dth < 0) dth += 2 * std::numbers::pi;
    // Manim reads paths with svgelements, whose approximate_arcs_with_quads (error 0.1) replaces
    // each arc by ceil(|sweep| / (0.1 tau)) quadratic curves with control points at
    // (4 - cos(slice)) / 3 times the mid-slice point's offset from the centre (a little outside
    // the ellipse, so Manim's arcs bulge between the joins); Manim turns each quad into a cubic.
    if (!arc_quads) {  // exact: cubics of at most 90 degrees (rounded <rect> corners)
      int n =
          std::max(1, static_cast<int>(std::ceil(std::abs(dth) / (std::numbers::pi / 2) - 1e-9)));
      double step = dth / n, kappa = 4.0 / 3 * std::tan(step / 4);
      auto pt = [&](double th) {
        double x = rx * std::cos(th), y = ry * std::sin(th);
        return Vec3{cp * x - sp * y + cx, sp * x + cp * y + cy, 0};
      };
      auto dpt = [&](double th) {
        double x = -rx * std::sin(th), y = ry * std::cos(th);
        return Vec3{cp * x - sp * y, sp * x + cp * y, 0};
      };
      for (int s = 0; s < n; ++s) {
        double a0 = th1 + s * step, a1 = a0 + step;
        Vec3 end = s == n - 1 ? p : pt(a1);
        cubic(pt(a0) + dpt(a0) * kappa, pt(a1) - dpt(a1) * kappa, end);
      }
      return;
    }
    const double slice_limit = 0.2 * std::numbers::pi;
    const int n = static_cast<int>(std::ceil(std::abs(dth) / slice_limit));
    if (n == 0) return;
    const double slice = dth / n, alpha = (4.0 - std::cos(slice)) / 3.0;
    auto pt = [&](double th) {
      double x = rx * std::cos(th), y = ry * std::sin(th);
      return Vec3{cp * x - sp * y + cx, sp * x + cp * y + cy, 0};
    };
    const Vec3 centre{cx, cy, 0};
    for (int s = 0; s < n; ++s) {
      const double a0 = th1 + s * slice, a1 = a0 + slice;
      const Vec3 ctrl = centre + (pt((a0 + a1) / 2) - centre) * alpha;
      quad(ctrl, s == n - 1 ? p : pt(a1));
    }
  }
};

}  // namespace

std::vector<Vec3> parse_path_data(std::string_view d, const Affine& t, bool arc_quads) {
  Scanner sc{d, 0, "SVG path data"};
  PathBuilder pb{{}, t, {}, {}, arc_quads};
  char cmd = 0;
  Vec3 last_ctrl;  // reflected by S / T
  char prev = 0;
  while (!sc.at_end()) {
    char c = d[sc.i];
    if (std::isalpha(static_cast<unsigned char>(c))) {
      cmd = c;
      ++sc.i;
    } else if (cmd == 0) {
      sc.fail("path data must start with a command");
    } else if (cmd == 'M') {
      cmd = 'L';  // implicit repeats of a moveto are linetos
    } else if (cmd == 'm') {
      cmd = 'l';
    } else if (cmd == 'Z' || cmd == 'z') {
      sc.fail("numbers after Z");
    }
    if (prev == 0 && cmd != 'M' && cmd != 'm') sc.fail("path data must start with M or m");
    bool rel = std::islower(static_cast<unsigned char>(cmd));
    Vec3 base = rel ? pb.cur : Vec3{};
    auto pt = [&] {
      double x = sc.number();
      double y = sc.number();
      return Vec3{base.x + x, base.y + y, 0};
    };
    switch (cmd) {
      case 'M':
      case 'm': {
        pb.cur = pb.start = pt();
        break;
      }
      case 'L':
      case 'l':
        pb.line(pt());
        break;
      case 'H':
      case 'h':
        pb.line({(rel ? pb.cur.x : 0) + sc.number(), pb.cur.y, 0});
        break;
      case 'V':
      case 'v':
        pb.line({pb.cur.x, (rel ? pb.cur.y : 0) + sc.number(), 0});
        break;
      case 'C':
      case 'c': {
        Vec3 h1 = pt(), h2 = pt(), p = pt();
        pb.cubic(h1, h2, p);
        last_ctrl = h2;
        break;
      }
      case 'S':
      case 's': {
        Vec3 h1 = (prev == 'C' || prev == 'S') ? pb.cur * 2 - last_ctrl : pb.cur;
        Vec3 h2 = pt(), p = pt();
        pb.cubic(h1, h2, p);
        last_ctrl = h2;
        break;
      }
      case 'Q':
      case 'q': {
        Vec3 q = pt(), p = pt();
        pb.quad(q, p);
        last_ctrl = q;
        break;
      }
      case 'T':
      case 't': {
        Vec3 q = (prev == 'Q' || prev == 'T') ? pb.cur * 2 - last_ctrl : pb.cur;
        Vec3 p = pt();
        pb.quad(q, p);
        last_ctrl = q;
        break;
      }
      case 'A':
      case 'a': {
        double rx = sc.number(), ry = sc.number(), rot = sc.number();
        bool large = sc.flag(), sweep = sc.flag();
        Vec3 p = pt();
        pb.arc(rx, ry, rot, large, sweep, p);
        break;
      }
      case 'Z':
      case 'z':
        if (pb.cur.x != pb.start.x || pb.cur.y != pb.start.y) pb.line(pb.start);
        pb.cur = pb.start;
        break;
      default:
        --sc.i;
        sc.fail(std::string("unknown path command '") + cmd + "'");
    }
    prev = static_cast<char>(std::toupper(static_cast<unsigned char>(cmd)));
  }
  return std::move(pb.out);
}

Affine parse_transform(std::string_view s) {
  Scanner sc{s, 0, "SVG transform"};
  Affine total;
  while (!sc.at_end()) {
    std::size_t b = sc.i;
    while (sc.i < s.size() && std::isalpha(static_cast<unsigned char>(s[sc.i]))) ++sc.i;
    std::string name(s.substr(b, sc.i - b));
    sc.skip_ws();
    if (sc.i >= s.size() || s[sc.i] != '(') sc.fail("expected '(' after '" + name + "'");
    ++sc.i;
    std::vector<double> v;
    while (sc.at_number()) v.push_back(sc.number());
    sc.skip_sep();
    if (sc.i >= s.size() || s[sc.i] != ')') sc.fail("expected ')'");
    ++sc.i;
    auto need = [&](std::size_t lo, std::size_t hi) {
      if (v.size() < lo || v.size() > hi)
        sc.fail(name + " takes " + std::to_string(lo) + ".." + std::to_string(hi) +
                " numbers, got " + std::to_string(v.size()));
    };
    Affine m;
    constexpr double deg = std::numbers::pi / 180;
    if (name == "matrix") {
      need(6, 6);
      m = {v[0], v[1], v[2], v[3], v[4], v[5]};
    } else if (name == "translate") {
      need(1, 2);
      m.e = v[0];
      m.f = v.size() > 1 ? v[1] : 0;
    } else if (name == "scale") {
      need(1, 2);
      m.a = v[0];
      m.d = v.size() > 1 ? v[1] : v[0];
    } else if (name == "rotate") {
      if (v.size() != 1 && v.size() != 3) need(1, 1);
      double c = std::cos(v[0] * deg), sn = std::sin(v[0] * deg);
      m = {c, sn, -sn, c, 0, 0};
      if (v.size() == 3) {  // about (cx, cy)
        Affine to{1, 0, 0, 1, -v[1], -v[2]}, back{1, 0, 0, 1, v[1], v[2]};
        m = to.then(m).then(back);
      }
    } else if (name == "skewX") {
      need(1, 1);
      m.c = std::tan(v[0] * deg);
    } else if (name == "skewY") {
      need(1, 1);
      m.b = std::tan(v[0] * deg);
    } else {
      sc.fail("unknown transform '" + name + "'");
    }
    // The list applies right to left: later items act first on the points.
    total = m.then(total);
  }
  return total;
}

}  // namespace manim::detail::svg
