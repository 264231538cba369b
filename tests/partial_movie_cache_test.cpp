// The partial-movie cache (src/render/partial_movies.*): one segment per play, keyed by the
// frames it draws; a second render takes every play from the cache (no frame encoded), an
// edited play is the only one encoded again, and the movie is the same file as an uncached
// render's. Entries are checked before use, and a failed render leaves no file behind.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "manim/manim.hpp"
#include "manim/render/scene_file_writer.hpp"
#include "render/frame_hash.hpp"
#include "render/partial_movies.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace fs = std::filesystem;

namespace {

// Three segments: a Create (15 frames at 15 fps), a static wait (15 frames, one raster), and a
// colour change whose target colour a test can edit (8 frames).
class ThreePlays : public Scene {
 public:
  explicit ThreePlays(Color target = RED, bool fail_in_last = false)
      : target_(target), fail_(fail_in_last) {}
  void construct() override {
    Square sq(2.0, {.color = BLUE, .fill_opacity = 0.5});
    play(Create(sq), {.run_time = 1});
    wait(1);
    if (fail_) {
      add_updater_that_throws(sq);
      wait(0.5);
    }
    play(sq.animate().set_color(target_), {.run_time = 0.5});
  }

 private:
  void add_updater_that_throws(Mobject& m) {
    auto calls = std::make_shared<int>(0);  // updaters are copied per call: share the count
    m.add_updater([calls](Mobject&, double) {
      if (++*calls > 3) throw std::runtime_error("the updater failed");
    });
  }
  Color target_;
  bool fail_;
};

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::size_t count_entries(const fs::path& dir) { return detail::cache_entries(dir).size(); }

std::vector<fs::path> hidden_files(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().filename().string().rfind('.', 0) == 0) out.push_back(it->path());
  return out;
}

class PartialMovieCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    saved_ = config();
    config().set_quality('l');
    config().pixel_width = 320;
    config().pixel_height = 180;
    config().frame_rate = 15;
    config().verbosity = "WARNING";
    media_ = fs::temp_directory_path() /
             ("manim_partial_cache_test_" + std::to_string(::getpid()) + "_" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(media_);
  }
  void TearDown() override {
    config() = saved_;
    fs::remove_all(media_);
  }
  RenderResult render(Scene& scene) {
    SceneFileWriterOptions o;
    o.media_dir = media_;
    o.module_name = "cache";
    o.threads = 2;
    return SceneFileWriter("ThreePlays", o).render(scene);
  }
  // Renders into `movie` through a PartialMovieWriter with the given bounds on held display
  // lists (SceneFileWriter uses the defaults).
  detail::PartialMovieStats render_holding(Scene& scene,
                                           detail::PartialMovieWriter::HoldBounds hold,
                                           const fs::path& movie) {
    OutputSpec spec;
    spec.path = movie.string();
    spec.width = config().pixel_width;
    spec.height = config().pixel_height;
    spec.fps = config().frame_rate;
    spec.threads = 2;
    detail::PartialMovieWriter w(spec, partial_dir(), !config().disable_caching,
                                 config().max_files_cached, hold);
    try {
      scene.render(&w);
    } catch (...) {
      w.abort();
      throw;
    }
    w.finish();
    return w.stats();
  }
  fs::path partial_dir() const {
    SceneFileWriterOptions o;
    o.media_dir = media_;
    o.module_name = "cache";
    return plan_media_paths("ThreePlays", o).partial_movies;
  }
  Config saved_;
  fs::path media_;
};

// Frames of the scene: 15 (Create) + 15 (wait) + 8 (0.5 s at 15 fps: arange gives 8).
constexpr std::size_t kFrames = 15 + 15 + 8;

