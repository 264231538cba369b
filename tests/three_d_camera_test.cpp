// ThreeDCamera / ThreeDScene: projection against hand-worked numbers, depth order of shaded
// faces, Manim's shading, fixed-in-frame and fixed-orientation mobjects, a rendered frame.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "manim/manim.hpp"
#include "render/raster.hpp"

using namespace manim;

namespace {

constexpr double kTol = 1e-9;

void expect_near(const Vec3& got, const Vec3& want, double tol = 1e-5) {
  EXPECT_NEAR(got.x, want.x, tol);
  EXPECT_NEAR(got.y, want.y, tol);
  EXPECT_NEAR(got.z, want.z, tol);
}

// A closed square of side 2 in the plane z, corners UR, UL, DL, DR (Manim's Square order).
Polygon square_at(double z, const Color& fill) {
  Polygon p({Vec3{1, 1, z}, Vec3{-1, 1, z}, Vec3{-1, -1, z}, Vec3{1, -1, z}},
            {.fill_color = fill, .fill_opacity = 1, .stroke_width = 0});
  return p;
}

class Empty : public ThreeDScene {
 public:
  using ThreeDScene::ThreeDScene;
  void construct() override {}
};

}  // namespace

// The default view (phi 0, theta -90 degrees) is the identity rotation: only the perspective
// d / (d - z) with d = 20 scales x and y.
TEST(ThreeDCamera, DefaultViewProjectsWithFocalDistance) {
  ThreeDCamera cam;
  expect_near(cam.project_point({1, 2, 0}), {1, 2, 0}, kTol);
  expect_near(cam.project_point({1, 2, 1}), {20.0 / 19, 40.0 / 19, 1}, kTol);
  expect_near(cam.project_point({1, 2, -20}), {0.5, 1, -20}, kTol);
}

// theta 0, phi 0: Rz(-90 degrees), so +x goes down the screen; zoom 2 doubles it.
TEST(ThreeDCamera, ThetaZeroTurnsXDownAndZoomScales) {
  ThreeDCamera cam({.theta = 0, .zoom = 2});
  expect_near(cam.project_point({1, 0, 0}), {0, -2, 0}, kTol);
  expect_near(cam.project_point({0, 1, 0}), {2, 0, 0}, kTol);
  // 1920 px across 128/9 units: 135 px per unit; (0, -2) is 270 px below the centre.
  const Vec3 px = cam.point_to_pixel(cam.project_point({1, 0, 0}));
  EXPECT_NEAR(px.x, cam.pixel_width / 2.0, 1e-9);
  EXPECT_NEAR(px.y, cam.pixel_height / 2.0 + 2 * cam.pixels_per_unit(), 1e-9);
}

// phi 90 degrees, theta -90 degrees: looking along +y, OUT is up, +y is away from the viewer.
TEST(ThreeDCamera, PhiNinetyLooksAlongY) {
  ThreeDCamera cam({.phi = 90 * DEGREES});
  expect_near(cam.project_point({0, 0, 1}), {0, 1, 0}, kTol);
  expect_near(cam.project_point({1, 1, 0}), {20.0 / 21, 0, -1}, kTol);
}

// phi 60, theta -45 degrees, point (1, 0, 0), worked by hand:
// Rz(-45) -> (0.707107, -0.707107, 0); Rx(-60) -> (0.707107, -0.353553, 0.612372);
// factor 20 / (20 - 0.612372) = 1.031586 -> (0.729441, -0.364721).
TEST(ThreeDCamera, ObliqueViewMatchesHandWorkedNumbers) {
  ThreeDCamera cam({.phi = 60 * DEGREES, .theta = -45 * DEGREES});
  expect_near(cam.project_point({1, 0, 0}), {0.729441, -0.364721, 0.612372}, 1e-6);
  // The frame centre is subtracted first: the same point seen around (1, 0, 0) is the origin.
  cam.set_frame_center({1, 0, 0});
  expect_near(cam.project_point({1, 0, 0}), {0, 0, 0}, kTol);
}

