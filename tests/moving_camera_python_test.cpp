// tests/python/test_cameras.py (Python's unittest) against this build: MovingCameraScene,
// auto_zoom, ZoomedScene and MultiCamera through the `manim` package.
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace mt = manim::testing;

TEST(PythonCameras, MovingAndZoomedScenes) { mt::expect_python_unittest_passes("test_cameras.py"); }
