// Compiles a scene .cpp into a shared library, cached by content.
//
// The cache key hashes the scene source, the compiler and its flags, every header under the
// manim include folder and libmanim's identity, so a warm run with unchanged inputs runs no
// compiler at all. manim/manim.hpp is precompiled once per (headers, flags) into a .gch in the
// cache and force-included, which makes a cold scene compile mostly the user's own code.
// Files are written to a temporary name and renamed, so an interrupted compile never leaves a
// corrupt cache entry.
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

struct CompileResult {
  std::filesystem::path library;
  bool cached = false;  // true when no compiler ran
};

class SceneCompiler {
 public:
  using Log = std::function<void(const std::string&)>;
  // debug: command lines and cache hits; info: "Compiling ..." lines.
  SceneCompiler(Log debug, Log info);

  // $MANIMCPP_CACHE_DIR, else $XDG_CACHE_HOME/manimcpp, else ~/.cache/manimcpp.
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
  std::filesystem::path cache_dir_;
};

// Runs argv (argv[0] looked up in PATH when it has no slash), inheriting stdout/stderr.
// Returns the exit status (128 + signal when killed).
int run_process(const std::vector<std::string>& argv);

}  // namespace manim::cli
