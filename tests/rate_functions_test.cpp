// Rate functions against Manim's values (docs/manim_facts.md §7) and hand-worked formulas.
#include "manim/core/rate_functions.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "manim/core/constants.hpp"

using namespace manim;
namespace rf = manim::rate_functions;

TEST(RateFunctions, TableOfSection7) {
  const std::vector<double> ts{0.1, 0.25, 0.5, 0.75, 0.9};
  const std::vector<double> sm{0.011447, 0.070104, 0.5, 0.929896, 0.988553};
  const std::vector<double> tb{0.041286, 0.5, 1.0, 0.5, 0.041286};
  const std::vector<double> ri{0.008705, 0.033011, 0.140207, 0.437876, 0.751758};
  const std::vector<double> rfm{0.248242, 0.562124, 0.859793, 0.966989, 0.991295};
  const std::vector<double> ds{0.020643, 0.25, 0.5, 0.75, 0.979357};
  for (std::size_t i = 0; i < ts.size(); ++i) {
    EXPECT_NEAR(smooth(ts[i]), sm[i], 1e-6) << ts[i];
    EXPECT_NEAR(there_and_back(ts[i]), tb[i], 1e-6) << ts[i];
    EXPECT_NEAR(rush_into(ts[i]), ri[i], 1e-6) << ts[i];
    EXPECT_NEAR(rush_from(ts[i]), rfm[i], 1e-6) << ts[i];
    EXPECT_NEAR(double_smooth(ts[i]), ds[i], 1e-6) << ts[i];
  }
}

TEST(RateFunctions, SigmoidConstant) {
  // smooth's error term is sigma(-5) = 0.0066928509; smooth(0) and smooth(1) are exact.
  EXPECT_NEAR(1 / (1 + std::exp(5.0)), 0.0066928509, 1e-10);
  EXPECT_DOUBLE_EQ(smooth(0), 0.0);
  EXPECT_DOUBLE_EQ(smooth(1), 1.0);
}

TEST(RateFunctions, UnitIntervalAndZeroOutside) {
  EXPECT_EQ(smooth(-0.5), 0.0);
  EXPECT_EQ(smooth(1.5), 1.0);
  EXPECT_EQ(rush_into(2.0), 1.0);
  EXPECT_EQ(double_smooth(-1.0), 0.0);
  EXPECT_EQ(rf::ease_in_quad(1.2), 1.0);
  EXPECT_EQ(rf::ease_out_bounce(-0.2), 0.0);
  // there_and_back is 0 outside [0, 1] instead (Manim's @zero).
  EXPECT_EQ(there_and_back(-0.1), 0.0);
  EXPECT_EQ(there_and_back(1.2), 0.0);
  EXPECT_EQ(rf::wiggle(1.5), 0.0);
}

