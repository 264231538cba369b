// Text, MathTex, Tex and Matrix (DecimalNumber and Integer: bind_numbers.cpp).
#include "python/bind_common.hpp"

namespace manim::python {

namespace {}  // namespace

// Manim's t2g values: a colour name/str or a sequence of colours.
std::map<std::string, std::vector<Color>> read_t2g(py::handle h, const std::string& fn) {
  std::map<std::string, std::vector<Color>> out;
  auto d = convert<py::dict>(h, fn, "t2g", "a dict str -> colours");
  for (auto item : d) {
    auto key = convert<std::string>(item.first, fn, "t2g", "a dict str -> colours");
    std::vector<Color> cs;
    if (py::isinstance<py::str>(item.second) || py::isinstance<Color>(item.second))
      cs.push_back(convert<Color>(item.second, fn, "t2g", "a dict str -> colours"));
    else
      cs = convert<std::vector<Color>>(item.second, fn, "t2g", "a dict str -> colours");
    out[key] = cs;
  }
  return out;
}

void read_text_args(Kw& k, TextArgs& a) {
  read_style(k, a);
  // Manim's long spellings of the t2x keywords.
  for (auto [longer, shorter] : {std::pair{"text2color", "t2c"}, std::pair{"text2font", "t2f"},
                                 std::pair{"text2slant", "t2s"}, std::pair{"text2weight", "t2w"},
                                 std::pair{"text2gradient", "t2g"}}) {
    if (py::object o = k.take(longer)) {
      if (std::string(shorter) == "t2c")
        a.t2c = convert<std::map<std::string, Color>>(o, k.fn(), longer, "a dict str -> colour");
      else if (std::string(shorter) == "t2g")
        a.t2g = read_t2g(o, k.fn());
      else {
        auto v =
            convert<std::map<std::string, std::string>>(o, k.fn(), longer, "a dict str -> str");
        (std::string(shorter) == "t2f" ? a.t2f : std::string(shorter) == "t2s" ? a.t2s : a.t2w) = v;
      }
    }
  }
  if (py::object o = k.take("t2g")) a.t2g = read_t2g(o, k.fn());
  k.get("warn_missing_font", a.warn_missing_font);
  k.get("font_size", a.font_size);
  k.get("font", a.font);
  k.get("weight", a.weight);
  k.get("slant", a.slant);
  k.get("line_spacing", a.line_spacing);
  k.get("t2c", a.t2c);
  k.get("t2w", a.t2w);
  k.get("t2s", a.t2s);
  k.get("t2f", a.t2f);
  k.get("gradient", a.gradient);
  k.get("disable_ligatures", a.disable_ligatures);
  k.get("tab_width", a.tab_width);
}

std::optional<TexTemplate> tex_template_arg(Kw& k);  // bind_tex_template.cpp

void read_tex_args(Kw& k, MathTexArgs& a) {
  read_style(k, a);
  k.get("font_size", a.font_size);
  k.get("arg_separator", a.arg_separator);
  // Manim also takes one string (a str is iterable in Python, but Manim means the string).
  if (py::object o = k.take("substrings_to_isolate")) {
    if (py::isinstance<py::str>(o))
      a.substrings_to_isolate = {o.cast<std::string>()};
    else
      a.substrings_to_isolate = convert<std::vector<std::string>>(
          o, k.fn(), "substrings_to_isolate", "a string or a list of strings");
  }
  k.get("tex_environment", a.tex_environment);
  a.tex_template = tex_template_arg(k);
  py::object m = k.take("tex_to_color_map");
  if (m) {
    auto d = convert<py::dict>(m, k.fn(), "tex_to_color_map", "a dict str -> colour");
    for (auto item : d)
      a.tex_to_color_map.emplace_back(
          convert<std::string>(item.first, k.fn(), "tex_to_color_map", "a dict str -> colour"),
          convert<Color>(item.second, k.fn(), "tex_to_color_map", "a dict str -> colour"));
  }
}

namespace {

std::vector<std::string> tex_strings(const py::args& args, const char* fn) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    // Numbers are typeset as Python prints them (Manim's MathTex(0)).
    bool number = (py::isinstance<py::int_>(args[i]) || py::isinstance<py::float_>(args[i])) &&
                  !py::isinstance<py::bool_>(args[i]);
    out.push_back(number ? py::str(args[i]).cast<std::string>()
                         : convert<std::string>(args[i], fn, "tex_strings", "a string"));
  }
  if (out.empty()) throw py::type_error(std::string(fn) + "() needs at least one string");
  return out;
}

