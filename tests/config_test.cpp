// Config as Manim's ManimConfig: defaults of default.cfg, keys by name with Manim's
// validation and derived keys, .cfg files (configparser syntax, warnings, errors), get_dir.
#include "manim/core/config.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace manim;

namespace {

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "(no error)";
}

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

fs::path temp_file(const std::string& name, const std::string& text) {
  const fs::path dir = fs::temp_directory_path() / ("config_test_" + std::to_string(::getpid()));
  fs::create_directories((dir / name).parent_path());
  std::ofstream(dir / name) << text;
  return dir / name;
}

}  // namespace

TEST(Config, DefaultsAreManimsDefaultCfg) {
  const Config c;
  EXPECT_EQ(c.pixel_width, 1920);
  EXPECT_EQ(c.pixel_height, 1080);
  EXPECT_EQ(c.frame_rate, 60);
  EXPECT_EQ(c.frame_height, 8.0);
  EXPECT_DOUBLE_EQ(c.frame_width, 8.0 * 16 / 9);  // frame_height * aspect_ratio
  EXPECT_EQ(c.quality(), "high_quality");
  EXPECT_EQ(c.quality_dir(), "1080p60");
  EXPECT_EQ(c.format, "mp4");
  EXPECT_EQ(c.zero_pad, 4);
  EXPECT_EQ(c.media_dir, "./media");
  EXPECT_EQ(c.video_dir, "{media_dir}/videos/{module_name}/{quality}");
  EXPECT_EQ(c.progress_bar, "display");
  EXPECT_EQ(c.verbosity, "INFO");
  EXPECT_EQ(c.renderer, "cairo");
  EXPECT_TRUE(c.write_to_movie);
  EXPECT_EQ(c.max_files_cached, 100);
  EXPECT_EQ(std::get<std::string>(c.get("movie_file_extension")), ".mp4");
  EXPECT_EQ(std::get<std::string>(c.get("media_width")), "60%");
}

TEST(Config, EveryManimKeyIsReadableByName) {
  // The keys of Manim v0.18.0's ManimConfig._OPTS (tex_template is the Python object slot).
  const char* const manim_keys[] = {"assets_dir",
                                    "background_color",
                                    "background_opacity",
                                    "custom_folders",
                                    "disable_caching",
                                    "disable_caching_warning",
                                    "dry_run",
                                    "enable_wireframe",
                                    "ffmpeg_loglevel",
                                    "ffmpeg_executable",
                                    "format",
                                    "flush_cache",
                                    "frame_height",
                                    "frame_rate",
                                    "frame_width",
                                    "frame_x_radius",
                                    "frame_y_radius",
                                    "from_animation_number",
                                    "images_dir",
                                    "input_file",
                                    "media_embed",
                                    "media_width",
                                    "log_dir",
                                    "log_to_file",
                                    "max_files_cached",
                                    "media_dir",
                                    "movie_file_extension",
                                    "notify_outdated_version",
                                    "output_file",
                                    "partial_movie_dir",
                                    "pixel_height",
                                    "pixel_width",
                                    "plugins",
                                    "preview",
                                    "progress_bar",
                                    "quality",
                                    "save_as_gif",
                                    "save_sections",
                                    "save_last_frame",
                                    "save_pngs",
                                    "scene_names",
                                    "show_in_file_browser",
                                    "tex_dir",
                                    "tex_template_file",
                                    "text_dir",
                                    "upto_animation_number",
                                    "renderer",
                                    "enable_gui",
                                    "gui_location",
                                    "use_projection_fill_shaders",
                                    "use_projection_stroke_shaders",
                                    "verbosity",
                                    "video_dir",
                                    "sections_dir",
                                    "fullscreen",
                                    "window_position",
                                    "window_size",
                                    "window_monitor",
                                    "write_all",
                                    "write_to_movie",
                                    "zero_pad",
                                    "force_window",
                                    "no_latex_cleanup"};
  const Config c;
  for (const char* k : manim_keys) {
    const ConfigKeyInfo* info = Config::find_key(k);
    ASSERT_NE(info, nullptr) << k;
    EXPECT_TRUE(info->listed) << k;
    EXPECT_NO_THROW(c.get(k)) << k;
  }
  for (const char* k :
       {"transparent", "aspect_ratio", "top", "bottom", "left_side", "right_side", "frame_size"})
    EXPECT_NO_THROW(c.get(k)) << k;
  EXPECT_TRUE(contains(error_of([&] { c.get("frame_widht"); }), "no key 'frame_widht'"));
}

