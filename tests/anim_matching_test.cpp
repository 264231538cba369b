// The rest of Manim's animation vocabulary: ShowIncreasingSubsets and the letter-by-letter
// animations, LaggedStartMap, TransformMatchingShapes / TransformMatchingTex and nested
// Succession timing, against indices, run times and positions worked out by hand from Manim CE
// v0.18.0's formulas.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "manim/animation/subsets.hpp"
#include "manim/animation/transform_matching_parts.hpp"
#include "manim/manim.hpp"

using namespace manim;

namespace {

struct FpsGuard {
  double saved;
  explicit FpsGuard(double fps) : saved(config().frame_rate) { config().frame_rate = fps; }
  ~FpsGuard() { config().frame_rate = saved; }
};

class FnScene : public Scene {
 public:
  explicit FnScene(std::function<void(Scene&)> f) : f_(std::move(f)) {}
  void construct() override { f_(*this); }

 private:
  std::function<void(Scene&)> f_;
};

bool in_scene(const Scene& s, const Mobject& m) {
  return std::find(s.mobjects().begin(), s.mobjects().end(), m) != s.mobjects().end();
}

double lin(double t) { return std::clamp(t, 0.0, 1.0); }

std::vector<double> opacities(const Mobject& g) {
  std::vector<double> out;
  for (const Mobject& s : g.submobjects()) out.push_back(s.get_fill_opacity());
  return out;
}

}  // namespace

TEST(ShowIncreasingSubsets, FloorOfRateTimesCount) {
  VGroup g(Square{}, Circle{}, Triangle{}, Square{});
  g.set_fill(WHITE, 1.0);
  ShowIncreasingSubsets a(g, {.rate_func = lin});
  // Construction already hides every submobject (Manim's __init__).
  EXPECT_EQ(opacities(g), (std::vector<double>{0, 0, 0, 0}));
  // floor(alpha * 4): 0.2 -> 0, 0.25 -> 1, 0.74 -> 2, 0.75 -> 3, 1 -> 4.
  EXPECT_EQ(a.index_at(0.2), 0u);
  EXPECT_EQ(a.index_at(0.25), 1u);
  EXPECT_EQ(a.index_at(0.74), 2u);
  EXPECT_EQ(a.index_at(0.75), 3u);
  EXPECT_EQ(a.index_at(1.0), 4u);
  a.begin();
  a.interpolate(0.6);
  EXPECT_EQ(opacities(g), (std::vector<double>{1, 1, 0, 0}));
  a.finish();
  EXPECT_EQ(opacities(g), (std::vector<double>{1, 1, 1, 1}));
  EXPECT_FALSE(a.suspends_mobject_updating());
}

TEST(ShowSubmobjectsOneByOne, CeilAndOnlyTheLastShown) {
  Square a, b, c;
  ShowSubmobjectsOneByOne anim({a, b, c}, {.rate_func = lin});
  // ceil(0.5 * 3) = 2: b shown, a hidden, c untouched (still 0 from construction).
  anim.interpolate(0.5);
  EXPECT_EQ(a.get_stroke_opacity(), 0);
  EXPECT_EQ(b.get_stroke_opacity(), 1);
  EXPECT_EQ(c.get_stroke_opacity(), 0);
  // ceil(0.01 * 3) = 1: a shown.
  anim.interpolate(0.01);
  EXPECT_EQ(a.get_stroke_opacity(), 1);
  anim.interpolate(1.0);
  EXPECT_EQ(a.get_stroke_opacity(), 0);
  EXPECT_EQ(c.get_stroke_opacity(), 1);
}

TEST(AddTextLetterByLetter, RunTimeFromTimePerCharAndFrameRate) {
  FpsGuard fps(60);
  Text t("Hello");
  ASSERT_EQ(t.size(), 5u);
  // max(1/60, 0.1) * 5 = 0.5; linear; ceil.
  AddTextLetterByLetter a(t, {.time_per_char = 0.1});
  EXPECT_DOUBLE_EQ(a.get_run_time(), 0.5);
  EXPECT_TRUE(a.is_introducer());
  EXPECT_EQ(a.index_at(0.01), 1u);  // ceil(0.05)
  EXPECT_EQ(a.index_at(0.4), 2u);   // ceil(2.0)
  // A time per char below one frame still takes a frame per letter: max(1/60, 0.001) * 5.
  AddTextLetterByLetter fast(Text("Hello"), {.time_per_char = 0.001});
  EXPECT_DOUBLE_EQ(fast.get_run_time(), 5.0 / 60.0);
  // RemoveTextLetterByLetter runs backwards: ceil((1 - 0.4) * 5) = 3 letters left; a remover.
  RemoveTextLetterByLetter r(Text("Hello"));
  EXPECT_EQ(r.index_at(0.4), 3u);
  EXPECT_TRUE(r.is_remover());
  EXPECT_FALSE(r.is_introducer());
}

TEST(AddTextLetterByLetter, EmptyAndWhitespaceTextAreErrors) {
  for (const char* s : {"", "    "}) {
    try {
      AddTextLetterByLetter a{Text(s)};
      FAIL() << "no error for '" << s << "'";
    } catch (const std::invalid_argument& e) {
      EXPECT_NE(std::string(e.what()).find("does not seem to contain any characters"),
                std::string::npos)
          << e.what();
    }
  }
}

TEST(AddTextLetterByLetter, PlaysOneLetterPerFrameAtTenFps) {
  FpsGuard fps(10);
  Text t("abcd");
  FnScene s([&](Scene& sc) { sc.play(AddTextLetterByLetter(t)); });
  s.render(nullptr);
  // run_time max(0.1, 0.1) * 4 = 0.4 s: 4 frames; every letter opaque at the end.
  EXPECT_EQ(s.frames_emitted(), 4u);
  EXPECT_TRUE(in_scene(s, t));
  for (double o : opacities(t)) EXPECT_EQ(o, 1);
}

