"""Scene's constructor keywords (renderer, camera_class, always_update_mobjects, random_seed,
skip_animations), wait(frozen_frame=...) as Manim's should_update_mobjects, and where Scene.render() writes: config's folder
templates, the log file, nothing at all in a dry run (tests/scene_keywords_python_test.cpp
runs this with the build's module)."""
import json
import os
import random
import tempfile
import unittest
from pathlib import Path

import numpy as np

from manim import *  # noqa: F403


def counting_scene(*scene_args, wait_kwargs=None, time_based=True, **scene_kwargs):
    """A scene whose Square counts its updater calls (and sums dt) during one wait(1)."""
    calls = []

    class Counting(Scene):
        def construct(self):
            sq = Square()
            if time_based:
                sq.add_updater(lambda m, dt: calls.append(dt))
            else:
                sq.add_updater(lambda m: calls.append(None))
            self.add(sq)
            self.wait(1, **(wait_kwargs or {}))

    return Counting(*scene_args, **scene_kwargs), calls


class SceneKeywordsTest(unittest.TestCase):
    def run_dry(self, scene):
        with tempconfig({"dry_run": True, "frame_rate": 15, "verbosity": "WARNING"}):
            self.assertIsNone(scene.render())

    def test_skip_animations_jumps_each_wait_in_one_update(self):
        # Rendered: update(0), one update per frame (15 at 15 fps), update(0) = 17 calls.
        scene, calls = counting_scene()
        self.run_dry(scene)
        self.assertEqual(len(calls), 17)
        self.assertAlmostEqual(sum(calls), 14 / 15)
        # Skipped: update(0), then a single update by the whole duration (Manim's skipped play
        # of a Wait), and the clock still advances.
        scene, calls = counting_scene(skip_animations=True)
        self.assertTrue(scene.skip_animations)
        self.run_dry(scene)
        self.assertEqual(calls, [0.0, 1.0])
        self.assertAlmostEqual(scene.time, 1.0)
        # A skipped frozen wait runs no updater.
        scene, calls = counting_scene(skip_animations=True, wait_kwargs={"frozen_frame": True})
        self.run_dry(scene)
        self.assertEqual(calls, [])
        self.assertAlmostEqual(scene.time, 1.0)

    def test_frozen_frame_as_manims_should_update_mobjects(self):
        # frozen_frame=True: a frozen frame even with a time-based updater (int(15) frames at
        # 15 fps, the clock at 1 s), and no updater call; pause() and play(Wait(...)) alike.
        scene, calls = counting_scene(wait_kwargs={"frozen_frame": True})
        self.run_dry(scene)
        self.assertEqual(calls, [])
        self.assertAlmostEqual(scene.time, 1.0)
        for construct in (lambda s: s.pause(1), lambda s: s.play(Wait(frozen_frame=True))):
            calls = []

            class Paused(Scene):
                def construct(self):
                    sq = Square().add_updater(lambda m, dt: calls.append(dt))
                    self.add(sq)
                    construct(self)

            self.run_dry(Paused())
            self.assertEqual(calls, [])
        # frozen_frame=None with a stop condition: updating (17 calls at most; here it stops
        # after the third frame).
        frames = []
        scene, calls = counting_scene(
            time_based=False,
            wait_kwargs={"stop_condition": lambda: frames.append(1) or len(frames) == 3})
        self.run_dry(scene)
        self.assertEqual(len(calls), 1 + 3 + 1)
        # As Manim's Wait: a frozen frame cannot have a stop condition (ValueError).
        with self.assertRaisesRegex(ValueError, "cannot have a stop"):
            Wait(stop_condition=lambda: True, frozen_frame=True)
        scene, _ = counting_scene(wait_kwargs={"stop_condition": lambda: True,
                                               "frozen_frame": True})
        with self.assertRaisesRegex(ValueError, "cannot have a stop_condition"):
            self.run_dry(scene)

    def test_always_update_mobjects_makes_waits_run_updaters(self):
        # A non-time-based updater alone leaves wait() static: it is never called.
        scene, calls = counting_scene(time_based=False)
        self.assertFalse(scene.always_update_mobjects)
        self.run_dry(scene)
        self.assertEqual(len(calls), 0)
        for scene, calls in (counting_scene(time_based=False, always_update_mobjects=True),
                             counting_scene(None, None, True, time_based=False),  # positional
                             counting_scene(time_based=False,
                                            wait_kwargs={"frozen_frame": False})):
            self.run_dry(scene)
            self.assertEqual(len(calls), 17)
        scene, _ = counting_scene(always_update_mobjects=True)
        self.assertTrue(scene.always_update_mobjects)

    def test_random_seed_seeds_python_and_numpy(self):
        random.seed(5)
        np.random.seed(5)
        expected = (random.random(), np.random.rand())
        random.seed(99)
        np.random.seed(99)
        scene = Scene(random_seed=5)
        self.assertEqual((random.random(), np.random.rand()), expected)
        self.assertEqual(scene.random_seed, 5)
        self.assertIsNone(Scene().random_seed)

    def test_camera_class_and_bad_keywords(self):
        self.assertIs(Scene().camera_class, Camera)
        self.assertIs(MovingCameraScene().camera_class, MovingCamera)
        self.assertIsInstance(MovingCameraScene().camera, MovingCamera)
        with self.assertRaisesRegex(TypeError, "renderer=.*leave renderer=None"):
            Scene(renderer=object())
        self.assertIsNotNone(Scene(renderer=None))
        with self.assertRaisesRegex(TypeError, "unexpected keyword argument 'skip_animation'"):
            Scene(skip_animation=True)
        with self.assertRaisesRegex(TypeError, "always_update_mobjects"):
            Scene(always_update_mobjects="often")

    def test_subclass_scenes_pass_the_keywords_on(self):
        self.assertTrue(ThreeDScene(skip_animations=True).skip_animations)
        self.assertTrue(MovingCameraScene(always_update_mobjects=True).always_update_mobjects)
        self.assertEqual(ThreeDScene(random_seed=3).random_seed, 3)


