// The Python front-end end to end: Manim CE's own scene.py files (copied unmodified into
// tests/python/conformance/) rendered by `manimcpp FILE.py -ql --format png`, every kept
// reference frame compared with Manim CE's at SSIM >= 0.98; and Python errors (a traceback with
// the user's line, NotImplementedError for missing APIs, TypeError naming the argument).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "support/test_support.hpp"

namespace fs = std::filesystem;
namespace mt = manim::testing;

namespace {

constexpr double kMinSsim = 0.98;

fs::path work_dir() { return fs::path(MANIM_TEST_OUTPUT_DIR) / "python_test"; }

using Result = mt::CommandResult;
std::string quote(const std::string& s) { return mt::shell_quote(s); }
Result run(const std::string& cmd) {
  fs::create_directories(work_dir());
  return mt::run_command(cmd, work_dir().string());
}

Result run_cli(const std::string& args) { return run(quote(MANIM_CLI_PATH) + " " + args); }

bool contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

std::size_t count_files(const fs::path& dir) {
  std::size_t n = 0;
  std::error_code ec;
  if (!fs::exists(dir, ec)) return 0;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec))
    if (e.is_regular_file()) ++n;
  return n;
}

fs::path write_script(const std::string& name, const std::string& text) {
  fs::create_directories(work_dir());
  const fs::path p = work_dir() / name;
  std::ofstream(p) << text;
  return p;
}

class PythonConformance : public ::testing::TestWithParam<std::string> {};

TEST_P(PythonConformance, MatchesManimFrames) {
  const std::string scene = GetParam();
  const fs::path script = fs::path(MANIM_SOURCE_DIR) / "tests/python/conformance" / (scene + ".py");
  const fs::path media = work_dir() / ("media_" + scene);
  fs::remove_all(media);
  fs::create_directories(work_dir());
  const Result r = run_cli(quote(script.string()) +
                           " -ql --format png --manim_kerning --progress_bar none --media_dir " +
                           quote(media.string()));
  ASSERT_EQ(r.code, 0) << r.out;

  const auto frames = mt::png_files((media / "images" / scene).string());
  ASSERT_EQ(static_cast<int>(frames.size()), mt::reference_frame_count(scene));
  mt::expect_png_sequence_matches_reference(scene, frames, kMinSsim);
}

