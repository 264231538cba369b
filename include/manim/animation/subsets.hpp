// ShowIncreasingSubsets, ShowSubmobjectsOneByOne, AddTextLetterByLetter,
// RemoveTextLetterByLetter, AddTextWordByWord (manim/animation/creation.py, v0.18.0).
// These show whole submobjects: at each frame the first int_func(rate(alpha) * n) of them are
// opaque and the rest transparent (set_opacity, so the end state is opacity 1 everywhere).
#pragma once
#include <functional>
#include <vector>

#include "manim/animation/composition.hpp"

namespace manim {

// Manim's int_func: np.floor (ShowIncreasingSubsets) or np.ceil (the others).
using IntFunc = std::function<double(double)>;

struct SubsetsArgs {
  IntFunc int_func;  // unset: the class's default (floor or ceil)
  std::optional<bool> reverse_rate_function;
};

// Shows one submobject more at a time, keeping the ones shown. Construction makes every
// submobject transparent (as Manim); suspend_mobject_updating defaults to false.
class ShowIncreasingSubsets : public Animation {
 public:
  explicit ShowIncreasingSubsets(Mobject group, const AnimArgs& args = {},
                                 const SubsetsArgs& sargs = {});
  void interpolate(double alpha) override;
  // The index the frame at alpha shows up to (int_func(value * n), value = rate or 1 - rate).
  std::size_t index_at(double alpha) const;
  const std::vector<Mobject>& all_submobs() const { return all_submobs_; }

 protected:
  ShowIncreasingSubsets(Mobject group, const AnimArgs& args, const SubsetsArgs& sargs,
                        IntFunc default_int_func, const char* cls);
  virtual void update_submobject_list(std::size_t index);
  std::vector<Mobject> all_submobs_;
  IntFunc int_func_;
};

// Shows one submobject at a time, hiding the previous ones (int_func ceil); the group is a new
// Group of the given mobjects.
class ShowSubmobjectsOneByOne : public ShowIncreasingSubsets {
 public:
  explicit ShowSubmobjectsOneByOne(const std::vector<Mobject>& group, const AnimArgs& args = {},
                                   const SubsetsArgs& sargs = {});

 protected:
  void update_submobject_list(std::size_t index) override;
};

struct TextByLetterArgs {
  double time_per_char = 0.1;
  std::optional<double> run_time;  // default max(1 / frame_rate, time_per_char) * len(text)
};

// Text letter by letter (linear, ceil, introducer). A text with no glyph points throws
// std::invalid_argument ("... does not seem to contain any characters.").
class AddTextLetterByLetter : public ShowIncreasingSubsets {
 public:
  explicit AddTextLetterByLetter(Mobject text, const TextByLetterArgs& targs = {},
                                 const AnimArgs& args = {}, const SubsetsArgs& sargs = {});
  double time_per_char() const { return time_per_char_; }

 protected:
  AddTextLetterByLetter(Mobject text, const TextByLetterArgs& targs, const AnimArgs& args,
                        const SubsetsArgs& sargs, const char* cls, bool remove);
  double time_per_char_;
};

// AddTextLetterByLetter backwards: reverse rate, remover, not an introducer.
class RemoveTextLetterByLetter : public AddTextLetterByLetter {
 public:
  explicit RemoveTextLetterByLetter(Mobject text, const TextByLetterArgs& targs = {},
                                    const AnimArgs& args = {}, const SubsetsArgs& sargs = {});
};

// A Succession of, per submobject ("word") w of the text: ShowIncreasingSubsets(w, run_time =
// time_per_char * len(w)) then a plain Animation(w, run_time = 0.005 * len(w)^1.5). Manim marks
// it broken: Text's submobjects are letters, so every piece has length 0 (run_time 0).
class AddTextWordByWord : public Succession {
 public:
  explicit AddTextWordByWord(Mobject text, double time_per_char = 0.06, const GroupArgs& args = {});
  double time_per_char() const { return time_per_char_; }

 private:
  double time_per_char_;
};

}  // namespace manim
