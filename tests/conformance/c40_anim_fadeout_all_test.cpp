// Conformance c40: FadeOut of every mobject but the title (1 s), of the title (0.6 s), then
// FadeOut(*mobjects) on two new ones (1 s) and wait(0.1) on an empty frame, all on a custom
// background; 15 + 9 + 15 + 1 = 40 frames.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

// Manim's smooth, written out from docs/manim_facts.md §7 (independent of the engine's).
double smooth_ref(double t) {
  auto sigma = [](double x) { return 1 / (1 + std::exp(-x)); };
  const double v = (sigma(10 * (t - 0.5)) - sigma(-5)) / (1 - 2 * sigma(-5));
  return std::clamp(v, 0.0, 1.0);
}

class C40AnimFadeoutAll : public Scene {
 public:
  void construct() override {
    camera().background_color = Color("#0f0f1a");
    auto title = Text("The Airplane Analogy", {.color = "#4fc3f7", .font_size = 36, .weight = BOLD})
                     .to_edge(UP, 0.5);
    auto box =
        RoundedRectangle({.color = "#4fc3f7", .width = 2.2, .height = 1.2, .corner_radius = 0.15});
    auto lbl = Text("Human", {.color = "#e0e0e0", .font_size = 28});
    auto grp = VGroup(box, lbl).move_to(LEFT * 3);
    auto box2 =
        RoundedRectangle({.color = "#66bb6a", .width = 2.2, .height = 1.2, .corner_radius = 0.15})
            .move_to(RIGHT * 3);
    auto arrow = Arrow(box.get_right(), box2.get_left(), {.color = "#666677", .buff = 0.2});
    add(title, grp, box2, arrow);
    std::vector<Anim> outs;
    for (const Mobject& m : mobjects())
      if (m != title) outs.push_back(FadeOut(m));
    play(outs);
    outs.clear();
    for (const Mobject& m : mobjects()) outs.push_back(FadeOut(m));
    play(outs, {.run_time = 0.6});
    auto note = Text("Humans can't fly.", {.color = "#ff7043", .font_size = 24}).move_to(UP * 0.5);
    auto bar = Rectangle({.color = "#666677", .stroke_width = 1.5, .width = 7, .height = 4.5})
                   .shift(DOWN * 0.4);
    add(note, bar);
    play(FadeOut(mobjects()));
    wait(0.1);
  }
};

}  // namespace

TEST(C40AnimFadeoutAll, MatchesManimFrames) {
  config().manim_text_kerning = true;  // Manim's whole-unit glyph advances
  C40AnimFadeoutAll scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()), mt::reference_frame_count("c40_anim_fadeout_all"));
  mt::expect_frames_match_reference("c40_anim_fadeout_all", run, kMinSsim);
}

TEST(C40AnimFadeoutAll, OpacitiesFallAndFadedMobjectsLeave) {
  config().manim_text_kerning = true;
  C40AnimFadeoutAll scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(run.frames.size(), 40u);
  // Items: 18 title glyphs, box, 5 "Human" glyphs, box2, arrow shaft and tip.
  const std::size_t kBox = 18;
  ASSERT_EQ(run.frames[0]->items.size(), 18u + 1 + 5 + 1 + 2);
  for (int k : {0, 5, 10, 14}) {
    const Frame& f = *run.frames[k];
    const double e = smooth_ref(k / 15.0);
    EXPECT_NEAR(f.items[kBox].stroke.a, 1 - e, 1e-6) << "frame " << k;
    EXPECT_NEAR(f.items[0].fill.a, 1, 1e-12) << "frame " << k;  // the title stays
  }
  // Play 2 (frames 15..23): only the title is left and fades.
  for (int m : {0, 4, 8}) {
    const Frame& f = *run.frames[15 + m];
    ASSERT_EQ(f.items.size(), 18u);
    EXPECT_NEAR(f.items[0].fill.a, 1 - smooth_ref(m / 9.0), 1e-6);
  }
  // Play 3 (frames 24..38): the note's 14 glyphs and the bar fade together.
  for (int m : {0, 7, 14}) {
    const Frame& f = *run.frames[24 + m];
    ASSERT_EQ(f.items.size(), 15u);
    EXPECT_NEAR(f.items[14].stroke.a, 1 - smooth_ref(m / 15.0), 1e-6);
  }
  // The wait's frame is empty, on the custom background.
  const Frame& last = *run.frames[39];
  EXPECT_TRUE(last.items.empty());
  EXPECT_NEAR(last.background.r, 0x0f / 255.0, 1e-9);
  EXPECT_NEAR(last.background.b, 0x1a / 255.0, 1e-9);
}
