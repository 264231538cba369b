// TransformMatchingShapes / TransformMatchingTex: Manim's transform_matching_parts.py.
#include "manim/animation/transform_matching_parts.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

#include "animation/anim_util.hpp"
#include "manim/animation/fading.hpp"
#include "manim/animation/transform_family.hpp"
#include "manim/mobject/tex.hpp"
#include "manim/mobject/vmobject.hpp"
#include "manim/scene/scene.hpp"

namespace manim {

namespace {

// key -> the parts with that key, in first-seen order (Manim's dict of VGroups).
using ShapeMap = std::vector<std::pair<std::string, std::vector<Mobject>>>;

ShapeMap shape_map(const Mobject& m, std::vector<Mobject> (*parts)(const Mobject&),
                   std::string (*key)(const Mobject&)) {
  ShapeMap out;
  for (const Mobject& part : parts(m)) {
    const std::string k = key(part);
    auto it = std::find_if(out.begin(), out.end(), [&](const auto& e) { return e.first == k; });
    if (it == out.end())
      out.push_back({k, {part}});
    else
      it->second.push_back(part);
  }
  return out;
}

const std::vector<Mobject>* find(const ShapeMap& m, const std::string& k) {
  for (const auto& e : m)
    if (e.first == k) return &e.second;
  return nullptr;
}

void erase(ShapeMap& m, const std::string& k) {
  m.erase(std::remove_if(m.begin(), m.end(), [&](const auto& e) { return e.first == k; }), m.end());
}

// Manim's group_type: VGroup for a VMobject source, else Group. Manim adds each key's VGroup
// as one submobject.
Mobject make_group(bool vectorized, const std::vector<Mobject>& items) {
  if (vectorized) return VGroup(items);
  return Group(items);
}

Mobject sub_group(const std::vector<Mobject>& parts) { return VGroup(parts); }

FadeArgs fade_args(const AnimArgs& a, const Vec3& target_position) {
  FadeArgs f;
  f.run_time = a.run_time;
  f.rate_func = a.rate_func;
  f.lag_ratio = a.lag_ratio;
  f.target_position = target_position;
  return f;
}

}  // namespace

struct TransformMatchingAbstractBase::Built {
  std::vector<Anim> anims;
  std::vector<Mobject> to_remove;
  Mobject to_add;
};

TransformMatchingAbstractBase::Built TransformMatchingAbstractBase::build(
    const Mobject& mobject, const Mobject& target, const TransformMatchingArgs& m,
    const AnimArgs& args, PartsFn parts, KeyFn key) {
  const bool vec = mobject.is_vectorized();
  ShapeMap source_map = shape_map(mobject, parts, key);
  ShapeMap target_map = shape_map(target, parts, key);

  // Matching keys: one Transform between two groups whose submobjects pair up.
  std::vector<Mobject> src, tgt;
  for (const auto& [k, pieces] : source_map)
    if (const auto* t = find(target_map, k)) {
      src.push_back(sub_group(pieces));
      tgt.push_back(sub_group(*t));
    }
  Built b;
  b.anims.emplace_back(Transform(make_group(vec, src), make_group(vec, tgt), args));

  // key_map: parts the user pairs although their keys differ.
  std::vector<Mobject> ksrc, ktgt;
  for (const auto& [k1, k2] : m.key_map) {
    const auto* s = find(source_map, k1);
    const auto* t = find(target_map, k2);
    if (!s || !t) continue;
    ksrc.push_back(sub_group(*s));
    ktgt.push_back(sub_group(*t));
    erase(source_map, k1);
    erase(target_map, k2);
  }
  if (!ksrc.empty())
    b.anims.emplace_back(FadeTransformPieces(make_group(vec, ksrc), make_group(vec, ktgt), args));

  std::vector<Mobject> fsrc, ftgt;
  for (const auto& [k, pieces] : source_map)
    if (!find(target_map, k)) fsrc.push_back(sub_group(pieces));
  for (const auto& [k, pieces] : target_map)
    if (!find(source_map, k)) ftgt.push_back(sub_group(pieces));
  Mobject fade_source = make_group(vec, fsrc);
  Mobject fade_target = make_group(vec, ftgt);
  Mobject fade_target_copy = fade_target.copy();
  if (m.transform_mismatches) {
    Transform t(fade_source, fade_target, args);
    t.set_replace_mobject_with_target_in_scene(true);
    b.anims.emplace_back(std::move(t));
  } else if (m.fade_transform_mismatches) {
    b.anims.emplace_back(FadeTransformPieces(fade_source, fade_target, args));
  } else {
    // An empty target group has its centre at the origin (Manim's get_center of no points).
    const Vec3 towards = fade_target.get_center();
    b.anims.emplace_back(FadeOut(fade_source, fade_args(args, towards)));
    b.anims.emplace_back(FadeIn(fade_target_copy, fade_args(args, towards)));
  }
  for (Anim& a : b.anims)
    if (auto* t = dynamic_cast<Transform*>(&*a)) t->set_path(m.path);
  b.to_remove = {mobject, fade_target_copy};
  b.to_add = target;
  return b;
}

TransformMatchingAbstractBase::TransformMatchingAbstractBase(const Mobject& mobject,
                                                             const Mobject& target,
                                                             const TransformMatchingArgs& m,
                                                             const AnimArgs& args, PartsFn parts,
                                                             KeyFn key, const char* cls)
    : TransformMatchingAbstractBase(build(mobject, target, m, args, parts, key), cls) {
  (void)mobject;
}

TransformMatchingAbstractBase::TransformMatchingAbstractBase(Built b, const char* cls)
    // Manim passes no keywords to the group itself: linear, lag 0, run_time from the children.
    : AnimationGroup(std::move(b.anims), GroupArgs{}),
      to_remove_(std::move(b.to_remove)),
      to_add_(std::move(b.to_add)) {
  name_ = cls;
}

void TransformMatchingAbstractBase::clean_up_from_scene(Scene& scene) {
  for (const Anim& a : anims_) a->interpolate(0);
  scene.remove(mobject_);
  scene.remove(to_remove_);
  scene.add(to_add_);
}

// ---------------------------------------------------------------- TransformMatchingShapes

TransformMatchingShapes::TransformMatchingShapes(const Mobject& mobject, const Mobject& target,
                                                 const TransformMatchingArgs& m,
                                                 const AnimArgs& args)
    : TransformMatchingAbstractBase(mobject, target, m, args, &get_mobject_parts, &get_mobject_key,
                                    "TransformMatchingShapes") {}

std::vector<Mobject> TransformMatchingShapes::get_mobject_parts(const Mobject& m) {
  return m.family_members_with_points();
}

std::string TransformMatchingShapes::get_mobject_key(const Mobject& m) {
  // On a copy (Manim: save_state, normalise, restore). The family moves with the part, the key
  // reads the part's own points.
  Mobject c = m.copy();
  c.center();
  if (c.height() != 0) c.set_height(1);
  std::string key;
  key.reserve(c.points().size() * 3 * sizeof(double));
  for (const Vec3& p : c.points())
    for (int d = 0; d < 3; ++d) {
      // np.round(x, 3): round half to even of x * 1000, then / 1000 (keeps -0.0, as bytes do).
      const double r = std::nearbyint(p[d] * 1000.0) / 1000.0;
      char bytes[sizeof(double)];
      std::memcpy(bytes, &r, sizeof r);
      key.append(bytes, sizeof bytes);
    }
  return key;
}

// ---------------------------------------------------------------- TransformMatchingTex

TransformMatchingTex::TransformMatchingTex(const Mobject& mobject, const Mobject& target,
                                           const TransformMatchingArgs& m, const AnimArgs& args)
    : TransformMatchingAbstractBase(mobject, target, m, args, &get_mobject_parts, &get_mobject_key,
                                    "TransformMatchingTex") {}

std::vector<Mobject> TransformMatchingTex::get_mobject_parts(const Mobject& m) {
  if (m.is<SingleStringMathTex>()) return m.submobjects();
  if (m.is<Group>() || m.is<VGroup>()) {
    std::vector<Mobject> out;
    for (const Mobject& s : m.submobjects()) {
      std::vector<Mobject> p = get_mobject_parts(s);
      out.insert(out.end(), p.begin(), p.end());
    }
    return out;
  }
  throw std::invalid_argument("TransformMatchingTex: " + m.kind() +
                              " is not a MathTex / Tex (or a group of them); use "
                              "TransformMatchingShapes for other mobjects");
}

std::string TransformMatchingTex::get_mobject_key(const Mobject& m) {
  if (!m.is<SingleStringMathTex>())
    throw std::invalid_argument("TransformMatchingTex: the part " + m.kind() +
                                " has no tex_string (is it a MathTex's submobject?)");
  return m.as<SingleStringMathTex>().tex_string();
}

}  // namespace manim
