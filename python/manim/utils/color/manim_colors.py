"""Manim's colour constants (manim.utils.color.manim_colors): the engine's palette."""
import manimcpp as _engine

from manim.utils.color.core import ManimColor

from manim._api import MODULES as _MODULES

_all_manim_colors = []
for _name in _MODULES["manim.utils.color.manim_colors"]["star"]:
    _value = getattr(_engine, _name, None)
    if isinstance(_value, ManimColor):
        globals()[_name] = _value
        if _value not in _all_manim_colors:
            _all_manim_colors.append(_value)
del _name, _value

from manim._api import populate as _populate  # noqa: E402

_populate(globals())
