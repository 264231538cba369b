"""File and folder helpers (Manim's manim.utils.file_ops)."""
import os
import platform
import shutil
import subprocess
import time
from pathlib import Path

__all__ = ["add_extension_if_not_present", "guarantee_existence", "guarantee_empty_existence",
           "seek_full_path_from_defaults", "modify_atime", "open_file", "is_mp4_format",
           "is_gif_format", "is_png_format", "is_webm_format", "is_mov_format",
           "write_to_movie", "ensure_executable"]


def _setting(key, default=None):
    import manim

    try:
        return manim.config[key]
    except (TypeError, KeyError, NotImplementedError):
        return getattr(manim.config, key, default)


def is_mp4_format():
    return _setting("format", "mp4") == "mp4"


def is_gif_format():
    return _setting("format") == "gif"


def is_webm_format():
    return _setting("format") == "webm"


def is_mov_format():
    return _setting("format") == "mov"


def is_png_format():
    return _setting("format") == "png"


def write_to_movie():
    """Whether the render writes a movie file (not for png output)."""
    if is_png_format():
        return False
    return bool(_setting("write_to_movie", True) or is_mp4_format() or is_gif_format()
                or is_webm_format() or is_mov_format())


def ensure_executable(path_to_exe):
    """Whether the program (a bare name is looked up on PATH) can be executed."""
    path_to_exe = Path(path_to_exe)
    if path_to_exe.parent == Path("."):
        executable = shutil.which(path_to_exe.stem)
        if executable is None:
            return False
    else:
        executable = path_to_exe
    return os.access(executable, os.X_OK)


def add_extension_if_not_present(file_name, extension):
    file_name = Path(file_name)
    if file_name.suffix != extension:
        return file_name.with_suffix(file_name.suffix + extension)
    return file_name


def add_version_before_extension(file_name):
    file_name = Path(file_name)
    from manim import __version__

    return file_name.with_name(f"{file_name.stem}_ManimCE_v{__version__}{file_name.suffix}")


def guarantee_existence(path):
    """Creates the folder (and its parents) when missing; returns its resolved path."""
    path = Path(path)
    if not path.exists():
        path.mkdir(parents=True)
    return path.resolve(strict=True)


def guarantee_empty_existence(path):
    """The folder, emptied (deleted and created again); returns its resolved path."""
    path = Path(path)
    if path.exists():
        shutil.rmtree(str(path))
    path.mkdir(parents=True)
    return path.resolve(strict=True)


def seek_full_path_from_defaults(file_name, default_dir, extensions):
    """The first existing of file_name, default_dir/file_name and default_dir/file_name +
    each extension; OSError listing them otherwise."""
    candidates = [Path(file_name).expanduser()]
    candidates += [Path(default_dir) / f"{file_name}{ext}" for ext in ["", *extensions]]
    for path in candidates:
        if path.exists():
            return path
    raise OSError(f"From: {Path.cwd()}, could not find {file_name} at either of these "
                  f"locations: {list(map(str, candidates))}")


def modify_atime(file_path):
    """Sets the access time to now (keeps the modification time)."""
    os.utime(file_path, times=(time.time(), Path(file_path).stat().st_mtime))


def open_file(file_path, in_browser=False):
    """Opens the file (or, in_browser, its folder) with the desktop's default program."""
    file_path = Path(file_path)
    system = platform.system()
    if system == "Windows":
        os.startfile(file_path if not in_browser else file_path.parent)  # noqa: S606
        return
    if system == "Darwin":
        commands = ["open"] if not in_browser else ["open", "-R"]
    elif system == "Linux" or system.startswith("CYGWIN"):
        commands = ["xdg-open" if system == "Linux" else "cygstart"]
        file_path = file_path if not in_browser else file_path.parent
    else:
        raise OSError("Unable to identify your operating system...")
    subprocess.Popen([*commands, str(file_path)])


def open_media_file(file_writer):
    """Opens the movie or image a SceneFileWriter wrote."""
    path = getattr(file_writer, "movie_file_path", None) or getattr(file_writer,
                                                                     "image_file_path", None)
    if path is None:
        raise ValueError("open_media_file: the file writer has no file written")
    open_file(Path(path))


from manim._api import populate as _populate  # noqa: E402

_populate(globals())
