"""The rest of the animation vocabulary through the `manim` package: keywords, defaults, errors
(run by tests/anim_python_test.cpp)."""
import unittest

import numpy as np

from manim import (AddTextLetterByLetter, AddTextWordByWord, Circle, Dot, FadeIn, LaggedStart,
                   LaggedStartMap, Line, MathTex, RemoveTextLetterByLetter, Rotate,
                   ShowIncreasingSubsets, ShowSubmobjectsOneByOne, Square, Succession, Text,
                   TransformMatchingShapes, TransformMatchingTex, Uncreate, VGroup, config)
from manim.mobject.mobject import override_animate


class Subsets(unittest.TestCase):
    def test_letter_by_letter_run_time_and_errors(self):
        t = Text("Hello")
        a = AddTextLetterByLetter(t, time_per_char=0.2)
        self.assertAlmostEqual(a.run_time, max(1 / config.frame_rate, 0.2) * 5)
        self.assertEqual(a.time_per_char, 0.2)
        self.assertTrue(RemoveTextLetterByLetter(Text("ab")).is_remover())
        with self.assertRaisesRegex(ValueError, "does not seem to contain any characters"):
            AddTextLetterByLetter(Text("   "))
        with self.assertRaisesRegex(TypeError, "int_func"):
            ShowIncreasingSubsets(VGroup(Square()), int_func=3)

    def test_subsets_hide_at_construction(self):
        g = VGroup(Square(), Circle())
        a = ShowIncreasingSubsets(g, int_func=np.ceil)
        self.assertEqual([m.get_stroke_opacity() for m in g], [0, 0])
        self.assertEqual(len(a.all_submobs), 2)
        ShowSubmobjectsOneByOne([Square(), Circle()])
        self.assertEqual(len(AddTextWordByWord(VGroup(VGroup(Square()))).animations), 2)

    def test_lagged_start_map(self):
        g = VGroup(Square(), Square(), Square())
        a = LaggedStartMap(FadeIn, g, shift=np.array([0, 1, 0]), lag_ratio=0.5)
        self.assertIsInstance(a, LaggedStart)
        self.assertEqual(a.run_time, 2)
        self.assertEqual(len(a.animations), 3)
        # Children start at 0, 0.5, 1 of a 2 s timeline (lag 0.5 of 1 s each).
        self.assertEqual([s for _, s, _ in a.anims_with_timings], [0, 0.5, 1.0])
        b = LaggedStartMap(Rotate, g, lambda m: (m, 1.0), run_time=4)
        self.assertEqual(b.run_time, 4)
        with self.assertRaisesRegex(TypeError, "AnimationClass"):
            LaggedStartMap(3, g)


class Matching(unittest.TestCase):
    def test_shapes_and_tex(self):
        a = TransformMatchingShapes(VGroup(Square(), Circle()), VGroup(Square().shift([2, 0, 0])))
        self.assertEqual(len(a.animations), 3)  # Transform, FadeOut, FadeIn
        self.assertEqual(TransformMatchingShapes.get_mobject_key(Square()),
                         TransformMatchingShapes.get_mobject_key(Square(side_length=5)))
        t = TransformMatchingTex(MathTex("A", "+", "B"), MathTex("B", "-", "A"),
                                 transform_mismatches=True, run_time=2)
        self.assertEqual(t.run_time, 2)
        self.assertEqual(len(t.animations), 2)
        with self.assertRaisesRegex(ValueError, "not a MathTex"):
            TransformMatchingTex(Square(), MathTex("A"))
        with self.assertRaisesRegex(TypeError, "key_map"):
            TransformMatchingTex(MathTex("A"), MathTex("B"), key_map=[1])


class DotsWithLine(VGroup):
    def __init__(self):
        super().__init__()
        self.left_dot = Dot().shift((-1, 0, 0))
        self.right_dot = Dot().shift((1, 0, 0))
        self.line = Line(self.left_dot, self.right_dot)
        self.add(self.left_dot, self.right_dot, self.line)

    def remove_line(self):
        self.remove(self.line)

    @override_animate(remove_line)
    def _remove_line_animation(self, anim_args=None):
        self.remove_line()
        return Uncreate(self.line, **(anim_args or {}))


class OverrideAnimate(unittest.TestCase):
    def test_override_gets_anim_args(self):
        d = DotsWithLine()
        anim = d.animate(run_time=3).remove_line().build()
        self.assertIs(type(anim), Uncreate)
        self.assertEqual(anim.run_time, 3)
        self.assertEqual(len(d.submobjects), 2)
        with self.assertRaisesRegex(NotImplementedError, "not supported for overridden"):
            DotsWithLine().animate.shift((1, 0, 0)).remove_line()

    def test_nested_succession_has_no_active_animation_before_it_starts(self):
        inner = Succession(FadeIn(Line()), FadeIn(Line()))
        self.assertFalse(hasattr(inner, "active_animation"))


if __name__ == "__main__":
    unittest.main()
