// BarChart with Manim's keywords (values, bar_names, y_range, bar_colors, axis configs...).
#include "python/bind_graphing.hpp"

namespace manim::python {

namespace {

// Python's str() of each value, so labels read "10" for 10 and "10.0" for 10.0 as in Manim.
std::vector<std::string> texts_of(py::handle values) {
  std::vector<std::string> out;
  for (auto v : py::iter(values)) out.push_back(py::str(v).cast<std::string>());
  return out;
}

std::function<Mobject(const std::string&)> constructor_of(py::object c, const std::string& fn,
                                                          const char* arg) {
  if (!PyCallable_Check(c.ptr()))
    throw py::type_error(fn + ": argument '" + arg +
                         "' must be a callable (Tex, MathTex, Text), got " + type_name(c));
  return [c, fn, arg](const std::string& s) {
    return convert<Mobject>(c(s), fn, arg, "a callable returning a Mobject");
  };
}

}  // namespace

MANIM_PY_BINDING(bind_probability, 55);
void bind_probability(py::module_& m) {
  py::class_<BarChart, Axes>(m, "BarChart")
      .def(py::init([](py::args args, py::kwargs kw) {
        const std::string fn = "BarChart";
        Kw k(fn, args, kw,
             {"values", "bar_names", "y_range", "x_length", "y_length", "bar_colors"});
        py::object vals = k.take("values");
        if (!vals) throw py::type_error("BarChart() missing required argument: 'values'");
        BarChartArgs a;
        a.value_texts = texts_of(vals);
        std::vector<double> values = numbers(vals, fn, "values");
        k.get("bar_names", a.bar_names);
        if (py::object r = k.take("y_range")) a.y_range = numbers(r, fn, "y_range");
        k.get("x_length", a.x_length);
        k.get("y_length", a.y_length);
        k.get("bar_colors", a.bar_colors);
        k.get("bar_width", a.bar_width);
        k.get("bar_fill_opacity", a.bar_fill_opacity);
        k.get("bar_stroke_width", a.bar_stroke_width);
        k.get("tips", a.tips);
        // The axis configs are read as Axes reads them.
        py::dict cfg;
        for (const char* name : {"axis_config", "x_axis_config", "y_axis_config"})
          if (py::object d = k.take(name)) cfg[name] = d;
        k.finish();
        if (cfg.size()) {
          Kw ck(fn, py::args(), cfg);
          AxesArgs ax;
          read_axis_configs(ck, ax);
          ck.finish();
          a.axis_config = ax.axis_config;
          a.x_axis_config = ax.x_axis_config;
          a.y_axis_config = ax.y_axis_config;
        }
        return BarChart(values, a);
      }))
      .def_property_readonly("bars", [](const BarChart& c) { return wrap(c.bars()); })
      .def_property_readonly("values", &BarChart::values)
      .def(
          "get_bar_labels",
          [](const BarChart& c, py::object color, double font_size, double buff,
             py::object label_constructor) {
            const std::string fn = "BarChart.get_bar_labels";
            BarLabelArgs a;
            if (!color.is_none()) a.color = convert<Color>(color, fn, "color", Expect<Color>::name);
            a.font_size = font_size;
            a.buff = buff;
            if (!label_constructor.is_none())
              a.label_constructor = constructor_of(label_constructor, fn, "label_constructor");
            return wrap(c.get_bar_labels(a));
          },
          py::arg("color") = py::none(), py::arg("font_size") = 24,
          py::arg("buff") = MED_SMALL_BUFF, py::arg("label_constructor") = py::none())
      .def(
          "change_bar_values",
          [](py::object self, py::object values, bool update_colors) {
            self.cast<BarChart&>().change_bar_values(
                numbers(values, "BarChart.change_bar_values", "values"), update_colors,
                texts_of(values));
          },
          py::arg("values"), py::arg("update_colors") = true);
  add_kind<BarChart>();
}

}  // namespace manim::python
