// Loads a compiled scene library; its MANIM_SCENE registrars run on load and fill the
// registry in libmanim (manim::registered_scenes()).
#pragma once
#include <filesystem>

namespace manim::cli {

// dlopen(RTLD_NOW | RTLD_LOCAL). The library stays loaded for the life of the process (the
// registered factories live in it). Throws std::runtime_error with dlerror()'s text.
void load_scene_library(const std::filesystem::path& library);

}  // namespace manim::cli
