"""Manim's Transform alignment steps, colour helpers, cap_style, color_using_background_image,
copy.deepcopy and the operators from Python, with counts and numbers worked out by hand (run
by tests/mobject_align_python_test.cpp, or directly:
PYTHONPATH=python:build /usr/bin/python3 tests/python/test_mobject_align.py)."""
import copy
import os
import tempfile
import unittest

import numpy as np

from manim import (BLUE, DOWN, LEFT, ORIGIN, RED, RIGHT, UP, WHITE, CapStyleType, Circle,
                   Group, Line, Mobject, PMobject, Point, Square, VectorizedPoint, VGroup,
                   VMobject, config)


class DeepCopy(unittest.TestCase):
    def test_same_class_children_and_attributes(self):
        class Marked(Square):
            pass

        s = Marked()
        s.tag = [1, 2]
        g = VGroup(s, Circle())
        d = copy.deepcopy(g)
        self.assertIs(type(d), VGroup)
        self.assertIs(type(d[0]), Marked)
        self.assertIsNot(d[0], s)
        self.assertEqual(d[0].tag, [1, 2])
        self.assertIsNot(d[0].tag, s.tag)
        self.assertEqual(d[0].original_id, str(id(s)))
        d[0].shift(RIGHT)
        self.assertTrue(np.allclose(s.get_center(), ORIGIN))
        # The memo keeps one copy of an object listed twice.
        pair = copy.deepcopy([s, s])
        self.assertIs(pair[0], pair[1])


class Operators(unittest.TestCase):
    def test_mobject_operators_raise_as_manim(self):
        for op in (lambda a, b: a + b, lambda a, b: a - b):
            with self.assertRaises(NotImplementedError):
                op(Mobject(), Mobject())
        m = Group()
        with self.assertRaises(NotImplementedError):
            m += Mobject()

    def test_vgroup_operators(self):
        a, b, c = Square(), Circle(), Line()
        g = VGroup(a, b)
        h = g + c
        self.assertEqual(len(h), 3)
        self.assertEqual(len(g), 2)
        g += c
        self.assertEqual(list(g.submobjects), [a, b, c])
        g -= a
        self.assertEqual(list(g.submobjects), [b, c])
        self.assertEqual(len(h - b), 2)


