// AttentionMatMulPureText (examples/user_scenes/nb_attention_matmul_puretext.cpp) against Manim
// CE's render.
#include "../../examples/user_scenes/nb_attention_matmul_puretext.cpp"

#include <gtest/gtest.h>

#include "../support/test_support.hpp"

TEST(AttentionMatMulPureText, MatchesManimFrames) {
  manim::config().manim_text_kerning = true;
  AttentionMatMulPureText scene;
  auto run = manim::testing::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()),
            manim::testing::reference_frame_count("AttentionMatMulPureText"));
  EXPECT_EQ(run.frames.size(), 690u);
  manim::testing::expect_frames_match_reference("AttentionMatMulPureText", run, 0.98);
}