TEST(RateFunctions, HandWorkedValues) {
  EXPECT_DOUBLE_EQ(linear(0.3), 0.3);
  EXPECT_NEAR(rf::smoothstep(0.5), 0.5, 1e-12);
  EXPECT_NEAR(rf::smoothstep(0.25), 3 * 0.0625 - 2 * 0.015625, 1e-12);
  EXPECT_NEAR(rf::smootherstep(0.25),
              6 * std::pow(0.25, 5) - 15 * std::pow(0.25, 4) + 10 * std::pow(0.25, 3), 1e-12);
  EXPECT_NEAR(rf::smoothererstep(0.5), 0.5, 1e-12);
  EXPECT_NEAR(slow_into(0.5), std::sqrt(0.75), 1e-12);
  // Bezier [0,0,p,p,1,1,1] at 0.5: (15p + 20p + 15 + 6 + 1) / 64 with p = -0.5.
  EXPECT_NEAR(running_start(0.5), 4.5 / 64, 1e-12);
  EXPECT_NEAR(lingering(0.4), 0.5, 1e-12);
  EXPECT_NEAR(lingering(0.9), 1.0, 1e-12);
  EXPECT_NEAR(exponential_decay(0.1), 1 - std::exp(-1.0), 1e-12);
  EXPECT_NEAR(wiggle(0.25), 0.5, 1e-9);  // there_and_back(0.25) * sin(pi/2)
  EXPECT_NEAR(there_and_back_with_pause(0.5), 1.0, 1e-12);
  EXPECT_NEAR(there_and_back_with_pause(0.1), smooth(0.3), 1e-12);
  EXPECT_NEAR(there_and_back_with_pause(0.9), smooth(3 - 2.7), 1e-12);
  EXPECT_NEAR(rf::ease_out_bounce(0.5), 0.765625, 1e-12);
  EXPECT_NEAR(rf::ease_in_out_quad(0.25), 0.125, 1e-12);
  EXPECT_NEAR(rf::ease_in_out_cubic(0.75), 1 - std::pow(0.5, 3) / 2, 1e-12);
  EXPECT_NEAR(rf::ease_in_sine(1.0 / 3), 1 - std::cos(PI / 6), 1e-12);
  EXPECT_NEAR(rf::ease_in_back(0.5), 2.70158 * 0.125 - 1.70158 * 0.25, 1e-12);
  EXPECT_NEAR(rf::ease_in_expo(0.5), std::pow(2, -5), 1e-12);
  EXPECT_NEAR(rf::ease_out_circ(0.5), std::sqrt(0.75), 1e-12);
  EXPECT_NEAR(rf::smooth(0.25, 20),
              (1 / (1 + std::exp(5.0)) - 1 / (1 + std::exp(10.0))) / (1 - 2 / (1 + std::exp(10.0))),
              1e-12);
}

TEST(RateFunctions, EasingsRunFromZeroToOne) {
  using F = double (*)(double);
  const F fs[] = {rf::ease_in_sine,    rf::ease_out_sine,    rf::ease_in_out_sine,
                  rf::ease_in_quad,    rf::ease_out_quad,    rf::ease_in_out_quad,
                  rf::ease_in_cubic,   rf::ease_out_cubic,   rf::ease_in_out_cubic,
                  rf::ease_in_quart,   rf::ease_out_quart,   rf::ease_in_out_quart,
                  rf::ease_in_quint,   rf::ease_out_quint,   rf::ease_in_out_quint,
                  rf::ease_in_expo,    rf::ease_out_expo,    rf::ease_in_out_expo,
                  rf::ease_in_circ,    rf::ease_out_circ,    rf::ease_in_out_circ,
                  rf::ease_in_back,    rf::ease_out_back,    rf::ease_in_out_back,
                  rf::ease_in_elastic, rf::ease_out_elastic, rf::ease_in_out_elastic,
                  rf::ease_in_bounce,  rf::ease_out_bounce,  rf::ease_in_out_bounce,
                  rf::smoothstep,      rf::smootherstep,     rf::smoothererstep,
                  rf::slow_into,       rf::double_smooth,    rf::lingering,
                  rf::linear};
  for (F f : fs) {
    EXPECT_NEAR(f(0), 0.0, 1e-9);
    EXPECT_NEAR(f(1), 1.0, 1e-9);
  }
}

TEST(RateFunctions, Builders) {
  auto sq = rf::squish_rate_func(linear, 0.2, 0.6);
  EXPECT_DOUBLE_EQ(sq(0.1), 0.0);
  EXPECT_NEAR(sq(0.4), 0.5, 1e-12);
  EXPECT_DOUBLE_EQ(sq(0.9), 1.0);
  EXPECT_DOUBLE_EQ(rf::squish_rate_func(linear, 0.3, 0.3)(0.9), 0.3);
  auto nq = rf::not_quite_there(smooth, 0.7);
  EXPECT_NEAR(nq(1), 0.7, 1e-12);
  EXPECT_NEAR(nq(0.5), 0.35, 1e-12);
  EXPECT_THROW(rf::squish_rate_func(RateFunc{}), std::invalid_argument);
}
