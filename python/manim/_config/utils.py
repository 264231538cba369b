"""manim.cpp's ManimConfig: Manim CE v0.18.0's `config` object over the engine's native
configuration (every key of Manim's default.cfg, validated in C++, read by the renderer).

Attribute and item access (`config.frame_width`, `config["frame_width"]`), copies,
`update`, `digest_file`, `get_dir` and `tempconfig` behave as Manim's.
"""
from __future__ import annotations

import configparser
import copy
import io
import logging
import os
from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import Any, Iterator

import numpy as np

import manimcpp as _engine

__all__ = ["ManimConfig", "ManimFrame", "config_file_paths", "make_config_parser"]

_KEYS = {name: (kind, listed, readonly, doc)
         for name, kind, listed, readonly, doc in _engine._config_keys()}
# Manim stores "infinity" for these when given -1.
_INF_KEYS = {"upto_animation_number", "max_files_cached"}
# Derived keys: set after the stored ones by update(), as Manim's.
_DERIVED = {"quality", "frame_x_radius", "frame_y_radius", "transparent", "frame_size"}


def config_file_paths() -> list[Path]:
    """The .cfg files read at import, in ascending precedence: the user's
    (~/.config/manim/manim.cfg) and ./manim.cfg (Manim's library-wide default.cfg is built
    into the engine)."""
    return [Path.home() / ".config" / "manim" / "manim.cfg", Path("manim.cfg")]


def make_config_parser(custom_file=None) -> configparser.ConfigParser:
    """A ConfigParser holding the user's and the folder's (or ``custom_file``'s) .cfg files
    over the built-in defaults, as Manim's."""
    parser = configparser.ConfigParser()
    parser.read_string(ManimConfig()._c._to_cfg_text())
    user, folder = config_file_paths()
    parser.read([user, Path(custom_file) if custom_file else folder])
    return parser


def _plain(val):
    """numpy scalars, Paths and enums to the plain values the engine takes."""
    if isinstance(val, np.generic):
        return val.item()
    if isinstance(val, os.PathLike):
        return os.fspath(val)
    value = getattr(val, "value", None)  # RendererType.CAIRO and other str enums
    if value is not None and type(val).__module__ != "builtins" and isinstance(value, str):
        return value
    return val


def _make_property(name: str, readonly: bool, doc: str):
    kind = _KEYS[name][0]

    def fget(self):
        v = self._c._get(name)
        if name in _INF_KEYS and v == -1:
            return float("inf")
        if kind == "path" and name == "tex_template_file" and v:
            return Path(v)
        return v

    def fset(self, val):
        val = _plain(val)
        if name in _INF_KEYS and val == float("inf"):
            val = -1
        self._c._set(name, val)
        if name == "verbosity":
            logging.getLogger("manim").setLevel(self._c._get("verbosity"))

    return property(fget, None if readonly else fset, doc=doc)


