// -p: opens a finished render in the desktop's viewer, as Manim's --preview does.
#pragma once
#include <filesystem>
#include <string>

namespace manim::cli {

// Starts `xdg-open path` without waiting for it. Returns an empty string when started, else
// why not (no graphical session, no xdg-open), for a one-line note.
std::string open_in_viewer(const std::filesystem::path& path);

}  // namespace manim::cli