TEST_F(PartialMovieCacheTest, SecondRenderTakesEveryPlayFromTheCacheAndWritesTheSameFile) {
  ThreePlays a;
  const RenderResult first = render(a);
  EXPECT_EQ(first.frames, kFrames);
  EXPECT_EQ(first.plays, 3u);
  EXPECT_EQ(first.plays_cached, 0u);
  EXPECT_EQ(first.frames_encoded, kFrames);
  EXPECT_EQ(first.path, media_ / "videos/cache/180p15/ThreePlays.mp4");
  EXPECT_EQ(count_entries(partial_dir()), 3u);
  // Manim's list names every segment of the movie, in order, the new entries included.
  const std::string list = read_all(partial_dir() / "partial_movie_file_list.txt");
  for (const fs::path& e : detail::cache_entries(partial_dir()))
    EXPECT_NE(list.find("file 'file:" + fs::absolute(e).string() + "'"), std::string::npos) << list;
  EXPECT_EQ(std::count(list.begin(), list.end(), '\n'), 4) << "a comment and 3 segments\n" << list;
  const std::string bytes = read_all(first.path);

  ThreePlays b;
  const RenderResult second = render(b);
  EXPECT_EQ(second.plays_cached, 3u);
  EXPECT_EQ(second.frames_encoded, 0u);
  EXPECT_EQ(read_all(second.path), bytes) << "a cached render must write the same movie";
  // The joined movie has every frame, decodable.
  const auto probe = manim::testing::run_command(
      "/usr/bin/ffprobe -v error -count_frames -select_streams v:0 -show_entries "
      "stream=nb_read_frames,width,height -of csv=p=0 " +
      manim::testing::shell_quote(second.path.string()));
  EXPECT_EQ(probe.code, 0) << probe.out;
  EXPECT_EQ(probe.out, "320,180,38\n");
  EXPECT_TRUE(hidden_files(media_).empty()) << hidden_files(media_).front();
}

TEST_F(PartialMovieCacheTest, AnEditedPlayIsTheOnlyOneEncodedAgainAndMatchesAnUncachedRender) {
  ThreePlays a(RED);
  render(a);
  ThreePlays edited(GREEN);
  const RenderResult r = render(edited);
  EXPECT_EQ(r.plays, 3u);
  EXPECT_EQ(r.plays_cached, 2u);
  EXPECT_EQ(r.frames_encoded, 8u) << "only the edited play's 8 frames";
  EXPECT_EQ(count_entries(partial_dir()), 4u);
  const std::string cached = read_all(r.path);

  config().disable_caching = true;
  ThreePlays uncached(GREEN);
  const RenderResult u = render(uncached);
  EXPECT_EQ(u.plays_cached, 0u);
  EXPECT_EQ(u.frames_encoded, kFrames);
  EXPECT_EQ(read_all(u.path), cached) << "cached and uncached renders must be the same movie";
  EXPECT_EQ(count_entries(partial_dir()), 4u) << "--disable_caching adds no entry";
  EXPECT_TRUE(hidden_files(media_).empty()) << "its segments are removed after the join";
}

TEST_F(PartialMovieCacheTest, FlushCacheRemovesTheEntriesAndMaxFilesCachedBoundsThem) {
  ThreePlays a;
  render(a);
  ASSERT_EQ(count_entries(partial_dir()), 3u);
  config().flush_cache = true;
  ThreePlays b;
  const RenderResult r = render(b);
  EXPECT_EQ(r.plays_cached, 0u) << "--flush_cache empties the cache before the render";
  EXPECT_EQ(r.frames_encoded, kFrames);
  EXPECT_EQ(count_entries(partial_dir()), 3u);

  // An edit adds a 4th entry; with max_files_cached = 2 the least recently used entry that
  // the new movie does not use (the old colour change) goes, the movie's own 3 stay.
  config().flush_cache = false;
  config().max_files_cached = 2;
  ThreePlays edited(GREEN);
  EXPECT_EQ(render(edited).plays_cached, 2u);
  EXPECT_EQ(count_entries(partial_dir()), 3u) << "the bound never evicts the movie's own plays";
  ThreePlays again(GREEN);
  const RenderResult warm = render(again);
  EXPECT_EQ(warm.plays_cached, 3u) << "a scene with more plays than max_files_cached stays cached";
  EXPECT_EQ(warm.frames_encoded, 0u);
  ThreePlays old(RED);
  EXPECT_EQ(render(old).plays_cached, 2u) << "the evicted entry is rendered again";
}

