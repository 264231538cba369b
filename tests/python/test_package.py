"""The `manim` package's shape: Manim's module tree, one NotImplementedError for what
manim.cpp lacks, Python subclasses of bound classes, colours and constants (run by
tests/python_package_test.cpp)."""
import importlib
import json
import os
import unittest

import numpy as np

import manim
from manim import *  # noqa: F401,F403

TABLE = json.load(open(os.path.join(os.path.dirname(manim.__file__), "_api_names.json")))


class ModuleTree(unittest.TestCase):
    def test_every_manim_module_imports(self):
        skip = {"manim._config", "manim.utils.ipython_magic"}  # other parts of manim.cpp
        for name in TABLE["modules"]:
            if name in skip or name.startswith(("manim._config.", "manim.__main__")):
                continue
            with self.subTest(module=name):
                importlib.import_module(name)

    def test_documented_import_paths(self):
        from manim.mobject.geometry.line import Line
        from manim.utils.space_ops import rotate_vector
        import manim.animation.creation as creation

        self.assertIs(Line, manim.Line)
        self.assertIs(creation.Create, manim.Create)
        np.testing.assert_allclose(rotate_vector(RIGHT, PI / 2), UP, atol=1e-12)

    def test_star_import_gives_manims_all(self):
        self.assertTrue(set(TABLE["modules"]["manim"]["star"]) <= set(manim.__all__))
        for name in ("Square", "Create", "config", "np", "rate_functions", "ManimColor"):
            self.assertIn(name, manim.__all__)

    def test_unknown_name_is_attribute_error(self):
        self.assertFalse(hasattr(manim, "NoSuchThing"))
        with self.assertRaises(ImportError):
            from manim.utils.space_ops import no_such_function  # noqa: F401


class MissingNames(unittest.TestCase):
    def missing_name(self):
        for name in TABLE["modules"]["manim"]["star"]:
            obj = getattr(manim, name)
            if manim._api.is_missing(obj):
                return name, obj
        self.skipTest("every Manim name is implemented")

    def test_module_level_placeholder(self):
        name, obj = self.missing_name()
        message = f"manim.cpp does not implement {name} yet"
        with self.assertRaisesRegex(NotImplementedError, message):
            obj()
        with self.assertRaisesRegex(NotImplementedError, name):
            obj.some_attribute
        with self.assertRaisesRegex(NotImplementedError, name):
            class Sub(obj):  # noqa: F811
                pass
        with self.assertRaisesRegex(NotImplementedError, name):
            class Meta(metaclass=obj):
                pass
        self.assertFalse(isinstance(Square(), obj))

    def test_missing_manim_method_on_instance_and_class(self):
        # Mobject.add_background_rectangle is Manim API the engine does not bind (yet).
        attr = next(a for a in sorted(TABLE["classes"]["Mobject"]["attrs"])
                    if a not in dir(Square))
        with self.assertRaisesRegex(NotImplementedError, f"does not implement .*{attr} yet"):
            getattr(Square(), attr)
        with self.assertRaisesRegex(NotImplementedError, attr):
            getattr(Square, attr)
        # A name Manim's class does not have stays an AttributeError.
        self.assertFalse(hasattr(Square(), "no_such_attribute"))
        self.assertFalse(hasattr(Square, "no_such_attribute"))

    def test_get_set_compatibility_layer(self):
        # Manim's Mobject: m.set(x=...), and get_<attr>/set_<attr> for any attribute.
        m = Mobject().set(answer=42)
        self.assertEqual(m.answer, 42)
        self.assertEqual(m.get_answer(), 42)
        self.assertIs(m.set_answer(7), m)
        self.assertEqual(m.answer, 7)
        with self.assertRaises(AttributeError):
            m.get_nothing_here()