TEST(Config, DerivedKeysFollowManimsProperties) {
  Config c;
  c.set("frame_y_radius", 5.0);
  EXPECT_EQ(c.frame_height, 10.0);
  c.set("frame_x_radius", 3LL);
  EXPECT_EQ(c.frame_width, 6.0);
  EXPECT_EQ(std::get<Vec3>(c.get("top")), Vec3(0, 5, 0));
  EXPECT_EQ(std::get<Vec3>(c.get("left_side")), Vec3(-3, 0, 0));
  c.set("frame_size", std::pair<long long, long long>(1280, 720));
  EXPECT_EQ(c.pixel_width, 1280);
  EXPECT_DOUBLE_EQ(std::get<double>(c.get("aspect_ratio")), 16.0 / 9.0);
  c.set("frame_rate", 30LL);
  EXPECT_EQ(std::get<std::string>(c.get("quality")), "medium_quality");
  c.set("frame_rate", 24.0);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(c.get("quality")));  // Manim's None
  EXPECT_EQ(c.quality_dir(), "720p24");
  c.set("frame_rate", 29.97);
  EXPECT_EQ(c.quality_dir(), "720p29.97");  // Manim's {frame_rate:g}
  c.set("quality", std::string("low_quality"));
  EXPECT_EQ(c.pixel_width, 854);
  EXPECT_EQ(c.frame_rate, 15);
  c.set_quality('k');
  EXPECT_EQ(c.pixel_height, 2160);
  c.set_quality("example_quality");
  EXPECT_EQ(c.frame_rate, 30);
  EXPECT_EQ(c.quality(), "example_quality");

  // transparent is background_opacity == 0 and picks .mov (or keeps .webm).
  c.set("transparent", true);
  EXPECT_EQ(c.background_opacity, 0);
  EXPECT_TRUE(c.transparent);
  EXPECT_EQ(c.movie_file_extension, ".mov");
  c.set("format", std::string("webm"));
  c.set("transparent", true);
  EXPECT_EQ(c.movie_file_extension, ".webm");
  c.set("background_opacity", 0.5);
  EXPECT_FALSE(c.transparent);
  EXPECT_FALSE(std::get<bool>(c.get("transparent")));

  // dry_run: no movie, no still, format None.
  c.set("save_last_frame", true);
  c.set("dry_run", true);
  EXPECT_FALSE(c.write_to_movie);
  EXPECT_FALSE(c.save_last_frame);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(c.get("format")));
}

TEST(Config, BadValuesNameTheKeyAndTheValue) {
  Config c;
  EXPECT_EQ(error_of([&] { c.set("zero_pad", 12LL); }),
            "config: bad value 12 for 'zero_pad': expected an integer in [0, 9]");
  EXPECT_EQ(error_of([&] { c.set_text("frame_rate", "fast"); }),
            "config: bad value 'fast' for 'frame_rate': expected a number");
  EXPECT_EQ(error_of([&] { c.set("progress_bar", std::string("yes")); }),
            "config: bad value 'yes' for 'progress_bar': use one of display, leave, none");
  EXPECT_EQ(error_of([&] { c.set("background_opacity", 1.5); }),
            "config: bad value 1.5 for 'background_opacity': expected 0 <= value <= 1");
  EXPECT_TRUE(contains(error_of([&] { c.set("background_color", std::string("#12")); }),
                       "bad value '#12' for 'background_color'"));
  EXPECT_TRUE(contains(error_of([&] { c.set("pixel_width", 0LL); }), "'pixel_width'"));
  EXPECT_TRUE(contains(error_of([&] { c.set("save_pngs", std::string("maybe")); }),
                       "expected True or False"));
  EXPECT_EQ(error_of([&] { c.set("renderer", std::string("OpenGL")); }),
            "config: renderer 'opengl' is not supported: manim.cpp renders with Cairo only (use "
            "--renderer cairo)");
  EXPECT_NO_THROW(c.set("renderer", std::string("CAIRO")));
  EXPECT_EQ(c.renderer, "cairo");
  EXPECT_TRUE(contains(error_of([&] { c.set("top", Vec3(0, 1, 0)); }), "read-only"));
  EXPECT_TRUE(contains(error_of([&] { c.set("quality", std::string("ultra")); }),
                       "bad value 'ultra' for 'quality'"));
  // Nothing changed by the failed sets.
  EXPECT_EQ(c.zero_pad, 4);
  EXPECT_EQ(c.frame_rate, 60);
  EXPECT_EQ(c.background_opacity, 1);
  // Manim accepts True/False and values equal to them.
  c.set("save_pngs", 1LL);
  EXPECT_TRUE(c.save_pngs);
  c.set_text("verbosity", "warning");
  EXPECT_EQ(c.verbosity, "WARNING");
}

