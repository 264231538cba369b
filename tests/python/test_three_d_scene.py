"""ThreeDScene and ThreeDCamera through the `manim` package: Manim's keywords, fixed mobjects,
clear errors, projection numbers worked by hand, and a rendered last frame."""
import math
import os
import tempfile
import unittest

import numpy as np

from manim import (DEGREES, PI, Circle, Square, ThreeDCamera, ThreeDScene, VGroup, config,
                   tempconfig)


class ThreeDSceneTest(unittest.TestCase):
    def test_fixed_mobjects_as_manim(self):
        scene = ThreeDScene()
        s, c = Square(), Circle()
        scene.add_fixed_in_frame_mobjects(s, c)
        self.assertEqual(set(scene.mobjects), {s, c})
        self.assertEqual(set(scene.camera.fixed_in_frame_mobjects), {s, c})
        scene.remove_fixed_in_frame_mobjects(s)
        self.assertEqual(set(scene.camera.fixed_in_frame_mobjects), {c})
        scene.add_fixed_orientation_mobjects(s, center_func=lambda: np.array([1.0, 0, 0]))
        self.assertEqual(set(scene.camera.fixed_orientation_mobjects), {s})
        scene.remove_fixed_orientation_mobjects(s)
        self.assertEqual(len(scene.camera.fixed_orientation_mobjects), 0)

    def test_camera_is_a_three_d_camera_with_trackers(self):
        scene = ThreeDScene()
        self.assertIsInstance(scene.camera, ThreeDCamera)
        self.assertAlmostEqual(scene.camera.get_theta(), -90 * DEGREES)
        scene.set_camera_orientation(phi=75 * DEGREES, theta=30 * DEGREES, zoom=2)
        self.assertAlmostEqual(scene.camera.phi_tracker.get_value(), 75 * DEGREES)
        self.assertAlmostEqual(scene.camera.get_zoom(), 2)
        self.assertEqual(len(scene.camera.get_value_trackers()), 5)

    def test_nan_orientation_is_a_clear_error(self):
        scene = ThreeDScene()
        with self.assertRaises(ValueError) as cm:
            scene.set_camera_orientation(phi=float("nan"))
        self.assertIn("phi must be a finite number", str(cm.exception))
        with self.assertRaises(ValueError):
            scene.begin_ambient_camera_rotation(about="psi")

    def test_projection_hand_worked(self):
        # phi 90 degrees: OUT is up the screen, +y is 1 unit farther: scaled by 20 / 21.
        cam = ThreeDScene().camera
        cam.set_phi(PI / 2)
        np.testing.assert_allclose(cam.project_point(np.array([0.0, 0, 1])), [0, 1, 0], atol=1e-12)
        np.testing.assert_allclose(cam.project_point(np.array([1.0, 1, 0])), [20 / 21, 0, -1],
                                   atol=1e-12)

    def test_set_shade_in_3d_and_default_orientation(self):
        g = VGroup(Square(), Circle()).set_shade_in_3d(True)
        self.assertTrue(all(m.shade_in_3d for m in g))
        scene = ThreeDScene()
        scene.set_to_default_angled_camera_orientation(zoom=0.5)
        self.assertAlmostEqual(scene.camera.get_phi(), 70 * DEGREES)
        self.assertAlmostEqual(scene.camera.get_theta(), -135 * DEGREES)
        self.assertAlmostEqual(scene.camera.get_zoom(), 0.5)

    def test_render_moves_camera(self):
        class Scene3D(ThreeDScene):
            def construct(self):
                sq = Square(fill_opacity=1, color="#FF0000", stroke_width=0)
                self.add(sq)
                # theta 0: x goes down the screen, so the square at x = 3 is drawn below.
                sq.shift([3, 0, 0])
                self.move_camera(theta=0, run_time=0.5)

        with tempfile.TemporaryDirectory() as d, tempconfig(
                {"pixel_width": 192, "pixel_height": 108, "frame_rate": 4}):
            scene = Scene3D()
            old = os.getcwd()
            os.chdir(d)
            try:
                config.save_last_frame = True
                path = scene.render()
            finally:
                config.save_last_frame = False
                os.chdir(old)
            self.assertAlmostEqual(scene.camera.get_theta(), 0)
            self.assertTrue(path.endswith(".png"), path)
            from PIL import Image
            img = Image.open(os.path.join(d, path)).convert("RGB")
            # 13.5 px per unit: the square's centre (0, -3) is at pixel (96, 94.5).
            self.assertEqual(img.getpixel((96, 95)), (255, 0, 0))
            self.assertEqual(img.getpixel((136, 54)), (0, 0, 0))


if __name__ == "__main__":
    unittest.main()
