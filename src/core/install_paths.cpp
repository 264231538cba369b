// Run-time lookup of manim.cpp's files relative to libmanim.so (see install_paths.hpp).
#include "core/install_paths.hpp"

#include <dlfcn.h>

#include <system_error>

namespace manim::detail {

namespace fs = std::filesystem;

namespace {

fs::path own_library_dir() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&install_paths), &info) && info.dli_fname) {
    std::error_code ec;
    fs::path p = fs::canonical(info.dli_fname, ec);
    if (!ec) return p.parent_path();
  }
  // Statically linked into an executable: the executable's own folder.
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

InstallPaths find() {
  InstallPaths p;
  const fs::path lib = own_library_dir();
  std::error_code ec;
  // Installed: <prefix>/lib/manimcpp/libmanim.so next to <prefix>/share/manimcpp.
  const fs::path prefix = lib.parent_path().parent_path();
  const fs::path share = prefix / "share" / "manimcpp";
  if (lib.filename() == "manimcpp" && fs::is_regular_file(share / "mathjax_worker.mjs", ec)) {
    p.installed = true;
    p.lib_dir = lib;
    p.include_dir = prefix / "include";
    p.mathjax_worker = share / "mathjax_worker.mjs";
    p.code_highlighter = share / "code_highlight.py";
    p.python_package_dir = prefix / MANIM_PYTHON_SITE_SUBDIR;
    p.python_module_dir = p.python_package_dir;
    return p;
  }
  // The build tree: the library is in the build folder; sources where CMake saw them.
  p.lib_dir = lib.empty() ? fs::path(MANIM_BUILD_DIR) : lib;
  const fs::path src = MANIM_SOURCE_DIR_FALLBACK;
  p.include_dir = src / "include";
  p.mathjax_worker = src / "src" / "mobject" / "tex" / "mathjax_worker.mjs";
  p.code_highlighter = src / "src" / "mobject" / "text" / "code_highlight.py";
  p.python_package_dir = src / "python";
  p.python_module_dir = p.lib_dir;
  return p;
}

}  // namespace

const InstallPaths& install_paths() {
  static const InstallPaths paths = find();
  return paths;
}

}  // namespace manim::detail
