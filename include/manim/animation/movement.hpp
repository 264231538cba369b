// Movements (manim/animation/movement.py and rotation.py, v0.18.0): Homotopy, ComplexHomotopy,
// PhaseFlow, MoveAlongPath, Rotating, Rotate.
#pragma once
#include <complex>
#include <functional>

#include "manim/animation/transform.hpp"

namespace manim {

// (x, y, z, t) -> the point at time t (t = rate_func(alpha)).
using HomotopyFunc = std::function<Vec3(double x, double y, double z, double t)>;

// Each frame the points are the starting points sent through homotopy(., t); run_time 3.
class Homotopy : public Animation {
 public:
  Homotopy(HomotopyFunc homotopy, Mobject mobject, const AnimArgs& args = {});
  void interpolate_submobject(std::vector<Mobject>& members, double sub_alpha) override;

 protected:
  HomotopyFunc homotopy_;
};

// z = x + iy -> f(z, t), z coordinate kept.
class ComplexHomotopy : public Homotopy {
 public:
  ComplexHomotopy(std::function<std::complex<double>(std::complex<double>, double)> f,
                  Mobject mobject, const AnimArgs& args = {});
};

// Flows the points along the vector field `function` for virtual_time (Euler steps, one per
// frame); rate linear, updaters keep running.
class PhaseFlow : public Animation {
 public:
  PhaseFlow(std::function<Vec3(const Vec3&)> function, Mobject mobject, double virtual_time = 1,
            const AnimArgs& args = {});
  void interpolate(double alpha) override;

 private:
  std::function<Vec3(const Vec3&)> function_;
  double virtual_time_;
  std::optional<double> last_alpha_;
};

// Moves the mobject's centre along the path (by arc length proportion); updaters keep running.
class MoveAlongPath : public Animation {
 public:
  MoveAlongPath(Mobject mobject, Mobject path, const AnimArgs& args = {});
  void interpolate(double alpha) override;

 private:
  Mobject path_;
};

struct RotationArgs {
  Vec3 axis = OUT;
  std::optional<Vec3> about_point{};
  std::optional<Vec3> about_edge{};
};

// Turns by `radians` over the animation (run_time 5, rate linear), redrawn from the start each
// frame, so a full turn comes back exactly.
class Rotating : public Animation {
 public:
  explicit Rotating(Mobject mobject, double radians = TAU, const RotationArgs& a = {},
                    const AnimArgs& args = {});
  void interpolate(double alpha) override;

 private:
  double radians_;
  RotationArgs rot_;
};

// Transform to the rotated copy, every point moving on its circle about about_point (default
// the centre): Rotate(m, 2 * TAU) spins twice.
class Rotate : public Transform {
 public:
  explicit Rotate(Mobject mobject, double angle = PI, const RotationArgs& a = {},
                  const AnimArgs& args = {}, PathArgs path = {});

 protected:
  Mobject create_target() override;
  double angle_;
  RotationArgs rot_;
};

}  // namespace manim
