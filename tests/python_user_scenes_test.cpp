// Our users' unmodified Manim CE scripts (copies of ../shared/user_scenes kept in
// tests/python/user_scenes) rendered through the Python front-end: `manimcpp FILE.py Scene -ql
// --format png`, the frame count equal to Manim's and every kept reference frame at SSIM >= 0.98.
// The two notebook scenes that crash in Manim CE must fail the same way: the script's own
// IndexError at line 142, after the same 553 frames.
#include <gtest/gtest.h>

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "support/test_support.hpp"

namespace fs = std::filesystem;
namespace mt = manim::testing;

namespace {

constexpr double kMinSsim = 0.98;

struct UserScene {
  const char* file;  // in tests/python/user_scenes
  const char* cls;   // the Scene class
  const char* tag;   // reference folder (tests/reference/<tag>)
  bool completes;    // false: Manim CE raises IndexError at line 142
};

const UserScene kScenes[] = {
    {"percepta_computer_as_llm.py", "Scene1_Intro", "Scene1_Intro", true},
    {"percepta_computer_as_llm.py", "Scene2_ToolUse", "Scene2_ToolUse", true},
    {"percepta_computer_as_llm.py", "Scene3_KeyIdea", "Scene3_KeyIdea", true},
    {"percepta_computer_as_llm.py", "Scene4_ToolVsInModel", "Scene4_ToolVsInModel", true},
    {"percepta_computer_as_llm.py", "Scene5_AppendOnlyTrace", "Scene5_AppendOnlyTrace", true},
    {"percepta_computer_as_llm.py", "Scene6_QuadraticProblem", "Scene6_QuadraticProblem", true},
    {"percepta_computer_as_llm.py", "Scene7_2DHeads", "Scene7_2DHeads", true},
    {"percepta_computer_as_llm.py", "Scene8_Results", "Scene8_Results", true},
    {"percepta_computer_as_llm.py", "Scene9_Recap", "Scene9_Recap", true},
    {"astrai_gqa_transformer.py", "Transformer", "Transformer", true},
    {"nb_attention_matmul.py", "AttentionMatMul", "AttentionMatMul", false},
    {"nb_attention_matmul_nolatex.py", "AttentionMatMulNoLatex", "AttentionMatMulNoLatex", false},
    {"nb_attention_matmul_puretext.py", "AttentionMatMulPureText", "AttentionMatMulPureText", true},
    {"nb_attention_matmul_improved_v1.py", "AttentionMatMulImproved", "AttentionMatMulImproved_v1",
     true},
    {"nb_attention_matmul_improved_v2.py", "AttentionMatMulImproved", "AttentionMatMulImproved_v2",
     true},
    {"nb_transformer_tutorial.py", "TransformerTutorial", "TransformerTutorial", true},
};

void PrintTo(const UserScene& u, std::ostream* os) { *os << u.file << " " << u.cls; }

fs::path scripts_dir() { return fs::path(MANIM_SOURCE_DIR) / "tests/python/user_scenes"; }

class PythonUserScene : public ::testing::TestWithParam<UserScene> {};

TEST_P(PythonUserScene, MatchesManimFrames) {
  const UserScene& u = GetParam();
  const fs::path media = fs::path(MANIM_TEST_OUTPUT_DIR) / "python_user_scenes" / u.tag;
  fs::remove_all(media);
  fs::create_directories(media);
  const mt::CommandResult r = mt::run_command(
      mt::shell_quote(MANIM_CLI_PATH) + " " + mt::shell_quote((scripts_dir() / u.file).string()) +
      " " + u.cls + " -ql --format png --manim_kerning --progress_bar none --media_dir " +
      mt::shell_quote(media.string()));
  if (u.completes) {
    ASSERT_EQ(r.code, 0) << r.out;
  } else {
    // Manim's failure, with Python's traceback pointing at the script's line.
    EXPECT_EQ(r.code, 1) << r.out;
    EXPECT_NE(r.out.find(std::string(u.file) + "\", line 142, in construct"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("rect = SurroundingRectangle(attention_matrix[0][i][i]"),
              std::string::npos)
        << r.out;
    EXPECT_NE(
        r.out.find("IndexError: list index out of range: MathTex index 1, it has 1 submobject"),
        std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("kept the 553 frames rendered before the error"), std::string::npos)
        << r.out;
  }
  const fs::path stem = fs::path(u.file).stem();
  const auto frames = mt::png_files((media / "images" / stem).string());
  ASSERT_EQ(static_cast<int>(frames.size()), mt::reference_frame_count(u.tag));
  const auto ssims = mt::expect_png_sequence_matches_reference(u.tag, frames, kMinSsim);
  EXPECT_EQ(ssims.size(), mt::reference_frames(u.tag).size());
}

INSTANTIATE_TEST_SUITE_P(Scenes, PythonUserScene, ::testing::ValuesIn(kScenes),
                         [](const ::testing::TestParamInfo<UserScene>& info) {
                           return std::string(info.param.tag);
                         });

// The scripts are our users' files as they wrote them: byte-identical to ../shared/user_scenes
// (when that folder is beside the repository).
TEST(PythonUserScenes, ScriptsAreUnmodified) {
  const fs::path shared = fs::path(MANIM_SOURCE_DIR) / "../shared/user_scenes";
  std::vector<std::string> ours;
  for (const auto& e : fs::directory_iterator(scripts_dir())) ours.push_back(e.path().string());
  EXPECT_EQ(ours.size(), 8u);
  if (!fs::is_directory(shared)) GTEST_SKIP() << "no " << shared << " to compare the copies with";
  std::size_t shared_count = 0;
  for (const auto& e : fs::directory_iterator(shared)) {
    if (e.path().extension() != ".py") continue;
    ++shared_count;
    const mt::CommandResult r =
        mt::run_command("cmp " + mt::shell_quote(e.path().string()) + " " +
                        mt::shell_quote((scripts_dir() / e.path().filename()).string()));
    EXPECT_EQ(r.code, 0) << r.out;
  }
  EXPECT_EQ(shared_count, ours.size());
}

}  // namespace
