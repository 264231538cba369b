// Scene(camera_class=...) in Python: each bound camera class registers how to make its C++
// camera, so MovingCameraScene, ZoomedScene and ThreeDScene are Python classes that pass their
// camera_class to Scene.__init__ as Manim's do.
#pragma once
#include <functional>
#include <memory>

#include "python/bind_common.hpp"

namespace manim::python {

using SceneCameraFactory = std::function<std::unique_ptr<Camera>()>;
// `cls` is a bound Camera class; a Python subclass of it gets the same C++ camera.
void register_scene_camera(py::handle cls, SceneCameraFactory factory);
// The camera for Scene(camera_class=cls): None gives a Camera; TypeError for anything that is
// not a registered camera class (or a subclass of one).
std::unique_ptr<Camera> make_scene_camera(py::handle camera_class);

}  // namespace manim::python
