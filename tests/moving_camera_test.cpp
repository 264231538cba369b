// MovingCamera, auto_zoom, MultiCamera and ZoomedScene: frame geometry against hand-worked
// numbers, rendered frames of a zoomed camera against the same picture drawn at double size,
// and the zoomed display's picture.
#include "manim/camera/moving_camera.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <vector>

#include "manim/camera/image_mobject_from_camera.hpp"
#include "manim/mobject/geometry.hpp"
#include "manim/scene/config.hpp"
#include "manim/scene/moving_camera_scene.hpp"
#include "render/raster.hpp"

using namespace manim;

namespace {

constexpr double kFW = 128.0 / 9.0;  // config frame_width at 16:9

// Small pictures keep the test fast; the frame stays 14.22 x 8 units.
struct SmallConfig {
  Config saved = config();
  SmallConfig(int w = 320, int h = 180) {
    config().pixel_width = w;
    config().pixel_height = h;
  }
  ~SmallConfig() { config() = saved; }
};

struct Image {
  int w = 0, h = 0;
  std::vector<std::uint8_t> bgra;
  // r, g, b, a of pixel (x, y)
  std::array<int, 4> at(int x, int y) const {
    const std::uint8_t* p = &bgra[(static_cast<std::size_t>(y) * w + x) * 4];
    return {p[2], p[1], p[0], p[3]};
  }
};

Image draw(const Frame& f, int w, int h) {
  Image im{w, h, std::vector<std::uint8_t>(static_cast<std::size_t>(w) * h * 4)};
  detail::rasterize(f, detail::RasterTarget{w, h, false}, im.bgra.data());
  return im;
}

void expect_near(const Vec3& a, const Vec3& b, double tol = 1e-9) {
  EXPECT_NEAR(a.x, b.x, tol);
  EXPECT_NEAR(a.y, b.y, tol);
  EXPECT_NEAR(a.z, b.z, tol);
}

TEST(MovingCamera, FrameIsAnInvisibleScreenRectangleOfTheConfigFrame) {
  SmallConfig small;
  MovingCamera cam;
  EXPECT_EQ(cam.frame.kind(), "ScreenRectangle");
  EXPECT_NEAR(cam.get_frame_width(), kFW, 1e-9);
  EXPECT_NEAR(cam.get_frame_height(), 8.0, 1e-9);
  expect_near(cam.get_frame_center(), ORIGIN);
  EXPECT_EQ(cam.frame.get_stroke_width(), 0.0);
}

TEST(MovingCamera, ViewFollowsMoveScaleAndStretchOfTheFrame) {
  SmallConfig small;
  MovingCamera cam;
  cam.frame.move_to(Vec3{2, 1, 0}).scale(0.5);
  EXPECT_NEAR(cam.get_frame_width(), kFW / 2, 1e-9);
  EXPECT_NEAR(cam.get_frame_height(), 4.0, 1e-9);
  expect_near(cam.get_frame_center(), Vec3{2, 1, 0});
  cam.frame.shift(Vec3{-1, 0.5, 0});
  expect_near(cam.get_frame_center(), Vec3{1, 1.5, 0});

  FramePtr f = cam.capture_mobjects({}, 0);
  EXPECT_NEAR(f->frame_width, kFW / 2, 1e-9);
  EXPECT_NEAR(f->frame_height, 4.0, 1e-9);
  EXPECT_NEAR(f->center_x, 1.0, 1e-9);
  EXPECT_NEAR(f->center_y, 1.5, 1e-9);

  // The property setters stretch about the centre, as Manim's.
  cam.set_frame_width(6);
  EXPECT_NEAR(cam.get_frame_width(), 6.0, 1e-9);
  EXPECT_NEAR(cam.get_frame_height(), 4.0, 1e-9);
  expect_near(cam.get_frame_center(), Vec3{1, 1.5, 0});
  cam.set_frame_center(Vec3{-3, 0, 0});
  expect_near(cam.get_frame_center(), Vec3{-3, 0, 0});
}

TEST(MovingCamera, AutoZoomFitsTheWiderSideAndAddsTheMargin) {
  SmallConfig small;
  MovingCamera cam;
  Square sq(2.0);
  sq.move_to(Vec3{-2, 0, 0});  // x in [-3, -1], y in [-1, 1]
  Circle c(1.0);
  c.move_to(Vec3{3, 1, 0});  // x in [2, 4], y in [0, 2]
  // Box x [-3, 4], y [-1, 2]: centre (0.5, 0.5), 7 x 3; 7/14.22 > 3/8, so the width is fitted.
  AutoZoomPlan p = cam.plan_auto_zoom({sq, c, cam.frame}, 1.0);
  EXPECT_NEAR(p.x, 0.5, 1e-9);
  EXPECT_NEAR(p.y, 0.5, 1e-9);
  EXPECT_FALSE(p.fit_height);
  EXPECT_NEAR(p.size, 8.0, 1e-9);

  // animate=True: the frame itself is untouched until the animation plays.
  Animate a = cam.auto_zoom({sq, c}, 1.0);
  expect_near(cam.get_frame_center(), ORIGIN);
  EXPECT_NEAR(a.target().width(), 8.0, 1e-9);
  EXPECT_NEAR(a.target().height(), 4.5, 1e-9);
  expect_near(a.target().get_center(), Vec3{0.5, 0.5, 0});

  cam.apply_auto_zoom({sq, c}, 1.0);
  EXPECT_NEAR(cam.get_frame_width(), 8.0, 1e-9);
  EXPECT_NEAR(cam.get_frame_height(), 4.5, 1e-9);
  expect_near(cam.get_frame_center(), Vec3{0.5, 0.5, 0});

  // A tall box fits the height: a 1 x 6 rectangle -> height 6, width 6 * 16/9.
  RectangleArgs ra;
  ra.width = 1;
  ra.height = 6;
  Rectangle tall(ra);
  cam.apply_auto_zoom({tall});
  EXPECT_NEAR(cam.get_frame_height(), 6.0, 1e-9);
  EXPECT_NEAR(cam.get_frame_width(), 6.0 * 16 / 9, 1e-9);
  expect_near(cam.get_frame_center(), ORIGIN);
}

TEST(MovingCamera, AutoZoomOnlyInFrameSkipsMobjectsOutsideTheView) {
  SmallConfig small;
  MovingCamera cam;
  Square near_sq(1.0);
  Square far_sq(1.0);
  far_sq.move_to(Vec3{100, 0, 0});
  EXPECT_TRUE(cam.is_in_frame(near_sq));
  EXPECT_FALSE(cam.is_in_frame(far_sq));
  AutoZoomPlan p = cam.plan_auto_zoom({near_sq, far_sq}, 0, true);
  EXPECT_NEAR(p.x, 0, 1e-9);
  EXPECT_NEAR(p.size, 1.0, 1e-9);
  EXPECT_TRUE(p.fit_height);  // 1/14.22 < 1/8
  AutoZoomPlan all = cam.plan_auto_zoom({near_sq, far_sq});
  EXPECT_NEAR(all.x, 50, 1e-9);
  EXPECT_THROW(cam.plan_auto_zoom({far_sq}, 0, true), std::invalid_argument);
  EXPECT_THROW(cam.plan_auto_zoom({cam.frame}), std::invalid_argument);
}

TEST(MovingCamera, ZeroOrNaNFrameIsAClearError) {
  SmallConfig small;
  MovingCamera cam;
  EXPECT_THROW(cam.set_frame_width(0), std::invalid_argument);
  EXPECT_THROW(cam.set_frame_height(std::nan("")), std::invalid_argument);
  cam.frame.scale(0);  // Manim's frame.set(width=0) on a live frame
  try {
    cam.capture_mobjects({}, 0);
    FAIL() << "a zero-size frame must not render";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("camera.frame"), std::string::npos) << e.what();
  }
  MovingCamera cam2;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_THROW(cam2.frame.shift(Vec3{nan, 0, 0}), std::invalid_argument);  // refused at once
  for (Vec3& p : cam2.frame.node().points) p.x = nan;  // e.g. an updater computing NaN
  EXPECT_THROW(cam2.capture_mobjects({}, 0), std::invalid_argument);
}

