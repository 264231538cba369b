// AttentionMatMulPureText (examples/user_scenes/nb_attention_matmul_puretext.cpp) against Manim
// CE's render.
#include "../../examples/user_scenes/nb_attention_matmul_puretext.cpp"

#include <gtest/gtest.h>

#include "../support/test_support.hpp"

TEST(AttentionMatMulPureText, MatchesManimFrames) {
  AttentionMatMulPureText scene;
  EXPECT_EQ(manim::testing::reference_frame_count("AttentionMatMulPureText"), 690);
  manim::testing::expect_scene_matches_reference(scene, "AttentionMatMulPureText");
}
