// config.x264_params: libx264 options over Manim's settings (preset medium, crf 23). The empty
// default adds two sliced threads and no mbtree (the memory bound at 1080p), "manim" writes
// exactly Manim's options, a set value reaches the encoder (x264 writes its options into the
// stream's SEI text, which the tests read back); bad text is an error naming the key and the
// option; and the partial-movie cache keys entries by the options libx264 gets.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>

#include "manim/manim.hpp"
#include "manim/render/scene_file_writer.hpp"
#include "render/pipeline.hpp"
#include "render/x264_options.hpp"

using namespace manim;
namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

FramePtr square_frame(double x) {
  auto f = std::make_shared<Frame>();
  PathItem sq;
  sq.xy = {x + 1, 1,  x + 1, 1,  x - 1, 1,  x - 1, 1,  x - 1, 1, x - 1, -1, x - 1, -1,
           x - 1, -1, x + 1, -1, x + 1, -1, x + 1, -1, x + 1, 1, x + 1, 1};
  sq.subpaths.push_back({0, 4, true});
  sq.fill = Color(0.2, 0.4, 0.9, 1);
  f->items.push_back(std::move(sq));
  return f;
}

class X264ParamsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    saved_ = config();
    dir_ = fs::temp_directory_path() /
           ("manim_x264_params_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    config() = saved_;
    fs::remove_all(dir_);
  }
  // 20 frames of a moving square at 320x180 (x264 gives frames under ~12 macroblock rows one
  // thread however many it is asked for), 15 fps; returns the movie's bytes.
  std::string encode(const std::string& params) {
    OutputSpec spec;
    spec.path = (dir_ / "out.mp4").string();
    spec.width = 320;
    spec.height = 180;
    spec.fps = 15;
    spec.threads = 1;
    spec.x264_params = params;
    RenderPipeline p(spec);
    for (int k = 0; k < 20; ++k) p.submit(square_frame(-4 + 0.4 * k));
    p.finish();
    return read_all(spec.path);
  }
  Config saved_;
  fs::path dir_;
};

TEST_F(X264ParamsTest, DefaultIsManimsSettingsWithTwoSlicedThreadsAndNoMbtree) {
  EXPECT_EQ(Config().x264_params, "");
  EXPECT_EQ(std::get<std::string>(config().get("x264_params")), "");
  EXPECT_STREQ(detail::kDefaultX264Params, "sliced-threads=1:threads=2:mbtree=0");
  const std::string movie = encode("");
  // x264's option string (its SEI text): preset medium, crf 23 as Manim, plus the two options.
  EXPECT_NE(movie.find("rc=crf"), std::string::npos);
  EXPECT_NE(movie.find("crf=23.0"), std::string::npos);
  EXPECT_NE(movie.find(" threads=2 "), std::string::npos);
  EXPECT_NE(movie.find(" sliced_threads=1 "), std::string::npos);
  EXPECT_NE(movie.find(" slices=2 "), std::string::npos);
  EXPECT_NE(movie.find(" mbtree=0 "), std::string::npos);
  EXPECT_EQ(movie.find(" mbtree=1 "), std::string::npos);
  EXPECT_NE(movie.find("bframes=3"), std::string::npos);
  EXPECT_NE(movie.find("subme=7"), std::string::npos);
  EXPECT_NE(movie.find("ref=3"), std::string::npos);
}

TEST_F(X264ParamsTest, ManimSelectsManimsExactSettings) {
  const std::string movie = encode("manim");
  EXPECT_NE(movie.find("crf=23.0"), std::string::npos);
  EXPECT_NE(movie.find("rc_lookahead=40"), std::string::npos);
  EXPECT_NE(movie.find(" mbtree=1 "), std::string::npos);
  EXPECT_EQ(movie.find(" mbtree=0 "), std::string::npos);
  EXPECT_NE(movie.find("bframes=3"), std::string::npos);
  EXPECT_NE(movie.find("subme=7"), std::string::npos);
}

