// Renders the port of nb_attention_matmul_improved_v1.py and compares it with Manim CE's
// reference frames (tests/reference/AttentionMatMulImproved_v1).
#include "../../examples/user_scenes/nb_attention_matmul_improved_v1.cpp"

#include <gtest/gtest.h>

#include "../support/test_support.hpp"

TEST(NbAttentionMatmulImprovedV1, MatchesManimReference) {
  manim::config().manim_text_kerning = true;  // Manim's glyph advance rounding
  AttentionMatMulImproved scene;
  auto run = manim::testing::run_scene(scene);
  ASSERT_EQ((int)run.frames.size(),
            manim::testing::reference_frame_count("AttentionMatMulImproved_v1"));
  manim::testing::expect_frames_match_reference("AttentionMatMulImproved_v1", run, 0.98);
}
