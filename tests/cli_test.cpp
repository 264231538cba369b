// The manimcpp command line, run as a subprocess on small scene files: listing, rendering,
// the media tree, the compile cache and one-line errors with no partial output.
// Each distinct scene file costs one g++ compile, so the files are few and shared.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "support/test_support.hpp"

namespace fs = std::filesystem;

namespace {

using Result = manim::testing::CommandResult;

// ctest runs each test in its own process, two at a time: every process gets its own folder
// (outputs of one must not be cleaned by another); the content-keyed compile cache is shared.
fs::path work_dir() {
  return fs::path(MANIM_TEST_OUTPUT_DIR) / "cli_test" / std::to_string(::getpid());
}
fs::path cache_dir() { return fs::path(MANIM_TEST_OUTPUT_DIR) / "cli_test_cache"; }

std::string quote(const std::string& s) { return manim::testing::shell_quote(s); }

// `env`: a prefix such as "env -u DISPLAY " for the CLI's environment.
Result run_cli(const std::string& args, const fs::path& cache = cache_dir(),
               const std::string& env = "") {
  return manim::testing::run_command(env + "MANIMCPP_CACHE_DIR=" + quote(cache.string()) + " " +
                                         quote(MANIM_CLI_PATH) + " " + args,
                                     work_dir().string());
}

void write_file(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

bool contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

// No file at all under `dir` (recursively): failed runs leave nothing behind.
std::size_t count_files(const fs::path& dir) {
  std::size_t n = 0;
  std::error_code ec;
  if (!fs::exists(dir, ec)) return 0;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec))
    if (e.is_regular_file()) ++n;
  return n;
}

const char* kScenes = R"(#include <manim/manim.hpp>
#include <limits>
using namespace manim;

class Good : public Scene {
 public:
  void construct() override {
    Square sq(SquareArgs{.color = BLUE, .fill_opacity = 0.5});
    play(FadeIn(sq));  // 15 frames at 15 fps
    wait(0.5);         // 7 frames
  }
};
MANIM_SCENE(Good);

class NegativeRunTime : public Scene {
 public:
  void construct() override {
    Circle c;
    play(FadeIn(c));
    play(FadeOut(c), PlayArgs{.run_time = -1.0});
  }
};
MANIM_SCENE(NegativeRunTime);

class NanPoint : public Scene {
 public:
  void construct() override {
    Square sq;
    add(sq);
    wait(0.2);
    sq.shift(Vec3{std::numeric_limits<double>::quiet_NaN(), 0, 0});
    wait(0.2);
  }
};
MANIM_SCENE(NanPoint);

class BadIndex : public Scene {
 public:
  void construct() override {
    auto g = VGroup(Square(), Circle());
    play(FadeIn(g));  // 15 frames, then an index past the end
    g[2].shift(UP);
  }
};
MANIM_SCENE(BadIndex);
)";

class CliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // Fresh outputs; the compile cache is kept (content-keyed) so later runs start warm.
    fs::remove_all(work_dir());
    fs::create_directories(work_dir());
    write_file(work_dir() / "scenes.cpp", kScenes);
  }
  static void TearDownTestSuite() { fs::remove_all(work_dir()); }
};

