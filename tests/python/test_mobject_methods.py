"""Mobject / VMobject methods of Manim's that scripts call: colour lists (gradients), sheen,
colour by position, become's keywords, set_default, match_points / align_points, the
submobjects list, CurvesAsSubmobjects and the positioning helpers, with numbers worked out by
hand (run by tests/python_package_test.cpp, or directly:
PYTHONPATH=python:build /usr/bin/python3 tests/python/test_mobject_methods.py)."""
import unittest

import numpy as np

from manim import (BLACK, BLUE, DOWN, DR, GREEN, ORIGIN, PI, RED, RIGHT, UL, UP, WHITE,
                   YELLOW, Circle, CurvesAsSubmobjects, Dot, Line, ManimColor, Rectangle,
                   Square, Text, VGroup, VMobject)


def rgb(c):
    return np.array(ManimColor(c).to_rgb())


def hexes(colors):
    return [ManimColor(c).to_hex().upper() for c in colors]


class Gradients(unittest.TestCase):
    def test_set_color_with_a_list_sets_fill_and_stroke_stops(self):
        c = Circle(fill_opacity=1).set_color(color=[YELLOW, GREEN])
        self.assertEqual(hexes(c.get_fill_colors()), hexes([YELLOW, GREEN]))
        self.assertEqual(hexes(c.get_stroke_colors()), hexes([YELLOW, GREEN]))
        self.assertEqual(c.get_fill_opacities(), [1.0, 1.0])
        # The first stop is the colour the object reports.
        self.assertEqual(ManimColor(c.get_fill_color()).to_hex().upper(), hexes([YELLOW])[0])
        rgbas = c.get_fill_rgbas()
        self.assertEqual(rgbas.shape, (2, 4))
        np.testing.assert_allclose(rgbas[1, :3], rgb(GREEN), atol=1e-9)

    def test_gradient_runs_along_the_sheen_direction(self):
        # Unit circle at the origin, sheen direction UL = (-1, 1, 0) as stored (Manim does not
        # normalise it); half-extents (1, 0, 0) and (0, 1, 0): offset = (-1, 1, 0), from
        # centre - offset to centre + offset (box corner to box corner).
        h = 1
        c = Circle(fill_opacity=1).set_color([YELLOW, GREEN])
        start, end = c.get_gradient_start_and_end_points()
        np.testing.assert_allclose(start, [h, -h, 0], atol=1e-9)
        np.testing.assert_allclose(end, [-h, h, 0], atol=1e-9)
        np.testing.assert_allclose(c.get_sheen_direction(), UL, atol=1e-12)
        # rotate(PI) turns the sheen direction too (VMobject.rotate), to DR.
        c.rotate(PI)
        start, end = c.get_gradient_start_and_end_points()
        np.testing.assert_allclose(start, [-h, h, 0], atol=1e-9)
        np.testing.assert_allclose(end, [h, -h, 0], atol=1e-9)

    def test_constructor_colour_lists(self):
        s = Square(fill_color=[RED, GREEN], fill_opacity=1)
        self.assertEqual(hexes(s.get_fill_colors()), hexes([RED, GREEN]))
        self.assertEqual(hexes(s.get_stroke_colors()), hexes([WHITE]))
        self.assertEqual(s.get_fill_opacity(), 1)
        line = Line(color=[BLUE, RED])
        self.assertEqual(hexes(line.get_stroke_colors()), hexes([BLUE, RED]))

    def test_match_style_copies_the_stops(self):
        s = Square(fill_color=[RED, GREEN], fill_opacity=1)
        c = Circle()
        c.match_style(s)
        self.assertEqual(hexes(c.get_fill_colors()), hexes([RED, GREEN]))
        self.assertEqual(c.get_fill_opacity(), 1)

    def test_one_colour_afterwards_keeps_the_stop_count(self):
        # As Manim's update_rgbas_array: the stops stay two, both the new colour.
        s = Square(fill_color=[RED, GREEN], fill_opacity=1).set_fill(BLUE)
        self.assertEqual(hexes(s.get_fill_colors()), hexes([BLUE, BLUE]))

    def test_sheen_adds_a_lighter_stop(self):
        s = Square(fill_color="#808080", fill_opacity=1).set_sheen(0.2, DR)
        stops = s.get_fill_rgbas()
        np.testing.assert_allclose(stops[0, :3], [128 / 255] * 3, atol=1e-9)
        np.testing.assert_allclose(stops[1, :3], [128 / 255 + 0.2] * 3, atol=1e-9)
        self.assertAlmostEqual(s.get_sheen_factor(), 0.2)
        np.testing.assert_allclose(s.get_sheen_direction(), DR, atol=1e-12)
        # Channels are clipped to 1.
        w = Square(fill_color=WHITE, fill_opacity=1).set_sheen(0.5)
        np.testing.assert_allclose(w.get_fill_rgbas()[1, :3], [1, 1, 1])

    def test_interpolate_mixes_stop_by_stop(self):
        a = Square(fill_color=[RED, BLUE], fill_opacity=1)
        b = Square(fill_color=GREEN, fill_opacity=1)
        out = Square()
        out.interpolate(a, b, 0.5)
        stops = out.get_fill_rgbas()
        np.testing.assert_allclose(stops[0, :3], (rgb(RED) + rgb(GREEN)) / 2, atol=1e-9)
        np.testing.assert_allclose(stops[1, :3], (rgb(BLUE) + rgb(GREEN)) / 2, atol=1e-9)

    def test_bad_colour_lists(self):
        with self.assertRaisesRegex(ValueError, "set_color.*empty list"):
            Square().set_color([])
        with self.assertRaisesRegex(TypeError, "set_fill.*color"):
            Square().set_fill([RED, 3.5j])