TEST(ThreeDCamera, ExponentialProjection) {
  ThreeDCamera cam({.exponential_projection = true});
  expect_near(cam.project_point({1, 0, 2}), {std::exp(0.1), 0, 2}, kTol);
  expect_near(cam.project_point({1, 0, -2}), {20.0 / 22, 0, -2}, kTol);
}

TEST(ThreeDCamera, BadValuesAreClearErrors) {
  ThreeDCamera cam;
  try {
    cam.set_phi(std::nan(""));
    FAIL() << "set_phi(nan) did not throw";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("phi"), std::string::npos) << e.what();
  }
  Empty scene;
  try {
    scene.set_camera_orientation({.phi = std::nan("")});
    FAIL() << "set_camera_orientation(phi=nan) did not throw";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("set_camera_orientation: phi must be a finite"),
              std::string::npos)
        << e.what();
  }
  EXPECT_DOUBLE_EQ(scene.camera().get_phi(), 0);  // nothing was set
  EXPECT_THROW(scene.begin_ambient_camera_rotation(0.1, "psi"), std::invalid_argument);
}

// Shaded members are drawn farthest first; others after them in z_index order.
TEST(ThreeDCamera, DepthOrderOfShadedFaces) {
  const Color near_c{1, 0, 0}, far_c{0, 0, 1}, flat_c{0, 1, 0};
  auto near_sq = square_at(1, near_c);
  auto far_sq = square_at(-1, far_c);
  auto flat = square_at(0, flat_c);
  set_shade_in_3d(near_sq);
  set_shade_in_3d(far_sq);
  ThreeDCamera cam({.should_apply_shading = false});
  const std::vector<Mobject> mobs{flat, near_sq, far_sq};
  auto order = [&] {
    std::vector<Color> out;
    const FramePtr f = cam.capture_mobjects(mobs, 0);  // owns the items while they are read
    for (const PathItem& it : f->items) out.push_back(it.fill);
    return out;
  };
  auto same = [](const Color& a, const Color& b) { return a.r == b.r && a.g == b.g && a.b == b.b; };
  auto o = order();
  ASSERT_EQ(o.size(), 3u);
  EXPECT_TRUE(same(o[0], far_c));
  EXPECT_TRUE(same(o[1], near_c));
  EXPECT_TRUE(same(o[2], flat_c));
  // Seen from below (phi 180 degrees) the depths swap.
  cam.set_phi(180 * DEGREES);
  o = order();
  EXPECT_TRUE(same(o[0], near_c));
  EXPECT_TRUE(same(o[1], far_c));
  EXPECT_TRUE(same(o[2], flat_c));
}

// Manim's shading of a face in the plane z = 0 lit from (-7, -9, 10): normal OUT at both
// corners; start corner (1, 1, 0): 0.5 * (10 / sqrt(264))^3 = 0.116564; end corner (point 6,
// (-1, -1/3, 0)): 0.5 * (10 / sqrt(211.111))^3 = 0.163006.
TEST(ThreeDCamera, ShadingMatchesHandWorkedNumbers) {
  auto sq = square_at(0, Color{0.2, 0.3, 0.4});
  set_shade_in_3d(sq);
  ThreeDCamera cam;
  auto frame = cam.capture_mobjects({sq}, 0);
  ASSERT_EQ(frame->items.size(), 1u);
  const LinearGradient& g = frame->items[0].fill_gradient;
  ASSERT_EQ(g.stops.size(), 2u);
  EXPECT_NEAR(g.stops[0].r, 0.316564, 1e-6);
  EXPECT_NEAR(g.stops[0].b, 0.516564, 1e-6);
  EXPECT_NEAR(g.stops[1].g, 0.463006, 1e-6);
  EXPECT_NEAR(g.x0, 1, kTol);
  EXPECT_NEAR(g.y0, 1, kTol);
  EXPECT_NEAR(g.x1, -1, kTol);
  EXPECT_NEAR(g.y1, -1.0 / 3, kTol);
  // get_shaded_rgb alone: a face turned away is darkened by half the cube.
  const Color d = get_shaded_rgb(Color{0.5, 0.5, 0.5}, ORIGIN, IN, Vec3{0, 0, 10});
  EXPECT_NEAR(d.r, 0.5 - 0.25, kTol);
}

