// The camera and the render entry in Python: Manim's Camera attributes, and Scene.render(),
// which writes the same file `manimcpp` would (SceneFileWriter, Manim's media tree under the
// current folder, config honoured).
#include <pybind11/eval.h>

#include <cstdio>
#include <filesystem>

#include "core/scene_log.hpp"
#include "manim/render/scene_file_writer.hpp"
#include "python/bind_common.hpp"

namespace manim::python {

bool g_propagate_python_errors = false;

namespace {

// A config value by Manim's name if the bound config has it (helpers add keys over time).
template <class T>
std::optional<T> config_value(const char* key) {
  py::object cfg = py::module_::import("manimcpp").attr("config");
  py::object v;
  try {
    v = cfg.attr(key);  // a key not bound yet raises AttributeError or NotImplementedError
  } catch (const py::error_already_set&) {
    return std::nullopt;
  }
  if (v.is_none()) return std::nullopt;
  try {
    return v.cast<T>();
  } catch (const py::cast_error&) {
    return std::nullopt;
  }
}

// The module name Manim puts in the media tree: the stem of config.input_file, or "" for a
// scene not read from a file.
std::string module_name_from_config() {
  auto input = config_value<std::string>("input_file");
  if (!input || input->empty()) return "";
  return std::filesystem::path(*input).stem().string();
}

}  // namespace

MANIM_PY_BINDING(bind_render, 85);
void bind_render(py::module_& m) {
  py::class_<Camera>(m, "Camera")
      .def_readwrite("background_color", &Camera::background_color)
      .def_readwrite("background_opacity", &Camera::background_opacity)
      .def_readwrite("pixel_width", &Camera::pixel_width)
      .def_readwrite("pixel_height", &Camera::pixel_height)
      .def_readwrite("frame_width", &Camera::frame_width)
      .def_readwrite("frame_height", &Camera::frame_height)
      .def_readwrite("frame_center", &Camera::frame_center)
      .def("resize_frame_shape", &Camera::resize_frame_shape, py::arg("fixed_dimension") = 0);

  // Scene.render(preview=False): Manim's programmatic entry. Returns the path written (Manim
  // returns None; the path is also left in config.output_file as Manim's file writer does).
  m.def(
      "_render_scene",
      [](py::object self, py::object scene_name, py::kwargs kw) {
        Scene& scene = self.cast<Scene&>();
        SceneFileWriterOptions o;
        Kw k("Scene.render", py::args(), kw);
        // The folders come from config's templates (video_dir, sections_dir, ...) as in Manim,
        // unless this call names a media folder of its own (the %%manim magic's --media_dir).
        std::string media_dir, module_name, output_file, format;
        if (auto v = config_value<std::string>("output_file")) output_file = *v;
        if (auto v = config_value<std::string>("format")) format = *v;
        module_name = module_name_from_config();
        std::optional<bool> save_last_frame, transparent;
        k.get("media_dir", media_dir);
        k.get("module_name", module_name);
        k.get("output_file", output_file);
        k.get("format", format);
        k.get("save_last_frame", save_last_frame);
        k.get("transparent", transparent);
        k.finish();
        // Flags given for this render only (the %%manim magic's -s and -t).
        struct Restore {
          Config saved = config();
          ~Restore() {
            config().save_last_frame = saved.save_last_frame;
            config().transparent = saved.transparent;
            config().background_opacity = saved.background_opacity;
          }
        } restore;
        if (save_last_frame) config().save_last_frame = *save_last_frame;
        if (transparent) {
          config().transparent = *transparent;
          if (*transparent) config().background_opacity = 0;
        }
        if (!media_dir.empty()) o.media_dir = media_dir;
        o.module_name = module_name;
        o.output_file = output_file;
        if (!format.empty()) {
          o.format = output_format_from_name(format);
          if (!o.format)
            throw py::value_error("Scene.render: format '" + format +
                                  "' is not one of mp4, gif, png, webm, mov");
        }
        const std::string name = scene_name.cast<std::string>();
        struct Propagate {
          bool saved = g_propagate_python_errors;
          Propagate() { g_propagate_python_errors = true; }
          ~Propagate() { g_propagate_python_errors = saved; }
        } propagate;
        const Config& cfg = config();
        if (cfg.dry_run || (!cfg.write_to_movie && !cfg.save_last_frame && format != "png")) {
          // As Manim's dry run (and write_to_movie off without a PNG format): the scene runs,
          // no file is written.
          scene.render(nullptr);
          return py::object(py::none());
        }
        // Manim's --log_to_file: <log_dir>/<module>_<Scene>.log while the scene renders.
        detail::SceneLogFile log_file(module_name, name, format);
        SceneFileWriter writer(name, o);
        RenderResult r;
        try {
          r = writer.render(scene);
        } catch (const SceneError& e) {
          std::rethrow_exception(e.cause());  // the Python exception itself, traceback and all
        }
        return py::object(py::str(r.kind == RenderResult::Kind::ImageSequence
                                      ? (r.path / (r.png_stem + "0000.png")).string()
                                      : r.path.string()));
      },
      py::arg("scene"), py::arg("scene_name"));

  // The "manim" Python logger's records during a render go to the same log file
  // (python/manim/_config: a handler that calls these).
  m.def("_scene_log_open", &detail::scene_log_open);
  m.def(
      "_scene_log_record",
      [](const std::string& level, const std::string& module, const std::string& message) {
        detail::scene_log_record(level, module, message);
      },
      py::arg("levelname"), py::arg("module"), py::arg("message"));

  py::exec(R"(
def _scene_render(self, preview=False):
    """Renders the scene to Manim's media tree (as `manimcpp file.py Scene` would) and returns
    the path of the file written (None for a dry run, which writes nothing)."""
    import manimcpp
    path = manimcpp._render_scene(self, type(self).__name__)
    if path is None:  # dry run: nothing written
        return None
    try:
        manimcpp.config.output_file = path
    except (AttributeError, TypeError, NotImplementedError):
        pass
    try:
        verbosity = str(manimcpp.config.verbosity).upper()
    except (AttributeError, NotImplementedError):
        verbosity = "INFO"
    if verbosity in ("DEBUG", "INFO"):
        print(f"File ready at '{path}'")
    if preview:
        import subprocess
        subprocess.Popen(["xdg-open", path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path
Scene.render = _scene_render
del _scene_render

)",
           m.attr("__dict__"));
}

}  // namespace manim::python
