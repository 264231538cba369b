// Conformance c14: Text weight=BOLD, font="Monospace" and font="Times New Roman" (regular and
// bold) next to the default font, with a coloured row (static).
#include <gtest/gtest.h>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

class C14TextWeightFonts : public Scene {
 public:
  void construct() override {
    auto rows =
        VGroup(Text("Default: Attention Heads 42", {.font_size = 36}),
               Text("Default BOLD: Attention Heads 42", {.font_size = 36, .weight = BOLD}),
               Text("Monospace: i32.const 03 -> odd=1", {.font_size = 30, .font = "Monospace"}),
               Text("Monospace BOLD: print(3+5)",
                    {.font_size = 30, .font = "Monospace", .weight = BOLD}),
               Text("Times New Roman: Grouped-Query Attention",
                    {.font_size = 36, .font = "Times New Roman"}),
               Text("Times New Roman BOLD: KV Cache",
                    {.font_size = 36, .font = "Times New Roman", .weight = BOLD}),
               Text("Coloured bold", {.color = "#4fc3f7", .font_size = 36, .weight = BOLD}))
            .arrange(DOWN, 0.3, LEFT);
    rows.move_to(ORIGIN);
    add(rows);
    wait(1);
  }
};

}  // namespace

TEST(C14TextWeightFonts, MatchesManimFrames) {
  config().manim_text_kerning = true;  // Manim's whole-unit glyph advances
  C14TextWeightFonts scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()),
            mt::reference_frame_count("c14_text_weight_fonts"));
  mt::expect_frames_match_reference("c14_text_weight_fonts", run, kMinSsim);
}