class ColourByPosition(unittest.TestCase):
    def test_set_color_by_gradient_spreads_over_members(self):
        g = VGroup(Square(), Square(), Square())
        g.set_color_by_gradient(RED, BLUE)
        mid = (rgb(RED) + rgb(BLUE)) / 2
        np.testing.assert_allclose(rgb(g[0].get_fill_color()), rgb(RED), atol=1e-9)
        np.testing.assert_allclose(rgb(g[1].get_fill_color()), mid, atol=1e-9)
        np.testing.assert_allclose(rgb(g[2].get_stroke_color()), rgb(BLUE), atol=1e-9)
        with self.assertRaisesRegex(ValueError, "Need at least one color"):
            g.set_submobject_colors_by_gradient()

    def test_radial_gradient(self):
        # Distances 0, 0.5 and 2 from the origin over radius 1: t = 0, 0.5, 1 (capped).
        g = VGroup(Dot(), Dot().shift(0.5 * RIGHT), Dot().shift(2 * RIGHT))
        g.set_colors_by_radial_gradient(center=ORIGIN, radius=1, inner_color=WHITE,
                                        outer_color=BLACK)
        np.testing.assert_allclose(rgb(g[0].get_fill_color()), [1, 1, 1], atol=1e-9)
        np.testing.assert_allclose(rgb(g[1].get_fill_color()), [0.5, 0.5, 0.5], atol=1e-9)
        np.testing.assert_allclose(rgb(g[2].get_fill_color()), [0, 0, 0], atol=1e-9)
        with self.assertRaisesRegex(ValueError, "radius must be > 0"):
            g.set_colors_by_radial_gradient(radius=0)