TEST_F(PartialMovieCacheTest, ACorruptOrForeignEntryIsRenderedAgainNeverServed) {
  ThreePlays a;
  const RenderResult first = render(a);
  const std::string good = read_all(first.path);
  std::vector<fs::path> entries = detail::cache_entries(partial_dir());
  ASSERT_EQ(entries.size(), 3u);
  // Cut one entry in half, replace another by a symlink to the first.
  const std::string cut = read_all(entries[0]);
  {
    std::ofstream out(entries[0], std::ios::binary | std::ios::trunc);
    out.write(cut.data(), static_cast<std::streamsize>(cut.size() / 2));
  }
  fs::remove(entries[1]);
  fs::create_symlink(entries[2], entries[1]);
  // A movie cut short (its sample table, at the end, gone) is unusable too.
  const fs::path short_copy = media_ / "short.mp4";
  const std::string whole = read_all(entries[2]);
  const OutputSpec spec{.format = OutputFormat::Mp4, .width = 320, .height = 180, .fps = 15};
  std::vector<std::size_t> counts;  // the frame counts the entry passes with: its own only
  for (std::size_t n = 0; n <= 30; ++n)
    if (detail::check_segment(entries[2], spec, n).empty()) counts.push_back(n);
  ASSERT_EQ(counts.size(), 1u);
  const std::size_t frames = counts[0];
  EXPECT_GT(frames, 1u);
  for (std::size_t cut_bytes : {whole.size() / 8, whole.size() / 3}) {
    {
      std::ofstream out(short_copy, std::ios::binary | std::ios::trunc);
      out.write(whole.data(), static_cast<std::streamsize>(whole.size() - cut_bytes));
    }
    EXPECT_FALSE(detail::check_segment(short_copy, spec, frames).empty()) << cut_bytes;
  }
  fs::remove(short_copy);
  EXPECT_FALSE(detail::check_segment(
                   entries[1],
                   OutputSpec{.format = OutputFormat::Mp4, .width = 320, .height = 180, .fps = 15},
                   15)
                   .empty());

  ::testing::internal::CaptureStderr();
  ThreePlays b;
  const RenderResult r = render(b);
  const std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(r.plays_cached, 1u);
  EXPECT_NE(err.find("is unusable"), std::string::npos) << err;
  EXPECT_EQ(read_all(r.path), good) << "the re-rendered entries give the same movie";
  for (const fs::path& p : detail::cache_entries(partial_dir()))
    EXPECT_FALSE(fs::is_symlink(p)) << p;
}

TEST_F(PartialMovieCacheTest, AFailedRenderLeavesNoMovieNoTemporaryAndNoNewEntry) {
  ThreePlays failing(RED, /*fail_in_last=*/true);
  EXPECT_THROW(render(failing), SceneError);
  EXPECT_FALSE(fs::exists(media_ / "videos/cache/180p15/ThreePlays.mp4"));
  EXPECT_TRUE(hidden_files(media_).empty()) << hidden_files(media_).front();
  // New entries become entries only with a finished movie: none from the failed render.
  EXPECT_EQ(count_entries(partial_dir()), 0u);
  ThreePlays fixed(RED);
  const RenderResult r = render(fixed);
  EXPECT_EQ(r.plays_cached, 0u);
  EXPECT_EQ(r.frames_encoded, kFrames);
  // A failure after a successful render keeps the entries that render made.
  ThreePlays failing_again(RED, /*fail_in_last=*/true);
  EXPECT_THROW(render(failing_again), SceneError);
  EXPECT_EQ(count_entries(partial_dir()), 3u);
  EXPECT_TRUE(hidden_files(media_).empty()) << hidden_files(media_).front();
}

TEST_F(PartialMovieCacheTest, RepeatedIdenticalWaitsAreEncodedOnce) {
  class Waits : public Scene {
    void construct() override {
      Circle c;
      add(c);
      wait(1);
      play(FadeOut(c), {.run_time = 0.2});
      wait(1);  // an empty frame
      wait(1);
    }
  } scene;
  const RenderResult r = render(scene);
  EXPECT_EQ(r.plays, 4u);
  EXPECT_EQ(r.plays_cached, 1u) << "the last wait repeats the one before it";
  EXPECT_EQ(r.frames_encoded, r.frames - 15);
}

