"""Shell helpers (Manim's manim.utils.commands): run a command, read a video's stream
metadata with ffprobe, list a folder's files."""
import json
import os
from pathlib import Path
from subprocess import run

__all__ = ["capture", "get_video_metadata", "get_dir_layout"]


def capture(command, cwd=None, command_input=None):
    """(stdout, stderr, exit code) of `command`."""
    p = run(command, cwd=cwd, input=command_input, capture_output=True, text=True)
    return p.stdout, p.stderr, p.returncode


def get_video_metadata(path_to_video):
    """width, height, nb_frames, duration, avg_frame_rate and codec_name of the first video
    stream, as ffprobe reports them (strings and ints)."""
    command = ["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
               "stream=width,height,nb_frames,duration,avg_frame_rate,codec_name",
               "-print_format", "json", os.fspath(path_to_video)]
    try:
        out, err, code = capture(command)
    except FileNotFoundError:
        raise RuntimeError("get_video_metadata: ffprobe is not installed (apt-get install "
                           "ffmpeg)") from None
    if code != 0:
        raise RuntimeError(f"get_video_metadata: ffprobe failed on {path_to_video}: {err}")
    return json.loads(out)["streams"][0]


def get_dir_layout(dirpath):
    """Paths, relative to dirpath, of every file below it."""
    dirpath = Path(dirpath)
    for p in dirpath.iterdir():
        if p.is_dir():
            yield from get_dir_layout(p)
            continue
        yield str(p.relative_to(dirpath))
