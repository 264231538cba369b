// Point clouds (PMobject, Mobject1D, PGroup, PointCloudDot, Point): Manim's point layouts and
// colours, and the pixels Manim's Cairo camera writes for them (display_point_cloud), with
// positions and bytes worked out by hand.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <utility>
#include <vector>

#include "manim/animation/creation.hpp"
#include "manim/animation/transform.hpp"
#include "manim/camera/camera.hpp"
#include "manim/camera/three_d_camera.hpp"
#include "manim/core/config.hpp"
#include "manim/mobject/geometry.hpp"
#include "manim/mobject/types/point_cloud_mobject.hpp"
#include "mobject/family.hpp"
#include "render/raster.hpp"

using namespace manim;

namespace {

struct Pixels {
  int w, h;
  std::vector<std::uint8_t> bgra;
  // (R, G, B, A) at (x, y), as Manim's pixel array holds it.
  std::array<int, 4> at(int x, int y) const {
    const std::uint8_t* p = &bgra[(static_cast<std::size_t>(y) * w + x) * 4];
    return {p[2], p[1], p[0], p[3]};
  }
};

// A 16 x 9 pixel picture of a 16 x 9 unit frame: one pixel per unit, the origin at pixel
// (8, 4.5), y up.
Pixels draw(const Frame& f) {
  Pixels p{16, 9, std::vector<std::uint8_t>(16 * 9 * 4)};
  detail::rasterize(f, detail::RasterTarget{16, 9, false, true}, p.bgra.data());
  return p;
}

Frame base_frame() {
  Frame f;
  f.frame_width = 16;
  f.background = Color(0, 0, 0, 1);
  return f;
}

PointCloudItem cloud(std::vector<double> xy, std::vector<std::uint8_t> rgba, int thickness) {
  PointCloudItem c;
  c.xy = std::move(xy);
  c.rgba = std::move(rgba);
  c.thickness = thickness;
  return c;
}

int count_lit(const Pixels& p) {
  int n = 0;
  for (int y = 0; y < p.h; ++y)
    for (int x = 0; x < p.w; ++x)
      if (p.at(x, y) != std::array<int, 4>{0, 0, 0, 255}) ++n;
  return n;
}

}  // namespace

TEST(PointCloudRaster, PixelIsTruncatedPositionAndBytesAreWrittenNotBlended) {
  Frame f = base_frame();
  // (0, 0) -> (8, 4.5) -> pixel (8, 4); (-8, 4.5) -> (0, 0); (7.9, -4.4) -> (15.9, 8.9) ->
  // (15, 8). Half-transparent red: alpha byte int(127.5) = 127, RGB not premultiplied.
  f.point_clouds.push_back(
      cloud({0, 0, -8, 4.5, 7.9, -4.4}, {252, 98, 85, 255, 1, 2, 3, 255, 10, 20, 30, 127}, 1));
  const Pixels p = draw(f);
  EXPECT_EQ(p.at(8, 4), (std::array<int, 4>{252, 98, 85, 255}));
  EXPECT_EQ(p.at(0, 0), (std::array<int, 4>{1, 2, 3, 255}));
  EXPECT_EQ(p.at(15, 8), (std::array<int, 4>{10, 20, 30, 127}));
  EXPECT_EQ(count_lit(p), 3);
}

TEST(PointCloudRaster, ThicknessNudgesFollowPythonFloorDivision) {
  // t = 2: range(-2 // 2 + 1, 2 // 2 + 1) = [0, 1]: the pixel and its right/lower neighbours.
  Frame f = base_frame();
  f.point_clouds.push_back(cloud({0, 0}, {200, 0, 0, 255}, 2));
  Pixels p = draw(f);
  const std::array<std::pair<int, int>, 4> block{{{8, 4}, {9, 4}, {8, 5}, {9, 5}}};
  for (auto [x, y] : block) EXPECT_EQ(p.at(x, y)[0], 200) << x << "," << y;
  EXPECT_EQ(count_lit(p), 4);
  // t = 3: [-1, 0, 1], a 3 x 3 block centred on the pixel.
  f.point_clouds[0].thickness = 3;
  p = draw(f);
  EXPECT_EQ(count_lit(p), 9);
  EXPECT_EQ(p.at(7, 3)[0], 200);
  EXPECT_EQ(p.at(9, 5)[0], 200);
  // t = 4: [-1, 0, 1, 2], 16 pixels; the block is clipped at the picture's edge.
  f.point_clouds[0].thickness = 4;
  f.point_clouds[0].xy = {-8, 4.5};  // pixel (0, 0): x and y in [-1, 2] keep 0..2
  p = draw(f);
  EXPECT_EQ(count_lit(p), 9);
  // t < 1 draws nothing.
  f.point_clouds[0].thickness = 0;
  EXPECT_EQ(count_lit(draw(f)), 0);
}

