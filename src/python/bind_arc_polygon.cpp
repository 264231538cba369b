// ArcPolygon, ArcPolygonFromArcs, TangentLine, Cutout and VMobject.get_direction /
// force_direction with Manim's positional order and keywords.
#include "manim/mobject/geometry/arc_polygon.hpp"
#include "python/bind_common.hpp"

namespace manim::python {

namespace {

ArcBetweenPointsArgs read_arc_config(py::handle d, std::size_t index) {
  if (!py::isinstance<py::dict>(d))
    throw py::type_error("ArcPolygon: arc_config entry " + std::to_string(index) +
                         " must be a dict, got " + type_name(d));
  Kw k("ArcPolygon.arc_config", py::args(), d.cast<py::dict>());
  ArcBetweenPointsArgs a;
  read_style(k, a);
  k.get("angle", a.angle);
  k.get("radius", a.radius);
  k.get("num_components", a.num_components);
  k.finish();
  return a;
}

}  // namespace

MANIM_PY_BINDING(bind_arc_polygon, 33);
void bind_arc_polygon(py::module_& m) {
  py::class_<ArcPolygon, VMobject>(m, "ArcPolygon")
      .def(py::init([](py::args args, py::kwargs kw) {
        std::vector<Vec3> vertices;
        for (std::size_t i = 0; i < args.size(); ++i)
          vertices.push_back(convert<Vec3>(args[i], "ArcPolygon", "vertices", "a point"));
        Kw k("ArcPolygon", py::args(), kw);
        ArcPolygonArgs a;
        read_style(k, a);
        k.get("angle", a.angle);
        k.get("radius", a.radius);
        if (py::object c = k.take("arc_config")) {
          if (py::isinstance<py::dict>(c)) {
            if (py::len(c) > 0) a.arc_config.push_back(read_arc_config(c, 0));
          } else {
            std::size_t i = 0;
            for (py::handle e : c) a.arc_config.push_back(read_arc_config(e, i++));
          }
        }
        k.finish();
        return ArcPolygon(vertices, a);
      }))
      .def_property_readonly("arcs", [](const ArcPolygon& p) { return wrap_all(p.arcs()); });
  add_kind<ArcPolygon>();

  py::class_<ArcPolygonFromArcs, VMobject>(m, "ArcPolygonFromArcs")
      .def(py::init([](py::args args, py::kwargs kw) {
        std::vector<Mobject> arcs;
        for (std::size_t i = 0; i < args.size(); ++i) {
          if (!py::isinstance<Mobject>(args[i]))
            throw py::value_error(
                "All ArcPolygon submobjects must be of type Arc/ArcBetweenPoints");
          arcs.push_back(args[i].cast<Mobject>());
        }
        Kw k("ArcPolygonFromArcs", py::args(), kw);
        StyleArgs s;
        read_style(k, s);
        k.finish();
        return ArcPolygonFromArcs(arcs, s);
      }))
      .def_property_readonly("arcs",
                             [](const ArcPolygonFromArcs& p) { return wrap_all(p.arcs()); });
  add_kind<ArcPolygonFromArcs>();

  py::class_<TangentLine, Line>(m, "TangentLine").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("TangentLine", args, kw, {"vmob", "alpha", "length", "d_alpha"});
    py::object v = k.take("vmob");
    if (!v) throw py::type_error("TangentLine() missing argument 'vmob'");
    const VMobject vmob = convert<VMobject>(v, "TangentLine", "vmob", "a VMobject");
    double alpha = 0;
    if (!k.get("alpha", alpha)) throw py::type_error("TangentLine() missing argument 'alpha'");
    TangentLineArgs a;
    k.get("length", a.length);
    k.get("d_alpha", a.d_alpha);
    read_style(k, a);
    k.finish();
    return TangentLine(vmob, alpha, a);
  }));
  add_kind<TangentLine>();

  py::class_<Cutout, VMobject>(m, "Cutout").def(py::init([](py::args args, py::kwargs kw) {
    if (args.size() < 1) throw py::type_error("Cutout() missing argument 'main_shape'");
    const VMobject main = convert<VMobject>(args[0], "Cutout", "main_shape", "a VMobject");
    std::vector<VMobject> cut;
    for (std::size_t i = 1; i < args.size(); ++i)
      cut.push_back(convert<VMobject>(args[i], "Cutout", "mobjects", "a VMobject"));
    Kw k("Cutout", py::args(), kw);
    StyleArgs s;
    read_style(k, s);
    k.finish();
    return Cutout(main, cut, s);
  }));
  add_kind<Cutout>();

  py::object vm = m.attr("VMobject");
  vm.attr("get_direction") =
      py::cpp_function([](const VMobject& self) { return get_direction(self); },
                       py::name("get_direction"), py::is_method(vm));
  vm.attr("force_direction") = py::cpp_function(
      [](py::object self, const std::string& target) {
        VMobject v = self.cast<VMobject>();
        force_direction(v, target);
        return self;
      },
      py::name("force_direction"), py::is_method(vm), py::arg("target_direction"));

  for (const char* cls : {"Polygram", "Polygon"}) {
    py::object pg = m.attr(cls);
    pg.attr("round_corners") = py::cpp_function(
        [](py::object self, py::object radius, bool evenly, int components) {
          std::vector<double> radii;
          if (py::isinstance<py::float_>(radius) || py::isinstance<py::int_>(radius))
            radii.push_back(radius.cast<double>());
          else
            for (py::handle r : radius)
              radii.push_back(convert<double>(r, "round_corners", "radius", "a number"));
          VMobject v = self.cast<VMobject>();
          round_corners(v, radii, evenly, components);
          return self;
        },
        py::name("round_corners"), py::is_method(pg), py::arg("radius") = 0.5,
        py::arg("evenly_distribute_anchors") = false, py::arg("components_per_rounded_corner") = 2);
  }
}

}  // namespace manim::python
