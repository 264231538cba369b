"""Manim's 3D mobjects through the `manim` package: constructors with Manim's keywords and
positional order, the classes groups hand back, Line3D classmethods, set_fill_by_value with a
duck-typed axes object, polyhedra configs and NaN faces. Numbers are worked out by hand."""
import math
import unittest

import numpy as np

from manim import *
from manim.mobject.three_d.three_d_utils import get_3d_vmob_end_corner_index


class Axes3DStub:
    """What set_fill_by_value reads from a ThreeDAxes: ranges and point_to_coords."""

    x_range = [0, 1, 1]
    y_range = [0, 1, 1]
    z_range = [0, 1, 0.5]

    def point_to_coords(self, p):
        return np.array(p)


class SurfaceTests(unittest.TestCase):
    def test_defaults_and_face_classes(self):
        s = Surface(lambda u, v: np.array([u, v, 0]), resolution=(3, 2))
        self.assertIsInstance(s, VGroup)
        self.assertEqual(len(s), 6)
        face = s[3]
        self.assertIsInstance(face, ThreeDVMobject)
        self.assertTrue(face.shade_in_3d)
        self.assertEqual((face.u_index, face.v_index), (1, 1))
        self.assertAlmostEqual(face.u1, 1 / 3)
        self.assertEqual(face.get_fill_color().to_hex(), BLUE_D.to_hex())
        self.assertEqual(s[1].get_fill_color().to_hex(), BLUE_E.to_hex())
        self.assertAlmostEqual(face.get_stroke_width(), 0.5)
        self.assertEqual(s.resolution, (3, 2))

    def test_positional_order_and_int_resolution(self):
        s = Surface(lambda u, v: (u, v, u * v), [0, 2], [0, 1], 4)
        self.assertEqual(len(s), 16)
        np.testing.assert_allclose(s[15].points[8], [2, 1, 2], atol=1e-9)

    def test_checkerboard_false_and_set_fill_by_checkerboard(self):
        s = Surface(lambda u, v: (u, v, 0), resolution=2, checkerboard_colors=False,
                    fill_color=RED)
        self.assertEqual(s[3].get_fill_color().to_hex(), RED.to_hex())
        self.assertIs(s.set_fill_by_checkerboard(GREEN, YELLOW, opacity=0.25), s)
        self.assertEqual(s[1].get_fill_color().to_hex(), YELLOW.to_hex())
        self.assertAlmostEqual(s[1].get_fill_opacity(), 0.25)

    def test_nan_face_dropped_with_one_warning(self):
        # The engine writes the warning to the process's stderr (fd 2): read it from there.
        import os
        import sys
        import tempfile

        with tempfile.TemporaryFile() as err:
            sys.stderr.flush()
            saved = os.dup(2)
            os.dup2(err.fileno(), 2)
            try:
                s = Surface(
                    lambda u, v: (u, v, np.nan if (u > 0.75 and v > 0.75) else 0), resolution=2
                )
            finally:
                os.dup2(saved, 2)
                os.close(saved)
            err.seek(0)
            text = err.read().decode()
        self.assertEqual(len(s), 3)
        self.assertEqual(text.count("\n"), 1, text)
        self.assertIn("Surface: the function is not finite on 1 of 4 faces", text)

    def test_set_fill_by_value_with_pivots_and_colors(self):
        s = Surface(lambda u, v: (u, v, u), resolution=(2, 1))
        s.set_fill_by_value(axes=Axes3DStub(), colorscale=[(RED, 0), (BLUE, 1)])
        self.assertEqual(s[1].get_fill_color().to_hex(), BLUE.to_hex())
        s.set_fill_by_value(Axes3DStub(), [RED, GREEN, BLUE], axis=2)
        self.assertEqual(s[0].get_fill_color().to_hex(), GREEN.to_hex())
        s.set_fill_by_value(Axes3DStub(), colors=[RED, BLUE])
        with self.assertRaises(ValueError):
            s.set_fill_by_value(Axes3DStub(), colors=[RED, BLUE], bogus=1)

    def test_bad_function_is_a_type_error(self):
        with self.assertRaises(TypeError):
            Surface(lambda u, v: "no", resolution=1)
        with self.assertRaises(TypeError):
            Surface(lambda u, v: (u, v, 0), nonsense=3)