TEST(ThreeDCamera, FixedInFrameAndFixedOrientation) {
  ThreeDCamera cam({.theta = 0});  // x goes down the screen
  auto fixed = square_at(0, Color{1, 0, 0});
  auto oriented = square_at(0, Color{0, 1, 0});
  oriented.shift({2, 0, 0});
  cam.add_fixed_in_frame_mobjects({fixed});
  cam.add_fixed_orientation_mobjects({oriented});
  auto frame = cam.capture_mobjects({fixed, oriented}, 0);
  ASSERT_EQ(frame->items.size(), 2u);
  // Fixed in frame: drawn as given (UR corner first).
  EXPECT_NEAR(frame->items[0].xy[0], 1, kTol);
  EXPECT_NEAR(frame->items[0].xy[1], 1, kTol);
  // Fixed orientation: not turned, but moved so that its centre (2, 0) lands on (0, -2).
  EXPECT_NEAR(frame->items[1].xy[0], 1, kTol);
  EXPECT_NEAR(frame->items[1].xy[1], -1, kTol);
  cam.remove_fixed_in_frame_mobjects({fixed});
  EXPECT_FALSE(cam.is_fixed_in_frame(fixed));
  frame = cam.capture_mobjects({fixed}, 0);
  EXPECT_NEAR(frame->items[0].xy[0], 1, kTol);  // UR (1, 1) -> (1, -1) once rotated
  EXPECT_NEAR(frame->items[0].xy[1], -1, kTol);
}

// A red rectangle x in [0, 2], y in [-0.5, 0.5] seen with theta 0 is turned to x in
// [-0.5, 0.5], y in [-2, 0]; at 192x108 (13.5 px per unit) that is px [89.25, 102.75],
// py [54, 81]. Interior pixels must be pure red, where it lay unturned pure black (+-1).
TEST(ThreeDCamera, RenderedFrameIsTurned) {
  ThreeDCamera cam({.theta = 0});
  Polygon r({Vec3{2, 0.5, 0}, Vec3{0, 0.5, 0}, Vec3{0, -0.5, 0}, Vec3{2, -0.5, 0}},
            {.fill_color = Color{1, 0, 0}, .fill_opacity = 1, .stroke_width = 0});
  auto frame = cam.capture_mobjects({r}, 0);
  const int w = 192, h = 108;
  std::vector<std::uint8_t> bgra(static_cast<std::size_t>(w) * h * 4);
  detail::RasterTarget t;
  t.width = w;
  t.height = h;
  detail::rasterize(*frame, t, bgra.data());
  auto px = [&](int x, int y) {
    const std::uint8_t* p = &bgra[(static_cast<std::size_t>(y) * w + x) * 4];
    return std::vector<int>{p[2], p[1], p[0]};
  };
  for (auto [x, y] : {std::pair{96, 70}, {91, 56}, {101, 79}}) {
    auto c = px(x, y);
    EXPECT_GE(c[0], 254) << x << "," << y;
    EXPECT_LE(c[1], 1);
    EXPECT_LE(c[2], 1);
  }
  for (auto [x, y] : {std::pair{115, 54}, {96, 40}, {105, 70}}) {
    auto c = px(x, y);
    EXPECT_LE(c[0], 1) << x << "," << y;
  }
}

