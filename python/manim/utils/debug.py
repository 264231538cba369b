"""Debugging utilities (Manim's manim.utils.debug): print_family and index_labels."""
from __future__ import annotations

__all__ = ["print_family", "index_labels"]

import manimcpp as _engine


def print_family(mobject, n_tabs=0):
    """Prints the mobject and its submobjects as an indented tree."""
    print("\t" * n_tabs, mobject, id(mobject))
    for submob in mobject.submobjects:
        print_family(submob, n_tabs + 1)


def index_labels(mobject, label_height: float = 0.15, background_stroke_width=5,
                 background_stroke_color=None, **kwargs):
    """A VGroup of Integer labels, one at the centre of each submobject, showing its index
    (outlined by a background stroke, label_height tall). kwargs go to each Integer."""
    if background_stroke_color is None:
        background_stroke_color = _engine.BLACK
    labels = _engine.VGroup()
    for n, submob in enumerate(mobject):
        label = _engine.Integer(n, **kwargs)
        label.set_stroke(background_stroke_color, background_stroke_width, background=True)
        label.height = label_height
        label.move_to(submob)
        labels.add(label)
    return labels


from manim._api import populate as _populate  # noqa: E402

_populate(globals())
