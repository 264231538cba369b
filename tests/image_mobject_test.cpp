// ImageMobject: corner points from scale_to_resolution, pixels from arrays, PNG and JPEG files,
// resampling names, Manim's pixel methods, and the frame pixels of Manim's
// display_image_mobject (integer corner box, PIL resize, alpha composite), worked out by hand.
#include "manim/mobject/types/image_mobject.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "manim/animation/transform.hpp"
#include "manim/camera/moving_camera.hpp"
#include "manim/core/config.hpp"
#include "render/pil_image.hpp"
#include "render/raster.hpp"

using namespace manim;
namespace fs = std::filesystem;

namespace {

struct SmallConfig {
  Config saved = config();
  SmallConfig() {
    config().pixel_width = 320;  // 22.5 px per unit across 128/9 units
    config().pixel_height = 180;
  }
  ~SmallConfig() { config() = saved; }
};

struct Picture {
  int w = 0, h = 0;
  std::vector<std::uint8_t> bgra;
  std::array<int, 4> at(int x, int y) const {  // r, g, b, a
    const std::uint8_t* p = &bgra[(static_cast<std::size_t>(y) * w + x) * 4];
    return {p[2], p[1], p[0], p[3]};
  }
};

Picture draw(const std::vector<Mobject>& mobs) {
  MovingCamera cam;
  FramePtr f = cam.capture_mobjects(mobs, 0);
  Picture p{320, 180, std::vector<std::uint8_t>(320 * 180 * 4)};
  detail::rasterize(*f, detail::RasterTarget{320, 180, false}, p.bgra.data());
  return p;
}

// A 2 x 1 picture, red then blue, stretched over the pixel box x 140..180, y 80..100 (the corners
// sit a quarter pixel inside so the integer conversion is not on an edge).
ImageMobject red_blue(Resampling r) {
  ImageMobjectArgs a;
  a.resampling_algorithm = r;
  ImageMobject im(2, 1, 3, {255, 0, 0, 0, 0, 255}, a);
  im.stretch_to_fit_width(40 / 22.5).stretch_to_fit_height(20 / 22.5);
  im.move_to(Vec3(0.25 / 22.5, -0.25 / 22.5, 0));
  return im;
}

// A 3 x 2 RGBA PNG written by Pillow: (255,0,0,255) (0,255,0,128) (0,0,255,0) / (10,20,30,255)
// (200,100,50,255) (1,2,3,4).
const std::vector<unsigned char> kPng = {
    0x89, 0x50, 0x4e, 0x47, 0xd,  0xa,  0x1a, 0xa,  0x0,  0x0,  0x0,  0xd,  0x49, 0x48, 0x44, 0x52,
    0x0,  0x0,  0x0,  0x3,  0x0,  0x0,  0x0,  0x2,  0x8,  0x6,  0x0,  0x0,  0x0,  0x9d, 0x74, 0x66,
    0x1a, 0x0,  0x0,  0x0,  0x23, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
    0x9f, 0xe1, 0x3f, 0x43, 0x3,  0x3,  0xc3, 0x7f, 0x6,  0x6,  0x2e, 0x11, 0xb9, 0xff, 0x27, 0x52,
    0x8c, 0xfe, 0x33, 0x32, 0x31, 0xb3, 0x0,  0x0,  0x75, 0x76, 0x8,  0x1f, 0x2f, 0x12, 0xf6, 0x65,
    0x0,  0x0,  0x0,  0x0,  0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};

fs::path write_temp(const std::string& name, const std::string& bytes) {
  fs::path p = fs::temp_directory_path() / ("manimcpp_image_test_" + name);
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(ImageMobject, CornersFollowScaleToResolution) {
  // 4 x 2 pixels at the default 1080 rows per frame height (8): 2 / 1080 * 8 high, twice as wide.
  ImageMobject im(4, 2, 1, std::vector<std::uint8_t>(8, 7));
  const double h = 2.0 / 1080 * 8, w = 2 * h;
  ASSERT_EQ(im.node().points.size(), 4u);
  const Vec3 ul = im.node().points[0], ur = im.node().points[1], dl = im.node().points[2],
             dr = im.node().points[3];
  EXPECT_NEAR(ul.x, -w / 2, 1e-12);
  EXPECT_NEAR(ul.y, h / 2, 1e-12);
  EXPECT_NEAR(ur.x, w / 2, 1e-12);
  EXPECT_NEAR(dl.y, -h / 2, 1e-12);
  EXPECT_NEAR(dr.x, w / 2, 1e-12);
  EXPECT_NEAR(dr.y, -h / 2, 1e-12);
  ImageMobjectArgs half;
  half.scale_to_resolution = 540;  // twice as large
  EXPECT_NEAR(ImageMobject(4, 2, 1, std::vector<std::uint8_t>(8, 7), half).height(), 2 * h, 1e-12);
  // Grey is repeated into RGB with an opaque alpha (Manim's change_to_rgba_array).
  const auto& px = im.get_pixel_array();
  ASSERT_EQ(px.size(), 32u);
  EXPECT_EQ(px[0], 7);
  EXPECT_EQ(px[2], 7);
  EXPECT_EQ(px[3], 255);
}

TEST(ImageMobject, ResamplingNamesAreManims) {
  EXPECT_EQ(resampling_algorithm_from_name("nearest"), Resampling::NEAREST);
  EXPECT_EQ(resampling_algorithm_from_name("none"), Resampling::NEAREST);
  EXPECT_EQ(resampling_algorithm_from_name("antialias"), Resampling::LANCZOS);
  EXPECT_EQ(resampling_algorithm_from_name("linear"), Resampling::BILINEAR);
  EXPECT_EQ(resampling_algorithm_from_name("cubic"), Resampling::BICUBIC);
  EXPECT_EQ(resampling_algorithm_from_name("box"), Resampling::BOX);
  EXPECT_EQ(resampling_algorithm_from_name("hamming"), Resampling::HAMMING);
  EXPECT_EQ(static_cast<int>(Resampling::LANCZOS), 1);  // Pillow's codes
  EXPECT_EQ(resampling_algorithms().size(), 10u);
  EXPECT_NE(error_of([] { resampling_algorithm_from_name("sharp"); }).find("'sharp'"),
            std::string::npos);
  ImageMobject im(1, 1, 1, {0});
  EXPECT_EQ(im.resampling_algorithm(), Resampling::BICUBIC);  // Manim's default
  EXPECT_NE(error_of([&] { im.set_resampling_algorithm(9); }).find("9 is not a Pillow"),
            std::string::npos);
}

TEST(ImageMobject, ReadsPngWithoutGammaAndJpeg) {
  const fs::path png = write_temp("a.png", std::string(kPng.begin(), kPng.end()));
  ImageMobject im(png.string());
  EXPECT_EQ(im.pixel_width(), 3);
  EXPECT_EQ(im.pixel_height(), 2);
  const auto& px = im.get_pixel_array();
  const std::vector<std::uint8_t> want = {255, 0,  0,  255, 0,   255, 0,  128, 0, 0, 255, 0,
                                          10,  20, 30, 255, 200, 100, 50, 255, 1, 2, 3,   4};
  EXPECT_EQ(px, want);
  EXPECT_EQ(im.path(), png.string());
  // image_mode "RGB" drops the alpha; invert flips RGB.
  ImageMobjectArgs a;
  a.image_mode = "RGB";
  a.invert = true;
  const ImageMobject inverted(png.string(), a);
  const auto& inv = inverted.get_pixel_array();
  EXPECT_EQ(inv[0], 0);
  EXPECT_EQ(inv[1], 255);
  EXPECT_EQ(inv[7], 255);
  // Pillow's "L": (299 R + 587 G + 114 B) / 1000 in 16-bit fixed point: red -> 76.
  a = {};
  a.image_mode = "L";
  EXPECT_EQ(ImageMobject(png.string(), a).get_pixel_array()[0], 76);
  fs::remove(png);
}

TEST(ImageMobject, BadFilesGiveOneLineErrorsNamingTheFile) {
  std::string e = error_of([] { ImageMobject("no_such_picture_xyz"); });
  EXPECT_NE(e.find("could not find 'no_such_picture_xyz'"), std::string::npos) << e;
  EXPECT_NE(e.find("no_such_picture_xyz.png"), std::string::npos) << e;
  const fs::path txt = write_temp("b.png", "this is not a picture");
  e = error_of([&] { ImageMobject im(txt.string()); });
  EXPECT_NE(e.find(txt.string()), std::string::npos) << e;
  EXPECT_NE(e.find("not a PNG or JPEG image"), std::string::npos) << e;
  // A truncated PNG: the signature is right but the data ends.
  const fs::path cut = write_temp("c.png", std::string(kPng.begin(), kPng.begin() + 40));
  e = error_of([&] { ImageMobject im(cut.string()); });
  EXPECT_NE(e.find("not a readable PNG image"), std::string::npos) << e;
  EXPECT_EQ(e.find('\n'), std::string::npos);
  fs::remove(txt);
  fs::remove(cut);
  e = error_of([] { ImageMobject(2, 2, 2, std::vector<std::uint8_t>(8)); });
  EXPECT_NE(e.find("got 2"), std::string::npos) << e;
  e = error_of([] { ImageMobject(2, 2, 3, std::vector<std::uint8_t>(5)); });
  EXPECT_NE(e.find("need 12 values, got 5"), std::string::npos) << e;
  const fs::path png = write_temp("d.png", std::string(kPng.begin(), kPng.end()));
  ImageMobjectArgs a;
  a.image_mode = "CMYK";
  e = error_of([&] { ImageMobject im(png.string(), a); });
  EXPECT_NE(e.find("image_mode 'CMYK' is not supported"), std::string::npos) << e;
  fs::remove(png);
  ImageMobjectArgs z;
  z.scale_to_resolution = 0;
  e = error_of([&] { ImageMobject(1, 1, 1, {0}, z); });
  EXPECT_NE(e.find("scale_to_resolution"), std::string::npos) << e;
}

TEST(ImageMobject, OpacityColourAndInterpolationAreManims) {
  ImageMobject im(2, 1, 3, {255, 0, 0, 0, 0, 255});
  im.set_opacity(0.5);
  EXPECT_EQ(im.get_pixel_array()[3], 127);  // int(255 * 0.5)
  EXPECT_DOUBLE_EQ(im.fill_opacity(), 0.5);
  im.fade(0.75);  // absolute: set_opacity(1 - darkness)
  EXPECT_EQ(im.get_pixel_array()[7], 63);
  im.set_color(Color(0.5, 1, 0));
  EXPECT_EQ(im.get_pixel_array()[0], 127);
  EXPECT_EQ(im.get_pixel_array()[5], 255);  // second pixel's green
  EXPECT_EQ(im.get_pixel_array()[7], 63);   // alpha kept
  EXPECT_EQ(im.get_style().at("fill_color"), "#7FFF00");
  // A copy does not share later pixel changes.
  ImageMobject c = im.copy();
  c.set_opacity(1);
  EXPECT_EQ(im.get_pixel_array()[3], 63);
  // Transform between two images blends the arrays, truncated: 63 + (255 - 63) * 0.5 = 159.
  Transform t(im, c);
  t.begin();
  t.interpolate(0.5);
  EXPECT_EQ(im.get_pixel_array()[3], 159);
  ImageMobject other(3, 1, 1, {1, 2, 3});
  detail::ImageNode out;
  const std::string e = error_of([&] {
    detail::image_interpolate(out, static_cast<detail::ImageNode&>(im.node()),
                              static_cast<detail::ImageNode&>(other.node()), 0.5);
  });
  EXPECT_NE(e.find("(1, 2, 4) and (1, 3, 4)"), std::string::npos) << e;
}

TEST(ImageMobjectFrame, NearestFillsTheIntegerCornerBox) {
  SmallConfig small;
  Picture p = draw({red_blue(Resampling::NEAREST)});
  EXPECT_EQ(p.at(140, 80), (std::array<int, 4>{255, 0, 0, 255}));
  EXPECT_EQ(p.at(159, 99), (std::array<int, 4>{255, 0, 0, 255}));
  EXPECT_EQ(p.at(160, 80), (std::array<int, 4>{0, 0, 255, 255}));
  EXPECT_EQ(p.at(179, 99), (std::array<int, 4>{0, 0, 255, 255}));
  for (auto [x, y] : {std::pair{139, 85}, {180, 85}, {150, 79}, {150, 100}})
    EXPECT_EQ(p.at(x, y), (std::array<int, 4>{0, 0, 0, 255})) << x << "," << y;
}

TEST(ImageMobjectFrame, BilinearWeightsArePillows) {
  SmallConfig small;
  // Column 19's centre maps to 0.975 source pixels: weights 0.525 red, 0.475 blue.
  Picture p = draw({red_blue(Resampling::BILINEAR)});
  EXPECT_EQ(p.at(159, 90), (std::array<int, 4>{134, 0, 121, 255}));
  EXPECT_EQ(p.at(140, 90), (std::array<int, 4>{255, 0, 0, 255}));  // clamped at the edge
}

TEST(ImageMobjectFrame, HalfOpaqueImageCompositesAsPillow) {
  SmallConfig small;
  ImageMobject im = red_blue(Resampling::NEAREST);
  im.set_opacity(0.5);  // alpha 127 over opaque black: 255 * 127 / 255 -> 127
  Picture p = draw({im});
  EXPECT_EQ(p.at(145, 85), (std::array<int, 4>{127, 0, 0, 255}));
}

TEST(PilImage, ResizeShrinksWithAWiderBoxFilter) {
  // Box filter 4 -> 2: each output averages two inputs (premultiplied, rounded).
  detail::RgbaImage in{4, 1, {0, 0, 0, 255, 100, 0, 0, 255, 10, 0, 0, 255, 21, 0, 0, 255}};
  detail::RgbaImage out = detail::pil_resize(in, 2, 1, detail::kPilBox);
  ASSERT_EQ(out.px.size(), 8u);
  EXPECT_EQ(out.px[0], 50);
  EXPECT_EQ(out.px[4], 16);  // 15.5 rounds up
  // Fully transparent pixels do not bleed colour into their neighbours.
  detail::RgbaImage t{2, 1, {255, 0, 0, 0, 0, 0, 255, 255}};
  detail::RgbaImage r = detail::pil_resize(t, 1, 1, detail::kPilBox);
  EXPECT_EQ(r.px[0], 0);
  EXPECT_EQ(r.px[2], 255);
  EXPECT_EQ(r.px[3], 128);
}