// One matrix entry as Python's str() would print it.
MatrixEntry entry(py::handle h) {
  if (py::isinstance<py::bool_>(h)) return MatrixEntry(py::str(h).cast<std::string>());
  if (py::isinstance<py::int_>(h)) return MatrixEntry(h.cast<long long>());
  if (py::isinstance<py::float_>(h)) return MatrixEntry(h.cast<double>());
  return MatrixEntry(py::str(h).cast<std::string>());
}

}  // namespace

MANIM_PY_BINDING(bind_text, 40);
void bind_text(py::module_& m) {
  const std::pair<const char*, const char*> weights[] = {{"NORMAL", NORMAL},
                                                         {"ITALIC", ITALIC},
                                                         {"OBLIQUE", OBLIQUE},
                                                         {"THIN", THIN},
                                                         {"ULTRALIGHT", ULTRALIGHT},
                                                         {"LIGHT", LIGHT},
                                                         {"SEMILIGHT", SEMILIGHT},
                                                         {"BOOK", BOOK},
                                                         {"MEDIUM", MEDIUM},
                                                         {"SEMIBOLD", SEMIBOLD},
                                                         {"BOLD", BOLD},
                                                         {"ULTRABOLD", ULTRABOLD},
                                                         {"HEAVY", HEAVY},
                                                         {"ULTRAHEAVY", ULTRAHEAVY}};
  for (const auto& [n, v] : weights) m.attr(n) = v;

  py::class_<Text, VMobject>(m, "Text")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Text", args, kw, {"text"});
        std::string text;
        if (!k.get("text", text)) throw py::type_error("Text() missing argument 'text'");
        TextArgs a;
        read_text_args(k, a);
        k.finish();
        return Text(text, a);
      }))
      .def_static("set_default",
                  [](py::kwargs kw) {
                    if (kw.empty()) {
                      Text::set_default();
                      return;
                    }
                    Kw k("Text.set_default", py::args(), kw);
                    TextArgs a;
                    read_text_args(k, a);
                    k.finish();
                    Text::set_default(a);
                  })
      .def_property_readonly("text", &Text::text)
      .def_property_readonly("original_text", &Text::original_text)
      .def_property("font_size", &Text::font_size, [](Text& t, double s) { t.set_font_size(s); })
      .def_property_readonly("chars", [](const Text& t) { return wrap(VGroup(t.submobjects())); });
  // Manim 0.18 names them with an underscore; the public spelling works too.
  for (const char* name : {"set_color_by_t2c", "_set_color_by_t2c"})
    py::type::of<Text>().attr(name) = py::cpp_function(
        [](py::object self, py::object t2c) {
          std::map<std::string, Color> map;
          if (t2c && !t2c.is_none())
            map = convert<std::map<std::string, Color>>(t2c, "Text.set_color_by_t2c", "t2c",
                                                        "a dict str -> colour");
          self.cast<Text&>().set_color_by_t2c(map);
          return self;
        },
        py::is_method(py::type::of<Text>()), py::arg("t2c") = py::none());
  for (const char* name : {"set_color_by_t2g", "_set_color_by_t2g"})
    py::type::of<Text>().attr(name) = py::cpp_function(
        [](py::object self, py::object t2g) {
          std::map<std::string, std::vector<Color>> map;
          if (t2g && !t2g.is_none()) map = read_t2g(t2g, "Text.set_color_by_t2g");
          self.cast<Text&>().set_color_by_t2g(map);
          return self;
        },
        py::is_method(py::type::of<Text>()), py::arg("t2g") = py::none());
  add_kind<Text>();

  py::class_<SVGMobject, VMobject>(m, "SVGMobject").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("SVGMobject", args, kw, {"file_name"});
    std::string file;
    if (!k.get("file_name", file)) throw py::type_error("SVGMobject() missing 'file_name'");
    SVGArgs a;
    read_style(k, a);
    py::object h = k.take("height");
    if (h)
      a.height = convert<double>(h, "SVGMobject", "height", "a number");
    else if (kw.contains("height"))
      a.height = std::nullopt;
    k.get("width", a.width);
    k.get("should_center", a.should_center);
    k.finish();
    return SVGMobject(file, a);
  }));
  add_kind<SVGMobject>();

  py::class_<SingleStringMathTex, SVGMobject>(m, "SingleStringMathTex")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("SingleStringMathTex", args, kw, {"tex_string"});
        std::string tex;
        if (!k.get("tex_string", tex))
          throw py::type_error("SingleStringMathTex() missing argument 'tex_string'");
        MathTexArgs a;
        read_tex_args(k, a);
        k.finish();
        return SingleStringMathTex(tex, a);
      }))
      .def_property_readonly("tex_string", &SingleStringMathTex::tex_string)
      .def_property("font_size", &SingleStringMathTex::font_size,
                    [](SingleStringMathTex& t, double s) { t.set_font_size(s); });
  add_kind<SingleStringMathTex>();

  py::class_<MathTex, SingleStringMathTex>(m, "MathTex")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("MathTex", py::args(), kw);
        MathTexArgs a;
        read_tex_args(k, a);
        k.finish();
        return MathTex(tex_strings(args, "MathTex"), a);
      }))
      .def_property_readonly("tex_strings", &MathTex::tex_strings)
      .def(
          "get_parts_by_tex",
          [](const MathTex& t, const std::string& s, bool sub, bool cs) {
            return wrap(t.get_parts_by_tex(s, sub, cs));
          },
          py::arg("tex"), py::arg("substring") = true, py::arg("case_sensitive") = true)
      .def(
          "get_part_by_tex",
          [](const MathTex& t, const std::string& s, bool sub, bool cs) {
            return wrap(t.get_part_by_tex(s, sub, cs));
          },
          py::arg("tex"), py::arg("substring") = true, py::arg("case_sensitive") = true)
      .def("index_of_part_by_tex", &MathTex::index_of_part_by_tex, py::arg("tex"),
           py::arg("substring") = true, py::arg("case_sensitive") = true)
      .def(
          "set_color_by_tex",
          [](py::object self, const std::string& s, const Color& c, bool sub, bool cs) {
            self.cast<MathTex&>().set_color_by_tex(s, c, sub, cs);
            return self;
          },
          py::arg("tex"), py::arg("color"), py::arg("substring") = true,
          py::arg("case_sensitive") = true)
      .def(
          "set_opacity_by_tex",
          [](py::object self, const std::string& s, double o, std::optional<double> rest) {
            self.cast<MathTex&>().set_opacity_by_tex(s, o, rest);
            return self;
          },
          py::arg("tex"), py::arg("opacity") = 0.5, py::arg("remaining_opacity") = py::none());
  add_kind<MathTex>();

  py::class_<Tex, MathTex>(m, "Tex").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Tex", py::args(), kw);
    MathTexArgs a;
    read_tex_args(k, a);
    k.finish();
    return Tex(tex_strings(args, "Tex"), a);
  }));
  add_kind<Tex>();

  py::class_<Matrix, VMobject>(m, "Matrix")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Matrix", args, kw, {"matrix"});
        py::object rows_obj = k.take("matrix");
        if (!rows_obj) throw py::type_error("Matrix() missing argument 'matrix'");
        std::vector<std::vector<MatrixEntry>> rows;
        for (auto row : rows_obj) {
          std::vector<MatrixEntry> r;
          for (auto item : row) r.push_back(entry(item));
          rows.push_back(std::move(r));
        }
        MatrixArgs a;
        read_style(k, a);
        k.get("v_buff", a.v_buff);
        k.get("h_buff", a.h_buff);
        k.get("bracket_h_buff", a.bracket_h_buff);
        k.get("bracket_v_buff", a.bracket_v_buff);
        k.get("element_alignment_corner", a.element_alignment_corner);
        k.get("left_bracket", a.left_bracket);
        k.get("right_bracket", a.right_bracket);
        k.get("stretch_brackets", a.stretch_brackets);
        py::object cfg = k.take("element_to_mobject_config");
        if (cfg) {
          Kw ck("Matrix.element_to_mobject_config", py::args(),
                convert<py::dict>(cfg, "Matrix", "element_to_mobject_config", "a dict"));
          read_tex_args(ck, a.element_to_mobject_config);
          ck.finish();
        }
        k.finish();
        return Matrix(rows, a);
      }))
      .def("get_entries", [](const Matrix& x) { return wrap(x.get_entries()); })
      .def("get_brackets", [](const Matrix& x) { return wrap(x.get_brackets()); })
      .def("get_rows", [](const Matrix& x) { return wrap(x.get_rows()); })
      .def("get_columns", [](const Matrix& x) { return wrap(x.get_columns()); })
      .def("set_column_colors",
           [](py::object self, py::args colors) {
             self.cast<Matrix&>().set_column_colors(colors.cast<std::vector<Color>>());
             return self;
           })
      .def("set_row_colors", [](py::object self, py::args colors) {
        self.cast<Matrix&>().set_row_colors(colors.cast<std::vector<Color>>());
        return self;
      });
  add_kind<Matrix>();
}

}  // namespace manim::python
