// Code: Pygments highlighting with Manim CE v0.18.0's colour rules, and the listing's layout.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "manim/manim.hpp"

using namespace manim;

namespace {

std::string hex(const Mobject& m) { return m.get_fill_color().to_hex(); }

bool have_pygments() {
  return std::system("/usr/bin/python3 -c 'import pygments' >/dev/null 2>&1") == 0;
}

#define NEED_PYGMENTS() \
  if (!have_pygments()) GTEST_SKIP() << "python3-pygments is not installed (scripts/setup.sh)"

}  // namespace

// Token colours of `def f(x): return x` in Manim's default style "vim" (Pygments 2.x): keywords
// #cdcd00, names and punctuation #cccccc (Pygments' Text colour in vim), plain text between
// tokens the default colour #ffffff (vim's background #000000 is one of Manim's four dark ones).
TEST(Code, TokenColoursOfAKnownSnippet) {
  NEED_PYGMENTS();
  Code c({.code = "def f(x): return x", .language = "python"});
  EXPECT_EQ(c.background_color(), "#000000");
  EXPECT_EQ(c.default_color(), "#ffffff");
  ASSERT_EQ(c.code_json().size(), 1u);
  Paragraph code = c.code();
  ASSERT_EQ(code.size(), 1u);
  Mobject line = code[0];
  ASSERT_EQ(line.size(), 18u);  // every character, spaces included
  const std::string want = "#CDCD00";
  for (long i : {0, 1, 2}) EXPECT_EQ(hex(line[i]), want) << i;                 // def
  for (long i : {10, 11, 12, 13, 14, 15}) EXPECT_EQ(hex(line[i]), want) << i;  // return
  for (long i : {4, 5, 6, 7, 8}) EXPECT_EQ(hex(line[i]), "#CCCCCC") << i;      // f(x):
  EXPECT_EQ(hex(line[17]), "#CCCCCC");                                         // x
  // Parts: background, line numbers (right-aligned Paragraph in the default colour), code.
  ASSERT_EQ(c.size(), 3u);
  EXPECT_TRUE(c[1].is<Paragraph>());
  EXPECT_EQ(hex(c.line_numbers()[0][0]), "#FFFFFF");
  EXPECT_LT(c.line_numbers().get_right().x, code.get_left().x);
  EXPECT_NEAR(code.get_left().x - c.line_numbers().get_right().x, 0.4, 1e-9);
  EXPECT_NEAR(c.get_center().norm(), 0, 1e-9);
  // The background surrounds the foreground with the margin, filled with the style's colour.
  EXPECT_EQ(hex(c.background_mobject()), "#000000");
  EXPECT_NEAR(c.background_mobject().get_left().x, c.line_numbers().get_left().x - 0.3, 1e-9);
}

// Indentation made of indentation_chars becomes leading tabs (Manim's tab_spaces).
TEST(Code, IndentationAndStyles) {
  NEED_PYGMENTS();
  Code c({.code = "    def test()\n        print(\"Hi\")\n        ", .language = "Python"});
  ASSERT_GE(c.tab_spaces().size(), 2u);
  EXPECT_EQ(c.tab_spaces()[0], 1);
  EXPECT_EQ(c.tab_spaces()[1], 2);
  // A light style: black default colour, the style's own background.
  Code l({.code = "x = 1", .insert_line_no = false, .style = "default", .language = "python"});
  EXPECT_EQ(l.default_color(), "#000000");
  EXPECT_EQ(l.background_color(), "#f8f8f8");
  EXPECT_EQ(l[1].get_fill_opacity(), 0.0);  // the placeholder Dot
  Code w({.code = "x = 1", .background = "window", .language = "python"});
  EXPECT_EQ(w.background_mobject().size(), 2u);  // the window and its three buttons
  EXPECT_EQ(w.background_mobject()[1].size(), 3u);
}

TEST(Code, BadInputNamesTheCauseAndFix) {
  NEED_PYGMENTS();
  auto message = [](const CodeArgs& a) {
    try {
      Code c(a);
    } catch (const std::invalid_argument& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(message({.code = "x", .language = "nosuchlang"}).find("unknown language 'nosuchlang'"),
            std::string::npos);
  EXPECT_NE(message({.code = "x", .style = "nosuchstyle", .language = "python"})
                .find("unknown style 'nosuchstyle'"),
            std::string::npos);
  EXPECT_NE(message({.file_name = "/nonexistent/file.py"}).find("cannot find the code file"),
            std::string::npos);
  EXPECT_NE(message({}).find("neither a code file nor a code string"), std::string::npos);
  EXPECT_NE(message({.code = "x"}).find("language has to be given"), std::string::npos);
}

// A file's language is guessed from its name; line_no_from numbers the lines.
TEST(Code, FromFile) {
  NEED_PYGMENTS();
  const std::string path = "/tmp/manimcpp_code_test_" + std::to_string(::getpid()) + ".py";
  {
    std::ofstream f(path);
    f << "a = 1\nb = 2\n";
  }
  Code c({.file_name = path, .line_no_from = 9});
  std::remove(path.c_str());
  EXPECT_EQ(c.code().size(), 2u);
  Paragraph nums = c.line_numbers().as<Paragraph>();
  ASSERT_EQ(nums.size(), 2u);
  EXPECT_EQ(nums.lines_text().text(), "910");
}
