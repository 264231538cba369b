"""manim.utils maths with numbers worked out by hand (run by tests/python_package_test.cpp,
or directly: PYTHONPATH=python:build /usr/bin/python3 tests/python/test_utils_maths.py)."""
import math
import unittest

import numpy as np

from manim.constants import OUT, PI, RIGHT, UP
from manim.utils import bezier as bz
from manim.utils import iterables, paths, rate_functions, simple_functions, space_ops
from manim.utils.config_ops import merge_dicts_recursively


class SpaceOps(unittest.TestCase):
    def test_rotate_vector_quarter_turn(self):
        # (1, 0, 0) a quarter turn about OUT is (0, 1, 0); about UP, (0, 0, -1).
        np.testing.assert_allclose(space_ops.rotate_vector([1, 0, 0], PI / 2, OUT), [0, 1, 0],
                                   atol=1e-12)
        np.testing.assert_allclose(space_ops.rotate_vector([1, 0, 0], PI / 2, UP), [0, 0, -1],
                                   atol=1e-12)
        # 2D vectors stay 2D.
        np.testing.assert_allclose(space_ops.rotate_vector([0, 2], PI), [0, -2], atol=1e-12)

    def test_rotation_matrix_is_rodrigues(self):
        # 120 degrees about (1, 1, 1) cycles the axes: x -> y -> z -> x.
        m = space_ops.rotation_matrix(2 * PI / 3, [1, 1, 1])
        np.testing.assert_allclose(m @ [1, 0, 0], [0, 1, 0], atol=1e-12)
        np.testing.assert_allclose(m @ [0, 0, 1], [1, 0, 0], atol=1e-12)
        h = space_ops.rotation_matrix(PI / 2, OUT, homogeneous=True)
        self.assertEqual(h.shape, (4, 4))
        self.assertEqual(h[3, 3], 1.0)

    def test_quaternions(self):
        q = space_ops.quaternion_from_angle_axis(PI / 2, OUT)
        np.testing.assert_allclose(q, [math.sqrt(0.5), 0, 0, math.sqrt(0.5)], atol=1e-12)
        # i * j = k
        np.testing.assert_allclose(space_ops.quaternion_mult([0, 1, 0, 0], [0, 0, 1, 0]),
                                   [0, 0, 0, 1])
        angle, axis = space_ops.angle_axis_from_quaternion(q)
        self.assertAlmostEqual(angle, PI / 2)
        np.testing.assert_allclose(axis, [0, 0, 1], atol=1e-12)

    def test_angles(self):
        self.assertAlmostEqual(space_ops.angle_of_vector([-1, 0, 0]), PI)
        self.assertAlmostEqual(space_ops.angle_between_vectors([1, 0, 0], [0, 3, 0]), PI / 2)

    def test_line_intersection(self):
        # y = x and y = 2 - x meet at (1, 1).
        np.testing.assert_allclose(
            space_ops.line_intersection([[0, 0, 0], [2, 2, 0]], [[0, 2, 0], [2, 0, 0]]),
            [1, 1, 0])
        with self.assertRaises(ValueError):
            space_ops.line_intersection([[0, 0, 0], [1, 0, 0]], [[0, 1, 0], [1, 1, 0]])

    def test_unit_normal_and_compass(self):
        np.testing.assert_allclose(space_ops.get_unit_normal(RIGHT, UP), OUT)
        dirs = space_ops.compass_directions(4)
        np.testing.assert_allclose(dirs[1], [0, 1, 0], atol=1e-12)
        np.testing.assert_allclose(space_ops.normalize([3, 4, 0]), [0.6, 0.8, 0])
        np.testing.assert_allclose(space_ops.normalize([0, 0, 0]), [0, 0, 0])

    def test_winding_and_earclip(self):
        square = [[1, 1, 0], [-1, 1, 0], [-1, -1, 0], [1, -1, 0]]
        self.assertAlmostEqual(space_ops.get_winding_number(square), 1.0)
        tris = space_ops.earclip_triangulation(np.array(square), [4])
        self.assertEqual(len(tris), 6)  # two triangles
        self.assertEqual(sorted(set(tris)), [0, 1, 2, 3])

    def test_earclip_with_a_hole(self):
        # A 4x4 square with a 2x2 hole: 8 triangles covering 16 - 4 = 12.
        outer = [[2, 2, 0], [-2, 2, 0], [-2, -2, 0], [2, -2, 0]]
        inner = [[1, 1, 0], [1, -1, 0], [-1, -1, 0], [-1, 1, 0]]
        v = np.array(outer + inner, dtype=float)
        t = space_ops.earclip_triangulation(v, [4, 8])
        self.assertEqual(len(t), 24)
        area = sum(abs(space_ops.cross2d(v[t[i + 1]][:2] - v[t[i]][:2],
                                         v[t[i + 2]][:2] - v[t[i]][:2])) / 2
                   for i in range(0, len(t), 3))
        self.assertAlmostEqual(area, 12.0)

    def test_spherical(self):
        np.testing.assert_allclose(space_ops.spherical_to_cartesian([2, 0, PI / 2]), [2, 0, 0],
                                   atol=1e-12)


