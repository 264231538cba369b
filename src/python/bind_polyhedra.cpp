// Polyhedron and the platonic solids with Manim's keywords: faces_config (Polygon keywords)
// and graph_config (vertex_type, vertex_config, edge_config).
#include "python/bind_common.hpp"
#include "python/py_attributes.hpp"

namespace manim::python {

namespace {

py::dict dict_of(py::object o, const std::string& fn, const char* arg) {
  if (!o) return py::dict();
  if (!py::isinstance<py::dict>(o))
    throw py::type_error(fn + ": argument '" + arg + "' must be a dict, got " + type_name(o));
  return py::reinterpret_borrow<py::dict>(o);
}

// Keyword dicts are read with the same parser as constructor keywords.
PolyhedronArgs polyhedron_args(py::object faces_config, py::object graph_config,
                               const std::string& fn) {
  PolyhedronArgs a;
  {
    Kw k(fn + " faces_config", py::args(), dict_of(faces_config, fn, "faces_config"));
    read_style(k, a.faces_config);
    k.finish();
  }
  py::dict g = py::dict(dict_of(graph_config, fn, "graph_config"));  // a copy we may consume
  Kw gk(fn + " graph_config", py::args(), g);
  py::object vertex_config = gk.take("vertex_config");
  py::object vertex_type = gk.take("vertex_type");
  py::object edge_config = gk.take("edge_config");
  py::object edge_type = gk.take("edge_type");
  gk.finish();
  if (edge_type && !edge_type.is(py::type::of<Line>()))
    throw py::type_error(fn +
                         ": graph_config edge_type must be Line (manim.cpp draws the edges of "
                         "a polyhedron as Lines)");
  py::dict vc = dict_of(vertex_config, fn, "vertex_config");
  for (auto item : vc)
    if (!py::isinstance<py::str>(item.first))
      throw py::type_error(fn +
                           ": per-vertex vertex_config entries are not supported; give one "
                           "dict of keywords for every vertex");
  if (vertex_type && !vertex_type.is(py::type::of<Dot3D>())) {
    py::object factory = vertex_type;
    py::dict kwargs = vc;
    a.vertex_type = [factory, kwargs]() {
      py::object v = factory(**kwargs);
      if (!py::isinstance<Mobject>(v))
        throw py::type_error("Polyhedron: vertex_type must make a Mobject, got " + type_name(v));
      adopt(v);
      return v.cast<Mobject>();
    };
  } else {
    Kw k(fn + " vertex_config", py::args(), vc);
    py::object radius = k.take("radius");
    if (radius) a.vertex_config.radius = convert<double>(radius, k.fn(), "radius", "a number");
    read_style(k, a.vertex_config);
    py::object res = k.take("resolution");
    if (res) {
      auto v = convert<std::vector<int>>(res, k.fn(), "resolution", "a pair of integers");
      if (v.size() != 2) throw py::type_error(k.fn() + ": resolution must have 2 entries");
      a.vertex_config.resolution = {v[0], v[1]};
    }
    k.finish();
  }
  if (edge_config) {
    py::dict ec = py::dict(dict_of(edge_config, fn, "edge_config"));
    if (ec.contains("tip_config")) PyDict_DelItemString(ec.ptr(), "tip_config");
    for (auto item : ec)
      if (!py::isinstance<py::str>(item.first))
        throw py::type_error(fn +
                             ": per-edge edge_config entries are not supported; give one "
                             "dict of keywords for every edge");
    Kw k(fn + " edge_config", py::args(), ec);
    LineArgs l;
    read_style(k, l);
    k.get("buff", l.buff);
    k.finish();
    a.edge_config = l;
  }
  return a;
}

py::list points_list(const std::vector<Vec3>& pts) {
  py::list out;
  for (const Vec3& p : pts) out.append(py::cast(p));
  return out;
}

template <class T>
void bind_solid(py::module_& m, const char* name) {
  py::class_<T, Polyhedron>(m, name).def(py::init([name](py::args args, py::kwargs kw) {
    Kw k(name, args, kw, {"edge_length"});
    double edge = 1;
    k.get("edge_length", edge);
    py::object fc = k.take("faces_config"), gc = k.take("graph_config");
    k.finish();
    return T(edge, polyhedron_args(fc, gc, name));
  }));
  add_kind<T>();
}

}  // namespace

MANIM_PY_BINDING(bind_polyhedra, 36);
void bind_polyhedra(py::module_& m) {
  py::class_<Polyhedron, VGroup>(m, "Polyhedron")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Polyhedron", args, kw,
             {"vertex_coords", "faces_list", "faces_config", "graph_config"});
        py::object vc = k.take("vertex_coords"), fl = k.take("faces_list");
        if (!vc) throw py::type_error("Polyhedron() missing required argument 'vertex_coords'");
        if (!fl) throw py::type_error("Polyhedron() missing required argument 'faces_list'");
        auto coords =
            convert<std::vector<Vec3>>(vc, "Polyhedron", "vertex_coords", "a list of points");
        auto faces = convert<std::vector<std::vector<int>>>(fl, "Polyhedron", "faces_list",
                                                            "a list of lists of vertex indices");
        py::object fc = k.take("faces_config"), gc = k.take("graph_config");
        k.finish();
        return Polyhedron(coords, faces, polyhedron_args(fc, gc, "Polyhedron"));
      }))
      .def_property_readonly("faces", [](const Polyhedron& p) { return wrap(p.faces()); })
      .def_property_readonly("graph", [](const Polyhedron& p) { return wrap(p.graph()); })
      .def_property_readonly("vertex_coords",
                             [](const Polyhedron& p) { return points_list(p.vertex_coords()); })
      .def_property_readonly("vertex_indices",
                             [](const Polyhedron& p) {
                               py::list out;
                               for (std::size_t i = 0; i < p.vertex_coords().size(); ++i)
                                 out.append(i);
                               return out;
                             })
      .def_property_readonly("layout",
                             [](const Polyhedron& p) {
                               py::dict out;
                               const auto c = p.vertex_coords();
                               for (std::size_t i = 0; i < c.size(); ++i)
                                 out[py::int_(i)] = py::cast(c[i]);
                               return out;
                             })
      .def_property_readonly("faces_list", &Polyhedron::faces_list)
      .def_property_readonly("face_coords",
                             [](const Polyhedron& p) {
                               py::list out;
                               const auto c = p.vertex_coords();
                               for (const auto& f : p.faces_list()) {
                                 std::vector<Vec3> corners;
                                 for (int v : f) corners.push_back(c[static_cast<std::size_t>(v)]);
                                 out.append(points_list(corners));
                               }
                               return out;
                             })
      .def_property_readonly("edges", &Polyhedron::edges)
      .def(
          "get_edges",
          [](const Polyhedron&, const std::vector<std::vector<int>>& faces) {
            return Polyhedron::get_edges(faces);
          },
          py::arg("faces_list"))
      .def(
          "create_faces",
          [](const Polyhedron& p, const std::vector<std::vector<Vec3>>& coords) {
            return wrap(p.create_faces(coords));
          },
          py::arg("face_coords"))
      .def(
          "update_faces",
          [](py::object self, py::object) {
            self.cast<Polyhedron&>().update_faces();
            return self;
          },
          py::arg("m") = py::none())
      .def("extract_face_coords", [](const Polyhedron& p) {
        py::list out;
        for (const auto& f : p.extract_face_coords()) out.append(points_list(f));
        return out;
      });
  add_kind<Polyhedron>();
  bind_solid<Tetrahedron>(m, "Tetrahedron");
  bind_solid<Octahedron>(m, "Octahedron");
  bind_solid<Icosahedron>(m, "Icosahedron");
  bind_solid<Dodecahedron>(m, "Dodecahedron");
}

}  // namespace manim::python
