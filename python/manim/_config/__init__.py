"""Manim's global `config`, `tempconfig`, `frame`, `logger` and `console` (manim._config).

The engine's configuration is process-wide: when the manimcpp command runs a script it has
already applied the .cfg files and the flags; a plain `import manim` reads the user's and the
current folder's manim.cfg here, as Manim does at import."""
from __future__ import annotations

import copy
import logging
import re
import sys
from contextlib import contextmanager

import manimcpp as _engine

from .utils import ManimConfig, ManimFrame, config_file_paths, make_config_parser

__all__ = ["logger", "console", "error_console", "config", "frame", "tempconfig",
           "ManimConfig", "ManimFrame", "config_file_paths", "make_config_parser"]


class _Console:
    """A minimal stand-in for Manim's rich Console: print() writes plain text."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def print(self, *objects, sep=" ", end="\n", **_style) -> None:
        stream = self._stream if self._stream is not None else sys.stdout
        stream.write(sep.join(str(o) for o in objects) + end)
        stream.flush()


class _SceneLogHandler(logging.Handler):
    """Manim's --log_to_file: while a scene renders with config.log_to_file, each record also
    goes to the engine's <log_dir>/<module>_<Scene>.log, one JSON line as Manim's JSONFormatter
    writes it (the message's arguments shown as <>). Idle otherwise."""

    def emit(self, record: logging.LogRecord) -> None:
        if not _engine._scene_log_open():
            return
        try:
            shown = copy.copy(record)
            if isinstance(record.args, dict):
                shown.args = {key: "<>" for key in record.args}
            elif record.args:
                shown.args = tuple("<>" for _ in record.args)
            try:
                message = logging.Formatter().format(shown)
            except (TypeError, ValueError):
                # "%d" and the like cannot show "<>" (Manim's formatter fails on them): each
                # conversion is replaced by <> directly.
                message = _CONVERSION.sub(
                    lambda m: "%" if m.group(0) == "%%" else "<>", str(record.msg))
            _engine._scene_log_record(record.levelname, record.module, message)
        except Exception:
            self.handleError(record)


# A %-conversion of a log message ("%s", "%(name)d", "%-5.2f") or "%%".
_CONVERSION = re.compile(r"%%|%(\([^)]*\))?[#0 +-]*(\*|\d+)?(\.(\*|\d+))?[hlL]?[diouxXeEfFgGcrsa]")


def _make_logger() -> logging.Logger:
    log = logging.getLogger("manim")
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-8s %(message)s"))
        log.addHandler(handler)
    if not any(isinstance(h, _SceneLogHandler) for h in log.handlers):
        log.addHandler(_SceneLogHandler())
    # Records also reach the root logger, as Manim's do (pytest's caplog, the user's handlers);
    # the root has no handler of its own, so nothing prints twice.
    return log


logger = _make_logger()
console = _Console(None)
error_console = _Console(sys.stderr)

config = ManimConfig(_engine._global_config())
if not _engine._config_files_loaded():
    # Plain python3 / Jupyter: the CLI has not configured this process.
    for _path in _engine._config_file_paths(""):
        config.digest_file(_path)
    _engine._config_files_loaded(True)
logger.setLevel(config.verbosity)
frame = ManimFrame(config)
_engine.config = config  # `manimcpp.config` is this object too


@contextmanager
def tempconfig(temp):
    """Changes the global config inside a `with` block and restores all of it after.

    Keys that are not config options are ignored, as Manim's."""
    original = config.copy()
    temp = {k: v for k, v in dict(temp).items() if k in original}
    config.update(temp)
    try:
        yield
    finally:
        config._restore(original)
