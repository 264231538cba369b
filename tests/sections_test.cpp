// Sections (Scene::next_section, --save_sections), subcaptions (.srt) and sounds (an AAC track)
// written by SceneFileWriter, with Manim's file names, index fields and timing.
#include "render/sections.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "manim/manim.hpp"
#include "manim/render/scene_file_writer.hpp"
#include "manim/scene/section.hpp"

extern "C" {
#include <libavformat/avformat.h>
}

using namespace manim;
namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// 15 + 15 frames in the first two sections, a skipped one (its play moves the square right by
// 2 without frames), an empty one (dropped), and 8 frames in the last.
class Sectioned : public Scene {
 public:
  void construct() override {
    Square sq(2.0, {.color = BLUE, .fill_opacity = 0.5});
    play(Create(sq), {.run_time = 1});
    next_section("second");
    wait(1);
    next_section("skipped", DefaultSectionType::NORMAL, true);
    play(sq.animate().shift(RIGHT * 2), {.run_time = 1});
    time_after_skip = time();
    next_section("empty");
    next_section("last", "presentation.loop");
    x_before_last = sq.get_center().x;
    play(sq.animate().set_color(RED), {.run_time = 0.5});
  }
  double time_after_skip = -1;
  double x_before_last = 0;
};

class SectionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    saved_ = config();
    config().set_quality('l');
    config().pixel_width = 320;
    config().pixel_height = 180;
    config().frame_rate = 15;
    config().verbosity = "WARNING";
    media_ = fs::temp_directory_path() /
             ("manim_sections_test_" + std::to_string(::getpid()) + "_" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(media_);
  }
  void TearDown() override {
    config() = saved_;
    fs::remove_all(media_);
  }
  RenderResult render(Scene& scene, const std::string& name) {
    SceneFileWriterOptions o;
    o.media_dir = media_;
    o.module_name = "sec";
    o.threads = 2;
    return SceneFileWriter(name, o).render(scene);
  }
  Config saved_;
  fs::path media_;
};

TEST_F(SectionsTest, SaveSectionsWritesOneMovieAndIndexEntryPerSectionWithFrames) {
  config().save_sections = true;
  Sectioned s;
  const RenderResult r = render(s, "Sectioned");
  // The skipped section's play emits no frame: 15 + 15 + 8.
  EXPECT_EQ(r.frames, 38u);
  // Its end state is kept, and its run time counts in Scene.time (Manim's renderer.time).
  EXPECT_NEAR(s.x_before_last, 2.0, 1e-9);
  EXPECT_NEAR(s.time_after_skip, 3.0, 1e-9);
  EXPECT_NEAR(s.time(), 3.0 + 8.0 / 15, 1e-9);

  const fs::path dir = media_ / "videos/sec/180p15/sections";
  ASSERT_EQ(r.section_movies.size(), 3u);
  EXPECT_EQ(r.section_movies[0], dir / "Sectioned_0000.mp4");
  EXPECT_EQ(r.section_movies[1], dir / "Sectioned_0001.mp4");
  // Named by the place in the section list: the skipped section keeps 0002, "empty" is gone.
  EXPECT_EQ(r.section_movies[2], dir / "Sectioned_0003.mp4");
  EXPECT_FALSE(fs::exists(dir / "Sectioned_0002.mp4"));
  EXPECT_EQ(r.sections_index, dir / "Sectioned.json");
  EXPECT_EQ(read_all(r.sections_index),
            R"([
    {
        "name": "autocreated",
        "type": "default.normal",
        "video": "Sectioned_0000.mp4",
        "codec_name": "h264",
        "width": 320,
        "height": 180,
        "avg_frame_rate": "15/1",
        "duration": "1.000000",
        "nb_frames": "15"
    },
    {
        "name": "second",
        "type": "default.normal",
        "video": "Sectioned_0001.mp4",
        "codec_name": "h264",
        "width": 320,
        "height": 180,
        "avg_frame_rate": "15/1",
        "duration": "1.000000",
        "nb_frames": "15"
    },
    {
        "name": "last",
        "type": "presentation.loop",
        "video": "Sectioned_0003.mp4",
        "codec_name": "h264",
        "width": 320,
        "height": 180,
        "avg_frame_rate": "15/1",
        "duration": "0.533333",
        "nb_frames": "8"
    }
])");
  // The same figures as ffprobe reads them (what Manim's get_video_metadata runs).
  if (fs::exists("/usr/bin/ffprobe")) {
    const std::string cmd =
        "/usr/bin/ffprobe -v error -select_streams v:0 -show_entries "
        "stream=nb_frames,duration -of csv=p=0 '" +
        (dir / "Sectioned_0003.mp4").string() + "'";
    FILE* p = ::popen(cmd.c_str(), "r");
    ASSERT_NE(p, nullptr);
    char buf[128] = {};
    const std::size_t n = std::fread(buf, 1, sizeof buf - 1, p);
    ::pclose(p);
    EXPECT_EQ(std::string(buf, n), "0.533333,8\n");
  }
  // The sections share the partial movies of the whole movie (nothing encoded twice).
  EXPECT_EQ(r.frames_encoded, 38u);
}

