"""Manim's arrange_in_grid from Python, the updater queries, get_image / save_image and the
curve helpers, with numbers worked out by hand (run by tests/python_package_test.cpp, or
directly: PYTHONPATH=python:build /usr/bin/python3 tests/python/test_mobject_extras.py)."""
import os
import tempfile
import unittest

import numpy as np

from manim import (LEFT, ORIGIN, PI, RED, RIGHT, UP, Circle, Group, Line, Mobject, Rectangle,
                   Square, VGroup, VMobject, config)


def centers(group):
    return [np.round(m.get_center(), 9).tolist() for m in group]


class ArrangeInGrid(unittest.TestCase):
    def test_default_grid_of_four_unit_squares(self):
        # 2 x 2 unit cells, 0.25 apart, centred on the origin: centres at +-0.625.
        g = VGroup(*[Square(side_length=1) for _ in range(4)]).arrange_in_grid()
        self.assertEqual(centers(g), [[-0.625, 0.625, 0], [0.625, 0.625, 0],
                                      [-0.625, -0.625, 0], [0.625, -0.625, 0]])

    def test_alignments_buff_pair_and_flow_order(self):
        # See tests/arrange_in_grid_test.cpp: A top-left aligned up-left, B bottom-left aligned
        # down-left, C top-right aligned up-right; box (0..3.5, 0..3.1) centred.
        g = VGroup(Rectangle(width=2, height=1), Square(side_length=1),
                   Rectangle(width=1, height=2))
        out = g.arrange_in_grid(2, 2, (0.5, 0.1), row_alignments="ud", col_alignments="lr",
                                flow_order="dr")
        self.assertIs(out, g)
        self.assertEqual(centers(g), [[-0.75, 1.05, 0], [-1.25, -1.05, 0], [1.25, 0.55, 0]])

    def test_widths_with_none_and_cell_alignment(self):
        g = VGroup(Square(side_length=1), Square(side_length=1)).shift(RIGHT + 2 * UP)
        g.arrange_in_grid(col_widths=[2, None], cell_alignment=LEFT)
        self.assertEqual(centers(g), [[1 - 1.125, 2, 0], [1 + 1.125, 2, 0]])

    def test_errors(self):
        with self.assertRaisesRegex(ValueError, "^Too few rows and columns to fit all submobjetcs"):
            VGroup(*[Square() for _ in range(5)]).arrange_in_grid(rows=2, cols=2)
        with self.assertRaisesRegex(ValueError, "^row_alignments has a mismatching size."):
            VGroup(Square(), Square()).arrange_in_grid(rows=3, row_alignments="uc")
        with self.assertRaisesRegex(KeyError, "'x' in col_alignments"):
            VGroup(Square(), Square()).arrange_in_grid(col_alignments="lx")
        with self.assertRaisesRegex(ValueError, "^flow_order must be one of"):
            VGroup(Square(), Square()).arrange_in_grid(flow_order="xy")
        with self.assertRaisesRegex(TypeError, "'buff'"):
            VGroup(Square()).arrange_in_grid(buff="wide")


class Updaters(unittest.TestCase):
    def test_queries_and_match(self):
        s = Square()

        def f(m):
            return m

        def g(m, dt):
            return m

        s.add_updater(f).add_updater(g)
        self.assertEqual(s.get_updaters(), [f, g])
        self.assertEqual(s.get_time_based_updaters(), [g])
        self.assertTrue(s.has_time_based_updater())
        group = VGroup(s, Circle())
        self.assertEqual(group.get_family_updaters(), [f, g])
        self.assertFalse(group.has_time_based_updater())  # Manim: the object's own only
        c = Circle().add_updater(lambda m: m)
        self.assertIs(c.match_updaters(s), c)
        self.assertEqual(c.get_updaters(), [f, g])
        c.remove_updater(g)
        self.assertEqual(c.get_updaters(), [f])


class Images(unittest.TestCase):
    def test_get_image_draws_the_mobject_alone_on_the_frame(self):
        # 135 pixels a unit at 1920x1080 with an 8-unit-high frame: the 2-unit square covers
        # x 825..1095 around the centre column 960.
        im = Square(side_length=2, fill_opacity=1, color=RED).get_image()
        self.assertEqual((im.size, im.mode), ((config.pixel_width, config.pixel_height), "RGBA"))
        self.assertEqual((config.pixel_width, config.pixel_height), (1920, 1080))
        self.assertEqual(im.getpixel((960, 540)), (0xFC, 0x62, 0x55, 255))
        self.assertEqual(im.getpixel((1060, 540)), (0xFC, 0x62, 0x55, 255))
        self.assertEqual(im.getpixel((1160, 540)), (0, 0, 0, 255))

    def test_save_image_names_the_file_after_the_mobject(self):
        old = config.video_dir
        try:
            d = tempfile.mkdtemp()
            config.video_dir = d
            Square().save_image()
            Circle().save_image("ring")
            self.assertEqual(sorted(os.listdir(d)), ["Square.png", "ring.png"])
        finally:
            config.video_dir = old


