// AttentionMatMul (examples/user_scenes/nb_attention_matmul.cpp) against Manim CE's render, which
// stops with an IndexError after 553 frames at attention_matrix[0][1][1] (the left bracket has one
// submobject).
#include "../../examples/user_scenes/nb_attention_matmul.cpp"

#include <gtest/gtest.h>

#include "../support/test_support.hpp"

TEST(AttentionMatMul, StopsAtTheSameIndexErrorAfterTheSameFrames) {
  manim::config().manim_text_kerning = true;
  AttentionMatMul scene;
  auto run = manim::testing::run_scene_until_error(scene);
  ASSERT_EQ(manim::testing::reference_frame_count("AttentionMatMul"), 553);
  ASSERT_EQ(static_cast<int>(run.frames.size()), 553);
  // Matrix[1] (the left bracket, a MathTex) holds one submobject, so [1] is out of range.
  EXPECT_NE(run.error.find("MathTex index 1 is out of range"), std::string::npos) << run.error;
  EXPECT_NE(run.error.find("(it has 1 submobject)"), std::string::npos) << run.error;
  manim::testing::expect_frames_match_reference("AttentionMatMul", run, 0.98);
}