TEST(Config, TextFormsRoundTrip) {
  Config c;
  c.set_text("gui_location", "10;20");
  EXPECT_EQ(c.gui_location, (std::pair<long long, long long>(10, 20)));
  c.set_text("plugins", "a, b,");
  EXPECT_EQ(c.plugins, (std::vector<std::string>{"a", "b"}));
  c.set_text("media_embed", "");
  EXPECT_FALSE(c.media_embed.has_value());
  c.set_text("media_embed", "yes");
  EXPECT_EQ(c.media_embed, true);
  c.set_text("background_color", "WHITE");
  EXPECT_EQ(c.text("background_color"), "#FFFFFF");
  EXPECT_EQ(c.text("disable_caching"), "False");
  // The whole configuration written as a .cfg file reads back to the same values.
  c.frame_rate = 24;
  c.background_opacity = 0.25;
  c.media_dir = "out/{module_name}";
  Config back;
  back.digest_text(c.to_cfg_text(), "written.cfg");
  for (const ConfigKeyInfo& k : Config::keys()) {
    if (std::string(k.name) == "input_file" || std::string(k.name) == "scene_names") continue;
    EXPECT_EQ(back.text(k.name), c.text(k.name)) << k.name;
  }
}

TEST(Config, GetDirResolvesManimsTemplates) {
  Config c;
  EXPECT_EQ(c.get_dir("media_dir"), "media");
  EXPECT_EQ(c.get_dir("tex_dir"), "media/Tex");
  EXPECT_EQ(c.get_dir("video_dir", {{"module_name", "scene"}}), "media/videos/scene/1080p60");
  EXPECT_EQ(c.get_dir("partial_movie_dir", {{"module_name", "m"}, {"scene_name", "S"}}),
            "media/videos/m/1080p60/partial_movie_files/S");
  EXPECT_EQ(error_of([&] { c.get_dir("video_dir"); }),
            "config.get_dir: video_dir '{media_dir}/videos/{module_name}/{quality}' requires "
            "the following keyword arguments: module_name");
  EXPECT_TRUE(contains(error_of([&] { c.get_dir("frame_width"); }), "not a folder key"));
  c.media_dir = "{loop}";
  EXPECT_TRUE(contains(error_of([&] {
                         c.get_dir("media_dir", {{"loop", "x/{loop}"}});
                       }),
                       "refers to itself"));
  Config d;
  d.set("custom_folders", true);
  d.apply_custom_folders();
  EXPECT_EQ(d.get_dir("video_dir", {{"module_name", "m"}}), "videos");
  EXPECT_EQ(d.get_dir("tex_dir"), "videos/temp_files");
}

TEST(Config, CfgFileReadsAsConfigparserAndOnlyNamedKeysChange) {
  Config c;
  c.background_opacity = 0.5;  // not in the file: kept
  std::vector<std::string> warnings;
  // Indented as a Python triple-quoted string, comments, ':' separators, %% for %,
  // case-insensitive keys, a continuation line.
  c.digest_text(
      "\n    [CLI]\n    # comment\n    ; comment\n    frame_rate = 30\n    PIXEL_WIDTH: 1280\n"
      "    pixel_height = 720\n    background_color = WHITE\n    media_dir = out\n"
      "    progress_bar = leave\n    fram_rate = 12\n\n    [jupyter]\n    media_width = 50%%\n"
      "    [custom_folders]\n    media_dir = custom\n    [ffmpeg]\n    loglevel = WARNING\n"
      "    [mystery]\n    x = 1\n",
      "test.cfg", [&](const std::string& w) { warnings.push_back(w); });
  EXPECT_EQ(c.frame_rate, 30);
  EXPECT_EQ(c.pixel_width, 1280);
  EXPECT_EQ(c.background_color, WHITE);
  EXPECT_EQ(c.media_dir, "out");
  EXPECT_EQ(c.progress_bar, "leave");
  EXPECT_EQ(c.media_width, "50%");
  EXPECT_EQ(c.custom_folder_dirs["media_dir"], "custom");
  EXPECT_EQ(c.ffmpeg_loglevel, "WARNING");
  EXPECT_EQ(c.background_opacity, 0.5);
  EXPECT_DOUBLE_EQ(c.frame_width, 8.0 * 1280 / 720);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0], "test.cfg:11: unknown config key 'fram_rate' in [CLI] (ignored)");
  EXPECT_TRUE(contains(warnings[1], "test.cfg:20: unknown section [mystery]")) << warnings[1];
}

