"""Manim's manim.animation.creation: the engine's Create, Write, DrawBorderThenFill... and
SpiralIn (written here in Python over the engine's Animation; everything else in the module
comes from the engine, see manim/_api.py)."""
import math

import manimcpp as _engine
from manim import _api

__all__ = ["SpiralIn"]


class SpiralIn(_engine.Animation):
    """Brings in each of `shapes`' submobjects from scale_factor times its offset from the group's
    centre, turning a full circle about that centre and back about its own centre of mass, and
    fading in over the first fade_in_fraction of the animation."""

    def __init__(self, shapes, scale_factor: float = 8, fade_in_fraction=0.3, **kwargs):
        self.shapes = shapes
        self.scale_factor = scale_factor
        self.shape_center = shapes.get_center()
        self.fade_in_fraction = fade_in_fraction
        for shape in shapes:
            shape.final_position = shape.get_center()
            shape.initial_position = (
                shape.final_position + (shape.final_position - self.shape_center) * scale_factor
            )
            shape.move_to(shape.initial_position)
            shape.save_state()
        super().__init__(shapes, introducer=True, **kwargs)

    def interpolate_mobject(self, alpha: float) -> None:
        alpha = self.rate_func(alpha)
        for shape in self.shapes:
            # Every frame starts again from the saved starting position.
            shape.restore()
            shape.save_state()
            opacity = shape.get_fill_opacity()
            new_opacity = min(opacity, alpha * opacity / self.fade_in_fraction)
            shape.shift((shape.final_position - shape.initial_position) * alpha)
            shape.rotate(2 * math.pi * alpha, about_point=self.shape_center)
            shape.rotate(-2 * math.pi * alpha, about_point=shape.get_center_of_mass())
            shape.set_opacity(new_opacity)


_api.populate(globals())
