// Rasteriser pixel checks against docs/manim_facts.md §12, and the display-list builder's ordering
// and subpath rules. Frames are built by hand so these tests depend only on the render layer.
#include <cairo.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

#include "manim/camera/camera.hpp"
#include "manim/core/color.hpp"
#include "manim/mobject/mobject.hpp"
#include "manim/scene/config.hpp"
#include "render/raster.hpp"

using namespace manim;

namespace {

constexpr double kFrameWidth = 128.0 / 9.0;

struct Px {
  int r, g, b, a;
};

struct Canvas {
  int w, h;
  std::vector<std::uint8_t> bgra;
  Canvas(int w_, int h_) : w(w_), h(h_), bgra(static_cast<std::size_t>(w_) * h_ * 4) {}
  Px at(int x, int y) const {
    const std::uint8_t* p = &bgra[(static_cast<std::size_t>(y) * w + x) * 4];
    return {p[2], p[1], p[0], p[3]};
  }
};

Canvas draw(const Frame& f, int w, int h, bool transparent = false) {
  Canvas c(w, h);
  detail::RasterTarget t;
  t.width = w;
  t.height = h;
  t.transparent = transparent;
  detail::rasterize(f, t, c.bgra.data());
  return c;
}

// A straight cubic from a to b (handles at thirds), as Manim's Line.
void add_segment(PathItem& item, double ax, double ay, double bx, double by) {
  const auto first = static_cast<std::uint32_t>(item.xy.size() / 2);
  item.xy.insert(item.xy.end(), {ax, ay, ax + (bx - ax) / 3, ay + (by - ay) / 3,
                                 ax + 2 * (bx - ax) / 3, ay + 2 * (by - ay) / 3, bx, by});
  item.subpaths.push_back({first, 1, false});
}

// A closed polygon as one subpath of straight cubics.
void add_polygon(PathItem& item, const std::vector<std::pair<double, double>>& corners) {
  const auto first = static_cast<std::uint32_t>(item.xy.size() / 2);
  item.xy.push_back(corners[0].first);
  item.xy.push_back(corners[0].second);
  for (std::size_t i = 0; i < corners.size(); ++i) {
    auto [ax, ay] = corners[i];
    auto [bx, by] = corners[(i + 1) % corners.size()];
    item.xy.insert(item.xy.end(), {ax + (bx - ax) / 3, ay + (by - ay) / 3, ax + 2 * (bx - ax) / 3,
                                   ay + 2 * (by - ay) / 3, bx, by});
  }
  item.subpaths.push_back({first, static_cast<std::uint32_t>(corners.size()), true});
}

PathItem square_item(double half, Color fill, Color stroke, double stroke_width) {
  PathItem it;
  add_polygon(it, {{half, half}, {-half, half}, {-half, -half}, {half, -half}});
  it.fill = fill;
  it.stroke = stroke;
  it.stroke_width = stroke_width;
  return it;
}

Color alpha(Color c, double a) { return {c.r, c.g, c.b, a}; }

void expect_near(Px p, int r, int g, int b, int tol) {
  EXPECT_NEAR(p.r, r, tol);
  EXPECT_NEAR(p.g, g, tol);
  EXPECT_NEAR(p.b, b, tol);
}

}  // namespace

// docs/manim_facts.md §12: at qh a line from x = -6 to 6 (stroke 4, butt caps) lights columns
// 150..1769.
TEST(Raster, LineLightsExactlyColumns150To1769AtQh) {
  Frame f;
  PathItem line;
  add_segment(line, -6, 0, 6, 0);
  line.stroke = WHITE;
  line.stroke_width = 4;
  line.fill = alpha(WHITE, 0);
  f.items.push_back(line);
  Canvas c = draw(f, 1920, 1080);
  int first = -1, last = -1;
  for (int x = 0; x < 1920; ++x)
    if (c.at(x, 540).r > 0) {
      if (first < 0) first = x;
      last = x;
    }
  EXPECT_EQ(first, 150);
  EXPECT_EQ(last, 1769);
  EXPECT_EQ(c.at(150, 540).r, 255);  // butt cap ends exactly on the pixel edge
  EXPECT_EQ(c.at(1769, 540).r, 255);
  // 5.4 px wide, centred on y = 540: rows 538..541 full, 537 and 542 at 0.7 coverage
  // (cairo's scan converter quantises coverage: 170/255 here).
  EXPECT_EQ(c.at(960, 539).r, 255);
  EXPECT_NEAR(c.at(960, 537).r, 0.7 * 255, 12);
  EXPECT_EQ(c.at(960, 537).r, c.at(960, 542).r);
  EXPECT_EQ(c.at(960, 536).r, 0);
}

