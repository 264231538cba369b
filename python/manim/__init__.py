"""manim.cpp's stand-in for Manim CE's `manim` package: `from manim import *` gives the classes,
constants and functions of the C++ engine (module `manimcpp`), with Manim's names and keyword
arguments. Names Manim CE has but manim.cpp does not implement yet raise NotImplementedError
when used."""
import numpy as np  # noqa: F401  (Manim's `from manim import *` provides np)

import manimcpp as _engine
from manimcpp import *  # noqa: F401,F403
from manimcpp import config, rate_functions  # noqa: F401

__version__ = "0.18.0"

# Manim CE v0.18.0 names that manim.cpp does not provide yet. Using one (calling it, subclassing
# it or reading an attribute) raises NotImplementedError naming it.
_NOT_IMPLEMENTED = [
    "ThreeDScene", "MovingCameraScene", "ZoomedScene", "VectorScene", "LinearTransformationScene",
    "SpecialThreeDScene", "Axes", "NumberPlane", "NumberLine", "ComplexPlane", "PolarPlane",
    "ThreeDAxes", "CoordinateSystem", "BarChart", "FunctionGraph", "ParametricFunction",
    "ImplicitFunction", "ValueTracker", "ComplexValueTracker", "always_redraw", "always",
    "f_always", "Brace", "BraceLabel", "BraceBetweenPoints", "DoubleArrow", "Vector",
    "CurvedArrow", "CurvedDoubleArrow", "ArcBetweenPoints", "Annulus", "AnnularSector", "Sector",
    "Star", "Cross", "Underline", "TangentLine", "Angle", "RightAngle", "Elbow", "ArrowTip",
    "Table", "MathTable", "MobjectTable", "IntegerTable", "DecimalTable", "Code", "Paragraph",
    "MarkupText", "BulletedList", "Title", "Variable", "ImageMobject", "Surface", "Sphere",
    "Cube", "Prism", "Cone", "Cylinder", "Line3D", "Arrow3D", "Dot3D", "Torus",
    "TracedPath", "DashedVMobject", "CubicBezier", "TransformMatchingShapes",
    "TransformMatchingTex", "TransformFromCopy", "ClockwiseTransform", "CounterclockwiseTransform",
    "MoveToTarget", "ApplyMethod", "ApplyFunction", "ApplyMatrix", "ApplyPointwiseFunction",
    "FadeTransform", "FadeTransformPieces", "CyclicReplace", "Swap", "Restore",
    "ShowPassingFlash", "Circumscribe", "Indicate", "Flash", "Wiggle", "FocusOn",
    "ApplyWave", "ShowIncreasingSubsets", "AddTextLetterByLetter", "RemoveTextLetterByLetter",
    "SpiralIn", "ShrinkToCenter", "SpinInFromNothing", "GrowFromSide", "Rotate", "Rotating",
    "MoveAlongPath", "Homotopy", "ComplexHomotopy", "PhaseFlow", "ChangeDecimalToValue",
    "ChangingDecimal", "UpdateFromFunc", "UpdateFromAlphaFunc", "MaintainPositionRelativeTo",
    "Broadcast", "StreamLines", "ArrowVectorField", "LaggedStartMap", "AnimatedBoundary",
    "TexTemplate", "SingleStringMathTex" if not hasattr(_engine, "SingleStringMathTex") else None,
]


def _missing(name):
    message = f"manim.cpp does not implement {name} yet"

    class _Missing(type):
        def __call__(cls, *args, **kwargs):
            raise NotImplementedError(message)

        def __getattr__(cls, attr):
            if attr.startswith("__"):
                raise AttributeError(attr)
            raise NotImplementedError(message)

    def __init_subclass__(cls, **kwargs):
        raise NotImplementedError(message)

    return _Missing(name, (), {"__init_subclass__": classmethod(__init_subclass__),
                               "__doc__": message})


for _name in _NOT_IMPLEMENTED:
    if _name and not hasattr(_engine, _name):
        globals()[_name] = _missing(_name)

__all__ = sorted(
    [n for n in dir(_engine) if not n.startswith("_")]
    + [n for n in _NOT_IMPLEMENTED if n and not hasattr(_engine, n)]
    + ["np", "config", "rate_functions"]
)


