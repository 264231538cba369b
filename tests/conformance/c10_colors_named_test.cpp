// Conformance c10: the named colour constants the user scenes use, as fills, strokes and lines
// (static). Colours are looked up by name, as the Python scene's globals()[name] does.
#include <gtest/gtest.h>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

const char* const kNames[] = {"WHITE", "GRAY",   "LIGHT_GRAY", "DARK_GRAY", "DARKER_GRAY",
                              "BLUE",  "BLUE_C", "DARK_BLUE",  "GREEN",     "GREEN_C",
                              "RED",   "RED_C",  "YELLOW",     "ORANGE",    "PURPLE",
                              "TEAL",  "GOLD"};

class C10ColorsNamed : public Scene {
 public:
  void construct() override {
    std::vector<Color> cols;
    for (const char* n : kNames) cols.emplace_back(n);
    const int n = static_cast<int>(cols.size());
    std::vector<Mobject> fill_rows, stroke_rows;
    for (int r = 0; r < 3; ++r) {
      std::vector<Mobject> fills, strokes;
      for (int i = r * 6; i < std::min(r * 6 + 6, n); ++i) {
        fills.push_back(Square(0.9, {.fill_color = cols[i], .fill_opacity = 1, .stroke_width = 0}));
        strokes.push_back(Circle({.color = cols[i], .stroke_width = 6, .radius = 0.3}));
      }
      fill_rows.push_back(VGroup(fills).arrange(RIGHT, 0.25));
      stroke_rows.push_back(VGroup(strokes).arrange(RIGHT, 0.55));
    }
    auto fills = VGroup(fill_rows);
    fills.arrange(DOWN, 0.25).move_to({-2.5, 1.2, 0});
    auto strokes = VGroup(stroke_rows);
    strokes.arrange(DOWN, 0.15).move_to({-2.5, -2.4, 0});
    std::vector<Mobject> line_list;
    for (int i = 0; i < 9; ++i)
      line_list.push_back(Line(LEFT, RIGHT, {.color = cols[i], .stroke_width = 10}));
    auto lines = VGroup(line_list);
    lines.arrange(DOWN, 0.32).move_to({4.8, 0, 0});
    add(fills, strokes, lines);
    wait(1);
  }
};

}  // namespace

TEST(C10ColorsNamed, MatchesManimFrames) {
  C10ColorsNamed scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()), mt::reference_frame_count("c10_colors_named"));
  mt::expect_frames_match_reference("c10_colors_named", run, kMinSsim);
}
