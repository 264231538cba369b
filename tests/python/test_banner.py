"""ManimBanner through the `manim` package (run by tests/banner_python_test.cpp): the letters
come from our own typesetting (MathTex's \\mathbb{M}, "anim" from a bold serif font file), the
geometry and the create()/expand() animations follow Manim's layout rules."""
import re
import unittest

import numpy as np

import manimcpp
from manim import *  # noqa: F401,F403


def _bounds(d):
    nums = [float(v) for v in re.findall(r"-?\d+\.\d+", d)]
    xs, ys = nums[0::2], nums[1::2]
    return min(xs), max(xs), min(ys), max(ys)


class FontGlyphPathTests(unittest.TestCase):
    def test_nimbus_roman_bold_i_in_dvisvgm_units(self):
        # Nimbus Roman Bold is metric-compatible with Times-Bold, whose AFM gives the "i" the
        # box 16 0 255 691 (1000 units per em). At 10 TeX points one unit is
        # 10 * 72 / 72.27 / 1000 = 0.00996264 big points; SVG y points down.
        family, d = manimcpp._font_glyph_path("Nimbus Roman", 700, "i")
        self.assertEqual(family, "Nimbus Roman")
        unit = 10 * 72 / 72.27 / 1000
        x0, x1, y0, y1 = _bounds(d)
        self.assertAlmostEqual(x0, 16 * unit, places=6)
        self.assertAlmostEqual(x1, 255 * unit, places=6)
        self.assertAlmostEqual(y0, -691 * unit, places=6)
        self.assertAlmostEqual(y1, 0, places=6)
        self.assertEqual(d.count("M"), 2)  # stem and dot
        # Twice the size, twice the numbers.
        _, d20 = manimcpp._font_glyph_path("Nimbus Roman", 700, "i", 20.0)
        np.testing.assert_allclose(_bounds(d20), np.array(_bounds(d)) * 2, atol=2e-6)

    def test_bad_input(self):
        with self.assertRaisesRegex(ValueError, "has no glyph for"):
            manimcpp._font_glyph_path("Nimbus Roman", 700, "\u4e00")
        with self.assertRaisesRegex(ValueError, "one character"):
            manimcpp._font_glyph_path("Nimbus Roman", 700, "ab")
        with self.assertRaisesRegex(ValueError, "size_pt must be a positive number"):
            manimcpp._font_glyph_path("Nimbus Roman", 700, "a", 0.0)


class ManimBannerTests(unittest.TestCase):
    def test_geometry(self):
        b = ManimBanner()
        # The M is MathTex's \mathbb{M} (typeset at 48 pt) seven times over.
        self.assertAlmostEqual(b.M.height, 7 * MathTex(r"\mathbb{M}").height, places=9)
        self.assertAlmostEqual(b.anim.height, 0.75748 * b.M.height, places=9)
        np.testing.assert_allclose(b.get_center(), [0, 0, 0], atol=1e-9)
        self.assertEqual(len(b.submobjects), 2)  # shapes and M; "anim" comes with expand()
        self.assertEqual(len(b.anim), 4)
        # The letters were bottom-aligned before "anim" was scaled: their bottoms stay equal,
        # and they run left to right.
        bottoms = [letter.get_bottom()[1] for letter in b.anim]
        np.testing.assert_allclose(bottoms, bottoms[0], atol=1e-9)
        lefts = [letter.get_left()[0] for letter in b.anim]
        self.assertEqual(lefts, sorted(lefts))
        self.assertEqual(b.circle.get_fill_color().to_hex().lower(), "#81b29a")
        self.assertEqual(b.square.get_fill_color().to_hex().lower(), "#454866")
        self.assertEqual(b.triangle.get_fill_color().to_hex().lower(), "#e07a5f")
        self.assertEqual(b.font_color, "#ece6e2")
        self.assertEqual(ManimBanner(dark_theme=False).font_color, "#343434")
        self.assertEqual(b.M.get_fill_color().to_hex().lower(), "#ece6e2")
        self.assertEqual(b.M.get_stroke_width(), 0)
        with self.assertRaisesRegex(ValueError, "direction must be"):
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
        self.assertIn(b.anim, b.submobjects)
        self.assertIn(b.shapes, b.submobjects)
        # expand() puts "anim" 0.06 right of the M and moves both together.
        self.assertAlmostEqual(b.anim.get_left()[0] - b.M.get_right()[0], 0.06, places=9)
        self.assertGreater(b.width, b.M.width + b.anim.width)
        # direction="center": the shapes moved right by half of 6.25 and the M left by as much,
        # measured from where they started (before expand(): shapes centred right of the M).
        b2 = ManimBanner()
        shapes_x, m_x = b2.shapes.get_center()[0], b2.M.get_center()[0]
        scene.play(b2.expand(), run_time=0.2)
        self.assertAlmostEqual(b2.shapes.get_center()[0] - shapes_x, 6.25 / 2, places=6)
        self.assertAlmostEqual(b2.M.get_center()[0] - m_x, -6.25 / 2, places=6)


if __name__ == "__main__":
    unittest.main()
