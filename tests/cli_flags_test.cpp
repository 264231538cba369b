// Manim's command line: every flag of `manim render` parsed with Manim's meaning, Manim's
// precedence (defaults < user cfg < manim.cfg beside the scene < -c < flags < script), and
// end-to-end effects of the flags through the manimcpp binary on small Python scenes.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/options.hpp"
#include "cli/progress_bar.hpp"
#include "support/test_support.hpp"

namespace fs = std::filesystem;
using namespace manim;
using manim::cli::Options;

namespace {

fs::path work_dir() {
  return fs::path(MANIM_TEST_OUTPUT_DIR) / "cli_flags_test" / std::to_string(::getpid());
}

void write_file(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

bool contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

// Runs the parser on "manimcpp <args>"; nullopt when it refused them.
std::optional<Options> parse(std::vector<std::string> args, int* code = nullptr) {
  args.insert(args.begin(), "manimcpp");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  int exit_code = 0;
  auto o = cli::parse_options(static_cast<int>(argv.size()), argv.data(), exit_code);
  if (code) *code = exit_code;
  return o;
}

// Parses and configures a fresh Config (HOME and the current folder are the test's).
Config configured(std::vector<std::string> args) {
  auto o = parse(std::move(args));
  EXPECT_TRUE(o.has_value());
  Config c;
  if (o) cli::configure(*o, c);
  return c;
}

// Each test runs with HOME and the current folder inside its own work folder, so that no
// real ~/.config/manim/manim.cfg or ./manim.cfg takes part.
class CliFlags : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = work_dir() / ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "home");
    old_home_ = std::getenv("HOME") ? std::getenv("HOME") : "";
    old_cwd_ = fs::current_path();
    ::setenv("HOME", (dir_ / "home").c_str(), 1);
    fs::current_path(dir_);
    write_file(dir_ / "scene.py", "");
  }
  void TearDown() override {
    fs::current_path(old_cwd_);
    ::setenv("HOME", old_home_.c_str(), 1);
  }
  fs::path dir_;
  std::string old_home_;
  fs::path old_cwd_;
};

TEST_F(CliFlags, PrecedenceDefaultsUserFolderConfigFileFlags) {
  // Each layer names the keys it overrides; the others come from the layer below.
  write_file(dir_ / "home/.config/manim/manim.cfg",
             "[CLI]\nframe_rate = 20\nzero_pad = 5\nmedia_dir = user_media\n"
             "background_color = RED\nprogress_bar = none\n");
  write_file(dir_ / "project/manim.cfg",
             "[CLI]\nframe_rate = 25\nmedia_dir = folder_media\nbackground_color = GREEN\n");
  write_file(dir_ / "project/scene.py", "");
  write_file(dir_ / "custom.cfg", "[CLI]\nmedia_dir = c_media\nbackground_color = BLUE\n");

  Config c = configured({"project/scene.py"});
  EXPECT_EQ(c.zero_pad, 5);                // user
  EXPECT_EQ(c.progress_bar, "none");       // user
  EXPECT_EQ(c.frame_rate, 25);             // folder over user
  EXPECT_EQ(c.media_dir, "folder_media");  // folder over user
  EXPECT_EQ(c.background_color, GREEN);    // folder over user
  EXPECT_EQ(c.pixel_width, 1920);          // default

  c = configured({"-c", "custom.cfg", "project/scene.py"});
  EXPECT_EQ(c.frame_rate, 25);          // folder: -c does not name it
  EXPECT_EQ(c.media_dir, "c_media");    // -c over folder
  EXPECT_EQ(c.background_color, BLUE);  // -c over folder
  EXPECT_EQ(c.zero_pad, 5);             // user

  c = configured({"-c", "custom.cfg", "--media_dir", "flag_media", "--fps", "12",
                  "--background_color", "YELLOW", "project/scene.py"});
  EXPECT_EQ(c.media_dir, "flag_media");   // flag over -c
  EXPECT_EQ(c.frame_rate, 12);            // flag over folder
  EXPECT_EQ(c.background_color, YELLOW);  // flag over -c
  EXPECT_EQ(c.zero_pad, 5);

  // The quality flag resets size and rate over every .cfg file; -r and --fps over -q.
  c = configured({"-ql", "project/scene.py"});
  EXPECT_EQ(c.frame_rate, 15);
  EXPECT_EQ(c.pixel_width, 854);
  c = configured({"-qm", "--fps", "24", "-r", "640,360", "project/scene.py"});
  EXPECT_EQ(c.frame_rate, 24);
  EXPECT_EQ(c.pixel_width, 640);
  EXPECT_EQ(c.pixel_height, 360);
}

