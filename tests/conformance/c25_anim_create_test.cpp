// Conformance c25: Create on a RoundedRectangle (0.8 s), on a VGroup of Circle, Dot, Line and
// DashedLine (0.8 s, Create's lag_ratio 1 over the 23 leaves) and on a Matrix (1 s);
// 12 + 12 + 15 = 39 frames.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

// Manim's smooth, written out from docs/manim_facts.md §7 (independent of the engine's).
double smooth_ref(double t) {
  auto sigma = [](double x) { return 1 / (1 + std::exp(-x)); };
  const double v = (sigma(10 * (t - 0.5)) - sigma(-5)) / (1 - 2 * sigma(-5));
  return std::clamp(v, 0.0, 1.0);
}

class C25AnimCreate : public Scene {
 public:
  void construct() override {
    auto box =
        RoundedRectangle(
            {.color = BLUE, .stroke_width = 3, .width = 4, .height = 2, .corner_radius = 0.25})
            .move_to({-3.5, 1.8, 0});
    play(Create(box), {.run_time = 0.8});
    auto grp = VGroup(Circle({.color = RED, .radius = 0.8}), Dot({.color = WHITE}),
                      Line({-1, -1, 0}, {1, -1, 0}, {.color = YELLOW}),
                      DashedLine({-1, 1, 0}, {1, 1, 0}, {.color = GREEN}))
                   .move_to({3.5, 1.8, 0});
    play(Create(grp), {.run_time = 0.8});
    auto m = Matrix({{0, 1, 0}, {0, 0, 1}, {1, 0, 0}}).scale(0.8).move_to({0, -1.8, 0});
    play(Create(m));
  }
};

// Last point of an item's last subpath.
Vec3 item_end(const PathItem& it) {
  const std::size_t n = it.xy.size();
  return {it.xy[n - 2], it.xy[n - 1], 0};
}

}  // namespace

TEST(C25AnimCreate, MatchesManimFrames) {
  config().manim_text_kerning = true;
  C25AnimCreate scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()), mt::reference_frame_count("c25_anim_create"));
  mt::expect_frames_match_reference("c25_anim_create", run, kMinSsim);
}

TEST(C25AnimCreate, PartialPathsAdvanceByCurveIndex) {
  C25AnimCreate scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(run.frames.size(), 39u);
  // Box, frame 6: a = 0.4 / 0.8 = 0.5, smooth = 0.5, so exactly half of the curves are drawn.
  // The rounded rectangle is symmetric under a half turn about its centre (-3.5, 1.8) and its
  // curve list is too, so the partial path ends opposite its start.
  {
    const PathItem& b = run.frames[6]->items.at(0);
    const Vec3 start{b.xy[0], b.xy[1], 0};
    const Vec3 end = item_end(b);
    EXPECT_NEAR(end.x, 2 * -3.5 - start.x, 1e-9);
    EXPECT_NEAR(end.y, 2 * 1.8 - start.y, 1e-9);
    EXPECT_NEAR(b.stroke_width, 3, 1e-12);
  }
  // Group, frame 12 + 6 (a = 0.5): 23 leaves (circle, dot, line, 20 dashes) with lag 1, leaf i
  // at smooth(23 a - i) = smooth(11.5 - i): leaves 0..10 complete, leaf 11 (dash 8) at
  // smooth(0.5) = 0.5, i.e. cut at the middle of its single curve; leaf 12 (dash 9) has not
  // started. Items: box, circle, dot, line, dash 0, dash 1, ...
  {
    const Frame& done = *run.frames[24];  // the group is complete from the next play on
    const Frame& f = *run.frames[18];
    const PathItem& c = f.items.at(1);  // the circle: complete, closes on its start
    EXPECT_NEAR(item_end(c).x, c.xy[0], 1e-9);
    EXPECT_NEAR(item_end(c).y, c.xy[1], 1e-9);
    const PathItem& d7 = f.items.at(4 + 7);
    EXPECT_NEAR(item_end(d7).x, item_end(done.items.at(4 + 7)).x, 1e-9);
    const PathItem& d8 = f.items.at(4 + 8);
    const PathItem& d8_done = done.items.at(4 + 8);
    EXPECT_NEAR(d8.xy[0], d8_done.xy[0], 1e-9);
    EXPECT_NEAR(item_end(d8).x, (d8_done.xy[0] + item_end(d8_done).x) / 2, 1e-9);
    EXPECT_NEAR(item_end(d8).y, 2.8, 1e-9);  // the dashed line is at y = 1 + 1.8
    // Dash 9 is still a point: a zero-length path at its start, or no path at all.
    if (f.items.size() > 4 + 9) {
      const PathItem& d9 = f.items.at(4 + 9);
      EXPECT_NEAR(item_end(d9).x, d9.xy[0], 1e-9);
    }
  }
  // Group, frame 12 + 3 (a = 0.25, 23 a = 5.75): leaf 5 (dash 2) at smooth(0.75) = 0.929896.
  {
    const PathItem& d2 = run.frames[15]->items.at(4 + 2);
    const PathItem& d2_done = run.frames[24]->items.at(4 + 2);
    const double x0 = d2_done.xy[0], x1 = item_end(d2_done).x;
    EXPECT_NEAR(item_end(d2).x, x0 + (x1 - x0) * smooth_ref(0.75), 1e-9);
  }
}
