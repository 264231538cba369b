"""manim.cpp's stand-in for Manim CE's `manim` package: `from manim import *` gives the classes,
constants and functions of the C++ engine (module `manimcpp`), with Manim's names and keyword
arguments, and every other name of Manim v0.18.0's `from manim import *`. Manim's submodules
(`manim.mobject.geometry.line`, `manim.utils.space_ops`, ...) all exist (see _api.py). Names
Manim CE has but manim.cpp does not implement yet raise NotImplementedError when used."""
import numpy as np  # noqa: F401  (Manim's `from manim import *` provides np)

import manimcpp as _engine
from manimcpp import *  # noqa: F401,F403
from manimcpp import rate_functions  # noqa: F401

from ._config import config, console, frame, logger, tempconfig  # noqa: F401

from . import _api

__version__ = "0.18.0"

_api.install_finder()
_api.install_attribute_fallbacks()
from . import _subclass  # noqa: E402  (Python subclasses of bound classes construct)
from . import _mobject_methods  # noqa: E402,F401  (Manim's Mobject methods made of the engine's)
from . import _mobject_extras  # noqa: E402,F401  (get_image, curve lengths, ...)
from . import _mobject_align  # noqa: E402,F401  (Transform's alignment steps, colour helpers)

_api._pending_attribute = _subclass.pending_attribute
_api._compat_accessor = _subclass.compat_accessor

_engine_names = [n for n in dir(_engine) if not n.startswith("_")]


def _fill():
    # Manim's top level: each name from the module Manim defines it in (a real file here when
    # manim.cpp has Python code for it, e.g. manim.utils.space_ops), else the engine's object.
    g = globals()
    for name, origin in _api.MODULES["manim"]["names"].items():
        if name in ("config", "rate_functions") and name in g:
            continue
        if origin.endswith("#module"):
            g[name] = _api.importlib.import_module(origin[: -len("#module")])
            continue
        home = _api.MODULES.get(origin, {}).get("names", {})
        while home.get(name):  # follow re-exports to the defining module
            origin = home[name]
            home = _api.MODULES.get(origin, {}).get("names", {})
        real = _real_module(origin)
        if real is not None and name in vars(real) and not _api.is_missing(vars(real)[name]):
            g[name] = vars(real)[name]
        elif name not in g:
            g[name] = _api.resolve(origin, name)


def _real_module(name):
    """The module `name` when it has a file in this package (other modules are generated
    and add nothing beyond the engine)."""
    rel = name.split(".")[1:]
    base = os.path.join(os.path.dirname(__file__), *rel)
    if os.path.isfile(base + ".py") or os.path.isfile(os.path.join(base, "__init__.py")):
        return _api.importlib.import_module(name)
    return None


import os  # noqa: E402

_fill()
del _fill

from .constants import CapStyleType  # noqa: E402  (Manim v0.18.1, named by the issue)

__all__ = sorted(set(_engine_names + list(_api.MODULES["manim"]["star"])
                     + ["np", "config", "rate_functions", "CapStyleType"]))


def __getattr__(name):
    raise AttributeError(f"module 'manim' has no attribute '{name}'")


# As Manim: in IPython/Jupyter, `from manim import *` registers the %%manim cell magic.
try:
    from IPython import get_ipython

    from .utils.ipython_magic import ManimMagic
except ImportError:
    pass
else:
    if get_ipython() is not None:
        get_ipython().register_magics(ManimMagic)
