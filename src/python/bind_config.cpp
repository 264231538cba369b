// Manim's `config` for Python: the native Config bound as `_Config` (values by key name,
// validated in C++), wrapped by python/manim/_config (ManimConfig, tempconfig) so that
// attribute and item access, copies and tempconfig behave as Manim's.
#include <filesystem>

#include "python/bind_common.hpp"

namespace manim::python {

namespace {

py::object to_python(const ConfigValue& v) {
  struct V {
    py::object operator()(std::monostate) const { return py::none(); }
    py::object operator()(bool b) const { return py::bool_(b); }
    py::object operator()(long long i) const { return py::int_(i); }
    py::object operator()(double d) const { return py::float_(d); }
    py::object operator()(const std::string& s) const { return py::str(s); }
    py::object operator()(const Color& c) const { return py::cast(c); }
    py::object operator()(const std::vector<std::string>& l) const { return py::cast(l); }
    py::object operator()(const std::pair<long long, long long>& p) const {
      return py::make_tuple(p.first, p.second);
    }
    py::object operator()(const Vec3& p) const { return py::cast(p); }
  };
  return std::visit(V{}, v);
}

std::string repr_of(py::handle h) { return py::repr(h).cast<std::string>(); }

// Plain Python values (the wrapper has turned numpy scalars and Paths into these).
ConfigValue from_python(const std::string& key, py::handle h) {
  const ConfigKeyInfo* info = Config::find_key(key);
  if (h.is_none()) return std::monostate{};
  if (py::isinstance<py::bool_>(h)) return h.cast<bool>();
  if (py::isinstance<py::int_>(h)) return h.cast<long long>();
  if (py::isinstance<py::float_>(h)) return h.cast<double>();
  if (py::isinstance<py::str>(h)) return h.cast<std::string>();
  if (py::isinstance<Color>(h)) return h.cast<Color>();
  if (info && info->type == ConfigType::Color) {
    // Another colour type (e.g. a ManimColor of the Python package): its hex text.
    if (py::hasattr(h, "to_hex")) return h.attr("to_hex")().cast<std::string>();
  }
  if (py::isinstance<py::tuple>(h) || py::isinstance<py::list>(h)) {
    py::sequence seq = py::reinterpret_borrow<py::sequence>(h);
    if (info && info->type == ConfigType::IntPair && py::len(seq) == 2 &&
        py::isinstance<py::int_>(seq[0]) && py::isinstance<py::int_>(seq[1]))
      return std::pair<long long, long long>(seq[0].cast<long long>(), seq[1].cast<long long>());
    if (info && info->type == ConfigType::StringList) {
      std::vector<std::string> out;
      for (auto item : seq) {
        if (!py::isinstance<py::str>(item))
          throw py::type_error("config." + key + " must be a list of strings, got " + repr_of(h));
        out.push_back(item.cast<std::string>());
      }
      return out;
    }
  }
  throw py::type_error("config." + key + ": cannot use " + repr_of(h) + " (" +
                       py::str(py::type::handle_of(h).attr("__name__")).cast<std::string>() + ")");
}

const char* type_name(ConfigType t) {
  switch (t) {
    case ConfigType::Bool:
      return "bool";
    case ConfigType::Int:
      return "int";
    case ConfigType::Float:
      return "float";
    case ConfigType::String:
      return "str";
    case ConfigType::Path:
      return "path";
    case ConfigType::Color:
      return "color";
    case ConfigType::StringList:
      return "list";
    case ConfigType::IntPair:
      return "pair";
    case ConfigType::OptBool:
      return "optbool";
    case ConfigType::Point:
      return "point";
  }
  return "str";
}

}  // namespace

MANIM_PY_BINDING(bind_config, 12);
void bind_config(py::module_& m) {
  py::class_<Config>(m, "_Config", "The native configuration (use manim.config)")
      .def(py::init<>())
      .def("_get", [](const Config& c, const std::string& key) { return to_python(c.get(key)); })
      .def("_set",
           [](Config& c, const std::string& key, py::handle v) { c.set(key, from_python(key, v)); })
      .def("_set_text", &Config::set_text)
      .def("_text", &Config::text)
      .def("_copy", [](const Config& c) { return Config(c); })
      .def("_assign", [](Config& c, const Config& other) { c = other; })
      .def(
          "_digest_file",
          [](Config& c, const std::string& path) {
            // Warnings come back as a list for the Python logger.
            std::vector<std::string> warnings;
            c.digest_file(path, [&](const std::string& w) { warnings.push_back(w); });
            return warnings;
          },
          py::arg("path"))
      .def(
          "_digest_text",
          [](Config& c, const std::string& text, const std::string& origin) {
            std::vector<std::string> warnings;
            c.digest_text(text, origin, [&](const std::string& w) { warnings.push_back(w); });
            return warnings;
          },
          py::arg("text"), py::arg("origin"))
      .def("_get_dir",
           [](const Config& c, const std::string& key,
              const std::map<std::string, std::string>& kw) {
             try {
               return c.get_dir(key, kw);
             } catch (const std::invalid_argument& e) {
               throw py::key_error(e.what());  // Manim raises KeyError
             }
           })
      .def("_apply_custom_folders", &Config::apply_custom_folders)
      .def("_to_cfg_text", &Config::to_cfg_text)
      .def("__repr__", [](const Config& c) { return "<_Config " + c.quality_dir() + ">"; });

  m.def(
      "_global_config", []() -> Config& { return config(); }, py::return_value_policy::reference);
  m.def("_config_keys", []() {
    py::list out;
    for (const ConfigKeyInfo& k : Config::keys())
      out.append(py::make_tuple(k.name, type_name(k.type), k.listed, k.readonly, k.doc));
    return out;
  });
  m.def(
      "_config_files_loaded",
      [](py::object set) {
        if (!set.is_none()) config_files_loaded() = set.cast<bool>();
        return config_files_loaded();
      },
      py::arg("set") = py::none());
  m.def("_config_file_paths", &config_file_paths, py::arg("scene_file") = "");
  // Until manim._config replaces it with the ManimConfig wrapper (scripts that import
  // manimcpp alone get the native object, with the same values).
  m.attr("config") = py::cast(&config(), py::return_value_policy::reference);
}

}  // namespace manim::python