TEST_F(PartialMovieCacheTest, ShortPlaysWithoutBFramesJoinWithLongerOnes) {
  // x264 gives a one- or two-frame segment no B-frames (no decode delay) and a long one a delay
  // of two frames: the join must keep decode times increasing across them.
  class Short : public Scene {
    void construct() override {
      Square sq;
      play(Create(sq), {.run_time = 1});
      play(sq.animate().shift(RIGHT), {.run_time = 0.05});
      play(sq.animate().shift(LEFT), {.run_time = 1});
      play(sq.animate().scale(0.5), {.run_time = 0.1});
      play(sq.animate().scale(2), {.run_time = 0.5});
    }
  } scene;
  const RenderResult r = render(scene);
  EXPECT_EQ(r.frames, 15u + 1 + 15 + 2 + 8);
  const auto probe = manim::testing::run_command(
      "/usr/bin/ffprobe -v error -count_frames -select_streams v:0 -show_entries "
      "stream=nb_read_frames -of csv=p=0 " +
      manim::testing::shell_quote(r.path.string()));
  EXPECT_EQ(probe.code, 0) << probe.out;
  EXPECT_EQ(probe.out, "41\n");
}

// A play bigger than the hold bound is encoded as it comes while it is hashed, and kept as the
// entry when its key is new. A bound of 1 byte sends every play down that path.
constexpr detail::PartialMovieWriter::HoldBounds kStream{.unknown = 1, .likely_cached = 32u << 20};
// ... and with this one a play that is likely cached is encoded as it comes too (not spilled
// to disk: partial_movie_spill_test.cpp).
constexpr detail::PartialMovieWriter::HoldBounds kStreamAll{
    .unknown = 1, .likely_cached = 1, .spill = 0};

TEST_F(PartialMovieCacheTest, APlayTooBigToHoldIsStillCachedAndReused) {
  ThreePlays held;
  const RenderResult reference = render(held);  // default bounds: every play held
  const std::string bytes = read_all(reference.path);
  fs::remove_all(media_);

  const fs::path movie = media_ / "direct.mp4";
  ThreePlays a;
  const detail::PartialMovieStats cold = render_holding(a, kStream, movie);
  EXPECT_EQ(cold.plays, 3u);
  EXPECT_EQ(cold.plays_cached, 0u);
  EXPECT_EQ(cold.frames_encoded, kFrames);
  EXPECT_EQ(count_entries(partial_dir()), 3u) << "segments encoded as they came become entries";
  EXPECT_EQ(read_all(movie), bytes) << "the same movie as a render that held every play";
  EXPECT_TRUE(hidden_files(media_).empty()) << hidden_files(media_).front();

  // The entries' names start with the hash of the plays' first frames: a second render knows
  // them for likely cached, holds them and encodes nothing.
  ThreePlays b;
  const detail::PartialMovieStats warm = render_holding(b, kStream, movie);
  EXPECT_EQ(warm.plays_cached, 3u);
  EXPECT_EQ(warm.plays_held_as_likely_cached, 3u);
  EXPECT_EQ(warm.plays_encoded_then_cached, 0u);
  EXPECT_EQ(warm.frames_encoded, 0u);
  EXPECT_EQ(read_all(movie), bytes);
  EXPECT_TRUE(hidden_files(media_).empty()) << hidden_files(media_).front();
}

TEST_F(PartialMovieCacheTest, APlayEncodedAsItCameThatProvesCachedIsDropped) {
  const fs::path movie = media_ / "direct.mp4";
  ThreePlays a;
  render_holding(a, kStreamAll, movie);
  const std::string bytes = read_all(movie);
  ThreePlays b;
  const detail::PartialMovieStats warm = render_holding(b, kStreamAll, movie);
  EXPECT_EQ(warm.plays_cached, 3u);
  EXPECT_EQ(warm.plays_encoded_then_cached, 3u);
  EXPECT_EQ(warm.frames_encoded, kFrames) << "encoded before the key was known";
  EXPECT_EQ(read_all(movie), bytes);
  EXPECT_EQ(count_entries(partial_dir()), 3u);
  EXPECT_TRUE(hidden_files(media_).empty()) << "the dropped segments are removed";
}

TEST_F(PartialMovieCacheTest, AnEditedPlayTooBigToHoldMatchesAnUncachedRender) {
  const fs::path movie = media_ / "direct.mp4";
  for (auto hold : {kStream, kStreamAll}) {
    fs::remove_all(media_);
    ThreePlays a(RED);
    render_holding(a, hold, movie);
    ThreePlays edited(GREEN);
    const detail::PartialMovieStats e = render_holding(edited, hold, movie);
    EXPECT_EQ(e.plays_cached, 2u);
    EXPECT_EQ(count_entries(partial_dir()), 4u);
    const std::string cached = read_all(movie);
    config().disable_caching = true;
    ThreePlays uncached(GREEN);
    const RenderResult u = render(uncached);
    config().disable_caching = false;
    EXPECT_EQ(read_all(u.path), cached) << "cached and uncached renders must be the same movie";
    EXPECT_TRUE(hidden_files(media_).empty()) << hidden_files(media_).front();
  }
}

