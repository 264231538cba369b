// The engine side of the last VMobject methods of Manim (python/manim/_mobject_align.py):
// cap_style (Manim v0.18.1's CapStyleType) and set_cap_style, color_using_background_image's
// picture, interpolate_color, align_rgbas and insert_n_curves_to_point_list.
#include <algorithm>

#include "mobject/background_image.hpp"
#include "mobject/family.hpp"
#include "mobject/path_ops.hpp"
#include "python/bind_common.hpp"

namespace manim::python {

namespace {

int to_cap_style(const Mobject& x, py::handle v) {
  py::object value =
      py::hasattr(v, "value") ? py::object(v.attr("value")) : py::reinterpret_borrow<py::object>(v);
  const int c = convert<int>(value, x.kind() + ".cap_style", "cap_style",
                             "a CapStyleType (AUTO, ROUND, BUTT or SQUARE)");
  if (c < 0 || c > 3)
    throw py::value_error(x.kind() + ".cap_style: " + std::to_string(c) +
                          " is not a CapStyleType; use CapStyleType.AUTO, ROUND, BUTT or SQUARE");
  return c;
}

// Manim's stretch_array_to_length: element floor(i * len / n) for i < n.
std::vector<Color> stretch_stops(const std::vector<Color>& stops, const Color& solid,
                                 std::size_t n) {
  const std::vector<Color> src = stops.empty() ? std::vector<Color>{solid} : stops;
  std::vector<Color> out(n);
  for (std::size_t i = 0; i < n; ++i) out[i] = src[i * src.size() / n];
  return out;
}

// Both colour lists of one kind get the longer one's stop count (one stop: the solid colour).
void align_stops(std::vector<Color>& a, const Color& ca, std::vector<Color>& b, const Color& cb) {
  const std::size_t na = std::max<std::size_t>(1, a.size()),
                    nb = std::max<std::size_t>(1, b.size());
  if (na < nb) a = stretch_stops(a, ca, nb);
  if (nb < na) b = stretch_stops(b, cb, na);
}

std::vector<Vec3> to_points(const py::handle& h, const char* fn) {
  auto arr = py::array_t<double, py::array::c_style | py::array::forcecast>::ensure(h);
  if (!arr || (arr.size() > 0 && (arr.ndim() != 2 || arr.shape(1) != 3)))
    throw py::value_error(std::string(fn) + ": points must be an N x 3 array, got " + type_name(h));
  std::vector<Vec3> pts;
  if (arr.size() == 0) return pts;
  pts.reserve(static_cast<std::size_t>(arr.shape(0)));
  const double* d = arr.data();
  for (py::ssize_t i = 0; i < arr.shape(0); ++i)
    pts.emplace_back(d[3 * i], d[3 * i + 1], d[3 * i + 2]);
  return pts;
}

py::array_t<double> from_points(const std::vector<Vec3>& pts) {
  py::array_t<double> out({static_cast<py::ssize_t>(pts.size()), static_cast<py::ssize_t>(3)});
  double* d = out.mutable_data();
  for (std::size_t i = 0; i < pts.size(); ++i) {
    d[3 * i] = pts[i].x;
    d[3 * i + 1] = pts[i].y;
    d[3 * i + 2] = pts[i].z;
  }
  return out;
}

}  // namespace

MANIM_PY_BINDING(bind_vmobject_internals, 56);
void bind_vmobject_internals(py::module_& m) {
  auto mob = py::reinterpret_borrow<py::class_<Mobject>>(m.attr("Mobject"));
  auto vm = py::reinterpret_borrow<py::class_<VMobject, Mobject>>(m.attr("VMobject"));

  // Manim v0.18.1's VMobject.cap_style: a CapStyleType (or its value 0-3), this object only.
  mob.def_property(
      "cap_style",
      [](const Mobject& x) {
        return py::module_::import("manim.constants")
            .attr("CapStyleType")(x.node().style.cap_style);
      },
      [](Mobject& x, py::object v) { x.node().style.cap_style = to_cap_style(x, v); });
  vm.def(
      "set_cap_style",
      [](py::object self, py::object cap_style) {
        Mobject& x = self.cast<Mobject&>();
        x.node().style.cap_style = to_cap_style(x, cap_style);
        return self;
      },
      py::arg("cap_style"),
      "Sets the stroke's line cap (CapStyleType: AUTO, ROUND, BUTT, SQUARE), this object only.");

  // A picture for color_using_background_image, made once per image and shared.
  py::class_<BackgroundImage, std::shared_ptr<BackgroundImage>>(m, "_BackgroundImage",
                                                                py::dynamic_attr())
      .def_readonly("width", &BackgroundImage::width)
      .def_readonly("height", &BackgroundImage::height);
  m.def(
      "_background_image",
      [](py::object image) {
        auto arr = py::array_t<std::uint8_t, py::array::c_style | py::array::forcecast>::ensure(
            py::module_::import("numpy").attr("asarray")(image));
        if (!arr || arr.ndim() != 3 || arr.shape(2) != 4 || arr.shape(0) < 1 || arr.shape(1) < 1)
          throw py::value_error(
              "color_using_background_image: the picture must be a height x width x 4 (RGBA) "
              "array of bytes");
        const int h = static_cast<int>(arr.shape(0)), w = static_cast<int>(arr.shape(1));
        auto rgba =
            std::make_shared<std::vector<std::uint8_t>>(arr.data(), arr.data() + arr.size());
        return std::const_pointer_cast<BackgroundImage>(
            detail::make_background_image(std::move(rgba), w, h));
      },
      py::arg("image"));
  m.def(
      "_color_using_background_image",
      [](Mobject& x, std::shared_ptr<BackgroundImage> image) {
        detail::color_using_background_image(x, std::move(image));
      },
      py::arg("mobject"), py::arg("image").none(true));
  // The picture a VMobject is drawn through (None: its own colours).
  m.def(
      "_background_image_of",
      [](const Mobject& x) {
        return std::const_pointer_cast<BackgroundImage>(x.node().style.background_image);
      },
      py::arg("mobject"));

  // VMobject.interpolate_color: this object's own colours, widths and sheen between those of
  // two others at alpha; points, joint and cap style, background image and children untouched.
  m.def(
      "_interpolate_color",
      [](Mobject& out, const Mobject& a, const Mobject& b, double alpha) {
        for (const Mobject* x : {static_cast<const Mobject*>(&out), &a, &b})
          if (!x->node().vectorized)
            throw py::type_error("interpolate_color: " + x->kind() + " is not a VMobject");
        detail::MobjectNode ta(a.node()), tb(b.node());
        ta.points.clear();
        tb.points.clear();
        ta.submobjects.clear();
        tb.submobjects.clear();
        std::vector<Vec3> pts = std::move(out.node().points);
        out.node().points.clear();
        detail::interpolate_node(out.node(), ta, tb, alpha);
        out.node().points = std::move(pts);
      },
      py::arg("self"), py::arg("mobject1"), py::arg("mobject2"), py::arg("alpha"));

  // VMobject.align_rgbas: each of fill / stroke / background stroke colour lists of the two
  // objects stretched to the longer one's stop count (the look is unchanged).
  m.def(
      "_align_rgbas",
      [](Mobject& a, Mobject& b) {
        VStyle &sa = a.node().style, &sb = b.node().style;
        align_stops(sa.fill_rgbas, sa.fill_color, sb.fill_rgbas, sb.fill_color);
        align_stops(sa.stroke_rgbas, sa.stroke_color, sb.stroke_rgbas, sb.stroke_color);
        align_stops(sa.background_stroke_rgbas, sa.background_stroke_color,
                    sb.background_stroke_rgbas, sb.background_stroke_color);
        // A single stop is kept as the solid colour alone, as the style stores it.
        for (VStyle* s : {&sa, &sb})
          for (auto* v : {&s->fill_rgbas, &s->stroke_rgbas, &s->background_stroke_rgbas})
            if (v->size() == 1) v->clear();
      },
      py::arg("self"), py::arg("vmobject"));

  m.def(
      "_insert_n_curves_to_point_list",
      [](int n, py::object points) {
        if (n < 0)
          throw py::value_error("insert_n_curves_to_point_list: n must be >= 0, got " +
                                std::to_string(n));
        return from_points(detail::insert_n_curves_to_point_list(
            n, to_points(points, "insert_n_curves_to_point_list")));
      },
      py::arg("n"), py::arg("points"));
}

}  // namespace manim::python
