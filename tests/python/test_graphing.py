"""Graph, DiGraph, LogBase, ComplexPlane, Variable and SampleSpace through the Python package,
with numbers worked out by hand (run by tests/python_package_test.cpp, or directly:
PYTHONPATH=python:build /usr/bin/python3 tests/python/test_graphing.py)."""
import traceback
import unittest

import numpy as np

from manim import (BLUE_E, GREEN_E, ArrowVectorField, Axes, ComplexPlane, DiGraph, Dot, Graph,
                   Integer, LogBase, NumberLine, SampleSpace, Table, Variable)


class GraphLayouts(unittest.TestCase):
    def test_spring_layout_with_seed_is_repeatable(self):
        vertices = [1, 2, 3, 4, 5]
        edges = [(1, 2), (2, 3), (3, 4), (4, 5), (5, 1)]
        a = Graph(vertices, edges, layout_config={"seed": 7})
        b = Graph(vertices, edges, layout_config={"seed": 7})
        for v in vertices:
            np.testing.assert_allclose(a[v].get_center(), b[v].get_center(), atol=1e-12)
        # spring_layout rescales into [-scale, scale] = [-2, 2].
        xs = [a[v].get_center()[0] for v in vertices]
        ys = [a[v].get_center()[1] for v in vertices]
        self.assertAlmostEqual(max(max(map(abs, xs)), max(map(abs, ys))), 2, places=6)

    def test_circular_layout_puts_vertices_on_a_circle(self):
        # networkx's circular layout: vertex k at angle 2 pi k / n, radius = scale.
        g = Graph([0, 1, 2, 3], [(0, 1), (1, 2), (2, 3)], layout="circular", layout_scale=3)
        # (networkx computes the angles in float32: 1e-6)
        np.testing.assert_allclose(g[0].get_center(), [3, 0, 0], atol=1e-6)
        np.testing.assert_allclose(g[1].get_center(), [0, 3, 0], atol=1e-6)
        np.testing.assert_allclose(g[2].get_center(), [-3, 0, 0], atol=1e-6)
        # Edges join the vertex centres and follow them (the graph's updater).
        edge = g.edges[(0, 1)]
        np.testing.assert_allclose(edge.get_start(), [3, 0, 0], atol=1e-6)
        g[0].shift([1, 0, 0])
        g.update(0)
        np.testing.assert_allclose(g.edges[(0, 1)].get_start(), [4, 0, 0], atol=1e-6)

    def test_tree_layout(self):
        # Root 1 over children 2 and 3: leaves one unit apart, the root centred above, then
        # scaled by 2 * scale / max(width, height) = 4 and centred.
        g = Graph([1, 2, 3], [(1, 2), (1, 3)], layout="tree", root_vertex=1)
        centers = {v: g[v].get_center() for v in (1, 2, 3)}
        np.testing.assert_allclose(centers[1], [0, 2, 0], atol=1e-9)
        self.assertAlmostEqual(centers[2][1], -2)
        self.assertAlmostEqual(abs(centers[2][0] - centers[3][0]), 4)
        with self.assertRaisesRegex(ValueError, "must be used with trees"):
            Graph([1, 2, 3], [(1, 2), (2, 3), (3, 1)], layout="tree", root_vertex=1)

    def test_manual_layout_add_and_remove(self):
        g = Graph([1, 2], [(1, 2)], layout={1: [0, 0, 0], 2: [2, 0, 0]})
        self.assertEqual(str(g), "Undirected graph on 2 vertices and 1 edges")
        g.add_edges((2, 3))
        self.assertEqual(set(g.vertices), {1, 2, 3})
        removed = g.remove_vertices(2)
        self.assertEqual(len(removed), 3)  # two edges, then the vertex
        self.assertEqual(str(g), "Undirected graph on 2 vertices and 0 edges")
        with self.assertRaisesRegex(ValueError, "does not contain a vertex"):
            g.remove_vertices(42)
        with self.assertRaisesRegex(ValueError, "neither a recognized automatic layout"):
            Graph([1], [], layout="sideways")

    def test_digraph_edges_have_tips(self):
        g = DiGraph([1, 2], [(1, 2)], layout={1: [-2, 0, 0], 2: [2, 0, 0]})
        self.assertEqual(str(g), "Directed graph on 2 vertices and 1 edges")
        self.assertTrue(g.edges[(1, 2)].has_tip())
        # The edge stops at the dots' edges (radius 0.08), the tip at the second one.
        self.assertAlmostEqual(g.edges[(1, 2)].get_tip().get_tip_point()[0], 2 - 0.08,
                               places=6)


class LogAndComplex(unittest.TestCase):
    def test_log_number_line(self):
        nl = NumberLine(x_range=[-1, 4, 1], length=10, scaling=LogBase())
        np.testing.assert_allclose(nl.number_to_point(100), [1, 0, 0], atol=1e-12)
        np.testing.assert_allclose(nl.number_to_point([0.1, 10]), [[-5, 0, 0], [-1, 0, 0]],
                                   atol=1e-12)
        np.testing.assert_allclose(nl.get_tick_range(), [0.1, 1, 10, 100, 1000, 10000])
        with self.assertRaisesRegex(ValueError, "log\\(0\\) is undefined"):
            nl.number_to_point(0)
        self.assertAlmostEqual(LogBase(base=2).inverse_function(8), 3)

    def test_complex_plane(self):
        c = ComplexPlane()
        np.testing.assert_allclose(c.n2p(1 + 2j), [1, 2, 0], atol=1e-12)
        self.assertEqual(c.p2n([2.5, -1.5, 0]), complex(2.5, -1.5))

    def test_axes_vectorized_coordinates(self):
        ax = Axes(x_range=[0, 10, 2])
        pts = ax.coords_to_point([[0, 0], [10, 4]])
        np.testing.assert_allclose(pts, [[-6, 0, 0], [6, 3, 0]], atol=1e-12)
        np.testing.assert_allclose(ax.point_to_coords(pts), [[0, 0], [10, 4]], atol=1e-12)


