"""Units for lengths and angles (Manim's manim.utils.unit): `100 * Pixels`, `50 * Percent(X_AXIS)`,
`90 * Degrees`, `2 * Munits`. Pixels and Percent read the current config when multiplied."""
import numpy as np

from manim import constants


def _config():
    import manim

    return manim.config


class _PixelUnits:
    def __mul__(self, val):
        c = _config()
        return val * c.frame_width / c.pixel_width

    __rmul__ = __mul__


class Percent:
    """A percentage of the frame's width (X_AXIS) or height (Y_AXIS)."""

    def __init__(self, axis):
        if np.array_equal(axis, constants.X_AXIS):
            self.length = _config().frame_width
        elif np.array_equal(axis, constants.Y_AXIS):
            self.length = _config().frame_height
        elif np.array_equal(axis, constants.Z_AXIS):
            raise NotImplementedError("length of Z axis is undefined")
        else:
            raise ValueError(f"Percent: axis must be X_AXIS or Y_AXIS, got {axis!r}")

    def __mul__(self, val):
        return val / 100 * self.length

    __rmul__ = __mul__


Pixels = _PixelUnits()
Degrees = constants.PI / 180
Munits = 1

from manim._api import populate as _populate  # noqa: E402

_populate(globals())
