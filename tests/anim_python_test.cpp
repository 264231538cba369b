// The animation vocabulary's Python bindings (tests/python/test_anim_matching.py, unittest)
// with Debian's python3 against this build.
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace mt = manim::testing;

TEST(PythonAnimations, SubsetsMatchingAndOverrideAnimate) {
  mt::expect_python_unittest_passes("test_anim_matching.py");
}