class Alignment(unittest.TestCase):
    def test_add_n_more_submobjects_two_to_five(self):
        # total 5, count 2: k * 2 // 5 for k = 0..4 is 0, 0, 0, 1, 1: the first child three
        # times, the second twice; the repeats are faded copies right after their original.
        a, b = Square(), Circle()
        g = VGroup(a, b)
        g.add_n_more_submobjects(3)
        subs = g.submobjects
        self.assertEqual(len(subs), 5)
        self.assertIs(subs[0], a)
        self.assertIs(subs[3], b)
        for i in (1, 2, 4):
            self.assertNotIn(subs[i], (a, b))
            self.assertEqual(subs[i].get_stroke_opacity(), 0)
            self.assertEqual(subs[i].get_fill_opacity(), 0)
        self.assertTrue(np.allclose(subs[1].points, a.points))
        self.assertTrue(np.allclose(subs[4].points, b.points))
        # Three to four: k * 3 // 4 = 0, 0, 1, 2: only the first is repeated.
        x, y, z = Square(), Circle(), Line()
        h = VGroup(x, y, z)
        h.add_n_more_submobjects(1)
        self.assertEqual([m in (x, y, z) for m in h.submobjects], [True, False, True, True])
        self.assertIsNone(VGroup(Square()).add_n_more_submobjects(0))

    def test_add_n_more_to_an_empty_group_adds_points(self):
        g = VGroup().shift(2 * UP)
        g.add_n_more_submobjects(2)
        self.assertEqual([type(m) for m in g.submobjects], [VectorizedPoint, VectorizedPoint])
        with self.assertRaises(NotImplementedError):
            Group().add_n_more_submobjects(1)

    def test_align_submobjects_both_ways(self):
        one, three = VGroup(Square()), VGroup(Circle(), Circle(), Circle())
        one.align_submobjects(three)
        self.assertEqual((len(one), len(three)), (3, 3))
        three.align_submobjects(VGroup(Square()))
        self.assertEqual(len(three), 3)

    def test_push_self_and_null_point_align(self):
        s = Square()
        s.add(Circle())
        s.push_self_into_submobjects()
        self.assertEqual(len(s.points), 0)
        self.assertEqual(len(s.submobjects), 2)
        self.assertEqual(len(s[1].points), 16)
        self.assertEqual(len(s[1].submobjects), 0)
        p, q = Square(), VGroup(Circle(), Circle())
        p.null_point_align(q)
        self.assertEqual((len(p.points), len(p.submobjects)), (0, 1))
        self.assertEqual(len(q.submobjects), 2)
        r = VGroup(Circle())
        Square().null_point_align(r)  # r has no points, so the square is pushed; r unchanged
        self.assertEqual(len(r.submobjects), 1)

    def test_repeat_submobject_is_a_copy(self):
        s = Square()
        r = VGroup().repeat_submobject(s)
        self.assertIsNot(r, s)
        self.assertTrue(np.allclose(r.points, s.points))

    def test_point_mobjects(self):
        with self.assertRaises(NotImplementedError):
            Mobject().get_point_mobject()
        v = Square(color=RED).shift(RIGHT).get_point_mobject()
        self.assertIs(type(v), VectorizedPoint)
        self.assertTrue(np.allclose(v.get_center(), RIGHT))
        self.assertEqual(v.get_stroke_color(), Square(color=RED).get_stroke_color())
        self.assertAlmostEqual(v.width, 0.01)
        self.assertTrue(np.allclose(Square().get_point_mobject(UP).get_location(), UP))
        self.assertIs(type(PMobject().get_point_mobject()), Point)

    def test_pmobject_align_points_with_larger(self):
        # 2 points stretched to 3: indices k * 2 // 3 = 0, 0, 1.
        small, big = PMobject(), PMobject()
        small.add_points([[0, 0, 0], [1, 0, 0]])
        big.add_points([[0, 0, 0], [1, 0, 0], [2, 0, 0]])
        small.align_points_with_larger(big)
        self.assertEqual(small.points.tolist(), [[0, 0, 0], [0, 0, 0], [1, 0, 0]])
        self.assertEqual(small.rgbas.shape, (3, 4))
        with self.assertRaises(NotImplementedError):
            Square().align_points_with_larger(Circle())

    def test_insert_n_curves_to_point_list(self):
        # One line (one cubic) split into 3: equal thirds, 12 points; 2 curves + 1: the first
        # curve is cut in two (k * 2 // 3 = 0, 0, 1).
        line = Line(LEFT, RIGHT).points
        out = VMobject().insert_n_curves_to_point_list(2, line)
        self.assertEqual(out.shape, (12, 3))
        self.assertTrue(np.allclose(out[0::4, 0], [-1, -1 / 3, 1 / 3]))
        self.assertTrue(np.allclose(out[3::4, 0], [-1 / 3, 1 / 3, 1]))
        two = VMobject().set_points_as_corners([LEFT, ORIGIN, UP]).points
        out = VMobject().insert_n_curves_to_point_list(1, two)
        self.assertEqual(len(out), 12)
        self.assertTrue(np.allclose(out[3], [-0.5, 0, 0]))
        self.assertTrue(np.allclose(out[11], UP))
        self.assertEqual(VMobject().insert_n_curves_to_point_list(2, [UP]).shape, (8, 3))

    def test_scale_handle_to_anchor_distances(self):
        # A line's handles sit at 1/3 and 2/3: factor 0.5 puts them at 1/6 and 5/6.
        line = Line(LEFT, RIGHT)
        line.scale_handle_to_anchor_distances(0.5)
        self.assertTrue(np.allclose(line.points[:, 0], [-1, -2 / 3, 2 / 3, 1]))


