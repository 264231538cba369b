// tests/python/test_image_mobject.py (Python's unittest) against this build: ImageMobject
// through the `manim` package.
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace mt = manim::testing;

TEST(PythonImageMobject, ArraysFilesAndMethods) {
  mt::expect_python_unittest_passes("test_image_mobject.py");
}
