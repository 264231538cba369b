// Mobject.arrange_in_grid with Manim v0.18.0's signature: rows, cols, buff (a number or an
// (x, y) pair), cell_alignment, row_alignments ("ucd"), col_alignments ("lcr"), row_heights,
// col_widths (None entries measured), flow_order. Extra keywords are accepted and ignored, as
// Manim's **kwargs are.
#include "manim/mobject/arrange_in_grid.hpp"
#include "python/bind_common.hpp"

namespace manim::python {

namespace {

std::vector<std::optional<double>> size_list(py::handle h, const std::string& fn,
                                             const char* name) {
  if (!py::isinstance<py::sequence>(h) || py::isinstance<py::str>(h))
    throw py::type_error(fn + ": argument '" + name + "' must be a list of numbers or None, got " +
                         type_name(h));
  std::vector<std::optional<double>> out;
  for (auto v : py::reinterpret_borrow<py::sequence>(h)) {
    if (v.is_none())
      out.emplace_back();
    else
      out.emplace_back(convert<double>(v, fn, name, "a list of numbers or None"));
  }
  return out;
}

}  // namespace

MANIM_PY_BINDING(bind_arrange_in_grid, 49);
void bind_arrange_in_grid(py::module_& m) {
  auto mob = py::reinterpret_borrow<py::class_<Mobject>>(m.attr("Mobject"));
  mob.def("arrange_in_grid", [](py::object self, py::args args, py::kwargs kw) {
    const std::string fn = "Mobject.arrange_in_grid";
    Kw k(fn, args, kw,
         {"rows", "cols", "buff", "cell_alignment", "row_alignments", "col_alignments",
          "row_heights", "col_widths", "flow_order"});
    GridOptions o;
    k.get("rows", o.rows);
    k.get("cols", o.cols);
    if (py::object b = k.take("buff")) {
      if (py::isinstance<py::tuple>(b) || py::isinstance<py::list>(b)) {
        auto t = py::reinterpret_borrow<py::sequence>(b);
        if (t.size() != 2)
          throw py::type_error(fn + ": argument 'buff' must be a number or an (x, y) pair, got " +
                               py::repr(b).cast<std::string>());
        o.buff_x = convert<double>(t[0], fn, "buff", "a number or an (x, y) pair");
        o.buff_y = convert<double>(t[1], fn, "buff", "a number or an (x, y) pair");
      } else {
        o.buff_x = o.buff_y = convert<double>(b, fn, "buff", "a number or an (x, y) pair");
      }
    }
    k.get("cell_alignment", o.cell_alignment);
    k.get("row_alignments", o.row_alignments);
    k.get("col_alignments", o.col_alignments);
    if (py::object h = k.take("row_heights")) o.row_heights = size_list(h, fn, "row_heights");
    if (py::object w = k.take("col_widths")) o.col_widths = size_list(w, fn, "col_widths");
    k.get("flow_order", o.flow_order);
    Mobject& target = self.cast<Mobject&>();
    try {
      arrange_in_grid(target, o);
    } catch (const std::out_of_range& e) {
      throw py::key_error(e.what());  // Manim: KeyError from its letter table
    } catch (const std::invalid_argument& e) {
      throw py::value_error(e.what());
    }
    return self;
  });
}

}  // namespace manim::python
