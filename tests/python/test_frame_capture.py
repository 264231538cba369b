"""scene.renderer.get_frame() / get_image(): the scene's pixels read back as Manim's renderer
gives them (run by tests/python_package_test.cpp). Colours by hand: RED is #FC6255."""
import unittest

import numpy as np

from manim import *  # noqa: F401,F403


class RedSquare(Scene):
    def construct(self):
        self.add(Square(side_length=2).set_fill(RED, opacity=1).set_stroke(width=0))


class FrameCapture(unittest.TestCase):
    def frame(self, **cfg):
        with tempconfig(dict({"pixel_width": 160, "pixel_height": 90, "dry_run": True,
                              "verbosity": "ERROR"}, **cfg)):
            scene = RedSquare()
            scene.render()
            return scene.renderer.get_frame()

    def test_shape_centre_and_background(self):
        f = self.frame()
        self.assertEqual(f.shape, (90, 160, 4))
        self.assertEqual(f.dtype, np.uint8)
        np.testing.assert_array_equal(f[45, 80], [0xFC, 0x62, 0x55, 255])
        np.testing.assert_array_equal(f[0, 0], [0, 0, 0, 255])
        # The square spans 2 of 8 units of height: rows 34..55 are red, 30 is not.
        np.testing.assert_array_equal(f[36, 80], [0xFC, 0x62, 0x55, 255])
        np.testing.assert_array_equal(f[30, 80], [0, 0, 0, 255])

    def test_transparent_and_background_colour(self):
        np.testing.assert_array_equal(self.frame(transparent=True)[0, 0], [0, 0, 0, 0])
        # A half-opaque background is stored as Manim stores it: colour not premultiplied,
        # opacity 0.5 * 255 truncated to 127.
        np.testing.assert_array_equal(
            self.frame(background_color="#bbffbb", background_opacity=0.5)[0, 0],
            [187, 255, 187, 127])
        np.testing.assert_array_equal(self.frame(background_color=WHITE)[0, 0],
                                      [255, 255, 255, 255])

    def test_get_image(self):
        with tempconfig({"pixel_width": 160, "pixel_height": 90, "dry_run": True,
                         "verbosity": "ERROR"}):
            scene = RedSquare()
            scene.render()
            img = scene.get_image()
        self.assertEqual(img.size, (160, 90))
        self.assertEqual(img.getpixel((80, 45)), (0xFC, 0x62, 0x55, 255))

    def test_update_frame_redraws_with_the_camera_background(self):
        s = Scene()
        s.camera.background_color = "#436f80"
        s.renderer.update_frame(s)
        np.testing.assert_array_equal(s.renderer.get_frame()[0, 0], [0x43, 0x6F, 0x80, 255])
        # Only the given mobjects are drawn: a square added to the scene but not passed is absent.
        sq = Square(side_length=8).set_fill(RED, opacity=1)
        s.add(sq)
        s.renderer.update_frame(s, mobjects=[])
        f = s.renderer.get_frame()
        np.testing.assert_array_equal(f[f.shape[0] // 2, f.shape[1] // 2], [0x43, 0x6F, 0x80, 255])
        s.renderer.update_frame(s)
        f = s.renderer.get_frame()
        np.testing.assert_array_equal(f[f.shape[0] // 2, f.shape[1] // 2], [0xFC, 0x62, 0x55, 255])
        with self.assertRaisesRegex(NotImplementedError, "include_submobjects=False"):
            s.renderer.update_frame(s, include_submobjects=False)


if __name__ == "__main__":
    unittest.main()
