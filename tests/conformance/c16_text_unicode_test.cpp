// Conformance c16: non-ASCII glyphs in Text with the default font, drawn through fontconfig
// fallback: ✓ ✗ → ← × √ ⊙ • ᵀ ² ⁸ … — · and quotes (static).
#include <gtest/gtest.h>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

class C16TextUnicode : public Scene {
 public:
  void construct() override {
    auto rows = VGroup(Text("✓ Solving hard math   ✗ Multiplying two numbers", {.font_size = 28}),
                       Text("LLMs are great at…   —   C code → tokens ← result", {.font_size = 28}),
                       Text("1×2 + 0×4 + 0×(-2) = 2    Q·K^T/√d", {.font_size = 28}),
                       Text("• bullet   ⊙ odot   Wᵀ   x²   10⁸", {.font_size = 28}),
                       Text("\"quoted\"  'single'  <s>  <unk>  50%", {.font_size = 28}),
                       Text("✓ argmax", {.color = YELLOW, .font_size = 20}))
                    .arrange(DOWN, 0.35, LEFT);
    add(rows);
    wait(1);
  }
};

}  // namespace

TEST(C16TextUnicode, MatchesManimFrames) {
  config().manim_text_kerning = true;  // Manim's whole-unit glyph advances
  C16TextUnicode scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()), mt::reference_frame_count("c16_text_unicode"));
  mt::expect_frames_match_reference("c16_text_unicode", run, kMinSsim);
}
