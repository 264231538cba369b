// Conformance c04: Arrow geometry (buff, tip length, stroke width, ratios, short arrows,
// directions), static.
#include <gtest/gtest.h>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

class C04Arrows : public Scene {
 public:
  void construct() override {
    const double y = 3.2;
    std::vector<Mobject> arrows{
        Arrow({-6, y, 0}, {-2, y, 0}),  // defaults (buff 0.25)
        Arrow({-6, y - 0.8, 0}, {-2, y - 0.8, 0}, {.buff = 0}),
        Arrow({-6, y - 1.6, 0}, {-2, y - 1.6, 0}, {.color = "#666677", .buff = 0.2}),
        Arrow({-6, y - 2.4, 0}, {-2, y - 2.4, 0},
              {.color = GOLD,
               .stroke_width = 1.5,
               .buff = 0.08,
               .max_tip_length_to_length_ratio = 0.15}),
        Arrow({-6, y - 3.2, 0}, {-2, y - 3.2, 0},
              {.color = GRAY, .stroke_width = 1.2, .tip_length = 0.07}),
        Arrow({-6, y - 4.0, 0}, {-2, y - 4.0, 0},
              {.color = YELLOW, .stroke_width = 2, .tip_length = 0.08}),
        Arrow({-6, y - 4.8, 0}, {-2, y - 4.8, 0}, {.stroke_width = 12}),
        Arrow({-6, y - 5.6, 0}, {-2, y - 5.6, 0},
              {.color = TEAL, .tip_length = 0.6, .max_tip_length_to_length_ratio = 0.5}),
        // short arrows: default tip is limited by max_tip_length_to_length_ratio
        Arrow({-0.5, 3, 0}, {0.5, 3, 0}),
        Arrow({-0.5, 2.2, 0}, {0.1, 2.2, 0}, {.buff = 0}),
        Arrow({-0.5, 1.4, 0}, {-0.1, 1.4, 0}, {.color = RED, .buff = 0}),
        Arrow({0, 0.6, 0}, Vec3{0, 0.6, 0} + DOWN * 0.22,
              {.color = GRAY, .stroke_width = 1, .buff = 0, .tip_length = 0.06}),
        // directions
        Arrow(UP * 0.2, DOWN * 0.8, {.color = YELLOW}).shift(DOWN * 1.6),
        Arrow({2, -3, 0}, {5, 0, 0}, {.color = GREEN}),
        Arrow({6.5, 0, 0}, {2.5, 3, 0}, {.color = PURPLE, .stroke_width = 3}),
        Arrow({3, -3.5, 0}, {6.5, -3.5, 0}, {.color = ORANGE, .buff = 0.5}),
    };
    add(arrows);
    // markers at the requested start/end points of the buff-test arrows
    for (int k = 0; k < 3; ++k)
      add(Dot({-6, y - 0.8 * k, 0}, {.color = RED, .radius = 0.04}),
          Dot({-2, y - 0.8 * k, 0}, {.color = RED, .radius = 0.04}));
    wait(1);
  }
};

}  // namespace

TEST(C04Arrows, MatchesManimFrames) {
  C04Arrows scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()), mt::reference_frame_count("c04_arrows"));
  mt::expect_frames_match_reference("c04_arrows", run, kMinSsim);
}