class VariableAndSampleSpace(unittest.TestCase):
    def test_variable_follows_its_tracker(self):
        v = Variable(1.5, "x")
        self.assertAlmostEqual(v.value.get_value(), 1.5)
        v.tracker.set_value(2.25)
        v.update(0)
        self.assertAlmostEqual(v.value.get_value(), 2.25)
        self.assertEqual(len(v.submobjects), 2)
        # The number sits right of "x =".
        self.assertGreater(v.value.get_left()[0], v.label.get_right()[0])
        i = Variable(3, "n", var_type=Integer)
        self.assertEqual(i.value.get_value(), 3)

    def test_sample_space_division(self):
        s = SampleSpace()
        s.divide_horizontally(0.25)
        parts = s.horizontal_parts
        self.assertEqual(len(parts), 2)  # 0.25 and the remainder 0.75
        # A 3 x 3 square split from the top: heights 0.75 and 2.25.
        self.assertAlmostEqual(parts[0].height, 0.75)
        self.assertAlmostEqual(parts[1].height, 2.25)
        self.assertAlmostEqual(parts[0].get_top()[1], 1.5)
        self.assertEqual(parts[0].get_fill_color().to_hex().lower(), GREEN_E.to_hex().lower())
        self.assertEqual(parts[1].get_fill_color().to_hex().lower(), BLUE_E.to_hex().lower())
        labels = s.get_side_braces_and_labels(["A", "B"])
        self.assertEqual(len(labels), 2)
        self.assertLess(labels[0][0].get_right()[0], s.get_left()[0])



class VectorFields(unittest.TestCase):
    def test_arrow_grid_and_nudge(self):
        # x in arange(-1, 1 + 0.5, 0.5) (5 points), y in arange(0, 0.5, 0.5) (1 point).
        field = ArrowVectorField(lambda p: np.array([1.0, 0.0, 0.0]), x_range=[-1, 1],
                                 y_range=[0, 0])
        self.assertEqual(len(field), 5)
        np.testing.assert_allclose(field[0].get_start(), [-1, 0, 0], atol=1e-9)
        # A constant field moves a dot by dt * v (Runge-Kutta is exact for it).
        d = Dot()
        field.nudge(d, dt=0.5)
        np.testing.assert_allclose(d.get_center(), [0.5, 0, 0], atol=1e-12)


class BadInput(unittest.TestCase):
    """The issue's bad input: a plot function that raises or returns NaN, a LogBase axis asked
    for a non-positive value, a table with ragged rows."""

    def test_plot_function_that_raises_keeps_its_traceback(self):
        def steep(x):
            if x > 1:
                raise ZeroDivisionError(f"steep: no value at {x}")
            return x

        # (assertRaises drops the traceback it catches, so catch it by hand)
        try:
            Axes().plot(steep)
        except ZeroDivisionError as e:
            frames = [f.name for f in traceback.extract_tb(e.__traceback__)]
            # Axes() spans x in [-7, 7]; samples are numpy's arange(-7, 7, 0.1): -7 + i * delta
            # with delta = (-7 + 0.1) - (-7) = 0.09999999999999964, the first past 1 is i = 81.
            self.assertEqual(str(e), "steep: no value at 1.0999999999999712")
        else:
            self.fail("Axes.plot swallowed the function's ZeroDivisionError")
        self.assertEqual(frames[-1], "steep")  # the user's frame, where it raised

    def test_plot_nan_names_the_input_and_the_fix(self):
        with self.assertRaisesRegex(ValueError, r"non-finite point at t = -1\b.*discontinuities"):
            Axes().plot(lambda x: float("nan") if x < 0 else x, x_range=[-1, 1])
        # The documented way round a pole: discontinuities leave a gap (two pieces).
        g = Axes().plot(lambda x: 1 / x, x_range=[-1, 1, 0.1], discontinuities=[0], dt=0.05)
        starts = [i for i in range(0, len(g.points), 4)
                  if i == 0 or not np.allclose(g.points[i], g.points[i - 1])]
        self.assertEqual(len(starts), 2)

    def test_log_axis_refuses_non_positive_values(self):
        ax = Axes(x_range=[0, 4], y_range=[-1, 2], y_axis_config={"scaling": LogBase()})
        np.testing.assert_allclose(ax.c2p(2, 10)[1], ax.c2p(2, 1)[1] + ax.y_axis.get_unit_size(),
                                   atol=1e-12)
        with self.assertRaisesRegex(ValueError, r"log\(0\) is undefined"):
            ax.plot(lambda x: x - 2)  # y <= 0 for x <= 2, as Manim's LogBase raises
        with self.assertRaisesRegex(ValueError, r"log\(0\) is undefined"):
            ax.c2p(1, -3)
        # A base without a logarithm (<= 0, or 1) is refused when made, naming the base.
        for base in (0, -2, 1):
            with self.assertRaisesRegex(ValueError, r"LogBase: base must be > 0 and != 1"):
                LogBase(base=base)

    def test_ragged_table_rows(self):
        with self.assertRaisesRegex(ValueError, r"not all rows in table have the same length"):
            Table([["1", "2"], ["3"]])


if __name__ == "__main__":
    unittest.main()