TEST(PointCloudRaster, LaterPointWinsAndOrderAmongPathsIsKept) {
  Frame f = base_frame();
  // Two points on pixel (8, 4): the second one's bytes stay.
  f.point_clouds.push_back(cloud({0.2, 0.1, 0.7, 0.4}, {255, 0, 0, 255, 0, 255, 0, 255}, 1));
  Pixels p = draw(f);
  EXPECT_EQ(p.at(8, 4), (std::array<int, 4>{0, 255, 0, 255}));
  // A filled square path drawn after the cloud covers it; drawn before, the cloud shows.
  PathItem sq;
  sq.xy = {-1, -1, -1, -1, 1, -1, 1, -1, 1,  -1, 1,  1,  1,
           1,  1,  1,  -1, 1, -1, 1, -1, -1, -1, -1, -1, -1};
  sq.subpaths = {{0, 4, true}};
  sq.fill = Color(0, 0, 1, 1);
  sq.stroke = Color(0, 0, 1, 0);
  f.items.push_back(sq);
  f.point_clouds[0].draw_before = 0;  // before the square
  EXPECT_EQ(draw(f).at(8, 4), (std::array<int, 4>{0, 0, 255, 255}));
  f.point_clouds[0].draw_before = 1;  // after it
  EXPECT_EQ(draw(f).at(8, 4), (std::array<int, 4>{0, 255, 0, 255}));
}

TEST(PointCloudDot, PointCountForDensityAndRadius) {
  // Rings r = 0.1 .. 1.9 (19 of them), ring r holding int(2 pi (r + 0.1) / 0.1) points:
  // sum over k = 2..20 of floor(2 pi k) = 1303.
  PointCloudDot d;
  EXPECT_EQ(d.get_num_points(), 1303u);
  EXPECT_EQ(d.rgbas().size(), 1303u);
  EXPECT_EQ(d.get_stroke_width(), 2);
  EXPECT_EQ(d.get_color(), YELLOW);
  // The first ring starts at angle 0 on radius epsilon.
  EXPECT_NEAR(d.points()[0].x, 0.1, 1e-15);
  EXPECT_EQ(d.points()[0].y, 0);
  // radius 1, density 4: epsilon 0.25, rings 0.25, 0.5, 0.75 with int(8 pi (r + 0.25)) =
  // 12, 18, 25 points.
  PointCloudDot e({.center = Vec3{1, 2, 0}, .radius = 1, .density = 4});
  EXPECT_EQ(e.get_num_points(), 12u + 18u + 25u);
  EXPECT_NEAR(e.get_center().x, 1, 1e-12);
  EXPECT_NEAR(e.get_center().y, 2, 1e-12);
  EXPECT_THROW(PointCloudDot({.density = 0}), std::invalid_argument);
  EXPECT_THROW(PointCloudDot({.radius = 1e9}), std::invalid_argument);
}

TEST(PMobject, AddPointsColoursAndErrors) {
  PMobject p({.color = RED});
  p.add_points({{0, 0, 0}, {1, 0, 0}});
  p.add_points({{2, 0, 0}}, {}, BLUE, 0.5);
  ASSERT_EQ(p.rgbas().size(), 3u);
  EXPECT_EQ(p.rgbas()[0], RED);
  EXPECT_EQ(p.rgbas()[2], Color(BLUE.r, BLUE.g, BLUE.b, 0.5));
  EXPECT_THROW(p.add_points({{0, 0, 0}}, {RED, RED}), std::invalid_argument);
  p.set_color(GREEN);
  for (const Color& c : p.rgbas()) EXPECT_EQ(c, GREEN);  // alpha back to 1
  p.set_color_by_gradient({BLACK, WHITE});
  EXPECT_EQ(p.rgbas()[1], Color(0.5, 0.5, 0.5, 1));
  p.filter_out([](const Vec3& q) { return q.x > 1.5; });
  EXPECT_EQ(p.get_num_points(), 2u);
  EXPECT_EQ(p.rgbas().size(), 2u);
  p.fade_to(BLACK, 0.5);
  EXPECT_EQ(p.rgbas()[1], Color(0.25, 0.25, 0.25, 1));
}

