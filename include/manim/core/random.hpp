// numpy's legacy RandomState (np.random.seed / rand / randn), bit for bit:
// MT19937 seeded by init_genrand, 53-bit doubles, polar Box-Muller Gaussians with numpy's cache.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace manim {

class RandomState {
 public:
  // np.random.RandomState(seed); seed must be in [0, 2**32 - 1].
  explicit RandomState(long long seed = 0);
  // np.random.seed(seed): re-seeds and drops the cached Gaussian.
  void seed(long long seed);
  // The next raw 32-bit MT19937 output (genrand_int32).
  std::uint32_t random_uint32();
  // A double in [0, 1) from two outputs: ((a >> 5) * 67108864 + (b >> 6)) / 2**53.
  double random_sample();
  std::vector<double> random_sample(std::size_t n);
  double rand() { return random_sample(); }
  // low + (high - low) * random_sample(), as np.random.uniform.
  double uniform(double low = 0, double high = 1);
  // One standard normal (np.random.randn() / standard_normal()).
  double randn();
  std::vector<double> randn(std::size_t n);
  // randn(rows, cols), filled row by row as numpy fills a C-ordered array.
  std::vector<std::vector<double>> randn(std::size_t rows, std::size_t cols);

 private:
  std::array<std::uint32_t, 624> mt_{};
  int mti_ = 625;
  bool has_gauss_ = false;
  double gauss_ = 0;
};

// The module-level generator behind np.random.seed(...) / np.random.randn(...).
RandomState& global_random_state();

}  // namespace manim
