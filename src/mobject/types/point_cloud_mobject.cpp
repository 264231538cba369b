// Manim's point-cloud mobjects (mobject/types/point_cloud_mobject.py of v0.18.0).
#include "manim/mobject/types/point_cloud_mobject.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "mobject/family.hpp"
#include "mobject/path_ops.hpp"

namespace manim {
namespace detail {

void point_cloud_set_color(PointCloudNode& n, const Color& c) {
  Color rgba = c;
  rgba.a = 1;  // color_to_rgba(color) with its default alpha
  std::fill(n.rgbas.begin(), n.rgbas.end(), rgba);
  n.color = c;
}

void point_cloud_stretch_to(PointCloudNode& n, std::size_t length) {
  const std::size_t curr = n.points.size();
  if (curr == length) return;
  if (curr > length)
    throw std::invalid_argument(
        fmt::format("{}: cannot stretch {} points to a shorter length {}", n.kind, curr, length));
  if (curr == 0)
    throw std::invalid_argument(fmt::format("{}: has no points to stretch to {}", n.kind, length));
  if (n.rgbas.size() != curr)
    throw std::invalid_argument(
        fmt::format("{}: has {} points but {} rgbas", n.kind, curr, n.rgbas.size()));
  std::vector<Vec3> pts(length);
  std::vector<Color> cols(length);
  for (std::size_t k = 0; k < length; ++k) {
    // numpy: (arange(length) / float(length)) * curr, then astype(int).
    const double idx =
        (static_cast<double>(k) / static_cast<double>(length)) * static_cast<double>(curr);
    const auto i = std::min(static_cast<std::size_t>(idx), curr - 1);
    pts[k] = n.points[i];
    cols[k] = n.rgbas[i];
  }
  n.points = std::move(pts);
  n.rgbas = std::move(cols);
}

namespace {
Color lerp_color(const Color& a, const Color& b, double t) {
  // Manim's interpolate: (1 - alpha) * start + alpha * end, on all four channels.
  return {(1 - t) * a.r + t * b.r, (1 - t) * a.g + t * b.g, (1 - t) * a.b + t * b.b,
          (1 - t) * a.a + t * b.a};
}
}  // namespace

void point_cloud_interpolate_color(PointCloudNode& out, const PointCloudNode& a,
                                   const PointCloudNode& b, double alpha) {
  if (a.rgbas.size() != b.rgbas.size())
    throw std::invalid_argument(
        fmt::format("interpolate: {} has {} colours but {} has {}; align the point clouds first",
                    a.kind, a.rgbas.size(), b.kind, b.rgbas.size()));
  std::vector<Color> cols(a.rgbas.size());
  for (std::size_t i = 0; i < cols.size(); ++i) cols[i] = lerp_color(a.rgbas[i], b.rgbas[i], alpha);
  out.rgbas = std::move(cols);
}

void point_cloud_become_partial(PointCloudNode& out, const PointCloudNode& src, double a,
                                double b) {
  const std::size_t n = src.points.size();
  auto index = [n](double t) {  // int(t * n), clamped to the slice's range as numpy does
    const double v = t * static_cast<double>(n);
    if (!(v > 0)) return std::size_t{0};
    return std::min(static_cast<std::size_t>(v), n);
  };
  const std::size_t lo = index(a), hi = std::max(index(b), lo);
  out.points.assign(src.points.begin() + lo, src.points.begin() + hi);
  if (src.rgbas.size() >= hi)
    out.rgbas.assign(src.rgbas.begin() + lo, src.rgbas.begin() + hi);
  else
    out.rgbas.clear();
}

std::shared_ptr<MobjectNode> point_cloud_point_mobject(const Vec3& center) {
  return Point(center).node_ptr();
}

}  // namespace detail

std::vector<double> numpy_arange(double start, double stop, double step) {
  if (!std::isfinite(start) || !std::isfinite(stop) || !std::isfinite(step) || step == 0)
    throw std::invalid_argument(
        fmt::format("arange: start, stop and step must be finite and step non-zero, got {}, {}, {}",
                    start, stop, step));
  const double len = std::ceil((stop - start) / step);
  if (!(len > 0)) return {};
  if (len > 1e8)
    throw std::invalid_argument(fmt::format(
        "arange: {} values from {} to {} by {} is too many (at most 1e8)", len, start, stop, step));
  std::vector<double> out(static_cast<std::size_t>(len));
  const double delta = (start + step) - start;
  for (std::size_t i = 0; i < out.size(); ++i)
    out[i] = i == 0 ? start : start + static_cast<double>(i) * delta;
  return out;
}

namespace {

using detail::PointCloudNode;

PointCloudNode& pc(const Mobject& m) { return static_cast<PointCloudNode&>(m.node()); }

std::shared_ptr<PointCloudNode> make_node(std::optional<Color> color, Color default_color,
                                          std::optional<double> stroke_width, double default_width,
                                          double z_index) {
  auto n = std::make_shared<PointCloudNode>();
  detail::set_kind(*n, "PMobject");
  n->color = color.value_or(default_color);
  n->style.fill_color = n->style.stroke_color = n->color;
  n->style.stroke_width = stroke_width.value_or(default_width);
  detail::require_finite("PMobject", "stroke_width", n->style.stroke_width);
  detail::require_finite("PMobject", "z_index", z_index);
  n->z_index = z_index;
  return n;
}

void require_density(const char* cls, double density) {
  if (!std::isfinite(density) || !(density > 0))
    throw std::invalid_argument(
        fmt::format("{}: density must be a finite number > 0, got {}", cls, density));
}

// Every family member that is a point cloud, self first (Manim's family_members_with_points
// restricted to what holds rgbas).
std::vector<PointCloudNode*> cloud_family(const Mobject& m, bool with_points_only) {
  std::vector<PointCloudNode*> out;
  for (const auto& n : detail::family_nodes(m.node_ptr()))
    if (auto* p = dynamic_cast<PointCloudNode*>(n.get()))
      if (!with_points_only || !p->points.empty()) out.push_back(p);
  return out;
}

void fade_to_node(PointCloudNode& n, const Color& color, double alpha, bool family) {
  const bool group = detail::has_kind(n, "PGroup");
  if (!group) {
    Color c = color;
    c.a = 1;
    for (Color& x : n.rgbas) x = detail::lerp_color(x, c, alpha);
  }
  if (group && !family) return;
  for (auto& s : n.submobjects)
    if (auto* p = dynamic_cast<PointCloudNode*>(s.get())) fade_to_node(*p, color, alpha, family);
}

void merged(const detail::MobjectNode& n, std::vector<Vec3>& pts, std::vector<Color>& cols) {
  pts.insert(pts.end(), n.points.begin(), n.points.end());
  if (const auto* p = dynamic_cast<const PointCloudNode*>(&n))
    cols.insert(cols.end(), p->rgbas.begin(), p->rgbas.end());
  for (const auto& s : n.submobjects) merged(*s, pts, cols);
}

}  // namespace

// ------------------------------------------------------------------ PMobject
PMobject::PMobject(const PMobjectArgs& a)
    : Mobject(make_node(a.color, WHITE, a.stroke_width, 4, a.z_index)) {}

PMobject& PMobject::add_points(const std::vector<Vec3>& points, const std::vector<Color>& rgbas,
                               std::optional<Color> color, double alpha) {
  for (const Vec3& p : points) detail::require_finite(kind().c_str(), "point", p);
  auto& n = pc(*this);
  if (!rgbas.empty() && rgbas.size() != points.size())
    throw std::invalid_argument(
        fmt::format("{}.add_points: points and rgbas must have same "
                    "length, got {} points and {} rgbas",
                    n.kind, points.size(), rgbas.size()));
  n.points.insert(n.points.end(), points.begin(), points.end());
  if (rgbas.empty() && !points.empty()) {
    Color c = color.value_or(n.color);
    c.a = alpha;
    n.rgbas.insert(n.rgbas.end(), points.size(), c);
  } else {
    n.rgbas.insert(n.rgbas.end(), rgbas.begin(), rgbas.end());
  }
  return *this;
}

PMobject& PMobject::reset_points() {
  pc(*this).points.clear();
  pc(*this).rgbas.clear();
  return *this;
}

const std::vector<Color>& PMobject::rgbas() const { return pc(*this).rgbas; }

PMobject& PMobject::set_rgbas(const std::vector<Color>& rgbas) {
  auto& n = pc(*this);
  if (rgbas.size() != n.points.size())
    throw std::invalid_argument(fmt::format("{}: rgbas must have one colour per point ({}), got {}",
                                            n.kind, n.points.size(), rgbas.size()));
  n.rgbas = rgbas;
  return *this;
}

std::vector<Color> PMobject::get_all_rgbas() const {
  std::vector<Vec3> pts;
  std::vector<Color> cols;
  merged(node(), pts, cols);
  return cols;
}

Color PMobject::get_color() const {
  const auto& n = pc(*this);
  if (n.rgbas.empty())
    throw std::invalid_argument(n.kind + ".get_color: it has no points, so no colour");
  return n.rgbas.front();
}

double PMobject::get_stroke_width() const { return node().style.stroke_width; }

PMobject& PMobject::set_stroke_width(double width, bool family) {
  detail::require_finite("set_stroke_width", "width", width);
  if (!family) {
    node().style.stroke_width = width;
    return *this;
  }
  for (const auto& n : detail::family_nodes(node_ptr()))
    if (!n->points.empty()) n->style.stroke_width = width;
  return *this;
}

PMobject& PMobject::set_color_by_gradient(const std::vector<Color>& colors) {
  auto& n = pc(*this);
  if (colors.empty())
    throw std::invalid_argument(n.kind + ".set_color_by_gradient: needs at least one colour");
  n.rgbas = color_gradient(colors, static_cast<int>(n.points.size()));
  return *this;
}

PMobject& PMobject::set_colors_by_radial_gradient(std::optional<Vec3> center, double radius,
                                                  const Color& inner_color,
                                                  const Color& outer_color) {
  detail::require_finite("set_colors_by_radial_gradient", "radius", radius);
  const Vec3 c = center.value_or(get_center());
  Color in = inner_color, out = outer_color;
  in.a = out.a = 1;
  for (PointCloudNode* m : cloud_family(*this, true)) {
    m->rgbas.resize(m->points.size());
    for (std::size_t i = 0; i < m->points.size(); ++i) {
      const Vec3 d = m->points[i] - c;
      const double alpha = std::sqrt(d.x * d.x + d.y * d.y + d.z * d.z) / radius;
      m->rgbas[i] = detail::lerp_color(in, out, alpha);
    }
  }
  return *this;
}

PMobject& PMobject::match_colors(const PMobject& m) {
  Mobject self = *this, other = m;
  detail::align_data(self, other);
  pc(*this).rgbas = pc(m).rgbas;
  return *this;
}

PMobject& PMobject::filter_out(const std::function<bool(const Vec3&)>& condition) {
  if (!condition) throw std::invalid_argument(kind() + ".filter_out: condition is empty");
  for (PointCloudNode* m : cloud_family(*this, true)) {
    std::vector<Vec3> pts;
    std::vector<Color> cols;
    for (std::size_t i = 0; i < m->points.size(); ++i) {
      if (condition(m->points[i])) continue;
      pts.push_back(m->points[i]);
      if (i < m->rgbas.size()) cols.push_back(m->rgbas[i]);
    }
    m->points = std::move(pts);
    m->rgbas = std::move(cols);
  }
  return *this;
}

PMobject& PMobject::thin_out(int factor) {
  if (factor < 1)
    throw std::invalid_argument(
        fmt::format("{}.thin_out: factor must be >= 1, got {}", kind(), factor));
  for (PointCloudNode* m : cloud_family(*this, true)) {
    std::vector<Vec3> pts;
    std::vector<Color> cols;
    for (std::size_t i = 0; i < m->points.size(); i += static_cast<std::size_t>(factor)) {
      pts.push_back(m->points[i]);
      if (i < m->rgbas.size()) cols.push_back(m->rgbas[i]);
    }
    m->points = std::move(pts);
    m->rgbas = std::move(cols);
  }
  return *this;
}

PMobject& PMobject::sort_points(const std::function<double(const Vec3&)>& function) {
  auto key = function ? function : [](const Vec3& p) { return p.x; };
  for (PointCloudNode* m : cloud_family(*this, true)) {
    std::vector<double> keys(m->points.size());
    for (std::size_t i = 0; i < keys.size(); ++i) keys[i] = key(m->points[i]);
    std::vector<std::size_t> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    std::vector<Vec3> pts(order.size());
    std::vector<Color> cols;
    for (std::size_t i = 0; i < order.size(); ++i) pts[i] = m->points[order[i]];
    if (m->rgbas.size() == order.size()) {
      cols.resize(order.size());
      for (std::size_t i = 0; i < order.size(); ++i) cols[i] = m->rgbas[order[i]];
    }
    m->points = std::move(pts);
    m->rgbas = std::move(cols);
  }
  return *this;
}

PMobject& PMobject::fade_to(const Color& color, double alpha, bool family) {
  detail::require_finite("fade_to", "alpha", alpha);
  fade_to_node(pc(*this), color, alpha, family);
  return *this;
}

PMobject& PMobject::ingest_submobjects() {
  std::vector<Vec3> pts;
  std::vector<Color> cols;
  merged(node(), pts, cols);
  auto& n = pc(*this);
  n.points = std::move(pts);
  n.rgbas = std::move(cols);
  n.submobjects.clear();
  return *this;
}

Vec3 PMobject::point_from_proportion(double alpha) const {
  const auto& pts = node().points;
  if (pts.empty()) throw std::invalid_argument(kind() + ".point_from_proportion: it has no points");
  if (!(alpha >= 0 && alpha <= 1))
    throw std::invalid_argument(
        fmt::format("{}.point_from_proportion: alpha must be in [0, 1], got {}", kind(), alpha));
  return pts[static_cast<std::size_t>(alpha * static_cast<double>(pts.size() - 1))];
}

PMobject& PMobject::align_points_with_larger(const PMobject& larger) {
  detail::point_cloud_stretch_to(pc(*this), larger.get_num_points());
  return *this;
}

PMobject& PMobject::interpolate(const PMobject& a, const PMobject& b, double alpha) {
  detail::interpolate_node(node(), a.node(), b.node(), alpha);
  return *this;
}

PMobject& PMobject::pointwise_become_partial(const PMobject& m, double a, double b) {
  detail::point_cloud_become_partial(pc(*this), pc(m), a, b);
  return *this;
}

// ------------------------------------------------------------------ Mobject1D / Mobject2D
Mobject1D::Mobject1D(const Mobject1DArgs& a)
    : PMobject(make_node(a.color, WHITE, a.stroke_width, 4, a.z_index)) {
  require_density("Mobject1D", a.density);
  detail::set_kind(node(), "Mobject1D");
  pc(*this).density = a.density;
  pc(*this).epsilon = 1.0 / a.density;
}

double Mobject1D::density() const { return pc(*this).density; }
double Mobject1D::epsilon() const { return pc(*this).epsilon; }

Mobject1D& Mobject1D::add_line(const Vec3& start, const Vec3& end, std::optional<Color> color) {
  detail::require_finite("add_line", "start", start);
  detail::require_finite("add_line", "end", end);
  const Vec3 d = end - start;
  const double length = std::sqrt(d.x * d.x + d.y * d.y + d.z * d.z);
  std::vector<Vec3> pts;
  if (length == 0) {
    pts.push_back(start);
  } else {
    for (double t : numpy_arange(0, 1, epsilon() / length))
      pts.push_back(start * (1 - t) + end * t);
  }
  add_points(pts, {}, color);
  return *this;
}

Mobject2D::Mobject2D(const Mobject2DArgs& a)
    : PMobject(make_node(a.color, WHITE, a.stroke_width, 4, a.z_index)) {
  require_density("Mobject2D", a.density);
  detail::set_kind(node(), "Mobject2D");
  pc(*this).density = a.density;
  pc(*this).epsilon = 1.0 / a.density;
}

double Mobject2D::density() const { return pc(*this).density; }
double Mobject2D::epsilon() const { return pc(*this).epsilon; }

// ------------------------------------------------------------------ PGroup
PGroup::PGroup(const std::vector<Mobject>& pmobs, const PMobjectArgs& args) : PMobject(args) {
  for (const Mobject& m : pmobs)
    if (!m.is<PMobject>())
      throw std::invalid_argument("PGroup: all submobjects must be of type PMobject, got a " +
                                  m.kind());
  detail::set_kind(node(), "PGroup");
  add(pmobs);
}

// ------------------------------------------------------------------ PointCloudDot
PointCloudDot::PointCloudDot(const PointCloudDotArgs& a)
    : Mobject1D(Mobject1D({.color = a.color.value_or(YELLOW),
                           .stroke_width = a.stroke_width.value_or(2),
                           .z_index = a.z_index,
                           .density = a.density})) {
  detail::require_finite("PointCloudDot", "radius", a.radius);
  detail::require_finite("PointCloudDot", "center", a.center);
  // About pi (radius * density)^2 points: bound the work.
  if (a.radius * a.density > 3000)
    throw std::invalid_argument(fmt::format(
        "PointCloudDot: radius {} with density {} makes too many points (radius * density must "
        "be at most 3000)",
        a.radius, a.density));
  detail::set_kind(node(), "PointCloudDot");
  pc(*this).radius = a.radius;
  generate_points();
  shift(a.center);
}

double PointCloudDot::radius() const { return pc(*this).radius; }

PointCloudDot& PointCloudDot::generate_points() {
  const double eps = epsilon(), radius = pc(*this).radius;
  std::vector<Vec3> pts;
  for (double r : numpy_arange(eps, radius, eps)) {
    const int num = static_cast<int>(2 * M_PI * (r + eps) / eps);
    // numpy.linspace(0, 2 pi, num): i * step, the last exactly 2 pi.
    const double step = num > 1 ? 2 * M_PI / (num - 1) : 0;
    for (int i = 0; i < num; ++i) {
      const double theta = i == num - 1 && num > 1 ? 2 * M_PI : i * step;
      // r * (cos(theta) * RIGHT + sin(theta) * UP)
      pts.push_back(Vec3{r * std::cos(theta), r * std::sin(theta), r * 0.0});
    }
  }
  add_points(pts);
  return *this;
}

// ------------------------------------------------------------------ Point
Point::Point(const Vec3& location, const PointArgs& a)
    : PMobject(PMobjectArgs{
          .color = a.color.value_or(BLACK), .stroke_width = a.stroke_width, .z_index = a.z_index}) {
  detail::require_finite("Point", "location", location);
  detail::set_kind(node(), "Point");
  add_points({location});
}

Vec3 Point::location() const { return node().points.empty() ? ORIGIN : node().points.front(); }

}  // namespace manim
