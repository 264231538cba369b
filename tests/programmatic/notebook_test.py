"""A real Jupyter notebook, executed by nbclient on an IPython kernel: `from manim import *`
registers Manim's %%manim magic, which renders the cell's scene and displays the video (and,
with -s, the image) below the cell. Skipped (exit 77) when nbclient/ipykernel are missing.
Run by ctest with PYTHONPATH=<repo>/python:<build>."""
import base64
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

try:
    import nbclient
    import nbformat
    import ipykernel  # noqa: F401  (the kernel nbclient starts)
except ImportError as e:
    print(f"notebook test skipped: {e} (install python3-nbclient python3-ipykernel)")
    sys.exit(77)

CELLS = [
    "from manim import *",
    "%%manim -qm --progress_bar none NbCircle\n"
    "class NbCircle(Scene):\n"
    "    def construct(self):\n"
    "        self.play(Create(Circle(color=GREEN)), run_time=0.5)\n",
    "%%manim -ql -s NbStill\n"
    "class NbStill(Scene):\n"
    "    def construct(self):\n"
    "        self.add(Square(color=RED, fill_opacity=1))\n",
    "%manim -ql NoSuchScene",
]


class NotebookTest(unittest.TestCase):
    def test_cell_magic_renders_and_displays(self):
        with tempfile.TemporaryDirectory(prefix="manimcpp_nb_") as tmp:
            nb = nbformat.v4.new_notebook()
            nb.cells = [nbformat.v4.new_code_cell(c) for c in CELLS]
            client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                             allow_errors=True,
                                             resources={"metadata": {"path": tmp}})
            client.execute()
            outs = [c.outputs for c in nb.cells]

            # The video: rendered at -qm into Manim's tree, shown from a media/jupyter copy.
            movie = Path(tmp) / "media" / "videos" / "720p30" / "NbCircle.mp4"
            self.assertTrue(movie.is_file(), outs[1])
            html = [o["data"]["text/html"] for o in outs[1] if o.get("output_type") ==
                    "display_data" and "text/html" in o.get("data", {})]
            self.assertEqual(len(html), 1, outs[1])
            self.assertIn("<video", html[0])
            self.assertIn('src="media/jupyter/NbCircle@', html[0])
            copies = list((Path(tmp) / "media" / "jupyter").glob("NbCircle@*.mp4"))
            self.assertEqual(len(copies), 1)
            self.assertEqual(copies[0].read_bytes(), movie.read_bytes())
            probe = subprocess.run(
                ["ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                 "-show_entries", "stream=nb_read_frames,width,height", "-of", "csv=p=0",
                 str(movie)], stdout=subprocess.PIPE, text=True)
            self.assertEqual(probe.stdout.strip(), "1280,720,15")  # 0.5 s at 30 fps

            # The still: shown inline as a PNG of the -ql size, red square in the middle.
            pngs = [o["data"]["image/png"] for o in outs[2] if "image/png" in o.get("data", {})]
            self.assertEqual(len(pngs), 1, outs[2])
            png = base64.b64decode(pngs[0])
            self.assertEqual(png[:8], b"\x89PNG\r\n\x1a\n")
            width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
            self.assertEqual((width, height), (854, 480))
            still = Path(tmp) / "media" / "images" / "NbStill_ManimCE_v0.18.0.png"
            self.assertTrue(still.is_file())

            # An unknown scene: one clear error in the cell's output.
            errors = [o for o in outs[3] if o.get("output_type") == "error"]
            self.assertEqual(len(errors), 1, outs[3])
            self.assertEqual(errors[0]["ename"], "NameError")
            self.assertIn("no Scene subclass named 'NoSuchScene'", errors[0]["evalue"])


if __name__ == "__main__":
    unittest.main()
