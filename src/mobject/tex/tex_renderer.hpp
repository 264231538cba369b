// Internal: TeX -> SVG through a long-lived MathJax worker (Node), with an on-disk cache.
//
// The worker (src/mobject/tex/mathjax_worker.mjs) is started lazily on the first cache miss and
// kept for the life of the process; every request of a batch is written before any answer is
// read. A warm cache starts no node process at all.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace manim::detail::tex {

struct Request {
  std::string tex;
  bool display = true;
};

struct Result {
  std::string svg;    // the SVG text, empty on error
  std::string error;  // MathJax's message, empty on success
  bool ok() const { return error.empty(); }
};

// Typesets every request (cache first). Throws std::runtime_error when the worker cannot be
// started, dies or times out; TeX errors come back per request in Result::error.
std::vector<Result> render_batch(const std::vector<Request>& requests);

// The font MathJax typesets with: "tex" (MathJax TeX, default: closest to Manim's frames) or
// "newcm" (New Computer Modern).
// Env MANIMCPP_MATHJAX_FONT overrides the default.
std::string font_name();

// The cache folder, private to the user (core/safe_files.hpp): <user cache root>/tex, where
// the root is $MANIMCPP_CACHE_DIR, else $XDG_CACHE_HOME/manimcpp, else ~/.cache/manimcpp, else
// $XDG_RUNTIME_DIR/manimcpp. Throws std::runtime_error when there is none or it is unsafe.
std::string cache_dir();

// ---- for tests ----
// How many node processes this process has started.
std::size_t node_start_count();
// Stops the worker (the next miss starts a new one) and forgets in-memory state.
void shutdown_worker();

}  // namespace manim::detail::tex