TEST_F(PartialMovieCacheTest, RepeatedPlaysTooBigToHoldAreKeptOnce) {
  class Waits : public Scene {
    void construct() override {
      Circle c;
      add(c);
      wait(1);
      play(FadeOut(c), {.run_time = 0.2});
      wait(1);
      wait(1);
    }
  };
  for (auto hold : {kStream, kStreamAll}) {
    fs::remove_all(media_);
    const fs::path movie = media_ / "direct.mp4";
    Waits scene;
    const detail::PartialMovieStats s = render_holding(scene, hold, movie);
    EXPECT_EQ(s.plays, 4u);
    EXPECT_EQ(s.plays_cached, 1u) << "the last wait repeats the one before it";
    EXPECT_EQ(count_entries(partial_dir()), 3u);
    EXPECT_TRUE(hidden_files(media_).empty()) << hidden_files(media_).front();
    const auto probe = manim::testing::run_command(
        "/usr/bin/ffprobe -v error -count_frames -select_streams v:0 -show_entries "
        "stream=nb_read_frames -of csv=p=0 " +
        manim::testing::shell_quote(movie.string()));
    EXPECT_EQ(probe.out, "48\n") << "15 + 3 + 15 + 15 frames";
  }
}

TEST_F(PartialMovieCacheTest, AFailedRenderOfPlaysTooBigToHoldLeavesNoFile) {
  const fs::path movie = media_ / "direct.mp4";
  ThreePlays failing(RED, /*fail_in_last=*/true);
  EXPECT_THROW(render_holding(failing, kStreamAll, movie), std::runtime_error);
  EXPECT_FALSE(fs::exists(movie));
  EXPECT_TRUE(hidden_files(media_).empty()) << hidden_files(media_).front();
  EXPECT_EQ(count_entries(partial_dir()), 0u);
  ThreePlays good(RED);
  render_holding(good, kStreamAll, movie);
  ASSERT_EQ(count_entries(partial_dir()), 3u);
  // Warm plays dropped for their entries, then a failure: nothing left, the entries kept.
  ThreePlays failing_again(RED, /*fail_in_last=*/true);
  EXPECT_THROW(render_holding(failing_again, kStreamAll, movie), std::runtime_error);
  EXPECT_TRUE(hidden_files(media_).empty()) << hidden_files(media_).front();
  EXPECT_EQ(count_entries(partial_dir()), 3u);
}

// 30 static squares and a dot moving over them for 1 s (15 frames): each frame's display list
// is 31 items, but the frames share the squares.
class StaticAndMoving : public Scene {
 public:
  void construct() override {
    for (int k = 0; k < 30; ++k) {
      Square sq(0.3, {.color = BLUE, .fill_opacity = 0.5});
      sq.shift(RIGHT * (0.2 * k - 3));
      add(sq);
    }
    Dot dot;
    play(dot.animate().shift(RIGHT * 2), {.run_time = 1});
  }
};

// The display lists as frame_bytes counts them (every frame's items in full).
class ListBytes : public FrameSink {
 public:
  void submit(FramePtr frame) override {
    for (const PathItem& it : frame->items)
      bytes += sizeof(PathItem) + it.xy.size() * sizeof(double);
  }
  std::size_t bytes = 0;
};

