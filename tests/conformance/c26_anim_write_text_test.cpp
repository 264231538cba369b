// Conformance c26: Write on a bold coloured Text (run_time 1.2), then Write on a VGroup of three
// Texts with Write's automatic run_time (17 glyphs -> 2 s); 18 + 30 = 48 frames.
#include <gtest/gtest.h>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

class C26AnimWriteText : public Scene {
 public:
  void construct() override {
    auto title =
        Text("Can LLMs Be Computers?", {.color = "#4fc3f7", .font_size = 56, .weight = BOLD})
            .to_edge(UP, 1.0);
    play(Write(title, {.run_time = 1.2}));
    auto mapping = VGroup(Text("files = 1", {.font_size = 24}), Text("find = 2", {.font_size = 24}),
                          Text("my = 3", {.font_size = 24}))
                       .arrange(DOWN, DEFAULT_MOBJECT_TO_MOBJECT_BUFFER, LEFT);
    play(Write(mapping));
  }
};

}  // namespace

TEST(C26AnimWriteText, MatchesManimFrames) {
  // Manim's whole-unit glyph advances. Without them the glyphs sit at Pango's fractional
  // positions and the SSIM falls as the text appears, to 0.971 at frame 47.
  config().manim_text_kerning = true;
  C26AnimWriteText scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()), mt::reference_frame_count("c26_anim_write_text"));
  mt::expect_frames_match_reference("c26_anim_write_text", run, kMinSsim);
}

TEST(C26AnimWriteText, GlyphOutlinesFollowWritesTwoPhases) {
  config().manim_text_kerning = true;
  C26AnimWriteText scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(run.frames.size(), 48u);  // ceil(1.2 * 15) + 2 * 15
  // Title: 19 glyphs, lag_ratio 0.2, linear rate. Glyph 0's sub-alpha at play alpha a is
  // a * (1 + 18 * 0.2) = 4.6 a.
  // Frame 1 (a = 1/18, s = 0.2556): tracing phase, outline stroke 2, no fill. The outline keeps
  // the glyph's own stroke colour, which stays WHITE although the Text is #4fc3f7.
  {
    const PathItem& g0 = run.frames[1]->items.at(0);
    EXPECT_NEAR(g0.stroke_width, 2, 1e-9);
    EXPECT_NEAR(g0.fill.a, 0, 1e-9);
    EXPECT_NEAR(g0.stroke.r, 1, 1e-9);
    EXPECT_NEAR(g0.stroke.g, 1, 1e-9);
    EXPECT_NEAR(g0.stroke.b, 1, 1e-9);
  }
  // Frame 3 (a = 1/6, s = 0.7667): filling phase with t = 2 s - 1 = 0.5333: stroke width
  // 2 (1 - t) = 0.9333, fill opacity t.
  {
    const PathItem& g0 = run.frames[3]->items.at(0);
    const double t = 2 * (4.6 / 6) - 1;
    EXPECT_NEAR(g0.stroke_width, 2 * (1 - t), 1e-6);
    EXPECT_NEAR(g0.fill.a, t, 1e-6);
    EXPECT_NEAR(g0.fill.r, Color("#4fc3f7").r, 1e-6);
  }
}
