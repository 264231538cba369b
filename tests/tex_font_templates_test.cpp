// TexFontTemplates: Manim's 52 font templates, and the MathJax engine's error naming one.
#include "manim/mobject/tex_font_templates.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "manim/manim.hpp"

using namespace manim;

TEST(TexFontTemplates, AllOfManimsFonts) {
  const auto& all = tex_font_templates();
  EXPECT_EQ(all.size(), 52u);
  std::set<std::string> names;
  for (const auto& f : all) names.insert(f.name);
  EXPECT_EQ(names.size(), 52u);
  EXPECT_TRUE(names.count("comic_sans"));
  EXPECT_TRUE(names.count("gfs_neoHellenic"));
  EXPECT_TRUE(names.count("vollkorn_fourier_it"));
  EXPECT_STREQ(all.front().name, "american_typewriter");
}

TEST(TexFontTemplates, TemplatesAreTheSimpleTemplatePlusTheFont) {
  TexTemplate fc = tex_font_template("french_cursive");
  EXPECT_EQ(fc.tex_compiler, "latex");
  EXPECT_EQ(fc.output_format, ".dvi");
  EXPECT_FALSE(fc.compiler_given);
  // Manim's _new_ams_template() then add_to_preamble(lines): the preamble grows by "\n" + lines.
  const std::string simple = TexTemplateLibrary::simple().preamble;
  ASSERT_EQ(fc.preamble.compare(0, simple.size(), simple), 0);
  EXPECT_NE(fc.preamble.find("\\usepackage[default]{frcursive}"), std::string::npos);
  EXPECT_NE(fc.body().find("\\usepackage[eulergreek,noplusnominus,noequal,nohbar,%\n"
                           "nolessnomore,noasterisk]{mathastext}"),
            std::string::npos);
  // System-font templates need xelatex (or lualatex) whatever config.tex_compiler says.
  TexTemplate cs = tex_font_template("comic_sans");
  EXPECT_EQ(cs.tex_compiler, "xelatex");
  EXPECT_EQ(cs.output_format, ".xdv");
  EXPECT_TRUE(cs.compiler_given);
  EXPECT_EQ(tex_font_template("chalkduster").tex_compiler, "lualatex");
  EXPECT_EQ(tex_font_template("chalkduster").output_format, ".pdf");
  // Document commands as Manim's add_to_document: "\n" + text + "\n".
  EXPECT_NE(tex_font_template("ecf_webster").post_doc_commands.find("\n\\mathversion{bold}\n"),
            std::string::npos);
  // The template is recognised again from its text.
  auto found = find_tex_font_template(fc);
  ASSERT_TRUE(found.has_value());
  EXPECT_STREQ(found->name, "french_cursive");
  EXPECT_FALSE(find_tex_font_template(TexTemplate()).has_value());
}

TEST(TexFontTemplates, UnknownNameListsTheValidOnes) {
  try {
    tex_font_template("comic");
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    const std::string m = e.what();
    EXPECT_NE(m.find("'comic'"), std::string::npos) << m;
    EXPECT_NE(m.find("comic_sans"), std::string::npos) << m;
  }
}

// MathJax cannot set these fonts: the error names the template and the LaTeX engine.
TEST(TexFontTemplates, MathJaxNamesTheTemplateAndTheFix) {
  if (config().tex_compiler != "mathjax") GTEST_SKIP() << "config.tex_compiler is not mathjax";
  try {
    MathTex("x^2", {.tex_template = tex_font_template("french_cursive")});
    FAIL() << "no exception";
  } catch (const std::exception& e) {
    const std::string m = e.what();
    EXPECT_NE(m.find("TexFontTemplates.french_cursive"), std::string::npos) << m;
    EXPECT_NE(m.find("tex_compiler = 'latex'"), std::string::npos) << m;
  }
}
