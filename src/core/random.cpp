// numpy's legacy RandomState: MT19937 (Matsumoto & Nishimura's reference algorithm) with
// numpy's double and Gaussian conversions.
#include "manim/core/random.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace manim {

RandomState::RandomState(long long s) { seed(s); }

void RandomState::seed(long long s) {
  if (s < 0 || s > 0xffffffffLL)
    throw std::invalid_argument("RandomState.seed: seed must be between 0 and 2**32 - 1, got " +
                                std::to_string(s));
  // init_genrand
  mt_[0] = static_cast<std::uint32_t>(s);
  for (int i = 1; i < 624; ++i)
    mt_[i] = 1812433253u * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
  mti_ = 624;
  has_gauss_ = false;
  gauss_ = 0;
}

std::uint32_t RandomState::random_uint32() {
  constexpr std::uint32_t kUpper = 0x80000000u, kLower = 0x7fffffffu, kMatrix = 0x9908b0dfu;
  if (mti_ >= 624) {  // regenerate the whole state block
    int k = 0;
    for (; k < 624 - 397; ++k) {
      const std::uint32_t y = (mt_[k] & kUpper) | (mt_[k + 1] & kLower);
      mt_[k] = mt_[k + 397] ^ (y >> 1) ^ ((y & 1u) ? kMatrix : 0u);
    }
    for (; k < 623; ++k) {
      const std::uint32_t y = (mt_[k] & kUpper) | (mt_[k + 1] & kLower);
      mt_[k] = mt_[k + 397 - 624] ^ (y >> 1) ^ ((y & 1u) ? kMatrix : 0u);
    }
    const std::uint32_t y = (mt_[623] & kUpper) | (mt_[0] & kLower);
    mt_[623] = mt_[396] ^ (y >> 1) ^ ((y & 1u) ? kMatrix : 0u);
    mti_ = 0;
  }
  std::uint32_t y = mt_[mti_++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

double RandomState::random_sample() {
  const std::uint32_t a = random_uint32() >> 5, b = random_uint32() >> 6;
  return (a * 67108864.0 + b) / 9007199254740992.0;
}

std::vector<double> RandomState::random_sample(std::size_t n) {
  std::vector<double> out(n);
  for (auto& v : out) v = random_sample();
  return out;
}

double RandomState::uniform(double low, double high) {
  return low + (high - low) * random_sample();
}

double RandomState::randn() {
  if (has_gauss_) {
    has_gauss_ = false;
    const double g = gauss_;
    gauss_ = 0;
    return g;
  }
  double x1, x2, r2;
  do {
    x1 = 2.0 * random_sample() - 1.0;
    x2 = 2.0 * random_sample() - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 == 0.0);
  const double f = std::sqrt(-2.0 * std::log(r2) / r2);
  // numpy keeps f * x1 for the next call and returns f * x2 now.
  gauss_ = f * x1;
  has_gauss_ = true;
  return f * x2;
}

std::vector<double> RandomState::randn(std::size_t n) {
  std::vector<double> out(n);
  for (auto& v : out) v = randn();
  return out;
}

std::vector<std::vector<double>> RandomState::randn(std::size_t rows, std::size_t cols) {
  std::vector<std::vector<double>> out(rows, std::vector<double>(cols));
  for (auto& row : out)
    for (auto& v : row) v = randn();
  return out;
}

RandomState& global_random_state() {
  // numpy seeds its global state from the OS; a fixed seed keeps runs reproducible until the
  // scene calls seed().
  static RandomState state(0);
  return state;
}

}  // namespace manim
