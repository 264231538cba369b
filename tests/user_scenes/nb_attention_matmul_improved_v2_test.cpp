// Renders the port of nb_attention_matmul_improved_v2.py and compares it with Manim CE's
// reference frames (tests/reference/AttentionMatMulImproved_v2).
#include "../../examples/user_scenes/nb_attention_matmul_improved_v2.cpp"

#include <gtest/gtest.h>

#include "../support/test_support.hpp"

TEST(NbAttentionMatmulImprovedV2, MatchesManimReference) {
  AttentionMatMulImproved scene;
  manim::testing::expect_scene_matches_reference(scene, "AttentionMatMulImproved_v2");
}