class ManimConfig(MutableMapping):
    """Dict-like store of every config option (Manim's ManimConfig).

    ``ManimConfig()`` is a fresh configuration with Manim's defaults; the global ``config``
    is the one the engine renders with."""

    _OPTS = {name for name, (_, listed, _, _) in _KEYS.items() if listed} | {"tex_template"}

    def __init__(self, _native=None) -> None:
        object.__setattr__(self, "_c", _native if _native is not None else _engine._Config())
        object.__setattr__(self, "_tex_template", None)

    # ---- mapping protocol ----
    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._OPTS))

    def __len__(self) -> int:
        return len(self._OPTS)

    def __contains__(self, key) -> bool:
        try:
            self.__getitem__(key)
            return True
        except AttributeError:
            return False

    def __getitem__(self, key) -> Any:
        return getattr(self, key)

    def __setitem__(self, key: str, val: Any) -> None:
        prop = getattr(type(self), key, None)
        if not isinstance(prop, property):
            raise AttributeError(f"'ManimConfig' has no config option '{key}'")
        if prop.fset is None:
            raise AttributeError(f"config option '{key}' is read-only")
        prop.fset(self, val)

    def __delitem__(self, key: str):
        raise AttributeError("'ManimConfig' object does not support item deletion")

    def __delattr__(self, key: str):
        raise AttributeError("'ManimConfig' object does not support item deletion")

    def update(self, obj) -> None:
        """Takes the values of another ManimConfig, or of a dict (unknown keys raise
        AttributeError)."""
        if isinstance(obj, ManimConfig):
            self._c._assign(obj._c)
            if obj._tex_template is not None:
                object.__setattr__(self, "_tex_template", obj._tex_template)
            return
        items = list(dict(obj).items())
        for k, v in items:
            if k not in _DERIVED:
                self[k] = v
        for k, v in items:
            if k in _DERIVED:
                self[k] = v

    def _restore(self, other: ManimConfig) -> None:
        # tempconfig's exit: everything back, the tex_template slot included.
        self._c._assign(other._c)
        object.__setattr__(self, "_tex_template", other._tex_template)

    def copy(self) -> ManimConfig:
        c = ManimConfig(self._c._copy())
        object.__setattr__(c, "_tex_template", self._tex_template)
        return c

    def __copy__(self) -> ManimConfig:
        return self.copy()

    def __deepcopy__(self, memo) -> ManimConfig:
        c = ManimConfig(self._c._copy())
        object.__setattr__(c, "_tex_template", copy.deepcopy(self._tex_template, memo))
        return c

    def __repr__(self) -> str:
        return "".join(f"{k}: {self[k]}, " for k in sorted(self._OPTS))

    # ---- builders ----
    def digest_file(self, filename) -> ManimConfig:
        """Reads a .cfg file over the current values (only the keys it names change)."""
        if not Path(filename).is_file():
            raise FileNotFoundError(2, "Error: --config_file could not find a valid config file.",
                                    str(filename))
        for warning in self._c._digest_file(os.fspath(filename)):
            logging.getLogger("manim").warning(warning)
        return self

    def digest_parser(self, parser: configparser.ConfigParser) -> ManimConfig:
        """Reads the sections of a ConfigParser (for instance make_config_parser())."""
        text = io.StringIO()
        parser.write(text)
        for warning in self._c._digest_text(text.getvalue(), "<ConfigParser>"):
            logging.getLogger("manim").warning(warning)
        return self

    def digest_args(self, args) -> ManimConfig:
        raise NotImplementedError(
            "manim.cpp does not implement ManimConfig.digest_args yet (the manimcpp command "
            "line applies its flags itself)")

    def get_dir(self, key: str, **kwargs: str) -> Path | None:
        """Resolves a folder key's {placeholders} (Manim's get_dir)."""
        path = self._c._get_dir(key, {k: os.fspath(v) for k, v in kwargs.items()})
        return Path(path) if path else None

    def resolve_movie_file_extension(self, is_transparent: bool) -> None:
        if is_transparent:
            self.movie_file_extension = ".webm" if self.format == "webm" else ".mov"
        elif self.format == "webm":
            self.movie_file_extension = ".webm"
        elif self.format == "mov":
            self.movie_file_extension = ".mov"
        else:
            self.movie_file_extension = ".mp4"

    # ---- the TeX template slot (a Python object, as Manim's) ----
    @property
    def tex_template(self):
        """Template used when rendering Tex (TexTemplate), from tex_template_file if set."""
        t = self._tex_template
        if t is None:
            try:
                from manim.utils.tex import TexTemplate, TexTemplateFromFile

                fn = self.tex_template_file
                t = TexTemplateFromFile(tex_filename=fn) if fn else TexTemplate()
            except (ImportError, NotImplementedError, AttributeError):
                return None  # TeX templates are not implemented yet
            object.__setattr__(self, "_tex_template", t)
        return t

    @tex_template.setter
    def tex_template(self, val) -> None:
        object.__setattr__(self, "_tex_template", val)


for _name, (_kind, _listed, _readonly, _doc) in _KEYS.items():
    setattr(ManimConfig, _name, _make_property(_name, _readonly, _doc))


class ManimFrame(Mapping):
    """Read-only view of the frame geometry of a ManimConfig, plus the direction constants."""

    _OPTS: set[str] = {"pixel_width", "pixel_height", "aspect_ratio", "frame_height",
                       "frame_width", "frame_y_radius", "frame_x_radius", "top", "bottom",
                       "left_side", "right_side"}
    _CONSTANTS: dict[str, np.ndarray] = {
        "UP": np.array((0.0, 1.0, 0.0)), "DOWN": np.array((0.0, -1.0, 0.0)),
        "RIGHT": np.array((1.0, 0.0, 0.0)), "LEFT": np.array((-1.0, 0.0, 0.0)),
        "IN": np.array((0.0, 0.0, -1.0)), "OUT": np.array((0.0, 0.0, 1.0)),
        "ORIGIN": np.array((0.0, 0.0, 0.0)), "X_AXIS": np.array((1.0, 0.0, 0.0)),
        "Y_AXIS": np.array((0.0, 1.0, 0.0)), "Z_AXIS": np.array((0.0, 0.0, 1.0)),
        "UL": np.array((-1.0, 1.0, 0.0)), "UR": np.array((1.0, 1.0, 0.0)),
        "DL": np.array((-1.0, -1.0, 0.0)), "DR": np.array((1.0, -1.0, 0.0)),
    }

    def __init__(self, c: ManimConfig) -> None:
        if not isinstance(c, ManimConfig):
            raise TypeError("argument must be instance of 'ManimConfig'")
        self.__dict__["_c"] = c

    def __getitem__(self, key):
        if key in self._OPTS:
            return self._c[key]
        if key in self._CONSTANTS:
            return self._CONSTANTS[key]
        raise KeyError(key)

    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None

    def __iter__(self):
        return iter(list(self._OPTS) + list(self._CONSTANTS))

    def __len__(self) -> int:
        return len(self._OPTS)

    def __setattr__(self, attr, val) -> None:
        raise TypeError("'ManimFrame' object does not support item assignment")

    def __setitem__(self, key, val) -> None:
        raise TypeError("'ManimFrame' object does not support item assignment")

    def __delitem__(self, key) -> None:
        raise TypeError("'ManimFrame' object does not support item deletion")
