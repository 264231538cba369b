// Axes.get_area with a colour list: the display list carries Manim's linear gradient (the
// polygon's box centre -/+ the half extents along the sheen direction UL, stops evenly spread,
// the style's opacity on every stop), a single later colour draws it in that colour, and the
// rasteriser shades from the first colour (bottom right) to the last (top left).
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "manim/camera/camera.hpp"
#include "manim/mobject/graphing.hpp"
#include "render/raster.hpp"

using namespace manim;

namespace {

// Unit sizes 1 in x and y; c2p(0, 0) = (-2, -1).
Axes unit_axes() {
  return Axes(
      {.x_range = {0, 4, 1}, .y_range = {0, 2, 1}, .x_length = 4, .y_length = 2, .tips = false});
}

const PathItem& only_item(const Frame& f) {
  EXPECT_EQ(f.items.size(), 1u);
  return f.items.front();
}

}  // namespace

TEST(AreaGradient, DisplayListHasManimsLinearGradient) {
  Axes ax = unit_axes();
  auto g = ax.plot([](double) { return 1.0; }, {.x_range = {0, 2}});
  Polygon area = ax.get_area(g, {.color = {GREEN_B, GREEN_D}, .opacity = 0.5});
  // Box x in [-2, 0], y in [-1, 0]: centre (-1, -0.5), UL offset (-1, 0.5).
  FramePtr f = Camera{}.capture_mobjects({Mobject(area)}, 0);
  const PathItem& it = only_item(*f);
  ASSERT_EQ(it.fill_gradient.stops.size(), 2u);
  EXPECT_NEAR(it.fill_gradient.x0, 0, 1e-9);
  EXPECT_NEAR(it.fill_gradient.y0, -1, 1e-9);
  EXPECT_NEAR(it.fill_gradient.x1, -2, 1e-9);
  EXPECT_NEAR(it.fill_gradient.y1, 0, 1e-9);
  EXPECT_NEAR(it.fill_gradient.stops[0].g, GREEN_B.g, 1e-12);
  EXPECT_NEAR(it.fill_gradient.stops[1].g, GREEN_D.g, 1e-12);
  EXPECT_NEAR(it.fill_gradient.stops[0].a, 0.5, 1e-12);
  EXPECT_NEAR(it.fill_gradient.stops[1].a, 0.5, 1e-12);
  // The stroke is a gradient too (Manim's set_color sets both), at the stroke's opacity.
  ASSERT_EQ(it.stroke_gradient.stops.size(), 2u);
  EXPECT_NEAR(it.stroke_gradient.stops[1].a, 0.5, 1e-12);
  // A copy keeps it; one colour set later keeps the stop count, every stop that colour (Manim's
  // update_rgbas_array), so it draws in that colour.
  Polygon copy = area.copy();
  EXPECT_EQ(only_item(*Camera{}.capture_mobjects({Mobject(copy)}, 0)).fill_gradient.stops.size(),
            2u);
  copy.set_color(RED);
  // The frame owns the item: keep it alive while the reference is read.
  const FramePtr solid_frame = Camera{}.capture_mobjects({Mobject(copy)}, 0);
  const PathItem& solid = only_item(*solid_frame);
  ASSERT_EQ(solid.fill_gradient.stops.size(), 2u);
  ASSERT_EQ(solid.stroke_gradient.stops.size(), 2u);
  for (const Color& c : solid.fill_gradient.stops) EXPECT_EQ(c.to_hex(), RED.to_hex());
  for (const Color& c : solid.stroke_gradient.stops) EXPECT_EQ(c.to_hex(), RED.to_hex());
  // One colour: no gradient at all.
  Polygon plain = ax.get_area(g, {.color = {BLUE}});
  EXPECT_TRUE(
      only_item(*Camera{}.capture_mobjects({Mobject(plain)}, 0)).fill_gradient.stops.empty());
}

TEST(AreaGradient, RasterShadesFromFirstToLastColour) {
  Axes ax = unit_axes();
  auto g = ax.plot([](double) { return 2.0; }, {.x_range = {0, 4}});
  // Pure red to pure blue over the whole axes box: x in [-2, 2], y in [-1, 1].
  Polygon area = ax.get_area(g, {.color = {Color(1, 0, 0), Color(0, 0, 1)}, .opacity = 1});
  area.set_stroke(Color(1, 0, 0), 0);
  FramePtr f = Camera{}.capture_mobjects({Mobject(area)}, 0);
  const int w = 256, h = 144;  // 18 px per unit
  std::vector<std::uint8_t> px(static_cast<std::size_t>(w) * h * 4);
  detail::RasterTarget t;
  t.width = w;
  t.height = h;
  detail::rasterize(*f, t, px.data());
  auto at = [&](double x, double y) {  // scene point -> (r, b)
    const int i = static_cast<int>(128 + x * 18), j = static_cast<int>(72 - y * 18);
    const std::uint8_t* p = &px[(static_cast<std::size_t>(j) * w + i) * 4];
    return std::pair<int, int>{p[2], p[0]};
  };
  // The gradient runs from (2, -1) (red) to (-2, 1) (blue); the centre is half way.
  auto [r0, b0] = at(1.9, -0.9);
  EXPECT_GT(r0, 230);
  EXPECT_LT(b0, 25);
  auto [r1, b1] = at(-1.9, 0.9);
  EXPECT_LT(r1, 25);
  EXPECT_GT(b1, 230);
  auto [rc, bc] = at(0.01, -0.01);
  EXPECT_NEAR(rc, 128, 8);
  EXPECT_NEAR(bc, 128, 8);
}
