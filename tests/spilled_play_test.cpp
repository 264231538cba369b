// A likely-cached play spilled to disk (src/render/spilled_play.*): every frame comes back bit
// for bit, in order, with its copies, from the file or from memory when a write failed; the
// file has no name and is gone once closed.
#include "render/spilled_play.hpp"

#include <gtest/gtest.h>
#include <limits.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "render/frame_hash.hpp"

using namespace manim;
using detail::SpilledPlay;
namespace fs = std::filesystem;

namespace {

PathItem path(double x, std::size_t curves, Color fill = Color(1, 0, 0, 1)) {
  PathItem it;
  for (std::size_t k = 0; k < 1 + 3 * curves; ++k) {
    it.xy.push_back(x + 0.01 * static_cast<double>(k));
    it.xy.push_back(0.5);
  }
  it.subpaths = {{0, static_cast<std::uint32_t>(curves), false}};
  it.fill = fill;
  it.stroke_width = 4;
  return it;
}

// An item with every field away from its default.
PathItem full_item(double x) {
  PathItem it = path(x, 3, Color(0.1, 0.2, 0.3, 0.4));
  it.subpaths.push_back({4, 1, true});
  it.xy.insert(it.xy.end(), {1, 2, 3, 4, 5, 6, 7, 8});
  it.stroke = Color(0.5, 0.6, 0.7, 0.8);
  it.stroke_width = -0.0;
  it.background_stroke = Color(0.9, 0.8, 0.7, 0.6);
  it.background_stroke_width = 6.5;
  it.fill_gradient = {1, 2, 3, 4, {Color(1, 0, 0, 1), Color(0, 1, 0, 1)}};
  it.stroke_gradient = {5, 6, 7, 8, {Color(0, 0, 1, 1), Color(1, 1, 0, 1), Color(0, 0, 0, 0)}};
  it.background_stroke_gradient = {-1, -2, -3, -4, {Color(0.5, 0.5, 0.5, 0.5)}};
  it.line_join = 2;
  it.line_cap = 3;
  return it;
}

bool same_bits(const void* a, const void* b, std::size_t n) { return std::memcmp(a, b, n) == 0; }

// Every field of the two frames the same, bit for bit (pictures: the same shared objects).
void expect_identical(const Frame& a, const Frame& b) {
  EXPECT_EQ(a.index, b.index);
  EXPECT_TRUE(same_bits(&a.background, &b.background, sizeof(Color)));
  const double va[4] = {a.frame_width, a.center_x, a.center_y, a.frame_height};
  const double vb[4] = {b.frame_width, b.center_x, b.center_y, b.frame_height};
  EXPECT_TRUE(same_bits(va, vb, sizeof va));
  ASSERT_EQ(a.items.size(), b.items.size());
  for (std::size_t i = 0; i < a.items.size(); ++i)
    EXPECT_TRUE(detail::same_path_item(a.items[i], b.items[i])) << "item " << i;
  ASSERT_EQ(a.images.size(), b.images.size());
  for (std::size_t i = 0; i < a.images.size(); ++i) {
    const ImageItem &x = a.images[i], &y = b.images[i];
    EXPECT_EQ(x.draw_before, y.draw_before);
    EXPECT_TRUE(same_bits(x.ul, y.ul, sizeof x.ul) && same_bits(x.ur, y.ur, sizeof x.ur) &&
                same_bits(x.dl, y.dl, sizeof x.dl));
    EXPECT_EQ(x.sub_frame, y.sub_frame);
    EXPECT_EQ(x.rgba, y.rgba);
    EXPECT_EQ(x.pixel_width, y.pixel_width);
    EXPECT_EQ(x.pixel_height, y.pixel_height);
    EXPECT_EQ(x.resampling, y.resampling);
  }
  ASSERT_EQ(a.point_clouds.size(), b.point_clouds.size());
  for (std::size_t i = 0; i < a.point_clouds.size(); ++i) {
    const PointCloudItem &x = a.point_clouds[i], &y = b.point_clouds[i];
    EXPECT_EQ(x.draw_before, y.draw_before);
    EXPECT_EQ(x.images_before, y.images_before);
    EXPECT_EQ(x.thickness, y.thickness);
    ASSERT_EQ(x.xy.size(), y.xy.size());
    EXPECT_TRUE(same_bits(x.xy.data(), y.xy.data(), x.xy.size() * sizeof(double)));
    EXPECT_EQ(x.rgba, y.rgba);
  }
}

// A play that uses every field: items that stay, move, swap, come back after a gap, differ
// only in the sign of a zero; images with shared pixels and a sub-frame; point clouds.
std::vector<std::pair<FramePtr, std::size_t>> a_play(std::size_t frames) {
  auto pixels = std::make_shared<const std::vector<std::uint8_t>>(std::vector<std::uint8_t>(64, 7));
  auto sub = std::make_shared<Frame>();
  sub->items.push_back(full_item(9));
  const PathItem a = full_item(0), b = path(1, 40, Color(0, 0, 1, 0.5));
  PathItem plus = path(2, 1), minus = path(2, 1);
  plus.stroke_width = 0.0;
  minus.stroke_width = -0.0;
  std::vector<std::pair<FramePtr, std::size_t>> out;
  for (std::size_t k = 0; k < frames; ++k) {
    auto f = std::make_shared<Frame>();
    f->index = 100 + k;
    f->background = Color(0.1, 0.1, 0.1, k % 2 ? 1.0 : 0.5);
    f->frame_width = 14.0 + 0.125 * static_cast<double>(k);
    f->center_x = -0.0;
    f->center_y = 0.5 * static_cast<double>(k);
    f->frame_height = k % 3 ? 0 : 8.25;
    const PathItem moving = path(0.001 * static_cast<double>(k % 7), 5);
    if (k % 4 == 0) f->items = {a, b, moving, plus};
    if (k % 4 == 1) f->items = {b, a, moving, minus};  // swapped, and -0 for +0
    if (k % 4 == 2) f->items = {moving};               // a and b gone ...
    if (k % 4 == 3) f->items = {moving, a, b, a};      // ... and back, a twice
    if (k % 5 == 0) {
      f->images.push_back(ImageItem{.draw_before = 1,
                                    .ul = {1, 2},
                                    .ur = {3, 2},
                                    .dl = {1, 0},
                                    .pixel_width = 4,
                                    .pixel_height = 4,
                                    .rgba = pixels,
                                    .resampling = 1});
      f->images.push_back(ImageItem{.draw_before = 0,
                                    .ul = {-1, 2},
                                    .ur = {3, -2},
                                    .dl = {0, 0},
                                    .sub_frame = sub,
                                    .pixel_width = 8,
                                    .pixel_height = 6});
    }
    if (k % 3 == 1)
      f->point_clouds.push_back(PointCloudItem{.draw_before = 2,
                                               .images_before = 1,
                                               .thickness = static_cast<int>(k % 4),
                                               .xy = {0.5, -0.0, 1.5, 2.5},
                                               .rgba = {1, 2, 3, 4, 5, 6, 7, 8}});
    out.emplace_back(std::move(f), 1 + k % 3);
  }
  return out;
}

// The descriptors this process has open on files under `dir` (an unnamed file shows as
// "<dir>/#<inode> (deleted)").
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

class SpilledPlayTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("manim_spilled_play_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  // Spills the play, then checks every frame comes back as added.
  void round_trip(SpilledPlay& s, const std::vector<std::pair<FramePtr, std::size_t>>& play) {
    for (const auto& [f, copies] : play) s.add(f, copies);
    EXPECT_EQ(s.size(), play.size());
    std::size_t taken = 0;
    s.drain([&](FramePtr f, std::size_t copies) {
      ASSERT_LT(taken, play.size());
      EXPECT_EQ(copies, play[taken].second) << "frame " << taken;
      expect_identical(*f, *play[taken].first);
      ++taken;
    });
    EXPECT_EQ(taken, play.size());
    EXPECT_FALSE(s.is_open());
  }
  fs::path dir_;
};

}  // namespace

