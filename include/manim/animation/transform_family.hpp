// The rest of Manim's transform.py (v0.18.0): transforms into a target computed from the
// mobject (ApplyMethod, ApplyFunction, ApplyMatrix...), MoveToTarget / Restore, curved and
// cyclic transforms, and FadeTransform(Pieces).
#pragma once
#include <array>
#include <complex>
#include <functional>
#include <vector>

#include "manim/animation/transform.hpp"

namespace manim {

// Transforms a copy of `target` into `mobject`: `target` is the one added to the scene; it
// starts looking like `mobject` and ends as itself (Manim runs Transform(target, mobject)
// backwards).
class TransformFromCopy : public Transform {
 public:
  TransformFromCopy(Mobject mobject, Mobject target, const AnimArgs& args = {},
                    const PathArgs& path = {});
  void interpolate(double alpha) override;
};

// Transform along a half-circle clockwise (path_arc = -PI unless given).
class ClockwiseTransform : public Transform {
 public:
  ClockwiseTransform(Mobject mobject, Mobject target, const AnimArgs& args = {},
                     PathArgs path = {});
};

class CounterclockwiseTransform : public Transform {
 public:
  CounterclockwiseTransform(Mobject mobject, Mobject target, const AnimArgs& args = {},
                            PathArgs path = {});
};

// Transform into mobject.target() (set up with generate_target()).
class MoveToTarget : public Transform {
 public:
  explicit MoveToTarget(Mobject mobject, const AnimArgs& args = {}, const PathArgs& path = {});
};

// Transform into a copy of the mobject changed by `method` (Manim's ApplyMethod(m.method,
// *args)); the copy is made when the animation begins.
class ApplyMethod : public Transform {
 public:
  ApplyMethod(Mobject mobject, std::function<void(Mobject&)> method, const AnimArgs& args = {},
              const PathArgs& path = {});

 protected:
  Mobject create_target() override;
  std::function<void(Mobject&)> method_;
};

// Transform into function(copy of the mobject); the function returns the target.
class ApplyFunction : public Transform {
 public:
  ApplyFunction(std::function<Mobject(Mobject)> function, Mobject mobject,
                const AnimArgs& args = {}, const PathArgs& path = {});

 protected:
  Mobject create_target() override;
  std::function<Mobject(Mobject)> function_;
};

// Every point p -> function(p); run_time 3 by default (DEFAULT_POINTWISE_FUNCTION_RUN_TIME).
class ApplyPointwiseFunction : public ApplyMethod {
 public:
  ApplyPointwiseFunction(std::function<Vec3(const Vec3&)> function, Mobject mobject,
                         const AnimArgs& args = {}, const PathArgs& path = {});
};

// Moves the mobject so its centre goes to function(centre), evaluated when it begins.
class ApplyPointwiseFunctionToCenter : public ApplyMethod {
 public:
  ApplyPointwiseFunctionToCenter(std::function<Vec3(const Vec3&)> function, Mobject mobject,
                                 const AnimArgs& args = {}, const PathArgs& path = {});
};

// p -> M (p - about_point) + about_point; a 2x2 matrix acts on x, y.
using Matrix3 = std::array<std::array<double, 3>, 3>;
class ApplyMatrix : public ApplyPointwiseFunction {
 public:
  ApplyMatrix(const Matrix3& matrix, Mobject mobject, const Vec3& about_point = ORIGIN,
              const AnimArgs& args = {}, const PathArgs& path = {});
  // From rows of numbers: 2x2 or 3x3, anything else throws std::invalid_argument.
  static Matrix3 to_matrix(const std::vector<std::vector<double>>& rows);
};

// Each point x + iy -> function(x + iy) (Manim's ApplyComplexFunction; straight path).
class ApplyComplexFunction : public ApplyMethod {
 public:
  ApplyComplexFunction(std::function<std::complex<double>(std::complex<double>)> function,
                       Mobject mobject, const AnimArgs& args = {}, const PathArgs& path = {});
};

class FadeToColor : public ApplyMethod {
 public:
  FadeToColor(Mobject mobject, const Color& color, const AnimArgs& args = {});
};

class ScaleInPlace : public ApplyMethod {
 public:
  ScaleInPlace(Mobject mobject, double scale_factor, const AnimArgs& args = {});
};

class ShrinkToCenter : public ScaleInPlace {
 public:
  explicit ShrinkToCenter(Mobject mobject, const AnimArgs& args = {});
};

// Transform back to the state saved with save_state().
class Restore : public ApplyMethod {
 public:
  explicit Restore(Mobject mobject, const AnimArgs& args = {}, const PathArgs& path = {});
};

// Each mobject moves to the place of the next one (the last to the first's), along a
// 90-degree arc by default.
class CyclicReplace : public Transform {
 public:
  explicit CyclicReplace(const std::vector<Mobject>& mobjects, const AnimArgs& args = {},
                         PathArgs path = {});

 protected:
  Mobject create_target() override;
};

class Swap : public CyclicReplace {
 public:
  Swap(const std::vector<Mobject>& mobjects, const AnimArgs& args = {}, PathArgs path = {});
};

struct FadeTransformArgs {
  bool stretch = true;  // match the other's width and height (else scale to dim_to_match)
  int dim_to_match = 1;
};

// Cross-fades `mobject` into `target`: each is ghosted onto the other's place; at the end the
// source is back in its state (save_state) but out of the scene and the target is in.
class FadeTransform : public Transform {
 public:
  FadeTransform(Mobject mobject, Mobject target, const AnimArgs& args = {},
                const FadeTransformArgs& fade = {});
  void begin() override;
  void clean_up_from_scene(Scene& scene) override;
  std::vector<Mobject> get_all_mobjects() const override;

 protected:
  std::vector<Mobject> get_zipped_mobjects() const override;
  virtual void ghost_to(Mobject source, const Mobject& target) const;
  void ghost_one(Mobject source, const Mobject& target) const;
  Mobject to_add_on_completion_;
  Mobject ending_mobject_;
  FadeTransformArgs fade_;
};

// FadeTransform piece by piece: submobjects matched after aligning their counts.
class FadeTransformPieces : public FadeTransform {
 public:
  FadeTransformPieces(Mobject mobject, Mobject target, const AnimArgs& args = {},
                      const FadeTransformArgs& fade = {});
  void begin() override;

 protected:
  void ghost_to(Mobject source, const Mobject& target) const override;
};

// Manim's Mobject.replace: fit `m` to `target`'s size (both dimensions when stretch, else the
// dim_to_match one) and move it onto target's centre. A zero-size dimension is left as is.
void replace_mobject(Mobject& m, const Mobject& target, int dim_to_match = 0, bool stretch = false);

}  // namespace manim
