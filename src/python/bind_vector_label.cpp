// Vector.coordinate_label(integer_labels=True, n_dim=2, color=None, **kwargs): the Matrix is
// built by the bound Matrix class (so every Matrix keyword works), then placed in C++.
#include "manim/mobject/geometry/vector_label.hpp"
#include "python/bind_common.hpp"

namespace manim::python {

MANIM_PY_BINDING(bind_vector_label, 45);
void bind_vector_label(py::module_& m) {
  py::object cls = m.attr("Vector");
  py::cpp_function fn(
      [](py::object self, py::args args, py::kwargs kw) {
        const Vector& v = self.cast<const Vector&>();
        py::dict own;
        for (const char* name : {"integer_labels", "n_dim", "color"})
          if (kw.contains(name)) {
            own[name] = kw[name];
            PyDict_DelItem(kw.ptr(), py::str(name).ptr());
          }
        Kw k("Vector.coordinate_label", args, own, {"integer_labels", "n_dim", "color"});
        bool integer_labels = true;
        int n_dim = 2;
        std::optional<Color> color;
        k.get("integer_labels", integer_labels);
        k.get("n_dim", n_dim);
        k.get("color", color);
        k.finish();
        py::list rows;
        for (const MatrixEntry& e : coordinate_label_entries(v, integer_labels, n_dim)) {
          py::list row;
          if (integer_labels)
            row.append(py::int_(static_cast<long long>(e.value)));
          else
            row.append(py::float_(e.value));
          rows.append(row);
        }
        py::object label = py::module_::import("manimcpp").attr("Matrix")(rows, **kw);
        place_coordinate_label(v, label.cast<Matrix&>(), color);
        return label;
      },
      py::name("coordinate_label"), py::is_method(cls),
      py::sibling(py::getattr(cls, "coordinate_label", py::none())),
      "Manim's Vector.coordinate_label: the end point as a column Matrix beside the tip.");
  cls.attr("coordinate_label") = fn;
}

}  // namespace manim::python