TEST_F(SpilledPlayTest, EveryFrameComesBackBitForBitInOrderWithItsCopies) {
  const auto play = a_play(40);
  SpilledPlay s;
  ASSERT_TRUE(s.open(dir_, 1u << 30, 4096)) << s.error();
  EXPECT_TRUE(fs::is_empty(dir_)) << "the file has no name";
  EXPECT_EQ(open_files_under(dir_).size(), 1u);
  for (const auto& [f, copies] : play) s.add(f, copies);
  EXPECT_FALSE(s.failed()) << s.error();
  EXPECT_GT(s.file_bytes(), 0u) << "written to disk, not kept in memory";
  EXPECT_LT(s.bytes(), 3 * 4096 + 64 * 1024u) << "memory: a piece, the last frame, the pictures";
  std::size_t taken = 0;
  s.drain([&](FramePtr f, std::size_t copies) {
    ASSERT_LT(taken, play.size());
    EXPECT_EQ(copies, play[taken].second);
    expect_identical(*f, *play[taken].first);
    ++taken;
  });
  EXPECT_EQ(taken, play.size());
  EXPECT_TRUE(open_files_under(dir_).empty()) << open_files_under(dir_).front();
  EXPECT_TRUE(fs::is_empty(dir_));
}

TEST_F(SpilledPlayTest, WithoutOTmpfileANamedTemporaryIsUnlinkedAtOnce) {
  SpilledPlay s;
  s.without_tmpfile();
  ASSERT_TRUE(s.open(dir_, 1u << 30, 1024)) << s.error();
  EXPECT_TRUE(fs::is_empty(dir_)) << "unlinked as soon as it is open";
  const std::vector<std::string> open = open_files_under(dir_);
  ASSERT_EQ(open.size(), 2u) << "written and read through two descriptors";
  EXPECT_NE(open[0].find("(deleted)"), std::string::npos) << open[0];
  round_trip(s, a_play(20));
  EXPECT_TRUE(open_files_under(dir_).empty());
}

