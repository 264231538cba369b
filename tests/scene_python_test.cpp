// Sections, subcaptions, sounds and the renderer frame from Python
// (tests/python/test_scene_sections.py, unittest) with Debian's python3 against this build.
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace mt = manim::testing;

TEST(PythonScene, SectionsSubcaptionsSoundsAndFrame) {
  mt::expect_python_unittest_passes("test_scene_sections.py");
}
