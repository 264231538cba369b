// Homotopy, ComplexHomotopy, PhaseFlow, MoveAlongPath, Rotating, Rotate (Manim's movement.py,
// rotation.py).
#include "manim/animation/movement.hpp"

#include <stdexcept>

#include "animation/anim_util.hpp"
#include "manim/mobject/vmobject.hpp"

namespace manim {

namespace {
AnimArgs defaults(AnimArgs a, double run_time, bool linear_rate, const char* cls,
                  const Mobject& m) {
  if (!a.run_time) a.run_time = run_time;
  if (linear_rate && !a.rate_func) a.rate_func = detail::manim_linear;
  return detail::named(std::move(a), cls, m);
}
}  // namespace

Homotopy::Homotopy(HomotopyFunc homotopy, Mobject mobject, const AnimArgs& args)
    : Animation(mobject, defaults(args, 3.0, false, "Homotopy", mobject)),
      homotopy_(std::move(homotopy)) {
  if (!homotopy_) throw std::invalid_argument(name_ + ": the homotopy function is empty");
}

void Homotopy::interpolate_submobject(std::vector<Mobject>& members, double t) {
  // Manim: the member takes the starting points, then apply_function (VMobject's, with its
  // handle rule) over the member's family.
  members[0].node().points = members[1].node().points;
  members[0].apply_function([this, t](const Vec3& p) { return homotopy_(p.x, p.y, p.z, t); });
}

ComplexHomotopy::ComplexHomotopy(
    std::function<std::complex<double>(std::complex<double>, double)> f, Mobject mobject,
    const AnimArgs& args)
    : Homotopy(
          [f](double x, double y, double z, double t) {
            const std::complex<double> c = f({x, y}, t);
            return Vec3(c.real(), c.imag(), z);
          },
          mobject, detail::named(args, "ComplexHomotopy", mobject)) {
  if (!f) throw std::invalid_argument(name_ + ": the function is empty");
}

PhaseFlow::PhaseFlow(std::function<Vec3(const Vec3&)> function, Mobject mobject,
                     double virtual_time, const AnimArgs& args)
    : Animation(mobject, defaults(args, 1.0, true, "PhaseFlow", mobject)),
      function_(std::move(function)),
      virtual_time_(virtual_time) {
  if (!function_) throw std::invalid_argument(name_ + ": the function is empty");
  if (!args.suspend_mobject_updating) suspend_mobject_updating_ = false;
}

void PhaseFlow::interpolate(double alpha) {
  if (last_alpha_) {
    const double dt = virtual_time_ * (rate_func_(alpha) - rate_func_(*last_alpha_));
    mobject_.apply_function([this, dt](const Vec3& p) { return p + function_(p) * dt; });
  }
  last_alpha_ = alpha;
}

MoveAlongPath::MoveAlongPath(Mobject mobject, Mobject path, const AnimArgs& args)
    : Animation(mobject, detail::named(args, "MoveAlongPath", mobject)), path_(std::move(path)) {
  if (!path_.is<VMobject>())
    throw std::invalid_argument(name_ + ": the path must be a VMobject, got a " + path_.kind());
  if (!args.suspend_mobject_updating) suspend_mobject_updating_ = false;
}

void MoveAlongPath::interpolate(double alpha) {
  mobject_.move_to(path_.as<VMobject>().point_from_proportion(rate_func_(alpha)));
}

Rotating::Rotating(Mobject mobject, double radians, const RotationArgs& a, const AnimArgs& args)
    : Animation(mobject, defaults(args, 5.0, true, "Rotating", mobject)),
      radians_(radians),
      rot_(a) {}

void Rotating::interpolate(double alpha) {
  mobject_.become(starting_mobject_);
  mobject_.rotate(rate_func_(alpha) * radians_, rot_.axis,
                  About{.about_point = rot_.about_point, .about_edge = rot_.about_edge});
}

namespace {
RotationArgs centred(RotationArgs a, const Mobject& m) {
  if (!a.about_point) a.about_point = m.get_center();  // Manim: then about_edge is unused
  return a;
}
PathArgs rotate_path(PathArgs p, double angle, const RotationArgs& a) {
  if (!p.path_arc) p.path_arc = angle;
  if (p.path_arc_axis == OUT) p.path_arc_axis = a.axis;
  p.path_arc_centers = a.about_point;
  return p;
}
}  // namespace

Rotate::Rotate(Mobject mobject, double angle, const RotationArgs& a, const AnimArgs& args,
               PathArgs path)
    : Transform(mobject, Mobject(), detail::named(args, "Rotate", mobject),
                rotate_path(std::move(path), angle, centred(a, mobject))),
      angle_(angle),
      rot_(centred(a, mobject)) {}

Mobject Rotate::create_target() {
  Mobject target = mobject_.copy();
  target.rotate(angle_, rot_.axis,
                About{.about_point = rot_.about_point, .about_edge = rot_.about_edge});
  return target;
}

}  // namespace manim
