// VMobject.cap_style (Manim v0.18.1's CapStyleType) and color_using_background_image on any
// VMobject: the style fields reach the display list, the raster draws them as Manim's Cairo
// camera, and copy / become / match_style / Transform carry them as Manim does.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <memory>
#include <vector>

#include "camera/background_layer.hpp"
#include "manim/camera/camera.hpp"
#include "manim/camera/three_d_camera.hpp"
#include "manim/mobject/geometry.hpp"
#include "mobject/background_image.hpp"
#include "mobject/family.hpp"
#include "render/frame_hash.hpp"
#include "render/raster.hpp"

using namespace manim;

namespace {

constexpr int kW = 320, kH = 180;

// A horizontal white line from (-2, y) to (2, y), stroke width 100 (1 scene unit across).
VMobject thick_line(int cap, double y = 0) {
  VMobject v;
  v.set_points_as_corners({{-2, y, 0}, {2, y, 0}});
  v.set_stroke(WHITE, 100.0, 1.0);
  v.node().style.cap_style = cap;
  return v;
}

struct Picture {
  std::vector<std::uint8_t> px = std::vector<std::uint8_t>(static_cast<std::size_t>(kW) * kH * 4);
  // Red byte of the pixel holding scene point (x, y) (default camera: 14.22 units across).
  int red(double x, double y) const {
    const double s = kW / (128.0 / 9.0);
    const int i = static_cast<int>(std::floor(kW / 2.0 + x * s));
    const int j = static_cast<int>(std::floor(kH / 2.0 - y * s));
    return px[(static_cast<std::size_t>(j) * kW + i) * 4 + 2];
  }
};

Picture draw(const std::vector<Mobject>& mobs) {
  FramePtr f = Camera{}.capture_mobjects(mobs, 0);
  Picture p;
  detail::RasterTarget t;
  t.width = kW;
  t.height = kH;
  detail::rasterize(*f, t, p.px.data());
  return p;
}

}  // namespace

// The line ends at x = 2 and is 0.5 units thick on each side. (2.25, 0) lies beyond the end:
// covered by a ROUND cap (radius 0.5) and a SQUARE cap (0.5 x 0.5 box), not by BUTT.
// (2.4, 0.4) is 0.57 from the end point: outside the round cap, inside the square one.
TEST(CapStyle, ButtRoundSquareEnds) {
  const Picture butt = draw({thick_line(2)}), round = draw({thick_line(1)}),
                square = draw({thick_line(3)});
  for (const Picture* p : {&butt, &round, &square}) EXPECT_EQ(p->red(1.5, 0), 255);
  EXPECT_EQ(butt.red(2.25, 0), 0);
  EXPECT_EQ(round.red(2.25, 0), 255);
  EXPECT_EQ(square.red(2.25, 0), 255);
  EXPECT_EQ(butt.red(2.4, 0.4), 0);
  EXPECT_EQ(round.red(2.4, 0.4), 0);
  EXPECT_EQ(square.red(2.4, 0.4), 255);
  // The left end is capped the same way.
  EXPECT_EQ(round.red(-2.25, 0), 255);
  EXPECT_EQ(butt.red(-2.25, 0), 0);
}

// AUTO never sets a cap: alone it is cairo's butt; after a ROUND line in the same frame it
// keeps the round cap the shared context was left with (Manim's camera draws every VMobject of
// a frame through one cairo context).
TEST(CapStyle, AutoKeepsTheContextsCap) {
  EXPECT_EQ(draw({thick_line(0)}).red(2.25, 0), 0);
  const Picture after_round = draw({thick_line(1, 2), thick_line(0, -2)});
  EXPECT_EQ(after_round.red(2.25, -2), 255);
  const Picture after_butt = draw({thick_line(1, 2), thick_line(2, 0), thick_line(0, -2)});
  EXPECT_EQ(after_butt.red(2.25, -2), 0);
  // Drawn first, before the round one, AUTO is butt.
  const Picture before_round = draw({thick_line(0, -2), thick_line(1, 2)});
  EXPECT_EQ(before_round.red(2.25, -2), 0);
}

