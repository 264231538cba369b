// ThreeDAxes: coordinates against hand-worked numbers, the z axis' layout (turned OUT, ticks
// along x), labels, pieces, plot_surface, and the per-axis gradient a ThreeDCamera draws.
#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "manim/manim.hpp"

using namespace manim;

namespace {

void expect_near(const Vec3& got, const Vec3& want, double tol = 1e-9) {
  EXPECT_NEAR(got.x, want.x, tol);
  EXPECT_NEAR(got.y, want.y, tol);
  EXPECT_NEAR(got.z, want.z, tol);
}

}  // namespace

// Defaults: x (-6, 6) over 10.5 (0.875 per unit), y (-5, 5) over 10.5 (1.05), z (-4, 4) over
// 6.5 (0.8125); every range is centred on 0, so the origin is ORIGIN.
TEST(ThreeDAxes, DefaultCoordsToPoint) {
  ThreeDAxes ax;
  EXPECT_EQ(ax.kind(), "ThreeDAxes");
  EXPECT_TRUE(ax.is<Axes>());
  ASSERT_EQ(ax.submobjects().size(), 3u);
  expect_near(ax.c2p(1, 2, 3), {0.875, 2.1, 2.4375});
  expect_near(ax.get_origin(), ORIGIN);
  expect_near(ax.p2c({0.875, 2.1, 2.4375}), {1, 2, 3});
  EXPECT_NEAR(ax.get_z_unit_size(), 0.8125, 1e-12);
  // Axes' three-number c2p on a ThreeDAxes handle uses the z axis too.
  const Axes& base = ax;
  expect_near(base.coords_to_point(1, 2, 3), {0.875, 2.1, 2.4375});
  EXPECT_EQ(ax.z_range(), (std::vector<double>{-4, 4, 1}));
}

// Y_Direction's axes: x and y (0, 5) over 10.5 (2.1 per unit), z (-1, 1) over 6.5 (3.25).
// Axes centre the middle of x and y, (2.5, 2.5), on ORIGIN: the origin is (-5.25, -5.25, 0).
TEST(ThreeDAxes, OffsetRangesAndZAxisLayout) {
  ThreeDAxes ax({.x_range = {0, 5, 1}, .y_range = {0, 5, 1}, .z_range = {-1, 1, 0.5}});
  expect_near(ax.c2p(1, 2, 0.5), {-3.15, -1.05, 1.625});
  expect_near(ax.p2c({-3.15, -1.05, 1.625}), {1, 2, 0.5});
  // Two coordinates leave the z axis out (as Manim).
  expect_near(ax.c2p(1, 2), {-3.15, -1.05, 0});
  // The z axis runs along OUT through the origin, from -3.25 to 3.25 (its tip included).
  NumberLine z = ax.z_axis();
  expect_near(z.number_to_point(-1), {-5.25, -5.25, -3.25});
  expect_near(z.number_to_point(1), {-5.25, -5.25, 3.25});
  // Its ticks point along x (turned about OUT by angle_of_vector(DOWN) = -90 degrees).
  for (const Mobject& tick : z.get_tick_marks().submobjects()) {
    const auto& p = tick.points();
    ASSERT_FALSE(p.empty());
    EXPECT_NEAR(p.front().y, p.back().y, 1e-12);
    EXPECT_NEAR(p.front().z, p.back().z, 1e-12);
    EXPECT_NEAR(std::abs(p.front().x - p.back().x), 0.2, 1e-12);
  }
  // Linear z axis: the origin tick is left out, and with a tip the range's end too (Manim's
  // get_tick_range): -1, -0.5 and 0.5 remain.
  EXPECT_EQ(z.get_tick_marks().submobjects().size(), 3u);
}

