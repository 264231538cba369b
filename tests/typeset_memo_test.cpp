// The in-process memo of typeset TeX (src/mobject/tex/typeset_memo.hpp): a repeat needs neither
// the MathJax worker nor the disk cache, hands out independent copies, and still leaves
// Manim's media/Tex files in place.
#include "mobject/tex/typeset_memo.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "manim/manim.hpp"
#include "mobject/tex/tex_renderer.hpp"

using namespace manim;
namespace fs = std::filesystem;

namespace {

std::vector<Vec3> all_points(const Mobject& m) {
  std::vector<Vec3> out;
  for (const auto& f : m.family_members_with_points())
    out.insert(out.end(), f.points().begin(), f.points().end());
  return out;
}

class MemoFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    saved_ = config();
    dir_ = fs::temp_directory_path() /
           ("manimcpp_memo_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "cache");
    setenv("MANIMCPP_CACHE_DIR", (dir_ / "cache").c_str(), 1);
    config().media_dir = (dir_ / "media").string();
    config().tex_dir = "{media_dir}/Tex";
    config().tex_compiler = "mathjax";
    reset_config_tex_template();
  }
  void TearDown() override {
    detail::tex::shutdown_worker();
    unsetenv("MANIMCPP_NODE");
    config() = saved_;
    reset_config_tex_template();
    fs::remove_all(dir_);
  }
  std::vector<fs::path> svgs() const {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir_ / "media" / "Tex"))
      if (e.path().extension() == ".svg") out.push_back(e.path());
    return out;
  }
  Config saved_;
  fs::path dir_;
};

}  // namespace

TEST_F(MemoFiles, ARepeatNeedsNoWorkerNorDiskCache) {
  const MathTex first("q_{memo}^2");
  // Without the memo this would read the disk cache; with it gone and no usable node, only
  // the memo can answer.
  fs::remove_all(dir_ / "cache" / "tex");
  detail::tex::shutdown_worker();
  setenv("MANIMCPP_NODE", "/nonexistent/node", 1);
  const MathTex again("q_{memo}^2");
  ASSERT_EQ(again.family_members_with_points().size(), first.family_members_with_points().size());
  EXPECT_EQ(all_points(again), all_points(first));
  // Something new still needs the worker, and says so.
  EXPECT_THROW(MathTex("q_{memo}^3"), std::runtime_error);
  unsetenv("MANIMCPP_NODE");
  // Forgetting brings the disk route back (here: typeset afresh, the cache entry rewritten).
  detail::tex::clear_typeset_memo();
  EXPECT_EQ(all_points(MathTex("q_{memo}^2")), all_points(first));
  EXPECT_TRUE(fs::exists(dir_ / "cache" / "tex"));
}

TEST_F(MemoFiles, CopiesAreIndependent) {
  DecimalNumber a(12.5), b(12.5);
  EXPECT_EQ(all_points(a), all_points(b));
  a.shift(UP);
  a.family_members_with_points()[0].set_color(RED);
  EXPECT_NEAR(b.get_center().y, 0, 1e-12);
  EXPECT_EQ(b.family_members_with_points()[0].get_color(), WHITE);
  EXPECT_EQ(all_points(DecimalNumber(12.5)), all_points(b));
}

TEST_F(MemoFiles, DeletedMediaFilesAreWrittenAgain) {
  MathTex("r_{memo}");
  auto files = svgs();
  ASSERT_EQ(files.size(), 1u);
  fs::remove(files[0]);
  MathTex("r_{memo}");
  EXPECT_TRUE(fs::exists(files[0]));
  // Another TeX folder is another key: its files are written there too.
  config().tex_dir = "{media_dir}/Tex2";
  MathTex("r_{memo}");
  EXPECT_TRUE(fs::exists(dir_ / "media" / "Tex2" / files[0].filename()));
}
