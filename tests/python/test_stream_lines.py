"""StreamLines through the `manim` package: Manim's start points, line lengths, colours and
animations, with numbers worked out by hand."""
import math
import unittest

import numpy as np

from manim import (GREEN, RIGHT, YELLOW, AnimationGroup, ManimColor, StreamLines, Succession,
                   config)


def constant(p):
    return np.array([1.0, 0.0, 0.0])


class StreamLinesTest(unittest.TestCase):
    def setUp(self):
        # x and y in [-1, 1] step 0.5 (the end included): 5 x 5 start points, z only 0.
        self.sl = StreamLines(constant, x_range=[-1, 1], y_range=[-1, 1])

    def test_start_points_lengths_and_durations(self):
        sl = self.sl
        self.assertEqual(len(sl.stream_lines), 25)
        self.assertEqual(sl.x_range, [-1, 1.5, 0.5])
        self.assertEqual(sl.noise_factor, 0.25)  # half the y step
        # np.random.seed(0): the first random(3) is (0.5488135, 0.71518937, 0.60276338); the
        # first line starts at (x, y, z) - 0.125 + 0.25 * those, x = y = -1, z = 0.
        r = np.array([0.5488135039273248, 0.7151893663724195, 0.6027633760716439])
        start = np.array([-1.0, -1.0, 0.0]) - 0.125 + 0.25 * r
        first = np.asarray(sl.stream_lines[0].points)
        np.testing.assert_allclose(first[0], start, atol=1e-12)
        # ceil(3 / 0.05) + 1 = 61 Euler steps of 0.05 along x, none leaving the box (x stays
        # below 1.5 + 3 - 0.5 = 4): 62 anchors (fewer than 100, so all kept), 61 cubics.
        self.assertEqual(len(first), 61 * 4)
        np.testing.assert_allclose(first[-1], start + 61 * 0.05 * np.array([1, 0, 0]),
                                   atol=1e-9)
        for line in sl.stream_lines:
            self.assertAlmostEqual(line.duration, 61 * 0.05)
            self.assertAlmostEqual(line.get_stroke_width(), 1)

    def test_lines_stop_outside_the_padded_box_and_thin_out(self):
        # A field of speed 20: x grows by 1 per step. With padding 0.05 the box ends at
        # x = 1.5 + 0.05 - 0.5 = 1.05 and z = 0.5 + 0.05 - 0.5 = 0.05. The first line starts at
        # x0 = -0.98779662, z0 = 0.02569: x0 + 1 and x0 + 2 are inside, x0 + 3 is not, so 3
        # anchors, two cubics.
        fast = lambda p: np.array([20.0, 0.0, 0.0])
        sl = StreamLines(fast, x_range=[-1, 1], y_range=[-1, 1], padding=0.05)
        first = np.asarray(sl.stream_lines[0].points)
        self.assertEqual(len(first), 2 * 4)
        # With padding 0 the z noise (up to 0.125) already leaves the box (z <= 0): every line
        # is its start point alone, which has no curve, as in Manim.
        sl = StreamLines(fast, x_range=[-1, 1], y_range=[-1, 1], padding=0)
        self.assertEqual(len(sl.stream_lines), 25)
        self.assertTrue(all(len(line.points) == 0 for line in sl.stream_lines))
        # max_anchors_per_line 10 keeps every 6th of the 62 points: 11 anchors, 10 cubics.
        sl = StreamLines(constant, x_range=[-1, 1], y_range=[-1, 1], max_anchors_per_line=10)
        self.assertEqual(len(sl.stream_lines[0].points), 10 * 4)

    def test_colours(self):
        # |v| = 1 on [0, 2] over (BLUE_E, GREEN, YELLOW, RED): halfway from GREEN to YELLOW,
        # ((131 + 255) / 2, (193 + 255) / 2, (103 + 0) / 2) truncated to bytes.
        img = np.asarray(self.sl.background_img)
        self.assertEqual(img.shape, (int(config["pixel_height"] / 5),
                                     int(config["pixel_width"] / 5), 3))
        self.assertTrue(np.all(img == np.array([193, 224, 51], dtype=np.uint8)))
        single = StreamLines(constant, x_range=[-1, 1], y_range=[-1, 1], color=YELLOW)
        self.assertEqual(single.stream_lines[0].get_stroke_color(), ManimColor(YELLOW))
        with self.assertRaises(ValueError):
            single.get_colored_background_image()
        # A 3D field: a colour per anchor instead of the image.
        cube = StreamLines(constant, x_range=[-1, 1], y_range=[-1, 1], z_range=[0, 1],
                           virtual_time=0.5)
        self.assertEqual(len(cube.stream_lines), 25 * 3)

    def test_create_and_flow(self):
        sl = self.sl
        group = sl.create()
        self.assertIsInstance(group, AnimationGroup)
        # 25 Creates of run time 3, lag 3 / 2 / 25 = 0.06: the last starts at 24 * 0.06 * 3.
        self.assertAlmostEqual(group.run_time, 24 * 0.06 * 3 + 3)
        sl.start_animation(warm_up=False, flow_speed=2)
        times = [line.time for line in sl.stream_lines]
        self.assertTrue(all(0 <= t < 3 for t in times))
        sl.update(0.1)  # the flow updater advances every line by dt * flow_speed
        for line, t in zip(sl.stream_lines, times):
            expected = t + 0.2
            if expected >= 3:
                expected -= 3
            self.assertAlmostEqual(line.time, expected)
        end = sl.end_animation()
        self.assertIsInstance(end, AnimationGroup)
        self.assertIsNone(sl.flow_animation)
        with self.assertRaisesRegex(ValueError, "start the animation"):
            sl.end_animation()
        # ease_out_sine starts at speed pi / 2: creation takes 3 / 2 / 1.3 * that.
        self.assertAlmostEqual(math.sin(0.001 * math.pi / 2) * 1000, math.pi / 2, places=5)

    def test_bad_input(self):
        # Manim divides by dt (ZeroDivisionError); ours names the argument.
        with self.assertRaisesRegex(ValueError, "dt must be > 0"):
            StreamLines(constant, x_range=[-1, 1], y_range=[-1, 1], dt=0)


if __name__ == "__main__":
    unittest.main()
