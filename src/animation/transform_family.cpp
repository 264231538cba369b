// Manim's transform.py beyond Transform itself (v0.18.0 semantics).
#include "manim/animation/transform_family.hpp"

#include <cmath>
#include <stdexcept>

#include "animation/anim_util.hpp"
#include "manim/scene/scene.hpp"
#include "mobject/path_ops.hpp"

namespace manim {

namespace {
constexpr double kPointwiseRunTime = 3.0;  // Manim's DEFAULT_POINTWISE_FUNCTION_RUN_TIME

AnimArgs with_run_time(AnimArgs a, double rt) {
  if (!a.run_time) a.run_time = rt;
  return a;
}

PathArgs with_arc(PathArgs p, double arc) {
  if (!p.path_arc) p.path_arc = arc;
  return p;
}

void rescale_to_fit(Mobject& m, double length, int dim, bool stretch) {
  const double old = m.length_over_dim(dim);
  if (old == 0) return;
  if (stretch)
    m.stretch(length / old, dim);
  else
    m.scale(length / old);
}
}  // namespace

void replace_mobject(Mobject& m, const Mobject& target, int dim_to_match, bool stretch) {
  if (dim_to_match < 0 || dim_to_match > 2)
    throw std::invalid_argument("replace: dim_to_match must be 0, 1 or 2, got " +
                                std::to_string(dim_to_match));
  if (stretch) {
    rescale_to_fit(m, target.width(), 0, true);
    rescale_to_fit(m, target.height(), 1, true);
  } else {
    rescale_to_fit(m, target.length_over_dim(dim_to_match), dim_to_match, false);
  }
  m.shift(target.get_center() - m.get_center());
}

// ---------------------------------------------------------------- TransformFromCopy & co

TransformFromCopy::TransformFromCopy(Mobject mobject, Mobject target, const AnimArgs& args,
                                     const PathArgs& path)
    : Transform(target, mobject, detail::named(args, "TransformFromCopy", target), path) {}

void TransformFromCopy::interpolate(double alpha) { Transform::interpolate(1 - alpha); }

ClockwiseTransform::ClockwiseTransform(Mobject mobject, Mobject target, const AnimArgs& args,
                                       PathArgs path)
    : Transform(mobject, std::move(target), detail::named(args, "ClockwiseTransform", mobject),
                with_arc(std::move(path), -PI)) {}

CounterclockwiseTransform::CounterclockwiseTransform(Mobject mobject, Mobject target,
                                                     const AnimArgs& args, PathArgs path)
    : Transform(mobject, std::move(target),
                detail::named(args, "CounterclockwiseTransform", mobject),
                with_arc(std::move(path), PI)) {}

MoveToTarget::MoveToTarget(Mobject mobject, const AnimArgs& args, const PathArgs& path)
    : Transform(mobject, mobject.has_target() ? mobject.target() : Mobject(),
                detail::named(args, "MoveToTarget", mobject), path) {
  if (!mobject.has_target())
    throw std::invalid_argument("MoveToTarget: the " + mobject.kind() +
                                " has no target; call generate_target() first");
}

// ---------------------------------------------------------------- ApplyMethod & co

ApplyMethod::ApplyMethod(Mobject mobject, std::function<void(Mobject&)> method,
                         const AnimArgs& args, const PathArgs& path)
    : Transform(mobject, Mobject(), detail::named(args, "ApplyMethod", mobject), path),
      method_(std::move(method)) {
  if (!method_) throw std::invalid_argument(name_ + ": the method is empty");
}

Mobject ApplyMethod::create_target() {
  Mobject target = mobject_.copy();
  method_(target);
  return target;
}

ApplyFunction::ApplyFunction(std::function<Mobject(Mobject)> function, Mobject mobject,
                             const AnimArgs& args, const PathArgs& path)
    : Transform(mobject, Mobject(), detail::named(args, "ApplyFunction", mobject), path),
      function_(std::move(function)) {
  if (!function_) throw std::invalid_argument(name_ + ": the function is empty");
}

Mobject ApplyFunction::create_target() {
  Mobject target = function_(mobject_.copy());
  if (!target.node_ptr())
    throw std::invalid_argument(name_ + ": the function must return a Mobject");
  return target;
}

ApplyPointwiseFunction::ApplyPointwiseFunction(std::function<Vec3(const Vec3&)> function,
                                               Mobject mobject, const AnimArgs& args,
                                               const PathArgs& path)
    : ApplyMethod(
          mobject,
          [function](Mobject& t) {
            if (!function) throw std::invalid_argument("ApplyPointwiseFunction: empty function");
            t.apply_function(function);
          },
          detail::named(with_run_time(args, kPointwiseRunTime), "ApplyPointwiseFunction", mobject),
          path) {}

ApplyPointwiseFunctionToCenter::ApplyPointwiseFunctionToCenter(
    std::function<Vec3(const Vec3&)> function, Mobject mobject, const AnimArgs& args,
    const PathArgs& path)
    : ApplyMethod(
          mobject,
          [function](Mobject& t) {
            if (!function)
              throw std::invalid_argument("ApplyPointwiseFunctionToCenter: empty function");
            t.move_to(function(t.get_center()));
          },
          detail::named(with_run_time(args, kPointwiseRunTime), "ApplyPointwiseFunctionToCenter",
                        mobject),
          path) {}

Matrix3 ApplyMatrix::to_matrix(const std::vector<std::vector<double>>& rows) {
  Matrix3 m{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
  const std::size_t n = rows.size();
  if (n != 2 && n != 3)
    throw std::invalid_argument("ApplyMatrix: matrix has bad dimensions (" + std::to_string(n) +
                                " rows); pass a 2x2 or 3x3 matrix");
  for (std::size_t i = 0; i < n; ++i) {
    if (rows[i].size() != n)
      throw std::invalid_argument("ApplyMatrix: matrix has bad dimensions (row " +
                                  std::to_string(i) + " has " + std::to_string(rows[i].size()) +
                                  " entries); pass a 2x2 or 3x3 matrix");
    for (std::size_t j = 0; j < n; ++j) m[i][j] = rows[i][j];
  }
  return m;
}

ApplyMatrix::ApplyMatrix(const Matrix3& matrix, Mobject mobject, const Vec3& about_point,
                         const AnimArgs& args, const PathArgs& path)
    : ApplyPointwiseFunction(
          [matrix, about_point](const Vec3& p) {
            const Vec3 d = p - about_point;
            Vec3 r;
            for (int i = 0; i < 3; ++i)
              r[static_cast<std::size_t>(i)] =
                  matrix[i][0] * d.x + matrix[i][1] * d.y + matrix[i][2] * d.z;
            return r + about_point;
          },
          mobject, detail::named(args, "ApplyMatrix", mobject), path) {
  for (const auto& row : matrix)
    for (double v : row)
      if (!std::isfinite(v))
        throw std::invalid_argument("ApplyMatrix: matrix entries must be finite");
}

ApplyComplexFunction::ApplyComplexFunction(
    std::function<std::complex<double>(std::complex<double>)> function, Mobject mobject,
    const AnimArgs& args, const PathArgs& path)
    : ApplyMethod(
          mobject,
          [function](Mobject& t) {
            if (!function) throw std::invalid_argument("ApplyComplexFunction: empty function");
            t.apply_complex_function(function);
          },
          detail::named(args, "ApplyComplexFunction", mobject), path) {}

FadeToColor::FadeToColor(Mobject mobject, const Color& color, const AnimArgs& args)
    : ApplyMethod(
          mobject, [color](Mobject& t) { t.set_color(color); },
          detail::named(args, "FadeToColor", mobject)) {}

ScaleInPlace::ScaleInPlace(Mobject mobject, double scale_factor, const AnimArgs& args)
    : ApplyMethod(
          mobject, [scale_factor](Mobject& t) { t.scale(scale_factor); },
          detail::named(args, "ScaleInPlace", mobject)) {
  detail::require_finite("ScaleInPlace", "scale_factor", scale_factor);
}

ShrinkToCenter::ShrinkToCenter(Mobject mobject, const AnimArgs& args)
    : ScaleInPlace(mobject, 0, detail::named(args, "ShrinkToCenter", mobject)) {}

Restore::Restore(Mobject mobject, const AnimArgs& args, const PathArgs& path)
    : ApplyMethod(
          mobject, [](Mobject& t) { t.restore(); }, detail::named(args, "Restore", mobject), path) {
  if (!mobject.has_saved_state())
    throw std::invalid_argument("Restore: the " + mobject.kind() +
                                " has no saved state; call save_state() first");
}

// ---------------------------------------------------------------- CyclicReplace

namespace {
Mobject group_of(const std::vector<Mobject>& ms, const char* cls) {
  if (ms.empty()) throw std::invalid_argument(std::string(cls) + ": needs at least one mobject");
  return Group(ms);
}
}  // namespace

CyclicReplace::CyclicReplace(const std::vector<Mobject>& mobjects, const AnimArgs& args,
                             PathArgs path)
    : Transform(group_of(mobjects, "CyclicReplace"), Mobject(),
                detail::named(args, "CyclicReplace", Group()),
                with_arc(std::move(path), 90 * DEGREES)) {}

Mobject CyclicReplace::create_target() {
  Mobject target = mobject_.copy();
  const std::size_t n = target.size();
  for (std::size_t i = 0; i < n; ++i) {
    // target[i - 1] (cyclically) goes where group[i] is.
    Mobject m1 = target[static_cast<long>((i + n - 1) % n)];
    m1.move_to(mobject_[static_cast<long>(i)]);
  }
  return target;
}

Swap::Swap(const std::vector<Mobject>& mobjects, const AnimArgs& args, PathArgs path)
    : CyclicReplace(mobjects, detail::named(args, "Swap", Group()), std::move(path)) {}

// ---------------------------------------------------------------- FadeTransform

FadeTransform::FadeTransform(Mobject mobject, Mobject target, const AnimArgs& args,
                             const FadeTransformArgs& fade)
    : Transform((mobject.save_state(), Mobject(Group(mobject, target.copy()))), Mobject(),
                detail::named(args, "FadeTransform", mobject)),
      to_add_on_completion_(std::move(target)),
      fade_(fade) {
  if (fade_.dim_to_match < 0 || fade_.dim_to_match > 2)
    throw std::invalid_argument(name_ + ": dim_to_match must be 0, 1 or 2");
}

void FadeTransform::begin() {
  ending_mobject_ = mobject_.copy();
  Animation::begin();  // no alignment: start and end are copies of the same group
  ghost_to(starting_mobject_[1], starting_mobject_[0]);
  ghost_to(ending_mobject_[0], ending_mobject_[1]);
}

void FadeTransform::ghost_one(Mobject source, const Mobject& target) const {
  if (target.has_points() || !target.empty())
    replace_mobject(source, target, fade_.dim_to_match, fade_.stretch);
  source.set_opacity(0);
}

void FadeTransform::ghost_to(Mobject source, const Mobject& target) const {
  ghost_one(std::move(source), target);
}

std::vector<Mobject> FadeTransform::get_all_mobjects() const {
  return {mobject_, starting_mobject_, ending_mobject_};
}

std::vector<Mobject> FadeTransform::get_zipped_mobjects() const {
  return {mobject_, starting_mobject_, ending_mobject_};
}

void FadeTransform::clean_up_from_scene(Scene& scene) {
  Animation::clean_up_from_scene(scene);
  scene.remove(mobject_);
  Mobject source = mobject_[0];
  source.restore();
  scene.add(to_add_on_completion_);
}

FadeTransformPieces::FadeTransformPieces(Mobject mobject, Mobject target, const AnimArgs& args,
                                         const FadeTransformArgs& fade)
    : FadeTransform(mobject, std::move(target), detail::named(args, "FadeTransformPieces", mobject),
                    fade) {}

void FadeTransformPieces::begin() {
  Mobject a = mobject_[0], b = mobject_[1];
  detail::align_structure(a, b);
  FadeTransform::begin();
}

void FadeTransformPieces::ghost_to(Mobject source, const Mobject& target) const {
  const std::vector<Mobject> fs = source.get_family(), ft = target.get_family();
  for (std::size_t i = 0; i < fs.size() && i < ft.size(); ++i) ghost_one(fs[i], ft[i]);
}

}  // namespace manim
