// Tips, double arrows, vectors, arc shapes, polygrams, angles and DashedVMobject with Manim's
// constructor keywords (positional order as in Manim's signatures).
#include "python/bind_tips.hpp"

namespace manim::python {

namespace {

std::vector<Vec3> points_of(py::handle seq, const std::string& fn, const char* arg) {
  std::vector<Vec3> out;
  for (auto item : py::iter(seq)) out.push_back(convert<Vec3>(item, fn, arg, Expect<Vec3>::name));
  return out;
}

Line line_of(py::handle h, const std::string& fn, const char* arg) {
  return convert<Line>(h, fn, arg, "a Line");
}

// One ArrowTip subclass: Manim's (length, width, start_angle) keywords; `with_width` is false
// for the tips whose width is fixed by their length (circle, square).
template <class T, class Base = ArrowTip>
void bind_tip(py::module_& m, const char* name, bool with_width = true) {
  py::class_<T, Base>(m, name).def(py::init([name, with_width](py::args args, py::kwargs kw) {
    Kw k(name, args, kw);
    ArrowTipArgs a;
    read_style(k, a);
    k.get("length", a.length);
    if (with_width) k.get("width", a.width);
    k.take("start_angle");  // accepted as in Manim; the outline is fixed by the class
    k.finish();
    return T(a);
  }));
  add_kind<T>();
}

// Reads the keywords shared by Arrow-like classes into any struct that has them.
template <class A>
void arrow_keywords(Kw& k, A& a) {
  read_style(k, a);
  k.get("buff", a.buff);
  k.get("tip_length", a.tip_length);
  k.get("max_tip_length_to_length_ratio", a.max_tip_length_to_length_ratio);
  k.get("max_stroke_width_to_length_ratio", a.max_stroke_width_to_length_ratio);
}

Vec3 end_point(Kw& k, const char* name, Vec3 fallback) {
  py::object o = k.take(name);
  if (!o) return fallback;
  if (py::isinstance<Mobject>(o)) return o.cast<Mobject>().get_center();
  return convert<Vec3>(o, k.fn(), name, Expect<Vec3>::name);
}

void read_quadrant(Kw& k, int& q1, int& q2) {
  py::object q = k.take("quadrant");
  if (!q) return;
  auto v = convert<std::vector<int>>(q, k.fn(), "quadrant", "a pair of 1 / -1");
  if (v.size() != 2) throw py::type_error(k.fn() + ": argument 'quadrant' must have 2 entries");
  q1 = v[0];
  q2 = v[1];
}

}  // namespace

MANIM_PY_BINDING(bind_shapes, 31);
void bind_shapes(py::module_& m) {
  // ---------------------------------------------------------------- tips
  py::class_<ArrowTip, VMobject>(m, "ArrowTip")
      .def(py::init([](py::args, py::kwargs) -> ArrowTip {
        throw py::type_error(
            "ArrowTip: has to be implemented in inheriting subclasses "
            "(use ArrowTriangleFilledTip, ArrowCircleTip, StealthTip...)");
      }))
      .def_property_readonly("base", &ArrowTip::base)
      .def_property_readonly("tip_point", &ArrowTip::tip_point)
      .def_property_readonly("vector", &ArrowTip::vector)
      .def_property_readonly("tip_angle", &ArrowTip::tip_angle)
      .def_property_readonly("length", &ArrowTip::length);
  add_kind<ArrowTip>();
  bind_tip<ArrowTriangleTip>(m, "ArrowTriangleTip");
  bind_tip<ArrowTriangleFilledTip, ArrowTriangleTip>(m, "ArrowTriangleFilledTip");
  bind_tip<ArrowCircleTip>(m, "ArrowCircleTip");
  bind_tip<ArrowCircleFilledTip, ArrowCircleTip>(m, "ArrowCircleFilledTip", false);
  bind_tip<ArrowSquareTip>(m, "ArrowSquareTip");
  bind_tip<ArrowSquareFilledTip, ArrowSquareTip>(m, "ArrowSquareFilledTip", false);
  bind_tip<StealthTip>(m, "StealthTip");

  // ---------------------------------------------------------------- arrows
  py::class_<DoubleArrow, Arrow>(m, "DoubleArrow").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("DoubleArrow", args, kw, {"start", "end"});
    DoubleArrowArgs a;
    const Vec3 start = end_point(k, "start", LEFT), end = end_point(k, "end", RIGHT);
    arrow_keywords(k, a);
    get_tip_shape(k, "tip_shape", a.tip_shape_end);
    get_tip_shape(k, "tip_shape_end", a.tip_shape_end);
    get_tip_shape(k, "tip_shape_start", a.tip_shape_start);
    k.finish();
    return DoubleArrow(start, end, a);
  }));
  add_kind<DoubleArrow>();

  py::class_<Vector, Arrow>(m, "Vector").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Vector", args, kw, {"direction", "buff"});
    VectorArgs a;
    Vec3 direction = RIGHT;
    k.get("direction", direction);
    arrow_keywords(k, a);
    get_tip_shape(k, "tip_shape", a.tip_shape);
    k.finish();
    return Vector(direction, a);
  }));
  add_kind<Vector>();

  // ---------------------------------------------------------------- arcs
  auto between_keywords = [](Kw& k, auto& a) {
    read_style(k, a);
    k.get("angle", a.angle);
    k.get("radius", a.radius);
    k.get("num_components", a.num_components);
  };
  py::class_<ArcBetweenPoints, Arc>(m, "ArcBetweenPoints")
      .def(py::init([between_keywords](py::args args, py::kwargs kw) {
        Kw k("ArcBetweenPoints", args, kw, {"start", "end", "angle", "radius"});
        ArcBetweenPointsArgs a;
        const Vec3 start = end_point(k, "start", LEFT), end = end_point(k, "end", RIGHT);
        between_keywords(k, a);
        k.finish();
        return ArcBetweenPoints(start, end, a);
      }));
  add_kind<ArcBetweenPoints>();

  py::class_<CurvedArrow, ArcBetweenPoints>(m, "CurvedArrow")
      .def(py::init([between_keywords](py::args args, py::kwargs kw) {
        Kw k("CurvedArrow", args, kw, {"start_point", "end_point"});
        CurvedArrowArgs a;
        const Vec3 start = end_point(k, "start_point", LEFT);
        const Vec3 end = end_point(k, "end_point", RIGHT);
        between_keywords(k, a);
        get_tip_shape(k, "tip_shape", a.tip_shape);
        k.finish();
        return CurvedArrow(start, end, a);
      }));
  add_kind<CurvedArrow>();

  py::class_<CurvedDoubleArrow, CurvedArrow>(m, "CurvedDoubleArrow")
      .def(py::init([between_keywords](py::args args, py::kwargs kw) {
        Kw k("CurvedDoubleArrow", args, kw, {"start_point", "end_point"});
        CurvedArrowArgs a;
        const Vec3 start = end_point(k, "start_point", LEFT);
        const Vec3 end = end_point(k, "end_point", RIGHT);
        between_keywords(k, a);
        get_tip_shape(k, "tip_shape", a.tip_shape);
        get_tip_shape(k, "tip_shape_end", a.tip_shape);
        get_tip_shape(k, "tip_shape_start", a.tip_shape_start);
        k.finish();
        return CurvedDoubleArrow(start, end, a);
      }));
  add_kind<CurvedDoubleArrow>();

  py::class_<AnnularSector, Arc>(m, "AnnularSector").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("AnnularSector", args, kw,
         {"inner_radius", "outer_radius", "angle", "start_angle", "fill_opacity", "stroke_width",
          "color"});
    AnnularSectorArgs a;
    read_style(k, a);
    k.get("inner_radius", a.inner_radius);
    k.get("outer_radius", a.outer_radius);
    k.get("angle", a.angle);
    k.get("start_angle", a.start_angle);
    k.get("arc_center", a.arc_center);
    k.finish();
    return AnnularSector(a);
  }));
  add_kind<AnnularSector>();

  py::class_<Sector, AnnularSector>(m, "Sector").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Sector", args, kw, {"outer_radius", "inner_radius"});
    SectorArgs a;
    read_style(k, a);
    k.get("inner_radius", a.inner_radius);
    k.get("outer_radius", a.outer_radius);
    k.get("angle", a.angle);
    k.get("start_angle", a.start_angle);
    k.get("arc_center", a.arc_center);
    k.finish();
    return Sector(a);
  }));
  add_kind<Sector>();

  py::class_<Annulus, Circle>(m, "Annulus").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Annulus", args, kw,
         {"inner_radius", "outer_radius", "fill_opacity", "stroke_width", "color"});
    AnnulusArgs a;
    read_style(k, a);
    k.get("inner_radius", a.inner_radius);
    k.get("outer_radius", a.outer_radius);
    k.get("arc_center", a.arc_center);
    k.take("mark_paths_closed");
    k.finish();
    return Annulus(a);
  }));
  add_kind<Annulus>();

  py::class_<AnnotationDot, Dot>(m, "AnnotationDot").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("AnnotationDot", args, kw, {"radius", "stroke_width", "stroke_color", "fill_color"});
    AnnotationDotArgs a;
    Vec3 point = ORIGIN;
    k.get("point", point);
    read_style(k, a);
    k.get("radius", a.radius);
    k.finish();
    return AnnotationDot(point, a);
  }));
  add_kind<AnnotationDot>();

  py::class_<CubicBezier, VMobject>(m, "CubicBezier")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("CubicBezier", args, kw, {"start_anchor", "start_handle", "end_handle", "end_anchor"});
        Vec3 p[4];
        const char* names[4] = {"start_anchor", "start_handle", "end_handle", "end_anchor"};
        for (int i = 0; i < 4; ++i)
          if (!k.get(names[i], p[i]))
            throw py::type_error(std::string("CubicBezier() missing argument '") + names[i] + "'");
        StyleArgs a;
        read_style(k, a);
        k.finish();
        return CubicBezier(p[0], p[1], p[2], p[3], a);
      }));
  add_kind<CubicBezier>();

  // ---------------------------------------------------------------- polygrams
  py::class_<Polygram, VMobject>(m, "Polygram")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Polygram", py::args(), kw);
        StyleArgs a;
        read_style(k, a);
        k.finish();
        std::vector<std::vector<Vec3>> groups;
        for (auto g : args) groups.push_back(points_of(g, "Polygram", "vertex_groups"));
        return Polygram(groups, a);
      }))
      .def("get_vertices",
           [](const Polygram& p) {
             py::list out;
             for (const auto& v : p.get_vertices()) out.append(py::cast(v));
             return py::module_::import("numpy").attr("array")(out);
           })
      .def("get_vertex_groups", [](const Polygram& p) {
        py::list out;
        for (const auto& g : p.get_vertex_groups()) {
          py::list grp;
          for (const auto& v : g) grp.append(py::cast(v));
          out.append(grp);
        }
        return py::module_::import("numpy").attr("array")(out);
      });
  add_kind<Polygram>();

  py::class_<RegularPolygram, Polygram>(m, "RegularPolygram")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("RegularPolygram", args, kw, {"num_vertices"});
        int n = 0;
        if (!k.get("num_vertices", n))
          throw py::type_error("RegularPolygram() missing argument 'num_vertices'");
        RegularPolygramArgs a;
        read_style(k, a);
        k.get("density", a.density);
        k.get("radius", a.radius);
        k.get("start_angle", a.start_angle);
        k.finish();
        return RegularPolygram(n, a);
      }));
  add_kind<RegularPolygram>();

  py::class_<Star, Polygram>(m, "Star").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Star", args, kw, {"n"});
    int n = 5;
    k.get("n", n);
    StarArgs a;
    read_style(k, a);
    k.get("outer_radius", a.outer_radius);
    k.get("inner_radius", a.inner_radius);
    k.get("density", a.density);
    k.get("start_angle", a.start_angle);
    k.finish();
    return Star(n, a);
  }));
  add_kind<Star>();

  // ---------------------------------------------------------------- angles
  py::class_<Elbow, VMobject>(m, "Elbow").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("Elbow", args, kw, {"width", "angle"});
    ElbowArgs a;
    read_style(k, a);
    k.get("width", a.width);
    k.get("angle", a.angle);
    k.finish();
    return Elbow(a);
  }));
  add_kind<Elbow>();

  auto angle_keywords = [](Kw& k, AngleArgs& a) {
    read_style(k, a);
    k.get("radius", a.radius);
    read_quadrant(k, a.quadrant_1, a.quadrant_2);
    k.get("other_angle", a.other_angle);
    k.get("dot", a.dot);
    k.get("dot_radius", a.dot_radius);
    k.get("dot_distance", a.dot_distance);
    k.get("dot_color", a.dot_color);
    k.get("elbow", a.elbow);
  };
  py::class_<Angle, VMobject>(m, "Angle")
      .def(py::init([angle_keywords](py::args args, py::kwargs kw) {
        Kw k("Angle", args, kw,
             {"line1", "line2", "radius", "quadrant", "other_angle", "dot", "dot_radius",
              "dot_distance", "dot_color", "elbow"});
        py::object l1 = k.take("line1"), l2 = k.take("line2");
        if (!l1 || !l2) throw py::type_error("Angle() missing argument 'line1' or 'line2'");
        AngleArgs a;
        angle_keywords(k, a);
        k.finish();
        return Angle(line_of(l1, "Angle", "line1"), line_of(l2, "Angle", "line2"), a);
      }))
      .def_static(
          "from_three_points",
          [angle_keywords](const Vec3& A, const Vec3& B, const Vec3& C, py::kwargs kw) {
            Kw k("Angle.from_three_points", py::args(), kw);
            AngleArgs a;
            angle_keywords(k, a);
            k.finish();
            return Angle::from_three_points(A, B, C, a);
          },
          py::arg("A"), py::arg("B"), py::arg("C"))
      .def("get_value", &Angle::get_value, py::arg("degrees") = false);
  add_kind<Angle>();

  py::class_<RightAngle, Angle>(m, "RightAngle").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("RightAngle", args, kw, {"line1", "line2", "length"});
    py::object l1 = k.take("line1"), l2 = k.take("line2");
    if (!l1 || !l2) throw py::type_error("RightAngle() missing argument 'line1' or 'line2'");
    RightAngleArgs a;
    read_style(k, a);
    k.get("length", a.length);
    read_quadrant(k, a.quadrant_1, a.quadrant_2);
    k.finish();
    return RightAngle(line_of(l1, "RightAngle", "line1"), line_of(l2, "RightAngle", "line2"), a);
  }));
  add_kind<RightAngle>();

  // ---------------------------------------------------------------- dashes
  py::class_<DashedVMobject, VMobject>(m, "DashedVMobject")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("DashedVMobject", args, kw,
             {"vmobject", "num_dashes", "dashed_ratio", "dash_offset", "color", "equal_lengths"});
        py::object v = k.take("vmobject");
        if (!v) throw py::type_error("DashedVMobject() missing argument 'vmobject'");
        DashedVMobjectArgs a;
        read_style(k, a);
        k.get("num_dashes", a.num_dashes);
        k.get("dashed_ratio", a.dashed_ratio);
        k.get("dash_offset", a.dash_offset);
        k.get("equal_lengths", a.equal_lengths);
        k.finish();
        return DashedVMobject(convert<VMobject>(v, "DashedVMobject", "vmobject", "a VMobject"), a);
      }));
  add_kind<DashedVMobject>();

  auto vm = py::reinterpret_borrow<py::class_<VMobject>>(py::type::of<VMobject>());
  vm.def(
      "get_subcurve",
      [](const VMobject& v, double a, double b) { return wrap(get_subcurve(v, a, b)); },
      py::arg("a"), py::arg("b"));
  vm.def("proportion_from_point", &proportion_from_point, py::arg("point"));
  vm.def("get_subpaths", [](const VMobject& v) {
    py::list out;
    auto np = py::module_::import("numpy");
    for (const auto& sub : v.get_subpaths()) {
      py::list pts;
      for (const auto& q : sub) pts.append(py::cast(q));
      out.append(np.attr("array")(pts));
    }
    return out;
  });
}

}  // namespace manim::python
