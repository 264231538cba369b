// ShowIncreasingSubsets and the letter-by-letter animations: Manim's creation.py timing.
#include "manim/animation/subsets.hpp"

#include <cmath>
#include <stdexcept>

#include "animation/anim_util.hpp"
#include "manim/core/config.hpp"

namespace manim {

namespace {

double floor_func(double x) { return std::floor(x); }
double ceil_func(double x) { return std::ceil(x); }

AnimArgs subsets_defaults(AnimArgs a, const char* cls, const Mobject& m) {
  a = detail::named(std::move(a), cls, m);
  if (!a.suspend_mobject_updating) a.suspend_mobject_updating = false;
  return a;
}

}  // namespace

ShowIncreasingSubsets::ShowIncreasingSubsets(Mobject group, const AnimArgs& args,
                                             const SubsetsArgs& sargs)
    : ShowIncreasingSubsets(std::move(group), args, sargs, floor_func, "ShowIncreasingSubsets") {}

ShowIncreasingSubsets::ShowIncreasingSubsets(Mobject group, const AnimArgs& args,
                                             const SubsetsArgs& sargs, IntFunc default_int_func,
                                             const char* cls)
    : Animation(group, subsets_defaults(args, cls, group)),
      all_submobs_(group.submobjects()),
      int_func_(sargs.int_func ? sargs.int_func : std::move(default_int_func)) {
  if (sargs.reverse_rate_function) reverse_rate_function_ = *sargs.reverse_rate_function;
  // Manim hides every submobject already at construction.
  for (Mobject& s : all_submobs_) s.set_opacity(0);
}

std::size_t ShowIncreasingSubsets::index_at(double alpha) const {
  const double r = rate_func_(alpha);
  const double value = reverse_rate_function_ ? 1.0 - r : r;
  const double i = int_func_(value * static_cast<double>(all_submobs_.size()));
  // Python slicing clamps: a negative index hides all, one past the end shows all.
  if (!(i > 0)) return 0;
  return std::min(static_cast<std::size_t>(i), all_submobs_.size());
}

void ShowIncreasingSubsets::interpolate(double alpha) { update_submobject_list(index_at(alpha)); }

void ShowIncreasingSubsets::update_submobject_list(std::size_t index) {
  for (std::size_t i = 0; i < all_submobs_.size(); ++i)
    all_submobs_[i].set_opacity(i < index ? 1.0 : 0.0);
}

ShowSubmobjectsOneByOne::ShowSubmobjectsOneByOne(const std::vector<Mobject>& group,
                                                 const AnimArgs& args, const SubsetsArgs& sargs)
    : ShowIncreasingSubsets(Group(group), args, sargs, ceil_func, "ShowSubmobjectsOneByOne") {}

void ShowSubmobjectsOneByOne::update_submobject_list(std::size_t index) {
  // Only the last shown one becomes opaque; the ones after it keep their opacity (Manim).
  for (std::size_t i = 0; i + 1 < index; ++i) all_submobs_[i].set_opacity(0);
  if (index > 0) all_submobs_[index - 1].set_opacity(1);
}

namespace {

const Mobject& checked_text(const Mobject& text, const char* cls) {
  if (text.family_members_with_points().empty())
    throw std::invalid_argument(std::string(cls) + ": The text mobject " + text.kind() +
                                " does not seem to contain any characters.");
  return text;
}

AnimArgs letter_args(const Mobject& text, const TextByLetterArgs& t, AnimArgs a, bool remove) {
  if (!(t.time_per_char >= 0) || !std::isfinite(t.time_per_char))
    throw std::invalid_argument(
        "AddTextLetterByLetter: time_per_char must be >= 0 and finite, "
        "got " +
        detail::format_number(t.time_per_char));
  if (!a.rate_func) a.rate_func = detail::manim_linear;
  if (t.run_time)
    a.run_time = t.run_time;
  else if (!a.run_time)
    a.run_time =
        std::max(1.0 / config().frame_rate, t.time_per_char) * static_cast<double>(text.size());
  if (!a.introducer) a.introducer = !remove;
  if (remove && !a.remover) a.remover = true;
  return a;
}

}  // namespace

AddTextLetterByLetter::AddTextLetterByLetter(Mobject text, const TextByLetterArgs& targs,
                                             const AnimArgs& args, const SubsetsArgs& sargs)
    : AddTextLetterByLetter(std::move(text), targs, args, sargs, "AddTextLetterByLetter", false) {}

AddTextLetterByLetter::AddTextLetterByLetter(Mobject text, const TextByLetterArgs& targs,
                                             const AnimArgs& args, const SubsetsArgs& sargs,
                                             const char* cls, bool remove)
    : ShowIncreasingSubsets(
          checked_text(text, cls), letter_args(text, targs, args, remove),
          [&] {
            SubsetsArgs s = sargs;
            if (!s.reverse_rate_function) s.reverse_rate_function = remove;
            return s;
          }(),
          ceil_func, cls),
      time_per_char_(targs.time_per_char) {}

RemoveTextLetterByLetter::RemoveTextLetterByLetter(Mobject text, const TextByLetterArgs& targs,
                                                   const AnimArgs& args, const SubsetsArgs& sargs)
    : AddTextLetterByLetter(std::move(text), targs, args, sargs, "RemoveTextLetterByLetter", true) {
}

namespace {

std::vector<Anim> word_anims(const Mobject& text, double tpc) {
  std::vector<Anim> anims;
  for (const Mobject& word : text.submobjects()) {
    const double n = static_cast<double>(word.size());
    AnimArgs show;
    show.run_time = tpc * n;
    anims.emplace_back(ShowIncreasingSubsets(word, show));
    AnimArgs hold;
    hold.run_time = 0.005 * std::pow(n, 1.5);
    anims.emplace_back(Animation(word, hold));
  }
  if (anims.empty())
    throw std::invalid_argument("AddTextWordByWord: the text mobject " + text.kind() +
                                " has no submobjects (words) to show");
  return anims;
}

}  // namespace

AddTextWordByWord::AddTextWordByWord(Mobject text, double time_per_char, const GroupArgs& args)
    : Succession(word_anims(text, time_per_char), args), time_per_char_(time_per_char) {}

}  // namespace manim