TEST_F(CliFlags, ConfigFileErrorsAreOneLine) {
  auto o = parse({"-c", "missing.cfg", "scene.py"});
  ASSERT_TRUE(o);
  Config c;
  try {
    cli::configure(*o, c);
    FAIL() << "no error";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "--config_file: could not find a config file at 'missing.cfg'");
  }
  write_file(dir_ / "bad.cfg", "[CLI]\n\nframe_rate = quick\n");
  o = parse({"-c", "bad.cfg", "scene.py"});
  try {
    cli::configure(*o, c);
    FAIL() << "no error";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "bad.cfg:3: bad value 'quick' for 'frame_rate': expected a number");
  }
  // An unknown key is a warning naming the file and the line, and the rest still applies.
  write_file(dir_ / "manim.cfg", "[CLI]\nframerate = 3\nzero_pad = 2\n");
  std::vector<std::string> warnings;
  o = parse({"scene.py"});
  Config d;
  cli::configure(*o, d, [&](const std::string& w) { warnings.push_back(w); });
  EXPECT_EQ(d.zero_pad, 2);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "manim.cfg:2: unknown config key 'framerate' in [CLI] (ignored)");
}

TEST_F(CliFlags, GlobalOptions) {
  write_file(dir_ / "t.tex", "\\documentclass{article}");
  Config c = configured({"--disable_caching", "--flush_cache", "--tex_template", "t.tex", "-v",
                         "warning", "--silent", "--dry_run", "--no_latex_cleanup", "scene.py"});
  EXPECT_TRUE(c.disable_caching);
  EXPECT_TRUE(c.flush_cache);
  EXPECT_EQ(c.tex_template_file, "t.tex");
  EXPECT_EQ(c.verbosity, "WARNING");
  EXPECT_FALSE(c.notify_outdated_version);
  EXPECT_TRUE(c.dry_run);
  EXPECT_FALSE(c.write_to_movie);  // Manim's dry_run: nothing written
  EXPECT_TRUE(std::holds_alternative<std::monostate>(c.get("format")));
  EXPECT_TRUE(c.no_latex_cleanup);
  // OpenGL window flags are accepted and stored (Cairo has no window).
  c = configured({"--enable_gui", "--gui_location", "10,20", "--fullscreen", "--enable_wireframe",
                  "--force_window", "--use_projection_fill_shaders",
                  "--use_projection_stroke_shaders", "scene.py"});
  EXPECT_TRUE(c.enable_gui && c.fullscreen && c.enable_wireframe && c.force_window &&
              c.use_projection_fill_shaders && c.use_projection_stroke_shaders);
  EXPECT_EQ(c.gui_location, (std::pair<long long, long long>(10, 20)));
  // --custom_folders: the [custom_folders] layout, under an explicit --media_dir.
  c = configured({"--custom_folders", "scene.py"});
  EXPECT_TRUE(c.custom_folders);
  EXPECT_EQ(c.get_dir("video_dir", {{"module_name", "scene"}}), "videos");
  EXPECT_EQ(c.get_dir("tex_dir"), "videos/temp_files");
  c = configured({"--custom_folders", "--media_dir", "mine", "scene.py"});
  EXPECT_EQ(c.get_dir("images_dir", {{"module_name", "scene"}}), "mine");
}

TEST_F(CliFlags, OutputOptions) {
  Config c = configured({"-o", "clip.mp4", "-0", "6", "--write_to_movie", "--media_dir", "m",
                         "--log_dir", "logs", "--log_to_file", "scene.py"});
  EXPECT_EQ(c.output_file, "clip.mp4");
  EXPECT_EQ(c.zero_pad, 6);
  EXPECT_TRUE(c.write_to_movie);
  EXPECT_EQ(c.media_dir, "m");
  EXPECT_EQ(c.log_dir, "logs");
  EXPECT_TRUE(c.log_to_file);
  EXPECT_EQ(c.get_dir("video_dir", {{"module_name", "scene"}}), "m/videos/scene/1080p60");
}

