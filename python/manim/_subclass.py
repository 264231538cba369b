"""Python subclasses of the engine's Mobject and Animation classes: a script's `__init__`
that never calls `super().__init__(...)` (Manim allows it for classes that only add
attributes) still gets the bound base class's default C++ object, and a Mobject subclass's
instance records itself on its C++ node when its __init__ returns (so groups hand it back
with its class)."""
import functools

import manimcpp as _engine


def _bound_base(cls):
    for k in cls.__mro__[1:]:
        if k.__module__ == "manimcpp":
            return k
    return None


def _construct_default(self):
    base = _bound_base(type(self))
    try:
        base.__init__(self)
        return
    except TypeError as first:
        error = first
    if issubclass(base, _engine.Animation):
        # An animation of an empty mobject (Transform's: of one onto another).
        for args in ((_engine.Mobject(),), (_engine.Mobject(), _engine.Mobject())):
            try:
                base.__init__(self, *args)
                return
            except TypeError:
                pass
    raise TypeError(
        f"{type(self).__name__}.__init__ did not call super().__init__(...), and "
        f"{base.__name__} cannot be made without arguments ({error}); call "
        f"super().__init__(...) with {base.__name__}'s arguments") from None


def _wrap_init(cls, after=None, always=False):
    init = cls.__dict__.get("__init__")
    if init is None and always:
        def init(self, *args, **kwargs):
            super(cls, self).__init__(*args, **kwargs)

        init.__qualname__ = f"{cls.__qualname__}.__init__"
    if init is None or getattr(init, "_manim_wrapped", False):
        return

    @functools.wraps(init)
    def __init__(self, *args, **kwargs):
        init(self, *args, **kwargs)
        if not _engine._is_constructed(self):
            _construct_default(self)
        _flush_pending(self)
        if after is not None:
            after(self)

    __init__._manim_wrapped = True
    cls.__init__ = __init__


# Attributes a subclass's __init__ sets before its C++ object exists (`self.n = 3` before
# super().__init__()): kept here until then, keyed by the instance's id.
_pending = {}


def _flush_pending(self):
    attrs = _pending.pop(id(self), None)
    if attrs:
        for k, v in attrs.items():
            _cpp_setattr(self, k, v)


_cpp_setattr = _engine.Mobject.__setattr__
_cpp_delattr = _engine.Mobject.__delattr__


def _mobject_setattr(self, name, value):
    if not _engine._is_constructed(self):
        _pending.setdefault(id(self), {})[name] = value
        return
    if _pending:
        _flush_pending(self)
    _cpp_setattr(self, name, value)


def _mobject_delattr(self, name):
    if not _engine._is_constructed(self):
        attrs = _pending.get(id(self), {})
        if name not in attrs:
            raise AttributeError(name)
        del attrs[name]
        return
    if _pending:
        _flush_pending(self)
    _cpp_delattr(self, name)


def pending_attribute(self, name):
    """An attribute set before the C++ object existed (KeyError when none)."""
    return _pending[id(self)][name]


_engine.Mobject.__setattr__ = _mobject_setattr
_engine.Mobject.__delattr__ = _mobject_delattr


def _mobject_init_subclass(cls, **kwargs):
    _wrap_init(cls, _engine._adopt)
    from manim.animation.animation import collect_animation_overrides

    collect_animation_overrides(cls)


def _animation_init_subclass(cls, **kwargs):
    # Every subclass: the engine must reach the script's overrides even when only a group
    # holds the animation.
    _wrap_init(cls, _engine._retain_animation, always=True)


def _scene_init_subclass(cls, **kwargs):
    _wrap_init(cls)


_engine.Mobject.__init_subclass__ = classmethod(_mobject_init_subclass)
_engine.Animation.__init_subclass__ = classmethod(_animation_init_subclass)
_engine.Scene.__init_subclass__ = classmethod(_scene_init_subclass)


# ---- Manim's generic attribute helpers on Mobject ----

def _mobject_set(self, **kwargs):
    """Sets each keyword as an attribute; returns self (Manim's Mobject.set)."""
    for attr, value in kwargs.items():
        setattr(self, attr, value)
    return self


def compat_accessor(self, name):
    """Manim's get_<attr>/set_<attr> for any attribute (None when `name` is neither)."""
    import types
    import warnings

    if name.startswith("get_"):
        target = name[4:]

        def getter(obj):
            warnings.warn("This method is not guaranteed to stay around. Please prefer "
                          "getting the attribute normally.", DeprecationWarning, stacklevel=2)
            return getattr(obj, target)

        return types.MethodType(getter, self)
    if name.startswith("set_"):
        target = name[4:]

        def setter(obj, value):
            warnings.warn("This method is not guaranteed to stay around. Please prefer "
                          "setting the attribute normally or with Mobject.set().",
                          DeprecationWarning, stacklevel=2)
            setattr(obj, target, value)
            return obj

        return types.MethodType(setter, self)
    return None


if "set" not in vars(_engine.Mobject):
    _engine.Mobject.set = _mobject_set
