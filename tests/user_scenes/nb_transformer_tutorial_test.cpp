// TransformerTutorial (nb_transformer_tutorial.py) against Manim CE's -ql reference frames.
#include "../../examples/user_scenes/nb_transformer_tutorial.cpp"

#include <gtest/gtest.h>

#include "../support/test_support.hpp"

namespace {

TEST(NbTransformerTutorial, TransformerTutorialMatchesReference) {
  TransformerTutorial scene;
  EXPECT_EQ(manim::testing::expect_scene_matches_reference(scene, "TransformerTutorial").size(),
            125u);
}

}  // namespace
