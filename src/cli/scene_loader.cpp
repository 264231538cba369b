#include "cli/scene_loader.hpp"

#include <dlfcn.h>

#include <stdexcept>
#include <string>

namespace manim::cli {

void load_scene_library(const std::filesystem::path& library) {
  // RTLD_NOW: a missing symbol is reported here, not as a crash in the middle of a render.
  void* handle = dlopen(library.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char* err = dlerror();
    throw std::runtime_error(err ? err : ("dlopen failed for " + library.string()));
  }
  // Never dlclose: scene factories and their code live in this library.
}

}  // namespace manim::cli
