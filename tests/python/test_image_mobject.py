"""ImageMobject through the `manim` package with Manim's names and keywords (run by
tests/image_mobject_python_test.cpp): arrays, PNG/JPEG files decoded as Pillow decodes them,
scale_to_resolution, RESAMPLING_ALGORITHMS, the pixel methods and errors."""
import os
import tempfile
import unittest

import numpy as np

from manim import *  # noqa: F401,F403

try:
    from PIL import Image
except ImportError:  # the file tests that compare with Pillow are skipped
    Image = None


class ImageMobjectTests(unittest.TestCase):
    def test_array_corners_and_rgba(self):
        img = ImageMobject(np.uint8([[0, 100, 30, 200], [255, 0, 5, 33]]))
        self.assertEqual(len(img.points), 4)
        h = 2 / 1080 * 8
        self.assertAlmostEqual(img.height, h)
        self.assertAlmostEqual(img.width, 2 * h)
        np.testing.assert_allclose(img.points[0], [-h, h / 2, 0], atol=1e-12)
        px = img.get_pixel_array()
        self.assertEqual(px.shape, (2, 4, 4))
        self.assertEqual(px.dtype, np.uint8)
        self.assertEqual(list(px[0, 1]), [100, 100, 100, 255])
        img.height = 2
        self.assertAlmostEqual(img.width, 4)
        rgb = ImageMobject(np.zeros((3, 5, 3), dtype=np.uint8), scale_to_resolution=540)
        self.assertAlmostEqual(rgb.height, 3 / 540 * 8)

    def test_resampling_names_and_errors(self):
        img = ImageMobject(np.uint8([[1, 2], [3, 4]]))
        self.assertEqual(img.resampling_algorithm, RESAMPLING_ALGORITHMS["bicubic"])
        for name in ["nearest", "lanczos", "linear", "cubic", "box", "hamming", "none"]:
            img.set_resampling_algorithm(RESAMPLING_ALGORITHMS[name])
            self.assertEqual(img.resampling_algorithm, int(RESAMPLING_ALGORITHMS[name]))
        self.assertIs(img.set_resampling_algorithm(0), img)
        with self.assertRaises(ValueError):
            img.set_resampling_algorithm(1.5)
        img2 = ImageMobject(np.uint8([[1]]), resampling_algorithm=RESAMPLING_ALGORITHMS["box"])
        self.assertEqual(img2.resampling_algorithm, 4)

    def test_pixel_methods(self):
        img = ImageMobject(np.uint8([[[255, 0, 0], [0, 0, 255]]]))
        img.set_opacity(0.5)
        self.assertEqual(img.get_pixel_array()[0, 0, 3], 127)
        self.assertEqual(img.get_style()["fill_opacity"], 0.5)
        img.fade(0.25)
        self.assertEqual(img.get_pixel_array()[0, 1, 3], 191)
        img.set_color(RED)
        self.assertEqual(list(img.get_pixel_array()[0, 1, :3]), [252, 98, 85])
        inv = ImageMobject(np.uint8([[10, 20]]), invert=True)
        self.assertEqual(list(inv.get_pixel_array()[0, 0]), [245, 245, 245, 255])
        a = ImageMobject(np.uint8([[0]]))
        b = ImageMobject(np.uint8([[255]]))
        a.interpolate_color(a.copy(), b, 0.3)
        self.assertEqual(a.get_pixel_array()[0, 0, 0], 76)  # int(0.3 * 255)
        with self.assertRaises(ValueError):
            a.interpolate_color(a, ImageMobject(np.uint8([[1, 2]])), 0.5)
        g = Group(img, inv)
        self.assertIsInstance(g[0], ImageMobject)

    def test_rotation_round_trip_keeps_points(self):
        img = ImageMobject(np.uint8([[1, 2, 3]]))
        other = img.copy()
        img.rotate(PI / 2)
        img.rotate(-PI / 2)
        np.testing.assert_allclose(img.points, other.points, atol=1e-12)

    def test_missing_and_bad_files(self):
        with self.assertRaises(Exception) as cm:
            ImageMobject("no_such_picture_xyz")
        self.assertIn("could not find 'no_such_picture_xyz'", str(cm.exception))
        with tempfile.TemporaryDirectory() as d:
            bad = os.path.join(d, "bad.png")
            with open(bad, "w") as f:
                f.write("not a picture")
            with self.assertRaises(Exception) as cm:
                ImageMobject(bad)
            self.assertIn("bad.png", str(cm.exception))
            self.assertIn("not a PNG or JPEG", str(cm.exception))
        with self.assertRaises(ValueError):
            ImageMobject(np.zeros((2, 2, 2), dtype=np.uint8))

    @unittest.skipIf(Image is None, "Pillow is not installed")
    def test_files_decode_as_pillow(self):
        rng = np.random.default_rng(3)
        with tempfile.TemporaryDirectory() as d:
            rgba = rng.integers(0, 256, (7, 9, 4), dtype=np.uint8)
            Image.fromarray(rgba, "RGBA").save(os.path.join(d, "a.png"))
            grey = rng.integers(0, 256, (5, 6), dtype=np.uint8)
            Image.fromarray(grey, "L").save(os.path.join(d, "g.png"))
            pal = Image.fromarray(rgba[:, :, :3], "RGB").convert("P", palette=Image.ADAPTIVE)
            pal.save(os.path.join(d, "p.png"))
            Image.fromarray(rgba[:, :, :3], "RGB").save(os.path.join(d, "j.jpg"), quality=90)
            for name in ["a.png", "g.png", "p.png", "j.jpg"]:
                path = os.path.join(d, name)
                want = np.array(Image.open(path).convert("RGBA"))
                got = ImageMobject(path).get_pixel_array()
                np.testing.assert_array_equal(got, want, err_msg=name)
            # the extension may be left off (Manim tries .jpg, .jpeg, .png, ...)
            cwd = os.getcwd()
            os.chdir(d)
            try:
                self.assertEqual(ImageMobject("a").get_pixel_array().shape, (7, 9, 4))
            finally:
                os.chdir(cwd)
            want_l = np.array(Image.open(os.path.join(d, "a.png")).convert("L"))
            got_l = ImageMobject(os.path.join(d, "a.png"), image_mode="L").get_pixel_array()
            np.testing.assert_array_equal(got_l[:, :, 0], want_l)


if __name__ == "__main__":
    unittest.main()