TEST_F(SectionsTest, WithoutSaveSectionsNoSectionFolderIsMade) {
  Sectioned s;
  const RenderResult r = render(s, "Sectioned");
  EXPECT_EQ(r.frames, 38u);
  EXPECT_TRUE(r.section_movies.empty());
  EXPECT_FALSE(fs::exists(media_ / "videos/sec/180p15/sections"));
}

TEST(SceneSections, EmptySectionsAreDroppedAndSkippedPlaysCount) {
  struct S : Scene {
    void construct() override {
      next_section("first");  // replaces the empty "autocreated"
      wait(0.2);
      next_section("a", "t", true);
      wait(0.4);  // skipped: no frames, but a play of the section
    }
  } s;
  const Config saved = config();
  config().frame_rate = 15;
  s.render(nullptr);
  config() = saved;
  ASSERT_EQ(s.sections().size(), 2u);
  EXPECT_EQ(s.sections()[0].name, "first");
  EXPECT_EQ(s.sections()[0].segments, 1u);
  EXPECT_EQ(s.sections()[1].plays, 1u);
  EXPECT_EQ(s.sections()[1].segments, 0u);
  EXPECT_EQ(s.frames_emitted(), 3u);  // int(0.2 * 15)
  EXPECT_NEAR(s.time(), 3.0 / 15 + 0.4, 1e-9);
}

TEST(Subcaptions, ComposedAsTheSrtPackageDoes) {
  std::vector<Subcaption> subs = {
      {0, "second", 2.0, 3.0}, {1, "first", 0.0, 1.25},
      {2, "  ", 1.0, 2.0},     {3, "negative", -1, 1},
      {4, "empty span", 5, 5}, {5, "\n\nline1\n\n\nline2\n", 3661.5, 3662.0009},
  };
  EXPECT_EQ(compose_srt(subs),
            "1\n00:00:00,000 --> 00:00:01,250\nfirst\n\n"
            "2\n00:00:02,000 --> 00:00:03,000\nsecond\n\n"
            "3\n01:01:01,500 --> 01:01:02,000\nline1\nline2\n\n");
  EXPECT_EQ(compose_srt({}), "");
}

TEST_F(SectionsTest, SubcaptionsAreWrittenBesideTheMovie) {
  struct S : Scene {
    void construct() override {
      add_subcaption("Hello square!", 1);
      Square sq;
      play(Create(sq), {.run_time = 1});
      PlayArgs a;
      a.run_time = 2;
      a.subcaption = "The square turns red.";
      play(sq.animate().set_color(RED), a);
      a.subcaption = "Later";
      a.subcaption_duration = 0.5;
      a.subcaption_offset = 0.25;
      a.run_time = 1;
      play(sq.animate().set_color(BLUE), a);
    }
  } s;
  const RenderResult r = render(s, "Subs");
  EXPECT_EQ(r.subcaptions, media_ / "videos/sec/180p15/Subs.srt");
  EXPECT_EQ(read_all(r.subcaptions),
            "1\n00:00:00,000 --> 00:00:01,000\nHello square!\n\n"
            "2\n00:00:01,000 --> 00:00:03,000\nThe square turns red.\n\n"
            "3\n00:00:03,250 --> 00:00:03,750\nLater\n\n");
}

