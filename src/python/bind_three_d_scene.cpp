// ThreeDCamera and ThreeDScene in Python, with Manim's names and keywords. ThreeDScene is a
// Python subclass of Scene whose __init__ installs a ThreeDCamera; its methods call the C++
// operations of manim/scene/three_d_scene.hpp.
#include <pybind11/eval.h>

#include "python/bind_common.hpp"
#include "python/py_camera.hpp"

namespace manim::python {
namespace {

std::vector<Mobject> mobs_of(const py::args& args, const char* fn) {
  std::vector<Mobject> ms;
  for (std::size_t i = 0; i < args.size(); ++i)
    ms.push_back(convert<Mobject>(args[i], fn, "mobjects", "a Mobject"));
  return ms;
}

// A point, or a Mobject standing for its centre (Manim's move_to(frame_center)).
std::optional<Vec3> point_or_center(py::handle h, const char* fn) {
  if (!h || h.is_none()) return std::nullopt;
  try {
    return h.cast<Mobject>().get_center();
  } catch (const py::cast_error&) {
  }
  return convert<Vec3>(h, fn, "frame_center", "a point (array of 2 or 3 numbers) or a Mobject");
}

// A Python centre function (None: the default) as a C++ one.
std::function<Vec3()> center_func_of(py::object f) {
  if (!f || f.is_none()) return {};
  if (!PyCallable_Check(f.ptr()))
    throw py::type_error("add_fixed_orientation_mobjects: center_func must be callable, got " +
                         type_name(f));
  return [f] {
    py::gil_scoped_acquire gil;
    return convert<Vec3>(f(), "center_func", "return value", "a point");
  };
}

CameraOrientation orientation(Kw& k) {
  CameraOrientation o;
  k.get("phi", o.phi);
  k.get("theta", o.theta);
  k.get("gamma", o.gamma);
  k.get("zoom", o.zoom);
  k.get("focal_distance", o.focal_distance);
  if (py::object fc = k.take("frame_center")) o.frame_center = point_or_center(fc, k.fn().c_str());
  return o;
}

py::array_t<double> matrix(const Mat3& r) {
  py::array_t<double> a({3, 3});
  auto v = a.mutable_unchecked<2>();
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) v(i, j) = r[i][j];
  return a;
}

}  // namespace

