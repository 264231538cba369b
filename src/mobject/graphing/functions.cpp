// ParametricFunction and FunctionGraph: samples joined by Manim's natural cubic spline.
#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

#include "manim/core/config.hpp"
#include "mobject/geometry/geometry_internal.hpp"
#include "mobject/graphing/graphing_internal.hpp"
#include "mobject/path_ops.hpp"

namespace manim {

namespace graphing {

std::vector<double> np_arange(double start, double stop, double step) {
  std::vector<double> out;
  const double count = std::ceil((stop - start) / step);
  if (!(count > 0)) return out;
  const auto n = static_cast<std::size_t>(count);
  const double delta = (start + step) - start;
  out.reserve(n);
  out.push_back(start);
  if (n > 1) out.push_back(start + step);
  for (std::size_t i = 2; i < n; ++i) out.push_back(start + static_cast<double>(i) * delta);
  return out;
}

std::vector<double> complete_range(const char* cls, const char* arg, std::vector<double> r,
                                   const std::vector<double>& fallback, double default_step) {
  if (r.empty()) r = fallback;
  if (r.size() == 2) r.push_back(default_step);
  auto fmt = [&] {
    std::ostringstream os;
    os << '[';
    for (std::size_t i = 0; i < r.size(); ++i) os << (i ? ", " : "") << r[i];
    os << ']';
    return os.str();
  };
  if (r.size() != 3)
    geom::fail(cls, std::string(arg) + " must be [min, max] or [min, max, step], got " + fmt());
  for (double v : r)
    if (!std::isfinite(v)) geom::fail(cls, std::string(arg) + " must be finite, got " + fmt());
  if (!(r[0] < r[1])) geom::fail(cls, std::string(arg) + " needs min < max, got " + fmt());
  if (!(r[2] > 0)) geom::fail(cls, std::string(arg) + " needs a step > 0, got " + fmt());
  return r;
}

}  // namespace graphing

namespace {

struct ParametricFunctionNode : detail::MobjectNode {
  ParametricFunction::Function function;
  std::function<double(double)> underlying;
  double t_min = 0, t_max = 1, t_step = 0.01;
  Scaling scaling{};
  std::shared_ptr<detail::MobjectNode> clone_self() const override {
    return std::make_shared<ParametricFunctionNode>(*this);
  }
};

ParametricFunctionNode& pf_node(detail::MobjectNode& n) {
  auto* p = dynamic_cast<ParametricFunctionNode*>(&n);
  if (!p) throw std::logic_error(n.kind + ": expected a ParametricFunction node");
  return *p;
}

// Manim's generate_points: one path per interval between discontinuities, each through the
// samples arange(t1, t2, step) + [t2], then make_smooth per path.
void generate_points(ParametricFunctionNode& n, const std::vector<double>& discontinuities,
                     double dt, bool smooth) {
  std::vector<double> bounds{n.t_min, n.t_max};
  for (double d : discontinuities)
    if (n.t_min <= d && d <= n.t_max) {
      bounds.push_back(d - dt);
      bounds.push_back(d + dt);
    }
  std::sort(bounds.begin(), bounds.end());
  n.points.clear();
  for (std::size_t i = 0; i + 1 < bounds.size(); i += 2) {
    std::vector<double> ts = graphing::np_arange(bounds[i], bounds[i + 1], n.t_step);
    ts.push_back(bounds[i + 1]);
    for (double& t : ts) t = n.scaling.function(t);
    std::vector<Vec3> anchors;
    anchors.reserve(ts.size());
    for (double t : ts) {
      const Vec3 p = n.function(t);
      if (!p.is_finite()) {
        std::ostringstream os;
        os << "the function gave a non-finite point at t = " << t
           << "; pass discontinuities=[...] or a narrower range";
        geom::fail(n.kind.c_str(), os.str());
      }
      anchors.push_back(p);
    }
    if (anchors.size() < 2) continue;
    if (smooth) {
      std::vector<Vec3> h1, h2;
      detail::smooth_handles(anchors, h1, h2);
      for (std::size_t k = 0; k + 1 < anchors.size(); ++k)
        n.points.insert(n.points.end(), {anchors[k], h1[k], h2[k], anchors[k + 1]});
    } else {
      for (std::size_t k = 0; k + 1 < anchors.size(); ++k)
        geom::append_straight(n.points, anchors[k], anchors[k + 1]);
    }
  }
}

}  // namespace

ParametricFunction::ParametricFunction(Function function, const ParametricFunctionArgs& a)
    : VMobject(geom::make_vmobject_node<ParametricFunctionNode>(), Mobject::Unchecked{}) {
  const char* cls = "ParametricFunction";
  detail::set_kind(node(), cls);
  geom::check_style(cls, geom::style_of(a));
  if (!function) geom::fail(cls, "function is empty; pass a callable t -> Vec3");
  std::vector<double> r = a.t_range;
  if (r.size() == 2) r.push_back(0.01);
  r = graphing::complete_range(cls, "t_range", r, {0, 1, 0.01});
  geom::require_non_negative(cls, "dt", a.dt);
  for (double d : a.discontinuities) geom::require_finite(cls, "discontinuities", d);
  auto& n = pf_node(node());
  n.function = std::move(function);
  n.t_min = r[0];
  n.t_max = r[1];
  n.t_step = r[2];
  n.scaling = a.scaling;
  geom::apply_style(n, geom::style_of(a));
  generate_points(n, a.discontinuities, a.dt, a.use_smoothing);
}

Vec3 ParametricFunction::get_point_from_function(double t) const {
  return pf_node(node()).function(t);
}
double ParametricFunction::t_min() const { return pf_node(node()).t_min; }
double ParametricFunction::t_max() const { return pf_node(node()).t_max; }
const std::function<double(double)>& ParametricFunction::underlying_function() const {
  return pf_node(node()).underlying;
}
ParametricFunction& ParametricFunction::set_underlying_function(std::function<double(double)> f) {
  pf_node(node()).underlying = std::move(f);
  return *this;
}

namespace {
ParametricFunctionArgs graph_args(const FunctionGraphArgs& a) {
  ParametricFunctionArgs p;
  geom::put_style(p, geom::merge(StyleArgs{.color = YELLOW}, geom::style_of(a)));
  const double r = config().frame_width / 2;
  p.t_range = a.x_range.empty() ? std::vector<double>{-r, r} : a.x_range;
  p.use_smoothing = a.use_smoothing;
  return p;
}

ParametricFunction::Function graph_function(std::function<double(double)> f) {
  if (!f) geom::fail("FunctionGraph", "function is empty; pass a callable x -> y");
  return [f = std::move(f)](double t) { return Vec3{t, f(t), 0}; };
}
}  // namespace

FunctionGraph::FunctionGraph(std::function<double(double)> function, const FunctionGraphArgs& a)
    : ParametricFunction(graph_function(std::move(function)), graph_args(a)) {
  detail::set_kind(node(), "FunctionGraph");
}

}  // namespace manim
