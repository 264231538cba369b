#include "mobject/style_sharing.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace manim::detail {

namespace {

// Nodes holding the same array of one kind.
struct Group {
  std::vector<std::weak_ptr<MobjectNode>> members;
};

struct Entry {
  std::weak_ptr<MobjectNode> self;  // tells a live node from a dead one at the same address
  std::array<std::shared_ptr<Group>, 3> groups;
  bool empty() const { return !groups[0] && !groups[1] && !groups[2]; }
};

std::mutex mu;
std::unordered_map<const MobjectNode*, Entry> registry;
std::atomic<bool> any_shared{false};
std::size_t prune_at = 64;

std::size_t count_of(const std::vector<Color>& stops) {
  return std::max<std::size_t>(1, stops.size());
}

void copy_kind(const VStyle& from, VStyle& to, int k) {
  switch (k) {
    case 0:
      to.fill_color = from.fill_color;
      to.fill_opacity = from.fill_opacity;
      to.fill_rgbas = from.fill_rgbas;
      break;
    case 1:
      to.stroke_color = from.stroke_color;
      to.stroke_opacity = from.stroke_opacity;
      to.stroke_rgbas = from.stroke_rgbas;
      break;
    default:
      to.background_stroke_color = from.background_stroke_color;
      to.background_stroke_opacity = from.background_stroke_opacity;
      to.background_stroke_rgbas = from.background_stroke_rgbas;
  }
}

// The live entry of `n`, or nullptr (a stale entry of a dead node at that address is dropped).
Entry* find_live(const MobjectNode* n) {
  auto it = registry.find(n);
  if (it == registry.end()) return nullptr;
  if (it->second.self.lock().get() != n) {
    registry.erase(it);
    return nullptr;
  }
  return &it->second;
}

// Removes `n` from its group of kind k; a group left with one live member is dissolved.
void leave(const MobjectNode* n, int k) {
  auto it = registry.find(n);
  if (it == registry.end() || !it->second.groups[k]) return;
  std::shared_ptr<Group> g = std::move(it->second.groups[k]);
  if (it->second.empty()) registry.erase(it);
  auto& ms = g->members;
  ms.erase(std::remove_if(ms.begin(), ms.end(),
                          [n](const std::weak_ptr<MobjectNode>& w) {
                            auto p = w.lock();
                            return !p || p.get() == n;
                          }),
           ms.end());
  if (ms.size() > 1) return;
  for (const auto& w : ms) {
    auto p = w.lock();
    if (!p) continue;
    auto jt = registry.find(p.get());
    if (jt == registry.end() || jt->second.groups[k] != g) continue;
    jt->second.groups[k].reset();
    if (jt->second.empty()) registry.erase(jt);
  }
  ms.clear();
}

void leave_all(const MobjectNode* n) {
  for (int k = 0; k < 3; ++k) leave(n, k);
}

// Drops entries of dead nodes (always_redraw's become on a fresh object each frame leaves one
// behind per frame otherwise).
void prune() {
  std::vector<const MobjectNode*> dead;
  for (const auto& [key, e] : registry)
    if (e.self.expired()) dead.push_back(key);
  for (const MobjectNode* key : dead) leave_all(key);
  for (const MobjectNode* key : dead) registry.erase(key);
  prune_at = std::max<std::size_t>(64, 2 * registry.size());
}

Entry& entry_for(const std::shared_ptr<MobjectNode>& n) {
  if (Entry* e = find_live(n.get())) return *e;
  Entry& e = registry[n.get()];
  e.self = n;
  return e;
}

}  // namespace

StyleCounts style_counts(const MobjectNode& n) {
  const VStyle& s = n.style;
  return {count_of(s.fill_rgbas), count_of(s.stroke_rgbas), count_of(s.background_stroke_rgbas)};
}

void share_style_arrays(const std::shared_ptr<MobjectNode>& a,
                        const std::shared_ptr<MobjectNode>& b) {
  if (!a || !b || a == b || !a->vectorized || !b->vectorized) return;
  std::lock_guard<std::mutex> lock(mu);
  if (registry.size() >= prune_at) prune();
  for (int k = 0; k < 3; ++k) {
    {
      Entry* ea = find_live(a.get());
      Entry* eb = find_live(b.get());
      if (ea && eb && ea->groups[k] && ea->groups[k] == eb->groups[k]) continue;
    }
    leave(a.get(), k);
    Entry& eb = entry_for(b);
    if (!eb.groups[k]) {
      eb.groups[k] = std::make_shared<Group>();
      eb.groups[k]->members.push_back(b);
    }
    std::shared_ptr<Group> g = eb.groups[k];
    g->members.push_back(a);
    entry_for(a).groups[k] = std::move(g);
  }
  any_shared = !registry.empty();
}

void style_written(MobjectNode& n, const StyleCounts& before) {
  if (!any_shared.load(std::memory_order_relaxed)) return;
  std::lock_guard<std::mutex> lock(mu);
  Entry* e = find_live(&n);
  if (!e) return;
  const StyleCounts now = style_counts(n);
  for (int k = 0; k < 3; ++k) {
    e = find_live(&n);
    if (!e || !e->groups[k]) continue;
    if (now[k] > before[k]) {  // Manim assigned a new, stretched array to n
      leave(&n, k);
      continue;
    }
    for (const auto& w : e->groups[k]->members) {
      auto p = w.lock();
      if (p && p.get() != &n) copy_kind(n.style, p->style, k);
    }
  }
  any_shared = !registry.empty();
}

void unshare_style_arrays(const MobjectNode& n) {
  if (!any_shared.load(std::memory_order_relaxed)) return;
  std::lock_guard<std::mutex> lock(mu);
  if (!find_live(&n)) return;
  leave_all(&n);
  any_shared = !registry.empty();
}

std::size_t shared_style_node_count() {
  std::lock_guard<std::mutex> lock(mu);
  std::size_t live = 0;
  for (const auto& [key, e] : registry)
    if (!e.self.expired() && !e.empty()) ++live;
  return live;
}

}  // namespace manim::detail