// move_camera plays the trackers to their targets over Manim's frame count and removes the
// frame centre from the scene afterwards; the ambient rotation turns theta while waiting.
TEST(ThreeDScene, MoveCameraAndAmbientRotation) {
  struct S : ThreeDScene {
    void construct() override {
      add(square_at(0, Color{1, 1, 1}));
      move_camera({.phi = 45 * DEGREES, .zoom = 0.5, .frame_center = Vec3{0, 0, -1}}, {},
                  {.run_time = 1});
      begin_ambient_camera_rotation(0.5);
      wait(1);
      stop_ambient_camera_rotation();
      wait(1);
    }
  } s;
  s.render(nullptr);
  EXPECT_NEAR(s.camera().get_phi(), 45 * DEGREES, 1e-12);
  EXPECT_NEAR(s.camera().get_zoom(), 0.5, 1e-12);
  expect_near(s.camera().get_frame_center(), {0, 0, -1}, 1e-12);
  const double turned = s.camera().get_theta() - (-90 * DEGREES);
  EXPECT_GT(turned, 0.45);
  EXPECT_LE(turned, 0.5 + 1e-12);
  // The square and the phi and zoom trackers play() added (as Manim); frame centre and theta
  // tracker left again.
  EXPECT_EQ(s.mobjects().size(), 3u);
  const double fps = config().frame_rate;
  EXPECT_EQ(s.frames_emitted(), static_cast<std::size_t>(3 * fps));
}

// ------------------------------------------------ Manim's cached cairo context (first capture)

// Manim keeps the cairo context made at the first capture that drew a VMobject; its translation
// holds the frame centre of that moment. Default view (identity rotation, d = 20): the square's
// UR corner (1, 1, 0) seen around (1, 2, 3) is (0, -1, -3) scaled by 20 / 23. Manim draws it at
// that point from the FIRST frame centre (the origin), i.e. at scene (0, -20/23) + (0, 0) on
// screen; with our frame centred on the live (1, 2) the path is moved by (1, 2) to land there.
TEST(ThreeDCamera, PathsKeepTheFrameCentreOfTheFirstCapture) {
  auto sq = square_at(0, Color{1, 1, 1});
  ThreeDCamera cam;
  auto f0 = cam.capture_mobjects({sq}, 0);  // first capture: frame centre (0, 0, 0)
  EXPECT_NEAR(f0->items[0].xy[0], 1, kTol);
  EXPECT_NEAR(f0->items[0].xy[1], 1, kTol);
  cam.set_frame_center({1, 2, 3});
  auto f1 = cam.capture_mobjects({sq}, 1);
  EXPECT_DOUBLE_EQ(f1->center_x, 1);
  EXPECT_DOUBLE_EQ(f1->center_y, 2);
  EXPECT_NEAR(f1->items[0].xy[0], 0 + 1, 1e-12);
  EXPECT_NEAR(f1->items[0].xy[1], -20.0 / 23 + 2, 1e-12);
  // On screen (relative to the frame centre): (0, -20/23), moved once, as Manim draws it.
  EXPECT_NEAR(f1->items[0].xy[0] - f1->center_x, 0, 1e-12);
  EXPECT_NEAR(f1->items[0].xy[1] - f1->center_y, -20.0 / 23, 1e-12);

  // A camera whose first capture is already at (1, 2, 3) keeps that one: no shift, so the
  // frame centre counts twice (projection and frame), as in Manim.
  ThreeDCamera moved;
  moved.set_frame_center({1, 2, 3});
  auto g = moved.capture_mobjects({sq}, 0);
  EXPECT_NEAR(g->items[0].xy[0], 0, 1e-12);
  EXPECT_NEAR(g->items[0].xy[1], -20.0 / 23, 1e-12);
  EXPECT_DOUBLE_EQ(g->center_x, 1);
  // A capture with no VMobject makes no context: the first one that draws a path decides.
  ThreeDCamera late;
  late.capture_mobjects({}, 0);
  late.set_frame_center({1, 2, 3});
  auto h = late.capture_mobjects({sq}, 1);
  EXPECT_NEAR(h->items[0].xy[0], 0, 1e-12);
}

