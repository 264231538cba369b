"""MovingCameraScene, auto_zoom, ZoomedScene and MultiCamera through the `manim` package, with
Manim's names and keywords (run by tests/moving_camera_python_test.cpp). Numbers are worked out
by hand for the default 16:9 frame (14.22 x 8 units)."""
import tempfile
import unittest

import numpy as np

from manim import *  # noqa: F401,F403

FW = 128 / 9


class Camera2D(unittest.TestCase):
    def test_moving_camera_frame_and_properties(self):
        cam = MovingCamera()
        self.assertAlmostEqual(cam.frame.width, FW)
        self.assertAlmostEqual(cam.frame.height, 8)
        self.assertAlmostEqual(cam.frame_width, FW)
        cam.frame.move_to([2, 1, 0]).scale(0.5)
        self.assertAlmostEqual(cam.frame_width, FW / 2)
        self.assertAlmostEqual(cam.frame_height, 4)
        np.testing.assert_allclose(cam.frame_center, [2, 1, 0], atol=1e-12)
        cam.frame_width = 6  # a stretch about the centre, as Manim's property setter
        self.assertAlmostEqual(cam.frame.width, 6)
        self.assertAlmostEqual(cam.frame.height, 4)
        cam.frame_center = Square().shift(LEFT * 3)
        np.testing.assert_allclose(cam.frame.get_center(), [-3, 0, 0], atol=1e-12)
        self.assertIsInstance(cam, Camera)

    def test_auto_zoom_without_animation(self):
        # Manim's test_camera: the frame height becomes the square's height plus the margin.
        cam = MovingCamera()
        sq = Square()
        frame = cam.auto_zoom([sq], margin=0.5, animate=False)
        self.assertAlmostEqual(cam.frame.height, 2.5)
        self.assertAlmostEqual(cam.frame.width, 2.5 * 16 / 9)
        self.assertAlmostEqual(frame.height, 2.5)

    def test_auto_zoom_builder_plays_to_the_box(self):
        s1 = Square().set_x(-10)
        s2 = Square().set_x(10)
        scene = MovingCameraScene()
        scene.add(s1, s2)
        builder = scene.camera.auto_zoom([s1, s2])
        self.assertEqual(type(builder).__name__, "_AnimationBuilder")
        scene.play(builder, run_time=0.1)
        # x from -11 to 11: 22 wide (22/14.22 > 2/8), centred at 0.
        self.assertAlmostEqual(scene.camera.frame_width, 22)
        self.assertAlmostEqual(scene.camera.frame.get_center()[0], 0)

    def test_scene_frame_animations_updaters_and_restore(self):
        test = self

        class S(MovingCameraScene):
            def construct(self):
                frame = self.camera.frame
                frame.save_state()
                dot = Dot([3, 2, 0])
                self.add(dot)
                self.play(frame.animate.scale(0.5).move_to(dot), run_time=0.1)
                np.testing.assert_allclose(frame.get_center(), [3, 2, 0], atol=1e-9)
                test.assertAlmostEqual(self.camera.frame_width, FW / 2)
                frame.add_updater(lambda m: m.move_to(dot))
                self.play(dot.animate.shift(LEFT * 2), run_time=0.1)
                self.wait(0.1)
                np.testing.assert_allclose(frame.get_center(), [1, 2, 0], atol=1e-9)
                frame.clear_updaters()
                self.play(Restore(frame), run_time=0.1)
                test.assertAlmostEqual(self.camera.frame_width, FW)
                np.testing.assert_allclose(frame.get_center(), [0, 0, 0], atol=1e-9)
                self.play(frame.animate.set(width=4), run_time=0.1)
                test.assertAlmostEqual(self.camera.frame_height, 4 * 9 / 16)

        S().construct()

    def test_zero_or_nan_frame_is_a_clear_error(self):
        class S(MovingCameraScene):
            def construct(self):
                self.add(Square())
                self.camera.frame.set(width=0)
                self.wait(0.1)

        import manimcpp
        with tempfile.TemporaryDirectory() as tmp, tempconfig(
                {"pixel_width": 160, "pixel_height": 90, "frame_rate": 10}):
            with self.assertRaises(ValueError) as ctx:
                manimcpp._render_scene(S(), "S", format="png", media_dir=tmp)
        self.assertIn("camera.frame", str(ctx.exception))
        with self.assertRaises(ValueError):
            MovingCamera().frame_width = float("nan")

    def test_scene_camera_class_keyword(self):
        self.assertIsInstance(Scene(camera_class=MovingCamera).camera, MovingCamera)
        self.assertIsInstance(MovingCameraScene().camera, MovingCamera)
        self.assertNotIsInstance(Scene().camera, MovingCamera)
        with self.assertRaises(TypeError):
            Scene(camera_class=int)


