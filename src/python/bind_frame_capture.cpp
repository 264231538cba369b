// Reading pixels back in Python as Manim's renderer gives them: `scene.renderer.update_frame(
// scene, mobjects=None)` draws, `scene.renderer.get_frame()` returns the last frame drawn (a
// numpy uint8 array of shape (pixel_height, pixel_width, 4)), `get_image()` the same as a PIL
// image. `Scene.renderer` is the scene itself here, so these are Scene methods.
#include <pybind11/eval.h>

#include "manim/render/frame_capture.hpp"
#include "python/bind_common.hpp"

namespace manim::python {

namespace {

py::array_t<std::uint8_t> frame_array(const Scene& scene, py::object mobjects) {
  std::vector<Mobject> ms;
  if (!mobjects.is_none())
    for (py::handle h : mobjects)
      ms.push_back(convert<Mobject>(h, "update_frame", "mobjects", "a list of Mobjects"));
  PixelArray px =
      capture_pixel_array(scene, config().transparent, mobjects.is_none() ? nullptr : &ms);
  py::array_t<std::uint8_t> arr(
      {static_cast<py::ssize_t>(px.height), static_cast<py::ssize_t>(px.width), py::ssize_t(4)});
  std::copy(px.rgba.begin(), px.rgba.end(), arr.mutable_data());
  return arr;
}

}  // namespace

MANIM_PY_BINDING(bind_frame_capture, 86);
void bind_frame_capture(py::module_& m) {
  m.def(
      "_capture_frame",
      [](const Scene& s, py::object mobjects) { return frame_array(s, mobjects); },
      py::arg("scene"), py::arg("mobjects") = py::none());
  m.def("_frames_emitted", [](const Scene& s) { return s.frames_emitted(); });
  py::exec(R"(
# The last frame drawn by update_frame, per scene: (frames emitted then, pixels). A play or wait
# since then drew newer frames, so get_frame draws the scene as it stands (its last frame).
_drawn_frames = {}

def _scene_update_frame(self, scene=None, mobjects=None, include_submobjects=True,
                        ignore_skipping=True, **kwargs):
    """Draws the scene's mobjects (or only `mobjects`) as Manim's renderer.update_frame."""
    import manimcpp
    if not include_submobjects:
        raise NotImplementedError(
            "manim.cpp does not implement update_frame(include_submobjects=False) yet")
    if kwargs:
        raise NotImplementedError(
            "manim.cpp does not implement update_frame(" + ", ".join(sorted(kwargs)) + "=) yet")
    scene = self if scene is None else scene
    pixels = manimcpp._capture_frame(scene, mobjects)
    if len(_drawn_frames) > 16:
        _drawn_frames.clear()
    _drawn_frames[id(scene)] = (manimcpp._frames_emitted(scene), pixels)

def _scene_get_frame(self):
    """The last frame drawn, as Manim's renderer.get_frame(): uint8 (height, width, 4) RGBA."""
    import manimcpp
    drawn = _drawn_frames.get(id(self))
    if drawn is not None and drawn[0] == manimcpp._frames_emitted(self):
        return drawn[1].copy()
    return manimcpp._capture_frame(self)

def _scene_get_image(self):
    """The last frame drawn as a PIL image (Manim's renderer.get_image)."""
    from PIL import Image
    return Image.fromarray(self.get_frame(), "RGBA")

Scene.update_frame = _scene_update_frame
Scene.get_frame = _scene_get_frame
Scene.get_image = _scene_get_image
del _scene_update_frame, _scene_get_frame, _scene_get_image
)",
           m.attr("__dict__"));
}

}  // namespace manim::python
