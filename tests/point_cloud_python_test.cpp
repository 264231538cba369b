// tests/python/test_point_clouds.py (Python's unittest) against this build: PMobject,
// PointCloudDot, PGroup and ManimBanner through the `manim` package.
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace mt = manim::testing;

TEST(PythonPointClouds, CloudsAndBanner) {
  mt::expect_python_unittest_passes("test_point_clouds.py");
}
