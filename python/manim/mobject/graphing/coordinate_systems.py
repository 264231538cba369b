"""Manim's manim.mobject.graphing.coordinate_systems: the engine's Axes, NumberPlane,
PolarPlane and ComplexPlane, and CoordinateSystem, the abstract base they register with."""
import abc

import manimcpp as _engine

__all__ = ["CoordinateSystem"]


class CoordinateSystem(metaclass=abc.ABCMeta):
    """Manim's abstract base of coordinate systems: the ranges (default: the frame's radii
    rounded, step 1) and lengths. The engine's Axes family registers as its subclasses, so
    isinstance(Axes(), CoordinateSystem) holds."""

    def __init__(self, x_range=None, y_range=None, x_length=None, y_length=None, dimension=2):
        from manim import config

        self.dimension = dimension
        default_step = 1
        if x_range is None:
            x_range = [round(-config["frame_x_radius"]), round(config["frame_x_radius"]),
                       default_step]
        elif len(x_range) == 2:
            x_range = [*x_range, default_step]
        if y_range is None:
            y_range = [round(-config["frame_y_radius"]), round(config["frame_y_radius"]),
                       default_step]
        elif len(y_range) == 2:
            y_range = [*y_range, default_step]
        self.x_range = x_range
        self.y_range = y_range
        self.x_length = x_length
        self.y_length = y_length
        self.num_sampled_graph_points_per_tick = 10

    def coords_to_point(self, *coords):
        raise NotImplementedError()

    def point_to_coords(self, point):
        raise NotImplementedError()

    def c2p(self, *coords):
        return self.coords_to_point(*coords)

    def p2c(self, point):
        return self.point_to_coords(point)

    def get_axes(self):
        raise NotImplementedError()

    def get_axis(self, index):
        return self.get_axes()[index]

    def get_x_axis(self):
        return self.get_axis(0)

    def get_y_axis(self):
        return self.get_axis(1)


for _name in ("Axes", "NumberPlane", "PolarPlane", "ComplexPlane", "ThreeDAxes"):
    if hasattr(_engine, _name):
        CoordinateSystem.register(getattr(_engine, _name))

from manim._api import populate as _populate  # noqa: E402

_populate(globals())
