// Geometry classes with Manim's constructor keywords.
#include "python/bind_common.hpp"

namespace manim::python {

namespace {

// A Line end: a point, or a mobject (its centre, as Manim's Line does for a start/end mobject).
bool is_mob(py::handle h) { return py::isinstance<Mobject>(h); }

}  // namespace

MANIM_PY_BINDING(bind_geometry, 30);
void bind_geometry(py::module_& m) {
  py::class_<Arc, VMobject>(m, "Arc")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Arc", args, kw, {"radius", "start_angle", "angle", "num_components", "arc_center"});
        ArcArgs a;
        read_style(k, a);
        k.get("radius", a.radius);
        k.get("start_angle", a.start_angle);
        k.get("angle", a.angle);
        k.get("num_components", a.num_components);
        k.get("arc_center", a.arc_center);
        k.finish();
        return Arc(a);
      }))
      .def("get_arc_center", &Arc::get_arc_center);
  add_kind<Arc>();

  py::class_<Circle, Arc>(m, "Circle")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Circle", args, kw, {"radius", "color"});
        CircleArgs a;
        read_style(k, a);
        k.get("radius", a.radius);
        k.get("num_components", a.num_components);
        k.finish();
        return Circle(a);
      }))
      .def("get_radius", &Circle::get_radius)
      .def_property_readonly("radius", &Circle::get_radius)
      .def("point_at_angle", &Circle::point_at_angle, py::arg("angle"));
  add_kind<Circle>();

  py::class_<Dot, Circle>(m, "Dot").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Dot", args, kw, {"point", "radius", "stroke_width", "fill_opacity", "color"});
    DotArgs a;
    Vec3 point = ORIGIN;
    k.get("point", point);
    read_style(k, a);
    k.get("radius", a.radius);
    k.finish();
    return Dot(point, a);
  }));
  add_kind<Dot>();

  py::class_<Ellipse, Circle>(m, "Ellipse").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Ellipse", args, kw, {"width", "height"});
    EllipseArgs a;
    read_style(k, a);
    k.get("width", a.width);
    k.get("height", a.height);
    k.finish();
    return Ellipse(a);
  }));
  add_kind<Ellipse>();

  // Line(start, end): points or mobjects.
  auto line_ends = [](Kw& k, Vec3& start, Vec3& end, py::object& sm, py::object& em) {
    sm = k.take("start");
    em = k.take("end");
    if (sm && !is_mob(sm)) start = convert<Vec3>(sm, k.fn(), "start", Expect<Vec3>::name);
    if (em && !is_mob(em)) end = convert<Vec3>(em, k.fn(), "end", Expect<Vec3>::name);
    // A mobject end stands for its centre (Manim's pointify without a direction).
    if (sm && is_mob(sm)) start = sm.cast<Mobject>().get_center();
    if (em && is_mob(em)) end = em.cast<Mobject>().get_center();
  };

  py::class_<Line, VMobject>(m, "Line")
      .def(py::init([line_ends](py::args args, py::kwargs kw) {
        Kw k("Line", args, kw, {"start", "end", "buff"});
        LineArgs a;
        Vec3 start = LEFT, end = RIGHT;
        py::object sm, em;
        line_ends(k, start, end, sm, em);
        read_style(k, a);
        k.get("buff", a.buff);
        k.finish();
        if (sm && em && is_mob(sm) && is_mob(em))
          return Line(sm.cast<Mobject>(), em.cast<Mobject>(), a);
        return Line(start, end, a);
      }))
      .def("get_vector", &Line::get_vector)
      .def("get_length", &Line::get_length)
      .def("get_unit_vector", &Line::get_unit_vector)
      .def("get_angle", &Line::get_angle)
      .def(
          "put_start_and_end_on",
          [](py::object self, const Vec3& s, const Vec3& e) {
            self.cast<Line&>().put_start_and_end_on(s, e);
            return self;
          },
          py::arg("start"), py::arg("end"));
  add_kind<Line>();

  py::class_<DashedLine, Line>(m, "DashedLine")
      .def(py::init([line_ends](py::args args, py::kwargs kw) {
        Kw k("DashedLine", args, kw, {"start", "end"});
        DashedLineArgs a;
        Vec3 start = LEFT, end = RIGHT;
        py::object sm, em;
        line_ends(k, start, end, sm, em);
        read_style(k, a);
        k.get("buff", a.buff);
        k.get("dash_length", a.dash_length);
        k.get("dashed_ratio", a.dashed_ratio);
        k.finish();
        return DashedLine(start, end, a);
      }));
  add_kind<DashedLine>();

  py::class_<Arrow, Line>(m, "Arrow")
      .def(py::init([line_ends](py::args args, py::kwargs kw) {
        Kw k("Arrow", args, kw, {"start", "end"});
        ArrowArgs a;
        Vec3 start = LEFT, end = RIGHT;
        py::object sm, em;
        line_ends(k, start, end, sm, em);
        read_style(k, a);
        k.get("buff", a.buff);
        k.get("tip_length", a.tip_length);
        k.get("max_tip_length_to_length_ratio", a.max_tip_length_to_length_ratio);
        k.get("max_stroke_width_to_length_ratio", a.max_stroke_width_to_length_ratio);
        k.finish();
        return Arrow(start, end, a);
      }))
      .def("get_tip", [](const Arrow& a) { return wrap(a.get_tip()); })
      .def("get_tip_length", &Arrow::get_tip_length);
  add_kind<Arrow>();

  py::class_<Polygon, VMobject>(m, "Polygon")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Polygon", py::args(), kw);
        StyleArgs a;
        read_style(k, a);
        k.finish();
        std::vector<Vec3> verts;
        for (std::size_t i = 0; i < args.size(); ++i)
          verts.push_back(convert<Vec3>(args[i], "Polygon", "vertices", Expect<Vec3>::name));
        return Polygon(verts, a);
      }))
      .def("get_vertices", [](const Polygon& p) {
        py::list out;
        for (const auto& v : p.get_vertices()) out.append(py::cast(v));
        return py::module_::import("numpy").attr("array")(out);
      });
  add_kind<Polygon>();

  auto regular_args = [](Kw& k, RegularPolygonArgs& a) {
    read_style(k, a);
    k.get("radius", a.radius);
    k.get("start_angle", a.start_angle);
  };
  py::class_<RegularPolygon, Polygon>(m, "RegularPolygon")
      .def(py::init([regular_args](py::args args, py::kwargs kw) {
        Kw k("RegularPolygon", args, kw, {"n"});
        int n = 6;
        k.get("n", n);
        RegularPolygonArgs a;
        regular_args(k, a);
        k.finish();
        return RegularPolygon(n, a);
      }));
  add_kind<RegularPolygon>();
  py::class_<Triangle, RegularPolygon>(m, "Triangle")
      .def(py::init([regular_args](py::args args, py::kwargs kw) {
        Kw k("Triangle", args, kw);
        RegularPolygonArgs a;
        regular_args(k, a);
        k.finish();
        return Triangle(a);
      }));
  add_kind<Triangle>();

  py::class_<Rectangle, Polygon>(m, "Rectangle").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Rectangle", args, kw, {"color", "height", "width"});
    RectangleArgs a;
    read_style(k, a);
    k.get("width", a.width);
    k.get("height", a.height);
    k.finish();
    return Rectangle(a);
  }));
  add_kind<Rectangle>();

  py::class_<Square, Rectangle>(m, "Square")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Square", args, kw, {"side_length"});
        SquareArgs a;
        k.get("side_length", a.side_length);
        read_style(k, a);
        k.finish();
        return Square(a);
      }))
      .def_property_readonly("side_length", &Square::side_length);
  add_kind<Square>();

  py::class_<RoundedRectangle, Polygon>(m, "RoundedRectangle")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("RoundedRectangle", args, kw, {"corner_radius"});
        RoundedRectangleArgs a;
        k.get("corner_radius", a.corner_radius);
        read_style(k, a);
        k.get("width", a.width);
        k.get("height", a.height);
        k.finish();
        return RoundedRectangle(a);
      }));
  add_kind<RoundedRectangle>();

  py::class_<SurroundingRectangle, RoundedRectangle>(m, "SurroundingRectangle")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("SurroundingRectangle", args, kw, {"mobject", "color", "buff", "corner_radius"});
        py::object target = k.take("mobject");
        if (!target) throw py::type_error("SurroundingRectangle() missing argument 'mobject'");
        const Mobject mob =
            convert<Mobject>(target, "SurroundingRectangle", "mobject", "a Mobject");
        SurroundingRectangleArgs a;
        read_style(k, a);
        k.get("buff", a.buff);
        k.get("corner_radius", a.corner_radius);
        k.finish();
        return SurroundingRectangle(mob, a);
      }));
  add_kind<SurroundingRectangle>();

  py::class_<BackgroundRectangle, SurroundingRectangle>(m, "BackgroundRectangle")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("BackgroundRectangle", args, kw, {"mobject", "color"});
        py::object target = k.take("mobject");
        if (!target) throw py::type_error("BackgroundRectangle() missing argument 'mobject'");
        const Mobject mob = convert<Mobject>(target, "BackgroundRectangle", "mobject", "a Mobject");
        BackgroundRectangleArgs a;
        read_style(k, a);
        k.get("buff", a.buff);
        k.get("corner_radius", a.corner_radius);
        k.finish();
        return BackgroundRectangle(mob, a);
      }));
  add_kind<BackgroundRectangle>();
}

}  // namespace manim::python