class Curves(unittest.TestCase):
    def test_lengths_midpoint_and_pieces(self):
        line = Line(2 * LEFT, 2 * RIGHT)
        np.testing.assert_allclose(line.get_midpoint(), ORIGIN, atol=1e-12)
        self.assertAlmostEqual(line.get_nth_curve_length(0), 4)
        np.testing.assert_allclose(line.get_nth_curve_length_pieces(0, 5), [1, 1, 1, 1])
        self.assertEqual([round(l, 9) for _, l in Square().get_curve_functions_with_lengths()],
                         [2, 2, 2, 2])
        pieces = line.get_pieces(4)
        self.assertIsInstance(pieces, Group)
        self.assertEqual(centers(pieces), [[-1.5, 0, 0], [-0.5, 0, 0], [0.5, 0, 0], [1.5, 0, 0]])
        # A circle's first curve (an eighth, angle PI/4) measured by 9 chords: a bit short.
        arc = Circle().get_nth_curve_length(0)
        self.assertLess(arc, PI / 4)
        self.assertGreater(arc, PI / 4 - 1e-3)

    def test_wag(self):
        # Side-2 square, axis DOWN: alpha = (1 - y) / 2, 0 on the top edge, 1 on the bottom;
        # direction RIGHT: the bottom edge moves right by 1, the top stays.
        sq = Square(side_length=2)
        before = np.array(sq.points)
        self.assertIs(sq.wag(), sq)
        np.testing.assert_allclose(sq.points[:, 0] - before[:, 0], (1 - before[:, 1]) / 2,
                                   atol=1e-12)
        np.testing.assert_allclose(sq.points[:, 1:], before[:, 1:], atol=1e-12)
        flat = Line(LEFT, RIGHT).wag()  # flat along the axis: unchanged
        np.testing.assert_allclose(flat.get_start(), LEFT, atol=1e-12)

    def test_add_smooth_curve_to(self):
        # Last curve (0,0)->(1,0): tangent (1/3, 0); handle1 = (4/3, 0); the tangent turned by
        # PI about the chord (0, 1) is (-1/3, 0), so handle2 = (1, 1) + (1/3, 0).
        v = VMobject()
        v.set_points_as_corners([ORIGIN, RIGHT])
        v.add_smooth_curve_to(UP + RIGHT)
        np.testing.assert_allclose(v.points[4:], [[1, 0, 0], [4 / 3, 0, 0], [4 / 3, 1, 0],
                                                  [1, 1, 0]], atol=1e-12)
        with self.assertRaisesRegex(ValueError, "with 1 or 2 points"):
            v.add_smooth_curve_to(UP, UP, UP)

    def test_subpaths_from_points(self):
        # A square (4 curves, 16 points) and a separate segment (1 curve): two subpaths; with
        # the segment cut to 3 points, the short tail is dropped.
        v = VMobject()
        v.set_points(Square().points)
        v.start_new_path(3 * RIGHT)
        v.add_line_to(4 * RIGHT)
        self.assertEqual([len(p) for p in v.get_subpaths_from_points(v.points)], [16, 4])
        self.assertEqual([len(p) for p in v.get_subpaths_from_points(v.points[:19])], [16])
        lifted = np.array(v.points)
        lifted[16:, 2] = 5  # only z differs at the join: still separate in 3D, not in 2D
        lifted[16] = lifted[15] + [0, 0, 5]
        self.assertEqual([len(p) for p in v.get_subpaths_from_points(lifted)], [16, 4])
        self.assertEqual([len(p) for p in v.gen_subpaths_from_points_2d(lifted)], [20])

    def test_point_helpers(self):
        self.assertEqual(len(VMobject().gen_cubic_bezier_tuples_from_points(np.zeros((10, 3)))), 2)
        self.assertEqual(Square().n_points_per_curve, 4)
        self.assertEqual(len(Square().resize_points(6).points), 6)
        seen = []
        VGroup(Square(), VGroup(Circle())).apply_to_family(lambda m: seen.append(type(m).__name__))
        self.assertEqual(seen, ["Square", "Circle"])
        with self.assertRaises(NotImplementedError):
            Mobject().get_midpoint()


if __name__ == "__main__":
    unittest.main()