class Colours(unittest.TestCase):
    def test_interpolate_color(self):
        a = Square(fill_opacity=0.2, stroke_width=2).set_color(RED)
        b = Square(fill_opacity=0.6, stroke_width=6).set_color(BLUE)
        out = Circle()
        before = np.array(out.points)
        out.interpolate_color(a, b, 0.5)
        self.assertAlmostEqual(out.get_fill_opacity(), 0.4)
        self.assertAlmostEqual(out.get_stroke_width(), 4)
        red, blue = np.array(a.get_fill_rgbas())[0, :3], np.array(b.get_fill_rgbas())[0, :3]
        self.assertTrue(np.allclose(np.array(out.get_fill_rgbas())[0, :3], (red + blue) / 2))
        self.assertTrue(np.allclose(out.points, before))
        with self.assertRaises(NotImplementedError):
            Mobject().interpolate_color(Mobject(), Mobject(), 0.5)

    def test_align_rgbas(self):
        a = Square().set_fill([RED, BLUE, WHITE])
        b = Square().set_fill(RED)
        a.align_rgbas(b)
        self.assertEqual(len(b.get_fill_rgbas()), 3)
        self.assertEqual(len(a.get_fill_rgbas()), 3)

    def test_generate_and_update_rgbas(self):
        s = Square()
        rgbas = s.generate_rgbas_array([RED, BLUE], 0.5)
        self.assertEqual(rgbas.shape, (2, 4))
        self.assertTrue(np.allclose(rgbas[:, 3], 0.5))
        # One colour, three opacities: the colour is cycled; None opacity is 0.
        self.assertEqual(s.generate_rgbas_array(RED, [0.1, 0.2, 0.3]).shape, (3, 4))
        self.assertEqual(s.generate_rgbas_array(RED, None)[0, 3], 0)
        # A sheen adds a lighter second colour (each channel + 0.2, capped at 1).
        s.set_sheen(0.2)
        two = s.generate_rgbas_array(RED, 1)
        self.assertEqual(two.shape, (2, 4))
        self.assertTrue(np.allclose(two[1, :3], np.minimum(two[0, :3] + 0.2, 1)))
        t = Square(fill_opacity=1)
        t.update_rgbas_array("fill_rgbas", BLUE, 0.3)
        self.assertEqual(t.get_fill_color(), Square(color=BLUE).get_fill_color())
        self.assertAlmostEqual(t.get_fill_opacity(), 0.3)
        t.update_rgbas_array("stroke_rgbas", opacity=0.5)  # alpha only
        self.assertAlmostEqual(t.get_stroke_opacity(), 0.5)
        with self.assertRaises(ValueError):
            t.update_rgbas_array("points", RED)

    def test_init_colors_and_to_original_color(self):
        g = VGroup(Square(color=RED), Circle(color=BLUE))
        g.set_fill(BLUE, 0.5, family=False)
        g.init_colors()  # the group's own style goes to its family
        for m in g:
            self.assertAlmostEqual(m.get_fill_opacity(), 0.5)
            self.assertEqual(m.get_stroke_color(), g.get_stroke_color())
        self.assertIsNone(Mobject().init_colors())
        s = Square(color=RED)
        self.assertIs(s.to_original_color(), s)
        self.assertEqual(s.get_color(), Square(color=RED).get_color())

    def test_attr_arrays(self):
        self.assertEqual(Mobject().get_array_attrs(), ["points"])
        self.assertEqual(PMobject().get_array_attrs(), ["points", "rgbas"])
        self.assertEqual(VGroup(Square(), Circle()).get_merged_array("points").shape, (48, 3))  # 16 + 32 points
        s = Square()
        s.apply_over_attr_arrays(lambda a: 2 * a)
        self.assertAlmostEqual(s.width, 4)

    def test_generate_points(self):
        self.assertIsNone(Mobject().generate_points())
        with self.assertRaises(NotImplementedError):
            Circle().generate_points()

    def test_script_generate_points_and_init_colors_run_at_construction(self):
        # As Manim's Mobject.__init__: generate_points() then init_colors(), inside
        # super().__init__, after attributes the subclass set before calling it.
        calls = []

        class Tri(VMobject):
            def __init__(self, size=1, **kwargs):
                self.size = size
                super().__init__(**kwargs)

            def generate_points(self):
                calls.append("points")
                s = self.size
                self.set_points_as_corners([s * UP, s * LEFT, s * RIGHT, s * UP])

            def init_colors(self, propagate_colors=True):
                calls.append("colors")
                super().init_colors(propagate_colors)

        t = Tri(2, color=RED)
        self.assertEqual(calls, ["points", "colors"])
        self.assertEqual(len(t.points), 12)
        self.assertTrue(np.allclose(t.get_top(), [0, 2, 0]))
        self.assertEqual(t.get_color(), Square(color=RED).get_color())