class BecomeAndPoints(unittest.TestCase):
    def test_become_match_width_changes_the_argument_too(self):
        s = Rectangle(width=2, height=1).shift(UP)
        d = Dot()
        r = s.become(d, match_width=True)
        self.assertIs(r, s)
        # The dot (radius 0.08) is scaled to width 2, as Manim does to the argument itself.
        self.assertAlmostEqual(d.width, 2, places=9)
        self.assertAlmostEqual(s.width, 2, places=9)
        self.assertAlmostEqual(s.height, 2, places=9)
        np.testing.assert_allclose(s.get_center(), [0, 0, 0], atol=1e-9)

    def test_become_stretch_and_match_center(self):
        s = Rectangle(width=2, height=1).shift(UP)
        s.become(Dot(), stretch=True)
        self.assertAlmostEqual(s.width, 2, places=9)
        self.assertAlmostEqual(s.height, 1, places=9)
        t = Rectangle(width=2, height=1).shift(UP)
        t.become(Dot(), match_height=True, match_center=True)
        self.assertAlmostEqual(t.height, 1, places=9)
        np.testing.assert_allclose(t.get_center(), [0, 1, 0], atol=1e-9)
        with self.assertRaisesRegex(TypeError, "become.*Mobject"):
            t.become("square")

    def test_become_shares_the_colour_arrays(self):
        # Manim's become ends with interpolate_color(self, mobject, 1), which hands self the very
        # rgbas arrays of the argument: later in-place colour / opacity changes show in both.
        s = Rectangle(width=2, height=1, color=RED).shift(UP)
        d = Dot()
        s.become(d, match_width=True).set_opacity(0.25).set_color(BLUE)
        self.assertEqual(hexes([d.get_fill_color()]), hexes([BLUE]))
        self.assertAlmostEqual(d.get_fill_opacity(), 0.25)
        d.set_stroke(GREEN)
        self.assertEqual(hexes([s.get_stroke_color()]), hexes([GREEN]))
        # A copy has arrays of its own.
        c = s.copy().set_color(YELLOW)
        self.assertEqual(hexes([d.get_fill_color()]), hexes([BLUE]))
        self.assertEqual(hexes([c.get_fill_color()]), hexes([YELLOW]))

    def test_match_points_keeps_style(self):
        c = Circle(fill_color=RED, fill_opacity=0.8)
        s = Square(fill_color=BLUE, fill_opacity=0.2)
        c.match_points(s)
        np.testing.assert_allclose(c.points, s.points)
        self.assertAlmostEqual(c.get_fill_opacity(), 0.8)
        self.assertEqual(hexes([c.get_fill_color()]), hexes([RED]))

    def test_align_points_subdivides_the_shorter_path(self):
        one = VMobject().set_points_as_corners([[0, 0, 0], [3, 0, 0]])
        three = VMobject().set_points_as_corners([[0, 0, 0], [1, 0, 0], [2, 0, 0], [3, 0, 0]])
        one.align_points(three)
        self.assertEqual(one.get_num_curves(), 3)
        self.assertEqual(three.get_num_curves(), 3)
        # The single segment is split evenly: anchors at x = 0, 1, 2, 3.
        np.testing.assert_allclose(one.get_start_anchors()[:, 0], [0, 1, 2], atol=1e-9)

    def test_curves_as_submobjects(self):
        parts = CurvesAsSubmobjects(Square(color=RED))
        self.assertEqual(len(parts), 4)
        self.assertEqual(hexes([parts[0].get_stroke_color()]), hexes([RED]))
        path = CurvesAsSubmobjects(VMobject().set_points_as_corners(
            [[0, 0, 0], [4, 0, 0], [4, 2, 0]]))
        # Lengths 4 and 2: half of 6 is 3 along the first part.
        np.testing.assert_allclose(path.point_from_proportion(0.5), [3, 0, 0], atol=1e-6)
        with self.assertRaisesRegex(ValueError, "between 0 and 1"):
            path.point_from_proportion(2)
        with self.assertRaisesRegex(Exception, "with no submobjects"):
            CurvesAsSubmobjects(VGroup()).point_from_proportion(0)