TEST_F(SpilledPlayTest, ItemsKeptFromFrameToFrameAreWrittenOnce) {
  // 50 frames of 20 static paths of 200 curves (9.6 kB each) and one moving path.
  std::vector<PathItem> statics;
  for (int k = 0; k < 20; ++k) statics.push_back(path(k, 200));
  SpilledPlay s;
  ASSERT_TRUE(s.open(dir_, 1u << 30, 1u << 16));
  for (std::size_t f = 0; f < 50; ++f) {
    auto frame = std::make_shared<Frame>();
    frame->items = statics;
    frame->items.push_back(path(0.01 * static_cast<double>(f), 3));
    s.add(frame, 1);
  }
  const std::size_t statics_bytes = 20 * (200 * 3 + 1) * 2 * sizeof(double);
  EXPECT_LT(s.file_bytes(), 2 * statics_bytes) << "not 50 times the static paths";
  s.close();
}

TEST_F(SpilledPlayTest, AFailedWriteLosesNoFrame) {
  const auto play = a_play(40);
  for (std::size_t after : {std::size_t(0), std::size_t(1000), std::size_t(10000)}) {
    SpilledPlay s;
    ASSERT_TRUE(s.open(dir_, 1u << 30, 2048));
    s.fail_writes_after(after);
    for (const auto& [f, copies] : play) s.add(f, copies);
    EXPECT_TRUE(s.failed()) << after;
    EXPECT_NE(s.error().find("No space left"), std::string::npos) << s.error();
    EXPECT_EQ(s.file_bytes(), after) << "what was written is read back, the rest from memory";
    SpilledPlay again;
    ASSERT_TRUE(again.open(dir_, 1u << 30, 2048));
    again.fail_writes_after(after);
    round_trip(again, play);
  }
  EXPECT_TRUE(open_files_under(dir_).empty());
}

TEST_F(SpilledPlayTest, TheBoundOnDiskStopsWritingAndLosesNoFrame) {
  const auto play = a_play(40);
  SpilledPlay s;
  ASSERT_TRUE(s.open(dir_, 8192, 2048));
  for (const auto& [f, copies] : play) s.add(f, copies);
  EXPECT_TRUE(s.failed());
  EXPECT_LE(s.file_bytes(), 8192u);
  s.close();
  SpilledPlay again;
  ASSERT_TRUE(again.open(dir_, 8192, 2048));
  round_trip(again, play);
}

TEST_F(SpilledPlayTest, ClosingDropsTheFileUnread) {
  const auto play = a_play(10);
  SpilledPlay s;
  ASSERT_TRUE(s.open(dir_, 1u << 30, 512));
  for (const auto& [f, copies] : play) s.add(f, copies);
  ASSERT_GT(s.file_bytes(), 0u);
  EXPECT_EQ(open_files_under(dir_).size(), 1u);
  s.close();
  EXPECT_FALSE(s.is_open());
  EXPECT_EQ(s.size(), 0u);
  EXPECT_TRUE(open_files_under(dir_).empty());
  EXPECT_TRUE(fs::is_empty(dir_));
  // Reopened, it starts empty.
  ASSERT_TRUE(s.open(dir_, 1u << 30, 512));
  round_trip(s, a_play(3));
}

TEST_F(SpilledPlayTest, AFolderThatCannotHoldAFileIsReported) {
  SpilledPlay s;
  EXPECT_FALSE(s.open(dir_ / "missing", 1u << 30));
  EXPECT_FALSE(s.error().empty());
  EXPECT_FALSE(s.is_open());
}
