"""Sections, subcaptions, sounds, Scene.time and the renderer's frame from Python, with Manim's
names and keywords (tests/scene_python_test.cpp runs this with the build's module)."""
import json
import os
import struct
import subprocess
import tempfile
import unittest
import wave
from pathlib import Path

import numpy as np

from manim import *  # noqa: F403


class Sectioned(Scene):
    def construct(self):
        sq = Square()
        self.play(Create(sq), run_time=1)
        self.next_section("intro", DefaultSectionType.NORMAL)
        self.wait(1)
        self.next_section(name="hidden", skip_animations=True)
        self.play(sq.animate.shift(RIGHT), run_time=1)
        self.times = [self.time]
        self.next_section("outro", type="presentation.skip")
        self.play(sq.animate.set_color(RED), run_time=0.5, subcaption="Red now",
                  subcaption_offset=0.1)
        self.times.append(self.time)


class SectionsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="manimcpp_sections_py_")
        self.cwd = os.getcwd()
        os.chdir(self.tmp.name)

    def tearDown(self):
        os.chdir(self.cwd)
        self.tmp.cleanup()

    def render(self, scene, **cfg):
        base = {"media_dir": self.tmp.name, "frame_rate": 15, "pixel_width": 320,
                "pixel_height": 180, "verbosity": "WARNING"}
        base.update(cfg)
        with tempconfig(base):
            return Path(scene.render())

    def test_save_sections_writes_manims_files_and_index(self):
        s = Sectioned()
        movie = self.render(s, save_sections=True)
        sections = movie.parent / "sections"
        self.assertEqual(sorted(p.name for p in sections.iterdir()),
                         ["Sectioned.json", "Sectioned_0000.mp4", "Sectioned_0001.mp4",
                          "Sectioned_0003.mp4"])
        index = json.loads((sections / "Sectioned.json").read_text())
        self.assertEqual([e["name"] for e in index], ["autocreated", "intro", "outro"])
        self.assertEqual(list(index[2].keys()),
                         ["name", "type", "video", "codec_name", "width", "height",
                          "avg_frame_rate", "duration", "nb_frames"])
        self.assertEqual(index[2]["type"], "presentation.skip")
        self.assertEqual(index[1]["type"], "default.normal")
        self.assertEqual([e["nb_frames"] for e in index], ["15", "15", "8"])
        # The index is what Manim's get_video_metadata (ffprobe) reports for each file.
        from manim.utils.commands import get_video_metadata
        for e in index:
            meta = get_video_metadata(sections / e["video"])
            self.assertEqual({k: e[k] for k in meta}, meta)
        # Scene.time: 1 + 1 + the skipped play's 1 s, then 8 frames of 1/15 s.
        self.assertAlmostEqual(s.times[0], 3.0)
        self.assertAlmostEqual(s.times[1], 3.0 + 8 / 15)
        # play(subcaption=...): from the play's start plus the offset, for its run time.
        self.assertEqual(movie.with_suffix(".srt").read_text(),
                         "1\n00:00:03,100 --> 00:00:03,633\nRed now\n\n")

    def test_without_save_sections_there_is_no_section_folder(self):
        movie = self.render(Sectioned())
        self.assertFalse((movie.parent / "sections").exists())

    def test_add_sound_muxes_audio(self):
        wav = Path(self.tmp.name) / "noise.wav"
        with wave.open(str(wav), "w") as f:  # as Manim's test_sound: half a second, stereo
            f.setparams((2, 2, 44100, 0, "NONE", "not compressed"))
            for _ in range(22050):
                f.writeframes(struct.pack("h", 14242) * 2)

        class WithSound(Scene):
            def construct(self):
                self.add(Dot())
                self.add_sound(wav)
                self.wait(1)

        movie = self.render(WithSound())
        probe = subprocess.run(["ffprobe", "-v", "error", "-show_entries",
                                "stream=codec_type,codec_name", "-of", "csv=p=0", str(movie)],
                               capture_output=True, text=True)
        self.assertEqual(sorted(probe.stdout.split()), ["aac,audio", "h264,video"])
        Scene().add_sound(wav)  # Manim's unit test: outside a render it is just recorded

    def test_add_sound_missing_file_is_an_oserror(self):
        with self.assertRaises(OSError) as cm:
            Scene().add_sound("no_such_click")
        self.assertIn("no_such_click.wav", str(cm.exception))


class TrackerAndAnimationsTest(unittest.TestCase):
    def test_value_tracker_nan_is_an_error_naming_it(self):
        t = ValueTracker(1)
        with self.assertRaises(ValueError) as cm:
            t.set_value(float("nan"))
        self.assertIn("ValueTracker", str(cm.exception))
        self.assertIn("NaN", str(cm.exception))
        self.assertEqual(t.get_value(), 1)

    def test_smoothed_homotopy_and_transform_animations(self):
        sq = Square()
        h = SmoothedVectorizedHomotopy(lambda x, y, z, t: (x + 2 * t, y, z), sq,
                                       rate_func=linear)
        self.assertEqual(h.run_time, 3)
        h.begin()
        h.interpolate(0.5)
        np.testing.assert_allclose(sq.points[1], [1.5, 1.5, 0], atol=1e-9)
        self.assertIs(Square().make_smooth().__class__, Square)
        a, b = Square(), Square(side_length=4)
        t = TransformAnimations(FadeIn(a), FadeIn(b, run_time=2.5))
        self.assertEqual(t.run_time, 2.5)
        self.assertEqual(t.start_anim.run_time, 2.5)
        self.assertEqual(t.rate_func(0.5), 0.5)
        self.assertEqual(t.rate_func(0.3), 0)

    def test_animation_group_group_keyword_is_the_mobject_play_adds(self):
        a, b = Square(), Circle()
        g = VGroup(a, b)

        class Grouped(Scene):
            def construct(self):
                self.play(AnimationGroup(FadeIn(a), group=g), run_time=0.2)
                self.members = [m for top in self.mobjects for m in top.get_family()]

        s = Grouped()
        with tempfile.TemporaryDirectory() as d, tempconfig(
                {"media_dir": d, "verbosity": "WARNING", "pixel_width": 160, "pixel_height": 90,
                 "frame_rate": 15}):
            s.render()
        # Manim adds the group (so b, not animated, is in the scene too).
        self.assertTrue(any(m is b for m in s.members))
        # The group itself (its two members), not a Group of the animated mobjects (one).
        self.assertEqual(len(AnimationGroup(FadeIn(a), group=g).mobject.submobjects), 2)
        self.assertEqual(len(AnimationGroup(FadeIn(a)).mobject.submobjects), 1)


if __name__ == "__main__":
    unittest.main()
