// Colour parsing, hex output and interpolation with Manim CE v0.18.0 semantics.
#include "manim/core/color.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace manim {
namespace {

// Every palette constant of color.hpp, by its Manim name.
const std::vector<NamedColor> kPalette = {
    {"WHITE", WHITE},
    {"GRAY_A", GRAY_A},
    {"GRAY_B", GRAY_B},
    {"GRAY_C", GRAY_C},
    {"GRAY_D", GRAY_D},
    {"GRAY_E", GRAY_E},
    {"GREY_A", GREY_A},
    {"GREY_B", GREY_B},
    {"GREY_C", GREY_C},
    {"GREY_D", GREY_D},
    {"GREY_E", GREY_E},
    {"LIGHTER_GRAY", LIGHTER_GRAY},
    {"LIGHT_GRAY", LIGHT_GRAY},
    {"GRAY", GRAY},
    {"DARK_GRAY", DARK_GRAY},
    {"DARKER_GRAY", DARKER_GRAY},
    {"LIGHTER_GREY", LIGHTER_GREY},
    {"LIGHT_GREY", LIGHT_GREY},
    {"GREY", GREY},
    {"DARK_GREY", DARK_GREY},
    {"DARKER_GREY", DARKER_GREY},
    {"BLACK", BLACK},
    {"PURE_RED", PURE_RED},
    {"PURE_GREEN", PURE_GREEN},
    {"PURE_BLUE", PURE_BLUE},
    {"BLUE_A", BLUE_A},
    {"BLUE_B", BLUE_B},
    {"BLUE_C", BLUE_C},
    {"BLUE_D", BLUE_D},
    {"BLUE_E", BLUE_E},
    {"BLUE", BLUE},
    {"DARK_BLUE", DARK_BLUE},
    {"TEAL_A", TEAL_A},
    {"TEAL_B", TEAL_B},
    {"TEAL_C", TEAL_C},
    {"TEAL_D", TEAL_D},
    {"TEAL_E", TEAL_E},
    {"TEAL", TEAL},
    {"GREEN_A", GREEN_A},
    {"GREEN_B", GREEN_B},
    {"GREEN_C", GREEN_C},
    {"GREEN_D", GREEN_D},
    {"GREEN_E", GREEN_E},
    {"GREEN", GREEN},
    {"YELLOW_A", YELLOW_A},
    {"YELLOW_B", YELLOW_B},
    {"YELLOW_C", YELLOW_C},
    {"YELLOW_D", YELLOW_D},
    {"YELLOW_E", YELLOW_E},
    {"YELLOW", YELLOW},
    {"GOLD_A", GOLD_A},
    {"GOLD_B", GOLD_B},
    {"GOLD_C", GOLD_C},
    {"GOLD_D", GOLD_D},
    {"GOLD_E", GOLD_E},
    {"GOLD", GOLD},
    {"RED_A", RED_A},
    {"RED_B", RED_B},
    {"RED_C", RED_C},
    {"RED_D", RED_D},
    {"RED_E", RED_E},
    {"RED", RED},
    {"MAROON_A", MAROON_A},
    {"MAROON_B", MAROON_B},
    {"MAROON_C", MAROON_C},
    {"MAROON_D", MAROON_D},
    {"MAROON_E", MAROON_E},
    {"MAROON", MAROON},
    {"PURPLE_A", PURPLE_A},
    {"PURPLE_B", PURPLE_B},
    {"PURPLE_C", PURPLE_C},
    {"PURPLE_D", PURPLE_D},
    {"PURPLE_E", PURPLE_E},
    {"PURPLE", PURPLE},
    {"PINK", PINK},
    {"LIGHT_PINK", LIGHT_PINK},
    {"ORANGE", ORANGE},
    {"LIGHT_BROWN", LIGHT_BROWN},
    {"DARK_BROWN", DARK_BROWN},
    {"GRAY_BROWN", GRAY_BROWN},
    {"GREY_BROWN", GREY_BROWN},
    {"LOGO_WHITE", LOGO_WHITE},
    {"LOGO_GREEN", LOGO_GREEN},
    {"LOGO_BLUE", LOGO_BLUE},
    {"LOGO_RED", LOGO_RED},
    {"LOGO_BLACK", LOGO_BLACK},
};

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Parses the hex digits after "#"/"0x"; false when the length or a digit is wrong.
bool parse_hex(std::string_view h, Color& out) {
  for (char c : h)
    if (hex_digit(c) < 0) return false;
  auto byte = [&](std::size_t i) { return (hex_digit(h[i]) * 16 + hex_digit(h[i + 1])) / 255.0; };
  if (h.size() == 3 || h.size() == 4) {
    // "#RGB(A)": each digit doubled, as CSS and Manim do.
    auto nib = [&](std::size_t i) { return hex_digit(h[i]) * 17 / 255.0; };
    out = Color(nib(0), nib(1), nib(2), h.size() == 4 ? nib(3) : 1.0);
    return true;
  }
  if (h.size() == 6 || h.size() == 8) {
    out = Color(byte(0), byte(2), byte(4), h.size() == 8 ? byte(6) : 1.0);
    return true;
  }
  return false;
}

}  // namespace

