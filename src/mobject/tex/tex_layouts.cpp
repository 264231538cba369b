#include "manim/mobject/tex_layouts.hpp"

#include <stdexcept>

#include "manim/mobject/geometry.hpp"
#include "manim/scene/config.hpp"

namespace manim {
namespace {

MathTexArgs list_args(MathTexArgs a) {
  // Manim's BulletedList passes tex_environment=None: no environment, plain text mode.
  if (a.tex_environment == "align*") a.tex_environment = "";
  return a;
}

std::vector<std::string> with_breaks(const std::vector<std::string>& items) {
  if (items.empty()) throw std::invalid_argument("BulletedList: needs at least one item");
  std::vector<std::string> out;
  for (const auto& s : items) out.push_back(s + "\\\\");
  return out;
}

}  // namespace

Title::Title(const std::vector<std::string>& parts, const TitleArgs& a) : Tex(parts, a.tex) {
  detail::set_kind(node(), "Title");
  to_edge(UP);
  if (!a.include_underline) return;
  Line underline(LEFT, RIGHT);
  underline.next_to(*this, DOWN, a.underline_buff);
  if (a.match_underline_width_to_text)
    underline.match_width(*this);
  else
    underline.scale_to_fit_width(config().frame_width - 2);
  add(underline);
}

Mobject Title::underline() const {
  const auto subs = submobjects();
  if (subs.empty() || !subs.back().is<Line>())
    throw std::logic_error("Title: this title has no underline (include_underline=False)");
  return subs.back();
}

BulletedList::BulletedList(const std::vector<std::string>& items, const BulletedListArgs& a)
    : Tex(with_breaks(items), list_args(a.tex)) {
  detail::set_kind(node(), "BulletedList");
  for (Mobject part : submobjects()) {
    MathTex dot("\\cdot");
    dot.scale(a.dot_scale_factor);
    if (part.size() > 0) dot.next_to(part[0], LEFT, SMALL_BUFF);
    part.add_to_back({dot});
  }
  arrange(DOWN, a.buff, LEFT);
}

BulletedList& BulletedList::fade_all_but(long index, double opacity) {
  auto parts = submobjects();
  const long n = static_cast<long>(parts.size());
  if (index < -n || index >= n)
    throw std::out_of_range("BulletedList.fade_all_but: item " + std::to_string(index) +
                            " is out of range (it has " + std::to_string(n) + " items)");
  const Mobject keep = parts[static_cast<std::size_t>(index < 0 ? index + n : index)];
  for (Mobject p : parts) p.set_fill(std::nullopt, p == keep ? 1.0 : opacity);
  return *this;
}

BulletedList& BulletedList::fade_all_but(const std::string& tex, double opacity) {
  const Mobject keep = get_part_by_tex(tex);
  for (Mobject p : submobjects()) p.set_fill(std::nullopt, p == keep ? 1.0 : opacity);
  return *this;
}

}  // namespace manim