TEST_F(CliTest, ListsScenesWhenNoneIsNamed) {
  // Without a terminal Manim's prompt cannot be answered: the numbered list, exit non-zero.
  Result r = run_cli("scenes.cpp </dev/null");
  EXPECT_NE(r.code, 0) << r.out;
  EXPECT_TRUE(contains(r.out, "1: Good\n2: NegativeRunTime\n3: NanPoint\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "pass -a to render them all")) << r.out;
}

TEST_F(CliTest, RendersAnMp4IntoManimsMediaTreeAndReusesTheCompiledScene) {
  Result r = run_cli("-ql --progress_bar none --media_dir media scenes.cpp Good");
  ASSERT_EQ(r.code, 0) << r.out;
  const fs::path mp4 = work_dir() / "media/videos/scenes/480p15/Good.mp4";
  ASSERT_TRUE(fs::exists(mp4)) << r.out;
  EXPECT_GT(fs::file_size(mp4), 1000u);
  EXPECT_TRUE(contains(r.out, "File ready at media/videos/scenes/480p15/Good.mp4")) << r.out;
  EXPECT_TRUE(contains(r.out, "22 frames")) << r.out;
  if (fs::exists("/usr/bin/ffprobe")) {
    FILE* p = popen(("/usr/bin/ffprobe -v error -count_frames -select_streams v:0 -show_entries "
                     "stream=nb_read_frames,width,height -of csv=p=0 " +
                     quote(mp4.string()))
                        .c_str(),
                    "r");
    char buf[256] = {};
    const std::size_t n = fread(buf, 1, sizeof buf - 1, p);
    pclose(p);
    EXPECT_EQ(std::string(buf, n), "854,480,22\n");
  }

  // Warm runs: same content, so no compiler runs and the cached library is untouched.
  const std::string args = "-ql -v DEBUG --progress_bar none --media_dir media scenes.cpp Good";
  Result warm = run_cli(args);
  ASSERT_EQ(warm.code, 0) << warm.out;
  const std::string tag = "compile: cached ";
  const auto at = warm.out.find(tag);
  ASSERT_NE(at, std::string::npos) << warm.out;
  const fs::path lib = warm.out.substr(at + tag.size(), warm.out.find('\n', at) - at - tag.size());
  ASSERT_TRUE(fs::exists(lib)) << lib;
  const auto mtime = fs::last_write_time(lib);
  Result again = run_cli(args);
  ASSERT_EQ(again.code, 0) << again.out;
  EXPECT_TRUE(contains(again.out, tag + lib.string())) << again.out;
  EXPECT_FALSE(contains(again.out, "Compiling")) << again.out;
  EXPECT_EQ(fs::last_write_time(lib), mtime);
}

TEST_F(CliTest, SaveLastFrameWritesOnePngNamedAsManim) {
  Result r = run_cli("-ql -s --progress_bar none --media_dir media_s scenes.cpp Good");
  ASSERT_EQ(r.code, 0) << r.out;
  const fs::path png = work_dir() / "media_s/images/scenes/Good_ManimCE_v0.18.0.png";
  ASSERT_TRUE(fs::exists(png)) << r.out;
  manim::testing::Image img = manim::testing::load_png(png.string());
  EXPECT_EQ(img.width, 854);
  EXPECT_EQ(img.height, 480);
  // The final state: a half-opaque BLUE square (0x58C4DD over black) at the centre.
  const std::size_t c = (static_cast<std::size_t>(240) * 854 + 427) * 3;
  EXPECT_NEAR(img.rgb[c + 0], 0x58 / 2, 3);
  EXPECT_NEAR(img.rgb[c + 2], 0xDD / 2, 3);
  EXPECT_EQ(count_files(work_dir() / "media_s/videos"), 0u);
}

TEST_F(CliTest, UnknownSceneIsAOneLineErrorNamingTheAvailableOnes) {
  Result r = run_cli("-ql scenes.cpp Nope");
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(contains(r.out,
                       "error: no scene named 'Nope' in scenes.cpp; available scenes: "
                       "Good, NegativeRunTime, NanPoint"))
      << r.out;
}

TEST_F(CliTest, AnimationRangeRendersOnlyThoseAnimations) {
  // Good = FadeIn (#0, 15 frames) + wait(0.5) (#1, 7 frames).
  Result r =
      run_cli("-ql -n 1 --format png --progress_bar none --media_dir media_n scenes.cpp Good");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(count_files(work_dir() / "media_n" / "images" / "scenes"), 7u);
  r = run_cli("-ql -n 0,0 --format png --progress_bar none --media_dir media_n0 scenes.cpp Good");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(count_files(work_dir() / "media_n0" / "images" / "scenes"), 15u);
  r = run_cli("-ql -n 5,2 scenes.cpp Good");
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(contains(r.out, "expected START or START,END with 0 <= START <= END, got '5,2'"))
      << r.out;
}

TEST_F(CliTest, PreviewWithoutAViewerSaysWhyAndKeepsTheFile) {
  const Result r = run_cli("-ql -p --progress_bar none --media_dir media_p scenes.cpp Good",
                           cache_dir(), "env -u DISPLAY -u WAYLAND_DISPLAY ");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(contains(r.out, "note: -p: cannot open a viewer: no graphical session")) << r.out;
  EXPECT_TRUE(fs::exists(work_dir() / "media_p/videos/scenes/480p15/Good.mp4")) << r.out;
}

TEST_F(CliTest, MissingFileAndBadFlagValues) {
  Result r = run_cli("-ql nothere.cpp");
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(contains(r.out, "error: scene file 'nothere.cpp' not found")) << r.out;
  r = run_cli("-qz scenes.cpp Good");
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(contains(r.out, "quality")) << r.out;
  r = run_cli("-r 12x7 scenes.cpp Good");
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(contains(r.out, "W,H")) << r.out;
  r = run_cli("--format avi scenes.cpp Good");
  EXPECT_NE(r.code, 0);
}

TEST_F(CliTest, CompileErrorShowsTheUsersFileAndLine) {
  write_file(work_dir() / "broken.cpp",
             "#include <manim/manim.hpp>\n"
             "using namespace manim;\n"
             "class Broken : public Scene {\n"
             "  void construct() override {\n"
             "    play(FadeIn(Sqaure()));\n"
             "  }\n"
             "};\n"
             "MANIM_SCENE(Broken);\n");
  // A private cache, so that what the failed compile leaves there can be listed exactly.
  const fs::path own_cache = work_dir() / "broken_cache";
  Result r = run_cli("-ql broken.cpp", own_cache);
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(contains(r.out, "broken.cpp:5:")) << r.out;
  EXPECT_TRUE(contains(r.out, "error: could not compile scene file broken.cpp")) << r.out;
  // Nothing half-written and no library: the failed compile left no scene entry behind.
  if (fs::exists(own_cache / "scenes"))
    for (const auto& e : fs::directory_iterator(own_cache / "scenes"))
      ADD_FAILURE() << "left in the cache: " << e.path();
}

TEST_F(CliTest, UnwritableMediaDirIsAnErrorAndLeavesNothing) {
  write_file(work_dir() / "a_file", "x");
  Result r = run_cli("-ql --progress_bar none --media_dir a_file/media scenes.cpp Good");
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(contains(r.out, "error: cannot create output folder")) << r.out;
  EXPECT_FALSE(fs::exists(work_dir() / "a_file/media"));
}

TEST_F(CliTest, SceneExceptionsNameTheSceneAndLeaveNoPartialMovie) {
  Result r = run_cli("-ql --progress_bar none --media_dir media_err scenes.cpp NegativeRunTime");
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(contains(r.out, "error: NegativeRunTime.construct: ")) << r.out;
  EXPECT_TRUE(contains(r.out, "run_time")) << r.out;
  EXPECT_EQ(count_files(work_dir() / "media_err"), 0u);

  // The scene's own line is named (from the scene library's line table).
  r = run_cli("-ql --progress_bar none --media_dir media_err scenes.cpp BadIndex");
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.out, "error: BadIndex.construct: ")) << r.out;
  EXPECT_TRUE(contains(r.out,
                       "scenes.cpp:42 (in BadIndex::construct()): VGroup index 2 is out "
                       "of range (it has 2 submobjects)"))
      << r.out;
  EXPECT_EQ(count_files(work_dir() / "media_err"), 0u);

  r = run_cli("-ql --progress_bar none --media_dir media_err scenes.cpp NanPoint");
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(contains(r.out, "error: NanPoint.construct: ")) << r.out;
  EXPECT_TRUE(contains(r.out, "nan")) << r.out;
  EXPECT_EQ(count_files(work_dir() / "media_err"), 0u);
}

// As Manim's PNG writer, the frames finished before an error stay on disk (complete files).
TEST_F(CliTest, PngSequenceKeepsTheFramesRenderedBeforeAnError) {
  Result r =
      run_cli("-ql --format png --progress_bar none --media_dir media_png_err scenes.cpp BadIndex");
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.out, "error: BadIndex: kept the 15 frames rendered before the error in "))
      << r.out;
  EXPECT_EQ(count_files(work_dir() / "media_png_err" / "images" / "scenes"), 15u);
}

}  // namespace