// Each axis: line stroke width 0, shade_in_3d on its family, 20 pieces (its last child) that
// cover the line (which ends at the tip's base) in equal parts and keep the width 2.
TEST(ThreeDAxes, AxisPiecesAndShading) {
  ThreeDAxes ax;
  for (const NumberLine& axis : {ax.x_axis(), ax.y_axis(), ax.z_axis()}) {
    EXPECT_EQ(axis.node().style.stroke_width, 0);
    for (const Mobject& m : axis.get_family()) EXPECT_TRUE(m.node().shade_in_3d);
    const Mobject pieces = axis.submobjects().back();
    ASSERT_EQ(pieces.submobjects().size(), 20u);
    const Vec3 s = axis.points().front(), e = axis.points().back();
    EXPECT_NEAR((axis.get_end() - e).norm(), 0.35, 1e-9);  // the tip's length
    for (int i = 0; i < 20; ++i) {
      const Mobject piece = pieces.submobjects()[i];
      EXPECT_EQ(piece.node().style.stroke_width, 2);
      expect_near(piece.points().front(), s + (e - s) * (i / 20.0), 1e-12);
      expect_near(piece.points().back(), s + (e - s) * ((i + 1) / 20.0), 1e-12);
    }
  }
  EXPECT_EQ(ax.num_axis_pieces(), 20);
  ThreeDAxes few({.num_axis_pieces = 3});
  EXPECT_EQ(few.x_axis().submobjects().back().submobjects().size(), 3u);
}

// get_z_axis_label(Square()) (side 2): next_to the z axis' OUT edge (0, 0, 3.25) to the RIGHT
// with buff 0.1 (centre (1.1, 0, 3.25)), then turned 90 degrees about RIGHT: it stands in the
// xz plane, from z 2.25 to 4.25.
TEST(ThreeDAxes, ZAxisLabelPosition) {
  ThreeDAxes ax;
  Mobject label = ax.get_z_axis_label(Square());
  expect_near(label.get_center(), {1.1, 0, 3.25}, 1e-9);
  EXPECT_NEAR(label.get_critical_point(OUT).z, 4.25, 1e-9);
  EXPECT_NEAR(label.get_critical_point(UP).y, 0, 1e-9);
  // The y label is turned 90 degrees about OUT; three labels from get_axis_labels.
  VGroup labels = ax.get_axis_labels(Square(), Square(), Square());
  EXPECT_EQ(labels.submobjects().size(), 3u);
}

// plot_surface: the surface's corners are c2p(u, v, f(u, v)); a colorscale colours by z.
TEST(ThreeDAxes, PlotSurface) {
  ThreeDAxes ax({.x_range = {-3, 3, 1}, .y_range = {-3, 3, 1}, .z_range = {-5, 5, 1}});
  auto f = [](double u, double v) { return u + v; };
  Surface s = ax.plot_surface(f, {.u_range = {-3, 3}, .v_range = {-3, 3}});
  expect_near(s.func(1, 2), ax.c2p(1, 2, 3), 1e-12);
  Surface coloured = ax.plot_surface(f, {.u_range = {-3, 3},
                                         .v_range = {-3, 3},
                                         .colorscale = {BLUE, RED},
                                         .surface = {.resolution = {2, 2}}});
  ASSERT_EQ(coloured.submobjects().size(), 4u);
  // Face (0, 0) spans u, v in [-3, 0]; its midpoint (half way round its four equal edges) is
  // the corner (0, 0): z = 0, half way up the (-5, 5) range. Face (1, 1)'s is (3, 3): z = 6,
  // above the range: the last colour.
  const Color c = coloured.submobjects()[0].node().style.fill_color;
  const Color want = interpolate_color(BLUE, RED, 0.5);
  EXPECT_NEAR(c.r, want.r, 1e-6);
  EXPECT_NEAR(c.b, want.b, 1e-6);
  const Color top = coloured.submobjects()[3].node().style.fill_color;
  EXPECT_NEAR(top.r, RED.r, 1e-6);
  EXPECT_NEAR(top.g, RED.g, 1e-6);
}

TEST(ThreeDAxes, BadInput) {
  EXPECT_THROW(ThreeDAxes({.z_range = {1, -1, 1}}), std::invalid_argument);
  EXPECT_THROW(ThreeDAxes({.z_length = -1.0}), std::invalid_argument);
  EXPECT_THROW(ThreeDAxes({.num_axis_pieces = 0}), std::invalid_argument);
  EXPECT_THROW(ThreeDAxes({.z_normal = OUT}), std::invalid_argument);
  ThreeDAxes ax;
  EXPECT_THROW(ax.plot_surface(nullptr), std::invalid_argument);
}

