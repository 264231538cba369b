// Crash isolation and Ctrl-C for the CLI.
//
// A C++ scene renders in a forked child (a fork costs about a millisecond; the scene library
// is already loaded, so the child starts at once). Whatever the scene does — segfault, abort,
// stack overflow, exit(), _exit() — the parent prints one "error: <Scene>: <cause>" line (with
// the scene file's line when the crash address is in it), removes the child's temporary files
// and returns a non-zero status.
//
// Ctrl-C (SIGINT/SIGTERM) sets detail::request_interrupt(): loops that poll it (frames, the
// compiler, the MathJax worker) stop by themselves. If the process is still running 0.2 s
// later (a long computation in construct()), the temporaries are removed and it exits 130.
#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace manim::cli {

void install_interrupt_handlers();

// Runs `render` (one scene; it prints its own error lines and returns false on failure) in a
// child process. Returns 0 on success, 130 when interrupted, 1 on any other failure.
// `library`/`source`: the compiled scene and its source, to name a crash's line.
// `output_roots`: folders the render writes under (the media dir...); when the child fails,
// every temporary it made there is removed after it is gone.
int run_scene_isolated(const std::string& scene, const std::filesystem::path& library,
                       const std::filesystem::path& source, const std::function<bool()>& render,
                       const std::vector<std::filesystem::path>& output_roots = {});

// The C++ type of the exception being handled (inside a catch), demangled ("Foo", "int").
std::string current_exception_type_name();

}  // namespace manim::cli