TEST(PMobject, Mobject1DAddLineAndStretchAlignment) {
  Mobject1D line({.density = 4});
  line.add_line({0, 0, 0}, {1, 0, 0});  // t = 0, 0.25, 0.5, 0.75 (end excluded)
  ASSERT_EQ(line.get_num_points(), 4u);
  EXPECT_DOUBLE_EQ(line.points()[3].x, 0.75);
  Point pt({5, 0, 0});
  EXPECT_EQ(pt.get_color(), BLACK);
  // Stretching 1 point to 4: every entry takes index int(k / 4 * 1) = 0.
  pt.align_points_with_larger(line);
  EXPECT_EQ(pt.get_num_points(), 4u);
  EXPECT_EQ(pt.points()[3].x, 5);
  EXPECT_THROW(PGroup({Square()}), std::invalid_argument);
}

TEST(PMobject, TransformAndCreate) {
  Mobject1D a({.color = RED, .density = 4});
  a.add_line({0, 0, 0}, {1, 0, 0});
  Mobject1D b({.color = BLUE, .density = 2});
  b.add_line({0, 1, 0}, {1, 1, 0});  // 2 points
  // Halfway: b stretched to 4 points (indices 0, 0, 1, 1), colours blended.
  PMobject mid = a.copy();
  Mobject ac = a.copy(), bc = b.copy();
  detail::align_data(ac, bc);
  mid.interpolate(ac.as<PMobject>(), bc.as<PMobject>(), 0.5);
  ASSERT_EQ(mid.get_num_points(), 4u);
  EXPECT_DOUBLE_EQ(mid.points()[1].x, 0.125);  // (0.25 + 0) / 2
  EXPECT_DOUBLE_EQ(mid.points()[1].y, 0.5);
  EXPECT_DOUBLE_EQ(mid.rgbas()[0].r, 0.5 * RED.r + 0.5 * BLUE.r);
  // pointwise_become_partial keeps entries [int(a n), int(b n)).
  PMobject part = a.copy();
  part.pointwise_become_partial(a, 0.3, 0.8);  // [1, 3)
  ASSERT_EQ(part.get_num_points(), 2u);
  EXPECT_DOUBLE_EQ(part.points()[0].x, 0.25);
  EXPECT_EQ(part.rgbas().size(), 2u);
}

TEST(PMobject, CameraDrawsWithAdjustedThickness) {
  Config saved = config();
  config().pixel_width = 160;
  config().pixel_height = 90;
  config().frame_width = 16;
  config().frame_height = 9;
  Camera cam;
  Point p({0, 0, 0}, {.color = WHITE, .stroke_width = 3});
  FramePtr f = cam.capture_mobjects({p}, 0);
  ASSERT_EQ(f->point_clouds.size(), 1u);
  EXPECT_EQ(f->point_clouds[0].thickness, 3);  // same pixel size as config: 1 + (3 - 1) * 1
  // A camera of half the pixels doubles it: 1 + 2 * 250 / 125 = 5.
  cam.pixel_width = 80;
  cam.pixel_height = 45;
  f = cam.capture_mobjects({p}, 0);
  EXPECT_EQ(f->point_clouds[0].thickness, 5);
  EXPECT_EQ(f->point_clouds[0].rgba, (std::vector<std::uint8_t>{255, 255, 255, 255}));
  // A ThreeDCamera at its default orientation draws a z = 0 point where a 2D camera does.
  ThreeDCamera c3;
  PointCloudDot d;
  f = c3.capture_mobjects({d}, 0);
  ASSERT_EQ(f->point_clouds.size(), 1u);
  EXPECT_EQ(f->point_clouds[0].xy.size(), 2 * 1303u);
  EXPECT_NEAR(f->point_clouds[0].xy[0], 0.1, 1e-12);
  config() = saved;
}
