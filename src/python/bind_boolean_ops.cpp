// Union, Intersection, Difference, Exclusion and their base _BooleanOps, with Manim's
// constructors and _BooleanOps' path conversion helpers (the path is a plain outline object
// standing in for skia-pathops' Path: iterating gives (verb, points) pairs).
#include "manim/mobject/geometry/boolean_ops.hpp"
#include "python/bind_common.hpp"

namespace manim::python {

using namespace pybind11::literals;

namespace {

struct OutlinePath {
  std::vector<PathSegment> segments;
};

py::tuple segment_tuple(const PathSegment& s) {
  py::list pts;
  for (const Vec3& p : s.points) pts.append(py::make_tuple(p.x, p.y));
  return py::make_tuple(s.verb, py::tuple(pts));
}

std::vector<VMobject> operands(const py::args& args, const char* cls) {
  std::vector<VMobject> out;
  for (std::size_t i = 0; i < args.size(); ++i)
    out.push_back(convert<VMobject>(args[i], cls, "vmobjects", "a VMobject"));
  return out;
}

template <class T>
void bind_variadic(py::module_& m, const char* name) {
  py::class_<T, BooleanOps>(m, name).def(py::init([name](py::args args, py::kwargs kw) {
    Kw k(name, py::args(), kw);
    StyleArgs a;
    read_style(k, a);
    k.finish();
    return T(operands(args, name), a);
  }));
  add_kind<T>();
}

template <class T>
void bind_binary(py::module_& m, const char* name) {
  py::class_<T, BooleanOps>(m, name).def(py::init([name](py::args args, py::kwargs kw) {
    Kw k(name, args, kw, {"subject", "clip"});
    py::object s = k.take("subject"), c = k.take("clip");
    if (!s || !c)
      throw py::type_error(std::string(name) + "() missing argument '" + (s ? "clip" : "subject") +
                           "'");
    StyleArgs a;
    read_style(k, a);
    k.finish();
    return T(convert<VMobject>(s, name, "subject", "a VMobject"),
             convert<VMobject>(c, name, "clip", "a VMobject"), a);
  }));
  add_kind<T>();
}

}  // namespace

MANIM_PY_BINDING(bind_boolean_ops, 32);
void bind_boolean_ops(py::module_& m) {
  py::class_<OutlinePath>(m, "_OutlinePath")
      .def_property_readonly("segments",
                             [](const OutlinePath& p) {
                               py::list out;
                               for (const auto& s : p.segments) out.append(segment_tuple(s));
                               return out;
                             })
      .def("__iter__",
           [](const OutlinePath& p) {
             py::list out;
             for (const auto& s : p.segments) out.append(segment_tuple(s));
             return out.attr("__iter__")();
           })
      .def("__len__", [](const OutlinePath& p) { return p.segments.size(); });

  py::class_<BooleanOps, VMobject>(m, "_BooleanOps")
      .def(py::init([](py::kwargs kw) {
        Kw k("_BooleanOps", py::args(), kw);
        StyleArgs a;
        read_style(k, a);
        k.finish();
        return BooleanOps(a);
      }))
      .def(
          "_convert_2d_to_3d_array",
          [](const BooleanOps&, py::iterable points, double z_dim) {
            py::list out;
            auto np = py::module_::import("numpy");
            for (auto p : points) {
              if (py::len(p) == 2) {
                py::list xyz;
                for (auto c : p) xyz.append(c);
                xyz.append(z_dim);
                out.append(np.attr("array")(xyz, "dtype"_a = "float64"));
              } else {
                out.append(p);
              }
            }
            return out;
          },
          py::arg("points"), py::arg("z_dim") = 0.0)
      .def("_convert_vmobject_to_skia_path",
           [](const BooleanOps&, const VMobject& v) {
             return OutlinePath{BooleanOps::vmobject_to_path(v)};
           })
      .def("_convert_skia_path_to_vmobject", [](py::object self, const OutlinePath& p) {
        self.cast<BooleanOps&>().append_path(p.segments);
        return self;
      });
  add_kind<BooleanOps>();

  bind_variadic<Union>(m, "Union");
  bind_variadic<Intersection>(m, "Intersection");
  bind_binary<Difference>(m, "Difference");
  bind_binary<Exclusion>(m, "Exclusion");
}

}  // namespace manim::python
