// The C++ port of astrai_gqa_transformer.py against Manim CE's -ql reference render: same frame
// count, every kept reference frame at SSIM >= 0.98.
#include "../../examples/user_scenes/astrai_gqa_transformer.cpp"

#include <gtest/gtest.h>

#include "support/test_support.hpp"

TEST(AstraiGqaTransformer, TransformerMatchesReference) {
  astrai::Transformer scene;
  manim::testing::expect_scene_matches_reference(scene, "Transformer");
}
