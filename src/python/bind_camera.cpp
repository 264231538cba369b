// MovingCamera, MultiCamera, ImageMobjectFromCamera, MovingCameraScene and ZoomedScene in
// Python, with Manim's names and keywords; Scene(camera_class=...) makes the C++ camera.
#include <pybind11/eval.h>
#include <pybind11/functional.h>

#include <map>

#include "manim/camera/image_mobject_from_camera.hpp"
#include "manim/camera/moving_camera.hpp"
#include "python/bind_common.hpp"
#include "python/py_camera.hpp"

namespace manim::python {
namespace {

std::map<PyObject*, SceneCameraFactory>& camera_factories() {
  static std::map<PyObject*, SceneCameraFactory> f;
  return f;
}

// A C++ shared handle on a Python-owned MovingCamera: the Python object stays alive while the
// handle (an ImageMobjectFromCamera's camera) does.
std::shared_ptr<MovingCamera> shared_camera(py::handle cam, const char* fn) {
  auto* p = convert<MovingCamera*>(cam, fn, "camera", "a MovingCamera");
  auto* keep = new py::object(py::reinterpret_borrow<py::object>(cam));
  return std::shared_ptr<MovingCamera>(p, [keep](MovingCamera*) {
    if (!Py_IsInitialized()) return;  // interpreter gone: nothing left to release
    py::gil_scoped_acquire gil;
    delete keep;
  });
}

// Manim iterates `mobjects`: a list, or a single Mobject (its submobjects).
std::vector<Mobject> mobject_sequence(py::handle obj, const char* fn) {
  std::vector<Mobject> out;
  if (py::isinstance<Mobject>(obj)) {
    for (const Mobject& m : obj.cast<Mobject&>().submobjects()) out.push_back(m);
    return out;
  }
  if (!py::isinstance<py::iterable>(obj))
    throw py::type_error(std::string(fn) + ": mobjects must be a list of Mobjects, got " +
                         type_name(obj));
  for (py::handle h : obj) out.push_back(convert<Mobject>(h, fn, "mobjects", "a Mobject"));
  return out;
}

MovingCameraArgs read_camera_args(Kw& k) {
  MovingCameraArgs a;
  if (py::object f = k.take("frame")) a.frame = convert<Mobject>(f, k.fn(), "frame", "a Mobject");
  k.get("fixed_dimension", a.fixed_dimension);
  k.get("default_frame_stroke_color", a.default_frame_stroke_color);
  k.get("default_frame_stroke_width", a.default_frame_stroke_width);
  k.get("background_color", a.background_color);
  k.get("background_opacity", a.background_opacity);
  double mult = 0.01;
  if (k.get("cairo_line_width_multiple", mult) && mult != 0.01)
    throw py::value_error(k.fn() +
                          ": cairo_line_width_multiple other than 0.01 is not supported by "
                          "manim.cpp (stroke widths are 0.01 scene units per unit)");
  return a;
}

template <class C>
void apply_pixel_kwargs(Kw& k, C& cam) {
  std::optional<int> pw, ph;
  k.get("pixel_width", pw);
  k.get("pixel_height", ph);
  if (pw || ph) cam.reset_pixel_shape(ph.value_or(cam.pixel_height), pw.value_or(cam.pixel_width));
}

DisplayFrameConfig read_display_frame(Kw& k, DisplayFrameConfig c) {
  k.get("stroke_width", c.stroke_width);
  k.get("stroke_color", c.stroke_color);
  k.get("color", c.stroke_color);
  k.get("buff", c.buff);
  return c;
}

py::dict display_frame_dict(const DisplayFrameConfig& c) {
  py::dict d;
  d["stroke_width"] = c.stroke_width;
  d["stroke_color"] = py::cast(c.stroke_color);
  d["buff"] = c.buff;
  return d;
}

}  // namespace

void register_scene_camera(py::handle cls, SceneCameraFactory factory) {
  camera_factories()[cls.ptr()] = std::move(factory);
}

std::unique_ptr<Camera> make_scene_camera(py::handle camera_class) {
  if (!camera_class || camera_class.is_none()) return std::make_unique<Camera>();
  if (PyType_Check(camera_class.ptr()))
    for (py::handle base : camera_class.attr("__mro__")) {
      auto it = camera_factories().find(base.ptr());
      if (it != camera_factories().end()) return it->second();
    }
  throw py::type_error(
      "Scene: camera_class must be a camera class (Camera, MovingCamera, "
      "MultiCamera, or a subclass of one), got " +
      py::repr(camera_class).cast<std::string>());
}

MANIM_PY_BINDING(bind_camera, 86);
void bind_camera(py::module_& m) {
  py::object camera_cls = m.attr("Camera");
  register_scene_camera(camera_cls, [] { return std::make_unique<Camera>(); });
  camera_cls.attr("is_in_frame") = py::cpp_function(
      [](const Camera& c, const Mobject& mob) {
        // Manim's Camera.is_in_frame with the camera's own fields.
        const Vec3 fc = c.frame_center;
        return !(mob.get_right().x < fc.x - c.frame_width / 2 ||
                 mob.get_bottom().y > fc.y + c.frame_height / 2 ||
                 mob.get_left().x > fc.x + c.frame_width / 2 ||
                 mob.get_top().y < fc.y - c.frame_height / 2);
      },
      py::is_method(camera_cls), py::arg("mobject"));

  py::class_<MovingCamera, Camera> mc(m, "MovingCamera");
  mc.def(py::init([](py::args args, py::kwargs kw) {
      Kw k("MovingCamera", args, kw, {"frame", "fixed_dimension"});
      MovingCameraArgs a = read_camera_args(k);
      auto cam = std::make_unique<MovingCamera>(a);
      apply_pixel_kwargs(k, *cam);
      k.finish();
      return cam;
    }))
      .def_property_readonly("frame", [](const MovingCamera& c) { return wrap(c.frame); })
      .def_readwrite("fixed_dimension", &MovingCamera::fixed_dimension)
      .def_readwrite("default_frame_stroke_color", &MovingCamera::default_frame_stroke_color)
      .def_readwrite("default_frame_stroke_width", &MovingCamera::default_frame_stroke_width)
      .def_property("frame_width", &MovingCamera::get_frame_width,
                    [](MovingCamera& c, double w) { c.set_frame_width(w); })
      .def_property("frame_height", &MovingCamera::get_frame_height,
                    [](MovingCamera& c, double h) { c.set_frame_height(h); })
      .def_property("frame_center", &MovingCamera::get_frame_center,
                    [](MovingCamera& c, py::object v) {
                      // Manim: a point, or a mobject whose centre the frame moves to.
                      if (py::isinstance<Mobject>(v))
                        c.frame.move_to(v.cast<Mobject&>());
                      else
                        c.set_frame_center(convert<Vec3>(v, "MovingCamera.frame_center",
                                                         "frame_center", Expect<Vec3>::name));
                    })
      .def("resize_frame_shape", &MovingCamera::resize_frame_shape, py::arg("fixed_dimension") = 0)
      .def("reset_pixel_shape", &MovingCamera::reset_pixel_shape, py::arg("new_height"),
           py::arg("new_width"))
      .def("is_in_frame", &MovingCamera::is_in_frame, py::arg("mobject"))
      .def("get_mobjects_indicating_movement",
           [](const MovingCamera& c) { return wrap_all(c.get_mobjects_indicating_movement()); })
      .def(
          "auto_zoom",
          [](MovingCamera& c, py::object mobjects, double margin, bool only_in_frame,
             bool animate) {
            const AutoZoomPlan p = c.plan_auto_zoom(
                mobject_sequence(mobjects, "MovingCamera.auto_zoom"), margin, only_in_frame);
            // Manim returns frame.animate.set_x(x).set_y(y).set(width=...) (or the frame).
            py::object frame = wrap(c.frame);
            py::object t = animate ? frame.attr("animate") : frame;
            t = t.attr("set_x")(p.x).attr("set_y")(p.y);
            py::dict kw;
            kw[p.fit_height ? "height" : "width"] = p.size;
            return t.attr("set")(**kw);
          },
          py::arg("mobjects"), py::arg("margin") = 0, py::arg("only_mobjects_in_frame") = false,
          py::arg("animate") = true);
  register_scene_camera(m.attr("MovingCamera"), [] { return std::make_unique<MovingCamera>(); });

  py::class_<ImageMobjectFromCamera, Mobject> im(m, "ImageMobjectFromCamera");
  im.def(py::init([](py::args args, py::kwargs kw) {
      Kw k("ImageMobjectFromCamera", args, kw, {"camera", "default_display_frame_config"});
      py::object cam = k.take("camera");
      if (!cam) throw py::type_error("ImageMobjectFromCamera() missing argument 'camera'");
      DisplayFrameConfig cfg;
      if (py::object d = k.take("default_display_frame_config")) {
        if (!py::isinstance<py::dict>(d))
          throw py::type_error(
              "ImageMobjectFromCamera: default_display_frame_config must be a dict, got " +
              type_name(d));
        Kw dk("ImageMobjectFromCamera.default_display_frame_config", py::args(),
              d.cast<py::dict>());
        cfg = read_display_frame(dk, {});
        dk.finish();
      }
      k.finish();
      return ImageMobjectFromCamera(shared_camera(cam, "ImageMobjectFromCamera"), cfg);
    }))
      .def_property_readonly("camera",
                             [](const ImageMobjectFromCamera& i) {
                               return py::cast(i.camera().get(),
                                               py::return_value_policy::reference);
                             })
      .def_property_readonly("default_display_frame_config",
                             [](const ImageMobjectFromCamera& i) {
                               return display_frame_dict(i.default_display_frame_config());
                             })
      .def_property_readonly("display_frame",
                             [](const ImageMobjectFromCamera& i) -> py::object {
                               auto f = i.display_frame();
                               if (!f)
                                 throw py::attribute_error(
                                     "ImageMobjectFromCamera has no display_frame; call "
                                     "add_display_frame() first");
                               return wrap(*f);
                             })
      .def("add_display_frame", [](py::object self, py::kwargs kw) {
        auto& i = self.cast<ImageMobjectFromCamera&>();
        Kw k("ImageMobjectFromCamera.add_display_frame", py::args(), kw);
        DisplayFrameConfig c = read_display_frame(k, i.default_display_frame_config());
        k.finish();
        i.add_display_frame(c);
        return self;
      });
  add_kind<ImageMobjectFromCamera>();

  py::class_<MultiCamera, MovingCamera> multi(m, "MultiCamera");
  multi
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("MultiCamera", args, kw, {"image_mobjects_from_cameras"});
        py::object imfcs = k.take("image_mobjects_from_cameras");
        MultiCameraArgs a;
        k.get("allow_cameras_to_capture_their_own_display",
              a.allow_cameras_to_capture_their_own_display);
        a.moving = read_camera_args(k);
        if (imfcs)
          for (py::handle h : imfcs)
            a.image_mobjects_from_cameras.push_back(convert<ImageMobjectFromCamera>(
                h, "MultiCamera", "image_mobjects_from_cameras", "an ImageMobjectFromCamera"));
        auto cam = std::make_unique<MultiCamera>(a);
        apply_pixel_kwargs(k, *cam);
        k.finish();
        return cam;
      }))
      .def_property_readonly("image_mobjects_from_cameras",
                             [](const MultiCamera& c) {
                               py::list out;
                               for (const auto& i : c.image_mobjects_from_cameras)
                                 out.append(wrap(i));
                               return out;
                             })
      .def_readwrite("allow_cameras_to_capture_their_own_display",
                     &MultiCamera::allow_cameras_to_capture_their_own_display)
      .def(
          "add_image_mobject_from_camera",
          [](MultiCamera& c, py::handle h) {
            c.add_image_mobject_from_camera(convert<ImageMobjectFromCamera>(
                h, "MultiCamera.add_image_mobject_from_camera", "image_mobject_from_camera",
                "an ImageMobjectFromCamera"));
          },
          py::arg("image_mobject_from_camera"))
      .def("update_sub_cameras", &MultiCamera::update_sub_cameras);
  register_scene_camera(m.attr("MultiCamera"), [] { return std::make_unique<MultiCamera>(); });

  // The scenes: Python classes over Scene, as Manim's (a script's subclass overrides construct,
  // setup or __init__ as it would in Manim).
  py::exec(R"(
class MovingCameraScene(Scene):
    """A Scene whose camera is a MovingCamera: play(self.camera.frame.animate...) moves the view."""

    def __init__(self, camera_class=MovingCamera, **kwargs):
        super().__init__(camera_class=camera_class, **kwargs)


class ZoomedScene(MovingCameraScene):
    """A MovingCameraScene with a second camera (zoomed_camera) whose picture is shown in
    zoomed_display once activate_zooming() is called."""

    def __init__(self, camera_class=MultiCamera, zoomed_display_height=3,
                 zoomed_display_width=3, zoomed_display_center=None,
                 zoomed_display_corner=UR, zoomed_display_corner_buff=DEFAULT_MOBJECT_TO_EDGE_BUFFER,
                 zoomed_camera_config={"default_frame_stroke_width": 2, "background_opacity": 1},
                 zoomed_camera_image_mobject_config={},
                 zoomed_camera_frame_starting_position=ORIGIN, zoom_factor=0.15,
                 image_frame_stroke_width=3, zoom_activated=False, **kwargs):
        self.zoomed_display_height = zoomed_display_height
        self.zoomed_display_width = zoomed_display_width
        self.zoomed_display_center = zoomed_display_center
        self.zoomed_display_corner = zoomed_display_corner
        self.zoomed_display_corner_buff = zoomed_display_corner_buff
        self.zoomed_camera_config = zoomed_camera_config
        self.zoomed_camera_image_mobject_config = zoomed_camera_image_mobject_config
        self.zoomed_camera_frame_starting_position = zoomed_camera_frame_starting_position
        self.zoom_factor = zoom_factor
        self.image_frame_stroke_width = image_frame_stroke_width
        self.zoom_activated = zoom_activated
        super().__init__(camera_class=camera_class, **kwargs)

    def setup(self):
        super().setup()
        camera = MovingCamera(**self.zoomed_camera_config)
        display = ImageMobjectFromCamera(camera, **self.zoomed_camera_image_mobject_config)
        display.add_display_frame()
        for mob in (camera.frame, display):
            mob.stretch_to_fit_height(self.zoomed_display_height)
            mob.stretch_to_fit_width(self.zoomed_display_width)
        camera.frame.scale(self.zoom_factor)
        camera.frame.move_to(self.zoomed_camera_frame_starting_position)
        if self.zoomed_display_center is None:
            display.to_corner(self.zoomed_display_corner, buff=self.zoomed_display_corner_buff)
        else:
            display.move_to(self.zoomed_display_center)
        self.zoomed_camera = camera
        self.zoomed_display = display

    def activate_zooming(self, animate=False):
        self.zoom_activated = True
        self.camera.add_image_mobject_from_camera(self.zoomed_display)
        if animate:
            self.play(self.get_zoom_in_animation())
            self.play(self.get_zoomed_display_pop_out_animation())
        self.add_foreground_mobjects(self.zoomed_camera.frame, self.zoomed_display)

    def get_zoom_in_animation(self, run_time=2, **kwargs):
        frame = self.zoomed_camera.frame
        full_height = self.camera.frame_height
        full_width = self.camera.frame_width
        frame.save_state()
        frame.stretch_to_fit_width(full_width)
        frame.stretch_to_fit_height(full_height)
        frame.center()
        frame.set_stroke(width=0)
        return ApplyMethod(frame.restore, run_time=run_time, **kwargs)

    def get_zoomed_display_pop_out_animation(self, **kwargs):
        display = self.zoomed_display
        frame = self.zoomed_camera.frame
        display.save_state()
        display.stretch_to_fit_width(frame.width)
        display.stretch_to_fit_height(frame.height)
        display.shift(frame.get_center() - display.get_center())
        return ApplyMethod(display.restore, **kwargs)

    def get_zoom_factor(self):
        return self.zoomed_camera.frame.height / self.zoomed_display.height
)",
           m.attr("__dict__"));
}

}  // namespace manim::python
