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
    for (const PathItem& it : cam.capture_mobjects(mobs, 0)->items) out.push_back(it.fill);
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
