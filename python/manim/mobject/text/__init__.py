"""Manim's manim.mobject.text package (modules without a file here are generated, _api.py)."""
from manim._api import populate as _populate

_populate(globals())
