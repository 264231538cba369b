// Colour lists drawn as Manim's Cairo camera draws them, and become's shared colour arrays.
//
// Gradient geometry (Manim v0.18.0 get_gradient_start_and_end_points): offset = the sheen
// direction as stored (UL = (-1, 1, 0), not normalised) in half-extents of the box; the
// gradient runs from centre - offset (first colour) to centre + offset (last colour), stops at
// 0 and 1. For the 2 x 2 square at the origin: from (1, -1) to (-1, 1), so at a point p the
// parameter is t = ((p - (1, -1)) . (-2, 2)) / 8 = (2 - p.x + p.y) / 4.
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "manim/animation/transform.hpp"
#include "manim/camera/camera.hpp"
#include "manim/mobject/color_gradients.hpp"
#include "manim/mobject/geometry.hpp"
#include "mobject/style_sharing.hpp"
#include "render/raster.hpp"

using namespace manim;

namespace {

constexpr int kW = 256, kH = 144;  // 18 px per unit (frame 128/9 x 8)

struct Rgb {
  int r, g, b;
};

std::vector<std::uint8_t> draw(const Mobject& m) {
  FramePtr f = Camera{}.capture_mobjects({m}, 0);
  std::vector<std::uint8_t> px(static_cast<std::size_t>(kW) * kH * 4);
  detail::RasterTarget t;
  t.width = kW;
  t.height = kH;
  detail::rasterize(*f, t, px.data());
  return px;
}

Rgb pixel(const std::vector<std::uint8_t>& px, int i, int j) {
  const std::uint8_t* p = &px[(static_cast<std::size_t>(j) * kW + i) * 4];
  return {p[2], p[1], p[0]};  // cairo's BGRA bytes
}

Square red_blue_square() {
  Square s(2.0);
  set_fill_colors(s, {Color(1, 0, 0), Color(0, 0, 1)}, 1.0);
  s.set_stroke(std::nullopt, 0.0);
  return s;
}

}  // namespace

TEST(ColorGradient, StartAndEndPointsUseTheUnnormalisedSheenDirection) {
  Square s = red_blue_square();
  auto [a, b] = get_gradient_start_and_end_points(s);
  EXPECT_NEAR(a.x, 1, 1e-12);
  EXPECT_NEAR(a.y, -1, 1e-12);
  EXPECT_NEAR(b.x, -1, 1e-12);
  EXPECT_NEAR(b.y, 1, 1e-12);
  // Sheen direction RIGHT (length 1): from the left edge centre to the right one.
  set_sheen_direction(s, RIGHT);
  std::tie(a, b) = get_gradient_start_and_end_points(s);
  EXPECT_NEAR(a.x, -1, 1e-12);
  EXPECT_NEAR(a.y, 0, 1e-12);
  EXPECT_NEAR(b.x, 1, 1e-12);
  // A longer direction stretches the offset (Manim does not normalise): 2 * RIGHT.
  set_sheen_direction(s, Vec3{2, 0, 0});
  std::tie(a, b) = get_gradient_start_and_end_points(s);
  EXPECT_NEAR(a.x, -2, 1e-12);
  EXPECT_NEAR(b.x, 2, 1e-12);
}

TEST(ColorGradient, PixelsOfATwoColourSquare) {
  const auto px = draw(red_blue_square());
  // Pixel (i, j) has its centre at x = (i + 0.5 - 128) / 18, y = (72 - j - 0.5) / 18.
  // (137, 81): x = 9.5/18, y = -9.5/18, t = (2 - 19/18) / 4 = 0.236111:
  // red 255 * (1 - t) = 194.79, blue 255 * t = 60.21.
  Rgb c = pixel(px, 137, 81);
  EXPECT_NEAR(c.r, 194.79, 1.0);
  EXPECT_EQ(c.g, 0);
  EXPECT_NEAR(c.b, 60.21, 1.0);
  // (118, 62): x = -9.5/18, y = 9.5/18, t = (2 + 19/18) / 4 = 0.763889: red 60.21, blue 194.79.
  c = pixel(px, 118, 62);
  EXPECT_NEAR(c.r, 60.21, 1.0);
  EXPECT_NEAR(c.b, 194.79, 1.0);
  // (137, 62): x = y = 9.5/18, on the perpendicular through the centre: t = 0.5.
  c = pixel(px, 137, 62);
  EXPECT_NEAR(c.r, 127.5, 1.0);
  EXPECT_NEAR(c.b, 127.5, 1.0);
  // (145, 89): x = 17.5/18, y = -17.5/18 (near the start corner):
  // t = (2 - 35/18) / 4 = 0.013889: red 251.46, blue 3.54.
  c = pixel(px, 145, 89);
  EXPECT_NEAR(c.r, 251.46, 1.0);
  EXPECT_NEAR(c.b, 3.54, 1.0);
}

