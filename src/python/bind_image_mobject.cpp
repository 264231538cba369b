// ImageMobject with Manim's constructor (filename_or_array, scale_to_resolution, invert,
// image_mode, resampling_algorithm), numpy pixel arrays and the image methods.
#include "manim/mobject/types/image_mobject.hpp"
#include "python/bind_common.hpp"

namespace manim::python {

namespace {

// A numpy-compatible array of shape (h, w), (h, w, 1), (h, w, 3) or (h, w, 4), cast to uint8 as
// numpy's astype does.
void read_array(py::handle o, const std::string& fn, int& w, int& h, int& channels,
                std::vector<std::uint8_t>& px) {
  py::module_ np = py::module_::import("numpy");
  py::array arr = np.attr("asarray")(o);
  if (arr.dtype().kind() == 'O' || arr.dtype().kind() == 'U' || arr.dtype().kind() == 'S')
    throw py::type_error(fn + ": the pixel array must hold numbers, got dtype " +
                         py::str(arr.dtype()).cast<std::string>());
  if (arr.ndim() != 2 && arr.ndim() != 3)
    throw py::value_error(fn + ": the pixel array must have shape (h, w) or (h, w, 1|3|4), got " +
                          std::to_string(arr.ndim()) + " dimensions");
  h = static_cast<int>(arr.shape(0));
  w = static_cast<int>(arr.shape(1));
  channels = arr.ndim() == 2 ? 1 : static_cast<int>(arr.shape(2));
  if (channels != 1 && channels != 3 && channels != 4)
    throw py::value_error(fn + ": the pixel array needs 1, 3 or 4 channels, got " +
                          std::to_string(channels));
  if (w <= 0 || h <= 0)
    throw py::value_error(fn + ": the pixel array is empty (" + std::to_string(h) + "x" +
                          std::to_string(w) + ")");
  auto u8 = py::array_t<std::uint8_t, py::array::c_style | py::array::forcecast>::ensure(
      arr.attr("astype")("uint8"));
  px.assign(u8.data(), u8.data() + u8.size());
}

int read_resampling(py::handle o, const std::string& fn) {
  if (py::isinstance<py::str>(o))
    return static_cast<int>(resampling_algorithm_from_name(o.cast<std::string>()));
  if (py::isinstance<py::bool_>(o) || !py::hasattr(o, "__index__"))
    throw py::value_error(
        fn +
        ": resampling_algorithm has to be an int, one of the values defined in "
        "RESAMPLING_ALGORITHMS or a Pillow resampling filter constant. Available "
        "algorithms: 'bicubic', 'nearest', 'box', 'bilinear', 'hamming', 'lanczos'.");
  return py::int_(py::reinterpret_borrow<py::object>(o)).cast<int>();
}

py::array pixel_array(const ImageMobject& im) {
  const auto& px = im.get_pixel_array();
  py::array_t<std::uint8_t> out({im.pixel_height(), im.pixel_width(), 4});
  std::copy(px.begin(), px.end(), out.mutable_data());
  return out;
}

}  // namespace

MANIM_PY_BINDING(bind_image_mobject, 34);
void bind_image_mobject(py::module_& m) {
  py::class_<ImageMobject, Mobject> cls(m, "ImageMobject");
  cls.def(py::init([](py::args args, py::kwargs kw) {
    Kw k("ImageMobject", args, kw,
         {"filename_or_array", "scale_to_resolution", "invert", "image_mode"});
    py::object src = k.take("filename_or_array");
    if (!src) throw py::type_error("ImageMobject() missing argument 'filename_or_array'");
    ImageMobjectArgs a;
    k.get("scale_to_resolution", a.scale_to_resolution);
    k.get("invert", a.invert);
    k.get("image_mode", a.image_mode);
    if (py::object r = k.take("resampling_algorithm")) {
      const int code = read_resampling(r, "ImageMobject");
      if (code < 0 || code > 5)
        throw py::value_error("ImageMobject: resampling_algorithm " + std::to_string(code) +
                              " is not a Pillow filter (0-5)");
      a.resampling_algorithm = static_cast<Resampling>(code);
    }
    std::string dtype = "uint8";
    k.get("pixel_array_dtype", dtype);
    if (dtype != "uint8")
      throw py::value_error("ImageMobject: pixel_array_dtype '" + dtype +
                            "' is not supported; pixels are uint8");
    std::optional<Color> color;
    k.get("color", color);
    std::optional<std::string> name;
    k.get("name", name);
    double z_index = 0;
    k.get("z_index", z_index);
    k.finish();
    auto finish = [&](ImageMobject im) {
      if (color) {  // Mobject(color=...) only records the colour; the pixels stay
        im.node().style.fill_color = *color;
        im.node().style.stroke_color = *color;
      }
      if (z_index != 0) im.set_z_index(z_index);
      return im;
    };
    py::module_ pathlib = py::module_::import("pathlib");
    if (py::isinstance<py::str>(src) || py::isinstance(src, pathlib.attr("PurePath"))) {
      const std::string file = py::str(src).cast<std::string>();
      py::gil_scoped_release release;
      return finish(ImageMobject(file, a));
    }
    int w = 0, h = 0, ch = 0;
    std::vector<std::uint8_t> px;
    read_array(src, "ImageMobject", w, h, ch, px);
    return finish(ImageMobject(w, h, ch, px, a));
  }));
  add_kind<ImageMobject>();
  cls.def("get_pixel_array", &pixel_array)
      .def_property("pixel_array", &pixel_array,
                    [](ImageMobject& im, py::object o) {
                      int w = 0, h = 0, ch = 0;
                      std::vector<std::uint8_t> px;
                      read_array(o, "ImageMobject.pixel_array", w, h, ch, px);
                      im.set_pixel_array(w, h, ch, px);
                    })
      .def(
          "set_resampling_algorithm",
          [](ImageMobject& im, py::object r) -> ImageMobject& {
            return im.set_resampling_algorithm(
                read_resampling(r, "ImageMobject.set_resampling_algorithm"));
          },
          py::arg("resampling_algorithm"), py::return_value_policy::reference)
      .def_property_readonly(
          "resampling_algorithm",
          [](const ImageMobject& im) { return static_cast<int>(im.resampling_algorithm()); })
      .def_property_readonly("scale_to_resolution", &ImageMobject::scale_to_resolution)
      .def_property_readonly("invert", &ImageMobject::invert)
      .def_property_readonly("image_mode", &ImageMobject::image_mode)
      .def_property_readonly("pixel_array_dtype", [](const ImageMobject&) { return "uint8"; })
      .def_property_readonly("path",
                             [](const ImageMobject& im) -> py::object {
                               if (im.path().empty()) return py::none();
                               return py::module_::import("pathlib").attr("Path")(im.path());
                             })
      .def_property_readonly("fill_opacity", &ImageMobject::fill_opacity)
      .def_property_readonly("stroke_opacity", &ImageMobject::stroke_opacity)
      .def("get_style",
           [](const ImageMobject& im) {
             py::dict d;
             d["fill_color"] = im.node().style.fill_color.to_hex();
             d["fill_opacity"] = im.fill_opacity();
             return d;
           })
      .def(
          "set_color",
          [](ImageMobject& im, const Color& c, std::optional<double> alpha,
             bool family) -> ImageMobject& {
            im.set_color(c, family);
            if (alpha)
              detail::image_set_opacity(static_cast<detail::ImageNode&>(im.node()), *alpha);
            return im;
          },
          py::arg("color"), py::arg("alpha") = py::none(), py::arg("family") = true,
          py::return_value_policy::reference)
      .def(
          "set_opacity",
          [](ImageMobject& im, double alpha) -> ImageMobject& {
            return im.set_opacity(alpha, false);
          },
          py::arg("alpha"), py::return_value_policy::reference)
      .def(
          "interpolate_color",
          [](ImageMobject& im, const ImageMobject& a, const ImageMobject& b, double alpha) {
            detail::image_interpolate(static_cast<detail::ImageNode&>(im.node()),
                                      static_cast<const detail::ImageNode&>(a.node()),
                                      static_cast<const detail::ImageNode&>(b.node()), alpha);
          },
          py::arg("mobject1"), py::arg("mobject2"), py::arg("alpha"))
      .def("reset_points", &ImageMobject::reset_points, py::return_value_policy::reference);
}

}  // namespace manim::python
