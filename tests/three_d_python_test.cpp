// The 3D mobjects through the `manim` Python package (tests/python/test_three_d.py, unittest)
// with Debian's python3 against this build.
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace mt = manim::testing;

TEST(PythonThreeD, MobjectsKeywordsAndClasses) {
  mt::expect_python_unittest_passes("test_three_d.py");
}
