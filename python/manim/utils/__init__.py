"""Manim's manim.utils package."""
from manim._api import populate as _populate

_populate(globals())
