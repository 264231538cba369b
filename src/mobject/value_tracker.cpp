// ValueTracker and ComplexValueTracker: the value lives in the single point's coordinates.
#include "manim/mobject/value_tracker.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace manim {

namespace {
void require_value(const char* cls, double v, const char* what) {
  if (!std::isfinite(v))
    throw std::invalid_argument(std::string(cls) + ".set_value: the " + what + " is " +
                                (std::isnan(v) ? "NaN" : "infinite") +
                                "; a tracker holds a finite number (check the expression "
                                "that computed it)");
}
}  // namespace

ValueTracker::ValueTracker(double value) : Mobject() {
  detail::set_kind(*n_, "ValueTracker");
  n_->points.assign(1, Vec3(0, 0, 0));
  set_value(value);
}

double ValueTracker::get_value() const { return n_->points.empty() ? 0.0 : n_->points[0].x; }

ValueTracker& ValueTracker::set_value(double value) {
  require_value(kind().c_str(), value, "value");
  if (n_->points.empty()) n_->points.assign(1, Vec3(0, 0, 0));
  n_->points[0].x = value;
  return *this;
}

ValueTracker& ValueTracker::increment_value(double d_value) {
  return set_value(get_value() + d_value);
}

ValueTracker& ValueTracker::interpolate(const ValueTracker& a, const ValueTracker& b,
                                        double alpha) {
  const std::size_t n = std::min(a.points().size(), b.points().size());
  std::vector<Vec3> pts(n);
  for (std::size_t i = 0; i < n; ++i) pts[i] = a.points()[i] * (1 - alpha) + b.points()[i] * alpha;
  n_->points = std::move(pts);
  return *this;
}

ComplexValueTracker::ComplexValueTracker(std::complex<double> value) : ValueTracker(0) {
  detail::set_kind(*n_, "ComplexValueTracker");
  set_value(value);
}

std::complex<double> ComplexValueTracker::get_value() const {
  if (n_->points.empty()) return 0;
  return {n_->points[0].x, n_->points[0].y};
}

ComplexValueTracker& ComplexValueTracker::set_value(std::complex<double> value) {
  require_value("ComplexValueTracker", value.real(), "real part");
  require_value("ComplexValueTracker", value.imag(), "imaginary part");
  if (n_->points.empty()) n_->points.assign(1, Vec3(0, 0, 0));
  n_->points[0].x = value.real();
  n_->points[0].y = value.imag();
  return *this;
}

}  // namespace manim
