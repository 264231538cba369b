// Sections, subcaptions, sounds and the renderer frame from Python
// (tests/python/test_scene_sections.py, unittest) with Debian's python3 against this build.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/test_support.hpp"

namespace fs = std::filesystem;
namespace mt = manim::testing;

TEST(PythonScene, SectionsSubcaptionsSoundsAndFrame) {
  if (!fs::exists("/usr/bin/python3")) GTEST_SKIP() << "no /usr/bin/python3";
  const fs::path source(MANIM_SOURCE_DIR);
  const fs::path build = fs::path(MANIM_CLI_PATH).parent_path();
  const std::string cmd =
      "PYTHONPATH=" + mt::shell_quote((source / "python").string() + ":" + build.string()) +
      " /usr/bin/python3 " +
      mt::shell_quote((source / "tests" / "python" / "test_scene_sections.py").string()) + " 2>&1";
  const auto r = mt::run_command(cmd, source.string());
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("\nOK"), std::string::npos) << r.out;
}