// A 16-bit PCM WAV of a sine, `seconds` long.
void write_wav(const fs::path& p, int rate, int channels, double seconds) {
  const auto frames = static_cast<std::uint32_t>(rate * seconds);
  const std::uint32_t data = frames * channels * 2;
  std::ofstream o(p, std::ios::binary);
  auto u32 = [&](std::uint32_t v) { o.write(reinterpret_cast<const char*>(&v), 4); };
  auto u16 = [&](std::uint16_t v) { o.write(reinterpret_cast<const char*>(&v), 2); };
  o.write("RIFF", 4);
  u32(36 + data);
  o.write("WAVEfmt ", 8);
  u32(16);
  u16(1);
  u16(static_cast<std::uint16_t>(channels));
  u32(static_cast<std::uint32_t>(rate));
  u32(static_cast<std::uint32_t>(rate * channels * 2));
  u16(static_cast<std::uint16_t>(channels * 2));
  u16(16);
  o.write("data", 4);
  u32(data);
  for (std::uint32_t i = 0; i < frames; ++i)
    for (int c = 0; c < channels; ++c)
      u16(static_cast<std::uint16_t>(
          static_cast<std::int16_t>(8000 * std::sin(2 * M_PI * 440 * i / rate))));
}

TEST_F(SectionsTest, AddSoundMuxesAnAacTrackIntoTheMovie) {
  fs::create_directories(media_);
  const fs::path wav = media_ / "click.wav";
  write_wav(wav, 44100, 2, 0.5);
  struct S : Scene {
    fs::path file;
    void construct() override {
      Dot d;
      add(d);
      wait(1);
      add_sound(file.string(), 0.5);  // at 1.5 s: ends at 2.0 s
      wait(1);
    }
  } s;
  s.file = wav;
  const RenderResult r = render(s, "Sound");
  AVFormatContext* f = nullptr;
  ASSERT_EQ(avformat_open_input(&f, r.path.c_str(), nullptr, nullptr), 0);
  ASSERT_GE(avformat_find_stream_info(f, nullptr), 0);
  ASSERT_EQ(f->nb_streams, 2u);
  int audio = av_find_best_stream(f, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
  ASSERT_GE(audio, 0);
  const AVStream* as = f->streams[audio];
  EXPECT_EQ(as->codecpar->codec_id, AV_CODEC_ID_AAC);
  EXPECT_EQ(as->codecpar->sample_rate, 44100);
  EXPECT_EQ(as->codecpar->ch_layout.nb_channels, 2);
  // The audio lasts to the sound's end (2.0 s), within one AAC frame.
  const double secs = as->duration * av_q2d(as->time_base);
  EXPECT_NEAR(secs, 2.0, 1024.0 / 44100 + 1e-3);
  const int video = av_find_best_stream(f, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  ASSERT_GE(video, 0);
  EXPECT_EQ(f->streams[video]->nb_frames, 30);
  avformat_close_input(&f);
}

TEST(SceneSound, MissingFileIsNamedWithEveryPlaceTried) {
  struct S : Scene {
    void construct() override {}
  } s;
  try {
    s.add_sound("no_such_sound");
    FAIL() << "expected an error";
  } catch (const std::invalid_argument& e) {
    const std::string w = e.what();
    EXPECT_NE(w.find("could not find sound file 'no_such_sound'"), std::string::npos) << w;
    EXPECT_NE(w.find("no_such_sound.wav"), std::string::npos) << w;
    EXPECT_NE(w.find("no_such_sound.mp3"), std::string::npos) << w;
  }
  EXPECT_TRUE(s.sounds().empty());
}

TEST(SectionIndex, JsonStringsEscapeAsPython) {
  EXPECT_EQ(detail::json_string("a\"b\\c\n"), R"("a\"b\\c\n")");
  EXPECT_EQ(detail::json_string("caf\xc3\xa9"), R"("caf\u00e9")");
  EXPECT_EQ(detail::json_string("\xf0\x9f\x98\x80"), R"("\ud83d\ude00")");
  EXPECT_EQ(detail::sections_index_json({}), "[]");
}

}  // namespace
