// Conformance c15: multi-line Text with the default line_spacing and 1.2 / 1.3, lines of unequal
// length (left-aligned) and small sizes (static).
#include <gtest/gtest.h>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

class C15TextMultiline : public Scene {
 public:
  void construct() override {
    auto a = Text("The LLM describes computation\nbut never executes it.",
                  {.color = "#ff7043", .font_size = 22});
    auto b = Text("The LLM describes computation\nbut never executes it.",
                  {.color = "#ff7043", .font_size = 22, .line_spacing = 1.3});
    auto c = Text("Virtual CPU\n(WebAssembly)",
                  {.color = "#ffd54f", .font_size = 20, .line_spacing = 1.2});
    auto d = Text("At 1 million steps:\nstandard = 1,000,000 ops/step\nhull = ~20 ops/step",
                  {.color = "#ffd54f", .font_size = 18, .line_spacing = 1.3});
    auto e = Text("Q Projection\n1536 → 24×64", {.color = YELLOW, .font_size = 10});
    auto f = Text("short\na much longer second line\nmid line", {.font_size = 28});
    a.move_to({-3.5, 2.5, 0});
    b.move_to({3.5, 2.5, 0});
    c.move_to({-3.5, 0.6, 0});
    d.move_to({3.5, 0.4, 0});
    e.move_to({-3.5, -1.0, 0});
    f.move_to({0, -2.4, 0});
    add(a, b, c, d, e, f);
    wait(1);
  }
};

}  // namespace

TEST(C15TextMultiline, MatchesManimFrames) {
  config().manim_text_kerning = true;  // Manim's whole-unit glyph advances
  C15TextMultiline scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()), mt::reference_frame_count("c15_text_multiline"));
  mt::expect_frames_match_reference("c15_text_multiline", run, kMinSsim);
}
