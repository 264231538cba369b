"""Vector.coordinate_label, Mobject.add_background_rectangle and LinearTransformationScene
through the `manim` package: Manim's keywords and defaults, numbers worked by hand, clear
errors, and a rendered frame of a matrix applied to the unit square."""
import math
import os
import tempfile
import unittest

import numpy as np

from manim import (DL, GREY, LEFT, YELLOW, LinearTransformationScene, ManimColor, Square, Tex, Vector,
                   config, tempconfig)


class CoordinateLabelTest(unittest.TestCase):
    def test_entries_and_place(self):
        label = Vector([1, 2]).coordinate_label()
        self.assertEqual([e.tex_string for e in label.get_entries()], ["1", "2"])
        # Left edge 0.25 right of the tip (1, 2), vertically centred on it.
        np.testing.assert_allclose(label.get_left(), [1.25, 2, 0], atol=1e-9)
        left = Vector([-3, -2]).coordinate_label(color=YELLOW, n_dim=3)
        self.assertEqual([e.tex_string for e in left.get_entries()], ["-3", "-2", "0"])
        np.testing.assert_allclose(left.get_right(), [-3.25, -2, 0], atol=1e-9)
        self.assertEqual(left.get_entries()[0].get_color(), ManimColor(YELLOW))

    def test_float_labels_and_matrix_keywords(self):
        label = Vector([1.5, -0.5]).coordinate_label(False, left_bracket="(", right_bracket=")")
        self.assertEqual([e.tex_string for e in label.get_entries()], ["1.5", "-0.5"])
        with self.assertRaises(TypeError) as cm:
            Vector([1, 2]).coordinate_label(bad_keyword=1)
        self.assertIn("bad_keyword", str(cm.exception))
        with self.assertRaises(ValueError) as cm:
            Vector([1, 2]).coordinate_label(n_dim=5)
        self.assertIn("n_dim must be 1, 2 or 3, got 5", str(cm.exception))


class BackgroundRectangleTest(unittest.TestCase):
    def test_behind_the_mobject(self):
        sq = Square()
        self.assertIs(sq.add_background_rectangle(opacity=0.5), sq)
        rect = sq.background_rectangle
        self.assertIs(sq.submobjects[0], rect)
        self.assertAlmostEqual(rect.get_fill_opacity(), 0.5)
        # SurroundingRectangle's buff 0 around the square of side 2.
        self.assertAlmostEqual(rect.width, 2)