// A circle seen by a camera zoomed 2x on it is the circle drawn twice as large (stroke width
// doubled too: Manim's line width is in scene units) by the plain camera.
TEST(MovingCamera, ZoomedTwiceMatchesTheSameCircleDrawnAtDoubleSize) {
  SmallConfig small(480, 270);
  CircleArgs ca;
  ca.fill_opacity = 0.5;
  ca.stroke_width = 4;
  Circle c(1.0, ca);
  c.move_to(Vec3{1, 0.5, 0});
  MovingCamera zoomed;
  zoomed.frame.scale(0.5).move_to(c);
  const Image a = draw(*zoomed.capture_mobjects({c}, 0), 480, 270);

  Circle big = c.copy();
  big.scale(2).move_to(ORIGIN).set_stroke(std::nullopt, 8.0);
  Camera plain;
  const Image b = draw(*plain.capture_mobjects({big}, 0), 480, 270);

  // The same geometry up to float rounding of the matrix: at most 2/255 per channel.
  int max_diff = 0;
  long red_pixels = 0;
  for (std::size_t i = 0; i < a.bgra.size(); ++i)
    max_diff = std::max(max_diff, std::abs(int(a.bgra[i]) - int(b.bgra[i])));
  for (int y = 0; y < 270; ++y)
    for (int x = 0; x < 480; ++x) red_pixels += a.at(x, y)[0] > 100;
  EXPECT_LE(max_diff, 2);
  EXPECT_GT(red_pixels, 3000);  // the picture is not empty: ~pi * 67^2 px of circle
  // The circle's right edge: radius 2 units at 33.75 px/unit = 67.5 px right of the centre.
  EXPECT_GT(a.at(240 + 66, 135)[0], 150);
  EXPECT_LT(a.at(240 + 75, 135)[0], 10);
}

