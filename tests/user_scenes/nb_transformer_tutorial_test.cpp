// TransformerTutorial (nb_transformer_tutorial.py) against Manim CE's -ql reference frames.
#include "../../examples/user_scenes/nb_transformer_tutorial.cpp"

#include <gtest/gtest.h>

#include "../support/test_support.hpp"

namespace {

TEST(NbTransformerTutorial, TransformerTutorialMatchesReference) {
  manim::config().manim_text_kerning = true;  // Manim's glyph advance rounding
  TransformerTutorial scene;
  auto run = manim::testing::run_scene(scene);
  ASSERT_EQ((int)run.frames.size(), manim::testing::reference_frame_count("TransformerTutorial"));
  const auto ssims =
      manim::testing::expect_frames_match_reference("TransformerTutorial", run, 0.98);
  EXPECT_EQ(ssims.size(), 125u);
}

}  // namespace