const std::vector<NamedColor>& palette() { return kPalette; }

bool color_from_name(std::string_view name, Color& out) {
  std::string upper(name);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const auto& n : kPalette) {
    if (upper == n.name) {
      out = n.color;
      return true;
    }
  }
  return false;
}

Color::Color(const char* s) {
  if (s == nullptr)
    throw std::invalid_argument("Color: got a null string; pass \"#RRGGBB\" or a name");
  std::string_view v(s);
  Color c;
  bool ok = false;
  if (!v.empty() && v[0] == '#')
    ok = parse_hex(v.substr(1), c);
  else if (v.size() > 2 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X'))
    ok = parse_hex(v.substr(2), c);
  else
    ok = color_from_name(v, c);
  if (!ok)
    throw std::invalid_argument("Color: cannot parse \"" + std::string(v) +
                                "\"; use \"#RRGGBB\", \"#RGB\", \"#RRGGBBAA\" or a palette name "
                                "such as \"BLUE_C\"");
  *this = c;
}

std::string Color::to_hex() const {
  static const char* digits = "0123456789ABCDEF";
  std::string out = "#";
  for (double ch : {r, g, b}) {
    // Truncation, as Manim's int(x * 255).
    int v = static_cast<int>(std::clamp(ch, 0.0, 1.0) * 255);
    out += digits[v >> 4];
    out += digits[v & 15];
  }
  return out;
}

Color interpolate_color(const Color& a, const Color& b, double alpha) {
  auto lerp = [alpha](double x, double y) { return x * (1 - alpha) + y * alpha; };
  return {lerp(a.r, b.r), lerp(a.g, b.g), lerp(a.b, b.b), lerp(a.a, b.a)};
}

std::vector<Color> color_gradient(const std::vector<Color>& stops, int n) {
  if (stops.empty()) throw std::invalid_argument("color_gradient: needs at least one colour");
  if (n < 0)
    throw std::invalid_argument("color_gradient: length must be >= 0, got " + std::to_string(n));
  if (n == 0) return {};
  if (stops.size() == 1) return std::vector<Color>(static_cast<std::size_t>(n), stops[0]);
  std::vector<Color> out;
  out.reserve(static_cast<std::size_t>(n));
  const double span = static_cast<double>(stops.size() - 1);
  for (int k = 0; k < n; ++k) {
    // np.linspace(0, span, n); the last sample uses the last segment at alpha 1.
    double x = n == 1 ? 0.0 : span * k / (n - 1);
    std::size_t i = static_cast<std::size_t>(x);
    double f = std::fmod(x, 1.0);
    if (k == n - 1) {
      i = stops.size() - 2;
      f = 1;
    }
    Color c = interpolate_color(stops[i], stops[i + 1], f);
    c.a = 1;
    out.push_back(c);
  }
  return out;
}

}  // namespace manim
