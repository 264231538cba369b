// Scene registry behind MANIM_SCENE: scene classes register a factory at static-initialisation
// time (in the user's shared library), the CLI looks them up by name.
#include <mutex>
#include <utility>

#include "manim/scene/scene.hpp"

namespace manim {
namespace {

struct Registry {
  std::mutex mutex;
  std::vector<std::pair<std::string, SceneFactory>> entries;  // registration (file) order
};

Registry& registry() {
  static Registry r;
  return r;
}

}  // namespace

void register_scene(const std::string& name, SceneFactory factory) {
  Registry& r = registry();
  std::lock_guard lock(r.mutex);
  for (auto& [n, f] : r.entries) {
    if (n == name) {  // a later definition wins, as redefining a Python class does
      f = std::move(factory);
      return;
    }
  }
  r.entries.emplace_back(name, std::move(factory));
}

std::vector<std::string> registered_scenes() {
  Registry& r = registry();
  std::lock_guard lock(r.mutex);
  std::vector<std::string> names;
  names.reserve(r.entries.size());
  for (const auto& e : r.entries) names.push_back(e.first);
  return names;
}

std::unique_ptr<Scene> create_scene(const std::string& name) {
  SceneFactory factory;
  {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    for (const auto& [n, f] : r.entries)
      if (n == name) factory = f;
  }
  if (!factory) return nullptr;
  return factory();
}

}  // namespace manim