TEST(CapStyle, ReachesTheDisplayListAndItsHash) {
  FramePtr a = Camera{}.capture_mobjects({thick_line(1)}, 0);
  FramePtr b = Camera{}.capture_mobjects({thick_line(3)}, 0);
  ASSERT_EQ(a->items.size(), 1u);
  EXPECT_EQ(a->items[0].line_cap, 1);
  EXPECT_EQ(b->items[0].line_cap, 3);
  detail::Hasher128 ha, hb;
  detail::hash_frame(*a, ha);
  detail::hash_frame(*b, hb);
  EXPECT_NE(ha.hex(), hb.hex());
  // Manim's ThreeDCamera strokes through the same apply_stroke: cap and join both apply.
  VMobject j = thick_line(3);
  j.node().style.joint_type = 2;
  FramePtr c = ThreeDCamera{}.capture_mobjects({j}, 0);
  ASSERT_EQ(c->items.size(), 1u);
  EXPECT_EQ(c->items[0].line_cap, 3);
  EXPECT_EQ(c->items[0].line_join, 2);
}

// Manim: cap_style is an attribute deepcopy copies; get_style / set_style (match_style) and
// interpolate_color (become, Transform) leave it alone.
TEST(CapStyle, CarriedByCopyOnly) {
  VMobject round = thick_line(1), square = thick_line(3);
  EXPECT_EQ(round.copy().node().style.cap_style, 1);
  VMobject a = thick_line(1);
  a.match_style(square);
  EXPECT_EQ(a.node().style.cap_style, 1);
  a.become(square);
  EXPECT_EQ(a.node().style.cap_style, 1);
  VMobject out = thick_line(2);
  detail::interpolate_node(out.node(), round.node(), square.node(), 0.5);
  EXPECT_EQ(out.node().style.cap_style, 2);
  detail::interpolate_node(out.node(), round.node(), square.node(), 1.0);
  EXPECT_EQ(out.node().style.cap_style, 2);
}

// color_using_background_image on a group of ordinary squares: every member is drawn through
// the picture (one layer: they are consecutive with the same image), its colours white. A
// fully covered pixel takes the image's colour (a 1 x 1 image resized to the frame stays
// uniform); outside the squares the background stays black.
TEST(BackgroundImageStyle, AnyVMobjectDrawnThroughThePicture) {
  auto rgba = std::make_shared<const std::vector<std::uint8_t>>(
      std::vector<std::uint8_t>{40, 160, 220, 255});
  auto image = detail::make_background_image(rgba, 1, 1);
  Square a(SquareArgs{.color = RED, .fill_opacity = 1.0}), b(SquareArgs{.fill_opacity = 1.0});
  b.shift({3, 0, 0});
  VGroup g(a, b);
  detail::color_using_background_image(g, image);
  for (const Mobject& m : g.get_family()) {
    EXPECT_EQ(m.node().style.background_image, image);
    EXPECT_EQ(m.get_fill_color(), WHITE);
  }
  FramePtr f = Camera{}.capture_mobjects({g}, 0);
  EXPECT_EQ(f->items.size(), 0u);
  ASSERT_EQ(f->images.size(), 1u);
  EXPECT_EQ(f->images[0].resampling, detail::kBackgroundColoredLayer);
  EXPECT_EQ(f->images[0].sub_frame->items.size(), 2u);
  Picture p = draw({g});
  auto rgb = [&](double x, double y) {
    const double s = kW / (128.0 / 9.0);
    const int i = static_cast<int>(std::floor(kW / 2.0 + x * s));
    const int j = static_cast<int>(std::floor(kH / 2.0 - y * s));
    const std::uint8_t* q = &p.px[(static_cast<std::size_t>(j) * kW + i) * 4];
    return std::vector<int>{q[2], q[1], q[0]};
  };
  EXPECT_EQ(rgb(0, 0), (std::vector<int>{40, 160, 220}));
  EXPECT_EQ(rgb(3, 0), (std::vector<int>{40, 160, 220}));
  EXPECT_EQ(rgb(1.5, 0), (std::vector<int>{0, 0, 0}));
  // A plain square between two pictured ones splits them into two layers.
  Square mid(SquareArgs{.fill_opacity = 1.0});
  FramePtr f2 = Camera{}.capture_mobjects({a, mid, b}, 0);
  EXPECT_EQ(f2->images.size(), 2u);
  EXPECT_EQ(f2->items.size(), 1u);
  // The picture goes with copies and match_style (Manim's get_style has background_image), not
  // with become (Manim's interpolate_color leaves it).
  EXPECT_EQ(a.copy().node().style.background_image, image);
  Square c;
  c.match_style(a);
  EXPECT_EQ(c.node().style.background_image, image);
  Square d;
  d.become(a);
  EXPECT_EQ(d.node().style.background_image, nullptr);
  // A wrong size is refused, naming the sizes.
  EXPECT_THROW(detail::make_background_image(rgba, 2, 1), std::invalid_argument);
}
