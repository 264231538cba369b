// Vector.coordinate_label, add_background_rectangle and LinearTransformationScene through the
// `manim` package (tests/python/test_vector_scene.py, unittest) with Debian's python3.
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace mt = manim::testing;

TEST(PythonVectorScene, CoordinateLabelBackgroundRectangleLinearTransformationScene) {
  mt::expect_python_unittest_passes("test_vector_scene.py");
}
