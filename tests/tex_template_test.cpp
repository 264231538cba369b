// TeX templates, media/Tex files (Manim's names), MathJax with template definitions, TeX error
// reports, and the LaTeX engine (skipped with a message where latex/dvisvgm are absent).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "manim/manim.hpp"
#include "mobject/tex/tex_file_writing.hpp"

using namespace manim;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Each test gets an empty media folder and the MathJax engine; config is restored after.
class TexFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    saved_ = config();
    dir_ = fs::temp_directory_path() /
           ("manimcpp_textpl_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    config().media_dir = dir_.string();
    config().tex_dir = "{media_dir}/Tex";
    config().tex_compiler = "mathjax";
    reset_config_tex_template();
    detail::tex::set_reporter([this](const std::string& level, const std::string& line) {
      report_ += level + " " + line + "\n";
    });
  }
  void TearDown() override {
    config() = saved_;
    reset_config_tex_template();
    fs::remove_all(dir_);
  }
  fs::path tex_dir() const { return dir_ / "Tex"; }
  static bool have_latex() {
    return std::system("command -v latex >/dev/null 2>&1 && command -v dvisvgm >/dev/null 2>&1") ==
           0;
  }
  Config saved_;
  fs::path dir_;
  std::string report_;
};

}  // namespace

TEST(TexHash, Sha256KnownVectors) {
  EXPECT_EQ(detail::tex::sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(detail::tex::sha256_hex(""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  // 56 bytes: the padding spills into a second block.
  EXPECT_EQ(detail::tex::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(TexTemplateText, DefaultBodyAndEnvironments) {
  TexTemplate t;
  const std::string body =
      "\\documentclass[preview]{standalone}\n\n\\usepackage[english]{babel}\n"
      "\\usepackage{amsmath}\n\\usepackage{amssymb}\n\n\\begin{document}\n\nYourTextHere\n\n"
      "\\end{document}\n";
  EXPECT_EQ(t.body(), body);
  const std::string doc = t.get_texcode_for_expression_in_env("x^2", "align*");
  EXPECT_NE(doc.find("\\begin{document}\n\n\\begin{align*}\nx^2\n\\end{align*}\n\n\\end{document}"),
            std::string::npos);
  // sha256 of that document (Python's hashlib), first 16 hex digits.
  EXPECT_EQ(detail::tex::tex_hash(doc), "52de4e1af95ca3b5");
  // Environment spellings Manim accepts.
  for (const char* env : {"tabular}{cc", "{tabular}{cc", "\\begin{tabular}{cc"}) {
    std::string d = t.get_texcode_for_expression_in_env("a&b", env);
    EXPECT_NE(d.find("\\begin{tabular}{cc}\na&b\n\\end{tabular}"), std::string::npos) << env;
  }
  EXPECT_NE(t.get_texcode_for_expression_in_env("a", "tabular}[t]{c")
                .find("\\begin{tabular}[t]{c}\na\n\\end{tabular}"),
            std::string::npos);
  t.add_to_preamble("\\usepackage{mathtools}");
  t.add_to_preamble("% first", true);
  t.add_to_document("\\boldmath");
  EXPECT_EQ(t.preamble.rfind("% first\n", 0), 0u);
  EXPECT_NE(t.body().find("\\usepackage{amssymb}\n\n\\usepackage{mathtools}\n\\begin{document}\n"
                          "\n\\boldmath\n\nYourTextHere"),
            std::string::npos)
      << t.body();
  EXPECT_FALSE(t == TexTemplate());
  EXPECT_TRUE(TexTemplate() == TexTemplate());
  EXPECT_EQ(TexTemplateLibrary::ctex().tex_compiler, "xelatex");
  EXPECT_EQ(TexTemplateLibrary::ctex().output_format, ".xdv");
  EXPECT_NE(TexTemplateLibrary::threeb1b().preamble.find("\\usepackage{physics}"),
            std::string::npos);
}

TEST(TexTemplateText, FromFile) {
  fs::path f = fs::temp_directory_path() / ("manimcpp_tpl_" + std::to_string(getpid()) + ".tex");
  {
    std::ofstream(f)
        << "\\documentclass{article}\n\\begin{document}\nYourTextHere\n\\end{document}\n";
  }
  TexTemplate t = TexTemplate::from_file(f.string());
  EXPECT_EQ(t.get_texcode_for_expression("$x$"),
            "\\documentclass{article}\n\\begin{document}\n$x$\n\\end{document}\n");
  EXPECT_THROW(t.add_to_preamble("x"), std::logic_error);
  EXPECT_THROW(t.add_to_document("x"), std::logic_error);
  fs::remove(f);
  try {
    TexTemplate::from_file("/nonexistent/t.tex");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("'/nonexistent/t.tex'"), std::string::npos);
  }
}

// MathJax route: the .tex Manim would write, the MathJax SVG as <hash>.svg (marked), no .log
// unless no_latex_cleanup.
TEST_F(TexFiles, MathJaxWritesManimsFiles) {
  MathTex m("x^2");
  const fs::path tex = tex_dir() / "52de4e1af95ca3b5.tex";
  ASSERT_TRUE(fs::exists(tex));
  EXPECT_EQ(slurp(tex), TexTemplate().get_texcode_for_expression_in_env("x^2", "align*"));
  const std::string svg = slurp(tex_dir() / "52de4e1af95ca3b5.svg");
  EXPECT_EQ(svg.rfind("<!-- manim.cpp: typeset by MathJax", 0), 0u);
  EXPECT_FALSE(fs::exists(tex_dir() / "52de4e1af95ca3b5.log"));
  config().no_latex_cleanup = true;
  MathTex("y^3");
  const std::string d = TexTemplate().get_texcode_for_expression_in_env("y^3", "align*");
  EXPECT_TRUE(fs::exists(tex_dir() / (detail::tex::tex_hash(d) + ".log")));
}

TEST_F(TexFiles, FontSizeScalesLikeScale) {
  MathTex a("x", {.font_size = 12});
  MathTex b("x");
  b.scale(0.25);
  EXPECT_EQ(a.height(), b.height());  // the same operations, so exactly equal
  EXPECT_NEAR(a.font_size(), 12, 1e-12);
  b.scale(1.2);
  EXPECT_NEAR(b.font_size(), 14.4, 1e-12);
}

// Definitions from the preamble reach MathJax, scoped to the formulas of that template.
TEST_F(TexFiles, MathJaxUsesPreambleDefinitions) {
  TexTemplate t;
  t.add_to_preamble("\\newcommand{\\R}{\\mathbb{R}}\n\\DeclareMathOperator{\\sgn}{sgn}");
  MathTexArgs a;
  a.tex_template = t;
  MathTex with("x \\in \\R, \\sgn x", a);
  MathTex plain("x \\in \\mathbb{R}, \\operatorname{sgn} x");
  ASSERT_EQ(with.family_members_with_points().size(), plain.family_members_with_points().size());
  EXPECT_NEAR(with.width(), plain.width(), 1e-9);
  // Not defined for a formula without the template.
  EXPECT_THROW(MathTex("\\R"), std::invalid_argument);
  // config's template is used when none is given.
  set_config_tex_template(t);
  EXPECT_NEAR(MathTex("\\R").width(), MathTex("\\mathbb{R}", a).width(), 1e-9);
}

TEST_F(TexFiles, MathJaxRefusesPackagesItLacks) {
  TexTemplate t;
  t.add_to_preamble("\\usepackage{amsmath,fontspec}");
  try {
    Tex("x", {.tex_template = t});
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    const std::string m = e.what();
    EXPECT_NE(m.find("'fontspec'"), std::string::npos) << m;
    EXPECT_NE(m.find("make setup-latex"), std::string::npos) << m;
    EXPECT_NE(m.find("See log output above or the log file: "), std::string::npos) << m;
  }
  EXPECT_EQ(report_.find("Context"), std::string::npos) << report_;
}

// A MathJax error is reported as Manim reports LaTeX's: the message, the offending line of the
// .tex, and a ValueError pointing at the .log.
TEST_F(TexFiles, MathJaxErrorReportShowsTheLine) {
  const std::string bad = "fine\n\n\\begin{nosuchenv}\nnot fine\n\\end{nosuchenv}";
  try {
    Tex t(bad);
    FAIL() << "no exception";
  } catch (const detail::tex::TexError& e) {
    const std::string m = e.what();
    EXPECT_NE(m.find("Tex: cannot typeset"), std::string::npos) << m;
    EXPECT_NE(m.find("See log output above or the log file: "), std::string::npos) << m;
  }
  EXPECT_NE(report_.find("ERROR MathJax error: "), std::string::npos) << report_;
  EXPECT_NE(report_.find("-> \\begin{nosuchenv}"), std::string::npos) << report_;
  const std::string d = TexTemplate().get_texcode_for_expression_in_env(bad, "center");
  EXPECT_TRUE(fs::exists(tex_dir() / (detail::tex::tex_hash(d) + ".log")));
}

// The LaTeX engine: Manim's files, a warm cache without any latex process, LaTeX's errors with
// their context.
TEST_F(TexFiles, LatexEngine) {
  if (!have_latex()) GTEST_SKIP() << "latex or dvisvgm is not installed (make setup-latex)";
  config().tex_compiler = "latex";
  const std::size_t runs = detail::tex::latex_run_count();
  Tex t("what");
  EXPECT_EQ(detail::tex::latex_run_count(), runs + 1);
  EXPECT_EQ(t.family_members_with_points().size(), 4u);
  const std::string d = TexTemplate().get_texcode_for_expression_in_env("what", "center");
  const std::string h = detail::tex::tex_hash(d);
  EXPECT_TRUE(fs::exists(tex_dir() / (h + ".tex")));
  EXPECT_NE(slurp(tex_dir() / (h + ".svg")).find("dvisvgm"), std::string::npos);
  // Cleanup keeps only .tex and .svg.
  for (auto& e : fs::directory_iterator(tex_dir())) {
    const std::string ext = e.path().extension().string();
    EXPECT_TRUE(ext == ".tex" || ext == ".svg") << e.path();
  }
  // Warm: no latex process, the same glyphs.
  Tex again("what");
  EXPECT_EQ(detail::tex::latex_run_count(), runs + 1);
  EXPECT_EQ(again.width(), t.width());
  // Manim's size rule: 1 bp = font_size/960 units; "what" in cmr10 is ~21 bp wide.
  EXPECT_NEAR(t.width(), 1.04, 0.01);
  // A MathJax SVG under the same name is replaced by LaTeX's.
  config().tex_compiler = "mathjax";
  MathTex("z+1");
  config().tex_compiler = "latex";
  MathTex("z+1");
  const std::string dz = TexTemplate().get_texcode_for_expression_in_env("z+1", "align*");
  EXPECT_NE(slurp(tex_dir() / (detail::tex::tex_hash(dz) + ".svg")).find("dvisvgm"),
            std::string::npos);
  // Errors: LaTeX's message, the line, Manim's ValueError text.
  try {
    MathTex("x + \\notacontrolsequence");
    FAIL() << "no exception";
  } catch (const detail::tex::TexError& e) {
    EXPECT_NE(std::string(e.what()).find("latex error converting to dvi. See log output above or "
                                         "the log file: "),
              std::string::npos)
        << e.what();
  }
  EXPECT_NE(report_.find("LaTeX compilation error: Undefined control sequence."), std::string::npos)
      << report_;
  EXPECT_NE(report_.find("-> x + \\notacontrolsequence"), std::string::npos) << report_;
}

TEST_F(TexFiles, LatexEngineMissingCompilerNamesTheFix) {
  TexTemplate t;
  t.tex_compiler = "nosuchlatexcompiler";
  t.compiler_given = true;
  try {
    MathTex("x", {.tex_template = t});
    FAIL() << "no exception";
  } catch (const std::exception& e) {
    const std::string m = e.what();
    EXPECT_NE(m.find("nosuchlatexcompiler"), std::string::npos) << m;
  }
}

// index_labels: one Integer per submobject, at its centre, label_height tall, outlined.
TEST(IndexLabels, OnePerSubmobjectAtItsCentre) {
  VGroup g(std::vector<Mobject>{Square().shift(LEFT * 2), Circle(), Dot().shift(RIGHT * 3)});
  VGroup labels = index_labels(g);
  ASSERT_EQ(labels.size(), 3u);
  for (long i = 0; i < 3; ++i) {
    EXPECT_NEAR(labels[i].height(), 0.15, 1e-9);
    EXPECT_NEAR((labels[i].get_center() - g[i].get_center()).norm(), 0, 1e-9);
    EXPECT_EQ(labels[i].as<Integer>().get_value(), i);
  }
  // Two digits for index 10.
  VGroup many;
  for (int i = 0; i < 11; ++i) many.add(Dot());
  EXPECT_EQ(index_labels(many)[10].submobjects().size(), 2u);
  EXPECT_THROW(index_labels(g, {.label_height = 0}), std::invalid_argument);
}