TEST_F(X264ParamsTest, SetOptionsReachTheEncoderOverManimsSettings) {
  const std::string movie = encode("rc-lookahead=20:bframes=1");
  EXPECT_NE(movie.find("rc_lookahead=20"), std::string::npos);
  EXPECT_NE(movie.find("bframes=1"), std::string::npos);
  EXPECT_EQ(movie.find("rc_lookahead=40"), std::string::npos);
  // Over Manim's settings, not the default: threads stay automatic.
  EXPECT_EQ(movie.find(" threads=1 "), std::string::npos);
  EXPECT_NE(movie.find(" sliced_threads=0 "), std::string::npos);
  EXPECT_NE(movie.find("crf=23.0"), std::string::npos);
  EXPECT_NE(movie.find("subme=7"), std::string::npos);
}

TEST_F(X264ParamsTest, ConfigRejectsTextThatIsNotKeyValuePairs) {
  for (const char* text : {"rc-lookahead", "=10", "rc-lookahead=", "a=1::b=2", "a=1 :b=2"}) {
    try {
      config().set_text("x264_params", text);
      ADD_FAILURE() << "accepted '" << text << "'";
    } catch (const std::invalid_argument& e) {
      const std::string what = e.what();
      EXPECT_NE(what.find("x264_params"), std::string::npos) << what;
      EXPECT_NE(what.find("key=value"), std::string::npos) << what;
    }
  }
  config().set_text("x264_params", "manim");
  EXPECT_EQ(config().x264_params, "manim");
  config().set_text("x264_params", "rc-lookahead=10:threads=1");
  EXPECT_EQ(config().x264_params, "rc-lookahead=10:threads=1");
  EXPECT_EQ(config().text("x264_params"), "rc-lookahead=10:threads=1");
}

TEST_F(X264ParamsTest, AnOptionX264DoesNotKnowIsAnErrorNamingIt) {
  try {
    encode("rc-lookahead=10:no-such-option=3");
    FAIL() << "the movie was written";
  } catch (const std::runtime_error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("x264_params 'rc-lookahead=10:no-such-option=3'"), std::string::npos)
        << what;
    EXPECT_NE(what.find("no-such-option"), std::string::npos) << what;
  }
  EXPECT_FALSE(fs::exists(dir_ / "out.mp4"));
  // A bad value of a known option too.
  EXPECT_THROW(encode("rc-lookahead=ten"), std::runtime_error);
}

class Slide : public Scene {
 public:
  void construct() override {
    Square sq(2.0, {.color = BLUE, .fill_opacity = 0.5});
    play(sq.animate().shift(RIGHT), {.run_time = 1});
  }
};

TEST_F(X264ParamsTest, PartialMovieCacheKeysEntriesByTheOptions) {
  config().set_quality('l');
  config().pixel_width = 160;
  config().pixel_height = 90;
  config().frame_rate = 15;
  config().verbosity = "WARNING";
  auto render = [&] {
    SceneFileWriterOptions o;
    o.media_dir = dir_;
    o.module_name = "x264";
    o.threads = 1;
    Slide s;
    return SceneFileWriter("Slide", o).render(s);
  };
  EXPECT_EQ(render().plays_cached, 0u);
  EXPECT_EQ(render().plays_cached, 1u);
  config().x264_params = "rc-lookahead=20";
  const RenderResult other = render();  // other encoder options: not the cached entry
  EXPECT_EQ(other.plays_cached, 0u);
  EXPECT_NE(read_all(other.path).find("rc_lookahead=20"), std::string::npos);
  EXPECT_EQ(render().plays_cached, 1u);
  config().x264_params = "manim";
  EXPECT_EQ(render().plays_cached, 0u);
  // The default spelled out is the default: the first render's entry.
  config().x264_params = detail::kDefaultX264Params;
  EXPECT_EQ(render().plays_cached, 1u);
}

}  // namespace
