#include "cli/preview.hpp"

#include <spawn.h>
#include <unistd.h>

#include <cstdlib>
#include <string_view>
#include <vector>

extern char** environ;

namespace manim::cli {

namespace fs = std::filesystem;

namespace {

bool in_path(const char* program) {
  const char* path = std::getenv("PATH");
  if (!path) return false;
  std::string_view rest(path);
  while (!rest.empty()) {
    const auto colon = rest.find(':');
    const std::string dir(rest.substr(0, colon));
    if (!dir.empty() && ::access((fs::path(dir) / program).c_str(), X_OK) == 0) return true;
    if (colon == std::string_view::npos) break;
    rest.remove_prefix(colon + 1);
  }
  return false;
}

}  // namespace

std::string open_in_viewer(const fs::path& path) {
  const char* display = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  if ((!display || !*display) && (!wayland || !*wayland))
    return "no graphical session (DISPLAY and WAYLAND_DISPLAY are unset)";
  if (!in_path("xdg-open")) return "xdg-open is not installed (Debian package xdg-utils)";
  const std::string file = path.string();
  std::vector<char*> argv = {const_cast<char*>("xdg-open"), const_cast<char*>(file.c_str()),
                             nullptr};
  pid_t pid = 0;
  if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, argv.data(), environ) != 0)
    return "could not start xdg-open";
  return {};
}

}  // namespace manim::cli
