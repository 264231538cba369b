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
  // Manim's renderer._original_skipping_status / skip_animations (tests set it to skip plays).
  auto skip_get = [](const Scene& s) { return s.skip_animations(); };
  auto skip_set = [](Scene& s, bool v) { s.set_skip_animations(v); };
  scene.def_property("_original_skipping_status", skip_get, skip_set);
  scene.def_property("skip_animations", skip_get, skip_set);
  // Manim's renderer.file_writer, read-only: the subcaptions as srt.Subtitle-like records
  // (index, content, start/end as datetime.timedelta) and the sections as Section objects.
  scene.def_property_readonly("file_writer", [](const Scene& s) {
    py::module_ types = py::module_::import("types");
    py::object timedelta = py::module_::import("datetime").attr("timedelta");
    py::list subs;
    for (const Subcaption& c : s.subcaptions())
      subs.append(types.attr("SimpleNamespace")(
          py::arg("index") = c.index, py::arg("content") = c.content,
          py::arg("start") = timedelta(py::arg("seconds") = c.start),
          py::arg("end") = timedelta(py::arg("seconds") = c.end), py::arg("proprietary") = ""));
    py::object section_cls = py::module_::import("manim.scene.section").attr("Section");
    py::list sections;
    for (const Section& sec : s.sections()) {
      py::object o = section_cls(sec.type, py::none(), sec.name, sec.skip_animations);
      py::list plays;  // Manim keeps one entry per play (None for a skipped one)
      for (std::size_t k = 0; k < sec.plays; ++k) plays.append(py::none());
      o.attr("partial_movie_files") = plays;
      sections.append(o);
    }
    return types.attr("SimpleNamespace")(py::arg("subcaptions") = subs,
                                         py::arg("sections") = sections);
  });
  (void)m;
}

}  // namespace manim::python