class Tiny(Scene):
    def construct(self):
        self.add(Square())
        logger.info("Tiny has %(count)d mobject", {"count": len(self.mobjects)})
        self.wait(0.2)


class RenderFoldersTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="manimcpp_scene_kw_py_")
        self.cwd = os.getcwd()
        os.chdir(self.tmp.name)
        self.media = Path(self.tmp.name) / "m"

    def tearDown(self):
        os.chdir(self.cwd)
        self.tmp.cleanup()

    def test_config_folder_templates_are_honoured(self):
        with tempconfig({"media_dir": self.media, "frame_rate": 15, "pixel_width": 160,
                         "pixel_height": 90, "verbosity": "INFO", "save_sections": True,
                         "log_to_file": True,
                         "video_dir": "{media_dir}/vid", "sections_dir": "{media_dir}/sec",
                         "partial_movie_dir": "{media_dir}/parts",
                         "images_dir": "{media_dir}/img", "log_dir": "{media_dir}/log"}):
            path = Tiny().render()
        self.assertEqual(Path(path), self.media / "vid" / "Tiny.mp4")
        self.assertTrue(Path(path).is_file())
        self.assertTrue((self.media / "sec" / "Tiny.json").is_file())
        self.assertTrue((self.media / "parts" / "partial_movie_file_list.txt").is_file())
        self.assertTrue((self.media / "img").is_dir())
        self.assertEqual(sorted(p.name for p in self.media.iterdir()),
                         ["img", "log", "parts", "sec", "vid"])
        # Manim's log file: <module>_<scene>.log (no input file: empty module), JSON lines.
        log = self.media / "log" / "_Tiny.log"
        records = [json.loads(line) for line in log.read_text().splitlines()]
        self.assertEqual(records, [
            {"levelname": "INFO", "module": "logger_utils",
             "message": "Log file will be saved in <>"},
            {"levelname": "INFO", "module": "test_scene_keywords",
             "message": "Tiny has <> mobject"},
            {"levelname": "INFO", "module": "scene_file_writer",
             "message": "\nFile ready at <>\n"},
            {"levelname": "INFO", "module": "scene",
             "message": "Rendered Tiny\nPlayed 1 animations"}])
        # The file is closed with the render: later records do not reach it.
        logger.warning("after the render")
        self.assertEqual(len(log.read_text().splitlines()), 4)

    def test_default_tree_and_dry_run(self):
        with tempconfig({"media_dir": self.media, "frame_rate": 15, "pixel_width": 160,
                         "pixel_height": 90, "verbosity": "WARNING"}):
            path = Tiny().render()
        self.assertEqual(Path(path), self.media / "videos" / "90p15" / "Tiny.mp4")
        self.assertTrue((self.media / "images").is_dir())
        self.assertFalse((self.media / "logs").exists())  # log_to_file is off
        dry = Path(self.tmp.name) / "dry"
        for cfg in ({"dry_run": True}, {"write_to_movie": False}):
            with tempconfig({"media_dir": dry, "frame_rate": 15, "verbosity": "WARNING",
                             "log_to_file": True, **cfg}):
                self.assertIsNone(Tiny().render())
            self.assertFalse(dry.exists())


if __name__ == "__main__":
    unittest.main()
