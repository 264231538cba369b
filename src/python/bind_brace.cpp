// Brace, BraceBetweenPoints, ArcBrace with Manim's keywords.
#include "python/bind_common.hpp"

namespace manim::python {

namespace {

void brace_keywords(Kw& k, BraceArgs& a) {
  read_style(k, a);
  k.get("buff", a.buff);
  k.get("sharpness", a.sharpness);
}

// Manim's Arc attributes read back from an arc's points: centre, radius, start angle and the
// signed total turn over its anchors.
void arc_from_points(const Mobject& arc, ArcBraceArgs& a) {
  const auto& p = arc.points();
  if (p.size() < 4) throw py::value_error("ArcBrace: the arc has no points");
  const Vec3 c = arc.as<Arc>().get_arc_center();
  a.arc_center = c;
  a.radius = (p.front() - c).norm();
  a.start_angle = std::atan2(p.front().y - c.y, p.front().x - c.x);
  double total = 0;
  for (std::size_t i = 0; i + 3 < p.size(); i += 4) {
    const Vec3 u = p[i] - c, v = p[i + 3] - c;
    total += std::atan2(u.x * v.y - u.y * v.x, u.x * v.x + u.y * v.y);
  }
  a.angle = total;
}

}  // namespace

MANIM_PY_BINDING(bind_brace, 45);
void bind_brace(py::module_& m) {
  py::class_<Brace, VMobject>(m, "Brace")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Brace", args, kw, {"mobject", "direction", "buff", "sharpness"});
        py::object target = k.take("mobject");
        if (!target) throw py::type_error("Brace() missing argument 'mobject'");
        const Mobject mob = convert<Mobject>(target, "Brace", "mobject", "a Mobject");
        Vec3 direction = DOWN;
        k.get("direction", direction);
        BraceArgs a;
        brace_keywords(k, a);
        k.finish();
        return Brace(mob, direction, a);
      }))
      .def("get_tip", &Brace::get_tip)
      .def("get_direction", &Brace::get_direction)
      .def(
          "put_at_tip",
          [](py::object self, Mobject& mob, bool use_next_to, py::kwargs kw) {
            Kw k("Brace.put_at_tip", py::args(), kw);
            double buff = DEFAULT_MOBJECT_TO_MOBJECT_BUFFER;
            k.get("buff", buff);
            k.finish();
            self.cast<const Brace&>().put_at_tip(mob, use_next_to, buff);
            return self;
          },
          py::arg("mob"), py::arg("use_next_to") = true)
      .def("get_tex",
           [](py::object self, py::args tex, py::kwargs kw) {
             py::object label = py::module_::import("manim").attr("MathTex")(*tex);
             self.attr("put_at_tip")(label, **kw);
             return label;
           })
      .def("get_text", [](py::object self, py::args text, py::kwargs kw) {
        py::object label = py::module_::import("manim").attr("Tex")(*text);
        self.attr("put_at_tip")(label, **kw);
        return label;
      });
  add_kind<Brace>();

  py::class_<BraceBetweenPoints, Brace>(m, "BraceBetweenPoints")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("BraceBetweenPoints", args, kw, {"point_1", "point_2", "direction"});
        Vec3 p1, p2, direction = ORIGIN;
        if (!k.get("point_1", p1) || !k.get("point_2", p2))
          throw py::type_error("BraceBetweenPoints() missing argument 'point_1' or 'point_2'");
        k.get("direction", direction);
        BraceArgs a;
        brace_keywords(k, a);
        k.finish();
        std::optional<Vec3> d;
        if (!(direction == ORIGIN)) d = direction;
        return BraceBetweenPoints(p1, p2, d, a);
      }));
  add_kind<BraceBetweenPoints>();

  py::class_<ArcBrace, Brace>(m, "ArcBrace").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("ArcBrace", args, kw, {"arc", "direction"});
    ArcBraceArgs a;
    if (py::object arc = k.take("arc"))
      arc_from_points(convert<Mobject>(arc, "ArcBrace", "arc", "an Arc"), a);
    Vec3 direction = RIGHT;
    k.get("direction", direction);
    read_style(k, a);
    k.get("buff", a.buff);
    k.get("sharpness", a.sharpness);
    k.finish();
    return ArcBrace(a, direction);
  }));
  add_kind<ArcBrace>();
}

}  // namespace manim::python