// Stroke width 4 is 2.401875 px at ql (854x480): the column coverage adds up to that width.
TEST(Raster, StrokeWidth4Is2Point401875PxAtQl) {
  Frame f;
  PathItem line;
  add_segment(line, -3, 0.123, 3, 0.123);  // off the pixel grid on purpose
  line.stroke = WHITE;
  line.stroke_width = 4;
  f.items.push_back(line);
  Canvas c = draw(f, 854, 480);
  double coverage = 0;
  for (int y = 0; y < 480; ++y) coverage += c.at(427, y).r / 255.0;
  EXPECT_NEAR(coverage, 2.401875, 0.01);
  // The camera height at ql is 14.2222 * 480 / 854 = 7.993755, with 60.046875 px per unit in
  // both directions: y = 3.9 is centred at pixel y 240 - 3.9 * 60.046875 = 5.817.
  Frame g;
  PathItem h;
  add_segment(h, -1, 3.9, 1, 3.9);
  h.stroke = WHITE;
  h.stroke_width = 4;
  g.items.push_back(h);
  Canvas d = draw(g, 854, 480);
  double sum = 0, moment = 0;
  for (int y = 0; y < 20; ++y) {
    const double v = d.at(427, y).r / 255.0;
    sum += v;
    moment += v * (y + 0.5);
  }
  EXPECT_NEAR(moment / sum, 240 - 3.9 * 854 / kFrameWidth, 0.1);  // coverage is quantised
}

// docs/manim_facts.md §12: fill BLUE at 0.5 on black is (44,98,110); RED stroke at 0.5 over it
// gives (148,98,97) on its inner half and (126,49,42) on its outer half.
TEST(Raster, TranslucentFillAndStrokeBlendLikeManim) {
  Frame f;
  // Stroke 40 = 54 px at qh, so each half of it has solid pixels to sample.
  f.items.push_back(square_item(2, alpha(BLUE, 0.5), alpha(RED, 0.5), 40));
  Canvas c = draw(f, 1920, 1080);
  expect_near(c.at(960, 540), 44, 98, 110, 1);
  // The right edge x = 2 is at px 960 + 270 = 1230; the stroke spans 1203..1257.
  expect_near(c.at(1215, 540), 148, 98, 97, 1);
  expect_near(c.at(1245, 540), 126, 49, 42, 1);
  expect_near(c.at(1300, 540), 0, 0, 0, 0);
}

TEST(Raster, BackgroundStrokeIsDrawnUnderFillAndStroke) {
  Frame f;
  PathItem it = square_item(1, BLUE, RED, 4);
  it.background_stroke = WHITE;
  it.background_stroke_width = 40;  // 54 px wide, sticks out 27 px around the edge
  f.items.push_back(it);
  Canvas c = draw(f, 1920, 1080);
  // Outside the square: only the background stroke. Inside near the edge: the fill covers it.
  expect_near(c.at(960 + 135 + 15, 540), 255, 255, 255, 0);
  expect_near(c.at(960 + 135 - 15, 540), 0x58, 0xC4, 0xDD, 0);
  expect_near(c.at(960 + 135, 540), 0xFC, 0x62, 0x55, 0);
}

