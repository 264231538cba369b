// Manim CE v0.18.0 rate functions. Functions Manim decorates with @unit_interval return 0 below
// t = 0 and 1 above t = 1; those decorated with @zero return 0 outside [0, 1].
#include "manim/core/rate_functions.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <utility>

#include "manim/core/constants.hpp"

namespace manim::rate_functions {
namespace {

template <class F>
double unit_interval(double t, F f) {
  if (t >= 0 && t <= 1) return f(t);
  return t < 0 ? 0.0 : 1.0;
}

template <class F>
double zero_outside(double t, F f) {
  if (t >= 0 && t <= 1) return f(t);
  return 0.0;
}

double sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }

// Bernstein-form Bezier curve of any degree, as Manim's bezier(points)(t) on scalars.
double bezier_scalar(std::initializer_list<double> pts, double t) {
  const int n = static_cast<int>(pts.size()) - 1;
  double result = 0, binom = 1;
  int k = 0;
  for (double p : pts) {
    result += binom * std::pow(1 - t, n - k) * std::pow(t, k) * p;
    binom = binom * (n - k) / (k + 1);
    ++k;
  }
  return result;
}

}  // namespace

// @unit_interval in Manim: clamped like the others.
double linear(double t) { return std::clamp(t, 0.0, 1.0); }

double smooth(double t, double inflection) {
  return unit_interval(t, [inflection](double x) {
    const double error = sigmoid(-inflection / 2);
    double v = (sigmoid(inflection * (x - 0.5)) - error) / (1 - 2 * error);
    return std::min(std::max(v, 0.0), 1.0);
  });
}

double smoothstep(double t) { return t <= 0 ? 0 : (t < 1 ? 3 * t * t - 2 * t * t * t : 1); }

double smootherstep(double t) {
  return t <= 0 ? 0 : (t < 1 ? 6 * std::pow(t, 5) - 15 * std::pow(t, 4) + 10 * std::pow(t, 3) : 1);
}

double smoothererstep(double t) {
  if (t <= 0) return 0;
  if (t >= 1) return 1;
  return 35 * std::pow(t, 4) - 84 * std::pow(t, 5) + 70 * std::pow(t, 6) - 20 * std::pow(t, 7);
}

double rush_into(double t, double inflection) {
  return unit_interval(t, [inflection](double x) { return 2 * smooth(x / 2.0, inflection); });
}

double rush_from(double t, double inflection) {
  return unit_interval(
      t, [inflection](double x) { return 2 * smooth(x / 2.0 + 0.5, inflection) - 1; });
}

double slow_into(double t) {
  return unit_interval(t, [](double x) { return std::sqrt(1 - (1 - x) * (1 - x)); });
}

double double_smooth(double t) {
  return unit_interval(
      t, [](double x) { return x < 0.5 ? 0.5 * smooth(2 * x) : 0.5 * (1 + smooth(2 * x - 1)); });
}

double there_and_back(double t, double inflection) {
  return zero_outside(
      t, [inflection](double x) { return smooth(x < 0.5 ? 2 * x : 2 * (1 - x), inflection); });
}

double there_and_back_with_pause(double t, double pause_ratio) {
  return zero_outside(t, [pause_ratio](double x) {
    const double a = 1.0 / pause_ratio;
    if (x < 0.5 - pause_ratio / 2) return smooth(a * x);
    if (x < 0.5 + pause_ratio / 2) return 1.0;
    return smooth(a - a * x);
  });
}

double running_start(double t, double pull_factor) {
  return unit_interval(t, [pull_factor](double x) {
    return bezier_scalar({0, 0, pull_factor, pull_factor, 1, 1, 1}, x);
  });
}

double wiggle(double t, double wiggles) {
  return zero_outside(
      t, [wiggles](double x) { return there_and_back(x) * std::sin(wiggles * PI * x); });
}

double lingering(double t) {
  return unit_interval(t, [](double x) { return squish_rate_func(linear, 0, 0.8)(x); });
}

double exponential_decay(double t, double half_life) { return 1 - std::exp(-t / half_life); }

// ---- easings.net family ----
#define MANIM_EASE(name, body)                      \
  double name(double t) {                           \
    return unit_interval(t, [](double x) { body }); \
  }

MANIM_EASE(ease_in_sine, return 1 - std::cos(x * PI / 2);)
MANIM_EASE(ease_out_sine, return std::sin(x * PI / 2);)
MANIM_EASE(ease_in_out_sine, return -(std::cos(PI * x) - 1) / 2;)
MANIM_EASE(ease_in_quad, return x * x;)
MANIM_EASE(ease_out_quad, return 1 - (1 - x) * (1 - x);)
MANIM_EASE(ease_in_out_quad, return x < 0.5 ? 2 * x * x : 1 - std::pow(-2 * x + 2, 2) / 2;)
MANIM_EASE(ease_in_cubic, return x * x * x;)
MANIM_EASE(ease_out_cubic, return 1 - std::pow(1 - x, 3);)
MANIM_EASE(ease_in_out_cubic, return x < 0.5 ? 4 * x * x * x : 1 - std::pow(-2 * x + 2, 3) / 2;)
MANIM_EASE(ease_in_quart, return std::pow(x, 4);)
MANIM_EASE(ease_out_quart, return 1 - std::pow(1 - x, 4);)
MANIM_EASE(ease_in_out_quart,
           return x < 0.5 ? 8 * std::pow(x, 4) : 1 - std::pow(-2 * x + 2, 4) / 2;)
