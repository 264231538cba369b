// Internal: where manim.cpp's own files are at run time, found from where libmanim.so is, so an
// installed tree works wherever it was put and nothing depends on the checkout it was built in:
//   installed: <prefix>/lib/manimcpp/libmanim.so, <prefix>/include/manim/,
//              <prefix>/share/manimcpp/{mathjax_worker.mjs,code_highlight.py,node_modules/},
//              <prefix>/<python site dir>/{manim/,manimcpp*.so}
//   build tree: libmanim.so in the build folder, everything else in the source folder it was
//              built from (the fallback when no installed tree is found).
#pragma once
#include <filesystem>

namespace manim::detail {

struct InstallPaths {
  bool installed = false;
  std::filesystem::path lib_dir;      // holds libmanim.so
  std::filesystem::path include_dir;  // holds manim/manim.hpp
  std::filesystem::path mathjax_worker;
  std::filesystem::path code_highlighter;    // the Pygments script of Code (code_highlight.py)
  std::filesystem::path python_package_dir;  // holds the `manim` package
  std::filesystem::path python_module_dir;   // holds the `manimcpp` extension module
};

const InstallPaths& install_paths();

}  // namespace manim::detail
