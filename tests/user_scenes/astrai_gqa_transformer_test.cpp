// The C++ port of astrai_gqa_transformer.py against Manim CE's -ql reference render: same frame
// count, every kept reference frame at SSIM >= 0.98.
#include "../../examples/user_scenes/astrai_gqa_transformer.cpp"

#include <gtest/gtest.h>

#include "support/test_support.hpp"

TEST(AstraiGqaTransformer, TransformerMatchesReference) {
  manim::config().manim_text_kerning = true;
  astrai::Transformer scene;
  auto run = manim::testing::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()),
            manim::testing::reference_frame_count("Transformer"));
  manim::testing::expect_frames_match_reference("Transformer", run, 0.98);
}
