// Conformance c09: VGroup.arrange, nested groups, indexing/slicing, add and bound queries
// (static).
#include <gtest/gtest.h>

#include "manim/manim.hpp"
#include "support/test_support.hpp"

using namespace manim;
namespace mt = manim::testing;

namespace {

// Every compared frame must reach this SSIM (ffmpeg's definition) against Manim CE's PNG.
constexpr double kMinSsim = 0.98;

VGroup card(const Color& color) {
  auto box = RoundedRectangle(
      {.color = color, .stroke_width = 2, .width = 1.4, .height = 1.0, .corner_radius = 0.15});
  auto inner = VGroup(Rectangle({.color = color, .fill_opacity = 1, .width = 0.9, .height = 0.2}),
                      Rectangle({.color = GRAY, .width = 0.6, .height = 0.12}))
                   .arrange(DOWN, 0.2);
  return VGroup(box, inner);
}

class C09LayoutArrangeGroups : public Scene {
 public:
  void construct() override {
    const std::vector<double> sizes{0.4, 0.8, 0.6, 1.0};
    const std::vector<double> widths{1.5, 0.8, 2.2, 1.1};
    std::vector<Mobject> blue, green, yellow, orange;
    for (double s : sizes) {
      blue.push_back(Square(s, {.color = BLUE}));
      green.push_back(Square(s, {.color = GREEN}));
    }
    for (double w : widths) {
      yellow.push_back(Rectangle({.color = YELLOW, .width = w, .height = 0.3}));
      orange.push_back(Rectangle({.color = ORANGE, .width = w, .height = 0.3}));
    }
    auto r1 = VGroup(blue).arrange(RIGHT);  // default buff 0.25
    r1.move_to({-3.5, 2.8, 0});
    auto r2 = VGroup(green).arrange(RIGHT, 0.6, DOWN);
    r2.move_to({3.0, 2.8, 0});
    auto c1 = VGroup(yellow);
    c1.arrange(DOWN, 0.25, LEFT).move_to({-5, -0.3, 0});
    auto c2 = VGroup(orange);
    c2.arrange(DOWN, 0.1).move_to({-2, -0.3, 0});
    add(r1, r2, c1, c2);

    auto cards = VGroup(card(TEAL), card(GOLD), card(RED)).arrange(RIGHT, 0.6);
    cards.move_to({2.8, 0.6, 0});
    cards[-1].set_color(PURPLE);
    auto rows = VGroup();
    for (int k = 0; k < 3; ++k)
      rows.add(VGroup(Dot(ORIGIN, {.color = WHITE}),
                      Rectangle({.color = BLUE, .width = 1 + 0.5 * k, .height = 0.25}))
                   .arrange(RIGHT, 0.3));
    rows.arrange(DOWN, 0.35, LEFT).next_to(cards, DOWN, 0.5);
    rows.slice(std::nullopt, -1).set_color(GREEN);
    auto link = Line(c1.get_right(), c2.get_left(), {.color = RED});
    auto marker =
        Rectangle({.color = WHITE, .fill_opacity = 1, .width = cards.width(), .height = 0.1})
            .next_to(cards, UP, 0.2);
    auto drop = Line(r1.get_bottom(), {r1.get_bottom().x, c1.get_top().y, 0}, {.color = RED});
    auto centre = Dot(cards.get_center(), {.color = RED, .radius = 0.06});
    auto side =
        Rectangle({.color = WHITE, .fill_opacity = 1, .width = 0.1, .height = rows.height()})
            .next_to(rows, LEFT, 0.3);
    add(cards, rows, link, marker, drop, centre, side);
    wait(1);
  }
};

}  // namespace

TEST(C09LayoutArrangeGroups, MatchesManimFrames) {
  C09LayoutArrangeGroups scene;
  const mt::SceneRun run = mt::run_scene(scene);
  ASSERT_EQ(static_cast<int>(run.frames.size()),
            mt::reference_frame_count("c09_layout_arrange_groups"));
  mt::expect_frames_match_reference("c09_layout_arrange_groups", run, kMinSsim);
}
