"""Manim's ``%%manim`` IPython/Jupyter magic on manim.cpp.

``from manim import *`` in IPython registers it, as Manim does. In a notebook cell::

    %%manim -qm MyScene
    class MyScene(Scene):
        def construct(self):
            self.play(Create(Circle()))

runs the cell, renders ``MyScene`` in this process (the same file ``manimcpp`` would write, in
Manim's media tree under the current folder) and displays the video, or the image for ``-s``,
below the cell. The flags are Manim's render flags; they apply to this render only, and a
``config`` dict defined in the cell is applied on top, as Manim's ``tempconfig(local_ns["config"])``.
"""
from __future__ import annotations

import argparse
import contextlib
import mimetypes
import shlex
import shutil
from datetime import datetime
from pathlib import Path

__all__ = ["ManimMagic"]

# Manim's quality flags (manim.constants.QUALITIES): pixel size and frame rate.
_QUALITIES = {"l": (854, 480, 15), "m": (1280, 720, 30), "h": (1920, 1080, 60),
              "p": (2560, 1440, 60), "k": (3840, 2160, 60)}


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError(f"%%manim: {message} (run `%manim --help` for the flags)")


def _parser():
    p = _Parser(prog="%%manim", add_help=False,
                description="Render a scene of this cell with Manim's render flags.")
    p.add_argument("-h", "--help", action="store_true")
    p.add_argument("-q", "--quality", choices=sorted(_QUALITIES))
    p.add_argument("-r", "--resolution")
    p.add_argument("--fps", "--frame_rate", dest="frame_rate", type=float)
    p.add_argument("-s", "--save_last_frame", action="store_true")
    p.add_argument("--format", choices=["mp4", "gif", "png", "webm", "mov"])
    p.add_argument("-t", "--transparent", action="store_true")
    p.add_argument("-o", "--output_file")
    p.add_argument("--media_dir")
    p.add_argument("-v", "--verbosity", default="WARNING",
                   type=str.upper, choices=["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"])
    p.add_argument("--progress_bar", choices=["display", "leave", "none"])
    p.add_argument("-c", "--background_color")
    p.add_argument("--disable_caching", action="store_true")
    p.add_argument("--flush_cache", action="store_true")
    p.add_argument("--renderer", choices=["cairo", "opengl"], default="cairo")
    p.add_argument("--jupyter", action="store_true")
    p.add_argument("-p", "--preview", action="store_true")
    p.add_argument("scene", nargs="?")
    return p


@contextlib.contextmanager
def _applied(settings):
    """Sets config attributes for one render and restores them afterwards."""
    import manimcpp

    cfg = manimcpp.config
    try:
        from manim import _api, tempconfig
    except (ImportError, NotImplementedError):
        tempconfig = None
    else:
        if _api.is_missing(tempconfig):  # a placeholder until config's tempconfig exists
            tempconfig = None
    if tempconfig is not None:
        with tempconfig(settings):
            yield
        return
    saved = {k: getattr(cfg, k) for k in settings}
    try:
        for k, v in settings.items():
            setattr(cfg, k, v)
        yield
    finally:
        for k, v in saved.items():
            setattr(cfg, k, v)


def _render(line, local_ns):
    import manimcpp

    args = _parser().parse_args(shlex.split(line))
    if args.help or not args.scene:
        print(_parser().format_help())
        return None
    if args.renderer == "opengl":
        raise ValueError("%%manim: --renderer opengl is not supported by manim.cpp; use cairo")
    settings = {}
    if args.quality:
        w, h, fps = _QUALITIES[args.quality]
        settings.update(pixel_width=w, pixel_height=h, frame_rate=fps)
    if args.resolution:
        try:
            w, h = (int(x) for x in args.resolution.replace(";", ",").split(","))
        except ValueError:
            raise ValueError(f"%%manim: -r takes W,H (e.g. 1280,720), got {args.resolution!r}")
        settings.update(pixel_width=w, pixel_height=h)
    if args.frame_rate:
        settings["frame_rate"] = args.frame_rate
    if args.background_color:
        settings["background_color"] = manimcpp.ManimColor(args.background_color)
    cell_config = local_ns.get("config")
    if isinstance(cell_config, dict):
        settings.update(cell_config)

    scene_class = local_ns.get(args.scene)
    if not isinstance(scene_class, type) or not issubclass(scene_class, manimcpp.Scene):
        raise NameError(f"%%manim: no Scene subclass named {args.scene!r} in this notebook")
    fmt = args.format
    if args.transparent and fmt is None:
        fmt = "webm"  # as Manim's magic: a browser shows webm with transparency
    kw = {"save_last_frame": args.save_last_frame, "transparent": args.transparent}
    if fmt:
        kw["format"] = fmt
    if args.output_file:
        kw["output_file"] = args.output_file
    if args.media_dir:
        kw["media_dir"] = args.media_dir
    with _applied(settings):
        scene = scene_class()
        path = manimcpp._render_scene(scene, args.scene, **kw)
    if args.verbosity in ("DEBUG", "INFO"):
        print(f"File ready at '{path}'")
    return Path(path), Path(args.media_dir or "media")


try:
    from IPython.core.magic import Magics, line_cell_magic, magics_class, needs_local_scope
    from IPython.display import Image, Video, display
except ImportError:  # IPython not installed: no magic, nothing else changes
    pass
else:

    @magics_class
    class ManimMagic(Magics):
        def __init__(self, shell):
            super().__init__(shell)
            self.rendered_files = {}

        @needs_local_scope
        @line_cell_magic
        def manim(self, line, cell=None, local_ns=None):
            """Render a scene of this cell: ``%%manim [render flags] SceneName``."""
            if local_ns is None:
                local_ns = self.shell.user_ns
            if cell:
                exec(cell, local_ns)
            rendered = _render(line, local_ns)
            if rendered is None:
                return
            path, media = rendered
            scene = path.stem
            # As Manim: a copy under media/jupyter/ with a unique name, so a re-rendered cell's
            # video is not served stale from the browser's cache.
            stamp = datetime.now().strftime("%Y-%m-%d@%H-%M-%S")
            copy = media / "jupyter" / f"{scene}@{stamp}{path.suffix}"
            if path in self.rendered_files and self.rendered_files[path].exists():
                self.rendered_files[path].unlink()
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, copy)
            self.rendered_files[path] = copy
            kind = mimetypes.guess_type(str(path))[0] or ""
            if kind.startswith("image"):
                display(Image(filename=str(path)))
            else:
                try:
                    width = __import__("manimcpp").config.media_width
                except (AttributeError, NotImplementedError):
                    width = "25vw"
                display(Video(str(copy), embed=False,
                              html_attributes=f'controls autoplay loop style="max-width: {width};"'))
