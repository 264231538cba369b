"""Manim's colour constants (manim.utils.color.manim_colors): the engine's palette."""
import manimcpp as _engine

from manim.utils.color.core import ManimColor

from manim._api import MODULES as _MODULES

_all_manim_colors = []
_seen = set()
for _name in _MODULES["manim.utils.color.manim_colors"]["star"]:
    _value = getattr(_engine, _name, None)
    if isinstance(_value, ManimColor):
        globals()[_name] = _value
        if _value.to_hex() not in _seen:  # aliases (GREY_A, GRAY_A) listed once
            _seen.add(_value.to_hex())
            _all_manim_colors.append(_value)
del _name, _value, _seen

from manim._api import populate as _populate  # noqa: E402

_populate(globals())
