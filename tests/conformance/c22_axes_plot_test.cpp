// Conformance c22: Axes with range steps, lengths and axis_config {color, include_numbers:
// False}, two ax.plot curves (x_range, colour, stroke width), rotated Text labels placed next to
// the axes, Create(ax) then Create of both curves; 37 frames.
#include <gtest/gtest.h>

#include <cmath>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

class C22AxesPlot : public Scene {
 public:
  void construct() override {
    auto ax = Axes({.x_range = {0, 10, 2},
                    .y_range = {0, 100, 20},
                    .x_length = 5,
                    .y_length = 3.5,
                    .axis_config = {.color = "#666677", .include_numbers = false}})
                  .shift(DOWN * 0.5);
    auto x_lab = Text("tokens generated (t)", {.color = "#666677", .font_size = 18})
                     .next_to(ax.x_axis(), DOWN, 0.3);
    auto y_lab = Text("work per step", {.color = "#666677", .font_size = 18})
                     .next_to(ax.y_axis(), LEFT, 0.3)
                     .rotate(PI / 2);
    auto std_graph = ax.plot([](double x) { return x * 10; },
                             {.color = "#ff7043", .stroke_width = 3, .x_range = {0.1, 10}});
    auto log_graph = ax.plot([](double x) { return std::log2(x + 1) * 8; },
                             {.color = "#66bb6a", .stroke_width = 3, .x_range = {0.1, 10}});
    add(x_lab, y_lab);
    play(Create(ax));
    play({Create(std_graph), Create(log_graph)});
    wait(0.5);
  }
};

}  // namespace

TEST(C22AxesPlot, MatchesManimFrames) {
  config().manim_text_kerning = true;  // Manim's whole-unit glyph advances
  C22AxesPlot scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()), mt::reference_frame_count("c22_axes_plot"));
  mt::expect_frames_match_reference("c22_axes_plot", run, kMinSsim);
}
