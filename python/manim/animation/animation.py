"""Manim's manim.animation.animation: the engine's Animation and Wait, and
override_animation, with which a Mobject subclass supplies its own animation for an
Animation class (`Create(my_mobject)` then builds what the subclass's method returns)."""
import manimcpp as _engine

from manim.utils.exceptions import MultiAnimationOverrideException

Animation = _engine.Animation
Wait = _engine.Wait


def override_animation(animation_class):
    """Decorator for a Mobject subclass's method: `animation_class(mobject, *args, **kwargs)`
    on an instance of that subclass returns method(mobject, *args, **kwargs) instead."""

    def decorator(func):
        func._override_animation = animation_class
        return func

    return decorator


def collect_animation_overrides(cls):
    """Records the overrides a Mobject subclass defines (called when it is created)."""
    overrides = {}
    # As Manim: every method the class has, inherited ones too (a second method overriding an
    # animation a base class already overrides under another name is an error).
    for name in dir(cls):
        if name.startswith("__"):
            continue
        value = getattr(cls, name, None)
        target = getattr(value, "_override_animation", None)
        if target is None:
            continue
        if target in overrides:
            raise MultiAnimationOverrideException(
                f"The animation {target.__name__} for {cls.__name__} is overridden by more "
                f"than one method: {overrides[target].__qualname__} and {value.__qualname__}.")
        overrides[target] = value
    cls._animation_overrides = overrides


def animation_override_for(cls, animation_class):
    """The method of Mobject class `cls` (or a base) overriding `animation_class`, or None."""
    for k in cls.__mro__:
        found = vars(k).get("_animation_overrides", {}).get(animation_class)
        if found is not None:
            return found
    return None


_engine_new = Animation.__new__


def _animation_new(cls, mobject=None, *args, **kwargs):
    if isinstance(mobject, _engine.Mobject) and not getattr(cls, "_manim_no_override", False):
        func = animation_override_for(type(mobject), cls)
        if func is not None:
            return func(mobject, *args, **kwargs)
    return _engine_new(cls)


Animation.__new__ = _animation_new
_engine.Mobject.animation_override_for = classmethod(animation_override_for)


def _add_animation_override(cls, animation_class, override_func):
    if animation_override_for(cls, animation_class) is not None and \
            animation_class in vars(cls).get("_animation_overrides", {}):
        raise MultiAnimationOverrideException(
            f"The animation {animation_class.__name__} for {cls.__name__} is overridden by "
            "more than one method")
    if "_animation_overrides" not in vars(cls):
        cls._animation_overrides = {}
    cls._animation_overrides[animation_class] = override_func


_engine.Mobject.add_animation_override = classmethod(_add_animation_override)

def _set_default(cls, **kwargs):
    """Manim's Animation.set_default(**kwargs): new defaults for this class's keywords; with no
    arguments the original defaults come back."""
    import functools

    if "_original__init__" not in vars(cls):
        cls._original__init__ = cls.__init__
    if kwargs:
        cls.__init__ = functools.partialmethod(vars(cls)["_original__init__"], **kwargs)
    else:
        cls.__init__ = vars(cls)["_original__init__"]


Animation.set_default = classmethod(_set_default)

from manim._api import populate as _populate  # noqa: E402

_populate(globals())
