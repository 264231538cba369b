"""Manim's rate functions (manim.utils.rate_functions): the engine's own functions (so the
frame loop never calls back into Python for them), plus Manim's helpers."""
import numpy as np

import manimcpp as _engine

from manim.utils.bezier import bezier  # noqa: F401  (Manim's module exports it)
from manim.utils.simple_functions import sigmoid  # noqa: F401

for _name in dir(_engine.rate_functions):
    if not _name.startswith("_"):
        globals()[_name] = getattr(_engine.rate_functions, _name)
del _name


def unit_interval(function):
    """Decorator: the rate function is called only for t in [0, 1]; t is clamped otherwise."""

    def wrapper(t, *args, **kwargs):
        if 0 <= t <= 1:
            return function(t, *args, **kwargs)
        if t < 0:
            return function(0, *args, **kwargs)
        return function(1, *args, **kwargs)

    wrapper.__name__ = getattr(function, "__name__", "rate_function")
    wrapper.__doc__ = function.__doc__
    return wrapper


def zero(function):
    """Decorator: the rate function is 0 outside [0, 1]."""

    def wrapper(t, *args, **kwargs):
        if 0 <= t <= 1:
            return function(t, *args, **kwargs)
        return 0

    wrapper.__name__ = getattr(function, "__name__", "rate_function")
    wrapper.__doc__ = function.__doc__
    return wrapper


__all__ = ["linear", "smooth", "smoothstep", "smootherstep", "smoothererstep", "rush_into",
           "rush_from", "slow_into", "double_smooth", "there_and_back",
           "there_and_back_with_pause", "running_start", "not_quite_there", "wiggle",
           "squish_rate_func", "lingering", "exponential_decay"]

del np

from manim._api import populate as _populate  # noqa: E402

_populate(globals())
