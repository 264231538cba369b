// Mobject's saved copies (Manim's generate_target, save_state / restore), keyed updaters and the
// point functions the animations use (apply_complex_function, rotate_about_origin).
#include <algorithm>
#include <stdexcept>

#include "manim/mobject/mobject.hpp"
#include "mobject/family.hpp"

namespace manim {

namespace {
// A copy without its own saved copies, as Manim clears them before copying (no nesting).
std::shared_ptr<detail::MobjectNode> plain_copy(const std::shared_ptr<detail::MobjectNode>& n) {
  auto target = std::move(n->target);
  auto saved = std::move(n->saved_state);
  n->target.reset();
  n->saved_state.reset();
  auto copy = detail::deep_copy(n);
  n->target = std::move(target);
  n->saved_state = std::move(saved);
  return copy;
}
}  // namespace

Mobject& Mobject::generate_target() {
  n_->target = plain_copy(n_);
  return *this;
}

Mobject Mobject::target() const {
  if (!n_->target)
    throw std::logic_error(kind() +
                           " has no target; call generate_target() before MoveToTarget or .target");
  return Mobject(n_->target);
}

Mobject& Mobject::set_target(const Mobject& t) {
  n_->target = t.node_ptr();
  return *this;
}

Mobject& Mobject::save_state() {
  n_->saved_state = plain_copy(n_);
  return *this;
}

Mobject Mobject::saved_state() const {
  if (!n_->saved_state)
    throw std::logic_error(kind() + ": trying to restore without having saved; call save_state()");
  return Mobject(n_->saved_state);
}

Mobject& Mobject::restore() { return become(saved_state()); }

Mobject& Mobject::add_updater(Updater f, bool time_based, std::uintptr_t key,
                              std::optional<std::size_t> index, bool call_updater) {
  if (!f) throw std::invalid_argument("add_updater: the updater function is empty");
  detail::MobjectNode::UpdaterEntry e{f, time_based, key};
  auto& ups = n_->updaters;
  if (index)
    ups.insert(ups.begin() + static_cast<std::ptrdiff_t>(std::min(*index, ups.size())), e);
  else
    ups.push_back(e);
  if (call_updater) f(*this, 0);
  return *this;
}

Mobject& Mobject::remove_updater(std::uintptr_t key) {
  auto& ups = n_->updaters;
  ups.erase(
      std::remove_if(ups.begin(), ups.end(),
                     [key](const detail::MobjectNode::UpdaterEntry& e) { return e.key == key; }),
      ups.end());
  return *this;
}

Mobject& Mobject::apply_complex_function(
    const std::function<std::complex<double>(std::complex<double>)>& f) {
  return apply_function([&f](const Vec3& p) {
    const std::complex<double> z = f({p.x, p.y});
    return Vec3(z.real(), z.imag(), p.z);
  });
}

Mobject& Mobject::rotate_about_origin(double angle, const Vec3& axis) {
  return rotate(angle, axis, About{.about_point = ORIGIN});
}

}  // namespace manim
