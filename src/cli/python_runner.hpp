// `manimcpp scene.py Scene`: runs a Manim CE Python scene file in an embedded interpreter and
// registers its Scene subclasses with the scene registry, so they render exactly as compiled
// C++ scenes do.
#pragma once
#include <filesystem>
#include <memory>

namespace manim::cli {

// Keeps the interpreter alive while scenes render; destroying it finalizes Python.
class PythonSession {
 public:
  virtual ~PythonSession() = default;
};

// Runs the file as module <file stem> and registers every Scene subclass defined in it, in
// definition order. On a Python error prints the traceback (pointing at the user's file and
// line) on stderr and returns nullptr.
std::unique_ptr<PythonSession> load_python_scenes(const std::filesystem::path& file);

}  // namespace manim::cli
