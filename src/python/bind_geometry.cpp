// Geometry classes with Manim's constructor keywords.
#include "python/bind_tips.hpp"

namespace manim::python {

namespace {

// A Line end: a point, or a mobject (its centre, as Manim's Line does for a start/end mobject).
bool is_mob(py::handle h) { return py::isinstance<Mobject>(h); }

}  // namespace

MANIM_PY_BINDING(bind_geometry, 30);
void bind_geometry(py::module_& m) {
  py::class_<TipableVMobject, VMobject>(m, "TipableVMobject")
      .def(
          "add_tip",
          [](py::object self, py::object tip, py::object tip_shape,
             std::optional<double> tip_length, std::optional<double> tip_width, bool at_start) {
            auto& t = self.cast<TipableVMobject&>();
            if (!tip.is_none()) {
              t.add_tip(convert<VMobject>(tip, "add_tip", "tip", "an ArrowTip"), at_start);
            } else {
              TipShape s = TipShape::TriangleFilled;
              if (!tip_shape.is_none()) s = tip_shape_of(tip_shape, "add_tip", "tip_shape");
              t.add_tip(s, tip_length, tip_width, at_start);
            }
            return self;
          },
          py::arg("tip") = py::none(), py::arg("tip_shape") = py::none(),
          py::arg("tip_length") = py::none(), py::arg("tip_width") = py::none(),
          py::arg("at_start") = false)
      .def("has_tip", &TipableVMobject::has_tip)
      .def("has_start_tip", &TipableVMobject::has_start_tip)
      .def("pop_tips", [](TipableVMobject& t) { return wrap(t.pop_tips()); })
      .def("get_tips", [](const TipableVMobject& t) { return wrap(t.get_tips()); })
      .def("get_tip", [](const TipableVMobject& t) { return wrap(t.get_tip()); })
      .def_property_readonly("tip",
                             [](const TipableVMobject& t) -> py::object {
                               if (!t.has_tip())
                                 throw py::attribute_error(t.kind() + " has no attribute 'tip'");
                               return wrap(t.get_tip());
                             })
      .def_property_readonly(
          "start_tip",
          [](const TipableVMobject& t) -> py::object {
            if (!t.has_start_tip())
              throw py::attribute_error(t.kind() + " has no attribute 'start_tip'");
            return wrap(t.get_start_tip());
          })
      .def("get_default_tip_length", &TipableVMobject::get_default_tip_length)
      .def("get_first_handle", &TipableVMobject::get_first_handle)
      .def("get_last_handle", &TipableVMobject::get_last_handle)
      .def("get_start", &TipableVMobject::get_start)
      .def("get_end", &TipableVMobject::get_end)
      .def("get_start_and_end",
           [](const TipableVMobject& t) { return py::make_tuple(t.get_start(), t.get_end()); })
      .def("get_length", &TipableVMobject::get_length);
  add_kind<TipableVMobject>();

  py::class_<Arc, TipableVMobject>(m, "Arc")
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
        Vec3 center = ORIGIN;
        k.get("arc_center", center);
        k.finish();
        Circle c(a);
        if (!(center == ORIGIN)) c.shift(center);
        return c;
      }))
      .def_static(
          "from_three_points",
          [](const Vec3& p1, const Vec3& p2, const Vec3& p3, py::kwargs kw) {
            Kw k("Circle.from_three_points", py::args(), kw);
            CircleArgs a;
            read_style(k, a);
            k.finish();
            return Circle::from_three_points(p1, p2, p3, a);
          },
          py::arg("p1"), py::arg("p2"), py::arg("p3"))
      .def(
          "surround",
          [](py::object self, const Mobject& mob, int dim_to_match, bool stretch,
             double buffer_factor) {
            self.cast<Circle&>().surround(mob, dim_to_match, stretch, buffer_factor);
            return self;
          },
          py::arg("mobject"), py::arg("dim_to_match") = 0, py::arg("stretch") = false,
          py::arg("buffer_factor") = 1.2)
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

  py::class_<Line, TipableVMobject>(m, "Line")
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
        get_tip_shape(k, "tip_shape", a.tip_shape);
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
