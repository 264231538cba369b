// Internal helpers of the graphing classes: numpy's arange, range checks.
#pragma once
#include <string>
#include <vector>

#include "manim/mobject/graphing.hpp"

namespace manim::graphing {

// Axes' own data: the ranges as given (completed to three elements).
struct AxesNode : detail::MobjectNode {
  std::vector<double> x_range, y_range;
  std::shared_ptr<detail::MobjectNode> clone_self() const override {
    return std::make_shared<AxesNode>(*this);
  }
};

// numpy.arange(start, stop, step) for doubles: ceil((stop - start) / step) values
// start + i * ((start + step) - start), as numpy fills them.
std::vector<double> np_arange(double start, double stop, double step);

// A [min, max(, step)] range made whole: 2 elements get `default_step`, an empty one becomes
// `fallback`; checks min < max and step > 0, naming `cls` and `arg` in the error.
std::vector<double> complete_range(const char* cls, const char* arg, std::vector<double> r,
                                   const std::vector<double>& fallback, double default_step = 1);

}  // namespace manim::graphing