class LinearTransformationSceneTest(unittest.TestCase):
    def test_setup_as_manim(self):
        scene = LinearTransformationScene(show_coordinates=True)
        scene.setup()
        scene.setup()  # Manim's has_already_setup guard: nothing added twice
        self.assertEqual(len(scene.background_mobjects), 1)
        self.assertEqual(scene.transformable_mobjects, [scene.plane])
        w = config["frame_width"]
        self.assertEqual(list(scene.plane.x_range[:2]), [-w, w])
        self.assertEqual(len(scene.moving_vectors), 2)
        np.testing.assert_allclose(scene.i_hat.get_end(), [1, 0, 0], atol=1e-9)
        np.testing.assert_allclose(scene.j_hat.get_end(), [0, 1, 0], atol=1e-9)
        self.assertEqual(scene.i_hat.get_color(), ManimColor("#83C167"))  # GREEN_C
        self.assertEqual(scene.j_hat.get_color(), ManimColor("#FC6255"))  # RED_C
        self.assertEqual(scene.background_plane.get_color(), ManimColor(GREY))

    def test_matrix_functions_and_errors(self):
        scene = LinearTransformationScene()
        f = scene.get_matrix_transformation([[1, 1], [0, 1]])
        np.testing.assert_allclose(f(np.array([1.0, 2, 0])), [3, 2, 0])
        with self.assertRaises(ValueError) as cm:
            scene.get_transposed_matrix_transformation([[1, 2, 3]])
        self.assertIn("Matrix has bad dimensions", str(cm.exception))

    def test_path_arc_is_the_mean_basis_rotation(self):
        scene = LinearTransformationScene()
        seen = {}
        scene.apply_function = lambda func, **kw: seen.update(kw)
        # The shear [[1, 1], [0, 1]]: i-hat keeps angle 0, j-hat turns from 90 to 45 degrees.
        scene.apply_matrix([[1, 1], [0, 1]])
        self.assertAlmostEqual(seen["path_arc"], -math.pi / 8)
        scene.apply_matrix([[0, -1], [1, 0]], path_arc=0.5)
        self.assertEqual(seen["path_arc"], 0.5)

    def test_render_moves_square_and_vectors(self):
        class Stretch(LinearTransformationScene):
            def construct(self):
                self.add_unit_square()
                self.vec = self.add_vector([1, 1], animate=False)
                self.add_title(Tex("T"))
                self.apply_matrix([[2, 0], [0, 1]], run_time=0.5)

        with tempfile.TemporaryDirectory() as d, tempconfig(
                {"pixel_width": 192, "pixel_height": 108, "frame_rate": 4}):
            scene = Stretch(leave_ghost_vectors=True)
            old = os.getcwd()
            os.chdir(d)
            try:
                config.save_last_frame = True
                path = scene.render()
            finally:
                config.save_last_frame = False
                os.chdir(old)
            np.testing.assert_allclose(scene.i_hat.get_end(), [2, 0, 0], atol=1e-6)
            np.testing.assert_allclose(scene.vec.get_end(), [2, 1, 0], atol=1e-6)
            np.testing.assert_allclose(scene.square.get_corner(DL), [0, 0, 0], atol=1e-6)
            self.assertAlmostEqual(scene.square.width, 2, places=6)
            self.assertIn(scene.title, scene.foreground_mobjects)
            # As Manim: the planes, the square, the title, one ghost group per piece movement
            # (vectors, labels, moving mobjects), then the three groups play() adds (adding the
            # vectors' group takes i-hat, j-hat and the vector out of the top level).
            self.assertEqual([type(m).__name__ for m in scene.mobjects],
                             ["NumberPlane"] * 2 + ["Rectangle", "Tex"] + ["VGroup"] * 6)
            self.assertEqual([len(m.submobjects) for m in scene.mobjects[4:]], [3, 0, 0] * 2)
            from PIL import Image
            img = Image.open(os.path.join(d, path)).convert("RGB")
            # 13.5 px per unit: pixel (112, 50) is the scene point (1.22, 0.26), inside the
            # stretched square (YELLOW at opacity 0.3 over black); (112, 57) is below it.
            r, g, b = img.getpixel((112, 50))
            self.assertGreater(r, 60)
            self.assertGreater(g, 60)
            self.assertLess(b, 40)
            self.assertLess(img.getpixel((112, 57))[0], 40)

    def test_nonlinear_labels_and_moving_mobjects(self):
        class Bend(LinearTransformationScene):
            def construct(self):
                self.vec = self.add_vector([1, 1], animate=False)
                self.label = self.add_transformable_label(self.vec, "v", animate=False)
                self.coords = self.write_vector_coordinates(self.vec)
                self.circle = Square(side_length=0.5).shift(2 * LEFT)
                self.add_moving_mobject(self.circle)
                self.apply_nonlinear_transformation(
                    lambda p: p + np.array([np.sin(p[1]), np.sin(p[0]), 0]), run_time=0.5)
                self.apply_inverse([[2, 0], [0, 1]], run_time=0.5)

        with tempfile.TemporaryDirectory() as d, tempconfig(
                {"pixel_width": 192, "pixel_height": 108, "frame_rate": 4}):
            scene = Bend()
            old = os.getcwd()
            os.chdir(d)
            try:
                scene.render()
            finally:
                os.chdir(old)
        # Moving mobjects follow the image of their centre: (-2, 0) -> (-2, sin(-2)), then the
        # inverse of diag(2, 1) halves x.
        np.testing.assert_allclose(scene.circle.get_center(), [-1, -math.sin(2), 0], atol=1e-6)
        # The vector is rebuilt at the image of its end: (1 + sin 1, 1 + sin 1) / (2, 1).
        s1 = 1 + math.sin(1)
        np.testing.assert_allclose(scene.vec.get_end(), [s1 / 2, s1, 0], atol=1e-6)
        self.assertEqual(scene.label.target_text, "L(\\vec{\\textbf{v}})")
        self.assertIn(scene.coords, scene.foreground_mobjects)


if __name__ == "__main__":
    unittest.main()
