"""Manim's manim.mobject.mobject: the engine's Mobject and Group, and override_animate, with
which a Mobject subclass supplies the animation `mobject.animate.method(...)` plays."""
from manim._api import populate as _populate


def override_animate(method):
    """Decorator: `mobject.animate.method(*args, **kwargs)` plays what the decorated function
    returns, called as func(mobject, *args, anim_args=<the .animate(...) keywords>, **kwargs).
    Such a call cannot be chained with other methods on the same builder (NotImplementedError,
    as Manim)."""

    def decorator(animation_method):
        method._override_animate = animation_method
        return animation_method

    return decorator


_populate(globals())
