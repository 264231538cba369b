// Title and BulletedList: Manim CE's Tex layouts (manim/mobject/text/tex_mobject.py).
//
//   Title("Attention", {.include_underline = true})   // at the top edge, underlined
//   BulletedList({"Queries", "Keys", "Values"})        // one part per item, dot in front
#pragma once
#include <string>
#include <vector>

#include "manim/mobject/tex.hpp"

namespace manim {

struct TitleArgs {
  MathTexArgs tex{};
  bool include_underline = true;
  // The underline spans the text instead of the frame width minus 2.
  bool match_underline_width_to_text = false;
  double underline_buff = MED_SMALL_BUFF;
};

// A Tex moved to the top edge; the underline (a Line) is its last submobject.
class Title : public Tex {
 public:
  explicit Title(const std::vector<std::string>& text_parts, const TitleArgs& a = {});
  explicit Title(const std::string& text, const TitleArgs& a = {})
      : Title(std::vector<std::string>{text}, a) {}
  MANIM_HANDLE(Title, Tex)
  // The underline; throws std::logic_error when made with include_underline = false.
  Mobject underline() const;
};

struct BulletedListArgs {
  MathTexArgs tex{};
  double buff = MED_LARGE_BUFF;  // between items
  double dot_scale_factor = 2;   // of the \cdot bullet
};

// One Tex part per item (each typeset with a trailing \\), a scaled \cdot in front of each,
// items arranged downwards, left-aligned.
class BulletedList : public Tex {
 public:
  explicit BulletedList(const std::vector<std::string>& items, const BulletedListArgs& a = {});
  MANIM_HANDLE(BulletedList, Tex)
  // Every item at `opacity` (fill) except the one given by index or by its TeX, which gets 1.
  BulletedList& fade_all_but(long index, double opacity = 0.5);
  BulletedList& fade_all_but(const std::string& tex, double opacity = 0.5);
};

}  // namespace manim
