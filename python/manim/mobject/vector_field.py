"""Manim's manim.mobject.vector_field: VectorField (colouring by a scalar of the field, nudging
mobjects along it) and ArrowVectorField (a Vector at every grid point) over the engine's
mobjects. StreamLines is not implemented yet."""
import itertools as it
from math import ceil, floor

import numpy as np

import manimcpp as _engine
from manim import _api

__all__ = ["VectorField", "ArrowVectorField"]

DEFAULT_SCALAR_FIELD_COLORS = [_engine.BLUE_E, _engine.GREEN, _engine.YELLOW, _engine.RED]


def _rgb(color):
    return np.array(_engine.ManimColor(color).to_rgb(), dtype=float)


def _sigmoid(x):
    return 1.0 / (1 + np.exp(-x))


class VectorField(_engine.VGroup):
    """Manim's VectorField: a group whose parts are coloured by `color_scheme(func(p))`
    (default: the vector's length) through `colors` over [min, max]; a single `color`
    turns that off."""

    def __init__(self, func, color=None, color_scheme=None, min_color_scheme_value=0,
                 max_color_scheme_value=2, colors=DEFAULT_SCALAR_FIELD_COLORS, **kwargs):
        super().__init__(**kwargs)
        self.func = func
        if color is None:
            self.single_color = False
            if color_scheme is None:
                def color_scheme(p):
                    return np.linalg.norm(p)
            self.color_scheme = color_scheme
            self.rgbs = np.array([_rgb(c) for c in colors])
            lo, hi = min_color_scheme_value, max_color_scheme_value

            def pos_to_rgb(pos):
                value = np.clip(self.color_scheme(self.func(pos)), lo, hi)
                alpha = (value - lo) / (hi - lo) * (len(self.rgbs) - 1)
                c1 = self.rgbs[int(alpha)]
                c2 = self.rgbs[min(int(alpha + 1), len(self.rgbs) - 1)]
                alpha %= 1
                return c1 + (c2 - c1) * alpha

            self.pos_to_rgb = pos_to_rgb
            self.pos_to_color = lambda pos: _engine.ManimColor(self.pos_to_rgb(pos))
        else:
            self.single_color = True
            self.color = _engine.ManimColor(color)
        self.submob_movement_updater = None

    @staticmethod
    def shift_func(func, shift_vector):
        return lambda p: func(p - shift_vector)

    @staticmethod
    def scale_func(func, scalar):
        return lambda p: func(p * scalar)

    def fit_to_coordinate_system(self, coordinate_system):
        self.apply_function(lambda pos: coordinate_system.coords_to_point(*pos))

    def nudge(self, mob, dt=1, substeps=1, pointwise=False):
        """Moves `mob` (its centre, or every point) along the field for `dt` (fourth-order
        Runge-Kutta in `substeps` steps)."""

        def runge_kutta(p, step):
            k1 = np.asarray(self.func(p), dtype=float)
            k2 = np.asarray(self.func(p + step * (k1 * 0.5)), dtype=float)
            k3 = np.asarray(self.func(p + step * (k2 * 0.5)), dtype=float)
            k4 = np.asarray(self.func(p + step * k3), dtype=float)
            return step / 6.0 * (k1 + 2.0 * k2 + 2.0 * k3 + k4)

        step = dt / substeps
        for _ in range(substeps):
            if pointwise:
                mob.apply_function(lambda p: p + runge_kutta(np.asarray(p, dtype=float), step))
            else:
                mob.shift(runge_kutta(np.asarray(mob.get_center(), dtype=float), step))
        return self

    def nudge_submobjects(self, dt=1, substeps=1, pointwise=False):
        for mob in self.submobjects:
            self.nudge(mob, dt, substeps, pointwise)
        return self

    def get_nudge_updater(self, speed=1, pointwise=False):
        return lambda mob, dt: self.nudge(mob, dt * speed, pointwise=pointwise)

    def start_submobject_movement(self, speed=1, pointwise=False):
        self.stop_submobject_movement()
        field = self
        self.submob_movement_updater = lambda mob, dt: field.nudge_submobjects(
            dt * speed, pointwise=pointwise)
        self.add_updater(self.submob_movement_updater)
        return self

    def stop_submobject_movement(self):
        if self.submob_movement_updater is not None:
            self.remove_updater(self.submob_movement_updater)
        self.submob_movement_updater = None
        return self


class ArrowVectorField(VectorField):
    """Manim's ArrowVectorField: a Vector of length `length_func(|v|)` (default
    0.45 sigmoid(|v|)) at every point of the grid (x_range, y_range, default step 0.5 and the
    frame's extent, ends included)."""

    def __init__(self, func, color=None, color_scheme=None, min_color_scheme_value=0,
                 max_color_scheme_value=2, colors=DEFAULT_SCALAR_FIELD_COLORS, x_range=None,
                 y_range=None, z_range=None, three_dimensions=False,
                 length_func=lambda norm: 0.45 * _sigmoid(norm), opacity=1.0,
                 vector_config=None, **kwargs):
        from manim import config

        x_range = list(x_range or [floor(-config["frame_width"] / 2),
                                   ceil(config["frame_width"] / 2)])
        y_range = list(y_range or [floor(-config["frame_height"] / 2),
                                   ceil(config["frame_height"] / 2)])
        ranges = [x_range, y_range]
        if three_dimensions or z_range:
            ranges.append(list(z_range or y_range.copy()))
        else:
            ranges.append([0, 0])
        for r in ranges:
            if len(r) == 2:
                r.append(0.5)
            r[1] += r[2]
        self.x_range, self.y_range, self.z_range = ranges
        self.ranges = ranges
        super().__init__(func, color, color_scheme, min_color_scheme_value,
                         max_color_scheme_value, colors, **kwargs)
        self.length_func = length_func
        self.opacity = opacity
        self.vector_config = dict(vector_config or {})
        self.func = func
        xs, ys, zs = (np.arange(*r) for r in ranges)
        self.add(*[self.get_vector(x * _engine.RIGHT + y * _engine.UP + z * _engine.OUT)
                   for x, y, z in it.product(xs, ys, zs)])
        self.set_opacity(self.opacity)

    def get_vector(self, point):
        output = np.array(self.func(point), dtype=float)
        norm = np.linalg.norm(output)
        if norm != 0:
            output *= self.length_func(norm) / norm
        vect = _engine.Vector(output, **self.vector_config)
        vect.shift(point)
        if self.single_color:
            vect.set_color(self.color)
        else:
            vect.set_color(self.pos_to_color(point))
        return vect


_api.populate(globals())
