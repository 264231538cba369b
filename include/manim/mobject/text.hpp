// Text: a string drawn with Pango as glyph outlines, as Manim CE's Text.
//
// A Text is a flat list of glyph VMobjects, one per drawn glyph in text order (spaces, tabs and
// newlines draw nothing; ligatures such as "ffi" are one glyph). Sizes follow Manim exactly:
// 1 em = font_size/72 scene units, lines are left-aligned and font_size*(1+line_spacing)/96
// units apart, and the whole text is centred on its anchor box.
//
//   Text("Attention", {.color = BLUE, .font_size = 36, .weight = BOLD})
//   Text("x = 1", {.t2c = {{"1", YELLOW}}, .font = "Monospace"})
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "manim/mobject/vmobject.hpp"

namespace manim {

// Pango weights and slants, as Manim's constants (they are strings there too).
inline constexpr const char* NORMAL = "NORMAL";
inline constexpr const char* ITALIC = "ITALIC";
inline constexpr const char* OBLIQUE = "OBLIQUE";
inline constexpr const char* THIN = "THIN";
inline constexpr const char* ULTRALIGHT = "ULTRALIGHT";
inline constexpr const char* LIGHT = "LIGHT";
inline constexpr const char* SEMILIGHT = "SEMILIGHT";
inline constexpr const char* BOOK = "BOOK";
inline constexpr const char* MEDIUM = "MEDIUM";
inline constexpr const char* SEMIBOLD = "SEMIBOLD";
inline constexpr const char* BOLD = "BOLD";
inline constexpr const char* ULTRABOLD = "ULTRABOLD";
inline constexpr const char* HEAVY = "HEAVY";
inline constexpr const char* ULTRAHEAVY = "ULTRAHEAVY";

// Keyword arguments of Text. An unset optional takes the class default (see Text::set_default).
// `color` colours the glyph fills only (the glyph stroke colour stays white, as in Manim, which
// is why Write draws white outlines around coloured text).
struct TextArgs {
  MANIM_STYLE_KWARGS
  std::optional<double> font_size{};     // 48
  std::optional<std::string> font{};     // "" = Pango's default family "serif" (Noto Serif)
  std::optional<std::string> weight{};   // NORMAL
  std::optional<std::string> slant{};    // NORMAL
  std::optional<double> line_spacing{};  // -1 = Manim's default, which behaves as 0.3
  // Per-substring styles; a key may also be a slice "[start:end]" of code point indexes
  // (spaces and newlines included, as in Manim).
  std::map<std::string, Color> t2c{};
  std::map<std::string, std::string> t2w{};  // weight
  std::map<std::string, std::string> t2s{};  // slant
  std::map<std::string, std::string> t2f{};  // font family
  // Per-substring gradients: each occurrence of the key gets colours spread over the key's
  // length (Manim's t2g; a one-colour list colours it plainly).
  std::map<std::string, std::vector<Color>> t2g{};
  // Colours spread over the characters (Manim's gradient=(A, B, ...)).
  std::vector<Color> gradient{};
  std::optional<bool> disable_ligatures{};  // false: "ffi" is one glyph, as in Manim
  std::optional<int> tab_width{};           // 4
  // Warn (once per family, on stderr) when `font` is not installed.
  std::optional<bool> warn_missing_font{};  // true
};

class Text : public VMobject {
 public:
  explicit Text(const std::string& text, const TextArgs& args = {});
  MANIM_HANDLE(Text, VMobject)

  // Manim's Text.set_default(**kw): later Texts use these as defaults; calls accumulate and
  // explicit arguments still win. With no argument it restores the original defaults.
  static void set_default(const TextArgs& defaults);
  static void set_default();

  // The string with spaces and newlines removed (tabs expanded first), as Manim's Text.text.
  std::string text() const;
  // The string as given.
  std::string original_text() const;
  // The creation font size times the current height over the height at creation (Manim's
  // font_size property): Text("x").scale(0.5).font_size() == 24.
  double font_size() const;
  // Scales the text so that font_size() becomes `size` (Manim's font_size setter).
  Text& set_font_size(double size);

  // Colours every occurrence of each key in text() (the string without spaces and newlines,
  // so keys index glyphs; "[a:b]" slices too) after creation, as Manim's Text._set_color_by_t2c.
  // An empty map reuses the t2c the Text was made with.
  Text& set_color_by_t2c(const std::map<std::string, Color>& t2c = {});
  // The same with a gradient over each occurrence (Manim's _set_color_by_t2g).
  Text& set_color_by_t2g(const std::map<std::string, std::vector<Color>>& t2g = {});
};

// Makes the fonts in a font file usable as Text/MarkupText `font` families (Manim's
// register_font, which Python uses as `with register_font("x.ttf"):`). The file is looked up
// as given, then under assets/fonts/ and font/; throws std::invalid_argument naming the places
// when it is not found or is not a font. Returns the path used.
std::string register_font(const std::string& font_file);
// Forgets every font added by register_font.
void unregister_fonts();

// Colours the family members with points of `m` along a gradient of `colors`, one colour per
// member in family order (Manim's set_color_by_gradient / set_submobject_colors_by_gradient).
void set_color_by_gradient(Mobject& m, const std::vector<Color>& colors);

}  // namespace manim