TEST(MovingCamera, StretchedFrameStretchesThePicture) {
  SmallConfig small(320, 180);
  SquareArgs sa;
  sa.fill_opacity = 1;
  sa.stroke_width = 0;
  Square sq(2.0, sa);
  MovingCamera cam;
  cam.frame.stretch_to_fit_width(kFW / 2);  // x twice as magnified as y
  const Image im = draw(*cam.capture_mobjects({sq}, 0), 320, 180);
  auto lit = [&](int x, int y) { return im.at(x, y)[2] > 128; };  // Square is BLUE... any
  // 1 unit = 45 px across, 22.5 px down: the square spans x 160 +- 45, y 90 +- 22.5.
  EXPECT_TRUE(lit(160 + 43, 90));
  EXPECT_FALSE(lit(160 + 48, 90));
  EXPECT_TRUE(lit(160, 90 + 21));
  EXPECT_FALSE(lit(160, 90 + 25));
}

TEST(ZoomedScene, SetupPlacesTheZoomedFrameAndDisplayAsManim) {
  SmallConfig small;
  struct S : ZoomedScene {
    void construct() override {}
  } s;
  s.setup();
  ASSERT_TRUE(s.zoomed_camera);
  ASSERT_TRUE(s.zoomed_display);
  // Frame: 3 x 3 scaled by zoom_factor 0.15, at the origin, stroke width 2.
  EXPECT_NEAR(s.zoomed_camera->get_frame_width(), 0.45, 1e-9);
  EXPECT_NEAR(s.zoomed_camera->get_frame_height(), 0.45, 1e-9);
  expect_near(s.zoomed_camera->get_frame_center(), ORIGIN);
  EXPECT_EQ(s.zoomed_camera->frame.get_stroke_width(), 2.0);
  // Display: 3 x 3 in the upper right corner, buff 0.5: centre (7.11 - 2, 4 - 2).
  EXPECT_NEAR(s.zoomed_display->width(), 3.0, 1e-9);
  EXPECT_NEAR(s.zoomed_display->height(), 3.0, 1e-9);
  expect_near(s.zoomed_display->get_center(), Vec3{kFW / 2 - 2, 2, 0}, 1e-9);
  EXPECT_NEAR(s.get_zoom_factor(), 0.15, 1e-12);
  ASSERT_TRUE(s.zoomed_display->display_frame());
  EXPECT_EQ(s.zoomed_display->display_frame()->get_stroke_width(), 3.0);
}

