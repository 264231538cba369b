// Scene.next_section, add_subcaption and add_sound (Manim's names and keywords); the section
// videos, the .srt and the audio are written by SceneFileWriter when the scene renders.
#include <filesystem>

#include "manim/scene/scene.hpp"
#include "python/bind_common.hpp"

namespace manim::python {

namespace {
// A section type: a str, or a str Enum such as DefaultSectionType.NORMAL (its value, as
// Manim's json.dump writes it).
std::string section_type(py::handle t) {
  py::module_ enum_mod = py::module_::import("enum");
  if (py::isinstance(t, enum_mod.attr("Enum"))) return py::str(t.attr("value"));
  if (!py::isinstance<py::str>(t))
    throw py::type_error("Scene.next_section: type must be a str or a DefaultSectionType, got " +
                         py::str(py::type::of(t).attr("__name__")).cast<std::string>());
  return t.cast<std::string>();
}
}  // namespace

MANIM_PY_BINDING(bind_scene_sections, 86);
void bind_scene_sections(py::module_& m) {
  auto scene = py::reinterpret_borrow<py::class_<Scene>>(py::type::of<Scene>());
  scene
      .def("next_section",
           [](Scene& s, py::args args, py::kwargs kw) {
             // Manim 0.18's keyword is `type`; later versions call it `section_type`.
             if (kw.contains("section_type") && !kw.contains("type") && args.size() < 2)
               kw["type"] = kw.attr("pop")("section_type");
             Kw k("Scene.next_section", args, kw, {"name", "type", "skip_animations"});
             std::string name = "unnamed";
             bool skip = false;
             if (py::object n = k.take("name")) name = py::str(n).cast<std::string>();
             std::string type = DefaultSectionType::NORMAL;
             if (py::object t = k.take("type")) type = section_type(t);
             k.get("skip_animations", skip);
             k.finish();
             s.next_section(name, type, skip);
           })
      .def(
          "add_subcaption",
          [](Scene& s, py::object content, double duration, double offset) {
            s.add_subcaption(py::str(content).cast<std::string>(), duration, offset);
          },
          py::arg("content"), py::arg("duration") = 1.0, py::arg("offset") = 0.0)
      .def(
          "add_sound",
          [](Scene& s, py::object sound_file, double time_offset, std::optional<double> gain,
             py::kwargs kw) {
            if (kw.size() > 0)
              throw py::type_error(
                  "Scene.add_sound: pydub's extra keywords (" +
                  py::str(py::list(kw.attr("keys")())).cast<std::string>() +
                  ") are not supported by manim.cpp; pass sound_file, time_offset and gain");
            const std::string path =
                py::str(py::module_::import("os").attr("fspath")(sound_file)).cast<std::string>();
            try {
              s.add_sound(path, time_offset, gain);
            } catch (const std::invalid_argument& e) {
              // As Manim: a missing file is an OSError.
              if (!std::filesystem::exists(path) &&
                  std::string(e.what()).find("could not find") != std::string::npos) {
                PyErr_SetString(PyExc_OSError, e.what());
                throw py::error_already_set();
              }
              throw;
            }
          },
          py::arg("sound_file"), py::arg("time_offset") = 0.0, py::arg("gain") = py::none());
  (void)m;
}

}  // namespace manim::python