TEST(Config, CfgFileBadValueIsAnErrorNamingFileLineKeyAndValue) {
  Config c;
  EXPECT_EQ(error_of([&] { c.digest_text("[CLI]\nframe_rate = 30\nzero_pad = ten\n", "my.cfg"); }),
            "my.cfg:3: bad value 'ten' for 'zero_pad': expected an integer");
  EXPECT_EQ(error_of([&] { c.digest_text("frame_rate = 30\n", "my.cfg"); }),
            "my.cfg:1: 'frame_rate = 30' comes before any [section] header (put it under [CLI])");
  EXPECT_EQ(error_of([&] { c.digest_text("[CLI]\njust words\n", "my.cfg"); }),
            "my.cfg:2: expected 'key = value' or a [section] header, got 'just words'");
  EXPECT_EQ(error_of([&] {
              c.digest_text("[CLI]\nquality = best\n", "q.cfg");
            }).rfind("q.cfg:2: bad value 'best' for 'quality'", 0),
            0u);
  EXPECT_TRUE(contains(error_of([&] { c.digest_file("/nonexistent/manim.cfg"); }),
                       "'/nonexistent/manim.cfg' not found"));
}

TEST(Config, FrameWidthFollowsThePixelAspectUnlessACfgGivesIt) {
  // Manim's test_frame_size: square pixels -> frame_width = frame_height.
  Config c;
  c.digest_text("[CLI]\npixel_height = 10\npixel_width = 10\n", "a.cfg");
  EXPECT_EQ(c.frame_height, 8.0);
  EXPECT_EQ(c.frame_width, 8.0);
  Config d;
  d.digest_text("[CLI]\npixel_height = 10\npixel_width = 10\nframe_height = 10\nframe_width = 10\n",
                "b.cfg");
  EXPECT_EQ(d.frame_width, 10.0);
  // A later file that changes the pixel size keeps the frame_width an earlier file gave.
  d.digest_text("[CLI]\npixel_width = 20\n", "c.cfg");
  EXPECT_EQ(d.frame_width, 10.0);
  // quality in a .cfg applies after pixel_* of the same file, as Manim's digest.
  Config q;
  q.digest_text("[CLI]\nquality = low_quality\npixel_width = 100\n", "q.cfg");
  EXPECT_EQ(q.pixel_width, 854);
  q.digest_text("[CLI]\nquality = m\n", "q.cfg");
  EXPECT_EQ(q.pixel_width, 1280);
}

TEST(Config, CfgFilePathsAreUserThenCwdThenBesideTheScene) {
  const fs::path home = temp_file("home/.config/manim/manim.cfg", "[CLI]\n")
                            .parent_path()
                            .parent_path()
                            .parent_path();
  const fs::path scene = temp_file("project/scene.py", "");
  temp_file("project/manim.cfg", "[CLI]\n");
  const std::string old_home = std::getenv("HOME") ? std::getenv("HOME") : "";
  ::setenv("HOME", home.c_str(), 1);
  const fs::path old_cwd = fs::current_path();
  fs::current_path(home);  // no manim.cfg here
  const auto paths = config_file_paths(scene.string());
  fs::current_path(old_cwd);
  ::setenv("HOME", old_home.c_str(), 1);
  ASSERT_EQ(paths.size(), 2u);
  EXPECT_EQ(paths[0], (home / ".config/manim/manim.cfg").string());
  EXPECT_EQ(fs::path(paths[1]), scene.parent_path() / "manim.cfg");
}
