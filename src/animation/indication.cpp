// Manim's indication.py (v0.18.0): Indicate, Flash, Circumscribe, ShowPassingFlash...
#include "manim/animation/indication.hpp"

#include <cmath>
#include <stdexcept>

#include "animation/anim_util.hpp"
#include "manim/animation/creation.hpp"
#include "manim/animation/fading.hpp"
#include "manim/animation/transform_family.hpp"
#include "manim/mobject/geometry.hpp"
#include "manim/scene/config.hpp"
#include "manim/scene/scene.hpp"
#include "mobject/family.hpp"

namespace manim {

namespace {
Vec3 point_of(const PointOrMobject& p) {
  if (const Vec3* v = std::get_if<Vec3>(&p)) return *v;
  return std::get<Mobject>(p).get_center();
}

// numpy.linspace(a, b, n)
std::vector<double> linspace(double a, double b, int n) {
  std::vector<double> out;
  if (n <= 0) return out;
  if (n == 1) return {a};
  const double step = (b - a) / (n - 1);
  for (int i = 0; i < n; ++i) out.push_back(i == n - 1 ? b : a + i * step);
  return out;
}
}  // namespace

// ---------------------------------------------------------------- ShowPartial / flashes

ShowPartial::ShowPartial(Mobject mobject, const AnimArgs& args) : Animation(mobject, args) {
  if (!mobject_.is_vectorized())
    throw std::invalid_argument(name_ + ": this animation only works on VMobjects, got a " +
                                mobject_.kind());
}

void ShowPartial::interpolate_submobject(std::vector<Mobject>& members, double sub_alpha) {
  if (!members[0].is_vectorized()) return;
  auto [lower, upper] = get_bounds(sub_alpha);
  detail::become_partial(members[0].node(), members[1].node(), lower, upper);
}

ShowPassingFlash::ShowPassingFlash(Mobject mobject, double time_width, const AnimArgs& args)
    : ShowPartial(mobject, detail::named(args, "ShowPassingFlash", mobject)),
      time_width_(time_width) {
  remover_ = true;
  introducer_ = true;
  apply_flags(args);
}

std::pair<double, double> ShowPassingFlash::get_bounds(double alpha) const {
  const double upper = alpha * (1 + time_width_);
  const double lower = upper - time_width_;
  return {std::max(lower, 0.0), std::min(upper, 1.0)};
}

void ShowPassingFlash::clean_up_from_scene(Scene& scene) {
  ShowPartial::clean_up_from_scene(scene);
  // The whole path again, for whoever uses the mobject next.
  std::vector<Mobject> mine = mobject_.family_members_with_points();
  std::vector<Mobject> start = starting_mobject_.family_members_with_points();
  for (std::size_t i = 0; i < mine.size() && i < start.size(); ++i)
    detail::become_partial(mine[i].node(), start[i].node(), 0, 1);
}

namespace {
std::vector<Anim> thinning_flashes(const Mobject& vm, const ThinningFlashArgs& a,
                                   const AnimArgs& args) {
  if (a.n_segments < 1)
    throw std::invalid_argument("ShowPassingFlashWithThinningStrokeWidth: n_segments must be >= 1");
  std::vector<Anim> anims;
  const std::vector<double> widths = linspace(0, vm.get_stroke_width(), a.n_segments);
  const std::vector<double> times = linspace(a.time_width, 0, a.n_segments);
  for (int i = 0; i < a.n_segments; ++i) {
    Mobject copy = vm.copy();
    copy.set_stroke(std::nullopt, widths[static_cast<std::size_t>(i)]);
    anims.emplace_back(ShowPassingFlash(copy, times[static_cast<std::size_t>(i)], args));
  }
  return anims;
}
}  // namespace

ShowPassingFlashWithThinningStrokeWidth::ShowPassingFlashWithThinningStrokeWidth(
    Mobject vmobject, const ThinningFlashArgs& a, const AnimArgs& args)
    : AnimationGroup(thinning_flashes(vmobject, a, args), GroupArgs{.remover = a.remover}) {
  name_ = "ShowPassingFlashWithThinningStrokeWidth";
}

// ---------------------------------------------------------------- Indicate, Flash

Indicate::Indicate(Mobject mobject, const IndicateArgs& a, const AnimArgs& args)
    : Transform(mobject, Mobject(), detail::named(args, "Indicate", mobject)), ind_(a) {
  if (!args.rate_func) rate_func_ = [](double t) { return there_and_back(t); };
}

Mobject Indicate::create_target() {
  Mobject target = mobject_.copy();
  target.scale(ind_.scale_factor);
  target.set_color(ind_.color);
  return target;
}

namespace {
VGroup flash_lines(const Vec3& p, const FlashArgs& a) {
  if (a.num_lines < 1) throw std::invalid_argument("Flash: num_lines must be >= 1");
  VGroup lines;
  // np.arange(0, TAU, TAU / num_lines)
  const double step = TAU / a.num_lines;
  const std::size_t n = static_cast<std::size_t>(std::ceil(TAU / step));
  for (std::size_t i = 0; i < n; ++i) {
    Line line(p, p + RIGHT * a.line_length);
    line.shift(RIGHT * a.flash_radius);
    line.rotate(static_cast<double>(i) * step, OUT, About{.about_point = p});
    lines.add(line);
  }
  lines.set_color(a.color);
  lines.set_stroke(std::nullopt, a.line_stroke_width);
  return lines;
}

std::vector<Anim> flash_anims(const VGroup& lines, const FlashArgs& a, AnimArgs args) {
  args.run_time = a.run_time;
  std::vector<Anim> anims;
  for (const Mobject& l : lines) anims.emplace_back(ShowPassingFlash(l, a.time_width, args));
  return anims;
}
}  // namespace

Flash::Flash(const PointOrMobject& point, const FlashArgs& a, const AnimArgs& args)
    : Flash(point_of(point), a, args, flash_lines(point_of(point), a)) {}

Flash::Flash(const Vec3&, const FlashArgs& a, const AnimArgs& args, VGroup lines)
    : AnimationGroup(flash_anims(lines, a, args), GroupArgs{}, lines), lines_(lines) {
  name_ = "Flash";
}

// ---------------------------------------------------------------- Circumscribe & co

namespace {
std::vector<Anim> circumscribe_anims(const Mobject& m, const CircumscribeArgs& a) {
  Mobject frame;
  if (a.shape == CircumscribeShape::Rectangle) {
    frame =
        SurroundingRectangle(m, {.color = a.color, .stroke_width = a.stroke_width, .buff = a.buff});
  } else {
    Circle c({.color = a.color, .stroke_width = a.stroke_width});
    // Circle.surround(m, buffer_factor=1): over the mobject, as wide as its diagonal.
    replace_mobject(c, m, 0, false);
    c.scale_to_fit_width(std::hypot(m.width(), m.height()));
    const double radius = c.width() / 2;
    if (radius > 0) c.scale((radius + a.buff) / radius);
    frame = c;
  }
  AnimArgs half;
  half.run_time = a.run_time / 2;
  if (a.fade_in && a.fade_out)
    return {FadeIn(frame, {.run_time = a.run_time / 2}),
            FadeOut(frame, {.run_time = a.run_time / 2})};
  if (a.fade_in) {
    // Manim reverses the frame so it is erased from where the fade-in left it.
    auto& pts = frame.node().points;
    std::reverse(pts.begin(), pts.end());
    return {FadeIn(frame, {.run_time = a.run_time / 2}), Uncreate(frame, half)};
  }
  if (a.fade_out) return {Create(frame, half), FadeOut(frame, {.run_time = a.run_time / 2})};
  AnimArgs full;
  full.run_time = a.run_time;
  return {ShowPassingFlash(frame, a.time_width, full)};
}
}  // namespace

Circumscribe::Circumscribe(Mobject mobject, const CircumscribeArgs& a, const GroupArgs& args)
    : Succession(circumscribe_anims(mobject, a), args) {
  name_ = "Circumscribe";
}

ShowCreationThenFadeOut::ShowCreationThenFadeOut(Mobject mobject, GroupArgs args)
    : Succession({Create(mobject), FadeOut(mobject)}, [&] {
        if (!args.remover) args.remover = true;
        return args;
      }()) {
  name_ = "ShowCreationThenFadeOut";
}

// ---------------------------------------------------------------- ApplyWave, Wiggle

namespace {
HomotopyFunc wave_homotopy(const Mobject& m, const ApplyWaveArgs& a) {
  const double x_min = m.get_left().x, x_max = m.get_right().x;
  const double n = a.direction.norm();
  const Vec3 vect = n == 0 ? ORIGIN : a.direction * (a.amplitude / n);
  const RateFunc wave_func =
      a.wave_func ? a.wave_func : RateFunc([](double t) { return smooth(t); });
  const int ripples = a.ripples;
  const double time_width = a.time_width;
  auto wave = [wave_func, ripples](double t) -> double {
    t = 1 - t;
    if (t >= 1 || t <= 0) return 0;
    const int phases = ripples * 2;
    int phase = static_cast<int>(t * phases);
    if (phase == 0) return wave_func(t * phases);
    if (phase == phases - 1) {
      t -= static_cast<double>(phase) / phases;
      return (1 - wave_func(t * phases)) * (2 * (ripples % 2) - 1);
    }
    phase = (phase - 1) / 2;
    t -= static_cast<double>(2 * phase + 1) / phases;
    return (1 - 2 * wave_func(t * ripples)) * (1 - 2 * (phase % 2));
  };
  return [=](double x, double y, double z, double t) {
    const double upper = t * (1 + time_width);
    const double lower = upper - time_width;
    // Manim's inverse_interpolate(a, b, v) = (v - a) / (b - a).
    const double relative_x = (x - x_min) / (x_max - x_min);
    const double wave_phase = (relative_x - lower) / (upper - lower);
    return Vec3(x, y, z) + vect * wave(wave_phase);
  };
}
}  // namespace

ApplyWave::ApplyWave(Mobject mobject, const ApplyWaveArgs& a, const AnimArgs& args)
    : Homotopy(wave_homotopy(mobject, a), mobject, [&] {
        AnimArgs r = args;
        if (!r.run_time) r.run_time = 2;
        return detail::named(r, "ApplyWave", mobject);
      }()) {
  if (a.ripples < 1) throw std::invalid_argument(name_ + ": ripples must be >= 1");
}

Wiggle::Wiggle(Mobject mobject, const WiggleArgs& a, const AnimArgs& args)
    : Animation(mobject,
                [&] {
                  AnimArgs r = args;
                  if (!r.run_time) r.run_time = 2;
                  return detail::named(r, "Wiggle", mobject);
                }()),
      w_(a) {}

Vec3 Wiggle::get_scale_about_point() const {
  return w_.scale_about_point ? *w_.scale_about_point : mobject_.get_center();
}
Vec3 Wiggle::get_rotate_about_point() const {
  return w_.rotate_about_point ? *w_.rotate_about_point : mobject_.get_center();
}

void Wiggle::interpolate_submobject(std::vector<Mobject>& members, double alpha) {
  Mobject& sub = members[0];
  sub.node().points = members[1].node().points;
  sub.scale((1 - there_and_back(alpha)) * 1.0 + there_and_back(alpha) * w_.scale_value,
            About{.about_point = get_scale_about_point()});
  sub.rotate(rate_functions::wiggle(alpha, w_.n_wiggles) * w_.rotation_angle, OUT,
             About{.about_point = get_rotate_about_point()});
}

// ---------------------------------------------------------------- FocusOn

FocusOn::FocusOn(const PointOrMobject& focus_point, const FocusOnArgs& a, const AnimArgs& args)
    : Transform(Dot(ORIGIN, {.fill_color = a.color,
                             .fill_opacity = 0,
                             .stroke_width = 0,
                             .radius = config().frame_width / 2 + config().frame_height / 2}),
                Mobject(),
                [&] {
                  AnimArgs r = args;
                  if (!r.run_time) r.run_time = 2;
                  r.name = r.name.empty() ? "FocusOn" : r.name;
                  return r;
                }()),
      focus_(focus_point),
      f_(a) {
  remover_ = true;
  apply_flags(args);
}

Mobject FocusOn::create_target() {
  Dot little({.radius = 0});
  little.set_fill(f_.color, f_.opacity);
  PointOrMobject focus = focus_;
  little.add_updater([focus](Mobject& d) { d.move_to(point_of(focus)); });
  return little;
}

}  // namespace manim
