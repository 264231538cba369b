"""manim.cpp's stand-in for Manim CE's `manim` package: `from manim import *` gives the classes,
constants and functions of the C++ engine (module `manimcpp`), with Manim's names and keyword
arguments. Names Manim CE has but manim.cpp does not implement yet raise NotImplementedError
when used."""
import numpy as np  # noqa: F401  (Manim's `from manim import *` provides np)

import manimcpp as _engine
from manimcpp import *  # noqa: F401,F403
from manimcpp import rate_functions  # noqa: F401

from ._config import config, console, frame, logger, tempconfig  # noqa: F401

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
    + ["np", "config", "rate_functions", "tempconfig", "frame", "logger", "console"]
)


def __getattr__(name):
    # `manim.Something` that neither Manim's list above nor the engine knows.
    if name.startswith("__"):
        raise AttributeError(name)
    raise NotImplementedError(f"manim.cpp does not implement {name} yet")
