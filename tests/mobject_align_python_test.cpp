// Manim's Transform alignment steps (add_n_more_submobjects, null_point_align...), the colour
// helpers, cap_style, color_using_background_image, copy.deepcopy and the operators from
// Python (tests/python/test_mobject_align.py, Python's unittest, hand-worked counts).
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace mt = manim::testing;

TEST(PythonPackage, MobjectAlign) { mt::expect_python_unittest_passes("test_mobject_align.py"); }
