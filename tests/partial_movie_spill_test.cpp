// The partial-movie cache with a likely-cached play too big to hold (src/render/partial_movies.*,
// spilled_play.*): it goes to disk until its key is known, so a warm render encodes nothing; an
// edited one is read back and gives the movie of an uncached render; a spill that cannot be
// written is encoded as it comes; no file outlives the render, even an aborted one.
#include <gtest/gtest.h>
#include <limits.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "manim/manim.hpp"
#include "manim/render/scene_file_writer.hpp"
#include "render/partial_movies.hpp"

using namespace manim;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> open_files_under(const fs::path& dir);

// One play of 60 frames (4 s at 15 fps): a 200-sided polygon (~10 kB of points) moving, so
// each frame has a new item and the play holds ~600 kB. `shift` edits the play after its first
// frame. With `fail_under`, an updater throws at the play's 40th frame, having noted in
// `open_then` the files the process had open under that folder.
class MovingPolygon : public Scene {
 public:
  explicit MovingPolygon(double shift = 2, fs::path fail_under = {},
                         std::shared_ptr<std::vector<std::string>> open_then = {})
      : shift_(shift), fail_under_(std::move(fail_under)), open_then_(std::move(open_then)) {}
  void construct() override {
    RegularPolygon poly(200, {.color = BLUE, .fill_opacity = 0.5});
    VMobject ticker;  // no points: draws nothing, so the frames are the same with it
    if (!fail_under_.empty()) {
      auto calls = std::make_shared<int>(0);  // updaters are copied per call: share the count
      ticker.add_updater([calls, dir = fail_under_, open = open_then_](Mobject&, double) {
        if (++*calls <= 40) return;
        *open = open_files_under(dir);
        throw std::runtime_error("the updater failed");
      });
      add(ticker);
    }
    play(poly.animate().shift(RIGHT * shift_), {.run_time = 4});
  }

 private:
  double shift_;
  fs::path fail_under_;
  std::shared_ptr<std::vector<std::string>> open_then_;
};

constexpr std::size_t kFrames = 60;
// Every play is of unknown prefix at once; a likely-cached one is held up to 128 kB.
constexpr detail::PartialMovieHold kHold{.unknown = 1, .likely_cached = 128u << 10};

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<fs::path> hidden_files(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().filename().string().rfind('.', 0) == 0) out.push_back(it->path());
  return out;
}

// Descriptors of this process open on files under `dir` (a spill file: "<dir>/#N (deleted)").
std::vector<std::string> open_files_under(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator("/proc/self/fd")) {
    char target[PATH_MAX];
    const ssize_t n = ::readlink(e.path().c_str(), target, sizeof target - 1);
    if (n <= 0) continue;
    const std::string t(target, static_cast<std::size_t>(n));
    if (t.rfind(dir.string(), 0) == 0) out.push_back(t);
  }
  return out;
}

class PartialMovieSpillTest : public ::testing::Test {
 protected:
  void SetUp() override {
    saved_ = config();
    config().set_quality('l');
    config().pixel_width = 320;
    config().pixel_height = 180;
    config().frame_rate = 15;
    config().verbosity = "WARNING";
    media_ = fs::temp_directory_path() /
             ("manim_partial_spill_test_" + std::to_string(::getpid()) + "_" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(media_);
  }
  void TearDown() override {
    config() = saved_;
    fs::remove_all(media_);
  }
  detail::PartialMovieStats render_holding(Scene& scene, const fs::path& movie,
                                           detail::PartialMovieHold hold = kHold,
                                           bool caching = true) {
    OutputSpec spec;
    spec.path = movie.string();
    spec.width = config().pixel_width;
    spec.height = config().pixel_height;
    spec.fps = config().frame_rate;
    spec.threads = 2;
    detail::PartialMovieWriter w(spec, partial_dir(), caching, config().max_files_cached, hold);
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
    o.module_name = "spill";
    return plan_media_paths("MovingPolygon", o).partial_movies;
  }
  void expect_no_file_left() {
    EXPECT_TRUE(hidden_files(media_).empty()) << hidden_files(media_).front();
    EXPECT_TRUE(open_files_under(media_).empty()) << open_files_under(media_).front();
  }
  Config saved_;
  fs::path media_;
};

}  // namespace

TEST_F(PartialMovieSpillTest, ACachedPlayPastTheBoundIsSpilledAndNothingIsEncoded) {
  const fs::path movie = media_ / "direct.mp4";
  MovingPolygon a;
  const detail::PartialMovieStats cold = render_holding(a, movie);
  EXPECT_EQ(cold.frames_encoded, kFrames);
  EXPECT_EQ(cold.plays_spilled, 0u) << "an unknown play is encoded as it comes";
  const std::string bytes = read_all(movie);
  MovingPolygon b;
  const detail::PartialMovieStats warm = render_holding(b, movie);
  EXPECT_EQ(warm.plays_held_as_likely_cached, 1u);
  EXPECT_EQ(warm.plays_spilled, 1u);
  EXPECT_EQ(warm.plays_cached, 1u);
  EXPECT_EQ(warm.plays_encoded_then_cached, 0u);
  EXPECT_EQ(warm.frames_encoded, 0u) << "dropped unread, not encoded";
  EXPECT_LE(warm.held_bytes_peak, kHold.likely_cached + (16u << 10)) << "one frame past it";
  EXPECT_GT(warm.spilled_file_bytes_peak, 256u << 10) << "the scene no longer spills enough";
  EXPECT_EQ(read_all(movie), bytes);
  expect_no_file_left();
}

