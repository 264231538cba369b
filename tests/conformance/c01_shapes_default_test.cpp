// Conformance c01: default style and size of the basic shapes (static), against Manim CE's frames.
#include <gtest/gtest.h>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

class C01ShapesDefault : public Scene {
 public:
  void construct() override {
    auto rect = Rectangle().move_to({-4.5, 1.8, 0});         // 4 x 2, WHITE
    auto rrect = RoundedRectangle().move_to({0.3, 1.8, 0});  // 4 x 2, corner 0.5, WHITE
    auto sq = Square().move_to({4.9, 1.8, 0});               // side 2, WHITE
    auto circ = Circle().move_to({-4.5, -1.8, 0});           // radius 1, RED
    auto dot = Dot().move_to({-2.0, -1.8, 0});               // radius 0.08, WHITE, filled
    auto poly = Polygon(std::vector<Vec3>{{-1, -1, 0}, {1, -1, 0}, {0.4, 1, 0}, {-0.6, 0.6, 0}})
                    .move_to({1.0, -1.8, 0});    // BLUE
    auto line = Line().move_to({4.6, -1.8, 0});  // LEFT -> RIGHT, WHITE
    add(rect, rrect, sq, circ, dot, poly, line);
    wait();
  }
};

}  // namespace

TEST(C01ShapesDefault, MatchesManimFrames) {
  C01ShapesDefault scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()), mt::reference_frame_count("c01_shapes_default"));
  mt::expect_frames_match_reference("c01_shapes_default", run, kMinSsim);
}

TEST(C01ShapesDefault, DrawsOneItemPerShapeWithDefaultStyles) {
  C01ShapesDefault scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(run.frames.size(), 15u);  // wait() = 1 s at 15 fps
  const Frame& f = *run.frames[0];
  ASSERT_EQ(f.items.size(), 7u);
  EXPECT_NEAR(mt::item_center(f.items[0]).x, -4.5, 1e-9);
  EXPECT_EQ(f.items[3].stroke, RED);               // Circle
  EXPECT_DOUBLE_EQ(f.items[4].fill.a, 1.0);        // Dot is filled
  EXPECT_EQ(f.items[5].stroke, BLUE);              // Polygon
  EXPECT_DOUBLE_EQ(f.items[6].stroke_width, 4.0);  // Line, DEFAULT_STROKE_WIDTH
}
