// VMobjects coloured by a background image (Manim's color_using_background_image, which
// StreamLines uses): consecutive ones with the same image form one layer of the display list,
// and the rasteriser multiplies the layer's premultiplied bytes by the image and
// alpha-composites the product, so partly covered pixels are darkened twice as in Manim.
#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <vector>

#include "camera/background_layer.hpp"
#include "manim/camera/camera.hpp"
#include "manim/mobject/geometry.hpp"
#include "mobject/background_image.hpp"
#include "render/raster.hpp"

using namespace manim;

namespace {

std::shared_ptr<const std::vector<std::uint8_t>> solid_image(std::uint8_t r, std::uint8_t g,
                                                             std::uint8_t b) {
  return std::make_shared<const std::vector<std::uint8_t>>(std::vector<std::uint8_t>{r, g, b, 255});
}

// A 2 x 2 square about `center`, filled white at `opacity`, no stroke, drawn through `image`.
VMobject square_through(const std::shared_ptr<const std::vector<std::uint8_t>>& image,
                        double opacity, Vec3 center = ORIGIN) {
  VMobject v = detail::background_colored_vmobject(image, 1, 1);
  v.set_points_as_corners({{-1, -1, 0}, {1, -1, 0}, {1, 1, 0}, {-1, 1, 0}, {-1, -1, 0}});
  v.set_fill(WHITE, opacity);
  v.set_stroke(WHITE, 0);
  v.shift(center);
  return v;
}

}  // namespace

TEST(BackgroundColored, ConsecutiveMobjectsShareOneLayer) {
  auto img = solid_image(200, 100, 50);
  VMobject a = square_through(img, 1), b = square_through(img, 1, {3, 0, 0});
  Square plain;
  VMobject c = square_through(img, 1, {-3, 0, 0});
  FramePtr f = Camera{}.capture_mobjects({a, b, plain, c}, 0);
  // a and b: one layer before the plain square; c: a second layer after it.
  ASSERT_EQ(f->items.size(), 1u);
  ASSERT_EQ(f->images.size(), 2u);
  EXPECT_EQ(f->images[0].resampling, detail::kBackgroundColoredLayer);
  EXPECT_EQ(f->images[0].draw_before, 0u);
  ASSERT_TRUE(f->images[0].sub_frame);
  EXPECT_EQ(f->images[0].sub_frame->items.size(), 2u);
  EXPECT_EQ(f->images[1].draw_before, 1u);
  EXPECT_EQ(f->images[1].sub_frame->items.size(), 1u);
  // A copy keeps its image.
  VMobject copy = a.copy();
  FramePtr g = Camera{}.capture_mobjects({copy}, 0);
  ASSERT_EQ(g->images.size(), 1u);
  EXPECT_EQ(g->images[0].rgba, img);
  EXPECT_THROW(detail::background_colored_vmobject(img, 2, 1), std::invalid_argument);
}

TEST(BackgroundColored, PixelsAreTheImageTimesTheCoverage) {
  // The image (200, 100, 50) resized to the picture stays uniform. A fully covered pixel takes
  // the image's colour; at fill opacity 0.6 the canvas holds 153 in every byte, so the product
  // is (120, 60, 30) with alpha 153, composited over black: 0.6 of it, (72, 36, 18).
  auto img = solid_image(200, 100, 50);
  const int w = 160, h = 90;
  auto pixel = [&](double opacity) {
    FramePtr f = Camera{}.capture_mobjects({square_through(img, opacity)}, 0);
    std::vector<std::uint8_t> px(static_cast<std::size_t>(w) * h * 4);
    detail::RasterTarget t;
    t.width = w;
    t.height = h;
    detail::rasterize(*f, t, px.data());
    const std::uint8_t* p = &px[(static_cast<std::size_t>(h / 2) * w + w / 2) * 4];  // B, G, R
    return std::vector<int>{p[2], p[1], p[0]};
  };
  const auto full = pixel(1);
  EXPECT_EQ(full, (std::vector<int>{200, 100, 50}));
  const auto part = pixel(0.6);
  EXPECT_NEAR(part[0], 72, 1);
  EXPECT_NEAR(part[1], 36, 1);
  EXPECT_NEAR(part[2], 18, 1);
}