TEST(ZoomedScene, DisplayShowsTheZoomedCameraPicture) {
  SmallConfig small(320, 180);
  struct S : ZoomedScene {
    void construct() override {
      SquareArgs sa;
      sa.fill_opacity = 1;
      sa.stroke_width = 0;
      sa.color = RED;
      Square sq(0.2, sa);  // at the origin, inside the 0.45-unit zoomed frame
      add(sq);
      activate_zooming();
    }
  } s;
  s.render(nullptr);
  FramePtr f = s.capture_frame();
  ASSERT_EQ(f->images.size(), 1u);
  // The sub-camera covers the display: 320 * 3 / 14.22 = 67.5 -> 67 px, 180 * 3 / 8 -> 67 px.
  EXPECT_EQ(f->images[0].pixel_width, 67);
  EXPECT_EQ(f->images[0].pixel_height, 67);
  const Image im = draw(*f, 320, 180);
  // Display centre (5.11, 2) -> pixel (275, 45); the square (0.2 of 0.45 units) fills
  // +-0.667 units = +-15 px around it, the rest of the display is the black background.
  const int cx = 160 + static_cast<int>((kFW / 2 - 2) * 22.5), cy = 90 - 45;
  EXPECT_GT(im.at(cx, cy)[0], 200);
  EXPECT_LT(im.at(cx, cy)[1], 100);
  EXPECT_GT(im.at(cx + 12, cy + 12)[0], 200);
  EXPECT_LT(im.at(cx + 20, cy)[0], 30);
  EXPECT_LT(im.at(cx, cy - 20)[0], 30);
  // The small square itself in the main view: 0.2 units = 4.5 px at the centre.
  EXPECT_GT(im.at(160, 90)[0], 200);
  // The display frame (white, stroke 3) on the display's left edge at x = 5.11 - 1.5 units.
  const int left = 160 + static_cast<int>(std::lround((kFW / 2 - 3.5) * 22.5));
  const auto edge = im.at(left, cy + 10);
  EXPECT_GT(edge[0] + edge[1] + edge[2], 300);
}

TEST(ZoomedScene, ZoomInAnimationStartsFromTheFullViewAndRestores) {
  SmallConfig small;
  struct S : ZoomedScene {
    void construct() override {}
  } s;
  s.setup();
  AnimationPtr a = s.get_zoom_in_animation();
  // Before playing, the frame covers the whole view with no stroke.
  EXPECT_NEAR(s.zoomed_camera->get_frame_width(), kFW, 1e-9);
  EXPECT_NEAR(s.zoomed_camera->get_frame_height(), 8.0, 1e-9);
  EXPECT_EQ(s.zoomed_camera->frame.get_stroke_width(), 0.0);
  EXPECT_EQ(a->get_run_time(), 2.0);
  s.play(Anim(a));
  EXPECT_NEAR(s.zoomed_camera->get_frame_width(), 0.45, 1e-9);
  EXPECT_EQ(s.zoomed_camera->frame.get_stroke_width(), 2.0);

  AnimationPtr pop = s.get_zoomed_display_pop_out_animation();
  EXPECT_NEAR(s.zoomed_display->width(), 0.45, 1e-9);
  expect_near(s.zoomed_display->get_center(), ORIGIN, 1e-9);
  s.play(Anim(pop));
  EXPECT_NEAR(s.zoomed_display->width(), 3.0, 1e-9);
  expect_near(s.zoomed_display->get_center(), Vec3{kFW / 2 - 2, 2, 0}, 1e-9);
}

TEST(ZoomedScene, UseBeforeSetupIsAClearError) {
  struct S : ZoomedScene {
    void construct() override {}
  } s;
  EXPECT_THROW(s.activate_zooming(), std::logic_error);
  ZoomedSceneArgs bad;
  bad.zoom_factor = 0;
  struct T : ZoomedScene {
    using ZoomedScene::ZoomedScene;
    void construct() override {}
  } t(bad);
  EXPECT_THROW(t.setup(), std::invalid_argument);
}

}  // namespace
