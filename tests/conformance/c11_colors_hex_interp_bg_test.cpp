// Conformance c11: hex colour strings, interpolate_color steps and a custom camera background
// (static).
#include <gtest/gtest.h>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

const char* const kHex[] = {"#4fc3f7", "#ab47bc", "#66bb6a", "#ff7043", "#e0e0e0",
                            "#666677", "#ffd54f", "#FF0000", "#00FF80"};

class C11ColorsHexInterpBg : public Scene {
 public:
  void construct() override {
    camera().background_color = "#0f0f1a";
    std::vector<Mobject> sw_list, outl_list, grad_list, grad2_list, grad3_list;
    for (const char* h : kHex) {
      sw_list.push_back(Square(
          1.0, {.fill_color = h, .fill_opacity = 1, .stroke_color = WHITE, .stroke_width = 1}));
      outl_list.push_back(Rectangle({.color = h, .stroke_width = 4, .width = 1.0, .height = 0.5}));
    }
    auto sw = VGroup(sw_list);
    sw.arrange(RIGHT, 0.3).move_to(UP * 2.3);
    auto outl = VGroup(outl_list);
    outl.arrange(RIGHT, 0.3).move_to(UP * 0.9);
    for (int k = 0; k < 11; ++k) {
      grad_list.push_back(Square(0.9, {.fill_color = interpolate_color(BLUE, RED, k / 10.0),
                                       .fill_opacity = 0.75,
                                       .stroke_color = GRAY,
                                       .stroke_width = 0.5}));
      grad2_list.push_back(Square(0.9, {.fill_color = interpolate_color(BLUE, RED, k / 10.0),
                                        .fill_opacity = 1,
                                        .stroke_width = 0}));
    }
    auto grad = VGroup(grad_list);
    grad.arrange(RIGHT, 0.08).move_to(DOWN * 0.6);
    auto grad2 = VGroup(grad2_list);
    grad2.arrange(RIGHT, 0.08).move_to(DOWN * 1.7);
    for (int k = 0; k < 6; ++k)
      grad3_list.push_back(Rectangle({.fill_color = interpolate_color(GREEN, YELLOW, k / 5.0),
                                      .fill_opacity = 0.85,
                                      .stroke_color = LIGHT_GRAY,
                                      .stroke_width = 0.3,
                                      .width = 0.9,
                                      .height = 0.6}));
    auto grad3 = VGroup(grad3_list);
    grad3.arrange(RIGHT, 0.08).move_to(DOWN * 2.9);
    add(sw, outl, grad, grad2, grad3);
    wait(1);
  }
};

}  // namespace

TEST(C11ColorsHexInterpBg, MatchesManimFrames) {
  C11ColorsHexInterpBg scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()),
            mt::reference_frame_count("c11_colors_hex_interp_bg"));
  // The frame carries the camera background set inside construct().
  const Color bg = run.frames[0]->background;
  EXPECT_NEAR(bg.r, 0x0f / 255.0, 1e-12);
  EXPECT_NEAR(bg.g, 0x0f / 255.0, 1e-12);
  EXPECT_NEAR(bg.b, 0x1a / 255.0, 1e-12);
  mt::expect_frames_match_reference("c11_colors_hex_interp_bg", run, kMinSsim);
}
