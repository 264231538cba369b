// tests/python/test_stream_lines.py (Python's unittest) against this build: StreamLines through
// the `manim` package.
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace mt = manim::testing;

TEST(PythonStreamLines, StartPointsLinesColoursAndFlow) {
  mt::expect_python_unittest_passes("test_stream_lines.py");
}
