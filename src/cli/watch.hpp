// `manimcpp --watch FILE ...`: renders, then renders again each time FILE changes, until
// Ctrl-C. Every render is a fresh `manimcpp` process with the same arguments (without
// --watch), so an edited C++ scene is compiled and loaded anew and nothing of one render
// (config, Python modules, a crash) leaks into the next; the compile and partial-movie caches
// make a re-render cost the edited plays only (docs/caching.md).
#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace manim::cli {

// The arguments of one render: argv[1..] without "--watch" (options after "--" untouched).
std::vector<std::string> arguments_without_watch(int argc, char** argv);

// What identifies a version of a file: it changes when the file is written in place or
// replaced (editors that save by renaming a new file over the old one).
struct FileStamp {
  bool exists = false;
  long long mtime_ns = 0, size = 0, inode = 0;
  bool operator==(const FileStamp&) const = default;
};
FileStamp stamp_of(const std::filesystem::path& file);

// Runs the watch loop; returns the exit status (130 after Ctrl-C). `self` is the manimcpp
// executable, `file` the scene file, `args` the arguments of each render.
int run_watch(const std::string& self, const std::filesystem::path& file,
              const std::vector<std::string>& args);

}  // namespace manim::cli