class CapStyle(unittest.TestCase):
    def test_keyword_attribute_and_setter(self):
        self.assertEqual([c.name for c in CapStyleType], ["AUTO", "ROUND", "BUTT", "SQUARE"])
        self.assertEqual(VMobject().cap_style, CapStyleType.AUTO)
        line = Line(cap_style=CapStyleType.ROUND)
        self.assertEqual(line.cap_style, CapStyleType.ROUND)
        self.assertIs(line.set_cap_style(CapStyleType.SQUARE), line)
        self.assertEqual(line.cap_style, CapStyleType.SQUARE)
        self.assertEqual(line.copy().cap_style, CapStyleType.SQUARE)
        other = Square()
        other.match_style(line)
        self.assertEqual(other.cap_style, CapStyleType.AUTO)  # not part of Manim's style
        with self.assertRaises(ValueError):
            line.cap_style = 7
        with self.assertRaises(TypeError):
            line.set_cap_style("round")


class BackgroundImage(unittest.TestCase):
    def test_file_image_style_and_match(self):
        from PIL import Image

        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "grad.png")
            Image.new("RGB", (4, 2), (10, 20, 30)).save(path)
            s = Square(color=RED)
            self.assertIsNone(s.get_background_image())
            self.assertIs(s.color_using_background_image(path), s)
            self.assertEqual(s.get_background_image(), path)
            self.assertEqual(s.get_fill_color(), Square(color=WHITE).get_fill_color())
            c = Circle()
            c.match_background_image(s)
            self.assertEqual(c.get_background_image(), path)
            self.assertEqual(s.get_style()["background_image"], path)
            t = Square()
            t.set_style(background_image=path)
            self.assertEqual(t.get_background_image(), path)
            self.assertEqual(s.copy().get_background_image(), path)
            # The frame shows the image where the square is filled.
            s.set_fill(opacity=1)
            pixels = np.array(s.get_image())
            h, w = pixels.shape[:2]
            self.assertEqual(pixels[h // 2, w // 2, :3].tolist(), [10, 20, 30])
            self.assertEqual(pixels[2, 2, :3].tolist(), [0, 0, 0])
        with self.assertRaises(OSError):
            Square().color_using_background_image("no_such_picture_here")

    def test_array_and_pil_images(self):
        from PIL import Image

        arr = np.zeros((2, 2, 3), dtype=np.uint8)
        arr[:] = (200, 100, 50)
        s = Square(fill_opacity=1).color_using_background_image(arr)
        self.assertIs(s.get_background_image(), arr)
        pixels = np.array(s.get_image())
        h, w = pixels.shape[:2]
        self.assertEqual(pixels[h // 2, w // 2, :3].tolist(), [200, 100, 50])
        img = Image.new("L", (3, 3), 128)
        g = VGroup(Square(), Circle()).color_using_background_image(img)
        self.assertTrue(all(m.get_background_image() is img for m in g.get_family()))
        with self.assertRaises(TypeError):
            Square().color_using_background_image(np.zeros((2, 2, 3)))


if __name__ == "__main__":
    config.verbosity = "ERROR"
    unittest.main()