TEST_F(CliFlags, RenderOptions) {
  Config c = configured({"-n", "2,5", "-a", "--format", "WEBM", "-s", "-t", "--save_sections",
                         "--renderer", "cairo", "scene.py"});
  EXPECT_EQ(c.from_animation_number, 2);
  EXPECT_EQ(c.upto_animation_number, 5);
  EXPECT_TRUE(c.write_all);
  EXPECT_EQ(c.format, "webm");
  EXPECT_TRUE(c.save_last_frame);
  EXPECT_FALSE(c.write_to_movie);  // -s: the still only
  EXPECT_TRUE(c.transparent);
  EXPECT_EQ(c.background_opacity, 0);
  EXPECT_EQ(c.movie_file_extension, ".webm");
  EXPECT_TRUE(c.save_sections);
  EXPECT_EQ(c.renderer, "cairo");
  c = configured({"-n", "3", "-t", "scene.py"});
  EXPECT_EQ(c.from_animation_number, 3);
  EXPECT_EQ(c.upto_animation_number, -1);
  EXPECT_EQ(c.movie_file_extension, ".mov");  // -t with mp4 writes .mov, as Manim
  // Deprecated -i / -g set the format (over --format, as Manim).
  c = configured({"--format", "mp4", "-i", "scene.py"});
  EXPECT_EQ(c.format, "gif");
  EXPECT_TRUE(c.save_as_gif);
  c = configured({"-g", "scene.py"});
  EXPECT_EQ(c.format, "png");
  EXPECT_TRUE(c.save_pngs);
  // Every quality flag and name.
  const std::pair<const char*, int> qualities[] = {{"l", 854},  {"m", 1280}, {"h", 1920},
                                                   {"p", 2560}, {"k", 3840}, {"low_quality", 854}};
  for (const auto& [q, w] : qualities) EXPECT_EQ(configured({"-q", q, "scene.py"}).pixel_width, w);
  // The magic-only and our own flags.
  auto o = parse({"--jupyter", "--manim_kerning", "--threads", "3", "--background_opacity", "0.5",
                  "scene.py"});
  ASSERT_TRUE(o);
  EXPECT_TRUE(o->jupyter);
  Config d;
  cli::configure(*o, d);
  EXPECT_TRUE(d.manim_text_kerning);
  EXPECT_EQ(d.threads, 3);
  EXPECT_EQ(d.background_opacity, 0.5);
}

TEST_F(CliFlags, EaseOfAccessOptions) {
  Config c = configured({"--progress_bar", "leave", "-p", "-f", "scene.py"});
  EXPECT_EQ(c.progress_bar, "leave");
  EXPECT_TRUE(c.preview);
  EXPECT_TRUE(c.show_in_file_browser);
  // Combined short flags as Manim users type them.
  c = configured({"-pql", "scene.py"});
  EXPECT_TRUE(c.preview);
  EXPECT_EQ(c.quality(), "low_quality");
}