class SolidTests(unittest.TestCase):
    def test_sphere_dot_torus(self):
        s = Sphere(center=(1, 2, 3), radius=2, resolution=(4, 2))
        self.assertIsInstance(s, Surface)
        self.assertEqual(len(s), 8)
        np.testing.assert_allclose(s.get_center(), [1, 2, 3], atol=1e-9)
        d = Dot3D([1, 0, 0], color=RED)
        self.assertEqual(len(d), 64)
        self.assertEqual(d[0].get_fill_color().to_hex(), RED.to_hex())
        self.assertEqual(len(Torus()), 576)
        self.assertEqual((Torus(2, 0.5).R, Torus(2, 0.5).r), (2, 0.5))
        self.assertEqual(len(Sphere()), 288)

    def test_cone_cylinder(self):
        c = Cone(resolution=16, show_base=True)
        self.assertEqual(len(c), 257)
        np.testing.assert_allclose(c.get_direction(), [0, 0, 1])
        cyl = Cylinder(radius=2, height=3)
        self.assertEqual(len(cyl), 578)
        self.assertIsInstance(cyl[576], Circle)
        self.assertIs(type(cyl.base_bottom), Circle)
        np.testing.assert_allclose(cyl[577].get_center(), [0, 0, 1.5], atol=1e-9)
        cyl.set_direction(RIGHT)
        np.testing.assert_allclose(cyl[577].get_center(), [1.5, 0, 0], atol=1e-9)

    def test_line3d_and_classmethods(self):
        line1 = Line3D(resolution=16).shift(LEFT * 2)
        self.assertIsInstance(line1, Line3D)
        self.assertEqual(len(line1), 16 * 16 + 2)
        # Manim keeps start/end as built: shift does not move them.
        np.testing.assert_allclose(line1.get_start(), [-1, 0, 0])
        perp = Line3D.perpendicular_to(line1, UP + OUT, resolution=16)
        h = 2.5 / math.sqrt(2)
        np.testing.assert_allclose(perp.get_start(), [0, 1 - h, 1 - h], atol=1e-9)
        par = Line3D.parallel_to(line1, DOWN + IN, color=YELLOW)
        np.testing.assert_allclose(par.get_start(), [2.5, -1, -1], atol=1e-9)
        self.assertEqual(par[0].get_fill_color().to_hex(), YELLOW.to_hex())
        with self.assertRaises(ValueError):
            Line3D.perpendicular_to(line1, [0.5, 0, 0])
        between = Line3D(Dot([-2, 0, 0]), Square(1).shift(2 * RIGHT))
        np.testing.assert_allclose(between.get_end(), [1.5, 0.5, 0], atol=1e-9)

    def test_arrow3d(self):
        a = Arrow3D(resolution=16)
        self.assertIsInstance(a, Line3D)
        self.assertEqual(len(a), 16 * 16 + 3)
        self.assertIsInstance(a[-1], Cone)
        self.assertIsInstance(Arrow3D.parallel_to(a, ORIGIN), Arrow3D)
        np.testing.assert_allclose(a.get_end(), [0.7, 0, 0], atol=1e-12)

    def test_cube_prism(self):
        c = Cube(side_length=3, fill_opacity=0.7, fill_color=BLUE)
        self.assertEqual(len(c), 6)
        self.assertIsInstance(c[0], Square)
        self.assertTrue(c[0].shade_in_3d)
        self.assertAlmostEqual(c.width, 3)
        p = Prism(dimensions=[1, 2, 3]).rotate(PI / 2)
        self.assertIsInstance(p, Prism)
        self.assertAlmostEqual(p.width, 2)
        self.assertEqual(get_3d_vmob_end_corner_index(c[0]), 6)

    def test_shade_in_3d_keyword_on_any_vmobject(self):
        sq = Square(shade_in_3d=True)
        self.assertTrue(sq.shade_in_3d)
        self.assertFalse(Circle().shade_in_3d)
        self.assertTrue(ThreeDVMobject().shade_in_3d)


class PolyhedronTests(unittest.TestCase):
    def test_pyramid_and_graph(self):
        p = Polyhedron(
            [[1, 1, 0], [1, -1, 0], [-1, -1, 0], [-1, 1, 0], [0, 0, 2]],
            [[0, 1, 4], [1, 2, 4], [2, 3, 4], [3, 0, 4], [0, 1, 2, 3]],
        )
        self.assertEqual(len(p.faces), 5)
        self.assertIsInstance(p.faces[4], Polygon)
        self.assertIsInstance(p.graph[0], Dot3D)
        np.testing.assert_allclose(p.graph[4].get_center(), [0, 0, 2], atol=1e-9)
        self.assertEqual(len(p.edges), 16)
        p.graph[4].move_to([0, 0, 3])
        p.update()
        np.testing.assert_allclose(p.faces[0].points[8], [0, 0, 3], atol=1e-9)

    def test_platonic_with_configs(self):
        o = Octahedron(edge_length=3, faces_config={"fill_opacity": 1, "color": RED},
                       graph_config={"vertex_config": {"radius": 0.2}})
        self.assertEqual(len(o.faces), 8)
        self.assertAlmostEqual(o.faces[0].get_fill_opacity(), 1)
        self.assertAlmostEqual(o.graph[0].height, 0.4, delta=0.02)
        o.graph[0].set_color(RED)
        self.assertEqual(len(Tetrahedron().graph), 12)
        self.assertEqual(len(Icosahedron().faces), 20)
        self.assertEqual(len(Dodecahedron().faces), 12)
        with self.assertRaises(TypeError):
            Tetrahedron(color=RED)


if __name__ == "__main__":
    unittest.main()
