// The nine scenes of percepta_computer_as_llm.py against Manim CE's -ql reference frames: exact
// frame count and every kept reference frame (one every 30) at SSIM >= 0.98.
#include "../../examples/user_scenes/percepta_computer_as_llm.cpp"

#include <gtest/gtest.h>

#include <string>

#include "../support/test_support.hpp"

namespace {

// `kept` is the number of reference PNGs the scene has (one every 30 frames).
void expect_matches_reference(manim::Scene& scene, const std::string& tag, std::size_t kept) {
  EXPECT_EQ(manim::testing::expect_scene_matches_reference(scene, tag).size(), kept);
}

TEST(PerceptaComputerAsLlm, Scene1IntroMatchesReference) {
  percepta::Scene1_Intro scene;
  expect_matches_reference(scene, "Scene1_Intro", 9);
}

TEST(PerceptaComputerAsLlm, Scene2ToolUseMatchesReference) {
  percepta::Scene2_ToolUse scene;
  expect_matches_reference(scene, "Scene2_ToolUse", 12);
}

TEST(PerceptaComputerAsLlm, Scene3KeyIdeaMatchesReference) {
  percepta::Scene3_KeyIdea scene;
  expect_matches_reference(scene, "Scene3_KeyIdea", 8);
}

TEST(PerceptaComputerAsLlm, Scene4ToolVsInModelMatchesReference) {
  percepta::Scene4_ToolVsInModel scene;
  expect_matches_reference(scene, "Scene4_ToolVsInModel", 9);
}

TEST(PerceptaComputerAsLlm, Scene5AppendOnlyTraceMatchesReference) {
  percepta::Scene5_AppendOnlyTrace scene;
  expect_matches_reference(scene, "Scene5_AppendOnlyTrace", 11);
}

TEST(PerceptaComputerAsLlm, Scene6QuadraticProblemMatchesReference) {
  percepta::Scene6_QuadraticProblem scene;
  expect_matches_reference(scene, "Scene6_QuadraticProblem", 8);
}

TEST(PerceptaComputerAsLlm, Scene72DHeadsMatchesReference) {
  percepta::Scene7_2DHeads scene;
  expect_matches_reference(scene, "Scene7_2DHeads", 9);
}

TEST(PerceptaComputerAsLlm, Scene8ResultsMatchesReference) {
  percepta::Scene8_Results scene;
  expect_matches_reference(scene, "Scene8_Results", 6);
}

TEST(PerceptaComputerAsLlm, Scene9RecapMatchesReference) {
  percepta::Scene9_Recap scene;
  expect_matches_reference(scene, "Scene9_Recap", 7);
}

}  // namespace