// The 2D Camera caches its context too (measured on Manim CE v0.18.0: after
// camera.frame_center = (1, 1, 0) a Square stays where it was drawn, an ImageMobject moves by
// (-1, -1)); a MovingCamera makes a new context every frame, so its paths follow the frame.
TEST(Camera, PathsKeepTheFirstFrameCentreImagesFollowTheLiveOne) {
  Square sq({.side_length = 1});
  sq.move_to({-3, 0, 0});
  ImageMobject img(1, 1, 4, {0, 255, 0, 255});
  img.set_height(1);
  img.move_to({3, 0, 0});
  Camera cam;
  auto f0 = cam.capture_mobjects({sq, img}, 0);
  const double x0 = f0->items[0].xy[0], y0 = f0->items[0].xy[1];
  cam.frame_center = {1, 1, 0};
  auto f1 = cam.capture_mobjects({sq, img}, 1);
  EXPECT_DOUBLE_EQ(f1->center_x, 1);
  EXPECT_DOUBLE_EQ(f1->items[0].xy[0], x0 + 1);  // (1, 1) more: the same pixels as before
  EXPECT_DOUBLE_EQ(f1->items[0].xy[1], y0 + 1);
  ASSERT_EQ(f1->images.size(), 1u);
  EXPECT_DOUBLE_EQ(f1->images[0].ul[0], f0->images[0].ul[0]);  // scene units: moves on screen
  EXPECT_DOUBLE_EQ(f1->images[0].ul[1], f0->images[0].ul[1]);

  MovingCamera mc;
  auto m0 = mc.capture_mobjects({sq}, 0);
  mc.frame.move_to({1, 1, 0});
  auto m1 = mc.capture_mobjects({sq}, 1);
  EXPECT_DOUBLE_EQ(m1->center_x, 1);
  EXPECT_DOUBLE_EQ(m1->items[0].xy[0], m0->items[0].xy[0]);  // moves on screen with the frame
}

// The scene's first capture is the start of its first play (Manim's static frame or t = 0),
// also under -s, which captures only the end: after move_camera(frame_center=(1, 2, 0)) the
// last frame keeps the origin's context (Manim's test_threed CameraMoveAxes).
TEST(ThreeDScene, FirstCaptureIsTheStartOfTheFirstPlayEvenWhenSkipping) {
  struct S : ThreeDScene {
    bool add_first = true;
    void construct() override {
      if (add_first) add(square_at(0, Color{1, 1, 1}));
      move_camera({.frame_center = Vec3{1, 2, 0}}, {}, {.run_time = 1});
      if (!add_first) add(square_at(0, Color{1, 1, 1}));
    }
  };
  const bool saved = config().save_last_frame;
  config().save_last_frame = true;
  S s;
  s.render(nullptr);
  auto f = s.capture_frame();
  // UR corner (1, 1, 0) - (1, 2, 0) = (0, -1, 0), drawn from the origin's context.
  EXPECT_NEAR(f->items[0].xy[0] - f->center_x, 0, 1e-12);
  EXPECT_NEAR(f->items[0].xy[1] - f->center_y, -1, 1e-12);
  // Nothing to draw while the camera moved: the final capture makes the context.
  S t;
  t.add_first = false;
  t.render(nullptr);
  f = t.capture_frame();
  EXPECT_NEAR(f->items[0].xy[0] - f->center_x, -1, 1e-12);
  EXPECT_NEAR(f->items[0].xy[1] - f->center_y, -3, 1e-12);
  config().save_last_frame = saved;
}

// ------------------------------------------------ z_index in 3D (Manim's get_mobjects_to_display)

