// Code from C++: one python3 worker per process for every listing, and highlighted listings kept
// on disk by content (beside the MathJax cache), so a re-render starts no python3 at all.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "manim/manim.hpp"
#include "mobject/text/code_highlighter.hpp"

using namespace manim;
namespace fs = std::filesystem;

namespace {

bool have_pygments() {
  return std::system("/usr/bin/python3 -c 'import pygments' >/dev/null 2>&1") == 0;
}

class CodeCacheEnv : public ::testing::Environment {
 public:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("manimcpp_code_cache_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    setenv("MANIMCPP_CACHE_DIR", dir_.c_str(), 1);
  }
  void TearDown() override {
    detail::code::reset_for_tests();
    fs::remove_all(dir_);
  }
  fs::path dir_;
};
const auto* kEnv = ::testing::AddGlobalTestEnvironment(new CodeCacheEnv);

std::string colours(const Code& c) {
  std::string s;
  for (const auto& line : c.code_json())
    for (const auto& [text, colour] : line) s += text + "=" + colour + ";";
  return s;
}

std::string error_of(const CodeArgs& a) {
  try {
    Code c(a);
  } catch (const std::exception& e) {
    return e.what();
  }
  return "no error";
}

fs::path cache_folder() { return fs::path(std::getenv("MANIMCPP_CACHE_DIR")) / "code"; }

}  // namespace

TEST(CodeCache, OneWorkerThenNoPythonOnAWarmRender) {
  if (!have_pygments()) GTEST_SKIP() << "python3-pygments is not installed (scripts/setup.sh)";
  detail::code::reset_for_tests();
  const std::size_t starts = detail::code::python_start_count();
  const std::size_t hits = detail::code::disk_hit_count();

  // Three listings and a bad one in one process: a single python3.
  Code a({.code = "def f(x): return x", .language = "python"});
  Code b({.code = "int main() { return 0; }", .style = "monokai", .language = "cpp"});
  EXPECT_NE(error_of({.code = "x", .language = "nosuchlang"}).find("unknown language"),
            std::string::npos);
  Code c({.code = "x = 1\n", .style = "default", .language = "python"});
  EXPECT_EQ(detail::code::python_start_count() - starts, 1u);
  EXPECT_EQ(detail::code::disk_hit_count() - hits, 0u);
  const std::string want_a = colours(a), want_b = colours(b);
  EXPECT_EQ(want_a,
            "def =#cdcd00;f(x): =#cccccc;return =#cdcd00;x=#cccccc;");  // vim, as Manim

  // A new process (worker gone, memory cache empty): everything comes from disk, errors too.
  detail::code::reset_for_tests();
  Code a2({.code = "def f(x): return x", .language = "python"});
  Code b2({.code = "int main() { return 0; }", .style = "monokai", .language = "cpp"});
  const std::string bad = error_of({.code = "x", .language = "nosuchlang"});
  EXPECT_EQ(bad.find('\n'), std::string::npos);
  EXPECT_NE(bad.find("unknown language 'nosuchlang'"), std::string::npos);
  EXPECT_EQ(detail::code::python_start_count() - starts, 1u);
  EXPECT_EQ(detail::code::disk_hit_count() - hits, 3u);
  EXPECT_EQ(colours(a2), want_a);
  EXPECT_EQ(colours(b2), want_b);
  EXPECT_EQ(b2.background_color(), "#272822");

  // A different Pygments (here: the interpreter's stamp no longer matches) is not trusted: the
  // worker runs again.
  fs::path probe;
  for (const auto& e : fs::directory_iterator(cache_folder()))
    if (e.path().filename().string().rfind("python-", 0) == 0) probe = e.path();
  ASSERT_FALSE(probe.empty());
  std::string text;
  {
    std::ifstream in(probe);
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
  }
  std::istringstream lines(text);
  std::string version, folder;
  std::getline(lines, version);
  std::getline(lines, folder);
  EXPECT_TRUE(fs::exists(fs::path(folder) / "__init__.py")) << folder;
  {
    std::ofstream out(probe, std::ios::trunc);
    out << version << "\n" << folder << "\n0:0\n0:0\n";
  }
  detail::code::reset_for_tests();
  Code a3({.code = "def f(x): return x", .language = "python"});
  EXPECT_EQ(detail::code::python_start_count() - starts, 2u);
  EXPECT_EQ(colours(a3), want_a);

  // A damaged entry is highlighted again (and replaced), never parsed as an answer.
  for (const auto& e : fs::directory_iterator(cache_folder()))
    if (e.path().extension() == ".txt" && e.path().filename().string().rfind("python-", 0) != 0)
      std::ofstream(e.path(), std::ios::trunc) << "garbage\n";
  detail::code::reset_for_tests();
  Code a4({.code = "def f(x): return x", .language = "python"});
  EXPECT_EQ(detail::code::python_start_count() - starts, 3u);
  EXPECT_EQ(colours(a4), want_a);
  detail::code::reset_for_tests();
  Code a5({.code = "def f(x): return x", .language = "python"});
  EXPECT_EQ(detail::code::python_start_count() - starts, 3u);  // the entry was rewritten
  EXPECT_EQ(colours(a5), want_a);
}

// Bad interpreters give one line naming the interpreter and the fix.
TEST(CodeCache, BadInterpreterIsOneLine) {
  detail::code::reset_for_tests();
  const fs::path dir = fs::path(std::getenv("MANIMCPP_CACHE_DIR"));
  setenv("MANIMCPP_PYTHON", "/nonexistent/python3", 1);
  std::string e = error_of({.code = "a = 1  # missing interpreter", .language = "python"});
  EXPECT_EQ(e.find('\n'), std::string::npos) << e;
  EXPECT_NE(e.find("cannot run /nonexistent/python3"), std::string::npos) << e;
  EXPECT_NE(e.find("MANIMCPP_PYTHON"), std::string::npos) << e;

  // A Python without Pygments (site-packages off): the script's own message.
  if (std::system("/usr/bin/python3 -c 'pass' >/dev/null 2>&1") == 0) {
    const fs::path wrapper = dir / "python-without-site";
    {
      std::ofstream w(wrapper);
      w << "#!/bin/sh\nexec /usr/bin/python3 -I -S \"$@\"\n";
    }
    fs::permissions(wrapper, fs::perms::owner_all, fs::perm_options::replace);
    setenv("MANIMCPP_PYTHON", wrapper.c_str(), 1);
    detail::code::reset_for_tests();
    e = error_of({.code = "a = 2  # no pygments", .language = "python"});
    EXPECT_EQ(e.find('\n'), std::string::npos) << e;
    EXPECT_NE(e.find("Pygments is not installed"), std::string::npos) << e;
    EXPECT_NE(e.find("python3-pygments"), std::string::npos) << e;
  }
  unsetenv("MANIMCPP_PYTHON");
  detail::code::reset_for_tests();
}
