// Manim CE's rate functions (manim/utils/rate_functions.py, v0.18.0). Each maps [0,1] -> R;
// those Manim decorates with @unit_interval clamp their argument to [0,1] first.
#pragma once
#include <functional>

namespace manim {

using RateFunc = std::function<double(double)>;

namespace rate_functions {
double linear(double t);
double smooth(double t, double inflection = 10.0);
double smoothstep(double t);
double smootherstep(double t);
double smoothererstep(double t);
double rush_into(double t, double inflection = 10.0);
double rush_from(double t, double inflection = 10.0);
double slow_into(double t);
double double_smooth(double t);
double there_and_back(double t, double inflection = 10.0);
double there_and_back_with_pause(double t, double pause_ratio = 1.0 / 3);
double running_start(double t, double pull_factor = -0.5);
double wiggle(double t, double wiggles = 2);
double lingering(double t);
double exponential_decay(double t, double half_life = 0.1);
double ease_in_sine(double t);
double ease_out_sine(double t);
double ease_in_out_sine(double t);
double ease_in_quad(double t);
double ease_out_quad(double t);
double ease_in_out_quad(double t);
double ease_in_cubic(double t);
double ease_out_cubic(double t);
double ease_in_out_cubic(double t);
double ease_in_quart(double t);
double ease_out_quart(double t);
double ease_in_out_quart(double t);
double ease_in_quint(double t);
double ease_out_quint(double t);
double ease_in_out_quint(double t);
double ease_in_expo(double t);
double ease_out_expo(double t);
double ease_in_out_expo(double t);
double ease_in_circ(double t);
double ease_out_circ(double t);
double ease_in_out_circ(double t);
double ease_in_back(double t);
double ease_out_back(double t);
double ease_in_out_back(double t);
double ease_in_elastic(double t);
double ease_out_elastic(double t);
double ease_in_out_elastic(double t);
double ease_in_bounce(double t);
double ease_out_bounce(double t);
double ease_in_out_bounce(double t);
// Builders that return a rate function, as Manim's higher-order helpers.
RateFunc squish_rate_func(RateFunc f, double a = 0.4, double b = 0.6);
RateFunc not_quite_there(RateFunc f, double proportion = 0.7);
}  // namespace rate_functions

// The common ones at namespace scope as Manim's `from manim import *` exposes them.
// Wrapped so they are RateFunc values usable with default arguments bound.
inline double linear(double t) { return rate_functions::linear(t); }
inline double smooth(double t) { return rate_functions::smooth(t); }
inline double rush_into(double t) { return rate_functions::rush_into(t); }
inline double rush_from(double t) { return rate_functions::rush_from(t); }
inline double slow_into(double t) { return rate_functions::slow_into(t); }
inline double double_smooth(double t) { return rate_functions::double_smooth(t); }
inline double there_and_back(double t) { return rate_functions::there_and_back(t); }
inline double there_and_back_with_pause(double t) {
  return rate_functions::there_and_back_with_pause(t);
}
inline double running_start(double t) { return rate_functions::running_start(t); }
inline double wiggle(double t) { return rate_functions::wiggle(t); }
inline double lingering(double t) { return rate_functions::lingering(t); }
inline double exponential_decay(double t) { return rate_functions::exponential_decay(t); }

}  // namespace manim