// Members are first sorted by z_index (stable), then stably by depth, where members without
// shade_in_3d have depth +infinity. So: a shaded member's depth beats any z_index, z_index only
// orders shaded members of equal depth, and every unshaded member is drawn after every shaded
// one, in z_index order.
TEST(ThreeDCamera, ZIndexOrdersOnlyWithinEqualDepthAndAmongUnshaded) {
  const Color far_hi{0, 0, 1}, near_lo{1, 0, 0}, mid_a{0.5, 0, 0}, mid_b{0, 0.5, 0},
      flat_hi{0, 1, 0}, flat_lo{1, 1, 0};
  auto far_sq = square_at(-1, far_hi);
  auto near_sq = square_at(1, near_lo);
  auto a = square_at(0, mid_a);
  auto b = square_at(0, mid_b);
  auto f_hi = square_at(0, flat_hi);
  auto f_lo = square_at(0, flat_lo);
  for (Polygon* p : {&far_sq, &near_sq, &a, &b}) set_shade_in_3d(*p);
  far_sq.set_z_index(10);  // farther: drawn first although its z_index is the highest
  near_sq.set_z_index(-10);
  a.set_z_index(2);  // same depth as b: the lower z_index first
  b.set_z_index(1);
  f_hi.set_z_index(5);
  f_lo.set_z_index(-20);  // unshaded: after all shaded members despite the lowest z_index
  ThreeDCamera cam({.should_apply_shading = false});
  auto frame = cam.capture_mobjects({f_hi, f_lo, far_sq, near_sq, a, b}, 0);
  const std::vector<Color> want{far_hi, mid_b, mid_a, near_lo, flat_lo, flat_hi};
  ASSERT_EQ(frame->items.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    const Color& c = frame->items[i].fill;
    EXPECT_TRUE(c.r == want[i].r && c.g == want[i].g && c.b == want[i].b) << "item " << i;
  }
}

// Two overlapping cubes, faces in Manim's order IN, OUT, LEFT, RIGHT, UP, DOWN. Cube A at the
// origin, cube B shifted by (0.5, 0.5, 1.5). Default view: depth = z of the face centre,
// A: IN -1, OUT 1, sides 0; B: IN 0.5, OUT 2.5, sides 1.5 (ties keep the scene order).
// phi 60 degrees (theta -90): depth = -sin(60) y + cos(60) z = -0.866 y + 0.5 z, so
// A: UP -0.866, IN -0.5, LEFT = RIGHT 0, OUT 0.5, DOWN 0.866; B adds 0.317:
// UP -0.549, IN -0.183, LEFT = RIGHT 0.317, OUT 0.817, DOWN 1.183.
TEST(ThreeDCamera, FaceOrderOfOverlappingCubes) {
  Cube a, b;
  b.shift({0.5, 0.5, 1.5});
  for (std::size_t i = 0; i < 6; ++i) {
    a[i].set_fill(Color{0.1 * (i + 1), 0, 0}, 1.0);
    b[i].set_fill(Color{0, 0.1 * (i + 1), 0}, 1.0);
  }
  enum { IN_, OUT_, LEFT_, RIGHT_, UP_, DOWN_ };
  auto label = [](const Color& c) {
    const bool is_a = c.r > 0;
    const int face = static_cast<int>(std::lround((is_a ? c.r : c.g) * 10)) - 1;
    return std::string(is_a ? "A" : "B") + std::to_string(face);
  };
  auto order = [&](const ThreeDCamera& cam) {
    std::vector<std::string> out;
    const FramePtr f = cam.capture_mobjects({a, b}, 0);  // owns the items while they are read
    for (const PathItem& it : f->items) out.push_back(label(it.fill));
    return out;
  };
  auto name = [](const char* cube, int face) { return std::string(cube) + std::to_string(face); };
  ThreeDCamera top({.should_apply_shading = false});
  EXPECT_EQ(order(top), (std::vector<std::string>{
                            name("A", IN_), name("A", LEFT_), name("A", RIGHT_), name("A", UP_),
                            name("A", DOWN_), name("B", IN_), name("A", OUT_), name("B", LEFT_),
                            name("B", RIGHT_), name("B", UP_), name("B", DOWN_), name("B", OUT_)}));
  ThreeDCamera side({.should_apply_shading = false, .phi = 60 * DEGREES});
  EXPECT_EQ(order(side),
            (std::vector<std::string>{name("A", UP_), name("B", UP_), name("A", IN_),
                                      name("B", IN_), name("A", LEFT_), name("A", RIGHT_),
                                      name("B", LEFT_), name("B", RIGHT_), name("A", OUT_),
                                      name("B", OUT_), name("A", DOWN_), name("B", DOWN_)}));
}
