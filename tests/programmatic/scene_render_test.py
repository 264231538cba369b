"""Scene.render() from a plain /usr/bin/python3 writes the file `manimcpp` writes: the same
media tree under the current folder, config honoured, frames byte-identical to the CLI's.
Run by ctest with PYTHONPATH=<repo>/python:<build> and MANIMCPP=<build>/manimcpp."""
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest
from pathlib import Path

SCENE = textwrap.dedent("""\
    from manim import *

    class Dots(Scene):
        def construct(self):
            self.camera.background_color = "#0f0f1a"
            sq = Square(color=BLUE, fill_opacity=0.5)
            self.play(Create(sq), run_time=0.5)
            self.play(sq.animate.shift(RIGHT), run_time=0.4)
    """)


def run(cmd, cwd, **kw):
    return subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kw)


class SceneRenderTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="manimcpp_scene_render_")
        self.dir = Path(self.tmp.name)
        (self.dir / "dots.py").write_text(SCENE)

    def tearDown(self):
        self.tmp.cleanup()

    def python(self, code):
        return run([sys.executable, "-c", code], self.dir)

    def test_movie_lands_in_manims_media_tree_with_config_quality(self):
        r = self.python("from manim import *\n"
                        "exec(open('dots.py').read())\n"
                        "config.pixel_width, config.pixel_height, config.frame_rate = 854, 480, 15\n"
                        "p = Dots().render()\n"
                        "print('PATH', p)\n")
        self.assertEqual(r.returncode, 0, r.stdout)
        # Manim's module name is empty for a scene not read from a file: videos/<quality>/.
        movie = self.dir / "media" / "videos" / "480p15" / "Dots.mp4"
        self.assertIn(f"PATH {movie.relative_to(self.dir)}", r.stdout)
        self.assertIn("File ready at 'media/videos/480p15/Dots.mp4'", r.stdout)
        self.assertTrue(movie.is_file())
        probe = run(["ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                     "-show_entries", "stream=nb_read_frames,width,height", "-of", "csv=p=0",
                     str(movie)], self.dir)
        # 0.5 s + 0.4 s at 15 fps: ceil(7.5) + ceil(6) = 8 + 6 frames.
        self.assertEqual(probe.stdout.strip(), "854,480,14", probe.stdout)

    def test_frames_equal_the_clis(self):
        cli = run([os.environ["MANIMCPP"], "dots.py", "Dots", "-ql", "--format", "png",
                   "--progress_bar", "none", "--media_dir", "cli_media"], self.dir)
        self.assertEqual(cli.returncode, 0, cli.stdout)
        r = self.python("from manim import *\n"
                        "exec(open('dots.py').read())\n"
                        "config.pixel_width, config.pixel_height, config.frame_rate = 854, 480, 15\n"
                        "import manimcpp\n"
                        "print(manimcpp._render_scene(Dots(), 'Dots', format='png',"
                        " media_dir='py_media', module_name='dots'))\n")
        self.assertEqual(r.returncode, 0, r.stdout)
        ours = sorted((self.dir / "py_media" / "images" / "dots").glob("Dots*.png"))
        theirs = sorted((self.dir / "cli_media" / "images" / "dots").glob("Dots*.png"))
        self.assertEqual(len(theirs), 14)
        self.assertEqual([p.name for p in ours], [p.name for p in theirs])
        for a, b in zip(ours, theirs):
            self.assertEqual(a.read_bytes(), b.read_bytes(), a.name)

    def test_save_last_frame_and_errors(self):
        r = self.python("from manim import *\n"
                        "exec(open('dots.py').read())\n"
                        "import manimcpp\n"
                        "config.pixel_width, config.pixel_height = 320, 180\n"
                        "print(manimcpp._render_scene(Dots(), 'Dots', save_last_frame=True))\n"
                        "print(config.save_last_frame)\n")
        self.assertEqual(r.returncode, 0, r.stdout)
        still = Path("media/images/Dots_ManimCE_v0.18.0.png")
        self.assertIn(str(still), r.stdout)
        self.assertTrue((self.dir / still).is_file())
        self.assertIn("False", r.stdout.splitlines()[-1])  # -s applied to that render only
        # A Python error in construct() leaves as itself, and no movie is left behind.
        r = self.python("from manim import *\n"
                        "class Bad(Scene):\n"
                        "    def construct(self):\n"
                        "        self.wait(0.2)\n"
                        "        raise KeyError('no such key')\n"
                        "try:\n"
                        "    Bad().render()\n"
                        "except KeyError as e:\n"
                        "    print('caught', e)\n")
        self.assertEqual(r.returncode, 0, r.stdout)
        self.assertIn("caught 'no such key'", r.stdout)
        self.assertEqual(list((self.dir / "media" / "videos").rglob("Bad*")), [])
        r = self.python("from manim import *\n"
                        "import manimcpp\n"
                        "manimcpp._render_scene(Scene(), 'S', format='avi')\n")
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("format 'avi' is not one of mp4, gif, png, webm, mov", r.stdout)


if __name__ == "__main__":
    unittest.main()