TEST(ColorGradient, OpacityAppliesToEveryStop) {
  Square s = red_blue_square();
  s.set_opacity(0.5);
  FramePtr f = Camera{}.capture_mobjects({Mobject(s)}, 0);
  ASSERT_EQ(f->items.size(), 1u);
  ASSERT_EQ(f->items[0].fill_gradient.stops.size(), 2u);
  for (const Color& c : f->items[0].fill_gradient.stops) EXPECT_DOUBLE_EQ(c.a, 0.5);
  // Over black: t = 0.5 at (137, 62) gives half of 127.5 in red and blue.
  const Rgb c = pixel(draw(s), 137, 62);
  EXPECT_NEAR(c.r, 63.75, 1.0);
  EXPECT_NEAR(c.b, 63.75, 1.0);
}

TEST(ColorGradient, RotationTurnsTheGradient) {
  // rotate(PI) turns the sheen direction with the points: blue now at the bottom right.
  Square s = red_blue_square();
  s.rotate(PI);
  const Rgb c = pixel(draw(s), 137, 81);
  EXPECT_NEAR(c.r, 60.21, 1.0);
  EXPECT_NEAR(c.b, 194.79, 1.0);
}

// ---- become shares the colour arrays (Manim's interpolate_color at alpha 1) ----

TEST(BecomeSharesStyle, LaterChangesShowInBoth) {
  Rectangle s(RectangleArgs{.width = 2, .height = 1});
  Circle d;
  s.become(d);
  s.set_opacity(0.25);
  EXPECT_DOUBLE_EQ(d.node().style.fill_opacity, 0.25);
  EXPECT_DOUBLE_EQ(d.node().style.stroke_opacity, 0.25);
  s.set_color(BLUE);
  EXPECT_EQ(d.node().style.fill_color.to_hex(), BLUE.to_hex());
  EXPECT_EQ(d.node().style.stroke_color.to_hex(), BLUE.to_hex());
  // Either way round.
  d.set_fill(RED);
  EXPECT_EQ(s.node().style.fill_color.to_hex(), RED.to_hex());
  // Stroke width is a number, not an array: not shared.
  s.set_stroke(std::nullopt, 9.0);
  EXPECT_NE(d.node().style.stroke_width, 9.0);
  // fade multiplies the shared opacity once.
  d.fade(0.5);
  EXPECT_DOUBLE_EQ(s.node().style.fill_opacity, 0.125);
}

TEST(BecomeSharesStyle, CopiesAndLongerListsAndAnimationsEndIt) {
  Square s;
  Circle d;
  s.become(d);
  Mobject c = s.copy();  // deepcopy: new arrays
  c.set_color(GREEN);
  EXPECT_NE(s.node().style.fill_color.to_hex(), GREEN.to_hex());
  EXPECT_NE(d.node().style.fill_color.to_hex(), GREEN.to_hex());

  // A longer colour list gives s a new fill array; its stroke array is still shared.
  set_fill_colors(s, {RED, YELLOW});
  EXPECT_EQ(d.node().style.fill_rgbas.size(), 0u);
  s.set_fill(std::nullopt, 0.7);
  EXPECT_NE(d.node().style.fill_opacity, 0.7);
  s.set_stroke(PINK);
  EXPECT_EQ(d.node().style.stroke_color.to_hex(), PINK.to_hex());

  // An animation interpolating s's style gives it new arrays.
  Transform t(s, Circle());
  t.begin();
  t.interpolate(0.5);
  s.set_stroke(TEAL);
  EXPECT_EQ(d.node().style.stroke_color.to_hex(), PINK.to_hex());
}

TEST(BecomeSharesStyle, FamiliesShareMemberByMember) {
  Square a1, a2;
  VGroup ga(a1, a2);
  Circle b1, b2;
  VGroup gb(b1, b2);
  ga.become(gb);
  a2.set_color(ORANGE, false);
  EXPECT_EQ(b2.node().style.fill_color.to_hex(), ORANGE.to_hex());
  EXPECT_NE(b1.node().style.fill_color.to_hex(), ORANGE.to_hex());
}

TEST(BecomeSharesStyle, RegistryDoesNotGrowWithAlwaysRedraw) {
  Square s;
  for (int i = 0; i < 500; ++i) s.become(Circle());  // a fresh object each frame
  EXPECT_LE(detail::shared_style_node_count(), 2u);
  s.set_color(RED);  // its last partner is gone: nothing to write to, no crash
  EXPECT_EQ(s.node().style.fill_color.to_hex(), RED.to_hex());
}