MANIM_EASE(ease_in_quint, return std::pow(x, 5);)
MANIM_EASE(ease_out_quint, return 1 - std::pow(1 - x, 5);)
MANIM_EASE(ease_in_out_quint,
           return x < 0.5 ? 16 * std::pow(x, 5) : 1 - std::pow(-2 * x + 2, 5) / 2;)
MANIM_EASE(ease_in_expo, return x == 0 ? 0 : std::pow(2, 10 * x - 10);)
MANIM_EASE(ease_out_expo, return x == 1 ? 1 : 1 - std::pow(2, -10 * x);)
MANIM_EASE(ease_in_out_expo, if (x == 0) return 0.0; if (x == 1) return 1.0;
           return x < 0.5 ? std::pow(2, 20 * x - 10) / 2 : (2 - std::pow(2, -20 * x + 10)) / 2;)
MANIM_EASE(ease_in_circ, return 1 - std::sqrt(1 - x * x);)
MANIM_EASE(ease_out_circ, return std::sqrt(1 - (x - 1) * (x - 1));)
MANIM_EASE(ease_in_out_circ, return x < 0.5 ? (1 - std::sqrt(1 - std::pow(2 * x, 2))) / 2
                                            : (std::sqrt(1 - std::pow(-2 * x + 2, 2)) + 1) / 2;)
MANIM_EASE(ease_in_back, const double c1 = 1.70158; const double c3 = c1 + 1;
           return c3 * x * x * x - c1 * x * x;)
MANIM_EASE(ease_out_back, const double c1 = 1.70158; const double c3 = c1 + 1;
           return 1 + c3 * std::pow(x - 1, 3) + c1 * std::pow(x - 1, 2);)
MANIM_EASE(ease_in_out_back, const double c2 = 1.70158 * 1.525;
           return x < 0.5 ? (std::pow(2 * x, 2) * ((c2 + 1) * 2 * x - c2)) / 2
                          : (std::pow(2 * x - 2, 2) * ((c2 + 1) * (x * 2 - 2) + c2) + 2) / 2;)
MANIM_EASE(ease_in_elastic, const double c4 = 2 * PI / 3; if (x == 0) return 0.0;
           if (x == 1) return 1.0;
           return -std::pow(2, 10 * x - 10) * std::sin((x * 10 - 10.75) * c4);)
MANIM_EASE(ease_out_elastic, const double c4 = 2 * PI / 3; if (x == 0) return 0.0;
           if (x == 1) return 1.0;
           return std::pow(2, -10 * x) * std::sin((x * 10 - 0.75) * c4) + 1;)
MANIM_EASE(ease_in_out_elastic, const double c5 = 2 * PI / 4.5; if (x == 0) return 0.0;
           if (x == 1) return 1.0;
           return x < 0.5 ? -(std::pow(2, 20 * x - 10) * std::sin((20 * x - 11.125) * c5)) / 2
                          : (std::pow(2, -20 * x + 10) * std::sin((20 * x - 11.125) * c5)) / 2 + 1;)
MANIM_EASE(
    ease_out_bounce, const double n1 = 7.5625; const double d1 = 2.75;
    if (x < 1 / d1) return n1 * x * x; if (x < 2 / d1) {
      x -= 1.5 / d1;
      return n1 * x * x + 0.75;
    } if (x < 2.5 / d1) {
      x -= 2.25 / d1;
      return n1 * x * x + 0.9375;
    } x -= 2.625 / d1;
    return n1 * x * x + 0.984375;)
MANIM_EASE(ease_in_bounce, return 1 - ease_out_bounce(1 - x);)
MANIM_EASE(ease_in_out_bounce, return x < 0.5 ? (1 - ease_out_bounce(1 - 2 * x)) / 2
                                              : (1 + ease_out_bounce(2 * x - 1)) / 2;)
#undef MANIM_EASE

RateFunc squish_rate_func(RateFunc f, double a, double b) {
  if (!f) throw std::invalid_argument("squish_rate_func: the rate function is empty");
  return [f = std::move(f), a, b](double t) {
    if (a == b) return a;
    if (t < a) return f(0);
    if (t > b) return f(1);
    return f((t - a) / (b - a));
  };
}

RateFunc not_quite_there(RateFunc f, double proportion) {
  if (!f) throw std::invalid_argument("not_quite_there: the rate function is empty");
  return [f = std::move(f), proportion](double t) { return proportion * f(t); };
}

}  // namespace manim::rate_functions