MANIM_PY_BINDING(bind_three_d_scene, 87);
void bind_three_d_scene(py::module_& m) {
  // set_shade_in_3d (the shade_in_3d attribute is bound with the 3D mobjects).
  auto vm = py::reinterpret_borrow<py::class_<VMobject>>(py::type::of<VMobject>());
  vm.def(
      "set_shade_in_3d",
      [](py::object self, bool value, bool z_index_as_group) {
        if (z_index_as_group)
          throw py::type_error(
              "VMobject.set_shade_in_3d: z_index_as_group=True is not implemented by manim.cpp "
              "yet (members are depth-sorted by their own centres)");
        set_shade_in_3d(self.cast<VMobject&>(), value);
        return self;
      },
      py::arg("value") = true, py::arg("z_index_as_group") = false);

  py::class_<ThreeDCamera, Camera>(m, "ThreeDCamera")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("ThreeDCamera", args, kw);
        ThreeDCameraArgs a;
        k.get("focal_distance", a.focal_distance);
        k.get("shading_factor", a.shading_factor);
        k.get("default_distance", a.default_distance);
        k.get("light_source_start_point", a.light_source_start_point);
        k.get("should_apply_shading", a.should_apply_shading);
        k.get("exponential_projection", a.exponential_projection);
        k.get("phi", a.phi);
        k.get("theta", a.theta);
        k.get("gamma", a.gamma);
        k.get("zoom", a.zoom);
        k.get("frame_center", a.frame_center);
        k.take("background_color");  // Camera keywords manim.cpp reads from config
        k.finish();
        return std::make_unique<ThreeDCamera>(a);
      }))
      .def_readwrite("focal_distance", &ThreeDCamera::focal_distance)
      .def_readwrite("shading_factor", &ThreeDCamera::shading_factor)
      .def_readwrite("default_distance", &ThreeDCamera::default_distance)
      .def_readwrite("light_source_start_point", &ThreeDCamera::light_source_start_point)
      .def_readwrite("should_apply_shading", &ThreeDCamera::should_apply_shading)
      .def_readwrite("exponential_projection", &ThreeDCamera::exponential_projection)
      .def_property_readonly("light_source", [](ThreeDCamera& c) { return wrap(c.light_source); })
      .def_property_readonly("phi_tracker", [](ThreeDCamera& c) { return wrap(c.phi_tracker); })
      .def_property_readonly("theta_tracker", [](ThreeDCamera& c) { return wrap(c.theta_tracker); })
      .def_property_readonly("focal_distance_tracker",
                             [](ThreeDCamera& c) { return wrap(c.focal_distance_tracker); })
      .def_property_readonly("gamma_tracker", [](ThreeDCamera& c) { return wrap(c.gamma_tracker); })
      .def_property_readonly("zoom_tracker", [](ThreeDCamera& c) { return wrap(c.zoom_tracker); })
      .def_property_readonly("_frame_center",
                             [](ThreeDCamera& c) { return wrap(c.frame_center_point); })
      .def_property("frame_center", &ThreeDCamera::get_frame_center,
                    &ThreeDCamera::set_frame_center)
      .def("get_value_trackers",
           [](ThreeDCamera& c) {
             py::list out;
             for (const ValueTracker& t : c.get_value_trackers()) out.append(wrap(t));
             return out;
           })
      .def("get_phi", &ThreeDCamera::get_phi)
      .def("get_theta", &ThreeDCamera::get_theta)
      .def("get_focal_distance", &ThreeDCamera::get_focal_distance)
      .def("get_gamma", &ThreeDCamera::get_gamma)
      .def("get_zoom", &ThreeDCamera::get_zoom)
      .def("set_phi", &ThreeDCamera::set_phi, py::arg("value"))
      .def("set_theta", &ThreeDCamera::set_theta, py::arg("value"))
      .def("set_focal_distance", &ThreeDCamera::set_focal_distance, py::arg("value"))
      .def("set_gamma", &ThreeDCamera::set_gamma, py::arg("value"))
      .def("set_zoom", &ThreeDCamera::set_zoom, py::arg("value"))
      .def("generate_rotation_matrix",
           [](const ThreeDCamera& c) { return matrix(c.generate_rotation_matrix()); })
      .def("get_rotation_matrix",
           [](const ThreeDCamera& c) { return matrix(c.generate_rotation_matrix()); })
      .def("reset_rotation_matrix", [](ThreeDCamera&) {})  // computed from the trackers
      .def_property_readonly(
          "rotation_matrix",
          [](const ThreeDCamera& c) { return matrix(c.generate_rotation_matrix()); })
      .def("project_point", &ThreeDCamera::project_point, py::arg("point"))
      .def(
          "project_points",
          [](const ThreeDCamera& c, std::vector<Vec3> pts) {
            c.project_points(pts);
            py::array_t<double> a({static_cast<py::ssize_t>(pts.size()), py::ssize_t{3}});
            auto v = a.mutable_unchecked<2>();
            for (std::size_t i = 0; i < pts.size(); ++i)
              for (int j = 0; j < 3; ++j) v(static_cast<py::ssize_t>(i), j) = pts[i][j];
            return a;
          },
          py::arg("points"))
      .def(
          "add_fixed_orientation_mobjects",
          [](ThreeDCamera& c, py::args args, bool use_static_center_func, py::object center_func) {
            c.add_fixed_orientation_mobjects(
                mobs_of(args, "ThreeDCamera.add_fixed_orientation_mobjects"),
                use_static_center_func, center_func_of(center_func));
          },
          py::arg("use_static_center_func") = false, py::arg("center_func") = py::none())
      .def("add_fixed_in_frame_mobjects",
           [](ThreeDCamera& c, py::args args) {
             c.add_fixed_in_frame_mobjects(
                 mobs_of(args, "ThreeDCamera.add_fixed_in_frame_mobjects"));
           })
      .def("remove_fixed_orientation_mobjects",
           [](ThreeDCamera& c, py::args args) {
             c.remove_fixed_orientation_mobjects(
                 mobs_of(args, "ThreeDCamera.remove_fixed_orientation_mobjects"));
           })
      .def("remove_fixed_in_frame_mobjects",
           [](ThreeDCamera& c, py::args args) {
             c.remove_fixed_in_frame_mobjects(
                 mobs_of(args, "ThreeDCamera.remove_fixed_in_frame_mobjects"));
           })
      // Manim's set of family members / dict member -> centre function.
      .def_property_readonly("fixed_in_frame_mobjects",
                             [](const ThreeDCamera& c) {
                               py::set out;
                               for (const Mobject& mob : c.fixed_in_frame_mobjects())
                                 out.add(wrap(mob));
                               return out;
                             })
      .def_property_readonly("fixed_orientation_mobjects", [](const ThreeDCamera& c) {
        py::dict out;
        for (const auto& [mob, f] : c.fixed_orientation_mobjects())
          out[wrap(mob)] = py::cpp_function(f);
        return out;
      });

  // Scene(camera_class=ThreeDCamera) makes one, as Manim.
  register_scene_camera(m.attr("ThreeDCamera"), [] { return std::make_unique<ThreeDCamera>(); });

  // ---- the scene operations, called by the Python ThreeDScene below ----
  m.def("_three_d_install_camera", [](py::object self, py::kwargs kw) {
    Kw k("ThreeDScene", py::args(), kw);
    ThreeDCameraArgs a;
    k.get("focal_distance", a.focal_distance);
    k.get("should_apply_shading", a.should_apply_shading);
    k.get("exponential_projection", a.exponential_projection);
    k.get("light_source_start_point", a.light_source_start_point);
    k.finish();
    self.cast<Scene&>().set_camera(std::make_unique<ThreeDCamera>(a));
  });
  m.def("_three_d_set_camera_orientation", [](py::object self, py::kwargs kw) {
    Kw k("ThreeDScene.set_camera_orientation", py::args(), kw);
    const CameraOrientation o = orientation(k);
    k.finish();
    three_d::set_camera_orientation(self.cast<Scene&>(), o);
  });
  m.def("_three_d_move_camera", [](py::object self, py::object added_anims, py::kwargs kw) {
    Kw k("ThreeDScene.move_camera", py::args(), kw);
    const CameraOrientation o = orientation(k);
    PlayArgs a;
    k.get("run_time", a.run_time);
    k.get("rate_func", a.rate_func);
    k.get("lag_ratio", a.lag_ratio);
    k.finish();
    std::vector<Anim> added;
    if (added_anims && !added_anims.is_none())
      added = to_anims(py::args(py::tuple(added_anims)), "ThreeDScene.move_camera");
    three_d::move_camera(self.cast<Scene&>(), o, added, a);
  });
  m.def("_three_d_begin_ambient", [](py::object self, double rate, const std::string& about) {
    three_d::begin_ambient_camera_rotation(self.cast<Scene&>(), rate, about);
  });
  m.def("_three_d_stop_ambient", [](py::object self, const std::string& about) {
    three_d::stop_ambient_camera_rotation(self.cast<Scene&>(), about);
  });
  m.def("_three_d_begin_illusion",
        [](py::object self, double rate, std::optional<double> phi, std::optional<double> theta) {
          three_d::begin_3dillusion_camera_rotation(self.cast<Scene&>(), rate, phi, theta);
        });
  m.def("_three_d_stop_illusion",
        [](py::object self) { three_d::stop_3dillusion_camera_rotation(self.cast<Scene&>()); });
  m.def(
      "_three_d_add_fixed_orientation",
      [](py::object self, py::args args, bool use_static, py::object f) {
        three_d::add_fixed_orientation_mobjects(
            self.cast<Scene&>(), mobs_of(args, "ThreeDScene.add_fixed_orientation_mobjects"),
            use_static, center_func_of(f));
      },
      py::arg("self"), py::arg("use_static") = false, py::arg("f") = py::none());
  m.def("_three_d_add_fixed_in_frame", [](py::object self, py::args args) {
    three_d::add_fixed_in_frame_mobjects(self.cast<Scene&>(),
                                         mobs_of(args, "ThreeDScene.add_fixed_in_frame_mobjects"));
  });
  m.def("_three_d_remove_fixed_orientation", [](py::object self, py::args args) {
    three_d::remove_fixed_orientation_mobjects(
        self.cast<Scene&>(), mobs_of(args, "ThreeDScene.remove_fixed_orientation_mobjects"));
  });
  m.def("_three_d_remove_fixed_in_frame", [](py::object self, py::args args) {
    three_d::remove_fixed_in_frame_mobjects(
        self.cast<Scene&>(), mobs_of(args, "ThreeDScene.remove_fixed_in_frame_mobjects"));
  });

  py::exec(R"(
class ThreeDScene(Scene):
    """A Scene seen by a ThreeDCamera (Manim's ThreeDScene, Cairo renderer)."""

    def __init__(self, camera_class=None, ambient_camera_rotation=None,
                 default_angled_camera_orientation_kwargs=None, **kwargs):
        Scene.__init__(self, **{key: kwargs.pop(key) for key in
                                ("renderer", "always_update_mobjects", "random_seed",
                                 "skip_animations") if key in kwargs})
        self.ambient_camera_rotation = ambient_camera_rotation
        if default_angled_camera_orientation_kwargs is None:
            default_angled_camera_orientation_kwargs = {"phi": 70 * DEGREES, "theta": -135 * DEGREES}
        self.default_angled_camera_orientation_kwargs = default_angled_camera_orientation_kwargs
        _three_d_install_camera(self, **kwargs.pop("camera_config", {}))
        if kwargs:
            raise TypeError(f"ThreeDScene() got an unexpected keyword argument '{next(iter(kwargs))}'")

    def set_camera_orientation(self, phi=None, theta=None, gamma=None, zoom=None,
                               focal_distance=None, frame_center=None, **kwargs):
        _three_d_set_camera_orientation(self, phi=phi, theta=theta, gamma=gamma, zoom=zoom,
                                        focal_distance=focal_distance, frame_center=frame_center)

    def begin_ambient_camera_rotation(self, rate=0.02, about="theta"):
        _three_d_begin_ambient(self, rate, about)

    def stop_ambient_camera_rotation(self, about="theta"):
        _three_d_stop_ambient(self, about)

    def begin_3dillusion_camera_rotation(self, rate=1, origin_phi=None, origin_theta=None):
        _three_d_begin_illusion(self, rate, origin_phi, origin_theta)

    def stop_3dillusion_camera_rotation(self):
        _three_d_stop_illusion(self)

    def move_camera(self, phi=None, theta=None, gamma=None, zoom=None, focal_distance=None,
                    frame_center=None, added_anims=[], **kwargs):
        _three_d_move_camera(self, list(added_anims), phi=phi, theta=theta, gamma=gamma, zoom=zoom,
                             focal_distance=focal_distance, frame_center=frame_center, **kwargs)

    def get_moving_mobjects(self, *animations):
        # manim.cpp redraws every mobject on every frame, so a moving camera moves them all.
        return list(self.mobjects)

    def add_fixed_orientation_mobjects(self, *mobjects, use_static_center_func=False,
                                       center_func=None):
        _three_d_add_fixed_orientation(self, *mobjects, use_static=use_static_center_func,
                                       f=center_func)

    def add_fixed_in_frame_mobjects(self, *mobjects):
        _three_d_add_fixed_in_frame(self, *mobjects)

    def remove_fixed_orientation_mobjects(self, *mobjects):
        _three_d_remove_fixed_orientation(self, *mobjects)

    def remove_fixed_in_frame_mobjects(self, *mobjects):
        _three_d_remove_fixed_in_frame(self, *mobjects)

    def set_to_default_angled_camera_orientation(self, **kwargs):
        config = dict(self.default_angled_camera_orientation_kwargs)
        config.update(kwargs)
        self.set_camera_orientation(**config)
)",
           m.attr("__dict__"));
}

}  // namespace manim::python
