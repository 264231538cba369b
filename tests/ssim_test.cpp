// SSIM must agree with `ffmpeg -lavfi ssim` (its "All" value), which is how the reference
// comparisons in the conformance tests are meant to be read.
#include <gtest/gtest.h>

#include <stdexcept>

#include "support/test_support.hpp"

namespace mt = manim::testing;

namespace {

std::string pair_path(const char* name) { return mt::reference_dir() + "/ssim_pairs/" + name; }

mt::Image flat(int w, int h, std::uint8_t v) {
  mt::Image img;
  img.width = w;
  img.height = h;
  img.rgb.assign(static_cast<std::size_t>(w) * h * 3, v);
  return img;
}

}  // namespace

TEST(Ssim, IdenticalImagesScoreExactlyOne) {
  const mt::Image a = mt::load_png(pair_path("a.png"));
  ASSERT_EQ(a.width, 150);
  ASSERT_EQ(a.height, 110);
  EXPECT_DOUBLE_EQ(mt::ssim(a, a), 1.0);
  const mt::Image b = mt::load_png(pair_path("b.png"));
  EXPECT_DOUBLE_EQ(mt::ssim(b, b), 1.0);
}

// a.png: ffmpeg testsrc2 150x110 (sizes not multiples of 8, so the partial-block rule counts).
// b.png: a.png through gblur=sigma=0.7,noise=alls=5:allf=u. c.png: a.png through
// gblur=sigma=0.6. Expected values printed by
//   ffmpeg -i a.png -i b.png -lavfi ssim -f null -   ->  All:0.704372
//   ffmpeg -i a.png -i c.png -lavfi ssim -f null -   ->  All:0.925911
TEST(Ssim, MatchesFfmpegOnKnownPairs) {
  const mt::Image a = mt::load_png(pair_path("a.png"));
  const mt::Image b = mt::load_png(pair_path("b.png"));
  const mt::Image c = mt::load_png(pair_path("c.png"));
  EXPECT_NEAR(mt::ssim(a, b), 0.704372, 0.005);
  EXPECT_NEAR(mt::ssim(a, c), 0.925911, 0.005);
  // Symmetric, as the formula is.
  EXPECT_NEAR(mt::ssim(b, a), mt::ssim(a, b), 1e-12);
}

// Black vs white 16x16: every 8x8 window has zero variance and covariance, so SSIM is
// c1 / (s2^2 + c1) with s2 = 64 * 255 = 16320 and ffmpeg's c1 = int(0.01^2 * 255^2 * 64 + .5)
// = 416: 416 / 266342816 = 1.5619e-6.
TEST(Ssim, BlackVersusWhiteByHand) {
  EXPECT_NEAR(mt::ssim(flat(16, 16, 0), flat(16, 16, 255)), 416.0 / 266342816.0, 1e-12);
  EXPECT_DOUBLE_EQ(mt::ssim(flat(16, 16, 7), flat(16, 16, 7)), 1.0);
}

TEST(Ssim, RejectsMismatchedOrTinyImages) {
  EXPECT_THROW(mt::ssim(flat(16, 16, 0), flat(16, 12, 0)), std::invalid_argument);
  EXPECT_THROW(mt::ssim(flat(4, 4, 0), flat(4, 4, 0)), std::invalid_argument);
  EXPECT_THROW(mt::load_png(pair_path("missing.png")), std::runtime_error);
}
