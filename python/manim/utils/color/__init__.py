"""Manim's colours (manim.utils.color): ManimColor, the colour functions and Manim's palette
constants. The AS2700, BS381, X11 and XKCD colour standards are not in manim.cpp yet."""
from manim.utils.color.core import *  # noqa: F401,F403
from manim.utils.color.manim_colors import *  # noqa: F401,F403
from manim.utils.color.core import ManimColor

from manim._api import populate as _populate

_populate(globals())
_all_color_dict = {k: v for k, v in globals().items() if isinstance(v, ManimColor)}