class Defaults(unittest.TestCase):
    def test_set_default_and_restore(self):
        Square.set_default(color=GREEN, fill_opacity=0.25)
        try:
            s = Square()
            self.assertEqual(hexes([s.get_fill_color()]), hexes([GREEN]))
            self.assertAlmostEqual(s.get_fill_opacity(), 0.25)
            # Explicit arguments still win.
            self.assertAlmostEqual(Square(fill_opacity=1).get_fill_opacity(), 1)
        finally:
            Square.set_default()
        s = Square()
        self.assertEqual(hexes([s.get_fill_color()]), hexes([WHITE]))
        self.assertAlmostEqual(s.get_fill_opacity(), 0)

    def test_text_takes_vmobject_default_colour(self):
        VMobject.set_default(color=RED)
        try:
            self.assertEqual(hexes([VMobject().get_color()]), hexes([RED]))
            self.assertEqual(hexes([Text("a").get_color()]), hexes([RED]))
            self.assertEqual(hexes([Text("a", color=BLUE).get_color()]), hexes([BLUE]))
        finally:
            VMobject.set_default()
        self.assertEqual(hexes([Text("a").get_color()]), hexes([WHITE]))


class SubmobjectList(unittest.TestCase):
    def test_list_changes_reach_the_mobject(self):
        a, b, c = Square(), Circle(), Line()
        g = VGroup(a, b, c)
        self.assertIs(g.submobjects.pop(), c)
        self.assertEqual(len(g), 2)
        g.submobjects.insert(0, c)
        self.assertIs(g[0], c)
        g.submobjects.clear()
        self.assertEqual(len(g), 0)
        g.submobjects = [b, a]
        self.assertIs(g[0], b)
        self.assertIs(g.submobjects[1], a)
        with self.assertRaisesRegex(TypeError, "submobjects.*Mobject"):
            g.submobjects = [1]

    def test_sort_and_invert(self):
        a, b, c = Dot().shift(RIGHT), Dot().shift(3 * RIGHT), Dot().shift(2 * RIGHT)
        g = VGroup(a, b, c)
        g.sort()
        self.assertEqual([m.get_x() for m in g], [1, 2, 3])
        g.invert()
        self.assertEqual([m.get_x() for m in g], [3, 2, 1])


class Positioning(unittest.TestCase):
    def test_coordinates(self):
        s = Square().shift(RIGHT)
        s.set_coord(4, 1)
        np.testing.assert_allclose(s.get_center(), [1, 4, 0])
        self.assertAlmostEqual(s.get_coord(0, RIGHT), 2)
        d = Dot().match_x(s)
        self.assertAlmostEqual(d.get_x(), 1)
        # Bottoms matched: the square's bottom is at y = 3, the dot (radius 0.08) sits on it.
        d.match_y(s, DOWN)
        self.assertAlmostEqual(d.get_y(), 3.08)
        d.set_z(2)
        self.assertAlmostEqual(d.get_zenith()[2], 2)

    def test_shift_onto_screen(self):
        # frame_x_radius is 64/9; the right edge lands at 64/9 - 0.5.
        s = Square().shift(10 * RIGHT).shift_onto_screen()
        self.assertAlmostEqual(s.get_right()[0], 64 / 9 - 0.5, places=9)
        self.assertTrue(Square().shift(20 * RIGHT).is_off_screen())
        self.assertFalse(Square().is_off_screen())

    def test_apply_matrix_about_the_origin(self):
        s = Square().shift(RIGHT).apply_matrix([[2, 0], [0, 1]])
        self.assertAlmostEqual(s.width, 4)
        np.testing.assert_allclose(s.get_center(), [2, 0, 0], atol=1e-12)

    def test_replace_and_put_start_and_end_on(self):
        s = Square().replace(Rectangle(width=4, height=1).shift(UP))
        self.assertAlmostEqual(s.width, 4)
        np.testing.assert_allclose(s.get_center(), [0, 1, 0], atol=1e-12)
        v = VMobject().set_points_as_corners([[0, 0, 0], [1, 0, 0]])
        v.put_start_and_end_on(np.array([0, 0, 0.0]), np.array([0, 2, 0.0]))
        np.testing.assert_allclose(v.get_end(), [0, 2, 0], atol=1e-9)


if __name__ == "__main__":
    unittest.main()