// A ThreeDCamera draws every axis member with a two-stop gradient between the axis' edges at
// -light and +light. Default view, x axis: (5.25, +y) -> (-5.25, -y). The first x piece
// starts at (-5.25, 0, 0), normal UP (a line): 0.5 * (-9 / |(-1.75, -9, 10)|)^3 halved =
// -0.0729826 on white at both stops (the sheen's lift of white is clipped away).
TEST(ThreeDAxes, CameraDrawsAxisGradients) {
  ThreeDAxes ax;
  ThreeDCamera cam;
  auto frame = cam.capture_mobjects({ax}, 0);
  int x_pieces = 0;
  std::set<std::pair<long, long>> ends;
  for (const PathItem& it : frame->items) {
    if (it.stroke_width != 2) continue;
    const LinearGradient& g = it.stroke_gradient;
    ASSERT_EQ(g.stops.size(), 2u);
    ends.insert({std::lround(g.x0 * 1000), std::lround(g.x1 * 1000)});
    // A piece lies on the axis (y = 0 at all its points); ticks and the tip stand off it.
    bool on_axis = true;
    for (std::size_t i = 1; i < it.xy.size(); i += 2) on_axis = on_axis && it.xy[i] == 0;
    if (on_axis && std::abs(g.x0 - 5.25) < 1e-9) {
      EXPECT_NEAR(g.x1, -5.25, 1e-9);
      EXPECT_NEAR(g.y0, -g.y1, 1e-9);
      EXPECT_GT(g.y0, 0.09);
      ++x_pieces;
    }
  }
  EXPECT_EQ(x_pieces, 20);
  // z axis: (0.175, 0, -3.25) and (-0.175, 0, 3.25) seen with perspective 20 / (20 -+ 3.25).
  bool found_z = false;
  for (const PathItem& it : frame->items)
    if (it.stroke_width == 2 &&
        std::abs(it.stroke_gradient.x0 * 23.25 / 20 + it.stroke_gradient.x1 * 16.75 / 20) < 1e-9 &&
        std::abs(it.stroke_gradient.y0) < 1e-12 && it.stroke_gradient.x0 > 0)
      found_z = true;
  EXPECT_TRUE(found_z);
  EXPECT_EQ(ends.size(), 3u);
  bool first_piece = false;
  for (const PathItem& it : frame->items)
    if (it.stroke_width == 2 && std::abs(it.xy[0] + 5.25) < 1e-9 && std::abs(it.xy[1]) < 1e-12) {
      EXPECT_NEAR(it.stroke_gradient.stops[0].r, 1 - 0.0729826, 1e-6);
      EXPECT_NEAR(it.stroke_gradient.stops[1].r, 1 - 0.0729826, 1e-6);
      first_piece = true;
    }
  EXPECT_TRUE(first_piece);
}

// A coloured axis: the second stop is lifted by the sheen (0.2 on r, g, b, clipped) before
// shading; without shading the two stops are the colour and its lifted copy.
TEST(ThreeDAxes, SheenLiftsTheSecondStop) {
  ThreeDAxes ax({.axis_config = {.color = Color{0.5, 0.1, 0.9}}});
  ThreeDCamera cam({.should_apply_shading = false});
  auto frame = cam.capture_mobjects({ax}, 0);
  int n = 0;
  for (const PathItem& it : frame->items) {
    if (it.stroke_width != 2) continue;
    const LinearGradient& g = it.stroke_gradient;
    ASSERT_EQ(g.stops.size(), 2u);
    EXPECT_NEAR(g.stops[0].r, 0.5, 1e-9);
    EXPECT_NEAR(g.stops[1].r, 0.7, 1e-9);
    EXPECT_NEAR(g.stops[1].g, 0.3, 1e-9);
    EXPECT_NEAR(g.stops[1].b, 1.0, 1e-9);
    ++n;
  }
  EXPECT_GE(n, 60);  // 3 x 20 pieces, and the ticks
}
