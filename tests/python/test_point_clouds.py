"""Point clouds and ManimBanner through the `manim` package (run by
tests/point_cloud_python_test.cpp): Manim's constructors, point counts, the rgbas array,
errors, and the banner's geometry worked out from its glyph data."""
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


class ManimBannerTests(unittest.TestCase):
    def test_geometry(self):
        b = ManimBanner()
        # The M glyph spans 6.824408 units of its path data, scaled 7 * 48 / 960.
        self.assertAlmostEqual(b.M.height, 6.824408 * 7 * 48 / 960, places=6)
        self.assertAlmostEqual(b.anim.height, 0.75748 * b.M.height, places=6)
        np.testing.assert_allclose(b.get_center(), [0, 0, 0], atol=1e-9)
        self.assertEqual(len(b.submobjects), 2)  # shapes and M; "anim" comes with expand()
        self.assertEqual(len(b.anim), 4)
        self.assertEqual(b.circle.get_fill_color().to_hex().lower(), "#81b29a")
        self.assertEqual(ManimBanner(dark_theme=False).font_color, "#343434")
        with self.assertRaises(ValueError):
            b.expand(direction="up")

    def test_scale_tracks_anim(self):
        b = ManimBanner()
        h = b.anim.height
        b.scale(0.5)
        self.assertAlmostEqual(b.scale_factor, 0.5)
        self.assertAlmostEqual(b.anim.height, h / 2)

    def test_create_and_expand_play(self):
        b = ManimBanner()
        scene = Scene()
        scene.play(b.create(), run_time=0.2)
        scene.play(b.expand(), run_time=0.2)
        # After expand: anim, shapes (moved to the back after sliding back) and M.
        self.assertIn(b.anim, b.submobjects)
        self.assertIn(b.shapes, b.submobjects)
        self.assertGreater(b.width, b.M.width + b.anim.width)


if __name__ == "__main__":
    unittest.main()
