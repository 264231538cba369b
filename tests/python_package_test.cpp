// The `manim` Python package's own tests (tests/python/test_*.py, Python's unittest) run by
// Debian's python3 against this build: Manim's module tree, NotImplementedError for missing
// names, subclasses of bound classes, and manim.utils maths with hand-worked numbers. A
// failing Python test fails this test with unittest's report.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "support/test_support.hpp"

namespace fs = std::filesystem;
namespace mt = manim::testing;

TEST(PythonPackage, ModuleTreeErrorsSubclassesColours) {
  mt::expect_python_unittest_passes("test_package.py");
}

TEST(PythonPackage, UtilsMaths) { mt::expect_python_unittest_passes("test_utils_maths.py"); }

// Graph layouts, LogBase, ComplexPlane, Variable and SampleSpace (tests/python/test_graphing.py).
TEST(PythonPackage, Graphing) { mt::expect_python_unittest_passes("test_graphing.py"); }

// Colour lists (gradients), sheen, become's keywords, set_default, the submobjects list and
// Manim's positioning helpers (tests/python/test_mobject_methods.py).
TEST(PythonPackage, MobjectMethods) {
  mt::expect_python_unittest_passes("test_mobject_methods.py");
}

// arrange_in_grid, the updater queries, get_image / save_image and the curve helpers
// (tests/python/test_mobject_extras.py).
TEST(PythonPackage, MobjectExtras) { mt::expect_python_unittest_passes("test_mobject_extras.py"); }

// A script's Animation subclass is played by the C++ scene through its interpolate_mobject
// override (one call per frame, ending at alpha 1), and a Mobject subclass that never calls
// super().__init__ still works.
TEST(PythonPackage, ScriptAnimationSubclassPlays) {
  const fs::path dir = fs::path(MANIM_TEST_OUTPUT_DIR) / "python_package_test";
  fs::create_directories(dir);
  const fs::path script = dir / "custom_anim.py";
  std::ofstream(script) << R"(from manim import *

class Fade(Animation):
    def __init__(self, mobject, **kwargs):
        self.alphas = []
        super().__init__(mobject, **kwargs)

    def interpolate_mobject(self, alpha):
        self.alphas.append(alpha)
        self.mobject.set_fill(opacity=alpha)

class Bare(VMobject):
    def __init__(self):
        self.tag = "bare"

LOG = []

class Mark(Animation):
    def interpolate_mobject(self, alpha):
        LOG.append(alpha)

class CustomAnim(Scene):
    def construct(self):
        sq = Square(fill_color=RED, fill_opacity=0)
        self.add(sq)
        fade = Fade(sq, run_time=1)
        self.play(fade)
        print("frames", len(fade.alphas), "last", fade.alphas[-1],
              "fill", sq.get_fill_opacity(), Bare().tag)
        # Only the group holds the Mark: its override must still be called.
        self.play(AnimationGroup(Mark(Circle()), run_time=1))
        print("group", len(LOG), LOG[-1])
)";
  const auto r =
      mt::run_command(mt::shell_quote(MANIM_CLI_PATH) + " " + mt::shell_quote(script.string()) +
                          " CustomAnim -ql --format png -s 2>&1",
                      dir.string());
  ASSERT_EQ(r.code, 0) << r.out;
  // -s skips animations as Manim's does: alpha 0 at begin, one jump to the end (alpha 1), alpha
  // 1 again at finish.
  EXPECT_NE(r.out.find("frames 3 last 1.0 fill 1.0 bare"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("group 3 1.0"), std::string::npos) << r.out;
}

// scene.renderer.get_frame() and get_image(): pixels of the rendered scene, background,
// transparency (tests/python/test_frame_capture.py).
TEST(PythonPackage, FrameCapture) { mt::expect_python_unittest_passes("test_frame_capture.py"); }
