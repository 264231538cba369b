// tests/python/test_banner.py (Python's unittest) against this build: ManimBanner's letters
// from our own typesetting, its geometry and animations, and the font glyph reader's errors.
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace mt = manim::testing;

TEST(PythonBanner, LettersGeometryAnimations) {
  mt::expect_python_unittest_passes("test_banner.py");
}