TEST(AddTextWordByWord, SuccessionOfShowAndHoldPerPiece) {
  VGroup words(VGroup(Square{}, Square{}), VGroup(Circle{}, Circle{}, Circle{}));
  AddTextWordByWord a(words, 0.06);
  // 2 * 0.06 + 0.005 * 2^1.5 + 3 * 0.06 + 0.005 * 3^1.5.
  const double want = 0.12 + 0.005 * std::pow(2, 1.5) + 0.18 + 0.005 * std::pow(3, 1.5);
  EXPECT_NEAR(a.get_run_time(), want, 1e-12);
  EXPECT_EQ(a.animations().size(), 4u);
}

TEST(LaggedStartMap, OneAnimationPerSubmobjectOverTwoSeconds) {
  VGroup g(Square{}, Square{}, Square{});
  LaggedStartMap lsm([](const Mobject& m) { return Anim(FadeIn(m)); }, g);
  EXPECT_EQ(lsm.animations().size(), 3u);
  EXPECT_DOUBLE_EQ(lsm.get_run_time(), 2.0);
  // Lag 0.05 of 1 s children: starts 0, 0.05, 0.1 on a 1.1 s timeline.
  EXPECT_DOUBLE_EQ(lsm.starts()[2], 0.1);
  EXPECT_DOUBLE_EQ(lsm.ends()[2], 1.1);
}

TEST(Succession, NestedSuccessionTiming) {
  Line line;
  Succession nested({FadeIn(line, {.run_time = 1.0}), FadeOut(line, {.run_time = 4.0})});
  Succession outer({FadeIn(line, {.run_time = 4.0}), nested, FadeIn(line, {.run_time = 1.0})});
  EXPECT_DOUBLE_EQ(outer.get_run_time(), 10.0);
  const auto* inner = dynamic_cast<const Succession*>(&*outer.animations()[1]);
  ASSERT_NE(inner, nullptr);
  outer.begin();
  outer.interpolate(0.39);
  EXPECT_EQ(outer.active_index(), 0u);
  EXPECT_FALSE(inner->has_begun());
  outer.interpolate(0.4);
  EXPECT_EQ(outer.active_index(), 1u);
  EXPECT_EQ(inner->active_index(), 0u);
  outer.interpolate(0.5);
  EXPECT_EQ(inner->active_index(), 1u);
  outer.interpolate(0.9);
  EXPECT_EQ(outer.active_index(), 2u);
  EXPECT_EQ(inner->active_index(), 2u);
}

TEST(TransformMatchingShapes, KeyIgnoresPositionAndSize) {
  Square a;
  Square b(3.0);
  b.shift(RIGHT * 2 + UP);
  EXPECT_EQ(TransformMatchingShapes::get_mobject_key(a),
            TransformMatchingShapes::get_mobject_key(b));
  EXPECT_NE(TransformMatchingShapes::get_mobject_key(a),
            TransformMatchingShapes::get_mobject_key(Circle()));
  // The key is computed on a copy: the part is unchanged.
  EXPECT_NEAR(b.get_center().x, 2, 1e-12);
}

TEST(TransformMatchingShapes, MatchedPartsMoveOthersFadeAndTheTargetStays) {
  FpsGuard fps(10);
  Square sq;
  Square sq2;
  sq2.shift(RIGHT * 2);
  VGroup src(sq, Triangle());
  Square moved;
  moved.shift(LEFT * 2);
  VGroup dst(moved, Circle().shift(RIGHT));
  TransformMatchingShapes anim(src, dst);
  // Transform (matched squares), FadeOut (triangle), FadeIn (circle copy): 1 s, linear group.
  EXPECT_EQ(anim.animations().size(), 3u);
  EXPECT_DOUBLE_EQ(anim.get_run_time(), 1.0);
  FnScene s([&](Scene& sc) {
    sc.add(src);
    sc.play(TransformMatchingShapes(src, dst));
  });
  s.render(nullptr);
  EXPECT_EQ(s.frames_emitted(), 10u);
  EXPECT_FALSE(in_scene(s, src));
  EXPECT_TRUE(in_scene(s, dst));
  EXPECT_EQ(s.mobjects().size(), 1u);
  // Every child is put back to alpha 0 at clean-up: the source square is where it started.
  EXPECT_NEAR(sq.get_center().x, 0, 1e-9);
}

TEST(TransformMatchingShapes, TransformMismatchesTransformsTheRest) {
  VGroup src(Square{}, Triangle{});
  VGroup dst(Square{}, Circle{});
  TransformMatchingShapes anim(src, dst, {.transform_mismatches = true});
  ASSERT_EQ(anim.animations().size(), 2u);
  EXPECT_NE(dynamic_cast<const Transform*>(&*anim.animations()[1]), nullptr);
  EXPECT_EQ(dynamic_cast<const FadeOut*>(&*anim.animations()[1]), nullptr);
}

TEST(TransformMatchingTex, KeysAreTexStringsAndNonTexIsAnError) {
  MathTex a({"A", "+", "B"});
  MathTex b({"B", "-", "A"});
  // A and B match (Transform), "+" fades out, "-" fades in.
  TransformMatchingTex anim(a, b);
  EXPECT_EQ(anim.animations().size(), 3u);
  const auto* t = dynamic_cast<const Transform*>(&*anim.animations()[0]);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->mobject().size(), 2u);  // the A group and the B group
  EXPECT_EQ(TransformMatchingTex::get_mobject_key(a[1]), "+");
  EXPECT_THROW(TransformMatchingTex(Square(), b), std::invalid_argument);
}
