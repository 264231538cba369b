#include "cli/python_runner.hpp"

#include <cstdio>

#ifdef MANIM_WITH_PYTHON
#include <pybind11/embed.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/install_paths.hpp"
#include "manim/scene/scene.hpp"

namespace py = pybind11;
#endif

namespace manim::cli {

#ifdef MANIM_WITH_PYTHON
namespace {

class EmbeddedPython : public PythonSession {
 public:
  // No Python signal handlers: the CLI's SIGINT handling stays in charge.
  EmbeddedPython() : interp_(false) {}
  ~EmbeddedPython() override {
    py::gil_scoped_acquire gil;
    classes_.clear();
  }
  void keep(py::object cls) { classes_.push_back(std::move(cls)); }

 private:
  py::scoped_interpreter interp_;
  std::vector<py::object> classes_;
};

std::string traceback_text(py::error_already_set& e) {
  try {
    py::object lines =
        py::module_::import("traceback").attr("format_exception")(e.type(), e.value(), e.trace());
    return py::str("").attr("join")(lines).cast<std::string>();
  } catch (...) {
    return e.what();
  }
}

}  // namespace

std::unique_ptr<PythonSession> load_python_scenes(const std::filesystem::path& file) {
  auto session = std::make_unique<EmbeddedPython>();
  const std::string module = file.stem().string();
  const std::string abs = std::filesystem::absolute(file).lexically_normal().string();
  try {
    py::module_ sys = py::module_::import("sys");
    py::list path = sys.attr("path");
    path.insert(0, abs.substr(0, abs.rfind('/')));
    // The `manim` package and the `manimcpp` module of this very install (or build tree).
    const auto& where = manim::detail::install_paths();
    path.insert(0, where.python_package_dir.string());
    if (where.python_module_dir != where.python_package_dir)
      path.insert(0, where.python_module_dir.string());
    sys.attr("argv") = py::make_tuple(file.string());
    py::object found =
        py::module_::import("manim._cli").attr("load_scene_file")(file.string(), module);
    if (found.is_none()) return nullptr;  // the traceback is printed
    for (auto item : found) {
      auto pair = item.cast<py::tuple>();
      const std::string name = pair[0].cast<std::string>();
      py::object cls = pair[1];
      PyObject* raw = cls.ptr();
      session->keep(cls);
      register_scene(name, [raw]() -> std::unique_ptr<Scene> {
        py::gil_scoped_acquire gil;
        try {
          py::object obj = py::handle(raw)();
          const auto addr =
              py::module_::import("manimcpp").attr("_adopt_scene")(obj).cast<std::uintptr_t>();
          return std::unique_ptr<Scene>(reinterpret_cast<Scene*>(addr));
        } catch (py::error_already_set& e) {
          throw std::runtime_error("Python exception\n" + traceback_text(e));
        }
      });
    }
    if (py::len(found) == 0) {
      std::fprintf(stderr, "error: no scenes in %s; define a class deriving from Scene\n",
                   file.string().c_str());
      return nullptr;
    }
  } catch (py::error_already_set& e) {
    std::fprintf(stderr, "%s", traceback_text(e).c_str());
    std::fprintf(stderr, "error: could not run scene file %s\n", file.string().c_str());
    return nullptr;
  }
  return session;
}

#else

std::unique_ptr<PythonSession> load_python_scenes(const std::filesystem::path& file) {
  std::fprintf(stderr,
               "error: %s: this manimcpp was built without Python support (install python3-dev "
               "and pybind11-dev, then rebuild)\n",
               file.string().c_str());
  return nullptr;
}

#endif

}  // namespace manim::cli