// Every scene of Manim's conformance suite: the scene.py copies kept in tests/python/conformance.
std::vector<std::string> conformance_scenes() {
  std::vector<std::string> out;
  for (const auto& e :
       fs::directory_iterator(fs::path(MANIM_SOURCE_DIR) / "tests/python/conformance"))
    if (e.path().extension() == ".py") out.push_back(e.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

INSTANTIATE_TEST_SUITE_P(Scenes, PythonConformance, ::testing::ValuesIn(conformance_scenes()));

// The suite is complete: one scene.py per reference folder (tests/reference/cNN_*), each
// byte-identical to Manim's (../shared/reference/conformance/<scene>/scene.py, when present).
TEST(PythonConformanceSuite, EveryReferenceSceneIsRenderedUnmodified) {
  std::vector<std::string> reference;
  for (const auto& e : fs::directory_iterator(mt::reference_dir())) {
    const std::string name = e.path().filename().string();
    if (name.size() > 4 && name[0] == 'c' && std::isdigit(static_cast<unsigned char>(name[1])) &&
        name[3] == '_')
      reference.push_back(name);
  }
  std::sort(reference.begin(), reference.end());
  EXPECT_EQ(conformance_scenes(), reference);
  const fs::path shared = fs::path(MANIM_SOURCE_DIR) / "../shared/reference/conformance";
  if (!fs::is_directory(shared)) GTEST_SKIP() << "no " << shared << " to compare the copies with";
  for (const auto& scene : conformance_scenes()) {
    const fs::path ours = fs::path(MANIM_SOURCE_DIR) / "tests/python/conformance" / (scene + ".py");
    const Result r =
        run("cmp " + quote(ours.string()) + " " + quote((shared / scene / "scene.py").string()));
    EXPECT_EQ(r.code, 0) << scene << ": " << r.out;
  }
}

// Python's object model across the engine: a mobject taken back out of a group is the object
// that went in (identity, attributes) or, when the script dropped it, one of its Python
// subclass with its attributes; copies keep class and attributes. The script asserts; -n 0,0
// with -s exercises the animation range through Python too.
TEST(PythonObjects, GroupsGiveBackTheScriptsObjects) {
  write_script("objects.py", R"(from manim import *

class Labeled(VGroup):
    def __init__(self, text, **kwargs):
        super().__init__(**kwargs)
        self.box = Square(color=BLUE)
        self.label = Text(text, font_size=24)
        self.add(self.box, self.label)

    def highlight(self):
        self.box.set_fill(YELLOW, opacity=0.5)
        return self

class Objects(Scene):
    def construct(self):
        a = Square()
        g = VGroup(a, Circle())
        assert g[0] is a
        a.note = "kept"
        assert g[0].note == "kept"
        cards = VGroup(*[Labeled(str(i)) for i in range(3)])  # only the group holds them
        assert type(cards[1]).__name__ == "Labeled", type(cards[1])
        assert cards[1].highlight() is cards[1]
        assert cards[2].label.get_center()[0] == cards[2].box.get_center()[0]
        c = cards[0].copy()
        assert type(c).__name__ == "Labeled" and c.box is not cards[0].box
        try:
            a.missing
        except AttributeError as e:
            assert "'Square' object has no attribute 'missing'" in str(e), e
        else:
            raise AssertionError("no AttributeError")
        self.play(FadeIn(cards))
        self.play(cards.animate.shift(UP))
)");
  const fs::path media = work_dir() / "media_objects";
  fs::remove_all(media);
  const Result r = run_cli("objects.py Objects -ql -s -n 0,0 --progress_bar none --media_dir " +
                           quote(media.string()));
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(count_files(media), 1u) << r.out;
}

TEST(PythonErrors, ExceptionInConstructShowsTracebackWithUserLine) {
  const fs::path p = write_script("raises.py",
                                  "from manim import *\n"
                                  "\n"
                                  "class Raises(Scene):\n"
                                  "    def construct(self):\n"
                                  "        self.add(Square())\n"
                                  "        raise ValueError('boom from the user')\n");
  const fs::path media = work_dir() / "media_raises";
  fs::remove_all(media);
  const Result r = run_cli("raises.py Raises -ql --media_dir " + quote(media.string()));
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(contains(r.out, "Traceback (most recent call last)")) << r.out;
  EXPECT_TRUE(contains(r.out, "raises.py\", line 6, in construct")) << r.out;
  EXPECT_TRUE(contains(r.out, "ValueError: boom from the user")) << r.out;
  EXPECT_EQ(count_files(media), 0u) << "a failed render left output behind";
}

TEST(PythonErrors, UpdaterThatRaisesStopsTheRenderAtTheUsersLine) {
  // The updater fails on its 5th call, in the middle of a play: the traceback names the
  // updater's line, the render stops, and no movie or partial movie is left.
  const fs::path p = write_script("updater_raises.py",
                                  "from manim import *\n"
                                  "\n"
                                  "class UpdaterRaises(Scene):\n"
                                  "    def construct(self):\n"
                                  "        calls = [0]\n"
                                  "        def follow(m, dt):\n"
                                  "            calls[0] += 1\n"
                                  "            if calls[0] > 4:\n"
                                  "                raise RuntimeError('updater gave up')\n"
                                  "        d = Dot().add_updater(follow)\n"
                                  "        self.add(d)\n"
                                  "        self.play(d.animate.shift(RIGHT), run_time=1)\n");
  const fs::path media = work_dir() / "media_updater_raises";
  fs::remove_all(media);
  const Result r =
      run_cli("updater_raises.py UpdaterRaises -ql --media_dir " + quote(media.string()));
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(contains(r.out, "Traceback (most recent call last)")) << r.out;
  EXPECT_TRUE(contains(r.out, "updater_raises.py\", line 9, in follow")) << r.out;
  EXPECT_TRUE(contains(r.out, "RuntimeError: updater gave up")) << r.out;
  EXPECT_EQ(count_files(media), 0u) << "a failed render left output behind";
}

TEST(PythonErrors, ErrorAtModuleLevelShowsTraceback) {
  write_script("toplevel.py",
               "from manim import *\n"
               "x = 1 / 0\n");
  const Result r = run_cli("toplevel.py -ql");
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(contains(r.out, "toplevel.py\", line 2, in <module>")) << r.out;
  EXPECT_TRUE(contains(r.out, "ZeroDivisionError")) << r.out;
}

TEST(PythonErrors, MissingApiRaisesNotImplementedError) {
  write_script("mapping.py",
               "from manim import *\n"
               "\n"
               "class Mapped(Scene):\n"
               "    def construct(self):\n"
               "        self.add(MappingCamera())\n");
  const Result r = run_cli("mapping.py -ql");
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(
      contains(r.out, "NotImplementedError: manim.cpp does not implement MappingCamera yet"))
      << r.out;
  EXPECT_TRUE(contains(r.out, "mapping.py\", line 5")) << r.out;
}

TEST(PythonErrors, WrongArgumentTypeRaisesTypeErrorNamingIt) {
  write_script("bad_arg.py",
               "from manim import *\n"
               "\n"
               "class Bad(Scene):\n"
               "    def construct(self):\n"
               "        self.add(Square(side_length='a'))\n");
  const Result r = run_cli("bad_arg.py -ql");
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(contains(r.out, "TypeError: Square: argument 'side_length' must be a number"))
      << r.out;
  EXPECT_TRUE(contains(r.out, "bad_arg.py\", line 5, in construct")) << r.out;
}

TEST(PythonCli, ListsScenesWhenNoneNamedAndRendersNamedOne) {
  write_script("two.py",
               "from manim import *\n"
               "\n"
               "class First(Scene):\n"
               "    def construct(self):\n"
               "        self.add(Circle())\n"
               "\n"
               "class Second(Scene):\n"
               "    def construct(self):\n"
               "        sq = Square()\n"
               "        self.play(sq.animate.shift(RIGHT), run_time=0.2)\n"
               "        assert all(m != sq for m in self.mobjects) is False\n");
  // No terminal to answer Manim's prompt: the numbered list and a non-zero exit.
  const Result list = run_cli("two.py -ql </dev/null");
  EXPECT_NE(list.code, 0) << list.out;
  EXPECT_TRUE(contains(list.out, "1: First\n2: Second\n")) << list.out;

  const fs::path media = work_dir() / "media_two";
  fs::remove_all(media);
  const Result r =
      run_cli("two.py Second -ql --progress_bar none --media_dir " + quote(media.string()));
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(fs::exists(media / "videos/two/480p15/Second.mp4")) << r.out;
  const Result s =
      run_cli("two.py First -ql -s --progress_bar none --media_dir " + quote(media.string()));
  EXPECT_EQ(s.code, 0) << s.out;
  EXPECT_TRUE(fs::exists(media / "images/two/First_ManimCE_v0.18.0.png")) << s.out;
}

TEST(PythonModule, ImportsFromPlainPython) {
  const Result r =
      run(manim::testing::python_sanitizer_env() + "PYTHONPATH=" +
          quote(std::string(MANIM_CLI_PATH).substr(0, std::string(MANIM_CLI_PATH).rfind('/'))) +
          " /usr/bin/python3 -c \"import manimcpp as m; import numpy as np; "
          "s = m.Square(side_length=3, color=m.BLUE).shift(m.UP * 2 + m.LEFT); "
          "print(type(s).__name__, s.width, list(s.get_center()), "
          "isinstance(m.UP * 2 + m.LEFT, np.ndarray))\"");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(contains(r.out, "Square 3.0 [-1.0, 2.0, 0.0] True")) << r.out;
}

}  // namespace
