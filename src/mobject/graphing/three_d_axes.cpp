// ThreeDAxes: Manim's third axis, its pieces and the per-axis shading of the Cairo renderer.
#include "manim/mobject/graphing/three_d_axes.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

#include "manim/camera/three_d_camera.hpp"
#include "mobject/geometry/geometry_internal.hpp"
#include "mobject/graphing/graphing_internal.hpp"

namespace manim {

namespace {

struct ThreeDAxesNode : graphing::AxesNode {
  std::vector<double> z_range;
  Vec3 z_normal = DOWN;
  int num_axis_pieces = 20;
  Vec3 light_source;
  // How many children each axis had once its pieces were added: those children's families
  // (and the axis) are the members Manim gave the axis' gradient and sheen.
  std::size_t built_children[3] = {0, 0, 0};
  std::shared_ptr<detail::MobjectNode> clone_self() const override {
    return std::make_shared<ThreeDAxesNode>(*this);
  }
};

ThreeDAxesNode& data(detail::MobjectNode& n) {
  auto* p = dynamic_cast<ThreeDAxesNode*>(&n);
  if (!p) throw std::logic_error(n.kind + ": expected a ThreeDAxes node");
  return *p;
}

// The which-th NumberLine child, or null when removed.
std::shared_ptr<detail::MobjectNode> nth_axis(const detail::MobjectNode& n, int which) {
  int seen = 0;
  for (const auto& c : n.submobjects)
    if (detail::has_kind(*c, "NumberLine") && seen++ == which) return c;
  return nullptr;
}

AxesArgs base_args(const ThreeDAxesArgs& a) {
  AxesArgs b;
  b.x_range = a.x_range;
  b.y_range = a.y_range;
  b.x_length = a.x_length;
  b.y_length = a.y_length;
  b.axis_config = a.axis_config;
  b.x_axis_config = a.x_axis_config;
  b.y_axis_config = a.y_axis_config;
  b.tips = a.tips;
  return b;
}

double angle_of(const Vec3& v) { return std::atan2(v.y, v.x); }

}  // namespace

ThreeDAxes::ThreeDAxes(const ThreeDAxesArgs& a)
    : Axes(geom::make_vmobject_node<ThreeDAxesNode>(), base_args(a), "ThreeDAxes") {
  const char* cls = "ThreeDAxes";
  auto& n = data(node());
  n.z_range = graphing::complete_range(cls, "z_range", a.z_range, {-4, 4, 1});
  if (a.z_length && (!std::isfinite(*a.z_length) || *a.z_length <= 0))
    geom::fail(cls, "z_length must be finite and > 0, got " + std::to_string(*a.z_length));
  if (!a.z_normal.is_finite() || (a.z_normal.x == 0 && a.z_normal.y == 0))
    geom::fail(cls, "z_normal must be a finite vector with an x or y part (e.g. DOWN)");
  if (a.num_axis_pieces < 1)
    geom::fail(cls, "num_axis_pieces must be at least 1, got " + std::to_string(a.num_axis_pieces));
  if (!a.light_source.is_finite()) geom::fail(cls, "light_source must be a finite vector");
  n.z_normal = a.z_normal;
  n.num_axis_pieces = a.num_axis_pieces;
  n.light_source = a.light_source;

  // The z axis: made as the others (Axes' defaults under the user's axis_config, then
  // z_axis_config), its origin tick dropped on a linear axis.
  NumberLineArgs base;
  base.include_tip = a.tips;
  base.numbers_to_exclude = std::vector<double>{0};
  base = merge_number_line_args(base, a.axis_config);
  NumberLineArgs cfg = merge_number_line_args(base, a.z_axis_config);
  cfg.exclude_origin_tick = !cfg.scaling || cfg.scaling->is_linear();
  cfg.x_range = n.z_range;
  cfg.length = a.z_length;
  NumberLine z(cfg);
  const double zo = graphing::origin_shift(z.x_min(), z.x_max());
  z.shift(-z.number_to_point(zo));
  // Turned to point OUT, then about OUT so its ticks face z_normal; its origin number goes
  // onto the x axis' origin.
  z.rotate(-PI / 2, UP, {.about_point = z.number_to_point(zo)});
  z.rotate(angle_of(a.z_normal), OUT, {.about_point = z.number_to_point(zo)});
  z.shift(-z.number_to_point(zo));
  const NumberLine xa = x_axis();
  z.shift(xa.number_to_point(graphing::origin_shift(xa.x_min(), xa.x_max())));
  add(z);

  // Manim's _add_3d_pieces (Cairo): num_axis_pieces copies of each axis' line cut by curve
  // proportion, added to the axis, whose own stroke goes to width 0; the family is shaded.
  const NumberLine axes[3] = {x_axis(), y_axis(), z};
  for (int k = 0; k < 3; ++k) {
    NumberLine axis = axes[k];
    VGroup pieces;
    const int np = a.num_axis_pieces;
    for (int i = 0; i < np; ++i) {
      VMobject piece;
      piece.node().style = axis.node().style;
      piece.node().z_index = axis.node().z_index;
      piece.pointwise_become_partial(axis, double(i) / np, double(i + 1) / np);
      pieces.add(piece);
    }
    axis.add(pieces);
    axis.set_stroke(std::nullopt, 0.0, std::nullopt, false, false);
    set_shade_in_3d(axis, true);
    n.built_children[k] = axis.node().submobjects.size();
  }
}

NumberLine ThreeDAxes::z_axis() const {
  auto p = nth_axis(node(), 2);
  if (!p) throw std::logic_error(kind() + ": its z axis was removed from its submobjects");
  return Mobject(p).as<NumberLine>();
}

VGroup ThreeDAxes::get_axes() const { return VGroup(x_axis(), y_axis(), z_axis()); }
std::vector<double> ThreeDAxes::z_range() const { return data(node()).z_range; }
Vec3 ThreeDAxes::z_normal() const { return data(node()).z_normal; }
int ThreeDAxes::num_axis_pieces() const { return data(node()).num_axis_pieces; }
Vec3 ThreeDAxes::light_source() const { return data(node()).light_source; }
double ThreeDAxes::get_z_unit_size() const { return z_axis().get_unit_size(); }

Vec3 ThreeDAxes::coords_to_point(double x, double y, double z) const {
  const NumberLine xa = x_axis(), za = z_axis();
  const Vec3 origin = xa.number_to_point(graphing::origin_shift(xa.x_min(), xa.x_max()));
  return Axes::coords_to_point(x, y) + (za.number_to_point(z) - origin);
}

Vec3 ThreeDAxes::point_to_coords(const Vec3& p) const {
  return {x_axis().point_to_number(p), y_axis().point_to_number(p), z_axis().point_to_number(p)};
}

// ---------------------------------------------------------------- labels

Mobject ThreeDAxes::get_y_axis_label(const Mobject& label, const Vec3& edge, const Vec3& direction,
                                     double buff, double rotation,
                                     const Vec3& rotation_axis) const {
  Mobject l = Axes::get_y_axis_label(label, edge, direction, buff);
  l.rotate(rotation, rotation_axis);
  return l;
}

Mobject ThreeDAxes::get_y_axis_label(const std::string& label, const Vec3& edge,
                                     const Vec3& direction, double buff, double rotation,
                                     const Vec3& rotation_axis) const {
  return get_y_axis_label(x_axis().create_label_tex(label), edge, direction, buff, rotation,
                          rotation_axis);
}

Mobject ThreeDAxes::get_z_axis_label(const Mobject& label, const Vec3& edge, const Vec3& direction,
                                     double buff, double rotation,
                                     const Vec3& rotation_axis) const {
  // Axes' label placement (next_to the axis edge, then onto the screen), on the z axis.
  Mobject l = label;
  l.next_to(z_axis().get_edge_center(edge), direction, buff);
  graphing::shift_onto_screen(l, MED_SMALL_BUFF);
  l.rotate(rotation, rotation_axis);
  return l;
}

Mobject ThreeDAxes::get_z_axis_label(const std::string& label, const Vec3& edge,
                                     const Vec3& direction, double buff, double rotation,
                                     const Vec3& rotation_axis) const {
  return get_z_axis_label(x_axis().create_label_tex(label), edge, direction, buff, rotation,
                          rotation_axis);
}

VGroup ThreeDAxes::get_axis_labels(const Mobject& x_label, const Mobject& y_label,
                                   const Mobject& z_label) const {
  return VGroup(get_x_axis_label(x_label), get_y_axis_label(y_label), get_z_axis_label(z_label));
}

VGroup ThreeDAxes::get_axis_labels(const std::string& x_label, const std::string& y_label,
                                   const std::string& z_label) const {
  const NumberLine xa = x_axis();
  return get_axis_labels(xa.create_label_tex(x_label), xa.create_label_tex(y_label),
                         xa.create_label_tex(z_label));
}

ThreeDAxes& ThreeDAxes::add_coordinates(std::optional<std::vector<double>> x,
                                        std::optional<std::vector<double>> y,
                                        std::optional<std::vector<double>> z) {
  Axes::add_coordinates(std::move(x), std::move(y));
  NumberLine za = z_axis();
  za.add_numbers(std::move(z));
  VGroup labels = coordinate_labels();
  labels.add(*za.numbers());
  return *this;
}

Surface ThreeDAxes::plot_surface(const std::function<double(double, double)>& function,
                                 const PlotSurfaceArgs& a) const {
  if (!function) geom::fail(kind(), "plot_surface: function is empty; pass a callable (u, v) -> z");
  if (a.colorscale_axis < 0 || a.colorscale_axis > 2)
    geom::fail(kind(), "plot_surface: colorscale_axis must be 0, 1 or 2, got " +
                           std::to_string(a.colorscale_axis));
  SurfaceArgs sa = a.surface;
  sa.u_range = a.u_range;
  sa.v_range = a.v_range;
  const ThreeDAxes self = *this;
  Surface surface([self, function](double u, double v) { return self.c2p(u, v, function(u, v)); },
                  sa);
  if (a.colorscale.empty() && a.colorscale_pivots.empty()) return surface;
  // Manim colours by a copy of the axes as they are now.
  const ThreeDAxes frozen = copy();
  auto to_coords = [frozen](const Vec3& p) { return frozen.point_to_coords(p); };
  if (!a.colorscale_pivots.empty()) {
    surface.set_fill_by_value(to_coords, a.colorscale_pivots, a.colorscale_axis);
  } else {
    const auto xr = x_range(), yr = y_range(), zr = z_range();
    surface.set_fill_by_value(to_coords, {{xr[0], xr[1]}, {yr[0], yr[1]}, {zr[0], zr[1]}},
                              a.colorscale, a.colorscale_axis);
  }
  return surface;
}

// ---------------------------------------------------------------- shading lookup

void three_d_axes::collect_axis_shading(const std::shared_ptr<detail::MobjectNode>& root,
                                        std::vector<AxisShading>& out) {
  if (!root) return;
  if (auto* t = dynamic_cast<const ThreeDAxesNode*>(root.get())) {
    for (int k = 0; k < 3; ++k) {
      auto axis = nth_axis(*t, k);
      if (!axis) continue;
      out.push_back({axis.get(), axis, t->light_source});
      const std::size_t n = std::min(t->built_children[k], axis->submobjects.size());
      for (std::size_t i = 0; i < n; ++i)
        for (const Mobject& m : Mobject(axis->submobjects[i]).get_family())
          out.push_back({&m.node(), axis, t->light_source});
    }
  }
  for (const auto& c : root->submobjects) collect_axis_shading(c, out);
}

}  // namespace manim
