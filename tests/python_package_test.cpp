// The `manim` Python package's own tests (tests/python/test_*.py, Python's unittest) run by
// Debian's python3 against this build: Manim's module tree, NotImplementedError for missing
// names, subclasses of bound classes, and manim.utils maths with hand-worked numbers. A
// failing Python test fails this test with unittest's report.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/test_support.hpp"

namespace fs = std::filesystem;
namespace mt = manim::testing;

namespace {

mt::CommandResult run_python_tests(const std::string& file) {
  const fs::path source(MANIM_SOURCE_DIR);
  // The extension module is built next to the CLI binary.
  const fs::path build = fs::path(MANIM_CLI_PATH).parent_path();
  const std::string cmd =
      "PYTHONPATH=" + mt::shell_quote((source / "python").string() + ":" + build.string()) +
      " /usr/bin/python3 " + mt::shell_quote((source / "tests" / "python" / file).string()) +
      " 2>&1";
  return mt::run_command(cmd, source.string());
}

void expect_passes(const std::string& file) {
  if (!fs::exists("/usr/bin/python3")) GTEST_SKIP() << "no /usr/bin/python3";
  const auto r = run_python_tests(file);
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("\nOK"), std::string::npos) << r.out;
}

}  // namespace

TEST(PythonPackage, ModuleTreeErrorsSubclassesColours) { expect_passes("test_package.py"); }

TEST(PythonPackage, UtilsMaths) { expect_passes("test_utils_maths.py"); }
