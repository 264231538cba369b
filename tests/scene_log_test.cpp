// Manim's --log_to_file records (core/scene_log.hpp, core/json_text.hpp): the JSON line Python's
// json.dumps would write for each record, the file's name and place, the verbosity filter, and when
// no file is made (dry run, png format). The CLI and Python ends are in cli_flags_test and
// tests/python/test_scene_keywords.py.
#include "core/scene_log.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/json_text.hpp"
#include "manim/core/config.hpp"

namespace fs = std::filesystem;
using namespace manim;
using namespace manim::detail;

namespace {

std::string read_text(const fs::path& p) {
  std::ifstream in(p);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

TEST(JsonLogLine, EscapesAsPythonsJsonDumps) {
  EXPECT_EQ(
      json_log_line("INFO", "scene", "Rendered A\nPlayed 2 animations"),
      R"({"levelname": "INFO", "module": "scene", "message": "Rendered A\nPlayed 2 animations"})");
  // Quotes, backslashes, the short escapes, other control characters and DEL as \u00XX.
  EXPECT_EQ(
      json_log_line("E", "m", "\"a\\b\"\t\r\b\f\x01\x1f\x7f"),
      R"({"levelname": "E", "module": "m", "message": "\"a\\b\"\t\r\b\f\u0001\u001f\u007f"})");
  // ensure_ascii: é (2 bytes), € (3 bytes), 𝄞 (4 bytes: a surrogate pair), in lower-case hex.
  EXPECT_EQ(json_log_line("I", "m", "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9D\x84\x9E"),
            R"({"levelname": "I", "module": "m", "message": "caf\u00e9 \u20ac \ud834\udd1e"})");
  // Bytes that are not UTF-8 (a lone continuation byte, a cut sequence, an overlong form,
  // an encoded surrogate) read as U+FFFD, one per bad byte.
  EXPECT_EQ(
      json_log_line("I", "m", "\x80|\xE2\x82|\xC0\xAF|\xED\xA0\x80"),
      R"({"levelname": "I", "module": "m", "message": "\ufffd|\ufffd\ufffd|\ufffd\ufffd|\ufffd\ufffd\ufffd"})");
}

TEST(JsonString, WithoutEnsureAsciiCopiesUtf8AsTheWorkersRequestsDo) {
  // json.dumps(s, ensure_ascii=False): only quotes, backslashes and control characters change.
  EXPECT_EQ(json_string("caf\xC3\xA9 \x7f \"q\" \\ \n\b\x02", false),
            "\"caf\xC3\xA9 \x7f \\\"q\\\" \\\\ \\n\\b\\u0002\"");
  EXPECT_EQ(json_string("", true), "\"\"");
}

class SceneLog : public ::testing::Test {
 protected:
  void SetUp() override {
    saved_ = config();
    dir_ = fs::temp_directory_path() / ("manimcpp_scene_log_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    config().log_to_file = true;
    config().log_dir = (dir_ / "{module_name}_logs").string();
    config().verbosity = "INFO";
  }
  void TearDown() override {
    config() = saved_;
    fs::remove_all(dir_);
  }
  Config saved_;
  fs::path dir_;
};

TEST_F(SceneLog, WritesTheScenesRecordsAtOrAboveTheVerbosity) {
  scene_log("ERROR", "m", "before: no file open");
  {
    SceneLogFile log("mod", "Scene1", "mp4");
    EXPECT_EQ(log.path(), dir_ / "mod_logs" / "mod_Scene1.log");
    EXPECT_TRUE(scene_log_open());
    scene_log("DEBUG", "m", "below INFO");
    scene_log("WARNING", "m", "kept");
    scene_log_record("DEBUG", "py", "the Python logger filtered it already");
  }
  EXPECT_FALSE(scene_log_open());
  scene_log("ERROR", "m", "after: closed");
  EXPECT_EQ(read_text(dir_ / "mod_logs" / "mod_Scene1.log"),
            "{\"levelname\": \"INFO\", \"module\": \"logger_utils\", \"message\": \"Log file will "
            "be saved in <>\"}\n"
            "{\"levelname\": \"WARNING\", \"module\": \"m\", \"message\": \"kept\"}\n"
            "{\"levelname\": \"DEBUG\", \"module\": \"py\", \"message\": \"the Python logger "
            "filtered it already\"}\n");

  // A second render of the same scene starts the file again, as Manim's mode="w".
  config().verbosity = "DEBUG";
  {
    SceneLogFile log("mod", "Scene1", "gif");
    scene_log("DEBUG", "m", "now shown");
    // A scene rendered inside another's render keeps writing to the outer file.
    SceneLogFile inner("mod", "Inner", "mp4");
    EXPECT_TRUE(inner.path().empty());
    scene_log("INFO", "m", "still outer");
  }
  EXPECT_EQ(read_text(dir_ / "mod_logs" / "mod_Scene1.log"),
            "{\"levelname\": \"INFO\", \"module\": \"logger_utils\", \"message\": \"Log file will "
            "be saved in <>\"}\n"
            "{\"levelname\": \"DEBUG\", \"module\": \"m\", \"message\": \"now shown\"}\n"
            "{\"levelname\": \"INFO\", \"module\": \"m\", \"message\": \"still outer\"}\n");
  EXPECT_FALSE(fs::exists(dir_ / "mod_logs" / "mod_Inner.log"));
}

TEST_F(SceneLog, NoFileWithoutLogToFileForADryRunOrThePngFormat) {
  config().log_to_file = false;
  EXPECT_TRUE(SceneLogFile("mod", "A", "mp4").path().empty());
  config().log_to_file = true;
  config().dry_run = true;
  EXPECT_TRUE(SceneLogFile("mod", "A", "mp4").path().empty());
  config().dry_run = false;
  EXPECT_TRUE(SceneLogFile("mod", "A", "png").path().empty());
  EXPECT_FALSE(fs::exists(dir_));
  // No input file: Manim's empty module name.
  config().log_dir = dir_.string();
  EXPECT_EQ(SceneLogFile("", "A", "mov").path(), dir_ / "_A.log");
}

TEST_F(SceneLog, AFolderThatCannotBeMadeIsOneErrorNamingIt) {
  fs::create_directories(dir_);
  std::ofstream(dir_ / "file") << "x";
  config().log_dir = (dir_ / "file" / "logs").string();
  try {
    SceneLogFile log("mod", "A", "mp4");
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()).rfind("log_to_file: cannot create the log folder '" +
                                              (dir_ / "file" / "logs").string() + "': ",
                                          0),
              0u)
        << e.what();
  }
  EXPECT_FALSE(scene_log_open());
}

}  // namespace