TEST(Raster, NonzeroFillWithOppositelyWoundHole) {
  Frame f;
  PathItem it;
  add_polygon(it, {{2, 2}, {-2, 2}, {-2, -2}, {2, -2}});  // counter-clockwise
  add_polygon(it, {{1, 1}, {1, -1}, {-1, -1}, {-1, 1}});  // clockwise: a hole under nonzero
  add_polygon(it, {{-3, -3}, {-2.5, -3}, {-2.5, -2.5}});  // a separate small triangle
  it.fill = WHITE;
  it.stroke_width = 0;
  f.items.push_back(it);
  Canvas c = draw(f, 1920, 1080);
  EXPECT_EQ(c.at(960, 540).r, 0);                // hole
  EXPECT_EQ(c.at(960 + 200, 540).r, 255);        // ring
  EXPECT_EQ(c.at(960 - 360, 540 + 400).r, 255);  // triangle near (-2.67, -2.96)
}

TEST(Raster, OpenSubpathIsNotClosedWhenStroked) {
  // Three sides of a square, open: the missing left side must stay dark.
  Frame f;
  PathItem it;
  it.xy = {-1, 1,  0, 1,  0,  1,  1, 1,  // top, handles on the line
           1,  0,  1, 0,  1,  -1,        // right
           0,  -1, 0, -1, -1, -1};       // bottom
  it.subpaths.push_back({0, 3, false});
  it.fill = alpha(WHITE, 0);
  it.stroke = WHITE;
  it.stroke_width = 4;
  f.items.push_back(it);
  Canvas c = draw(f, 1920, 1080);
  EXPECT_EQ(c.at(960 + 135, 540).r, 255);  // right side
  EXPECT_EQ(c.at(960 - 135, 540).r, 0);    // left side not drawn
  it.subpaths[0].closed = true;
  f.items[0] = it;
  Canvas d = draw(f, 1920, 1080);
  EXPECT_EQ(d.at(960 - 135, 540).r, 255);  // close_path draws the closing side
}

TEST(Raster, BackgroundColourAndTransparency) {
  Frame f;
  f.background = Color::from_rgb24(0x336699);
  f.items.push_back(square_item(1, alpha(WHITE, 0.5), WHITE, 0));
  Canvas c = draw(f, 854, 480);
  Px bg = c.at(5, 5);
  EXPECT_EQ(bg.r, 0x33);
  EXPECT_EQ(bg.g, 0x66);
  EXPECT_EQ(bg.b, 0x99);
  EXPECT_EQ(bg.a, 255);
  Canvas t = draw(f, 854, 480, /*transparent=*/true);
  EXPECT_EQ(t.at(5, 5).a, 0);
  Px mid = t.at(427, 240);  // premultiplied: white at 0.5 is stored as (128,128,128,128)
  EXPECT_NEAR(mid.a, 128, 1);
  EXPECT_NEAR(mid.r, 128, 1);
}

TEST(Raster, ItemsAreCompositedInOrder) {
  Frame f;
  f.items.push_back(square_item(1, RED, RED, 0));
  f.items.push_back(square_item(0.5, GREEN, GREEN, 0));
  Canvas c = draw(f, 854, 480);
  expect_near(c.at(427, 240), 0x83, 0xC1, 0x67, 0);
  expect_near(c.at(427 + 45, 240), 0xFC, 0x62, 0x55, 0);
}

TEST(Raster, RejectsBadTarget) {
  Frame f;
  std::vector<std::uint8_t> buf(16);
  detail::RasterTarget t;
  t.width = 0;
  t.height = 2;
  EXPECT_THROW(detail::rasterize(f, t, buf.data()), std::invalid_argument);
}

TEST(Raster, WritePngRoundTripsAndNamesBadPaths) {
  Frame f;
  f.items.push_back(square_item(1, alpha(BLUE, 0.5), WHITE, 0));
  Canvas c = draw(f, 64, 36, true);
  const auto dir = std::filesystem::temp_directory_path() / "manim_render_test_png";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "round.png").string();
  detail::write_png(path, c.bgra.data(), 64, 36);
  cairo_surface_t* s = cairo_image_surface_create_from_png(path.c_str());
  ASSERT_EQ(cairo_surface_status(s), CAIRO_STATUS_SUCCESS);
  EXPECT_EQ(cairo_image_surface_get_width(s), 64);
  EXPECT_EQ(cairo_image_surface_get_height(s), 36);
  const auto* data = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s);
  const auto* centre = data + 18 * stride + 32 * 4;
  const auto* own = &c.bgra[(18 * 64 + 32) * 4];
  for (int k = 0; k < 4; ++k) EXPECT_NEAR(centre[k], own[k], 1);
  EXPECT_EQ(data[3], 0);  // transparent corner
  cairo_surface_destroy(s);
  std::filesystem::remove_all(dir);
  try {
    detail::write_png("/nonexistent_dir_xyz/a.png", c.bgra.data(), 64, 36);
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent_dir_xyz/a.png"), std::string::npos);
  }
}

