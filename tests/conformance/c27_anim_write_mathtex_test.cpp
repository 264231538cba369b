// Conformance c27: Write on the attention formula (default run_time), then a 0.5 s wait.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <gtest/gtest.h>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Reached min 0.9928 over the 37 frames once the worker set fractions, radicals and kerns by
// TeX's rules; the rest is MathJax's glyph outlines and script sizes (see c18).
constexpr double kMinSsim = 0.985;
const char* kAttention =
    R"(\operatorname{Attention}(Q,K,V)=\operatorname{softmax}\!\left(\frac{QK^\top}{\sqrt{d_k}}\right)\!V)";

class C27AnimWriteMathtex : public Scene {
 public:
  void construct() override {
    auto eq = MathTex(kAttention, {.color = WHITE, .font_size = 36});
    play(Write(eq));
    wait(0.5);
  }
};

}  // namespace

TEST(C27AnimWriteMathtex, FormulaHas35LeavesForWritesLag) {
  MathTex eq(kAttention, {.font_size = 36});
  EXPECT_EQ(eq.family_members_with_points().size(), 35u);  // Write's lag_ratio = 4/35
  EXPECT_EQ(eq.size(), 1u);
}

TEST(C27AnimWriteMathtex, MatchesManimFrames) {
  C27AnimWriteMathtex scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()),
            mt::reference_frame_count("c27_anim_write_mathtex"));
  auto s = mt::expect_frames_match_reference("c27_anim_write_mathtex", run, kMinSsim);
  double mean = 0;
  for (auto& f : s) mean += f.ssim;
  std::printf("c27 mean SSIM %.4f over %zu frames\n", mean / static_cast<double>(s.size()),
              s.size());
}
