"""Point clouds through the `manim` package (run by
tests/point_cloud_python_test.cpp): Manim's constructors, point counts, the rgbas array,
and errors."""
import unittest

import numpy as np

from manim import *  # noqa: F401,F403


class PointCloudTests(unittest.TestCase):
    def test_point_cloud_dot(self):
        d = PointCloudDot()
        # Rings r = 0.1 .. 1.9, ring r with int(2 pi (r + 0.1) / 0.1) points: 1303 in all.
        self.assertEqual(d.get_num_points(), 1303)
        self.assertEqual(d.rgbas.shape, (1303, 4))
        self.assertEqual(d.get_stroke_width(), 2)
        np.testing.assert_allclose(d.rgbas[0], [1, 1, 0, 1])  # YELLOW
        self.assertIsInstance(d, Mobject1D)
        self.assertIsInstance(d, PMobject)

    def test_add_points_and_rgbas(self):
        p = PMobject(color=RED)
        p.add_points([[0, 0, 0], [1, 0, 0]])
        p.add_points([[2, 0, 0]], color=BLUE, alpha=0.5)
        self.assertEqual(p.rgbas.shape, (3, 4))
        self.assertAlmostEqual(p.rgbas[2][3], 0.5)
        with self.assertRaises(ValueError):
            p.add_points([[0, 0, 0]], rgbas=np.ones((2, 4)))
        p.set_color(GREEN)
        np.testing.assert_allclose(p.rgbas[:, 3], [1, 1, 1])
        p.set_color_by_gradient(BLACK, WHITE)
        np.testing.assert_allclose(p.rgbas[1], [0.5, 0.5, 0.5, 1])
        p.filter_out(lambda q: q[0] > 1.5)
        self.assertEqual(p.get_num_points(), 2)
        self.assertEqual(p.get_array_attrs(), ["points", "rgbas"])
        self.assertIs(PMobject.get_mobject_type_class(), PMobject)

    def test_mobject1d_line_and_groups(self):
        m = Mobject1D(density=4)
        m.add_line(ORIGIN, RIGHT)
        np.testing.assert_allclose(m.points[:, 0], [0, 0.25, 0.5, 0.75])
        g = PGroup(m, Point())
        self.assertEqual(len(g.submobjects), 2)
        self.assertIsInstance(g[1], Point)
        with self.assertRaises(ValueError):
            PGroup(Square())
        self.assertEqual(Mobject2D().density, 25)

    def test_transform_between_clouds(self):
        a = PointCloudDot(radius=0.5, density=4)
        b = PointCloudDot(radius=1.0, density=4, color=RED)
        scene = Scene()
        scene.play(Transform(a, b), run_time=0.1)
        self.assertEqual(a.get_num_points(), b.get_num_points())
        np.testing.assert_allclose(a.rgbas[0], b.rgbas[0])


if __name__ == "__main__":
    unittest.main()
