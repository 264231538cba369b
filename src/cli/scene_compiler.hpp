// Compiles a scene .cpp into a shared library, cached by content.
//
// The cache key hashes the scene source, the compiler and its flags, every header under the
// manim include folder and libmanim's identity, so a warm run with unchanged inputs runs no
// compiler at all. manim/manim.hpp is precompiled once per (headers, flags) into a .gch in the
// cache and force-included, which makes a cold scene compile mostly the user's own code.
// The cache folders are private to the user (created 0700, owner and mode checked before
// anything in them is used), files are written to unique O_EXCL temporaries and renamed, and
// a cached library is checked to be a complete ELF file before it is loaded (a corrupt one is
// rebuilt with a warning), so neither another user nor an interrupted compile can plant or
// leave an entry that a render would load.
#pragma once
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace manim::cli {

// The compiler failed; its diagnostics have already been printed on stderr.
struct CompileError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Ctrl-C arrived while the compiler ran; it was stopped and its output removed.
struct Interrupted : std::runtime_error {
  Interrupted() : std::runtime_error("interrupted") {}
};

struct CompileResult {
  std::filesystem::path library;
  bool cached = false;  // true when no compiler ran
};

class SceneCompiler {
 public:
  using Log = std::function<void(const std::string&)>;
  // debug: command lines and cache hits; info: "Compiling ..." lines.
  SceneCompiler(Log debug, Log info);

  // The per-user cache root (detail::user_cache_root(): $MANIMCPP_CACHE_DIR, else
  // $XDG_CACHE_HOME/manimcpp, else ~/.cache/manimcpp, else $XDG_RUNTIME_DIR/manimcpp), private
  // to the user; throws detail::UnsafeCacheError when there is none or it is not private.
  static std::filesystem::path default_cache_dir();

  // Throws CompileError when the compiler fails, std::runtime_error for I/O problems.
  CompileResult compile(const std::filesystem::path& source);

 private:
  std::vector<std::string> base_flags() const;
  // Compiler, flags, headers and (with_library) libmanim's identity.
  std::string toolchain_hash(bool with_library) const;
  // The force-include header with its .gch built next to it; empty when the PCH failed.
  std::filesystem::path ensure_pch();

  Log debug_, info_;
};

// Runs argv (argv[0] looked up in PATH when it has no slash), inheriting stdout/stderr.
// Returns the exit status (128 + signal when killed). Throws Interrupted (after killing the
// child) when detail::interrupt_requested() becomes true while it runs.
int run_process(const std::vector<std::string>& argv);

}  // namespace manim::cli
