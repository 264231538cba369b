"""Manim's ConvertToOpenGL metaclass (manim.mobject.opengl.opengl_compatibility). Manim uses
it to swap a class's Mobject bases for OpenGL ones under the OpenGL renderer; manim.cpp
renders as Manim's cairo renderer, so the class keeps its bases and is only recorded."""
import manimcpp as _engine

__all__ = ["ConvertToOpenGL"]


class ConvertToOpenGL(type(_engine.Mobject)):
    """Metaclass for Mobject subclasses (`class M(VMobject, metaclass=ConvertToOpenGL)`)."""

    _converted_classes = []

    def __new__(mcls, name, bases, namespace):
        return super().__new__(mcls, name, bases, namespace)

    def __init__(cls, name, bases, namespace):
        super().__init__(name, bases, namespace)
        cls._converted_classes.append(cls)


from manim._api import populate as _populate  # noqa: E402

_populate(globals())