class Zoomed(unittest.TestCase):
    def test_setup_defaults(self):
        scene = ZoomedScene()
        scene.setup()
        frame = scene.zoomed_camera.frame
        self.assertAlmostEqual(frame.width, 0.45)
        self.assertAlmostEqual(frame.height, 0.45)
        self.assertEqual(frame.get_stroke_width(), 2)
        d = scene.zoomed_display
        self.assertIsInstance(d, ImageMobjectFromCamera)
        self.assertAlmostEqual(d.width, 3)
        np.testing.assert_allclose(d.get_center(), [FW / 2 - 2, 2, 0], atol=1e-9)
        self.assertAlmostEqual(scene.get_zoom_factor(), 0.15)
        self.assertEqual(d.display_frame.get_stroke_width(), 3)
        self.assertIs(d.camera, scene.zoomed_camera)
        self.assertIsInstance(scene.camera, MultiCamera)

    def test_init_keywords_and_activation(self):
        test = self

        class S(ZoomedScene):
            def __init__(self, **kwargs):
                ZoomedScene.__init__(self, zoom_factor=0.3, zoomed_display_height=1,
                                     zoomed_display_width=3, image_frame_stroke_width=20,
                                     zoomed_camera_config={"default_frame_stroke_width": 3},
                                     **kwargs)

            def construct(self):
                self.add(Dot())
                self.activate_zooming(animate=False)
                test.assertEqual(len(self.camera.image_mobjects_from_cameras), 1)
                test.assertAlmostEqual(self.zoomed_camera.frame.width, 0.9)
                test.assertAlmostEqual(self.zoomed_camera.frame.height, 0.3)
                test.assertAlmostEqual(self.get_zoom_factor(), 0.3)
                test.assertEqual(self.zoomed_camera.frame.get_stroke_width(), 3)
                test.assertTrue(self.zoom_activated)
                self.play(self.zoomed_camera.frame.animate.scale(4), run_time=0.1)
                test.assertAlmostEqual(self.get_zoom_factor(), 1.2)

        s = S()
        s.setup()
        s.construct()

    def test_zoom_in_and_pop_out_animations(self):
        scene = ZoomedScene()
        scene.setup()
        anim = scene.get_zoom_in_animation()
        self.assertEqual(anim.run_time, 2)
        self.assertAlmostEqual(scene.zoomed_camera.frame.width, FW)
        scene.play(anim, run_time=0.1)
        self.assertAlmostEqual(scene.zoomed_camera.frame.width, 0.45)
        pop = scene.get_zoomed_display_pop_out_animation()
        self.assertAlmostEqual(scene.zoomed_display.width, 0.45)
        scene.play(pop, run_time=0.1)
        self.assertAlmostEqual(scene.zoomed_display.width, 3)
        np.testing.assert_allclose(scene.zoomed_display.get_center(), [FW / 2 - 2, 2, 0],
                                   atol=1e-9)


if __name__ == "__main__":
    unittest.main()
