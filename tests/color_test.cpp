// Colour parsing, hex output, interpolation and gradients (docs/manim_facts.md §11).
#include "manim/core/color.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

using namespace manim;

namespace {
void expect_rgb(const Color& c, double r, double g, double b, double tol = 1e-6) {
  EXPECT_NEAR(c.r, r, tol);
  EXPECT_NEAR(c.g, g, tol);
  EXPECT_NEAR(c.b, b, tol);
}
std::string error_of(const char* s) {
  try {
    Color c(s);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST(Color, ParsesHexForms) {
  EXPECT_EQ(Color("#58C4DD"), BLUE);
  EXPECT_EQ(Color("#58c4dd"), BLUE);
  EXPECT_EQ(Color("#FFF"), WHITE);
  expect_rgb(Color("#4fc3f7"), 0x4f / 255.0, 0xc3 / 255.0, 0xf7 / 255.0);
  Color translucent("#FF000080");
  expect_rgb(translucent, 1, 0, 0);
  EXPECT_NEAR(translucent.a, 128 / 255.0, 1e-12);
  EXPECT_DOUBLE_EQ(Color("#FC6255").a, 1.0);
}

TEST(Color, ParsesPaletteNamesCaseInsensitively) {
  EXPECT_EQ(Color("BLUE_C"), BLUE_C);
  EXPECT_EQ(Color("blue"), Color::from_rgb24(0x58C4DD));
  EXPECT_EQ(Color("Dark_Blue"), Color::from_rgb24(0x236B8E));
  EXPECT_EQ(Color("grey_brown"), Color::from_rgb24(0x736357));
  EXPECT_EQ(Color("GRAY"), Color::from_rgb24(0x888888));
  EXPECT_EQ(Color("LIGHTER_GREY"), Color::from_rgb24(0xDDDDDD));
  EXPECT_EQ(Color("logo_black"), Color::from_rgb24(0x343434));
  EXPECT_EQ(Color("PURE_GREEN"), Color::from_rgb24(0x00FF00));
  EXPECT_EQ(Color(std::string("yellow")), Color::from_rgb24(0xFFFF00));
  Color out;
  EXPECT_TRUE(color_from_name("maroon_e", out));
  EXPECT_EQ(out, Color::from_rgb24(0x94424F));
  EXPECT_FALSE(color_from_name("NOT_A_COLOUR", out));
}

TEST(Color, BadStringsNameTheString) {
  EXPECT_NE(error_of("#12345").find("#12345"), std::string::npos);
  EXPECT_NE(error_of("#GGGGGG").find("#GGGGGG"), std::string::npos);
  EXPECT_NE(error_of("bluish").find("bluish"), std::string::npos);
  EXPECT_NE(error_of("").find("Color"), std::string::npos);
}

TEST(Color, ToHexTruncates) {
  EXPECT_EQ(BLUE.to_hex(), "#58C4DD");
  EXPECT_EQ(RED.to_hex(), "#FC6255");
  EXPECT_EQ(interpolate_color(BLACK, WHITE, 0.5).to_hex(), "#7F7F7F");
}

TEST(Color, InterpolatesInGammaEncodedSrgb) {
  Color half = interpolate_color(BLUE, RED, 0.5);
  expect_rgb(half, 0.666667, 0.576471, 0.6);
  EXPECT_EQ(half.to_hex(), "#AA9399");
  Color quarter = interpolate_color(BLUE, RED, 0.25);
  expect_rgb(quarter, 0.505882, 0.672549, 0.733333);
  EXPECT_EQ(quarter.to_hex(), "#81ABBB");
  // Square -> Circle colour at 0.5 (docs/manim_facts.md §8).
  expect_rgb(interpolate_color(WHITE, RED, 0.5), 0.994, 0.692, 0.667, 1e-3);
}

TEST(Color, GradientMatchesManim) {
  auto g = color_gradient({BLUE, RED}, 3);
  ASSERT_EQ(g.size(), 3u);
  EXPECT_EQ(g[0].to_hex(), "#58C4DD");
  EXPECT_EQ(g[1].to_hex(), "#AA9399");
  EXPECT_EQ(g[2].to_hex(), "#FC6255");
  auto three = color_gradient({BLUE, WHITE, RED}, 5);
  ASSERT_EQ(three.size(), 5u);
  EXPECT_EQ(three[2], WHITE);
  EXPECT_EQ(three[4].to_hex(), "#FC6255");
  EXPECT_TRUE(color_gradient({BLUE, RED}, 0).empty());
  EXPECT_EQ(color_gradient({GREEN}, 2).size(), 2u);
  EXPECT_THROW(color_gradient({}, 2), std::invalid_argument);
}