def __getattr__(name):
    # `manim.Something` that neither Manim's list above nor the engine knows.
    if name.startswith("__"):
        raise AttributeError(name)
    raise NotImplementedError(f"manim.cpp does not implement {name} yet")


# ---- Manim's animation overrides (manim.mobject.mobject.override_animation) ----
class MultiAnimationOverrideException(Exception):
    """A Mobject class overrides the same animation twice (Manim's exception)."""


def override_animation(animation_class):
    """Decorator: the method builds the animation played when `animation_class(mobject, ...)`
    is called on an instance of this Mobject class (Manim's override_animation)."""
    def decorator(func):
        func._override_animation = animation_class
        return func
    return decorator


def _collect_animation_overrides(cls):
    overrides = {}
    # As Manim: every method the class has (inherited ones too) is looked at.
    for method_name in dir(cls):
        if method_name.startswith("__"):
            continue
        method = getattr(cls, method_name, None)
        animation_class = getattr(method, "_override_animation", None)
        if animation_class is None:
            continue
        if animation_class in overrides:
            raise MultiAnimationOverrideException(
                f"The animation {animation_class.__name__} for {cls.__name__} is overridden by "
                f"more than one method: {overrides[animation_class].__qualname__} and "
                f"{method.__qualname__}.")
        overrides[animation_class] = method
    cls.animation_overrides = overrides


def _animation_override_for(cls, animation_class):
    for klass in cls.__mro__:
        func = klass.__dict__.get("animation_overrides", {}).get(animation_class)
        if func is not None:
            return func
    return None


_engine.Mobject.animation_overrides = {}
_engine.Mobject.animation_override_for = classmethod(_animation_override_for)
_previous_init_subclass = _engine.Mobject.__dict__.get("__init_subclass__")


def _mobject_init_subclass(cls, **kwargs):
    if _previous_init_subclass is not None:
        _previous_init_subclass.__func__(cls, **kwargs)
    _collect_animation_overrides(cls)


_engine.Mobject.__init_subclass__ = classmethod(_mobject_init_subclass)
_animation_new = _engine.Animation.__new__


def _animation_new_with_overrides(cls, mobject=None, *args, use_override=True, **kwargs):
    # Manim's Animation.__new__: a Mobject class may supply its own animation.
    if use_override and isinstance(mobject, _engine.Mobject):
        func = type(mobject).animation_override_for(cls)
        if func is not None:
            return func(mobject, *args, **kwargs)
    return _animation_new(cls)


_engine.Animation.__new__ = staticmethod(_animation_new_with_overrides)


def _set_default(cls, **kwargs):
    """Manim's Animation.set_default(**kwargs): new defaults for this class's keywords; with no
    arguments the original defaults come back."""
    import functools
    if "_original__init__" not in cls.__dict__:
        cls._original__init__ = cls.__init__
    if kwargs:
        cls.__init__ = functools.partialmethod(cls.__dict__["_original__init__"], **kwargs)
    else:
        cls.__init__ = cls.__dict__["_original__init__"]


_engine.Animation.set_default = classmethod(_set_default)
__all__ += ["override_animation", "MultiAnimationOverrideException"]


# ---- Manim's submodules (manim.animation.creation, manim.utils.exceptions...) ----
# Every `manim.<sub.module>` import resolves to this package, which has all of Manim's names.
import importlib.abc as _abc  # noqa: E402
import importlib.machinery as _machinery  # noqa: E402
import sys as _sys  # noqa: E402


class _SubmoduleAlias(_abc.MetaPathFinder, _abc.Loader):
    def find_spec(self, fullname, path=None, target=None):
        if fullname.startswith(__name__ + ".") and fullname.split(".")[1] in (
                "animation", "mobject", "scene", "utils", "camera", "constants", "_config",
                "renderer"):
            return _machinery.ModuleSpec(fullname, self, is_package=True)
        return None

    def create_module(self, spec):
        import types
        module = types.ModuleType(spec.name)
        package = _sys.modules[__name__]
        module.__getattr__ = lambda name: getattr(package, name)
        module.__all__ = package.__all__
        return module

    def exec_module(self, module):
        pass


if not any(isinstance(f, _SubmoduleAlias) for f in _sys.meta_path):
    _sys.meta_path.append(_SubmoduleAlias())
