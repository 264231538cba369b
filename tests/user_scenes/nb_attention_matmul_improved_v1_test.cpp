// Renders the port of nb_attention_matmul_improved_v1.py and compares it with Manim CE's
// reference frames (tests/reference/AttentionMatMulImproved_v1).
#include "../../examples/user_scenes/nb_attention_matmul_improved_v1.cpp"

#include <gtest/gtest.h>

#include "../support/test_support.hpp"

TEST(NbAttentionMatmulImprovedV1, MatchesManimReference) {
  AttentionMatMulImproved scene;
  manim::testing::expect_scene_matches_reference(scene, "AttentionMatMulImproved_v1");
}