// ---- Camera.capture_mobjects (the display list) ----

namespace {

std::shared_ptr<detail::MobjectNode> vnode(std::vector<Vec3> pts, double stroke_width,
                                           double z = 0) {
  auto n = std::make_shared<detail::MobjectNode>();
  n->vectorized = true;
  n->points = std::move(pts);
  n->style.stroke_width = stroke_width;  // used as a tag to identify items
  n->z_index = z;
  return n;
}

std::vector<Vec3> seg(Vec3 a, Vec3 b) { return {a, a + (b - a) / 3, a + (b - a) * (2.0 / 3), b}; }

std::vector<Vec3> concat(std::vector<std::vector<Vec3>> parts) {
  std::vector<Vec3> out;
  for (auto& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

std::vector<double> widths(const Frame& f) {
  std::vector<double> w;
  for (const auto& it : f.items) w.push_back(it.stroke_width);
  return w;
}

}  // namespace

TEST(BuildFrame, DepthFirstSceneOrderThenStableZIndex) {
  auto parent = vnode(seg({0, 0, 0}, {1, 0, 0}), 1);
  parent->submobjects = {vnode(seg({0, 0, 0}, {1, 0, 0}), 2, /*z=*/1),
                         vnode(seg({0, 0, 0}, {1, 0, 0}), 3)};
  auto group = std::make_shared<detail::MobjectNode>();  // no points: not drawn itself
  group->submobjects = {vnode(seg({0, 0, 0}, {1, 0, 0}), 4, -1), vnode({}, 5),
                        vnode(seg({0, 0, 0}, {1, 0, 0}), 6)};
  auto other = std::make_shared<detail::MobjectNode>();  // a non-vectorized point cloud
  other->points = {{0, 0, 0}, {1, 1, 0}, {2, 2, 0}, {3, 3, 0}};
  Camera cam;
  FramePtr f = cam.capture_mobjects({Mobject(parent), Mobject(group), Mobject(other)}, 7);
  EXPECT_EQ(f->index, 7u);
  EXPECT_EQ(widths(*f), (std::vector<double>{4, 1, 3, 6, 2}));
}

TEST(BuildFrame, MobjectReachedTwiceIsDrawnOnceAtItsLastOccurrence) {
  // A square FadeIn'd on its own and later added to a group already in the scene: Manim's
  // remove_list_redundancies draws it once (a 0.4 fill drawn twice would read 0.64).
  auto shared = vnode(seg({0, 0, 0}, {1, 0, 0}), 2);
  auto group = std::make_shared<detail::MobjectNode>();
  group->submobjects = {vnode(seg({0, 0, 0}, {1, 0, 0}), 1), shared};
  auto later = vnode(seg({0, 0, 0}, {1, 0, 0}), 3);
  FramePtr f = Camera{}.capture_mobjects({Mobject(shared), Mobject(group), Mobject(later)}, 0);
  EXPECT_EQ(widths(*f), (std::vector<double>{1, 2, 3}));
  // Scene order [group, shared]: the last occurrence is the top-level one, drawn last.
  FramePtr g = Camera{}.capture_mobjects({Mobject(group), Mobject(later), Mobject(shared)}, 0);
  EXPECT_EQ(widths(*g), (std::vector<double>{1, 3, 2}));
}

TEST(BuildFrame, StylesBecomeColoursWithOpacityAsAlpha) {
  auto n = vnode(seg({0, 0, 0}, {1, 0, 0}), 4);
  n->style.fill_color = BLUE;
  n->style.fill_opacity = 0.25;
  n->style.stroke_color = RED;
  n->style.stroke_opacity = 0.75;
  n->style.background_stroke_color = GREEN;
  n->style.background_stroke_opacity = 0.5;
  n->style.background_stroke_width = 9;
  Camera cam;
  cam.background_color = WHITE;
  FramePtr f = cam.capture_mobjects({Mobject(n)}, 0);
  ASSERT_EQ(f->items.size(), 1u);
  const PathItem& it = f->items[0];
  EXPECT_EQ(it.fill, (Color{BLUE.r, BLUE.g, BLUE.b, 0.25}));
  EXPECT_EQ(it.stroke, (Color{RED.r, RED.g, RED.b, 0.75}));
  EXPECT_EQ(it.background_stroke, (Color{GREEN.r, GREEN.g, GREEN.b, 0.5}));
  EXPECT_EQ(it.background_stroke_width, 9);
  EXPECT_EQ(it.stroke_width, 4);
  EXPECT_EQ(f->background, WHITE);
}

TEST(BuildFrame, SubpathsSplitOnGapsAndCloseWhenEndsMeet) {
  // Closed triangle, then a separate open segment, then a curve starting within tolerance
  // (1e-7 away, below atol 1e-6) of the previous end, which continues the same subpath.
  const Vec3 a{0, 0, 0}, b{2, 0, 0}, c{1, 2, 0};
  const Vec3 d{5, 5, 0}, e{6, 5, 0}, e2{6 + 1e-7, 5, 0}, g{7, 6, 0};
  auto n = vnode(concat({seg(a, b), seg(b, c), seg(c, a), seg(d, e), seg(e2, g)}), 4);
  FramePtr f = Camera{}.capture_mobjects({Mobject(n)}, 0);
  ASSERT_EQ(f->items.size(), 1u);
  const PathItem& it = f->items[0];
  ASSERT_EQ(it.subpaths.size(), 2u);
  EXPECT_EQ(it.subpaths[0].first_point, 0u);
  EXPECT_EQ(it.subpaths[0].num_curves, 3u);
  EXPECT_TRUE(it.subpaths[0].closed);
  EXPECT_EQ(it.subpaths[1].first_point, 10u);  // 1 start + 3 * 3 points
  EXPECT_EQ(it.subpaths[1].num_curves, 2u);
  EXPECT_FALSE(it.subpaths[1].closed);
  ASSERT_EQ(it.xy.size(), 2u * (10 + 7));
  EXPECT_EQ(it.xy[20], 5);  // the second subpath starts at d
  EXPECT_EQ(it.xy[21], 5);
  EXPECT_EQ(it.xy.back(), 6);  // ... and ends at g

  // A gap of 1e-3 is a real gap: it splits.
  auto m = vnode(concat({seg(d, e), seg({6.001, 5, 0}, g)}), 4);
  FramePtr f2 = Camera{}.capture_mobjects({Mobject(m)}, 0);
  EXPECT_EQ(f2->items[0].subpaths.size(), 2u);
}

TEST(BuildFrame, RelativeToleranceScalesWithCoordinates) {
  // |a - b| <= 1e-6 + 1e-5 * |b|: at x = 1000 a gap of 5e-3 still counts as equal.
  const Vec3 a{1000, 0, 0}, b{1001, 0, 0}, b2{1001.005, 0, 0}, c{1002, 1, 0};
  auto n = vnode(concat({seg(a, b), seg(b2, c)}), 4);
  FramePtr f = Camera{}.capture_mobjects({Mobject(n)}, 0);
  EXPECT_EQ(f->items[0].subpaths.size(), 1u);
}

TEST(BuildFrame, NonFinitePathsAreSkipped) {
  auto bad = vnode(seg({0, 0, 0}, {NAN, 0, 0}), 1);
  auto good = vnode(seg({0, 0, 0}, {1, 0, 0}), 2);
  FramePtr f = Camera{}.capture_mobjects({Mobject(bad), Mobject(good)}, 0);
  EXPECT_EQ(widths(*f), (std::vector<double>{2}));
}

// ---- Camera: the view is camera state ----

TEST(Camera, TakesPixelSizeFrameAndBackgroundFromConfigWithSquarePixels) {
  Config saved = config();
  config().set_quality('l');
  config().background_color = Color("#0f0f1a");
  Camera cam;
  config() = saved;
  EXPECT_EQ(cam.pixel_width, 854);
  EXPECT_EQ(cam.pixel_height, 480);
  EXPECT_DOUBLE_EQ(cam.frame_width, 128.0 / 9.0);
  // Manim's resize_frame_shape: the height follows the pixel aspect, 14.2222 * 480 / 854.
  EXPECT_NEAR(cam.frame_height, 7.993755, 1e-6);
  EXPECT_EQ(cam.background_color, Color("#0f0f1a"));
  EXPECT_DOUBLE_EQ(cam.pixels_per_unit(), 60.046875);
  cam.frame_height = 4;
  cam.resize_frame_shape(1);  // keep the height: width = 4 * 854 / 480
  EXPECT_NEAR(cam.frame_width, 7.116667, 1e-6);
}

TEST(Camera, PointToPixelFollowsFrameCentreAndWidth) {
  Camera cam;
  cam.pixel_width = 1920;
  cam.pixel_height = 1080;
  cam.frame_width = 128.0 / 9.0;  // 135 px per unit
  Vec3 p = cam.point_to_pixel({1, 2, 5});
  EXPECT_DOUBLE_EQ(p.x, 960 + 135);
  EXPECT_DOUBLE_EQ(p.y, 540 - 270);
  cam.frame_center = {1, 2, 0};
  cam.frame_width = 128.0 / 18.0;  // zoomed in 2x: 270 px per unit
  p = cam.point_to_pixel({2, 2, 0});
  EXPECT_DOUBLE_EQ(p.x, 960 + 270);
  EXPECT_DOUBLE_EQ(p.y, 540);
}

TEST(Camera, FrameCarriesTheViewAndTheRasterUsesIt) {
  // A unit square at (3, 1) seen by a camera centred there, 4 units wide at 400x200 px
  // (100 px per unit): it fills pixels 150..249 x 50..149 of the picture.
  auto sq = std::make_shared<detail::MobjectNode>();
  sq->vectorized = true;
  const Vec3 a{2.5, 0.5, 0}, b{3.5, 0.5, 0}, c{3.5, 1.5, 0}, d{2.5, 1.5, 0};
  const std::pair<Vec3, Vec3> sides[] = {{a, b}, {b, c}, {c, d}, {d, a}};
  for (const auto& [p, q] : sides)
    for (const Vec3& v : std::vector<Vec3>{p, p + (q - p) / 3, p + (q - p) * (2.0 / 3), q})
      sq->points.push_back(v);
  sq->style.fill_color = WHITE;
  sq->style.fill_opacity = 1;
  sq->style.stroke_width = 0;
  Camera cam;
  cam.pixel_width = 400;
  cam.pixel_height = 200;
  cam.frame_width = 4;
  cam.resize_frame_shape(0);  // the height follows (2 units), as Manim's camera needs it told
  cam.frame_center = {3, 1, 0};
  FramePtr f = cam.capture_mobjects({Mobject(sq)}, 3);
  EXPECT_EQ(f->frame_width, 4);
  EXPECT_EQ(f->frame_height, 2);
  EXPECT_EQ(f->center_x, 3);
  EXPECT_EQ(f->center_y, 1);
  Canvas img = draw(*f, 400, 200);
  EXPECT_EQ(img.at(150, 50).r, 255);
  EXPECT_EQ(img.at(249, 149).r, 255);
  EXPECT_EQ(img.at(149, 100).r, 0);
  EXPECT_EQ(img.at(250, 100).r, 0);
  EXPECT_EQ(img.at(200, 49).r, 0);
  EXPECT_EQ(img.at(200, 150).r, 0);
}

TEST(Camera, RejectsAnUnusableView) {
  Camera cam;
  cam.frame_width = 0;
  try {
    (void)cam.capture_mobjects({}, 0);
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("frame_width must be finite and > 0"), std::string::npos)
        << e.what();
  }
  cam.frame_width = 4;
  cam.frame_center = {NAN, 0, 0};
  EXPECT_THROW((void)cam.capture_mobjects({}, 0), std::invalid_argument);
}