TEST_F(PartialMovieSpillTest, ASpilledPlayNotCachedIsReadBackIntoTheUncachedMovie) {
  const fs::path movie = media_ / "direct.mp4";
  MovingPolygon a(2);
  render_holding(a, movie);
  // The same first frame (the polygon where it starts), then another path: likely cached,
  // spilled, then not cached.
  MovingPolygon edited(3);
  const detail::PartialMovieStats e = render_holding(edited, movie);
  EXPECT_EQ(e.plays_spilled, 1u);
  EXPECT_EQ(e.plays_cached, 0u);
  EXPECT_EQ(e.frames_encoded, kFrames);
  const std::string cached = read_all(movie);
  const fs::path uncached_movie = media_ / "uncached.mp4";
  MovingPolygon uncached(3);
  render_holding(uncached, uncached_movie, kHold, /*caching=*/false);
  EXPECT_EQ(cached, read_all(uncached_movie)) << "the frames read back are the frames drawn";
  expect_no_file_left();
  // And the new entry serves the next render.
  MovingPolygon again(3);
  EXPECT_EQ(render_holding(again, movie).frames_encoded, 0u);
}

TEST_F(PartialMovieSpillTest, ASpillPastItsBoundOnDiskIsEncodedAsItComes) {
  const fs::path movie = media_ / "direct.mp4";
  MovingPolygon a;
  render_holding(a, movie);
  const std::string bytes = read_all(movie);
  detail::PartialMovieHold small = kHold;
  small.spill = 64u << 10;
  MovingPolygon b;
  const detail::PartialMovieStats warm = render_holding(b, movie, small);
  EXPECT_EQ(warm.plays_spilled, 1u);
  EXPECT_EQ(warm.plays_encoded_then_cached, 1u) << "today's fallback: encoded, then dropped";
  EXPECT_EQ(warm.frames_encoded, kFrames);
  EXPECT_EQ(read_all(movie), bytes);
  expect_no_file_left();
  small.spill = 0;  // no spilling at all
  MovingPolygon c;
  const detail::PartialMovieStats off = render_holding(c, movie, small);
  EXPECT_EQ(off.plays_spilled, 0u);
  EXPECT_EQ(off.plays_encoded_then_cached, 1u);
  EXPECT_EQ(read_all(movie), bytes);
}

TEST_F(PartialMovieSpillTest, ASpillWriteFailureStillMakesTheRightMovie) {
  const fs::path movie = media_ / "direct.mp4";
  MovingPolygon a(2);
  render_holding(a, movie);
  const std::string bytes = read_all(movie);
  MovingPolygon b(2);
  const std::size_t spill_bytes = render_holding(b, movie).spilled_file_bytes_peak;
  // A file-size limit the movie and its segments fit under and the spill does not.
  const std::size_t limit = 4 * bytes.size() + (16u << 10);
  ASSERT_GT(spill_bytes, 2 * limit) << "the scene no longer tests what it should";
  for (const double shift : {2.0, 3.0}) {  // cached, then edited (not cached)
    const fs::path out = media_ / ("limited" + std::to_string(int(shift)) + ".mp4");
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      ::signal(SIGXFSZ, SIG_IGN);  // a write past the limit fails with EFBIG instead
      const rlimit r{limit, limit};
      if (::setrlimit(RLIMIT_FSIZE, &r) != 0) ::_exit(10);
      try {
        MovingPolygon c(shift);
        const detail::PartialMovieStats s = render_holding(c, out);
        if (s.plays_spilled != 1 || s.frames_encoded != kFrames) ::_exit(11);
        if (shift == 2.0 && s.plays_encoded_then_cached != 1) ::_exit(12);
        if (!open_files_under(media_).empty()) ::_exit(13);
      } catch (...) {
        ::_exit(14);
      }
      ::_exit(0);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFEXITED(status)) << "signal " << WTERMSIG(status);
    EXPECT_EQ(WEXITSTATUS(status), 0) << "shift " << shift;
    if (shift == 2.0) {
      EXPECT_EQ(read_all(out), bytes) << "the cached play's movie";
    } else {
      const fs::path uncached = media_ / "uncached.mp4";
      MovingPolygon u(3);
      render_holding(u, uncached, kHold, /*caching=*/false);
      EXPECT_EQ(read_all(out), read_all(uncached)) << "the edited play, encoded as it came";
    }
    EXPECT_TRUE(hidden_files(media_).empty()) << hidden_files(media_).front();
  }
}

TEST_F(PartialMovieSpillTest, AnAbortedRenderLeavesNoSpilledFile) {
  const fs::path movie = media_ / "direct.mp4";
  MovingPolygon a;
  render_holding(a, movie);
  auto open_then = std::make_shared<std::vector<std::string>>();
  MovingPolygon failing(2, media_, open_then);  // spilled by frame ~15, throws at frame 41
  EXPECT_THROW(render_holding(failing, movie), std::runtime_error);
  ASSERT_EQ(open_then->size(), 1u) << "the play was spilled when it failed";
  EXPECT_NE(open_then->front().find("(deleted)"), std::string::npos) << open_then->front();
  expect_no_file_left();
  EXPECT_EQ(detail::cache_entries(partial_dir()).size(), 1u) << "the entry is kept";
}