class Bezier(unittest.TestCase):
    def test_cubic_midpoint(self):
        # B(0.5) = (P0 + 3 P1 + 3 P2 + P3) / 8 = (0 + 3 + 6 + 3) / 8 in x.
        pts = np.array([[0, 0, 0], [1, 2, 0], [2, 2, 0], [3, 0, 0]], dtype=float)
        np.testing.assert_allclose(bz.bezier(pts)(0.5), [1.5, 1.5, 0])

    def test_quadratic_and_general_degree(self):
        np.testing.assert_allclose(bz.bezier([[0, 0, 0], [1, 1, 0], [2, 0, 0]])(0.5),
                                   [1, 0.5, 0])
        # A straight degree-4 curve with evenly spaced points moves linearly.
        line = [[k, 0, 0] for k in range(5)]
        np.testing.assert_allclose(bz.bezier(line)(0.25), [1, 0, 0])

    def test_partial_bezier_points(self):
        pts = np.array([[0, 0, 0], [1, 0, 0], [2, 0, 0], [3, 0, 0]], dtype=float)
        half = bz.partial_bezier_points(pts, 0, 0.5)
        np.testing.assert_allclose(half[-1], [1.5, 0, 0])
        np.testing.assert_allclose(bz.partial_bezier_points(pts, 1, 1), [pts[-1]] * 4)

    def test_interpolations(self):
        self.assertEqual(bz.interpolate(2, 4, 0.25), 2.5)
        value, residue = bz.integer_interpolate(0, 10, 0.46)  # 4.6
        self.assertEqual(value, 4)
        self.assertAlmostEqual(residue, 0.6)
        self.assertEqual(bz.inverse_interpolate(2, 4, 3), 0.5)
        self.assertEqual(bz.match_interpolate(10, 20, 0, 1, 0.5), 15)
        self.assertEqual(bz.mid(1, 3), 2)

    def test_smooth_handles_of_a_line_are_thirds(self):
        h1, h2 = bz.get_smooth_cubic_bezier_handle_points([[0, 0, 0], [3, 0, 0]])
        np.testing.assert_allclose(h1, [[1, 0, 0]])
        np.testing.assert_allclose(h2, [[2, 0, 0]])

    def test_point_on_curve(self):
        pts = [[0, 0, 0], [1, 0, 0], [2, 0, 0], [3, 0, 0]]
        np.testing.assert_allclose(bz.proportions_along_bezier_curve_for_point(
            np.array([1.5, 0, 0]), np.array(pts)), [0.5])
        self.assertFalse(bz.point_lies_on_bezier(np.array([1.5, 1, 0]), np.array(pts)))

    def test_split_quadratic(self):
        parts = bz.split_quadratic_bezier(np.array([[0, 0, 0], [1, 2, 0], [2, 0, 0]]), 0.5)
        np.testing.assert_allclose(parts[2], [1, 1, 0])
        self.assertEqual(bz.subdivide_quadratic_bezier(
            np.array([[0, 0, 0], [1, 2, 0], [2, 0, 0]]), 3).shape, (9, 3))


class Others(unittest.TestCase):
    def test_paths(self):
        # A half-turn arc from (1,0) to (-1,0) is centred on their midpoint, the origin;
        # halfway, (1,0) has turned 90 degrees counterclockwise: (0,1).
        f = paths.path_along_arc(PI)
        np.testing.assert_allclose(f(np.array([[1.0, 0, 0]]), np.array([[-1.0, 0, 0]]), 0.5),
                                   [[0, 1, 0]], atol=1e-12)
        np.testing.assert_allclose(paths.straight_path()(np.zeros(3), np.ones(3), 0.5),
                                   [0.5] * 3)

    def test_rate_functions_are_the_engines(self):
        self.assertEqual(rate_functions.smooth(0.5), 0.5)
        self.assertEqual(rate_functions.linear(0.3), 0.3)
        self.assertAlmostEqual(rate_functions.there_and_back(0.5), 1.0)
        self.assertEqual(rate_functions.unit_interval(lambda t: t)(2), 1)
        self.assertEqual(rate_functions.zero(lambda t: 1)(2), 0)

    def test_iterables(self):
        self.assertEqual(iterables.remove_list_redundancies([1, 2, 1, 3]), [2, 1, 3])
        self.assertEqual(list(iterables.adjacent_pairs([1, 2, 3])), [(1, 2), (2, 3), (3, 1)])
        self.assertEqual(iterables.make_even([1, 2], [3, 4, 5, 6]), ([1, 1, 2, 2], [3, 4, 5, 6]))
        self.assertEqual(iterables.batch_by_property([1, 3, 2, 4, 5], lambda x: x % 2),
                         [([1, 3], 1), ([2, 4], 0), ([5], 1)])
        np.testing.assert_allclose(iterables.resize_with_interpolation(np.array([0., 2.]), 3),
                                   [0, 1, 2])

    def test_simple_functions(self):
        self.assertEqual(simple_functions.choose(5, 2), 10)
        self.assertEqual(simple_functions.clip(5, 0, 3), 3)
        self.assertEqual(simple_functions.sigmoid(0), 0.5)
        x = simple_functions.binary_search(lambda v: v * v, 2, 0, 2, tolerance=1e-9)
        self.assertAlmostEqual(x, math.sqrt(2), places=7)

    def test_config_ops(self):
        self.assertEqual(merge_dicts_recursively({"a": {"x": 1, "y": 2}}, {"a": {"y": 3}}),
                         {"a": {"x": 1, "y": 3}})


if __name__ == "__main__":
    unittest.main()