TEST_F(PartialMovieCacheTest, ALikelyCachedPlayIsHeldByTheMemoryOfItsDistinctItems) {
  ListBytes lists;
  StaticAndMoving measured;
  measured.render(&lists);
  // A bound between what the play holds (each square once) and its whole display lists.
  constexpr std::size_t kBound = 64u << 10;
  ASSERT_GT(lists.bytes, 3 * kBound) << "the scene no longer tests what it should";
  const fs::path movie = media_ / "direct.mp4";
  StaticAndMoving a;
  const detail::PartialMovieStats cold =
      render_holding(a, {.unknown = 1, .likely_cached = kBound}, movie);
  EXPECT_EQ(cold.frames_encoded, 15u);
  const std::string bytes = read_all(movie);
  StaticAndMoving b;
  const detail::PartialMovieStats warm =
      render_holding(b, {.unknown = 1, .likely_cached = kBound}, movie);
  EXPECT_EQ(warm.plays_held_as_likely_cached, 1u);
  EXPECT_EQ(warm.plays_encoded_then_cached, 0u);
  EXPECT_EQ(warm.frames_encoded, 0u) << "held, not encoded again";
  EXPECT_LT(warm.held_bytes_peak, kBound);
  EXPECT_GT(warm.held_bytes_peak, 30 * sizeof(PathItem)) << "the squares are held";
  EXPECT_EQ(read_all(movie), bytes);
  // A bound under what it holds, without spilling to disk: encoded as it comes, then dropped
  // for the entry.
  StaticAndMoving c;
  const detail::PartialMovieStats tight = render_holding(
      c, {.unknown = 1, .likely_cached = warm.held_bytes_peak / 2, .spill = 0}, movie);
  EXPECT_EQ(tight.plays_encoded_then_cached, 1u);
  EXPECT_EQ(tight.frames_encoded, 15u);
  EXPECT_EQ(read_all(movie), bytes);
}

TEST(FrameHash, EqualFramesHashEquallyAndAnyDrawnFieldChangesTheHash) {
  auto make = [] {
    Frame f;
    PathItem it;
    it.xy = {0, 0, 1, 0, 1, 1, 0, 1};
    it.subpaths = {{0, 1, false}};
    it.fill = Color(1, 0, 0, 0.5);
    it.stroke_width = 4;
    f.items.push_back(it);
    return f;
  };
  auto hex = [](const Frame& f) {
    detail::Hasher128 h;
    detail::hash_frame(f, h);
    return h.hex();
  };
  const Frame base = make();
  EXPECT_EQ(hex(base), hex(make()));
  EXPECT_EQ(hex(base).size(), 32u);
  Frame other_index = make();
  other_index.index = 99;  // where the frame sits in the scene does not change its pixels
  EXPECT_EQ(hex(base), hex(other_index));
  std::vector<Frame> changed(18, make());
  changed[9].items[0].fill_gradient.stops = {RED, BLUE};
  changed[7].frame_height = 9;
  changed[8].images.push_back(ImageItem{.pixel_width = 4, .pixel_height = 4});
  changed[0].items[0].xy[3] = 1e-12;
  changed[1].items[0].fill.a = 0.51;
  changed[2].items[0].stroke_width = 4.01;
  changed[3].items[0].subpaths[0].closed = true;
  changed[4].background = Color(0, 0, 0.01, 1);
  changed[5].center_x = 0.5;
  changed[6].items[0].background_stroke_width = 1;
  changed[10].items[0].stroke.g = 0.25;
  changed[11].items[0].background_stroke.b = 0.25;
  changed[12].items[0].stroke_gradient.x1 = 2;
  changed[13].items[0].line_join = 1;
  changed[14].items[0].line_cap = 2;
  changed[15].items[0].subpaths[0].num_curves = 2;
  changed[16].items[0].xy.push_back(0);
  changed[17].point_clouds.push_back(PointCloudItem{.xy = {0, 0}, .rgba = {1, 2, 3, 4}});
  for (std::size_t i = 0; i < changed.size(); ++i)
    EXPECT_NE(hex(base), hex(changed[i])) << "change " << i;
  Frame cloud = changed[17];
  cloud.point_clouds[0].rgba[3] = 5;
  EXPECT_NE(hex(cloud), hex(changed[17]));
  // A number's sign of zero draws nothing different: -0 and 0 hash alike (not the points,
  // which are hashed as bytes).
  Frame plus_zero = make(), minus_zero = make();
  plus_zero.items[0].stroke.r = 0.0;
  minus_zero.items[0].stroke.r = -0.0;
  minus_zero.items[0].background_stroke_width = -0.0;
  EXPECT_EQ(hex(plus_zero), hex(minus_zero));
  EXPECT_NE(hex(base), hex(plus_zero));
  EXPECT_FALSE(detail::engine_build_id().empty());
}

}  // namespace
