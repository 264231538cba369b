// ThreeDScene and ThreeDCamera through the `manim` Python package
// (tests/python/test_three_d_scene.py, unittest) with Debian's python3 against this build.
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace mt = manim::testing;

TEST(PythonThreeDScene, CameraSceneKeywordsAndErrors) {
  mt::expect_python_unittest_passes("test_three_d_scene.py");
}