class Subclasses(unittest.TestCase):
    def test_mobject_subclass_without_super_init(self):
        class Bare(VMobject):
            def __init__(self):
                self.n = 3

        b = Bare()
        self.assertEqual(b.n, 3)
        self.assertEqual(len(b.points), 0)
        self.assertIs(VGroup(b)[0], b)

    def test_attributes_before_super_init(self):
        class Late(Square):
            def __init__(self, **kwargs):
                self.label = "x"
                super().__init__(**kwargs)
                self.label += "y"

        s = Late(side_length=4)
        self.assertEqual(s.label, "xy")
        self.assertAlmostEqual(s.width, 4)

    def test_animation_subclass(self):
        class Fade(Animation):
            def interpolate_mobject(self, alpha):
                self.mobject.set_opacity(alpha)

        sq = Square()
        a = Fade(sq, run_time=2)
        self.assertEqual(a.run_time, 2)
        a.interpolate(0.25)  # the override, as the scene calls it
        self.assertAlmostEqual(sq.get_stroke_opacity(), 0.25)

        class Plain(Animation):
            pass

        self.assertIs(type(Plain(Square())), Plain)

    def test_scene_subclass_without_super_init(self):
        class Bare(Scene):
            def __init__(self):
                self.ready = True

        s = Bare()
        self.assertTrue(s.ready)
        self.assertEqual(s.mobjects, [])

    def test_override_animation(self):
        class Special(Animation):
            pass

        class Mob(VMobject):
            @override_animation(Special)
            def special(self, **kwargs):
                return ("overridden", kwargs)

        self.assertEqual(Special(Mob(), run_time=3), ("overridden", {"run_time": 3}))
        self.assertIs(type(Special(Square())), Special)


class Colours(unittest.TestCase):
    def test_constructors(self):
        c = ManimColor(0x336699, 0.5)
        np.testing.assert_allclose(c._internal_value, [0.2, 0.4, 0.6, 0.5])
        self.assertEqual(ManimColor("#f00").to_hex(), "#FF0000")
        self.assertEqual(ManimColor([255, 0, 0]).to_hex(), "#FF0000")
        self.assertEqual(ManimColor((0.0, 1.0, 0.0)).to_hex(), "#00FF00")
        self.assertEqual(ManimColor("red"), RED)
        with self.assertRaisesRegex(ValueError, "not a hex colour"):
            ManimColor("#12")

    def test_functions(self):
        from manim.utils.color import (color_gradient, color_to_int_rgb, hex_to_rgb,
                                       interpolate_color, invert_color, rgb_to_color)

        self.assertEqual(interpolate_color(BLACK, WHITE, 0.5).to_hex(), "#7F7F7F")
        self.assertEqual(invert_color(WHITE), BLACK)
        np.testing.assert_allclose(hex_to_rgb("#FF8000"), [1, 128 / 255, 0])
        self.assertEqual(rgb_to_color([0.0, 0.0, 1.0]), PURE_BLUE)
        # As Manim: a sequence that is not all floats holds bytes.
        self.assertEqual(rgb_to_color([0, 0, 255]), PURE_BLUE)
        self.assertEqual(list(color_to_int_rgb(RED)), [0xFC, 0x62, 0x55])
        g = color_gradient([BLACK, WHITE], 3)
        self.assertEqual([c.to_hex() for c in g], ["#000000", "#7F7F7F", "#FFFFFF"])


class Constants(unittest.TestCase):
    def test_enums_and_values(self):
        from manim import constants

        self.assertEqual(constants.RendererType("cairo"), constants.RendererType.CAIRO)
        self.assertEqual([j.name for j in constants.LineJointType],
                         ["AUTO", "ROUND", "BEVEL", "MITER"])
        self.assertEqual(constants.QUALITIES["low_quality"]["pixel_width"], 854)
        self.assertAlmostEqual(constants.DEGREES * 180, PI)
        np.testing.assert_array_equal(constants.UL, [-1, 1, 0])


if __name__ == "__main__":
    unittest.main()