TEST_F(CliFlags, RenderSubcommandAndScenes) {
  auto o = parse({"render", "-qm", "scene.py", "A", "B"});
  ASSERT_TRUE(o);
  EXPECT_EQ(o->command, "render");
  EXPECT_EQ(o->file, "scene.py");
  EXPECT_EQ(o->scenes, (std::vector<std::string>{"A", "B"}));
  Config c;
  cli::configure(*o, c);
  EXPECT_EQ(c.scene_names, (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(c.input_file, (dir_ / "scene.py").string());
  o = parse({"cfg", "show"});
  ASSERT_TRUE(o);
  EXPECT_EQ(o->command, "cfg");
  EXPECT_EQ(o->cfg_action, "show");
}

TEST_F(CliFlags, BadValuesStopBeforeAnythingRuns) {
  int code = 0;
  EXPECT_FALSE(parse({"--renderer", "opengl", "scene.py"}, &code));
  EXPECT_EQ(code, 2);
  EXPECT_FALSE(parse({"-0", "10", "scene.py"}, &code));
  EXPECT_FALSE(parse({"--progress_bar", "sometimes", "scene.py"}, &code));
  EXPECT_FALSE(parse({"-v", "LOUD", "scene.py"}, &code));
  EXPECT_FALSE(parse({"-n", "5,2", "scene.py"}, &code));
  EXPECT_FALSE(parse({"-r", "1280", "scene.py"}, &code));
  EXPECT_FALSE(parse({"--fps", "0", "scene.py"}, &code));
  EXPECT_FALSE(parse({"--tex_template", "none.tex", "scene.py"}, &code));
  EXPECT_FALSE(parse({"--background_color", "#12", "scene.py"}, &code));
  EXPECT_FALSE(parse({"-o", "a/b.mp4", "scene.py"}, &code));
}

TEST(ProgressBarLine, LooksLikeTqdm) {
  // 7 of 15 frames after 0.5 s: 47%, 14 frames/s, 0.57 s left.
  const std::string line =
      cli::ProgressBar::format_line("Animation 0: Create(Square)", 7, 15, 0.5, 80);
  EXPECT_EQ(line.rfind("Animation 0: Create(Square):  47%|", 0), 0u) << line;
  EXPECT_TRUE(contains(line, "| 7/15 [00:00<00:00, 14.00it/s]")) << line;
  // The bar fills 7/15 of its cells with full blocks and one partial block.
  const std::string full = cli::ProgressBar::format_line("A", 15, 15, 61, 60);
  EXPECT_TRUE(contains(full, "100%|")) << full;
  EXPECT_TRUE(contains(full, "[01:01<00:00, 0.25it/s]")) << full;
  EXPECT_FALSE(contains(full, " |")) << full;  // no empty cell left
}

// ---- end to end, through the manimcpp binary on a Python scene ----

class CliFlagsRender : public CliFlags {
 protected:
  manim::testing::CommandResult run(const std::string& args) {
    return manim::testing::run_command(
        "HOME=" + manim::testing::shell_quote((dir_ / "home").string()) + " " +
            manim::testing::shell_quote(MANIM_CLI_PATH) + " " + args,
        dir_.string());
  }
  // The RGB of the centre pixel of a PNG.
  static std::array<int, 3> centre(const fs::path& png) {
    const auto img = manim::testing::load_png(png.string());
    const std::size_t i =
        (static_cast<std::size_t>(img.height / 2) * img.width + img.width / 2) * 3;
    return {img.rgb[i], img.rgb[i + 1], img.rgb[i + 2]};
  }
};

const char* kEmptyScene =
    "from manim import *\n"
    "class Empty(Scene):\n"
    "    def construct(self):\n"
    "        self.wait(0.2)\n";

TEST_F(CliFlagsRender, ScriptAssignmentsWinOverFlagsWhichWinOverCfgFiles) {
  write_file(dir_ / "manim.cfg", "[CLI]\nbackground_color = RED\n");
  write_file(dir_ / "plain.py", kEmptyScene);
  write_file(
      dir_ / "assigns.py",
      std::string("from manim import *\nconfig.background_color = BLUE\n") + (kEmptyScene + 20));
  auto r = run("-ql -s --progress_bar none plain.py Empty");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(centre(dir_ / "media/images/plain/Empty_ManimCE_v0.18.0.png"),
            (std::array<int, 3>{0xFC, 0x62, 0x55}));  // RED from manim.cfg
  r = run("-ql -s --progress_bar none --background_color GREEN plain.py Empty");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(centre(dir_ / "media/images/plain/Empty_ManimCE_v0.18.0.png"),
            (std::array<int, 3>{0x83, 0xC1, 0x67}));  // GREEN: the flag over the cfg
  r = run("-ql -s --progress_bar none --background_color GREEN assigns.py Empty");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(centre(dir_ / "media/images/assigns/Empty_ManimCE_v0.18.0.png"),
            (std::array<int, 3>{0x58, 0xC4, 0xDD}));  // BLUE: the script over the flag
}

TEST_F(CliFlagsRender, DryRunZeroPadAndCustomFolders) {
  write_file(dir_ / "s.py", kEmptyScene);
  auto r = run("-ql --dry_run --progress_bar none s.py Empty");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_FALSE(fs::exists(dir_ / "media/videos")) << r.out;
  EXPECT_FALSE(fs::exists(dir_ / "media/images")) << r.out;

  r = run("-ql --format png -0 2 --progress_bar none s.py Empty");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(fs::exists(dir_ / "media/images/s/Empty00.png")) << r.out;
  EXPECT_TRUE(fs::exists(dir_ / "media/images/s/Empty02.png")) << r.out;  // 0.2 s at 15 fps

  r = run("-ql --custom_folders --progress_bar none s.py Empty");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(fs::exists(dir_ / "videos/Empty.mp4")) << r.out;

  r = run("-ql -t --progress_bar none s.py Empty");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(fs::exists(dir_ / "media/videos/s/480p15/Empty.mov")) << r.out;

  r = run("--renderer opengl s.py Empty");
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(contains(r.out, "renderer 'opengl' is not supported")) << r.out;
}

std::string read_text(const fs::path& p) {
  std::ifstream in(p);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

TEST_F(CliFlagsRender, LogToFileWritesManimsJsonLogPerScene) {
  // As Manim's file writer: <log_dir>/<module>_<Scene>.log, one JSON record a line (Manim's
  // JSONFormatter: levelname, module, message with its arguments shown as <>), holding the
  // records of the manim logger (the script's own, module "logged") and the writer's.
  write_file(dir_ / "logged.py",
             "from manim import *\n"
             "class Logged(Scene):\n"
             "    def construct(self):\n"
             "        logger.info('hello %(who)s', {'who': 'you'})\n"
             "        logger.debug('not at INFO')\n"
             "        self.wait(0.2)\n"
             "class Other(Scene):\n"
             "    def construct(self):\n"
             "        logger.warning('caf\\u00e9 %s', 1)\n"
             "        self.wait(0.2)\n");
  auto r = run("-ql --log_to_file --progress_bar none logged.py Logged Other");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(read_text(dir_ / "media/logs/logged_Logged.log"),
            "{\"levelname\": \"INFO\", \"module\": \"logger_utils\", \"message\": \"Log file "
            "will be saved in <>\"}\n"
            "{\"levelname\": \"INFO\", \"module\": \"logged\", \"message\": \"hello <>\"}\n"
            "{\"levelname\": \"INFO\", \"module\": \"scene_file_writer\", \"message\": "
            "\"\\nFile ready at <>\\n\"}\n"
            "{\"levelname\": \"INFO\", \"module\": \"scene\", \"message\": \"Rendered "
            "Logged\\nPlayed 1 animations\"}\n");
  // Each scene has its own file; non-ASCII is written as json.dumps does (\u00e9).
  const std::string other = read_text(dir_ / "media/logs/logged_Other.log");
  EXPECT_TRUE(contains(other,
                       "{\"levelname\": \"WARNING\", \"module\": \"logged\", "
                       "\"message\": \"caf\\u00e9 <>\"}\n"))
      << other;
  EXPECT_FALSE(contains(other, "hello")) << other;
  EXPECT_FALSE(fs::exists(dir_ / "media/logs/logged.log"));

  // Records below the verbosity are not written (the file still is, as Manim's).
  r = run("-ql --log_to_file -v WARNING --progress_bar none logged.py Logged");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(read_text(dir_ / "media/logs/logged_Logged.log"), "");

  // --log_dir moves it; as Manim, no log file for a dry run or the png format.
  r = run("-ql --log_to_file --log_dir elsewhere --progress_bar none logged.py Logged");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(contains(read_text(dir_ / "elsewhere/logged_Logged.log"), "Rendered Logged"));
  fs::remove_all(dir_ / "media/logs");
  r = run("-ql --log_to_file --dry_run --progress_bar none logged.py Logged");
  ASSERT_EQ(r.code, 0) << r.out;
  r = run("-ql --log_to_file --format png --progress_bar none logged.py Logged");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_FALSE(fs::exists(dir_ / "media/logs")) << r.out;

  // A log folder that cannot be made: one error line naming it, no render.
  write_file(dir_ / "blocked", "a file, not a folder");
  r = run("-ql --log_to_file --log_dir blocked/logs --progress_bar none logged.py Logged");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_TRUE(contains(r.out, "error: log_to_file: cannot create the log folder 'blocked/logs'"))
      << r.out;
}

TEST_F(CliFlagsRender, CfgShowPrintsTheConfigurationInEffect) {
  write_file(dir_ / "manim.cfg", "[CLI]\nframe_rate = 24\n");
  auto r = run("cfg show");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(contains(r.out, "[CLI]\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "\nframe_rate = 24\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "\nmedia_width = 60%%\n")) << r.out;
  r = run("cfg write -l user");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(fs::exists(dir_ / "home/.config/manim/manim.cfg"));
}

}  // namespace
