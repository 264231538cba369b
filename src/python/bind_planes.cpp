// PolarPlane and ComplexPlane with Manim's keywords and defaults.
#include <pybind11/complex.h>

#include "python/bind_graphing.hpp"

namespace manim::python {

namespace {

std::complex<double> to_complex(py::handle o, const std::string& fn, const char* arg) {
  try {
    return py::module_::import("builtins").attr("complex")(o).cast<std::complex<double>>();
  } catch (const py::error_already_set&) {
    throw py::type_error(fn + ": argument '" + arg + "' must be a number or complex, got " +
                         type_name(o));
  }
}

std::optional<std::vector<double>> opt_numbers(py::handle o, const std::string& fn,
                                               const char* arg) {
  if (o.is_none()) return std::nullopt;
  return numbers(o, fn, arg);
}

}  // namespace

MANIM_PY_BINDING(bind_planes, 55);
void bind_planes(py::module_& m) {
  py::class_<PolarPlane, Axes>(m, "PolarPlane")
      .def(py::init([](py::args args, py::kwargs kw) {
        const std::string fn = "PolarPlane";
        Kw k(fn, args, kw, {"radius_max", "size", "radius_step", "azimuth_step"});
        PolarPlaneArgs a;
        k.get("radius_max", a.radius_max);
        k.get("size", a.size);
        k.get("radius_step", a.radius_step);
        k.get("azimuth_step", a.azimuth_step);
        if (k.has("azimuth_units")) {
          py::object u = k.take("azimuth_units");
          if (!u)
            a.azimuth_units.reset();
          else
            a.azimuth_units = convert<std::string>(u, fn, "azimuth_units", "a string or None");
        }
        k.get("azimuth_compact_fraction", a.azimuth_compact_fraction);
        k.get("azimuth_offset", a.azimuth_offset);
        k.get("azimuth_direction", a.azimuth_direction);
        k.get("azimuth_label_buff", a.azimuth_label_buff);
        k.get("azimuth_label_font_size", a.azimuth_label_font_size);
        a.radius_config = number_line_dict(k, "radius_config");
        a.background_line_style = line_style(k, "background_line_style");
        if (k.has("faded_line_style")) a.faded_line_style = line_style(k, "faded_line_style");
        k.get("faded_line_ratio", a.faded_line_ratio);
        bool smooth = true;
        k.get("make_smooth_after_applying_functions", smooth);
        k.finish();
        try {
          return PolarPlane(a);
        } catch (const std::invalid_argument& e) {
          throw py::value_error(e.what());
        }
      }))
      .def_property_readonly("dimension", [](const PolarPlane&) { return 2; })
      .def_property_readonly("background_lines",
                             [](const PolarPlane& p) { return wrap(p.background_lines()); })
      .def_property_readonly("faded_lines",
                             [](const PolarPlane& p) { return wrap(p.faded_lines()); })
      .def_property_readonly("azimuth_units",
                             [](const PolarPlane& p) -> py::object {
                               if (!p.args().azimuth_units) return py::none();
                               return py::str(*p.args().azimuth_units);
                             })
      .def_property_readonly("azimuth_step",
                             [](const PolarPlane& p) { return *p.args().azimuth_step; })
      .def_property_readonly("azimuth_offset",
                             [](const PolarPlane& p) { return p.args().azimuth_offset; })
      .def_property_readonly("azimuth_direction",
                             [](const PolarPlane& p) { return p.args().azimuth_direction; })
      .def(
          "get_radian_label",
          [](const PolarPlane& p, double number, double font_size, py::kwargs kw) {
            MathTex t = p.get_radian_label(number, font_size);
            if (kw.size() > 0) {
              Kw k("PolarPlane.get_radian_label", py::args(), kw);
              StyleArgs st;
              read_style(k, st);
              k.finish();
              if (st.color) t.set_color(*st.color);
            }
            return wrap(t);
          },
          py::arg("number"), py::arg("font_size") = 24)
      .def(
          "get_coordinate_labels",
          [](py::object self, py::object r_values, py::object a_values) {
            const std::string fn = "PolarPlane.get_coordinate_labels";
            VGroup g = self.cast<PolarPlane&>().get_coordinate_labels(
                opt_numbers(r_values, fn, "r_values"), opt_numbers(a_values, fn, "a_values"));
            py::object labels = wrap(g);
            self.attr("coordinate_labels") = labels;
            return labels;
          },
          py::arg("r_values") = py::none(), py::arg("a_values") = py::none())
      .def(
          "add_coordinates",
          [](py::object self, py::object r_values, py::object a_values) {
            const std::string fn = "PolarPlane.add_coordinates";
            PolarPlane& p = self.cast<PolarPlane&>();
            VGroup g = p.get_coordinate_labels(opt_numbers(r_values, fn, "r_values"),
                                               opt_numbers(a_values, fn, "a_values"));
            p.add(g);
            self.attr("coordinate_labels") = wrap(g);
            return self;
          },
          py::arg("r_values") = py::none(), py::arg("a_values") = py::none())
      .def(
          "get_vector",
          [](const PolarPlane& p, py::object coords, py::kwargs kw) {
            const std::string fn = "PolarPlane.get_vector";
            std::vector<double> c = numbers(coords, fn, "coords");
            if (c.size() < 2) throw py::type_error(fn + ": coords needs (x, y)");
            Kw k(fn, py::args(), kw);
            ArrowArgs a;
            read_style(k, a);
            k.take("buff");  // Manim forces buff = 0
            k.finish();
            return wrap(p.get_vector(c[0], c[1], a));
          },
          py::arg("coords"))
      .def(
          "prepare_for_nonlinear_transform",
          [](py::object self, int n) {
            self.cast<PolarPlane&>().prepare_for_nonlinear_transform(n);
            return self;
          },
          py::arg("num_inserted_curves") = 50);
  add_kind<PolarPlane>();

  py::class_<ComplexPlane, NumberPlane>(m, "ComplexPlane")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("ComplexPlane", args, kw, {"x_range", "y_range", "x_length", "y_length"});
        NumberPlaneArgs a = read_number_plane(k);
        k.finish();
        return ComplexPlane(a);
      }))
      .def(
          "number_to_point",
          [](const ComplexPlane& p, py::object z) {
            return p.number_to_point(to_complex(z, "ComplexPlane.number_to_point", "number"));
          },
          py::arg("number"))
      .def(
          "n2p",
          [](const ComplexPlane& p, py::object z) {
            return p.number_to_point(to_complex(z, "ComplexPlane.n2p", "number"));
          },
          py::arg("number"))
      .def("point_to_number", &ComplexPlane::point_to_number, py::arg("point"))
      .def("p2n", &ComplexPlane::point_to_number, py::arg("point"))
      .def("_get_default_coordinate_values",
           [](const ComplexPlane& p) {
             py::list out;
             const auto vals = p.default_coordinate_values();
             const std::size_t nx = p.x_axis().get_tick_range().size();
             for (std::size_t i = 0; i < vals.size(); ++i) {
               if (i < nx)
                 out.append(vals[i].real());
               else
                 out.append(py::cast(vals[i]));
             }
             return out;
           })
      .def("get_coordinate_labels",
           [](py::object self, py::args nums, py::kwargs kw) {
             const std::string fn = "ComplexPlane.get_coordinate_labels";
             Kw k(fn, py::args(), kw);
             double fs = -1;
             k.get("font_size", fs);
             k.finish();
             std::vector<std::complex<double>> zs;
             for (auto n : nums) zs.push_back(to_complex(n, fn, "numbers"));
             py::object labels = wrap(self.cast<ComplexPlane&>().get_coordinate_labels(zs, fs));
             self.attr("coordinate_labels") = labels;
             return labels;
           })
      .def("add_coordinates", [](py::object self, py::args nums, py::kwargs kw) {
        const std::string fn = "ComplexPlane.add_coordinates";
        Kw k(fn, py::args(), kw);
        double fs = -1;
        k.get("font_size", fs);
        k.finish();
        std::vector<std::complex<double>> zs;
        // Manim's add_coordinates(*numbers): numbers one by one, or one list of them.
        if (nums.size() == 1 && py::isinstance<py::sequence>(nums[0]) &&
            !py::isinstance<py::str>(nums[0]))
          for (auto n : nums[0]) zs.push_back(to_complex(n, fn, "numbers"));
        else
          for (auto n : nums) zs.push_back(to_complex(n, fn, "numbers"));
        ComplexPlane& p = self.cast<ComplexPlane&>();
        VGroup g = p.get_coordinate_labels(zs, fs);
        p.add(g);
        self.attr("coordinate_labels") = wrap(g);
        return self;
      });
  add_kind<ComplexPlane>();
}

}  // namespace manim::python
