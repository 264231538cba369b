"""Mobject(name=...) and .name as Manim's, and Python identity after copy(): an attribute
naming a part of the copied tree is the very object the copy's submobjects hand back
(tests/scene_keywords_python_test.cpp runs this with the build's module)."""
import os
import tempfile
import unittest

from manim import *  # noqa: F403

_tmp = tempfile.TemporaryDirectory(prefix="manimcpp_identity_py_")
_cwd = os.getcwd()


def setUpModule():
    os.chdir(_tmp.name)  # BraceLabel's MathTex writes media/Tex under the current folder


def tearDownModule():
    os.chdir(_cwd)
    _tmp.cleanup()


class Labeled(VGroup):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.part = Square()
        self.add(self.part, Circle())


class NameTest(unittest.TestCase):
    def test_default_is_the_class_name(self):
        self.assertEqual(Mobject().name, "Mobject")
        self.assertEqual(Square().name, "Square")
        self.assertEqual(Labeled().name, "Labeled")
        self.assertEqual(repr(Circle()), "Circle")

    def test_name_keyword_on_every_kind(self):
        self.assertEqual(Mobject(name="first").name, "first")
        self.assertEqual(Group(Mobject(), name="group").name, "group")
        self.assertEqual(VGroup(name="v").name, "v")
        self.assertEqual(Square(name="sq", color=RED).name, "sq")
        self.assertEqual(Labeled(name="lab").name, "lab")
        self.assertEqual(repr(Square(name="x")), "x")
        self.assertEqual(Mobject(name=None).name, "Mobject")

    def test_name_is_kept_by_groups_copies_and_assignment(self):
        s = Square(name="kept")
        self.assertEqual(VGroup(s)[0].name, "kept")
        self.assertEqual(s.copy().name, "kept")
        s.name = "renamed"
        self.assertEqual(VGroup(s)[0].name, "renamed")
        self.assertEqual(s.copy().name, "renamed")

    def test_scene_replace_by_name(self):
        with tempconfig({"dry_run": True}):
            scene = Scene()
            a, b, c = (Mobject(name=n) for n in ("a", "b", "c"))
            scene.add(a, Group(b, name="g"))
            scene.replace(a, c)
            scene.replace(b, Mobject(name="d"))
            self.assertEqual([m.name for m in scene.mobjects], ["c", "g"])
            self.assertEqual([m.name for m in scene.mobjects[1]], ["d"])


class CopyIdentityTest(unittest.TestCase):
    def test_attribute_naming_a_part_follows_the_copy(self):
        orig = Labeled()
        copy = orig.copy()
        self.assertIs(copy.submobjects[0], copy.part)
        self.assertIs(copy[0], copy.part)
        self.assertIsNot(copy.part, orig.part)
        self.assertIs(orig.submobjects[0], orig.part)

    def test_brace_label_copy(self):
        orig = BraceLabel(Square(), "label")
        copy = orig.copy()
        self.assertIs(copy.submobjects[0], copy.brace)
        self.assertIsNot(copy.brace, orig.brace)
        self.assertIsNot(copy.label, orig.label)
        self.assertIs(orig.submobjects[0], orig.brace)

    def test_reference_to_a_part_copied_later(self):
        # b names a (which has attributes of its own); a comes later in the copy's order.
        a, b = Square(), Circle()
        a.tag = "A"
        b.partner = a
        group = VGroup(a, b)
        copy = group.copy()
        self.assertIs(copy[1].partner, copy[0])
        self.assertIsNot(copy[1].partner, a)
        self.assertEqual(copy[0].tag, "A")
        copy[0].tag = "changed"
        self.assertEqual(a.tag, "A")

    def test_mutual_references_end(self):
        a, b = Square(), Circle()
        a.other, b.other = b, a
        copy = VGroup(a, b).copy()
        self.assertIs(copy[0].other, copy[1])
        self.assertIs(copy[1].other, copy[0])


if __name__ == "__main__":
    unittest.main()
