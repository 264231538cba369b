// Colours as Manim CE v0.18.0 stores them: float RGBA, channel = byte / 255, gamma-encoded sRGB.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace manim {

struct Color {
  double r = 1, g = 1, b = 1, a = 1;

  constexpr Color() = default;
  constexpr Color(double r_, double g_, double b_, double a_ = 1) : r(r_), g(g_), b(b_), a(a_) {}
  // 0xRRGGBB, as the palette constants are written.
  static constexpr Color from_rgb24(std::uint32_t rgb) {
    return {((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0, 1};
  }
  // "#RRGGBB", "#RGB", "#RRGGBBAA" or a palette name ("BLUE_C", "blue"); throws
  // std::invalid_argument naming the string otherwise. Implicit, as Manim accepts
  // `color="#4fc3f7"` wherever it accepts a colour constant.
  Color(const char* s);
  Color(const std::string& s) : Color(s.c_str()) {}
  Color(std::string_view s) : Color(std::string(s)) {}

  // "#RRGGBB", channels truncated as Manim's to_hex() does (0.5 grey -> #7F7F7F).
  std::string to_hex() const;
  constexpr bool operator==(const Color&) const = default;
};

// Component-wise linear interpolation in gamma-encoded sRGB (as Manim: no linearisation).
Color interpolate_color(const Color& a, const Color& b, double alpha);
// n colours spread evenly along the given stops (Manim's color_gradient).
std::vector<Color> color_gradient(const std::vector<Color>& stops, int n);
// Inverse of Manim's color_to_int_rgb etc. is not needed; a palette lookup by name is.
bool color_from_name(std::string_view name, Color& out);
// Every palette constant below with its Manim name (bindings export them from this list).
struct NamedColor {
  const char* name;
  Color color;
};
const std::vector<NamedColor>& palette();

// The v0.18.0 palette (manim/utils/color/manim_colors.py of that tag).
inline constexpr Color WHITE = Color::from_rgb24(0xFFFFFF);
inline constexpr Color GRAY_A = Color::from_rgb24(0xDDDDDD);
inline constexpr Color GRAY_B = Color::from_rgb24(0xBBBBBB);
inline constexpr Color GRAY_C = Color::from_rgb24(0x888888);
inline constexpr Color GRAY_D = Color::from_rgb24(0x444444);
inline constexpr Color GRAY_E = Color::from_rgb24(0x222222);
inline constexpr Color GREY_A = GRAY_A, GREY_B = GRAY_B, GREY_C = GRAY_C, GREY_D = GRAY_D,
                       GREY_E = GRAY_E;
inline constexpr Color LIGHTER_GRAY = GRAY_A, LIGHT_GRAY = GRAY_B, GRAY = GRAY_C,
                       DARK_GRAY = GRAY_D, DARKER_GRAY = GRAY_E;
inline constexpr Color LIGHTER_GREY = GRAY_A, LIGHT_GREY = GRAY_B, GREY = GRAY_C,
                       DARK_GREY = GRAY_D, DARKER_GREY = GRAY_E;
inline constexpr Color BLACK = Color::from_rgb24(0x000000);
inline constexpr Color PURE_RED = Color::from_rgb24(0xFF0000);
inline constexpr Color PURE_GREEN = Color::from_rgb24(0x00FF00);
inline constexpr Color PURE_BLUE = Color::from_rgb24(0x0000FF);
inline constexpr Color BLUE_A = Color::from_rgb24(0xC7E9F1);
inline constexpr Color BLUE_B = Color::from_rgb24(0x9CDCEB);
inline constexpr Color BLUE_C = Color::from_rgb24(0x58C4DD);
inline constexpr Color BLUE_D = Color::from_rgb24(0x29ABCA);
inline constexpr Color BLUE_E = Color::from_rgb24(0x236B8E);
inline constexpr Color BLUE = BLUE_C, DARK_BLUE = BLUE_E;
inline constexpr Color TEAL_A = Color::from_rgb24(0xACEAD7);
inline constexpr Color TEAL_B = Color::from_rgb24(0x76DDC0);
inline constexpr Color TEAL_C = Color::from_rgb24(0x5CD0B3);
inline constexpr Color TEAL_D = Color::from_rgb24(0x55C1A7);
inline constexpr Color TEAL_E = Color::from_rgb24(0x49A88F);
inline constexpr Color TEAL = TEAL_C;
inline constexpr Color GREEN_A = Color::from_rgb24(0xC9E2AE);
inline constexpr Color GREEN_B = Color::from_rgb24(0xA6CF8C);
inline constexpr Color GREEN_C = Color::from_rgb24(0x83C167);
inline constexpr Color GREEN_D = Color::from_rgb24(0x77B05D);
inline constexpr Color GREEN_E = Color::from_rgb24(0x699C52);
inline constexpr Color GREEN = GREEN_C;
inline constexpr Color YELLOW_A = Color::from_rgb24(0xFFF1B6);
inline constexpr Color YELLOW_B = Color::from_rgb24(0xFFEA94);
inline constexpr Color YELLOW_C = Color::from_rgb24(0xFFFF00);
inline constexpr Color YELLOW_D = Color::from_rgb24(0xF4D345);
inline constexpr Color YELLOW_E = Color::from_rgb24(0xE8C11C);
inline constexpr Color YELLOW = YELLOW_C;
inline constexpr Color GOLD_A = Color::from_rgb24(0xF7C797);
inline constexpr Color GOLD_B = Color::from_rgb24(0xF9B775);
inline constexpr Color GOLD_C = Color::from_rgb24(0xF0AC5F);
inline constexpr Color GOLD_D = Color::from_rgb24(0xE1A158);
inline constexpr Color GOLD_E = Color::from_rgb24(0xC78D46);
inline constexpr Color GOLD = GOLD_C;
inline constexpr Color RED_A = Color::from_rgb24(0xF7A1A3);
inline constexpr Color RED_B = Color::from_rgb24(0xFF8080);
inline constexpr Color RED_C = Color::from_rgb24(0xFC6255);
inline constexpr Color RED_D = Color::from_rgb24(0xE65A4C);
inline constexpr Color RED_E = Color::from_rgb24(0xCF5044);
inline constexpr Color RED = RED_C;
inline constexpr Color MAROON_A = Color::from_rgb24(0xECABC1);
inline constexpr Color MAROON_B = Color::from_rgb24(0xEC92AB);
inline constexpr Color MAROON_C = Color::from_rgb24(0xC55F73);
inline constexpr Color MAROON_D = Color::from_rgb24(0xA24D61);
inline constexpr Color MAROON_E = Color::from_rgb24(0x94424F);
inline constexpr Color MAROON = MAROON_C;
inline constexpr Color PURPLE_A = Color::from_rgb24(0xCAA3E8);
inline constexpr Color PURPLE_B = Color::from_rgb24(0xB189C6);
inline constexpr Color PURPLE_C = Color::from_rgb24(0x9A72AC);
inline constexpr Color PURPLE_D = Color::from_rgb24(0x715582);
inline constexpr Color PURPLE_E = Color::from_rgb24(0x644172);
inline constexpr Color PURPLE = PURPLE_C;
inline constexpr Color PINK = Color::from_rgb24(0xD147BD);
inline constexpr Color LIGHT_PINK = Color::from_rgb24(0xDC75CD);
inline constexpr Color ORANGE = Color::from_rgb24(0xFF862F);
inline constexpr Color LIGHT_BROWN = Color::from_rgb24(0xCD853F);
inline constexpr Color DARK_BROWN = Color::from_rgb24(0x8B4513);
inline constexpr Color GRAY_BROWN = Color::from_rgb24(0x736357);
inline constexpr Color GREY_BROWN = GRAY_BROWN;
inline constexpr Color LOGO_WHITE = Color::from_rgb24(0xECE7E2);
inline constexpr Color LOGO_GREEN = Color::from_rgb24(0x87C2A5);
inline constexpr Color LOGO_BLUE = Color::from_rgb24(0x525893);
inline constexpr Color LOGO_RED = Color::from_rgb24(0xE07A5F);
inline constexpr Color LOGO_BLACK = Color::from_rgb24(0x343434);

}  // namespace manim
